package report

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/norm"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/google/go-cmp/cmp"
)

func TestWriteCheck(t *testing.T) {
	count := func(n float64) norm.Value {
		return norm.Value{Quantity: &norm.Quantity{Low: n, High: n, Stated: n, HasStated: true}}
	}
	mismatch := compare.Finding{ID: "9572cb0fc268", Verdict: compare.NumberMismatch, Fact: "deaths (people) in the war of 2020",
		Summary: "number_mismatch: incompatible figures", Claims: []claims.Claim{
			{Doc: "a.txt", Line: 1, QuoteLine: 3, Quote: "6,500 people", Value: count(6500)},
			{Doc: "c.txt", Line: 1, QuoteLine: 1, Quote: "3,000 people", Value: count(3000)},
		}}
	framing := compare.Finding{ID: "e048fa3ed65b", Verdict: compare.FramingDiffers, Fact: "control of Nagorno-Karabakh",
		Summary: "framing differs", Claims: []claims.Claim{{Doc: "a.txt", QuoteLine: 2, Quote: "liberated", Value: count(1)}}}
	r := New([]claims.DocInfo{{ID: "a.txt", Path: "corpus/a.txt"}, {ID: "b.txt", Path: "corpus/b.txt"}}, nil,
		[]compare.Finding{mismatch, framing})
	opt := CheckOptions{FailOn: "number_mismatch, framing_differs", ReviewFile: "corpus/reviewed.json"}
	for _, tt := range []struct {
		name string
		t    Triage
		want string
	}{
		{"nothing to review", Triage{},
			"claimcheck check: 2 documents, 0 findings to review (number_mismatch, framing_differs), 0 reviewed, 0 not reviewed\n"},
		{"all reviewed", Triage{Reviewed: []compare.Finding{mismatch, framing}},
			"claimcheck check: 2 documents, 2 findings to review (number_mismatch, framing_differs), 2 reviewed, 0 not reviewed\n"},
		{"unreviewed, at their paths; unknown documents by id", Triage{Reviewed: []compare.Finding{framing}, Unreviewed: []compare.Finding{mismatch}},
			"claimcheck check: 2 documents, 2 findings to review (number_mismatch, framing_differs), 1 reviewed, 1 not reviewed\n" +
				"\nnumber_mismatch  deaths (people) in the war of 2020  [9572cb0fc268]\n  number_mismatch: incompatible figures\n" +
				"  - corpus/a.txt:3  6,500  «6,500 people»\n" +
				"  - c.txt:1  3,000  «3,000 people»\n" +
				"\nrecord a decision with: claimcheck review accept|dismiss ID... --note \"why\" --reviewed corpus/reviewed.json\n"},
		{"stale only", Triage{Reviewed: []compare.Finding{mismatch}, Stale: []Review{{Finding: "ffffffffffff"}, {Finding: "000000000000"}}},
			"claimcheck check: 2 documents, 1 findings to review (number_mismatch, framing_differs), 1 reviewed, 0 not reviewed\n" +
				"\nstale reviews in corpus/reviewed.json (their findings no longer exist; remove them when you like): ffffffffffff, 000000000000\n"},
		{"unreviewed and stale", Triage{Unreviewed: []compare.Finding{framing}, Stale: []Review{{Finding: "ffffffffffff"}}},
			"claimcheck check: 2 documents, 1 findings to review (number_mismatch, framing_differs), 0 reviewed, 1 not reviewed\n" +
				"\nframing_differs  control of Nagorno-Karabakh  [e048fa3ed65b]\n  framing differs\n" +
				"  - corpus/a.txt:2  1  «liberated»\n" +
				"\nstale reviews in corpus/reviewed.json (their findings no longer exist; remove them when you like): ffffffffffff\n" +
				"\nrecord a decision with: claimcheck review accept|dismiss ID... --note \"why\" --reviewed corpus/reviewed.json\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			if err := WriteCheck(&b, r, tt.t, opt); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, b.String()); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
