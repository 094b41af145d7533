package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/compare"
)

// Decision is a reviewer's decision on a flagged finding.
type Decision string

// Decisions a reviewer records.
const (
	// Accepted: a real discrepancy, known and kept.
	Accepted Decision = "accepted"
	// Dismissed: not a real discrepancy (the tool misread the text).
	Dismissed Decision = "dismissed"
)

// Undone is the decision of a history entry that took back the decision
// before it; it is never a finding's current decision.
const Undone Decision = "undone"

// Review is one reviewer's decision on one finding.
type Review struct {
	// Finding is the finding's id (its fingerprint).
	Finding  string   `json:"finding"`
	Decision Decision `json:"decision"`
	Note     string   `json:"note,omitempty"`
	By       string   `json:"by,omitempty"`
	// At is when the decision was recorded, RFC 3339.
	At string `json:"at,omitempty"`
}

// ReviewFile is the file of review decisions kept beside a corpus
// (claimcheck-reviewed.json at the corpus root by default): the current
// decision on each finding, and the history of every decision made,
// undos included, oldest first:
//
//	{"version": 1,
//	 "reviews": [{"finding": "94d6a8137565", "decision": "accepted",
//	   "note": "known framing split", "by": "ana", "at": "2026-11-23T08:00:00Z"}],
//	 "history": [{"finding": "94d6a8137565", "decision": "accepted", ...}]}
type ReviewFile struct {
	Version int      `json:"version"`
	Reviews []Review `json:"reviews"`
	// History is every decision in the order it was made, with the
	// undos (decision "undone"). A file written before history was kept
	// has none; its reviews are its history.
	History []Review `json:"history,omitempty"`
}

// DefaultReviewFile is the review file's name at the corpus root.
const DefaultReviewFile = "claimcheck-reviewed.json"

// maxReviewFile is the largest review file read: far above any team's
// decisions, and a guard against a path to a device that never ends.
const maxReviewFile = 256 << 20

// LoadReviews reads a review file. A file that does not exist is an
// empty review file, not an error. A finding listed twice among the
// reviews (two branches merged by git) keeps its latest decision.
func LoadReviews(path string) (*ReviewFile, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &ReviewFile{Version: 1}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read review file: %w", err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: the review file is not a regular file (give a file with --reviewed)", path)
	}
	b, err := io.ReadAll(io.LimitReader(f, maxReviewFile+1))
	if err != nil {
		return nil, fmt.Errorf("read review file: %w", err)
	}
	if len(b) > maxReviewFile {
		return nil, fmt.Errorf("%s: the review file is over %d MiB: is it the right file?", path, maxReviewFile>>20)
	}
	var rf ReviewFile
	if len(bytes.TrimSpace(b)) == 0 {
		return &ReviewFile{Version: 1}, nil
	}
	if err := json.Unmarshal(b, &rf); err != nil {
		return nil, fmt.Errorf("%s: not a review file: %v (fix it or move it away)", path, err)
	}
	for i, r := range rf.Reviews {
		if r.Finding == "" {
			return nil, fmt.Errorf("%s: review %d has no finding id", path, i+1)
		}
		if r.Decision != Accepted && r.Decision != Dismissed {
			return nil, fmt.Errorf("%s: review of %s has decision %q: want accepted or dismissed", path, r.Finding, r.Decision)
		}
	}
	for i, r := range rf.History {
		if r.Finding == "" {
			return nil, fmt.Errorf("%s: history entry %d has no finding id", path, i+1)
		}
		if r.Decision != Accepted && r.Decision != Dismissed && r.Decision != Undone {
			return nil, fmt.Errorf("%s: history entry %d (%s) has decision %q: want accepted, dismissed or undone", path, i+1, r.Finding, r.Decision)
		}
	}
	if rf.Version == 0 {
		rf.Version = 1
	}
	rf.Reviews = latest(rf.Reviews)
	return &rf, nil
}

// latest keeps, of reviews of one finding, the one decided last (the
// later At; the later in the list when equal), sorted by finding id.
func latest(rs []Review) []Review {
	out := make([]Review, 0, len(rs))
	at := make(map[string]int, len(rs))
	for _, r := range rs {
		if i, ok := at[r.Finding]; ok {
			if r.At >= out[i].At {
				out[i] = r
			}
			continue
		}
		at[r.Finding] = len(out)
		out = append(out, r)
	}
	slices.SortStableFunc(out, func(a, b Review) int { return strings.Compare(a.Finding, b.Finding) })
	return out
}

// Lookup returns the decision recorded for finding id.
func (rf *ReviewFile) Lookup(id string) (Review, bool) {
	for _, r := range rf.Reviews {
		if r.Finding == id {
			return r, true
		}
	}
	return Review{}, false
}

// Set records r as the decision on its finding, replacing an earlier
// one, and keeps the reviews sorted by finding id. It does not touch the
// history: Decide records a decision and its history.
func (rf *ReviewFile) Set(r Review) {
	i := slices.IndexFunc(rf.Reviews, func(x Review) bool { return x.Finding == r.Finding })
	if i >= 0 {
		rf.Reviews[i] = r
	} else {
		rf.Reviews = append(rf.Reviews, r)
	}
	slices.SortFunc(rf.Reviews, func(a, b Review) int { return strings.Compare(a.Finding, b.Finding) })
}

// Decide records r as the decision on its finding and appends it to the
// history. It returns the decision it replaced, if any.
func (rf *ReviewFile) Decide(r Review) (Review, bool) {
	rf.seedHistory()
	old, had := rf.Lookup(r.Finding)
	rf.Set(r)
	rf.History = append(rf.History, r)
	return old, had
}

// seedHistory gives a file written before history was kept the history
// its reviews tell.
func (rf *ReviewFile) seedHistory() {
	if len(rf.History) > 0 {
		return
	}
	for _, r := range rf.Reviews {
		rf.History = append(rf.History, r)
	}
	slices.SortStableFunc(rf.History, func(a, b Review) int { return strings.Compare(a.At, b.At) })
}

// Undo takes back the current decision on finding id: the decision
// before it, if any, is the current one again, else the finding is
// unreviewed. The undo is kept in the history, by who and at when. It
// returns the decision now current (ok false: none) and an error when
// there is nothing to undo.
func (rf *ReviewFile) Undo(id, by, at string) (Review, bool, error) {
	rf.seedHistory()
	stack := rf.stack(id)
	if len(stack) == 0 {
		return Review{}, false, fmt.Errorf("finding %s has no decision to undo", id)
	}
	stack = stack[:len(stack)-1]
	rf.History = append(rf.History, Review{Finding: id, Decision: Undone, By: by, At: at})
	if len(stack) == 0 {
		rf.Reviews = slices.DeleteFunc(rf.Reviews, func(x Review) bool { return x.Finding == id })
		return Review{}, false, nil
	}
	prev := stack[len(stack)-1]
	rf.Set(prev)
	return prev, true, nil
}

// stack replays the history of finding id: each decision pushes, each
// undo pops. The top is the current decision.
func (rf *ReviewFile) stack(id string) []Review {
	var st []Review
	for _, r := range rf.History {
		switch {
		case r.Finding != id:
		case r.Decision == Undone:
			if len(st) > 0 {
				st = st[:len(st)-1]
			}
		default:
			st = append(st, r)
		}
	}
	if len(st) == 0 {
		if r, ok := rf.Lookup(id); ok { // a review with no history
			st = append(st, r)
		}
	}
	return st
}

// HistoryOf returns the history of finding id, oldest first.
func (rf *ReviewFile) HistoryOf(id string) []Review {
	var out []Review
	for _, r := range rf.History {
		if r.Finding == id {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		if r, ok := rf.Lookup(id); ok {
			out = append(out, r)
		}
	}
	return out
}

// Revision counts the decisions and undos recorded on finding id: a
// writer that read revision n and finds another when it writes has
// raced another reviewer (see UpdateReviews).
func (rf *ReviewFile) Revision(id string) int {
	return len(rf.HistoryOf(id))
}

// Map returns the reviews by finding id.
func (rf *ReviewFile) Map() map[string]Review {
	m := make(map[string]Review, len(rf.Reviews))
	for _, r := range rf.Reviews {
		m[r.Finding] = r
	}
	return m
}

// UpdateReviews reads the review file at path, lets change edit it and
// writes it back atomically, holding a lock (".NAME.lock" beside it)
// throughout,
// so that reviewers who decide at once, from two terminals or two
// browser tabs, never lose each other's decisions. When change returns
// an error nothing is written and the error is returned.
func UpdateReviews(path string, change func(*ReviewFile) error) error {
	unlock, err := lockFile(filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".lock"))
	if err != nil {
		return fmt.Errorf("lock review file: %w", err)
	}
	defer unlock()
	rf, err := LoadReviews(path)
	if err != nil {
		return err
	}
	if err := change(rf); err != nil {
		return err
	}
	return rf.Save(path)
}

// Triage is the findings a check fails on, sorted against a review file:
// those a reviewer has decided on, those still to review, and the
// reviews whose finding no longer exists. The check command prints it
// (WriteCheck) and fails when Unreviewed is not empty.
type Triage struct {
	// Reviewed are the failing findings with a decision in the review
	// file, in the order of the findings given.
	Reviewed []compare.Finding
	// Unreviewed are the failing findings with no decision yet, in the
	// order of the findings given.
	Unreviewed []compare.Finding
	// Stale are the reviews whose finding is not among the findings
	// given, whatever its verdict would be, in the order of the review
	// file (a finding reviewed twice is listed twice). A finding's id
	// changes when a claim's value or framing changes, so a stale review
	// is usually of an earlier version of a finding.
	Stale []Review
	// Baselined are the failing findings with no decision that the
	// team's baseline lists (Apply): known before the check was adopted,
	// they do not fail a check run with --new-only.
	Baselined []compare.Finding
}

// NewTriage sorts findings against the decisions of rf. A finding fails
// when fail reports true for its verdict; a nil fail fails the flagged
// verdicts (compare.Verdict.Flagged). A nil rf records no decision.
// Findings that do not fail are in neither Reviewed nor Unreviewed, but
// they still keep their reviews from being stale. NewTriage changes
// neither findings nor rf, and does not look at a decision's kind: an
// accepted and a dismissed finding are both reviewed.
func NewTriage(findings []compare.Finding, rf *ReviewFile, fail func(compare.Verdict) bool) Triage {
	if fail == nil {
		fail = compare.Verdict.Flagged
	}
	var reviews []Review
	if rf != nil {
		reviews = rf.Reviews
	}
	decided := make(map[string]bool, len(reviews))
	for _, rv := range reviews {
		decided[rv.Finding] = true
	}
	var t Triage
	current := make(map[string]bool, len(findings))
	for _, f := range findings {
		current[f.ID] = true
		if !fail(f.Verdict) {
			continue
		}
		if decided[f.ID] {
			t.Reviewed = append(t.Reviewed, f)
		} else {
			t.Unreviewed = append(t.Unreviewed, f)
		}
	}
	for _, rv := range reviews {
		if !current[rv.Finding] {
			t.Stale = append(t.Stale, rv)
		}
	}
	return t
}

// Save writes the review file atomically: to a temporary file in the same
// folder, then renamed over path.
func (rf *ReviewFile) Save(path string) error {
	b, err := json.MarshalIndent(rf, "", "  ")
	if err != nil {
		return err
	}
	return WriteFileAtomic(path, append(b, '\n'))
}

// WriteFileAtomic writes data to path through a temporary file in the
// same folder renamed over it, so that readers never see half a file.
func WriteFileAtomic(path string, data []byte) error {
	return WriteAtomic(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// WriteAtomic streams what write produces to a temporary file in the
// folder of path, then renames it over path: readers see the old file or
// the whole new one, never half of it. On error the temporary file is
// removed and path is left as it was. A new file gets the usual
// permissions (0666 less the umask), a file written over keeps its
// own, and a symbolic link at path is followed: the file it names is
// replaced, the link is kept.
func WriteAtomic(path string, write func(io.Writer) error) error {
	if target, err := filepath.EvalSymlinks(path); err == nil {
		path = target
	}
	perm := fs.FileMode(0o666)
	old, statErr := os.Stat(path)
	if statErr == nil {
		perm = old.Mode().Perm()
	}
	tmp, err := createTemp(filepath.Dir(path), "."+filepath.Base(path)+".", ".tmp", perm)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if statErr == nil {
		// Keep the mode of the file written over, whatever the umask.
		if err := tmp.Chmod(perm); err != nil {
			tmp.Close()
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// createTemp creates a new file named prefix, a random number and
// suffix in dir, with permissions perm less the umask (os.CreateTemp
// always gives 0600).
func createTemp(dir, prefix, suffix string, perm fs.FileMode) (*os.File, error) {
	for try := 0; ; try++ {
		name := filepath.Join(dir, prefix+strconv.FormatUint(uint64(rand.Uint32()), 10)+suffix)
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) && try < 1000 {
			continue
		}
		return f, err
	}
}
