package serve

import (
	"errors"
	"io/fs"
	"os"
	"sync"

	"github.com/claimcheck/claimcheck/report"
)

// reviewState is the review file as last read, with its lookups.
type reviewState struct {
	file *report.ReviewFile
	// current is the decision on each finding, rev its revision
	// (report.ReviewFile.Revision).
	current map[string]report.Review
	rev     map[string]int
}

// review returns the current decision on finding id, nil when none.
func (st *reviewState) review(id string) *report.Review {
	if rv, ok := st.current[id]; ok {
		return &rv
	}
	return nil
}

// reviewCache reads the review file again only when it changed on disk:
// another file in its place (each write renames a new one over it), or
// another size or time.
type reviewCache struct {
	path string
	mu   sync.Mutex
	st   *reviewState
	info fs.FileInfo // nil when the file did not exist
}

// load returns the review file's state. Callers must not change it: it
// is shared by every request until the file changes.
func (c *reviewCache) load() (*reviewState, error) {
	info, err := os.Stat(c.path)
	if errors.Is(err, fs.ErrNotExist) {
		info, err = nil, nil
	}
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.st != nil && sameFile(c.info, info) {
		return c.st, nil
	}
	rf, err := report.LoadReviews(c.path)
	if err != nil {
		return nil, err
	}
	c.st, c.info = newReviewState(rf), info
	return c.st, nil
}

// forget drops the state read, so that the next load reads the file.
func (c *reviewCache) forget() {
	c.mu.Lock()
	c.st = nil
	c.mu.Unlock()
}

func sameFile(a, b fs.FileInfo) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return os.SameFile(a, b) && a.Size() == b.Size() && a.ModTime().Equal(b.ModTime())
}

// newReviewState indexes rf. The revision of a finding counts its
// history entries, or its review alone in a file written before history
// was kept, as report.ReviewFile.Revision does.
func newReviewState(rf *report.ReviewFile) *reviewState {
	st := &reviewState{file: rf, current: rf.Map(), rev: map[string]int{}}
	for _, r := range rf.History {
		st.rev[r.Finding]++
	}
	for _, r := range rf.Reviews {
		if st.rev[r.Finding] == 0 {
			st.rev[r.Finding] = 1
		}
	}
	return st
}
