package load

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"
)

// walkAll walks paths with l and returns what it read.
func walkAll(t *testing.T, l *Loader, paths ...string) ([]*Document, []Skipped) {
	t.Helper()
	var docs []*Document
	var skips []Skipped
	err := l.Walk(paths, func(d *Document) error {
		docs = append(docs, d)
		return nil
	}, func(s Skipped) error {
		skips = append(skips, s)
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return docs, skips
}

// writeFiles writes files (slash paths relative to a new directory) and
// returns the directory.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func ids(docs []*Document) []string {
	var out []string
	for _, d := range docs {
		out = append(out, d.ID)
	}
	return out
}

// meta is the part of a document TestLoadFixtures checks.
type meta struct {
	ID, Path                      string
	Format                        Format
	Title, Source, URL, Published string
	PublishedTime                 time.Time
	Body, Line                    int
}

func TestLoadFixtures(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "load")
	docs, skips := walkAll(t, new(Loader), dir)
	if len(skips) > 0 {
		t.Errorf("skipped: %v", skips)
	}
	may14 := time.Date(2023, 5, 14, 0, 0, 0, 0, time.UTC)
	want := []meta{
		{ID: "article.md", Path: filepath.Join(dir, "article.md"), Format: FormatMarkdown,
			Title: "Armenia and Azerbaijan resume talks", Source: "Example News", URL: "https://example.com/talks",
			Published: "2023-05-14", PublishedTime: may14, Body: 125, Line: 1},
		{ID: "a1", Path: filepath.Join(dir, "docs.jsonl"), Format: FormatJSONL, Title: "Talks", Source: "Wire",
			Published: "2023-05-14T10:00:00Z", PublishedTime: may14.Add(10 * time.Hour), Line: 1},
		{ID: "docs.jsonl#3", Path: filepath.Join(dir, "docs.jsonl"), Format: FormatJSONL, Title: "No id", Line: 3},
		{ID: "page.html", Path: filepath.Join(dir, "page.html"), Format: FormatHTML,
			Title: "Talks resume in Brussels", Source: "Example News", URL: "https://example.com/talks",
			Published: "2023-05-14T10:00:00Z", PublishedTime: may14.Add(10 * time.Hour), Line: 1},
	}
	var got []meta
	for _, d := range docs {
		got = append(got, meta{d.ID, d.Path, d.Format, d.Title, d.Source, d.URL, d.Published, d.PublishedTime, d.Body, d.Line})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("mismatch (-want +got):\n%s", diff)
	}
	if !strings.HasPrefix(docs[0].Text, "---\n") || !strings.HasPrefix(docs[0].Text[docs[0].Body:], "Armenia and") {
		t.Errorf("front matter document: Text must be the whole file, Body the article: %q", docs[0].Text[docs[0].Body:])
	}
	// The body is on the file's line 7, after six lines of front matter.
	if got := docs[0].LineAt(docs[0].Body); got != 7 {
		t.Errorf("front matter document: body on line %d, want 7", got)
	}
	if got := docs[0].LineAt(strings.Index(docs[0].Text, "war in 2020")); got != 8 {
		t.Errorf("front matter document: second line of the body on line %d, want 8", got)
	}
	if docs[2].Text != "A Russian force of 2,000 men is deployed.\nIt stays until 2025." {
		t.Errorf("JSONL text %q", docs[2].Text)
	}
	for _, off := range []int{0, strings.Index(docs[2].Text, "It stays"), len(docs[2].Text)} {
		if got := docs[2].LineAt(off); got != 3 {
			t.Errorf("JSONL text offset %d on line %d, want the record's line 3", off, got)
		}
	}
}

func TestLoadHTML(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "load", "page.html")
	file, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	docs, skips := walkAll(t, new(Loader), path)
	if len(docs) != 1 || len(skips) > 0 {
		t.Fatalf("docs %d, skipped %v", len(docs), skips)
	}
	d := docs[0]
	for _, hidden := range []string{"var x", "color", "Home", "Copyright", "og:"} {
		if strings.Contains(d.Text, hidden) {
			t.Errorf("invisible text %q in %q", hidden, d.Text)
		}
	}
	if want := "Talks resume in Brussels\n\nTalks resume\n\nArmenia and Azerbaijan will resume peace talks in Brussels & Washington.\n\n" +
		"The war in 2020 killed more than 6,500 people\n\nFirst item\n\nSecond item"; d.Text != want {
		t.Errorf("Text %q, want %q", d.Text, want)
	}
	// Each line of the text maps to its place in the file: the offset of
	// its first word and the file line it stands on.
	off := 0
	for _, line := range strings.Split(d.Text, "\n") {
		if line != "" {
			first := strings.Fields(line)[0]
			fo := d.FileOffset(off)
			if fo < 0 || fo > len(file) || !strings.HasPrefix(string(file[fo:]), first) {
				t.Errorf("%q maps to file offset %d: %.20q", line, fo, file[min(max(fo, 0), len(file)):])
			} else if want := 1 + strings.Count(string(file[:fo]), "\n"); d.LineAt(off) != want {
				t.Errorf("%q on line %d, want file line %d", line, d.LineAt(off), want)
			}
			end := d.FileOffset(off + len(line) - 1)
			if end < fo || end >= len(file) {
				t.Errorf("%q ends at file offset %d", line, end)
			}
		}
		off += len(line) + 1
	}
}

func TestLoadHTMLSpans(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.html": "<p>Caf&eacute; &amp; bar.\r\n  Second&nbsp;line.</p><br><div>Third<br>fourth</div>" +
			"<template><p>hidden</p></template><svg><title>hidden</title></svg><p>Last.</p>",
	})
	docs, skips := walkAll(t, new(Loader), dir)
	if len(docs) != 1 {
		t.Fatalf("skipped %v", skips)
	}
	d := docs[0]
	if want := "Café & bar. Second\u00a0line.\n\nThird\nfourth\n\nLast."; d.Text != want {
		t.Errorf("Text %q, want %q", d.Text, want)
	}
	file, _ := os.ReadFile(filepath.Join(dir, "a.html"))
	for _, w := range []string{"bar.", "Second", "line.", "Third", "fourth", "Last."} {
		i := strings.Index(d.Text, w)
		if off := d.FileOffset(i); !strings.HasPrefix(string(file[off:]), w) {
			t.Errorf("%q maps to %d: %.10q", w, off, file[off:])
		}
	}
}

// TestLoadBad checks that every kind of bad input is skipped with a
// message that says what is wrong, and where.
func TestLoadBad(t *testing.T) {
	tests := []struct {
		name, body string
		line       int
		err        string
	}{
		{"empty.txt", "", 0, "empty file: no text to read"},
		{"blank.txt", " \n\t\r\n\u00a0\n", 0, "whitespace-only file: no text to read"},
		{"nul.txt", "PK\x03\x04\x00\x00binary", 0, "binary file (NUL byte at offset 4): not a text article"},
		{"control.txt", strings.Repeat("\x01\x02\x03\x04abc", 20), 0, "binary file (mostly non-text bytes): not a text article"},
		{"latin1.txt", "First line.\nSecond line.\nThe caf\xe9 in Baku.\n", 3, "invalid UTF-8 at line 3, byte 8: convert the file to UTF-8"},
		{"utf16.txt", "\xff\xfeT\x00h\x00e\x00", 0, "UTF-16 text: convert the file to UTF-8"},
		{"onlyfm.md", "---\ntitle: T\n---\n\n", 0, "no text after the front matter"},
		{"blank.jsonl", "\n\n  \n", 0, "no records: the file holds only blank lines"},
		{"empty.jsonl", "", 0, "empty file: no records to read"},
		{"nul.jsonl", "{\"text\": \"a\"}\n\x00\x00", 0, "binary file (NUL byte at offset 14): not a JSONL file"},
		{"script.html", "<html><script>var a = 1;</script><nav>Menu</nav></html>", 0, "no visible text in the HTML file"},
		{"latin1.html", "<p>Caf\xe9</p>", 1, "invalid UTF-8 at line 1, byte 7: convert the file to UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{tt.name: tt.body})
			docs, skips := walkAll(t, new(Loader), dir)
			want := []Skipped{{Path: filepath.Join(dir, tt.name), Line: tt.line, Err: tt.err}}
			if diff := cmp.Diff(want, skips); diff != "" || len(docs) > 0 {
				t.Errorf("%d documents; skipped mismatch (-want +got):\n%s", len(docs), diff)
			}
		})
	}
}

func TestLoadJSONLBadLines(t *testing.T) {
	lines := []string{
		`{"id": "ok1", "text": "The war killed 12 people."}`,
		`{"id": "bad", "text": `,
		`{"id": "notext"}`,
		`{"id": "ok2", "text": "Talks resume."}`,
		"{\"id\": \"latin\", \"text\": \"caf\xe9\"}",
		``,
		`{"id": "blank", "text": " \n "}`,
		`["a", "b"]`,
		`{"id": 7, "text": "x"}`,
		`{"text": "No id here."}`,
	}
	dir := writeFiles(t, map[string]string{"news.jsonl": strings.Join(lines, "\r\n")})
	docs, skips := walkAll(t, new(Loader), dir)
	if diff := cmp.Diff([]string{"ok1", "ok2", "news.jsonl#10"}, ids(docs)); diff != "" {
		t.Errorf("documents mismatch (-want +got):\n%s", diff)
	}
	p := filepath.Join(dir, "news.jsonl")
	want := []Skipped{
		{p, 2, "malformed JSON at byte 22: unexpected end of JSON input"},
		{p, 3, `record has no "text" field: add the article's text`},
		{p, 5, "invalid UTF-8 at byte 29: convert the file to UTF-8"},
		{p, 7, `record's "text" is empty: add the article's text`},
		{p, 8, `record is a JSON array: want an object with a "text" field`},
		{p, 9, `field "id" is a JSON number: want a string`},
	}
	if diff := cmp.Diff(want, skips); diff != "" {
		t.Errorf("skipped mismatch (-want +got):\n%s", diff)
	}
	for _, d := range docs {
		if strings.HasSuffix(d.Text, "\r") {
			t.Errorf("%s: text %q", d.ID, d.Text)
		}
	}
}

func TestLoadJSONLLongLine(t *testing.T) {
	var buf []byte
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"a\nbb\n\nccc", []string{"a", "bb", "", "ccc"}},
		{"a\n", []string{"a"}},
		{strings.Repeat("x", 70000) + "\ny", []string{strings.Repeat("x", 70000), "y"}},
	} {
		br := testReader(tt.in)
		var got []string
		for {
			line, tooLong, err := readLine(br, &buf)
			if tooLong {
				t.Fatal("line too long")
			}
			if line != nil {
				got = append(got, string(line))
			}
			if err != nil {
				break
			}
		}
		if !cmp.Equal(tt.want, got) {
			t.Errorf("lines of %.20q: %.40q", tt.in, got)
		}
	}
}

func testReader(s string) *bufio.Reader {
	return bufio.NewReaderSize(strings.NewReader(s), 16)
}

func TestLoadMissingAndUnreadable(t *testing.T) {
	dir := writeFiles(t, map[string]string{"ok.txt": "The war ended.\n", "locked.txt": "Secret.\n"})
	missing := filepath.Join(dir, "missing.txt")
	dangling := filepath.Join(dir, "dangling.txt")
	if err := os.Symlink(filepath.Join(dir, "nowhere.txt"), dangling); err != nil {
		t.Skip("no symbolic links:", err)
	}
	docs, skips := walkAll(t, new(Loader), missing, dangling, dir)
	want := []Skipped{
		{Path: missing, Err: "no such file or directory: check the path"},
		{Path: dangling, Err: "dangling symbolic link: its target does not exist"},
		{Path: dangling, Err: "dangling symbolic link: its target does not exist"},
	}
	if diff := cmp.Diff(want, skips); diff != "" {
		t.Errorf("skipped mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"locked.txt", "ok.txt"}, ids(docs)); diff != "" {
		t.Errorf("documents mismatch (-want +got):\n%s", diff)
	}

	t.Run("permission", func(t *testing.T) {
		if runtime.GOOS == "windows" || os.Geteuid() == 0 {
			t.Skip("root (or Windows) can read a file without permissions")
		}
		locked := filepath.Join(dir, "locked.txt")
		if err := os.Chmod(locked, 0); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(locked, 0o644)
		_, skips := walkAll(t, new(Loader), locked)
		want := []Skipped{{Path: locked, Err: "permission denied: make the file readable"}}
		if diff := cmp.Diff(want, skips); diff != "" {
			t.Errorf("skipped mismatch (-want +got):\n%s", diff)
		}
	})
}

func TestSkippedError(t *testing.T) {
	for _, tt := range []struct {
		s    Skipped
		want string
	}{
		{Skipped{Path: "a.jsonl", Line: 3, Err: "malformed JSON"}, "a.jsonl:3: malformed JSON"},
		{Skipped{Path: "b.txt", Err: "empty file: no text to read"}, "b.txt: empty file: no text to read"},
	} {
		if got := tt.s.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

func TestWalkOrder(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"b.txt":                 "B.",
		"a/c.md":                "C.",
		"a/.hidden.txt":         "Hidden.",
		".git/x.txt":            "Hidden.",
		"notes.pdf":             "Not read in a directory.",
		"z.htm":                 "<p>Z.</p>",
		"sub/deeper/d.jsonl":    `{"text": "D."}` + "\n" + `{"id": "e", "text": "E."}`,
		"sub/deeper/f.Markdown": "F.",
	})
	docs, skips := walkAll(t, new(Loader), dir, filepath.Join(dir, "notes.pdf"))
	if len(skips) > 0 {
		t.Errorf("skipped %v", skips)
	}
	want := []string{"a/c.md", "b.txt", "sub/deeper/d.jsonl#1", "e", "sub/deeper/f.Markdown", "z.htm", "notes.pdf"}
	if diff := cmp.Diff(want, ids(docs)); diff != "" {
		t.Errorf("IDs mismatch (-want +got):\n%s", diff)
	}
	paths := []string{
		filepath.Join(dir, "a", "c.md"), filepath.Join(dir, "b.txt"),
		filepath.Join(dir, "sub", "deeper", "d.jsonl"), filepath.Join(dir, "sub", "deeper", "d.jsonl"),
		filepath.Join(dir, "sub", "deeper", "f.Markdown"), filepath.Join(dir, "z.htm"), filepath.Join(dir, "notes.pdf"),
	}
	var got []string
	for _, d := range docs {
		got = append(got, d.Path)
	}
	if diff := cmp.Diff(paths, got); diff != "" {
		t.Errorf("paths mismatch (-want +got):\n%s", diff)
	}
	if docs[6].Format != FormatText || docs[5].Format != FormatHTML || docs[4].Format != FormatMarkdown {
		t.Errorf("formats %s %s %s", docs[6].Format, docs[5].Format, docs[4].Format)
	}
}

func TestWalkStdin(t *testing.T) {
	l := &Loader{Stdin: strings.NewReader("\uFEFFThe war ended.\r\nPeace came.\r\n")}
	docs, skips := walkAll(t, l, "-")
	if len(docs) != 1 || len(skips) > 0 {
		t.Fatalf("docs %d, skipped %v", len(docs), skips)
	}
	d := docs[0]
	if d.ID != "-" || d.Path != "-" || d.Body != 3 || d.Format != FormatText {
		t.Errorf("stdin document %+v", d)
	}
	if d.Text[d.Body:] != "The war ended.\r\nPeace came.\r\n" {
		t.Errorf("stdin body %q", d.Text[d.Body:])
	}
	if got := d.LineAt(strings.Index(d.Text, "Peace")); got != 2 {
		t.Errorf("second line of stdin on line %d, want 2", got)
	}
	_, skips = walkAll(t, &Loader{Stdin: strings.NewReader("")}, "-")
	if len(skips) != 1 || skips[0].Error() != "-: empty file: no text to read" {
		t.Errorf("empty stdin: %v", skips)
	}
}

func TestWalkFS(t *testing.T) {
	fsys := fstest.MapFS{
		"001.txt":     {Data: []byte("One.")},
		"sub/002.txt": {Data: []byte("Two.")},
		"skip.bin":    {Data: []byte("x")},
	}
	docs, skips := walkAll(t, &Loader{FS: fsys}, ".", "sub/002.txt", "nope.txt", "../x.txt")
	// IDs are relative to the arguments' common root, the file system's
	// root: sub/002.txt, named again, is the file already read.
	if diff := cmp.Diff([]string{"001.txt", "sub/002.txt"}, ids(docs)); diff != "" {
		t.Errorf("IDs mismatch (-want +got):\n%s", diff)
	}
	want := []Skipped{
		{Path: "sub/002.txt", Err: "already read as sub/002.txt"},
		{Path: "nope.txt", Err: "no such file or directory: check the path"},
		{Path: "../x.txt", Err: "invalid path: want a relative slash-separated path"},
	}
	if diff := cmp.Diff(want, skips); diff != "" {
		t.Errorf("skipped mismatch (-want +got):\n%s", diff)
	}
}

func TestWalkStops(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "A.", "b.txt": "B.", "c.txt": ""})
	stop := errors.New("stop")
	n := 0
	err := new(Loader).Walk([]string{dir}, func(d *Document) error {
		n++
		return stop
	}, func(Skipped) error { return nil })
	if err != stop || n != 1 {
		t.Errorf("Walk returned %v after %d documents, want stop after 1", err, n)
	}
	err = new(Loader).Walk([]string{filepath.Join(dir, "c.txt"), dir}, func(*Document) error {
		t.Error("document after skip callback failed")
		return nil
	}, func(Skipped) error { return stop })
	if err != stop {
		t.Errorf("Walk returned %v, want stop", err)
	}
}

func TestLineAt(t *testing.T) {
	d := &Document{Text: "a\nb\nc", Line: 1}
	byHand := []int{d.LineAt(0), d.LineAt(2), d.LineAt(4), d.LineAt(5)}
	d.indexLines([]byte(d.Text))
	indexed := []int{d.LineAt(0), d.LineAt(2), d.LineAt(4), d.LineAt(5)}
	n := NewDocument("n", d.Text)
	built := []int{n.LineAt(0), n.LineAt(2), n.LineAt(4), n.LineAt(5)}
	if want := []int{1, 2, 3, 3}; !cmp.Equal(want, byHand) || !cmp.Equal(want, indexed) || !cmp.Equal(want, built) {
		t.Errorf("LineAt by hand %v, indexed %v, NewDocument %v, want %v", byHand, indexed, built, want)
	}
	j := &Document{Format: FormatJSONL, Text: "a\nb", Line: 9}
	if j.LineAt(2) != 9 {
		t.Errorf("JSONL LineAt = %d, want 9", j.LineAt(2))
	}
}
