package claims

import (
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims/load"
)

// fastest returns the shortest of a few runs of f: the run least
// disturbed by whatever else the machine is doing.
func fastest(f func()) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range 5 {
		t0 := time.Now()
		f()
		best = min(best, time.Since(t0))
	}
	return best
}

// TestExtractGrowsLinearly times extraction on inputs of one size and of
// four times that size, in the same run, and fails when the larger takes
// far more than four times as long: a step that is quadratic in a
// sentence or a line shows as a ratio of 16 or more, a cubic one of 64.
// The ratio allowed is generous, so that a busy machine does not fail it.
func TestExtractGrowsLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("times extraction")
	}
	e, err := NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		n    int
		text func(n int) string
	}{
		// A transcript: no sentence-final punctuation at all.
		{"run-on sentence", 100, func(n int) string {
			return strings.Repeat("the flood in 2021 left 4200 families homeless and ", n)
		}},
		// Every sentence on one line, as some feeds write articles.
		{"one long line", 2000, func(n int) string {
			return strings.Repeat("The storm in 2019 killed 1,800 people. ", n)
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			run := func(text string) func() {
				d := load.NewDocument("t.txt", text)
				return func() { e.Extract(d) }
			}
			small, large := fastest(run(c.text(c.n))), fastest(run(c.text(4*c.n)))
			if ratio := float64(large) / float64(small); ratio > 10 {
				t.Errorf("4x the input took %.1fx as long (%v against %v): want about 4x", ratio, large, small)
			}
		})
	}
}
