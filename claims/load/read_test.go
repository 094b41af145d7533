package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// brief is the part of a document TestReadFile and TestReadRecord check.
type brief struct {
	ID, Path     string
	Format       Format
	Title        string
	Published    time.Time
	Body, Line   int
	Text         string // the start of the body, up to 20 bytes
	LinesOfFirst int    // LineAt of the body's end
}

func briefOf(d *Document) brief {
	return brief{d.ID, d.Path, d.Format, d.Title, d.PublishedTime, d.Body, d.Line,
		d.Text[d.Body:min(len(d.Text), d.Body+20)], d.LineAt(len(d.Text))}
}

func TestReadFile(t *testing.T) {
	may14 := time.Date(2023, 5, 14, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		path, id  string
		data      string
		want      []brief
		wantSkips []Skipped
	}{
		{name: "plain text", path: "in/a.txt", id: "a.txt", data: "The war ended.\nPeace came.\n",
			want: []brief{{ID: "a.txt", Path: "in/a.txt", Format: FormatText, Line: 1, Text: "The war ended.\nPeace", LinesOfFirst: 3}}},
		{name: "front matter", path: "b.md", id: "sub/b.md", data: "---\ntitle: T\ndate: 2023-05-14\n---\nBody text.",
			want: []brief{{ID: "sub/b.md", Path: "b.md", Format: FormatMarkdown, Title: "T", Published: may14, Body: 34, Line: 1, Text: "Body text.", LinesOfFirst: 5}}},
		{name: "unknown extension is text", path: "notes.pdf", id: "notes.pdf", data: "Not a PDF.",
			want: []brief{{ID: "notes.pdf", Path: "notes.pdf", Format: FormatText, Line: 1, Text: "Not a PDF.", LinesOfFirst: 1}}},
		{name: "HTML in capitals", path: "p.HTM", id: "p.HTM", data: "<title>T</title>\n<p>Body\ntext.</p>",
			want: []brief{{ID: "p.HTM", Path: "p.HTM", Format: FormatHTML, Title: "T", Line: 1, Text: "T\n\nBody text.", LinesOfFirst: 3}}},
		{name: "JSONL gives several documents", path: "n.jsonl", id: "n.jsonl",
			data: "{\"id\": \"a\", \"text\": \"A.\", \"published\": \"2023-05-14\"}\n{\"text\": \nno json\n\n{\"text\": \"B.\\nC.\"}\r\n",
			want: []brief{
				{ID: "a", Path: "n.jsonl", Format: FormatJSONL, Published: may14, Line: 1, Text: "A.", LinesOfFirst: 1},
				{ID: "n.jsonl#5", Path: "n.jsonl", Format: FormatJSONL, Line: 5, Text: "B.\nC.", LinesOfFirst: 5},
			},
			wantSkips: []Skipped{
				{Path: "n.jsonl", Line: 2, Err: "malformed JSON at byte 9: unexpected end of JSON input"},
				{Path: "n.jsonl", Line: 3, Err: "malformed JSON at byte 2: invalid character 'o' in literal null (expecting 'u')"},
			}},
		{name: "claims file", path: "seeds.claims.jsonl", id: "seeds.claims.jsonl", data: `{"doc": "x", "text": "A."}`,
			wantSkips: []Skipped{{Path: "seeds.claims.jsonl", Err: "a claims file: compare and check read it, extract does not"}}},
		{name: "empty", path: "e.txt", id: "e.txt",
			wantSkips: []Skipped{{Path: "e.txt", Err: "empty file: no text to read"}}},
		{name: "empty JSONL", path: "e.jsonl", id: "e.jsonl",
			wantSkips: []Skipped{{Path: "e.jsonl", Err: "empty file: no records to read"}}},
		{name: "blank JSONL", path: "b.jsonl", id: "b.jsonl", data: "\n \r\n",
			wantSkips: []Skipped{{Path: "b.jsonl", Err: "no records: the file holds only blank lines"}}},
		{name: "segmenter's spaces only", path: "s.txt", id: "s.txt", data: " \u200b\ufeff\u3000\u2009\u202f\n",
			wantSkips: []Skipped{{Path: "s.txt", Err: "whitespace-only file: no text to read"}}},
		{name: "line separator is text", path: "ls.txt", id: "ls.txt", data: "\u2028",
			want: []brief{{ID: "ls.txt", Path: "ls.txt", Format: FormatText, Line: 1, Text: "\u2028", LinesOfFirst: 1}}},
		{name: "latin-1", path: "l.md", id: "l.md", data: "Caf\xe9.",
			wantSkips: []Skipped{{Path: "l.md", Line: 1, Err: "invalid UTF-8 at line 1, byte 4: convert the file to UTF-8"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, skips := ReadFile(tt.path, tt.id, []byte(tt.data))
			var got []brief
			for _, d := range docs {
				got = append(got, briefOf(d))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("documents mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantSkips, skips); diff != "" {
				t.Errorf("skipped mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadRecord(t *testing.T) {
	may14 := time.Date(2023, 5, 14, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		line   int
		record string
		want   *brief
		skip   *Skipped
	}{
		{name: "with id", line: 4, record: `{"id": "x", "title": "T", "published": "2023-05-14", "text": "A.\nB."}`,
			want: &brief{ID: "x", Path: "f.jsonl", Format: FormatJSONL, Title: "T", Published: may14, Line: 4, Text: "A.\nB.", LinesOfFirst: 4}},
		{name: "without id", line: 9, record: `{"text": "A."}`,
			want: &brief{ID: "f.jsonl#9", Path: "f.jsonl", Format: FormatJSONL, Line: 9, Text: "A.", LinesOfFirst: 9}},
		{name: "carriage return", line: 2, record: "{\"text\": \"A.\"}\r",
			want: &brief{ID: "f.jsonl#2", Path: "f.jsonl", Format: FormatJSONL, Line: 2, Text: "A.", LinesOfFirst: 2}},
		{name: "byte order mark on line 1", line: 1, record: "\ufeff{\"text\": \"A.\"}",
			want: &brief{ID: "f.jsonl#1", Path: "f.jsonl", Format: FormatJSONL, Line: 1, Text: "A.", LinesOfFirst: 1}},
		{name: "byte order mark on line 2", line: 2, record: "\ufeff{\"text\": \"A.\"}",
			skip: &Skipped{"f.jsonl", 2, "malformed JSON at byte 1: invalid character 'ï' looking for beginning of value"}},
		{name: "blank", line: 3, record: " \t"},
		{name: "empty", line: 3, record: ""},
		{name: "malformed", line: 5, record: `{"text": `,
			skip: &Skipped{"f.jsonl", 5, "malformed JSON at byte 9: unexpected end of JSON input"}},
		{name: "no text", line: 5, record: `{"id": "x"}`,
			skip: &Skipped{"f.jsonl", 5, `record has no "text" field: add the article's text`}},
		{name: "blank text", line: 5, record: `{"text": " \u00a0\n"}`,
			skip: &Skipped{"f.jsonl", 5, `record's "text" is empty: add the article's text`}},
		{name: "invalid UTF-8", line: 5, record: "{\"text\": \"caf\xe9\"}",
			skip: &Skipped{"f.jsonl", 5, "invalid UTF-8 at byte 14: convert the file to UTF-8"}},
		{name: "array", line: 5, record: `["a"]`,
			skip: &Skipped{"f.jsonl", 5, `record is a JSON array: want an object with a "text" field`}},
		{name: "number id", line: 5, record: `{"id": 7, "text": "A."}`,
			skip: &Skipped{"f.jsonl", 5, `field "id" is a JSON number: want a string`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := []byte(tt.record)
			d, skip := ReadRecord("f.jsonl", tt.line, "f.jsonl", rec)
			var got *brief
			if d != nil {
				b := briefOf(d)
				got = &b
				// The document keeps nothing of the record's bytes.
				for i := range rec {
					rec[i] = 'x'
				}
				if b2 := briefOf(d); b2 != b {
					t.Errorf("document changed with the record's bytes: %+v", b2)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("document mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.skip, skip); diff != "" {
				t.Errorf("skipped mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReadFileIsWalk checks that ReadFile reads each file as Walk does,
// line tables included.
func TestReadFileIsWalk(t *testing.T) {
	var paths []string
	for _, glob := range []string{"../../testdata/load/*", "../../seeds/*.txt"} {
		names, err := filepath.Glob(glob)
		if err != nil || len(names) == 0 {
			t.Fatalf("no files %s: %v", glob, err)
		}
		paths = append(paths, names...)
	}
	dir := writeFiles(t, map[string]string{
		"bad.jsonl":  "{\"text\": \"A.\"}\n{\"id\": 1}\n\n{\"text\": \"B.\"}",
		"bad.md":     "---\ntitle: [\n---\nText.",
		"blank.html": "<script>x</script>",
	})
	for _, name := range []string{"bad.jsonl", "bad.md", "blank.html"} {
		paths = append(paths, filepath.Join(dir, name))
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			walked, walkSkips := walkAll(t, new(Loader), p)
			read, readSkips := ReadFile(p, filepath.Base(p), data)
			if diff := cmp.Diff(walked, read, cmp.AllowUnexported(Document{})); diff != "" {
				t.Errorf("documents mismatch (-Walk +ReadFile):\n%s", diff)
			}
			if diff := cmp.Diff(walkSkips, readSkips); diff != "" {
				t.Errorf("skipped mismatch (-Walk +ReadFile):\n%s", diff)
			}
			warned := 0
			for _, d := range walked {
				warned += len(d.Warnings)
			}
			if len(walked)+len(walkSkips) == 0 || strings.HasPrefix(filepath.Base(p), "bad") && len(walkSkips)+warned == 0 {
				t.Errorf("read %d documents with %d warnings and %d skips", len(walked), warned, len(walkSkips))
			}
		})
	}
}

// TestPublishedFormats checks that JSONL records and HTML meta tags read
// publication dates as front matter does, and that a date in no known
// form is a warning naming the record's line or the meta tag's.
func TestPublishedFormats(t *testing.T) {
	type pub struct {
		ID       string
		Time     time.Time
		Clock    bool
		Warnings []Warning
	}
	feb6 := time.Date(2023, 2, 6, 0, 0, 0, 0, time.UTC)
	at1430 := feb6.Add(14*time.Hour + 30*time.Minute)
	unreadable := func(date string) string {
		return `publication date "` + date + `" is in no known form: read the document without one (write it as 2023-02-06 or 2023-02-06T14:30:00Z)`
	}
	tests := []struct {
		name, path, data string
		want             []pub
	}{
		{name: "JSONL", path: "n.jsonl",
			data: `{"id": "a", "published": "2023-02-06T14:30:00Z", "text": "A."}` + "\n" +
				`{"id": "b", "published": "Feb 6, 2023", "text": "B."}` + "\n\n" +
				`{"id": "c", "published": "last week", "text": "C."}` + "\n" +
				`{"id": "d", "published": "", "text": "D."}` + "\n" +
				`{"id": "e", "published": "Mon, 06 Feb 2023 14:30:00 XYZ", "text": "E."}` + "\n",
			want: []pub{
				{ID: "a", Time: at1430, Clock: true},
				{ID: "b", Time: feb6},
				{ID: "c", Warnings: []Warning{{Path: "n.jsonl", Line: 4, Msg: unreadable("last week")}}},
				{ID: "d"},
				{ID: "e", Warnings: []Warning{{Path: "n.jsonl", Line: 6, Msg: `publication date "Mon, 06 Feb 2023 14:30:00 XYZ" is in an unknown time zone "XYZ": read the document without one (write it as 2023-02-06 or 2023-02-06T14:30:00Z)`}}},
			}},
		{name: "HTML article:published_time", path: "a.html",
			data: "<html><head>\n<meta name=\"date\" content=\"2020-01-01\">\n<meta property=\"article:published_time\" content=\"2023-02-06T14:30:00+00:00\">\n</head><body><p>A.</p></body></html>",
			want: []pub{{ID: "a.html", Time: at1430, Clock: true}}},
		{name: "HTML date", path: "b.html",
			data: "<html><head>\n<meta name=\"dc.date\" content=\"6 February 2023\">\n</head><body><p>B.</p></body></html>",
			want: []pub{{ID: "b.html", Time: feb6}}},
		{name: "HTML unreadable date", path: "c.html",
			data: "<html><head>\n<title>T</title>\n\n<meta property=\"article:published_time\"\n content=\"tuesday-ish\">\n</head><body><p>C.</p></body></html>",
			want: []pub{{ID: "c.html", Warnings: []Warning{{Path: "c.html", Line: 4, Msg: unreadable("tuesday-ish")}}}}},
		{name: "HTML unreadable fallback date", path: "d.html",
			data: "<html><head>\n<meta name=\"pubdate\" content=\"soon\">\n<meta name=\"date\" content=\"2023-02-06\">\n</head><body><p>D.</p></body></html>",
			want: []pub{{ID: "d.html", Warnings: []Warning{{Path: "d.html", Line: 2, Msg: unreadable("soon")}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, skips := ReadFile(tt.path, tt.path, []byte(tt.data))
			if len(skips) > 0 {
				t.Fatalf("skipped %v", skips)
			}
			var got []pub
			for _, d := range docs {
				got = append(got, pub{d.ID, d.PublishedTime, d.PublishedClock, d.Warnings})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
