package claims

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fuzzSeeds adds the seed articles and the loader fixtures to f's corpus.
func fuzzSeeds(f *testing.F, pattern string) {
	for _, glob := range []string{filepath.Join("..", "seeds", pattern), filepath.Join("..", "testdata", "load", pattern)} {
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

// FuzzSegment checks that any bytes, read as a text document, segment
// without panicking into sentences in bounds, in order, not overlapping,
// whose Text is the slice they name.
func FuzzSegment(f *testing.F) {
	fuzzSeeds(f, "*.txt")
	for _, s := range []string{"", "\n\n", "A.", "U.S. The", "“Hi.” he", "\xe2\x80", "…\xe2", "1. a\n2) b", ". . .", "\u00a0.\u00a0"} {
		f.Add([]byte(s))
	}
	s := testSegmenter(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		d := &Document{ID: "fuzz", Path: "fuzz.txt", Text: string(b), Line: 1}
		d.indexLines(b)
		segCheck(t, d, s.Segment(nil, d))
		// The same text after front matter.
		d.Body = len(d.Text) / 2
		segCheck(t, d, s.Segment(nil, d))
	})
}

// FuzzLoadJSONL checks that any bytes read as a JSONL file give documents
// and skipped lines without panicking, and that each document's
// sentences are valid.
func FuzzLoadJSONL(f *testing.F) {
	fuzzSeeds(f, "*.jsonl")
	f.Add([]byte("{\"text\": \"A.\"}\n\n{\"id\": 1}\n{\"text\": \"\\u00e9\\n\\nB.\"}\r\n{"))
	s := testSegmenter(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		dir := t.TempDir()
		p := filepath.Join(dir, "f.jsonl")
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		lines := strings.Count(string(b), "\n") + 1
		err := new(Loader).Walk([]string{p}, func(d *Document) error {
			if d.Line < 1 || d.Line > lines {
				t.Errorf("record on line %d of %d", d.Line, lines)
			}
			segCheck(t, d, s.Segment(nil, d))
			return nil
		}, func(sk Skipped) error {
			if sk.Err == "" || sk.Line < 0 || sk.Line > lines || strings.Contains(sk.Error(), "\n") {
				t.Errorf("bad skip %+v", sk)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzHTML checks that any bytes read as an HTML file load without
// panicking, that Origin maps into the file, in order, and that sentence
// lines are lines of the file.
func FuzzHTML(f *testing.F) {
	fuzzSeeds(f, "*.html")
	fuzzSeeds(f, "*.txt")
	for _, s := range []string{"<p>A &amp; B.</p>", "<script>x</script>", "<title>T</title><h1>H", "<p>a&#x10FFFF;b&nGt;</p>", "<nav><p>x</nav>y"} {
		f.Add([]byte(s))
	}
	s := testSegmenter(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		d := &Document{Path: "f.html", Format: FormatHTML, Line: 1}
		if err := loadHTML(d, b); err != nil {
			return
		}
		prev := Span{-1, -1}
		for _, sp := range d.Origin {
			if sp.From <= prev.From || sp.From > len(d.Text) || sp.To < 0 || sp.To > len(b) {
				t.Fatalf("bad span %+v after %+v (text %d, file %d bytes)", sp, prev, len(d.Text), len(b))
			}
			prev = sp
		}
		lines := strings.Count(string(b), "\n") + 1
		for _, x := range s.Segment(nil, d) {
			if off := d.FileOffset(x.Start); off < 0 || off > len(b) {
				t.Errorf("sentence %q maps to file offset %d of %d", x.Text, off, len(b))
			}
			if x.Line < 1 || x.Line > lines {
				t.Errorf("sentence %q on line %d of %d", x.Text, x.Line, lines)
			}
		}
		segCheck(t, d, s.Segment(nil, d))
	})
}
