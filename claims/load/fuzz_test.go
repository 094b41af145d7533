package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// fuzzSeeds adds the seed articles and the loader fixtures to f's corpus.
func fuzzSeeds(f *testing.F, pattern string) {
	for _, glob := range []string{filepath.Join("..", "..", "seeds", pattern), filepath.Join("..", "..", "testdata", "load", pattern)} {
		names, _ := filepath.Glob(glob)
		for _, name := range names {
			b, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
		}
	}
}

// FuzzLoadJSONL checks that any bytes read as a JSONL file give documents
// and skipped lines without panicking, each document on a line of the
// file with valid UTF-8 text, and that ReadFile reads the bytes as Walk
// reads the file.
func FuzzLoadJSONL(f *testing.F) {
	fuzzSeeds(f, "*.jsonl")
	f.Add([]byte("{\"text\": \"A.\"}\n\n{\"id\": 1}\n{\"text\": \"\\u00e9\\n\\nB.\"}\r\n{"))
	f.Fuzz(func(t *testing.T, b []byte) {
		dir := t.TempDir()
		p := filepath.Join(dir, "f.jsonl")
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		lines := strings.Count(string(b), "\n") + 1
		var docs []*Document
		var skips []Skipped
		err := new(Loader).Walk([]string{p}, func(d *Document) error {
			if d.Line < 1 || d.Line > lines {
				t.Errorf("record on line %d of %d", d.Line, lines)
			}
			if !utf8.ValidString(d.Text) || blank(d.Text) {
				t.Errorf("record on line %d: text %q", d.Line, d.Text)
			}
			if got := d.LineAt(len(d.Text)); got != d.Line {
				t.Errorf("record on line %d: LineAt gives %d", d.Line, got)
			}
			checkDoc(t, d, lines)
			for _, e := range docs {
				if e.ID == d.ID {
					t.Errorf("records on lines %d and %d share the ID %q", e.Line, d.Line, d.ID)
				}
			}
			docs = append(docs, d)
			return nil
		}, func(sk Skipped) error {
			if sk.Err == "" || sk.Line < 0 || sk.Line > lines || strings.Contains(sk.Error(), "\n") {
				t.Errorf("bad skip %+v", sk)
			}
			skips = append(skips, sk)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		rdocs, rskips := ReadFile(p, "f.jsonl", b)
		if diff := cmp.Diff(docs, rdocs, cmp.AllowUnexported(Document{})); diff != "" {
			t.Errorf("documents mismatch (-Walk +ReadFile):\n%s", diff)
		}
		if diff := cmp.Diff(skips, rskips); diff != "" {
			t.Errorf("skipped mismatch (-Walk +ReadFile):\n%s", diff)
		}
	})
}

// FuzzHTML checks that any bytes read as an HTML file load without
// panicking, that Origin maps into the file, in order, and that every
// offset of the text maps to an offset and a line of the file.
func FuzzHTML(f *testing.F) {
	fuzzSeeds(f, "*.html")
	fuzzSeeds(f, "*.txt")
	for _, s := range []string{"<p>A &amp; B.</p>", "<script>x</script>", "<title>T</title><h1>H", "<p>a&#x10FFFF;b&nGt;</p>", "<nav><p>x</nav>y"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d := &Document{Path: "f.html", Format: FormatHTML, Line: 1}
		if _, err := readHTML(d, b); err != nil {
			return
		}
		if strings.HasPrefix(d.Text, bom) {
			t.Errorf("text starts with a byte order mark")
		}
		prev := Span{-1, -1}
		for _, sp := range d.Origin {
			if sp.From <= prev.From || sp.From > len(d.Text) || sp.To < 0 || sp.To > len(b) {
				t.Fatalf("bad span %+v after %+v (text %d, file %d bytes)", sp, prev, len(d.Text), len(b))
			}
			prev = sp
		}
		lines := strings.Count(string(b), "\n") + 1
		for off := 0; off < len(d.Text); off++ {
			if fo := d.FileOffset(off); fo < 0 || fo > len(b) {
				t.Errorf("text offset %d maps to file offset %d of %d", off, fo, len(b))
			}
			if line := d.LineAt(off); line < 1 || line > lines {
				t.Errorf("text offset %d on line %d of %d", off, line, lines)
			}
		}
		docs, _ := ReadFile("f.html", "f.html", b)
		for _, d := range docs {
			checkDoc(t, d, lines)
		}
	})
}

// FuzzReadRecord checks that any bytes read as a JSONL record give a
// document or a reason, never both, and a document with an ID, on the
// record's line, whose text is UTF-8 and not blank.
func FuzzReadRecord(f *testing.F) {
	for _, s := range []string{
		`{"id": "a", "text": "A.", "published": "2023-02-06"}`, `{"text": "B."}`, "\ufeff{\"text\": \"C.\"}",
		`{"id": "", "text": "\ufeffD.\nE."}`, `{"text": " "}`, `{"id": 1}`, `[]`, `{"text": "x", "published": "soon"}`,
	} {
		f.Add([]byte(s), uint16(1))
	}
	f.Fuzz(func(t *testing.T, b []byte, line uint16) {
		n := int(line) + 1
		d, s := ReadRecord("f.jsonl", n, "f.jsonl", b)
		switch {
		case d != nil && s != nil:
			t.Fatalf("both a document and a reason: %v", s)
		case s != nil:
			if s.Line != n || s.Err == "" || strings.Contains(s.Error(), "\n") {
				t.Errorf("bad skip %+v", s)
			}
		case d != nil:
			if d.Line != n || !utf8.ValidString(d.Text) || blank(d.Text) {
				t.Errorf("record on line %d: line %d, text %q", n, d.Line, d.Text)
			}
			checkDoc(t, d, n)
			for _, w := range d.Warnings {
				if w.Line != n {
					t.Errorf("warning on line %d, want the record's %d", w.Line, n)
				}
			}
		}
	})
}

// checkDoc checks what holds of every document of a file of lines
// lines: an ID, lines within the file, offsets within Text.
func checkDoc(t *testing.T, d *Document, lines int) {
	t.Helper()
	if d.ID == "" {
		t.Errorf("document without an ID")
	}
	if d.Line < 1 || d.Line > lines || d.Body < 0 || d.Body > len(d.Text) {
		t.Errorf("%s: line %d of %d, body at %d of %d bytes", d.ID, d.Line, lines, d.Body, len(d.Text))
	}
	for _, w := range d.Warnings {
		if w.Line < 0 || w.Line > lines || w.Msg == "" || strings.Contains(w.String(), "\n") {
			t.Errorf("%s: bad warning %+v", d.ID, w)
		}
	}
	for _, sp := range d.Origin {
		if sp.From < 0 || sp.From > len(d.Text) {
			t.Errorf("%s: span %+v outside the text of %d bytes", d.ID, sp, len(d.Text))
		}
	}
	step := max(1, len(d.Text)/512)
	for off := 0; off <= len(d.Text); off += step {
		if line, col := d.LineAt(off), d.ColumnAt(off); line < 1 || line > lines || col < 1 || col > d.FileOffset(off)+1 {
			t.Errorf("%s: text offset %d at %d:%d of %d lines", d.ID, off, line, col, lines)
			break
		}
	}
}

// FuzzLoadText checks that a text or Markdown file is never skipped over
// its front matter: any bytes that are UTF-8 text (not empty, not
// binary) with something to read give a document, whose warnings each
// name a line of the file; the only skips left are for files with no
// text at all, or none after a closed header. Walk and ReadFile read
// the bytes alike.
func FuzzLoadText(f *testing.F) {
	fuzzSeeds(f, "*.md")
	fuzzSeeds(f, "*.txt")
	for _, s := range []string{
		"---\ntitle: Libya floods: death toll rises\npublished: 2023-09-12\n---\nText.\n",
		"---\ntitle: 'Crisis within a crisis': Up to 5.3M\n\tsource: \"Wire\n---\nText.",
		"\ufeff---\r\ntitle:\r\n  a: b\r\n  c\r\npublished: Feb 8, 2023 3:45 p.m. EST\r\n...\r\nText.",
		"---\ntitle: T\nText without a closing fence.\n",
		"---\n---\n", "---\n---", "---\n", "---\ntitle: [\n---\n \n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if !utf8.Valid(b) {
			return
		}
		lines := strings.Count(string(b), "\n") + 1
		for _, name := range []string{"f.md", "f.txt"} {
			p := filepath.Join(t.TempDir(), name)
			if err := os.WriteFile(p, b, 0o644); err != nil {
				t.Fatal(err)
			}
			var docs []*Document
			var skips []Skipped
			err := new(Loader).Walk([]string{p}, func(d *Document) error {
				docs = append(docs, d)
				return nil
			}, func(sk Skipped) error {
				skips = append(skips, sk)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			rdocs, rskips := ReadFile(p, name, b)
			if diff := cmp.Diff(docs, rdocs, cmp.AllowUnexported(Document{})); diff != "" {
				t.Errorf("documents mismatch (-Walk +ReadFile):\n%s", diff)
			}
			if diff := cmp.Diff(skips, rskips); diff != "" {
				t.Errorf("skipped mismatch (-Walk +ReadFile):\n%s", diff)
			}
			if len(docs)+len(skips) != 1 {
				t.Fatalf("%d documents and %d skips for one file", len(docs), len(skips))
			}
			if len(skips) == 1 {
				msg, _ := checkText(b)
				switch reason := skips[0].Err; {
				case msg != "" && reason == msg:
				case reason == "whitespace-only file: no text to read" && blank(string(b)):
				case reason == "no text after the front matter" && blankAfterHeader(string(b)):
				default:
					t.Fatalf("%s skipped: %s", name, skips[0].Error())
				}
				continue
			}
			d := docs[0]
			checkDoc(t, d, lines)
			if d.Text != string(b) || d.Body < 0 || d.Body > len(d.Text) || blank(d.Text[d.Body:]) {
				t.Errorf("%s: body at %d of %d bytes", name, d.Body, len(d.Text))
			}
			for _, w := range d.Warnings {
				if w.Path != p || w.Line < 1 || w.Line > lines || w.Msg == "" || strings.Contains(w.String(), "\n") {
					t.Errorf("%s: bad warning %+v", name, w)
				}
			}
			if d.PublishedTime.IsZero() && d.PublishedClock {
				t.Errorf("%s: a time of day without a date", name)
			}
		}
	})
}

// blankAfterHeader reports whether s starts with a front matter fence
// that a later fence line closes, with only white space after it.
func blankAfterHeader(s string) bool {
	lines := strings.SplitAfter(strings.TrimPrefix(s, "\ufeff"), "\n")
	if len(lines) == 0 || strings.TrimRight(lines[0], " \t\r\n") != "---" {
		return false
	}
	for i := 1; i < len(lines); i++ {
		if fence := strings.TrimRight(lines[i], " \t\r\n"); fence == "---" || fence == "..." {
			return blank(strings.Join(lines[i+1:], ""))
		}
	}
	return false
}
