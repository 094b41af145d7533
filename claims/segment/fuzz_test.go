package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/load"
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
		d := load.NewDocument("fuzz", string(b))
		d.Path = "fuzz.txt"
		checkSentences(t, d, s.Segment(nil, d))
		// The same text after front matter.
		d.Body = len(d.Text) / 2
		checkSentences(t, d, s.Segment(nil, d))
	})
}

// FuzzSegmentFile checks that any bytes, read by the loader as a file of
// each format (text, Markdown, JSONL, HTML), give documents whose
// sentences are valid, each on a line of the file and, for HTML, mapped
// to an offset in the file.
func FuzzSegmentFile(f *testing.F) {
	for _, pattern := range []string{"*.txt", "*.md", "*.jsonl", "*.html"} {
		fuzzSeeds(f, pattern)
	}
	for _, s := range []string{
		"{\"text\": \"A.\"}\n\n{\"id\": 1}\n{\"text\": \"\\u00e9\\n\\nB.\"}\r\n{",
		"<p>A &amp; B.</p>", "<script>x</script>", "<title>T</title><h1>H", "<p>a&#x10FFFF;b&nGt;</p>", "<nav><p>x</nav>y",
		"---\ntitle: T\n---\nA. B.\n\nC.",
	} {
		f.Add([]byte(s))
	}
	s := testSegmenter(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		lines := strings.Count(string(b), "\n") + 1
		for _, name := range []string{"f.txt", "f.md", "f.jsonl", "f.html"} {
			docs, _ := load.ReadFile(name, name, b)
			for _, d := range docs {
				ss := s.Segment(nil, d)
				checkSentences(t, d, ss)
				for _, x := range ss {
					if off := d.FileOffset(x.Start); off < 0 || off > len(b) {
						t.Errorf("%s: sentence %q maps to file offset %d of %d", name, x.Text, off, len(b))
					}
					if x.Line < 1 || x.Line > lines {
						t.Errorf("%s: sentence %q on line %d of %d", name, x.Text, x.Line, lines)
					}
				}
			}
		}
	})
}
