package compare

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/norm"
)

// syntheticClaims makes n claims about n/5 facts: five documents state
// each fact, one of them with another figure one time in seven, so that
// the comparison meets agreements, mismatches and single sources. Facts
// differ by who is counted, whose and the year of their event.
func syntheticClaims(n int) []claims.Claim {
	groups := []string{"people", "soldiers", "civilians", "refugees"}
	sides := []string{"", "Armenia", "Azerbaijan", "Russia", "Turkey", "Syria"}
	cs := make([]claims.Claim, 0, n)
	text := "The war killed more than 6,500 people."
	for i := 0; len(cs) < n; i++ {
		fact := i
		y := 1900 + fact%120
		t := &norm.Time{Start: norm.Date{Year: y, Month: 1, Day: 1}, End: norm.Date{Year: y, Month: 12, Day: 31}, Anchored: true}
		figure := float64(100 + fact%997*10)
		for d := 0; d < 5 && len(cs) < n; d++ {
			v := figure
			if d == 4 && fact%7 == 0 {
				v *= 3
			}
			q := &norm.Quantity{Low: v, High: v, Stated: v, HasStated: true}
			cs = append(cs, claims.Claim{
				Doc: "doc" + strconv.Itoa((fact*5+d)%5000), Line: 1 + d, Start: d * 100, End: d*100 + len(text),
				Text: text, Quote: "6,500", Kind: claims.Casualties, Measure: "deaths",
				Subject: claims.Subject{Group: groups[fact%len(groups)], Side: sides[(fact/4)%len(sides)] + strconv.Itoa(fact/2000)},
				Event:   claims.Event{Type: "war", Time: t, Key: "war@" + strconv.Itoa(y)},
				Value:   norm.Value{Quantity: q},
				Framing: []claims.FramingWord{},
			})
		}
	}
	return cs
}

// BenchmarkCompare measures the comparison alone at 10^4, 10^5 and 10^6
// claims; time and memory per claim stay nearly flat as the count grows
// (blocking keeps the work near-linear).
func BenchmarkCompare(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		cs := syntheticClaims(n)
		b.Run(fmt.Sprintf("claims=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				fs := Compare(cs)
				if len(fs) == 0 {
					b.Fatal("no findings")
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/claim")
		})
	}
}
