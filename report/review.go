package report

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
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
// (claimcheck-reviewed.json by default):
//
//	{"version": 1, "reviews": [{"finding": "1b4f3e4f192e", "decision": "accepted",
//	  "note": "known framing split", "by": "ana", "at": "2026-11-23T08:00:00Z"}]}
type ReviewFile struct {
	Version int      `json:"version"`
	Reviews []Review `json:"reviews"`
}

// DefaultReviewFile is the review file's name at the corpus root.
const DefaultReviewFile = "claimcheck-reviewed.json"

// LoadReviews reads a review file. A file that does not exist is an
// empty review file, not an error.
func LoadReviews(path string) (*ReviewFile, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &ReviewFile{Version: 1}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read review file: %w", err)
	}
	var rf ReviewFile
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
	if rf.Version == 0 {
		rf.Version = 1
	}
	return &rf, nil
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

// Set records r, replacing an earlier decision on the same finding, and
// keeps the reviews sorted by finding id.
func (rf *ReviewFile) Set(r Review) {
	i := slices.IndexFunc(rf.Reviews, func(x Review) bool { return x.Finding == r.Finding })
	if i >= 0 {
		rf.Reviews[i] = r
	} else {
		rf.Reviews = append(rf.Reviews, r)
	}
	slices.SortFunc(rf.Reviews, func(a, b Review) int { return strings.Compare(a.Finding, b.Finding) })
}

// Map returns the reviews by finding id.
func (rf *ReviewFile) Map() map[string]Review {
	m := make(map[string]Review, len(rf.Reviews))
	for _, r := range rf.Reviews {
		m[r.Finding] = r
	}
	return m
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
// removed and path is left as it was.
func WriteAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
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
