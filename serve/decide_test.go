package serve

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
)

// TestDecisionRequests checks what a decision request must say.
func TestDecisionRequests(t *testing.T) {
	d := newDesk(t, Config{})
	path := "/api/findings/" + idMismatch + "/decision"
	tests := []struct {
		name string
		body any
		code int
		want string
	}{
		{"no such finding", DecisionRequest{Decision: report.Accepted, Note: "n", By: "ana"}, 404, "no finding"},
		{"a decision that is none", DecisionRequest{Decision: "maybe", Note: "n", By: "ana"}, 400, `decision "maybe": want accepted`},
		{"an undo as a decision", DecisionRequest{Decision: report.Undone, Note: "n", By: "ana"}, 400, "want accepted"},
		{"no note", DecisionRequest{Decision: report.Accepted, Note: "  ", By: "ana"}, 400, "write a note: say why"},
		{"a note too long", DecisionRequest{Decision: report.Accepted, Note: strings.Repeat("x", maxNote+1), By: "ana"}, 400, "the note is over"},
		{"no one decides", DecisionRequest{Decision: report.Accepted, Note: "n"}, 400, "say who decides"},
		{"a name of two lines", DecisionRequest{Decision: report.Accepted, Note: "n", By: "ana\nbo"}, 400, "one line"},
		{"a misspelt field", map[string]any{"desicion": "accepted", "note": "n", "by": "ana"}, 400, `unknown field "desicion"`},
		{"not JSON", "accepted", 400, "read the request"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := path
			if tt.code == 404 {
				p = "/api/findings/bb0000000000/decision"
			}
			a := d.post(p, tt.body)
			if a.code != tt.code || !strings.Contains(errorOf(t, a), tt.want) {
				t.Errorf("%d %s, want %d with %q", a.code, a.body, tt.code, tt.want)
			}
		})
	}
	t.Run("not JSON by its type", func(t *testing.T) {
		a := d.post(path, decisionBody, "Content-Type", "text/plain")
		if a.code != http.StatusUnsupportedMediaType {
			t.Errorf("%d %s, want 415", a.code, a.body)
		}
	})
	if _, err := os.Stat(d.path); err == nil {
		t.Error("refused requests wrote the review file")
	}
}

// TestDecideAndUndo records a decision, replaces it and takes both back.
func TestDecideAndUndo(t *testing.T) {
	d := newDesk(t, Config{By: "ana"})
	steps := []struct {
		name   string
		undo   bool
		dec    report.Decision
		by     string
		rev    int
		code   int
		review *report.Review // the review after the step
	}{
		{"accept", false, report.Accepted, "", 0, 200, &report.Review{Decision: report.Accepted, Note: "note 0", By: "ana"}},
		{"dismiss over it", false, report.Dismissed, "bo", 1, 200, &report.Review{Decision: report.Dismissed, Note: "note 1", By: "bo"}},
		{"undo the dismissal", true, "", "cy", 2, 200, &report.Review{Decision: report.Accepted, Note: "note 0", By: "ana"}},
		{"undo the acceptance", true, "", "", 3, 200, nil},
		{"undo with nothing to undo", true, "", "", 4, 409, nil},
	}
	for i, st := range steps {
		var a answer
		if st.undo {
			a = d.post("/api/findings/"+idMismatch+"/undo", UndoRequest{By: st.by, Revision: st.rev})
		} else {
			a = d.decide(idMismatch, st.dec, fmt.Sprintf("note %d", i), st.by, st.rev)
		}
		if a.code != st.code {
			t.Fatalf("%s: %d %s, want %d", st.name, a.code, a.body, st.code)
		}
		if st.code != 200 {
			if !strings.Contains(errorOf(t, a), "has no decision to undo") {
				t.Errorf("%s: %s", st.name, a.body)
			}
			continue
		}
		var ans DecisionAnswer
		if err := json.Unmarshal([]byte(a.body), &ans); err != nil {
			t.Fatal(err)
		}
		if st.review != nil {
			st.review.Finding, st.review.At = idMismatch, "2026-03-05T09:30:00Z"
		}
		if diff := cmp.Diff(st.review, ans.Review); diff != "" {
			t.Errorf("%s: review mismatch (-want +got):\n%s", st.name, diff)
		}
		if ans.Revision != st.rev+1 || len(ans.History) != st.rev+1 {
			t.Errorf("%s: revision %d with %d history entries, want %d", st.name, ans.Revision, len(ans.History), st.rev+1)
		}
	}
	var got []string
	for _, h := range d.reviewFile().History {
		got = append(got, string(h.Decision)+" by "+h.By)
	}
	want := []string{"accepted by ana", "dismissed by bo", "undone by cy", "undone by ana"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("history on disk mismatch (-want +got):\n%s", diff)
	}
}

// TestConflict: two reviewers load one finding; the second to decide
// is told who decided first, and nothing of theirs is written until
// they reload.
func TestConflict(t *testing.T) {
	d := newDesk(t, Config{})
	var seen FindingDetail
	d.getJSON("/api/findings/"+idMismatch, &seen) // both tabs load revision 0
	if a := d.decide(idMismatch, report.Accepted, "two districts", "ana", seen.Revision); a.code != 200 {
		t.Fatalf("first decision: %d %s", a.code, a.body)
	}
	a := d.decide(idMismatch, report.Dismissed, "one district", "bo", seen.Revision)
	if a.code != http.StatusConflict {
		t.Fatalf("second decision: %d %s, want 409", a.code, a.body)
	}
	var e ErrorAnswer
	if err := json.Unmarshal([]byte(a.body), &e); err != nil {
		t.Fatal(err)
	}
	want := ErrorAnswer{
		Error:    "finding " + idMismatch + " was decided by ana at 2026-03-05T09:30:00Z since you loaded it; reload to see it",
		Revision: new(int),
		Review:   &report.Review{Finding: idMismatch, Decision: report.Accepted, Note: "two districts", By: "ana", At: "2026-03-05T09:30:00Z"},
	}
	*want.Revision = 1
	if diff := cmp.Diff(want, e); diff != "" {
		t.Errorf("conflict mismatch (-want +got):\n%s", diff)
	}
	if rv, _ := d.reviewFile().Lookup(idMismatch); rv.By != "ana" {
		t.Errorf("the review on disk is %+v, want ana's", rv)
	}

	// An undo is a change too.
	if a := d.post("/api/findings/"+idMismatch+"/undo", UndoRequest{By: "cy", Revision: 1}); a.code != 200 {
		t.Fatalf("undo: %d %s", a.code, a.body)
	}
	a = d.decide(idMismatch, report.Dismissed, "one district", "bo", 1)
	if a.code != http.StatusConflict || !strings.Contains(errorOf(t, a), "was undone by cy at") {
		t.Errorf("decision after an undo: %d %s, want 409 naming the undo", a.code, a.body)
	}

	// After a reload, the second reviewer's decision is recorded.
	d.getJSON("/api/findings/"+idMismatch, &seen)
	if a := d.decide(idMismatch, report.Dismissed, "one district", "bo", seen.Revision); a.code != 200 {
		t.Errorf("decision after reloading: %d %s", a.code, a.body)
	}
	if n := len(d.reviewFile().History); n != 3 {
		t.Errorf("%d history entries, want 3", n)
	}
}

// TestConcurrentDecisions: many clients at once. On different findings
// every decision is kept; on one finding, at one revision, exactly one
// wins and the others get 409.
func TestConcurrentDecisions(t *testing.T) {
	const n = 40
	r := manyFindings(n)
	t.Run("different findings", func(t *testing.T) {
		d := newDesk(t, Config{Report: r})
		codes := make([]int, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Go(func() {
				codes[i] = d.decide(r.Findings[i].ID, report.Accepted, fmt.Sprintf("checked by reviewer %d", i), fmt.Sprintf("r%d", i), 0).code
			})
		}
		wg.Wait()
		for i, c := range codes {
			if c != 200 {
				t.Errorf("client %d: %d", i, c)
			}
		}
		rf := d.reviewFile()
		if len(rf.Reviews) != n || len(rf.History) != n {
			t.Errorf("%d reviews and %d history entries on disk, want %d", len(rf.Reviews), len(rf.History), n)
		}
		for i := range n {
			if rv, ok := rf.Lookup(r.Findings[i].ID); !ok || rv.By != fmt.Sprintf("r%d", i) {
				t.Errorf("finding %d: review %+v", i, rv)
			}
		}
	})
	t.Run("one finding", func(t *testing.T) {
		d := newDesk(t, Config{Report: r})
		id := r.Findings[0].ID
		codes := make([]int, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Go(func() {
				codes[i] = d.decide(id, report.Dismissed, fmt.Sprintf("reviewer %d", i), fmt.Sprintf("r%d", i), 0).code
			})
		}
		wg.Wait()
		count := map[int]int{}
		for _, c := range codes {
			count[c]++
		}
		if diff := cmp.Diff(map[int]int{200: 1, 409: n - 1}, count); diff != "" {
			t.Errorf("answers mismatch (-want +got):\n%s", diff)
		}
		if h := d.reviewFile().History; len(h) != 1 {
			t.Errorf("%d history entries, want the winner's alone", len(h))
		}
	})
}

// TestAtomicWrites: the review file is whole at every moment. A write
// that fails halfway leaves the old file; one that cannot take the lock
// writes nothing; readers during many writes never see part of a file.
func TestAtomicWrites(t *testing.T) {
	t.Run("a write that fails halfway", func(t *testing.T) {
		d := newDesk(t, Config{})
		if a := d.decide(idMismatch, report.Accepted, "two districts", "ana", 0); a.code != 200 {
			t.Fatal(a.body)
		}
		old, err := os.ReadFile(d.path)
		if err != nil {
			t.Fatal(err)
		}
		// The server writes through report.WriteAtomic; cut one of its
		// writes in the middle.
		rf := d.reviewFile()
		rf.Decide(report.Review{Finding: idSeries, Decision: report.Dismissed, Note: "half", By: "bo"})
		full, _ := json.MarshalIndent(rf, "", "  ")
		errDisk := errors.New("the disk is full")
		err = report.WriteAtomic(d.path, func(w io.Writer) error {
			w.Write(full[:len(full)/2])
			return errDisk
		})
		if !errors.Is(err, errDisk) {
			t.Fatalf("WriteAtomic: %v, want the failure", err)
		}
		if now, _ := os.ReadFile(d.path); string(now) != string(old) {
			t.Errorf("the review file changed:\n%s", now)
		}
		var rv ReviewsAnswer
		d.getJSON("/api/reviews", &rv)
		if len(rv.Reviews) != 1 || rv.Reviews[0].Finding != idMismatch {
			t.Errorf("the desk reads %+v, want the old decision alone", rv.Reviews)
		}
		if left, _ := filepath.Glob(filepath.Join(filepath.Dir(d.path), ".*.tmp")); len(left) > 0 {
			t.Errorf("temporary files left: %v", left)
		}
	})

	t.Run("a write that cannot lock", func(t *testing.T) {
		d := newDesk(t, Config{})
		d.decide(idMismatch, report.Accepted, "two districts", "ana", 0)
		old, _ := os.ReadFile(d.path)
		lock := filepath.Join(filepath.Dir(d.path), "."+filepath.Base(d.path)+".lock")
		os.Remove(lock)
		if err := os.Mkdir(lock, 0o755); err != nil { // a folder cannot be locked as a file
			t.Fatal(err)
		}
		a := d.decide(idSeries, report.Dismissed, "one count", "bo", 0)
		if a.code != http.StatusInternalServerError || !strings.Contains(errorOf(t, a), "record the decision: lock review file") {
			t.Errorf("%d %s, want 500 saying the lock failed", a.code, a.body)
		}
		if now, _ := os.ReadFile(d.path); string(now) != string(old) {
			t.Errorf("the review file changed:\n%s", now)
		}
	})

	t.Run("reading during many writes", func(t *testing.T) {
		r := manyFindings(8)
		d := newDesk(t, Config{Report: r})
		const writes = 120
		done := make(chan struct{})
		var reads, partial int
		var readErr error
		var wg sync.WaitGroup
		wg.Go(func() {
			for {
				select {
				case <-done:
					return
				default:
				}
				b, err := os.ReadFile(d.path)
				if errors.Is(err, os.ErrNotExist) {
					continue
				}
				if err != nil {
					readErr = err
					return
				}
				reads++
				var rf report.ReviewFile
				if err := json.Unmarshal(b, &rf); err != nil {
					partial++
				}
			}
		})
		rev := map[string]int{}
		for i := range writes {
			id := r.Findings[i%len(r.Findings)].ID
			var a answer
			if rev[id]%2 == 1 { // decided: take it back
				a = d.post("/api/findings/"+id+"/undo", UndoRequest{By: "ana", Revision: rev[id]})
			} else {
				a = d.decide(id, report.Accepted, fmt.Sprintf("pass %d", i), "ana", rev[id])
			}
			if a.code != 200 {
				t.Fatalf("write %d: %d %s", i, a.code, a.body)
			}
			rev[id]++
		}
		close(done)
		wg.Wait()
		if readErr != nil {
			t.Fatal(readErr)
		}
		if partial > 0 {
			t.Errorf("%d of %d reads saw part of a file", partial, reads)
		}
		if n := len(d.reviewFile().History); n != writes {
			t.Errorf("%d history entries, want %d", n, writes)
		}
		t.Logf("%d reads during %d writes", reads, writes)
	})
}

// manyFindings is a report of n synthetic findings of fictional facts,
// cycling through the verdicts.
func manyFindings(n int) *report.Report {
	fs := make([]compare.Finding, n)
	vs := compare.Verdicts()
	for i := range fs {
		fs[i] = compare.Finding{ID: fmt.Sprintf("%012x", i+1), Verdict: vs[i%len(vs)], Kind: 1,
			Fact: fmt.Sprintf("deaths (people) in the Norland flood number %d", i), Confidence: float64(i%10) / 10,
			Summary: "synthetic"}
	}
	return report.New(nil, nil, fs)
}
