package load

import (
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// idCase is what TestWalkIDs checks of one document.
type idCase struct {
	ID, Path string   // Path relative to the test's directory, slash-separated
	Warnings []string // each "line: message"
}

func idCases(t *testing.T, dir string, docs []*Document) []idCase {
	t.Helper()
	var got []idCase
	for _, d := range docs {
		c := idCase{ID: d.ID, Path: d.Path}
		if rel, err := filepath.Rel(dir, d.Path); err == nil {
			c.Path = filepath.ToSlash(rel)
		}
		for _, w := range d.Warnings {
			msg := strings.TrimPrefix(w.String(), d.Path+":")
			c.Warnings = append(c.Warnings, strings.ReplaceAll(msg, dir+string(filepath.Separator), ""))
		}
		got = append(got, c)
	}
	return got
}

// TestWalkIDs checks that document IDs are relative to the common root
// of the arguments, so that two inputs never share one: a file reached
// twice is skipped the second time, and a JSONL record whose "id" is
// taken is renamed with a warning.
func TestWalkIDs(t *testing.T) {
	files := map[string]string{
		"A/x.txt":     "A says 12.",
		"A/sub/y.md":  "Y.",
		"B/x.txt":     "B says 13.",
		"B/c/x.txt":   "C.",
		"A/n.jsonl":   `{"id": "a1", "text": "One."}` + "\n" + `{"text": "Two."}` + "\n",
		"B/n.jsonl":   `{"id": "a1", "text": "Uno."}` + "\n" + `{"id": "A/n.jsonl#2", "text": "Dos."}` + "\n",
		"D/dup.jsonl": `{"id": "d", "text": "1."}` + "\n" + `{"id": "d", "text": "2."}` + "\n" + `{"id": "dup.jsonl#2", "text": "3."}` + "\n",
		"E/a.jsonl":   `{"id": "b.txt", "text": "Record."}`,
		"E/b.txt":     "File.",
	}
	tests := []struct {
		name  string
		args  []string // slash paths relative to the test's directory
		want  []idCase
		skips []string // Skipped.Error() with the directory cut off
	}{
		{name: "one directory: IDs relative to it",
			args: []string{"A"},
			want: []idCase{{ID: "a1", Path: "A/n.jsonl"}, {ID: "n.jsonl#2", Path: "A/n.jsonl"}, {ID: "sub/y.md", Path: "A/sub/y.md"}, {ID: "x.txt", Path: "A/x.txt"}}},
		{name: "one file: its base name",
			args: []string{"A/sub/y.md"},
			want: []idCase{{ID: "y.md", Path: "A/sub/y.md"}}},
		{name: "two files of one directory: base names",
			args:  []string{"A/x.txt", "A/sub/../x.txt"},
			want:  []idCase{{ID: "x.txt", Path: "A/x.txt"}},
			skips: []string{"A/sub/../x.txt: already read as x.txt"}},
		{name: "two directories with a file of one name",
			args: []string{"A/x.txt", "B"},
			want: []idCase{
				{ID: "A/x.txt", Path: "A/x.txt"},
				{ID: "B/c/x.txt", Path: "B/c/x.txt"},
				{ID: "a1", Path: "B/n.jsonl"}, // A/x.txt is read alone: its records are not
				{ID: "A/n.jsonl#2", Path: "B/n.jsonl"},
				{ID: "B/x.txt", Path: "B/x.txt"},
			}},
		{name: "files of one name named directly",
			args: []string{"A/x.txt", "B/x.txt", "B/c/x.txt"},
			want: []idCase{{ID: "A/x.txt", Path: "A/x.txt"}, {ID: "B/x.txt", Path: "B/x.txt"}, {ID: "B/c/x.txt", Path: "B/c/x.txt"}}},
		{name: "JSONL ids taken by another file's records",
			args: []string{"A/n.jsonl", "B/n.jsonl"},
			want: []idCase{
				{ID: "a1", Path: "A/n.jsonl"},
				{ID: "A/n.jsonl#2", Path: "A/n.jsonl"},
				{ID: "B/n.jsonl#1", Path: "B/n.jsonl", Warnings: []string{`1: ID "a1" is already that of a document of A/n.jsonl: read this one as "B/n.jsonl#1" (give each document its own id)`}},
				{ID: "B/n.jsonl#2", Path: "B/n.jsonl", Warnings: []string{`2: ID "A/n.jsonl#2" is already that of a document of A/n.jsonl: read this one as "B/n.jsonl#2" (give each document its own id)`}},
			}},
		{name: "JSONL ids taken in their own file, and a default taken",
			args: []string{"D/dup.jsonl"},
			want: []idCase{
				{ID: "d", Path: "D/dup.jsonl"},
				{ID: "dup.jsonl#2", Path: "D/dup.jsonl", Warnings: []string{`2: ID "d" is already that of a document of D/dup.jsonl: read this one as "dup.jsonl#2" (give each document its own id)`}},
				{ID: "dup.jsonl#3", Path: "D/dup.jsonl", Warnings: []string{`3: ID "dup.jsonl#2" is already that of a document of D/dup.jsonl: read this one as "dup.jsonl#3" (give each document its own id)`}},
			}},
		{name: "a record takes a file's ID first",
			args: []string{"E"},
			want: []idCase{
				{ID: "b.txt", Path: "E/a.jsonl"},
				{ID: "b.txt~2", Path: "E/b.txt", Warnings: []string{` ID "b.txt" is already that of a document of E/a.jsonl: read this one as "b.txt~2" (give each document its own id)`}},
			}},
		{name: "a directory and a file inside it",
			args:  []string{"A/sub", "A/sub/y.md"},
			want:  []idCase{{ID: "y.md", Path: "A/sub/y.md"}},
			skips: []string{"A/sub/y.md: already read as y.md"}},
		{name: "a directory and one inside it",
			args:  []string{"A", "A/sub"},
			want:  []idCase{{ID: "a1", Path: "A/n.jsonl"}, {ID: "n.jsonl#2", Path: "A/n.jsonl"}, {ID: "sub/y.md", Path: "A/sub/y.md"}, {ID: "x.txt", Path: "A/x.txt"}},
			skips: []string{"A/sub/y.md: already read as sub/y.md"}},
		{name: "missing arguments do not move the root",
			args:  []string{"nowhere/x.txt", "A/x.txt"},
			want:  []idCase{{ID: "x.txt", Path: "A/x.txt"}},
			skips: []string{"nowhere/x.txt: no such file or directory: check the path"}},
	}
	dir := writeFiles(t, files)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var args []string
			for _, a := range tt.args {
				args = append(args, dir+string(filepath.Separator)+filepath.FromSlash(a))
			}
			docs, skips := walkAll(t, new(Loader), args...)
			if diff := cmp.Diff(tt.want, idCases(t, dir, docs)); diff != "" {
				t.Errorf("documents mismatch (-want +got):\n%s", diff)
			}
			var got []string
			for _, s := range skips {
				s.Path = filepath.ToSlash(strings.TrimPrefix(s.Path, dir+string(filepath.Separator)))
				got = append(got, s.Error())
			}
			if diff := cmp.Diff(tt.skips, got); diff != "" {
				t.Errorf("skipped mismatch (-want +got):\n%s", diff)
			}
			// Files lists what Walk reads, with the same IDs.
			var listed []string
			err := new(Loader).Files(args, func(f File) error {
				listed = append(listed, f.ID)
				return nil
			}, func(Skipped) error { return nil })
			if err != nil {
				t.Fatal(err)
			}
			var fileIDs []string
			for _, d := range docs {
				if d.Format != FormatJSONL {
					fileIDs = append(fileIDs, d.ID)
				}
			}
			for _, id := range listed {
				if strings.HasSuffix(id, ".jsonl") {
					continue
				}
				if len(fileIDs) == 0 || !strings.HasPrefix(fileIDs[0], id) {
					t.Errorf("Files lists %s, Walk reads %v", id, fileIDs)
					break
				}
				fileIDs = fileIDs[1:]
			}
		})
	}
}

// TestWalkIDsRelative checks IDs for relative arguments, which are made
// absolute only to find their common root.
func TestWalkIDsRelative(t *testing.T) {
	dir := writeFiles(t, map[string]string{"corpus/A/x.txt": "A.", "corpus/B/x.txt": "B.", "other/x.txt": "O."})
	t.Chdir(filepath.Join(dir, "corpus"))
	for _, tt := range []struct {
		args []string
		want []string
	}{
		{[]string{"A", "B"}, []string{"A/x.txt", "B/x.txt"}},
		{[]string{"."}, []string{"A/x.txt", "B/x.txt"}},
		{[]string{"A"}, []string{"x.txt"}},
		{[]string{"A/x.txt", "../other/x.txt"}, []string{"corpus/A/x.txt", "other/x.txt"}},
		{[]string{"B/../A/x.txt", "B/x.txt"}, []string{"A/x.txt", "B/x.txt"}},
	} {
		docs, skips := walkAll(t, new(Loader), tt.args...)
		if len(skips) > 0 {
			t.Errorf("%v: skipped %v", tt.args, skips)
		}
		if diff := cmp.Diff(tt.want, ids(docs)); diff != "" {
			t.Errorf("%v: IDs mismatch (-want +got):\n%s", tt.args, diff)
		}
	}
}

// TestWalkIDsFS checks the common root with Loader.FS and that standard
// input keeps "-", read once.
func TestWalkIDsFS(t *testing.T) {
	fsys := fstest.MapFS{
		"A/x.txt":   {Data: []byte("A.")},
		"A/s/y.txt": {Data: []byte("Y.")},
		"B/x.txt":   {Data: []byte("B.")},
	}
	for _, tt := range []struct {
		args  []string
		want  []string
		skips []string
	}{
		{args: []string{"A", "B"}, want: []string{"A/s/y.txt", "A/x.txt", "B/x.txt"}},
		{args: []string{"A/x.txt", "B/x.txt"}, want: []string{"A/x.txt", "B/x.txt"}},
		{args: []string{"A"}, want: []string{"s/y.txt", "x.txt"}},
		{args: []string{"A/s", "A/x.txt"}, want: []string{"s/y.txt", "x.txt"}},
		{args: []string{"A/s/y.txt"}, want: []string{"y.txt"}},
		{args: []string{"A/./x.txt", "A/x.txt", "-", "-"}, want: []string{"x.txt", "-"},
			skips: []string{"A/x.txt: already read as x.txt", "-: already read as -"}},
	} {
		l := &Loader{FS: fsys, Stdin: strings.NewReader("Standard input.")}
		docs, skips := walkAll(t, l, tt.args...)
		if diff := cmp.Diff(tt.want, ids(docs)); diff != "" {
			t.Errorf("%v: IDs mismatch (-want +got):\n%s", tt.args, diff)
		}
		var got []string
		for _, s := range skips {
			got = append(got, s.Error())
		}
		if diff := cmp.Diff(tt.skips, got); diff != "" {
			t.Errorf("%v: skipped mismatch (-want +got):\n%s", tt.args, diff)
		}
	}
}

// TestIDsAdd checks the renaming of documents whose ID is taken, for a
// runner that reads files apart.
func TestIDsAdd(t *testing.T) {
	var s IDs
	mk := func(id, path string, line int) *Document {
		return &Document{ID: id, Path: path, Format: FormatJSONL, Line: line}
	}
	docs := []*Document{
		mk("a", "p.jsonl", 1),
		mk("a", "q.jsonl", 4),         // → q.jsonl#4
		mk("q.jsonl#4", "r.jsonl", 2), // → r.jsonl#2
		mk("r.jsonl#2", "r.jsonl", 3), // → r.jsonl#3
		mk("x", "r.jsonl", 3),         // a second record on line 3 cannot be; still unique
		mk("x", "r.jsonl", 3),         // → r.jsonl#3~2
		mk("x", "r.jsonl", 3),         // → r.jsonl#3~3
	}
	fileIDs := []string{"p.jsonl", "q.jsonl", "r.jsonl", "r.jsonl", "r.jsonl", "r.jsonl", "r.jsonl"}
	for i, d := range docs {
		s.Add(fileIDs[i], d)
	}
	want := []string{"a", "q.jsonl#4", "r.jsonl#2", "r.jsonl#3", "x", "r.jsonl#3~2", "r.jsonl#3~3"}
	if diff := cmp.Diff(want, ids(docs)); diff != "" {
		t.Errorf("IDs mismatch (-want +got):\n%s", diff)
	}
	for i, d := range docs {
		if renamed := want[i] != []string{"a", "a", "q.jsonl#4", "r.jsonl#2", "x", "x", "x"}[i]; renamed != (len(d.Warnings) == 1) {
			t.Errorf("%s: warnings %v", d.ID, d.Warnings)
		}
	}
}
