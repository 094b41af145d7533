package segment_test

import (
	"fmt"

	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/claimcheck/claimcheck/claims/segment"
)

// Segment splits a document into sentences, each with its place in the
// text, its line and its role. A line break inside a paragraph does not
// end a sentence; a period after an abbreviation does not either.
func ExampleSegmenter_Segment() {
	s, err := segment.NewSegmenter()
	if err != nil {
		fmt.Println(err)
		return
	}
	d := load.NewDocument("talks.txt", "Talks resume in Brussels\n\n"+
		"The leaders of Azerbaijan and Armenia will meet on Sunday, the\n"+
		"E.U. said. The war in 2020 killed more than 6,500 people.\n\n"+
		"Photo: Delegates in Brussels / AFP\n")
	for _, x := range s.Segment(nil, d) {
		fmt.Printf("line %d, %d-%d, %s: %q\n", x.Line, x.Start, x.End, x.Role, x.Text)
	}
	// Output:
	// line 1, 0-24, heading: "Talks resume in Brussels"
	// line 3, 26-99, body: "The leaders of Azerbaijan and Armenia will meet on Sunday, the\nE.U. said."
	// line 4, 100-146, body: "The war in 2020 killed more than 6,500 people."
	// line 6, 148-182, caption: "Photo: Delegates in Brussels / AFP"
}
