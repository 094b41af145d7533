package compare_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/claimcheck/claimcheck/compare"
)

var (
	fuzzExtractor     *claims.Extractor
	fuzzExtractorErr  error
	fuzzExtractorOnce sync.Once
)

// FuzzPipeline runs the whole pipeline on one document read from any
// bytes: two copies of it, the second with its figures changed, are
// loaded, their claims extracted and compared. Nothing may panic; every
// claim must quote its own sentence at the offsets it gives, on a line of
// the file; every finding must hold claims of the documents read.
// testdata/fuzz/FuzzPipeline holds inputs that once broke a stage.
func FuzzPipeline(f *testing.F) {
	names, _ := filepath.Glob(filepath.Join("..", "seeds", "*.md"))
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	fuzzExtractorOnce.Do(func() { fuzzExtractor, fuzzExtractorErr = claims.NewExtractor() })
	if fuzzExtractorErr != nil {
		f.Fatal(fuzzExtractorErr)
	}
	e := fuzzExtractor
	f.Fuzz(func(t *testing.T, b []byte) {
		var cs []claims.Claim
		docs := map[string]*load.Document{}
		for i, data := range [][]byte{b, []byte(strings.NewReplacer("1", "7", "2", "9").Replace(string(b)))} {
			id := []string{"a.md", "b.md"}[i]
			ds, _ := load.ReadFile(id, id, data)
			for _, d := range ds {
				docs[d.ID] = d
				got := e.Extract(d)
				lines := strings.Count(string(data), "\n") + 1
				for _, c := range got {
					if c.Line < 1 || c.Line > lines || c.QuoteLine < 1 || c.QuoteLine > lines || c.QuoteColumn < 1 {
						t.Fatalf("%s: claim on line %d, quote at %d:%d, of a file of %d lines", id, c.Line, c.QuoteLine, c.QuoteColumn, lines)
					}
					if c.Start < 0 || c.Start > c.QuoteStart || c.QuoteStart > c.QuoteEnd || c.QuoteEnd > c.End || c.End > len(data) {
						t.Fatalf("%s: claim at %d..%d, quote %d..%d, in %d bytes", id, c.Start, c.End, c.QuoteStart, c.QuoteEnd, len(data))
					}
					if d.Origin == nil && (string(data[c.Start:c.End]) != c.Text || string(data[c.QuoteStart:c.QuoteEnd]) != c.Quote) {
						t.Fatalf("%s: claim quotes %q of %q, the file has %q", id, c.Quote, c.Text, data[c.QuoteStart:c.QuoteEnd])
					}
					if !utf8.ValidString(c.Text) || !strings.Contains(c.Text, c.Quote) {
						t.Fatalf("%s: quote %q is not in its sentence %q", id, c.Quote, c.Text)
					}
				}
				cs = append(cs, got...)
			}
		}
		n := 0
		for _, fd := range compare.Compare(cs) {
			if len(fd.Claims) == 0 {
				t.Fatalf("finding %s holds no claim", fd.ID)
			}
			for _, c := range fd.Claims {
				if docs[c.Doc] == nil {
					t.Fatalf("finding %s holds a claim of %q, no document read", fd.ID, c.Doc)
				}
			}
			n += len(fd.Claims)
		}
		if n < len(cs) {
			t.Fatalf("findings hold %d claims of %d", n, len(cs))
		}
	})
}
