package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
)

// writeCorpus writes the seed articles again and again under dir, in
// folders of 500 files, until about size bytes are written, and returns
// the bytes written.
func writeCorpus(b *testing.B, dir string, size int) int64 {
	b.Helper()
	seeds, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		b.Fatalf("no seeds: %v", err)
	}
	var texts [][]byte
	for _, s := range seeds {
		t, err := os.ReadFile(s)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, t)
	}
	var total int64
	for n := 0; total < int64(size); n++ {
		sub := filepath.Join(dir, fmt.Sprintf("%03d", n/500))
		if n%500 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				b.Fatal(err)
			}
		}
		t := texts[n%len(texts)]
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("%05d.txt", n)), t, 0o644); err != nil {
			b.Fatal(err)
		}
		total += int64(len(t))
	}
	return total
}

// BenchmarkPipeline runs the whole pipeline (read, segment, extract,
// compare, render JSON) on the seeds repeated to about 50 MB, on all
// cores. Its MB/s is the figure the README records.
func BenchmarkPipeline(b *testing.B) {
	dir := b.TempDir()
	size := writeCorpus(b, dir, 50<<20)
	ex, err := claims.NewExtractor()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	var extract, comparing, render time.Duration
	for range b.N {
		t0 := time.Now()
		c := ex.ExtractCorpus(&load.Loader{}, []string{dir}, 0)
		if len(c.Skipped) > 0 {
			b.Fatalf("skipped %v", c.Skipped[0])
		}
		t1 := time.Now()
		r := report.New(c.Documents, c.Skipped, compare.Compare(c.Claims))
		t2 := time.Now()
		if err := (report.JSON{}).Render(io.Discard, r, report.Options{}); err != nil {
			b.Fatal(err)
		}
		extract, comparing, render = extract+t1.Sub(t0), comparing+t2.Sub(t1), render+time.Since(t2)
	}
	// Where the time goes: read and extract, compare, render.
	b.ReportMetric(extract.Seconds()/float64(b.N), "extract-s/op")
	b.ReportMetric(comparing.Seconds()/float64(b.N), "compare-s/op")
	b.ReportMetric(render.Seconds()/float64(b.N), "render-s/op")
}

// BenchmarkExtract measures reading and extraction alone, without the
// comparison, on about 10 MB.
func BenchmarkExtract(b *testing.B) {
	dir := b.TempDir()
	size := writeCorpus(b, dir, 10<<20)
	ex, err := claims.NewExtractor()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		n := 0
		ex.Run(&load.Loader{}, []string{dir}, claims.RunOptions{}, func(r *claims.Result) { n += len(r.Claims) })
		if n == 0 {
			b.Fatal("no claims")
		}
	}
}
