package load

import (
	"testing"
	"time"
)

// maxGrowth is how much longer than a quarter of the input a input four
// times as large may take: 4 for linear time, 16 for quadratic; the
// margin is for the noise of a shared machine.
const maxGrowth = 10

// checkGrowth fails t when reading gen(4n) takes more than maxGrowth
// times as long as reading gen(n), each timed as the best of three runs
// of read.
func checkGrowth(t *testing.T, n int, gen func(n int) []byte, read func([]byte)) {
	t.Helper()
	best := func(b []byte) time.Duration {
		var min time.Duration
		for i := 0; i < 3; i++ {
			start := time.Now()
			read(b)
			if d := time.Since(start); i == 0 || d < min {
				min = d
			}
		}
		return max(min, time.Microsecond)
	}
	small, large := gen(n), gen(4*n)
	t1, t4 := best(small), best(large)
	if ratio := float64(t4) / float64(t1); ratio > maxGrowth {
		t.Errorf("%d bytes take %v, %d bytes %v: %.1f times as long, want at most %d", len(small), t1, len(large), t4, ratio, maxGrowth)
	}
}
