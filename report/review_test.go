package report

import (
	"slices"
	"testing"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/google/go-cmp/cmp"
)

// triageIDs is a Triage by finding ids, for comparing.
type triageIDs struct {
	Reviewed, Unreviewed, Stale []string
}

func idsOf(t Triage) triageIDs {
	var got triageIDs
	for _, f := range t.Reviewed {
		got.Reviewed = append(got.Reviewed, f.ID)
	}
	for _, f := range t.Unreviewed {
		got.Unreviewed = append(got.Unreviewed, f.ID)
	}
	for _, rv := range t.Stale {
		got.Stale = append(got.Stale, rv.Finding)
	}
	return got
}

func TestNewTriage(t *testing.T) {
	finding := func(id string, v compare.Verdict) compare.Finding { return compare.Finding{ID: id, Verdict: v} }
	findings := []compare.Finding{
		finding("num1", compare.NumberMismatch),
		finding("date1", compare.DateMismatch),
		finding("fra1", compare.FramingDiffers),
		finding("num2", compare.NumberMismatch),
		finding("agree1", compare.Agree),
		finding("single1", compare.SingleSource),
	}
	reviews := func(ids ...string) *ReviewFile {
		rf := &ReviewFile{Version: 1}
		for i, id := range ids {
			d := Accepted
			if i%2 == 1 {
				d = Dismissed
			}
			rf.Reviews = append(rf.Reviews, Review{Finding: id, Decision: d})
		}
		return rf
	}
	only := func(vs ...compare.Verdict) func(compare.Verdict) bool {
		return func(v compare.Verdict) bool {
			for _, x := range vs {
				if v == x {
					return true
				}
			}
			return false
		}
	}
	for _, tt := range []struct {
		name     string
		findings []compare.Finding
		rf       *ReviewFile
		fail     func(compare.Verdict) bool
		want     triageIDs
	}{
		{name: "no findings, no reviews", rf: reviews()},
		{name: "nil review file and nil fail: every flagged finding is unreviewed", findings: findings,
			want: triageIDs{Unreviewed: []string{"num1", "date1", "fra1", "num2"}}},
		{name: "accepted and dismissed alike are reviewed, in finding order", findings: findings, rf: reviews("num2", "fra1"),
			want: triageIDs{Reviewed: []string{"fra1", "num2"}, Unreviewed: []string{"num1", "date1"}}},
		{name: "fail picks the verdicts", findings: findings, rf: reviews("num1"), fail: only(compare.NumberMismatch, compare.Agree),
			want: triageIDs{Reviewed: []string{"num1"}, Unreviewed: []string{"num2", "agree1"}}},
		{name: "a review of a finding that does not fail is neither reviewed nor stale", findings: findings, rf: reviews("fra1"),
			fail: only(compare.NumberMismatch), want: triageIDs{Unreviewed: []string{"num1", "num2"}}},
		{name: "stale reviews in file order, repeats kept", findings: findings, rf: reviews("zzz", "num1", "aaa", "zzz"),
			want: triageIDs{Reviewed: []string{"num1"}, Unreviewed: []string{"date1", "fra1", "num2"}, Stale: []string{"zzz", "aaa", "zzz"}}},
		{name: "every review stale when there is no finding", rf: reviews("num1", "fra1"),
			want: triageIDs{Stale: []string{"num1", "fra1"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := NewTriage(tt.findings, tt.rf, tt.fail)
			if diff := cmp.Diff(tt.want, idsOf(got)); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
			// Stale reviews are the file's reviews, decisions and notes kept.
			for _, rv := range got.Stale {
				if !slices.Contains(tt.rf.Reviews, rv) {
					t.Errorf("stale review %+v is not one of the file's", rv)
				}
			}
		})
	}
}

func TestNewTriageLeavesInputs(t *testing.T) {
	findings := []compare.Finding{{ID: "b", Verdict: compare.NumberMismatch}, {ID: "a", Verdict: compare.NumberMismatch}}
	rf := &ReviewFile{Version: 1, Reviews: []Review{{Finding: "z", Decision: Accepted}, {Finding: "b", Decision: Dismissed}}}
	wantF := append([]compare.Finding(nil), findings...)
	wantR := append([]Review(nil), rf.Reviews...)
	NewTriage(findings, rf, nil)
	if diff := cmp.Diff(wantF, findings); diff != "" {
		t.Errorf("findings changed (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantR, rf.Reviews); diff != "" {
		t.Errorf("reviews changed (-want +got):\n%s", diff)
	}
}
