package claims

import (
	"reflect"
	"testing"

	"github.com/claimcheck/claimcheck/claims/load"
)

// TestExtractLeavesDocument checks that extraction does not modify the
// document it reads, whether the document carries a line table or not,
// and that both give the same claims, on the same lines and columns.
func TestExtractLeavesDocument(t *testing.T) {
	text := "Talks resume\n\nThe war in 2020 killed more than 6,500 people.\nAbout 2,000 Russian\npeacekeepers are deployed in Nagorno-Karabakh.\n"
	literal := &load.Document{ID: "t", Text: text, Line: 1}
	before := *literal
	fromLiteral := extractor(t).Extract(literal)
	if !reflect.DeepEqual(before, *literal) {
		t.Errorf("Extract modified the document:\nbefore %+v\nafter  %+v", before, *literal)
	}
	built := load.NewDocument("t", text)
	fromBuilt := extractor(t).Extract(built)
	if len(fromLiteral) == 0 || !reflect.DeepEqual(fromLiteral, fromBuilt) {
		t.Errorf("claims of a Document literal %+v differ from those of NewDocument %+v", fromLiteral, fromBuilt)
	}
}
