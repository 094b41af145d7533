package norm_test

import (
	"encoding/json"
	"fmt"

	"github.com/claimcheck/claimcheck/claims/norm"
)

func Example() {
	r, err := norm.NewReader()
	if err != nil {
		panic(err)
	}
	text := "In 2020, a six-week war left more than 6,500 dead."
	for _, m := range r.Read(nil, text, norm.Context{}) {
		v, _ := json.Marshal(m.Value())
		fmt.Printf("%s %q %s\n", m.Kind, m.Text, v)
	}
	// Output:
	// time "2020" {"start":"2020-01-01","end":"2020-12-31","anchored":true}
	// duration "six-week" {"iso":"P6W","min_days":42,"max_days":42}
	// quantity "more than 6,500 dead" {"low":6500,"high":null,"low_open":true,"stated":6500,"qualifier":"more_than","class":"count","unit":"dead"}
}

func ExampleCompatible() {
	r, _ := norm.NewReader()
	q := func(s string) norm.Quantity { return r.Read(nil, s, norm.Context{})[0].Quantity }
	fmt.Println(norm.Compatible(q("more than 6,500 dead"), q("nearly 7,000 dead")))
	fmt.Println(norm.Compatible(q("more than 6,500 dead"), q("more than 65,000 dead")))
	abs, rel := norm.Distance(q("6,500 dead"), q("10,000 dead"))
	fmt.Printf("differ by %.0f (%.0f%%)\n", abs, 100*rel)
	// Output:
	// true
	// false
	// differ by 3500 (54%)
}
