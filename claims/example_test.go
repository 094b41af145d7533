package claims_test

import (
	"fmt"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/claimcheck/claimcheck/compare"
)

// Extract reads the claims of one document: what each counts or dates,
// the event it belongs to, its normalized value and its quote.
func ExampleExtractor_Extract() {
	ex, err := claims.NewExtractor()
	if err != nil {
		fmt.Println(err)
		return
	}
	d := load.NewDocument("report.txt", "The war in 2020 killed more than 6,500 people, officials said.\n")
	for _, c := range ex.Extract(d) {
		fmt.Printf("%s %s (%s) %s: %q\n", c.Kind, c.Measure, c.Subject.Group, c.Event.Key, c.Quote)
		fmt.Println(compare.Describe(c.Value), "according to", c.Attribution)
	}
	// Output:
	// date war () war@2020: "2020"
	// 2020-01-01..2020-12-31 according to officials
	// casualties deaths (people) war@2020: "more than 6,500 people"
	// more than 6,500 people according to officials
}

// Kind.Info is the kind table: how claims of each kind are read and
// compared.
func ExampleKind_Info() {
	for _, k := range claims.Kinds() {
		info := k.Info()
		fmt.Printf("%-10s running=%-5v standing=%v\n", k, info.Running, info.Standing)
	}
	// Output:
	// casualties running=true  standing=false
	// troops     running=false standing=true
	// prisoners  running=false standing=false
	// displaced  running=true  standing=false
	// date       running=false standing=false
	// duration   running=false standing=false
	// control    running=false standing=false
	// votes      running=true  standing=false
	// turnout    running=true  standing=false
	// framing    running=false standing=true
	// magnitude  running=false standing=false
}
