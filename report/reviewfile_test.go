package report

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/google/go-cmp/cmp"
)

// decisions lists a history as "finding decision by" strings.
func decisions(rs []Review) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Finding+" "+string(r.Decision)+" "+r.By)
	}
	return out
}

func TestDecideAndUndo(t *testing.T) {
	rf := &ReviewFile{Version: 1}
	if _, had := rf.Decide(Review{Finding: "aaa", Decision: Accepted, By: "ana", At: "2026-11-01T08:00:00Z"}); had {
		t.Errorf("first decision on aaa replaced one")
	}
	old, had := rf.Decide(Review{Finding: "aaa", Decision: Dismissed, By: "bo", At: "2026-11-02T08:00:00Z"})
	if !had || old.By != "ana" || old.Decision != Accepted {
		t.Errorf("second decision replaced %+v (had %v), want ana's acceptance", old, had)
	}
	rf.Decide(Review{Finding: "bbb", Decision: Accepted, By: "cy", At: "2026-11-03T08:00:00Z"})
	if got, _ := rf.Lookup("aaa"); got.Decision != Dismissed {
		t.Errorf("aaa is %s, want dismissed", got.Decision)
	}
	if rf.Revision("aaa") != 2 || rf.Revision("bbb") != 1 || rf.Revision("ccc") != 0 {
		t.Errorf("revisions %d %d %d, want 2 1 0", rf.Revision("aaa"), rf.Revision("bbb"), rf.Revision("ccc"))
	}

	// Undo goes back one decision, then to no decision, then refuses.
	cur, ok, err := rf.Undo("aaa", "bo", "2026-11-04T08:00:00Z")
	if err != nil || !ok || cur.Decision != Accepted || cur.By != "ana" {
		t.Fatalf("first undo: %+v %v %v, want ana's acceptance back", cur, ok, err)
	}
	if _, ok, err := rf.Undo("aaa", "bo", "2026-11-05T08:00:00Z"); err != nil || ok {
		t.Fatalf("second undo: ok %v err %v, want no decision left", ok, err)
	}
	if _, found := rf.Lookup("aaa"); found {
		t.Errorf("aaa still has a decision after both were undone")
	}
	if _, _, err := rf.Undo("aaa", "bo", "2026-11-06T08:00:00Z"); err == nil || !strings.Contains(err.Error(), "no decision to undo") {
		t.Errorf("third undo: err %v, want no decision to undo", err)
	}
	want := []string{"aaa accepted ana", "aaa dismissed bo", "bbb accepted cy", "aaa undone bo", "aaa undone bo"}
	if diff := cmp.Diff(want, decisions(rf.History)); diff != "" {
		t.Errorf("history mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"bbb accepted cy"}, decisions(rf.Reviews)); diff != "" {
		t.Errorf("reviews mismatch (-want +got):\n%s", diff)
	}
}

// TestUndoWithoutHistory: a file written before history was kept has its
// reviews as history, so its decisions can be undone.
func TestUndoWithoutHistory(t *testing.T) {
	rf := &ReviewFile{Version: 1, Reviews: []Review{{Finding: "aaa", Decision: Accepted, By: "ana"}}}
	if _, ok, err := rf.Undo("aaa", "bo", "x"); err != nil || ok {
		t.Fatalf("undo: ok %v err %v, want no decision left", ok, err)
	}
	if len(rf.Reviews) != 0 {
		t.Errorf("reviews left: %+v", rf.Reviews)
	}
}

func TestLoadReviewsMerged(t *testing.T) {
	// Two branches merged by git list one finding twice: the later
	// decision holds, wherever it stands.
	path := filepath.Join(t.TempDir(), DefaultReviewFile)
	body := `{"version": 1, "reviews": [
  {"finding": "bbb", "decision": "dismissed", "by": "bo", "at": "2026-11-05T08:00:00Z"},
  {"finding": "aaa", "decision": "accepted", "by": "ana", "at": "2026-11-01T08:00:00Z"},
  {"finding": "bbb", "decision": "accepted", "by": "ana", "at": "2026-11-02T08:00:00Z"}]}`
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	rf, err := LoadReviews(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"aaa accepted ana", "bbb dismissed bo"}, decisions(rf.Reviews)); diff != "" {
		t.Errorf("reviews mismatch (-want +got):\n%s", diff)
	}
	for _, tt := range []struct{ body, want string }{
		{`{"reviews": [{"finding": "aaa", "decision": "maybe"}]}`, `decision "maybe"`},
		{`{"reviews": [], "history": [{"finding": "", "decision": "undone"}]}`, "history entry 1 has no finding id"},
		{`{"reviews": [`, "not a review file"},
	} {
		if err := os.WriteFile(path, []byte(tt.body), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := LoadReviews(path); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err %v, want %q", tt.body, err, tt.want)
		}
	}
	if _, err := LoadReviews("/dev/zero"); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("/dev/zero: err %v, want not a regular file", err)
	}
}

// TestUpdateReviewsConcurrent: reviewers who decide at once, each
// through UpdateReviews, all keep their decisions.
func TestUpdateReviewsConcurrent(t *testing.T) {
	path := filepath.Join(t.TempDir(), DefaultReviewFile)
	var wg sync.WaitGroup
	const n = 20
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := UpdateReviews(path, func(rf *ReviewFile) error {
				rf.Decide(Review{Finding: "f" + strconv.Itoa(i), Decision: Accepted, By: "r" + strconv.Itoa(i)})
				return nil
			})
			if err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	rf, err := LoadReviews(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(rf.Reviews) != n || len(rf.History) != n {
		t.Errorf("%d reviews and %d history entries kept, want %d of each", len(rf.Reviews), len(rf.History), n)
	}
	// A change that fails writes nothing.
	before, _ := os.ReadFile(path)
	err = UpdateReviews(path, func(rf *ReviewFile) error {
		rf.Decide(Review{Finding: "zzz", Decision: Accepted})
		return os.ErrInvalid
	})
	after, _ := os.ReadFile(path)
	if err == nil || string(before) != string(after) {
		t.Errorf("failed change: err %v, file changed %v", err, string(before) != string(after))
	}
}

func TestBaseline(t *testing.T) {
	findings := []compare.Finding{
		{ID: "num2", Verdict: compare.NumberMismatch, Fact: "deaths"},
		{ID: "agr1", Verdict: compare.Agree},
		{ID: "num1", Verdict: compare.NumberMismatch, Fact: "injured"},
	}
	b := NewBaseline(findings, nil)
	path := filepath.Join(t.TempDir(), DefaultBaselineFile)
	if err := b.Save(path); err != nil {
		t.Fatal(err)
	}
	got, err := LoadBaseline(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(b, got); diff != "" {
		t.Errorf("baseline read back mismatch (-want +got):\n%s", diff)
	}
	// A new mismatch after the baseline is the only one left to fail.
	findings = append(findings, compare.Finding{ID: "num3", Verdict: compare.NumberMismatch})
	tr := NewTriage(findings, nil, nil)
	tr.Apply(got)
	if diff := cmp.Diff(triageIDs{Unreviewed: []string{"num3"}}, idsOf(tr)); diff != "" {
		t.Errorf("triage mismatch (-want +got):\n%s", diff)
	}
	if len(tr.Baselined) != 2 {
		t.Errorf("%d baselined findings, want 2", len(tr.Baselined))
	}
	if _, err := LoadBaseline(filepath.Join(t.TempDir(), "none.json")); err == nil || !strings.Contains(err.Error(), "--write-baseline") {
		t.Errorf("missing baseline: err %v, want a hint to write one", err)
	}
}
