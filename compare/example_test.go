package compare_test

import (
	"fmt"
	"math"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/norm"
	"github.com/claimcheck/claimcheck/compare"
)

// Three documents give the toll of the same war: two figures agree with
// each other and not with the third, so the fact is a number mismatch
// with two sides, and the two that agree are an agreement of their own.
func ExampleCompare() {
	war2020 := claims.Event{Type: "war", Time: &norm.Time{
		Start: norm.Date{Year: 2020, Month: 1, Day: 1}, End: norm.Date{Year: 2020, Month: 12, Day: 31}, Anchored: true}}
	deaths := func(doc string, q norm.Quantity) claims.Claim {
		q.Unit = "people"
		return claims.Claim{Doc: doc, Kind: claims.Casualties, Measure: "deaths", Subject: claims.Subject{Group: "people"},
			Event: war2020, Value: norm.Value{Quantity: &q}}
	}
	cs := []claims.Claim{
		deaths("a.txt", norm.Quantity{Qualifier: norm.MoreThan, Low: 6500, LowOpen: true, High: math.Inf(1), Stated: 6500, HasStated: true}),
		deaths("b.txt", norm.Quantity{Low: 3000, High: 3000, Stated: 3000, HasStated: true}),
		deaths("c.txt", norm.Quantity{Qualifier: norm.Nearly, Low: 6300, High: 7000, Stated: 7000, HasStated: true}),
	}
	for _, f := range compare.Compare(cs) {
		fmt.Printf("%s: %s\n", f.Verdict, f.Fact)
		fmt.Println(f.Summary)
		for s, side := range f.Sides {
			fmt.Printf("side %d:", s+1)
			for _, i := range side {
				fmt.Printf(" %s (%s)", f.Claims[i].Doc, compare.Describe(f.Claims[i].Value))
			}
			fmt.Println()
		}
	}
	// Output:
	// number_mismatch: deaths (people) in the war of 2020
	// number_mismatch: incompatible figures, 3,500 apart (117%): more than 6,500 people in a.txt; nearly 7,000 (6,300-7,000) people in c.txt vs 3,000 people in b.txt
	// side 1: a.txt (more than 6,500 people) c.txt (nearly 7,000 (6,300-7,000) people)
	// side 2: b.txt (3,000 people)
	// agree: deaths (people) in the war of 2020
	// agree: 2 documents give compatible values (more than 6,500 people in a.txt; nearly 7,000 (6,300-7,000) people in c.txt), among figures of this count that differ
}
