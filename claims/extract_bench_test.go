package claims

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimcheck/claimcheck/claims/load"
)

// BenchmarkExtractDocument measures segmentation and extraction of the
// seed articles, in memory, on one core.
func BenchmarkExtractDocument(b *testing.B) {
	files, _ := filepath.Glob("../seeds/*.txt")
	var docs []*load.Document
	var size int64
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, load.NewDocument(filepath.Base(f), string(t)))
		size += int64(len(t))
	}
	e := extractor(b)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			e.Extract(d)
		}
	}
}
