package report

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/compare"
)

// Baseline is the findings a corpus had when a team adopted the check
// (`check --write-baseline`): `check --new-only` fails only on findings
// that are not in it, so that a corpus with many old discrepancies can
// be checked for new ones from the first day. It is written as
//
//	{"version": 1, "findings": [{"id": "94d6a8137565", "verdict": "framing_differs",
//	  "fact": "control of Nagorno-Karabakh passes from Armenia to Azerbaijan in 2020"}]}
type Baseline struct {
	Version  int             `json:"version"`
	Findings []BaselineEntry `json:"findings"`
}

// BaselineEntry is one finding of a baseline: its id, and its verdict
// and fact for the people who read the file.
type BaselineEntry struct {
	ID      string          `json:"id"`
	Verdict compare.Verdict `json:"verdict"`
	Fact    string          `json:"fact"`
}

// DefaultBaselineFile is the baseline's name at the corpus root.
const DefaultBaselineFile = "claimcheck-baseline.json"

// NewBaseline is the baseline of the findings for which fail reports
// true (nil: the flagged verdicts), sorted by id.
func NewBaseline(findings []compare.Finding, fail func(compare.Verdict) bool) *Baseline {
	if fail == nil {
		fail = compare.Verdict.Flagged
	}
	b := &Baseline{Version: 1, Findings: []BaselineEntry{}}
	for _, f := range findings {
		if fail(f.Verdict) {
			b.Findings = append(b.Findings, BaselineEntry{ID: f.ID, Verdict: f.Verdict, Fact: f.Fact})
		}
	}
	slices.SortFunc(b.Findings, func(x, y BaselineEntry) int { return strings.Compare(x.ID, y.ID) })
	return b
}

// LoadBaseline reads a baseline file. A file that does not exist is an
// error that says how to write one.
func LoadBaseline(path string) (*Baseline, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no baseline %s: write one with claimcheck check --write-baseline", path)
	}
	if err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: the baseline is not a regular file", path)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxReviewFile+1))
	if err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	if len(data) > maxReviewFile {
		return nil, fmt.Errorf("%s: the baseline is over %d MiB: is it the right file?", path, maxReviewFile>>20)
	}
	var b Baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("%s: not a baseline: %v (write it again with claimcheck check --write-baseline)", path, err)
	}
	for i, e := range b.Findings {
		if e.ID == "" {
			return nil, fmt.Errorf("%s: finding %d has no id", path, i+1)
		}
	}
	return &b, nil
}

// Save writes the baseline atomically.
func (b *Baseline) Save(path string) error {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return WriteFileAtomic(path, append(data, '\n'))
}

// Holds reports whether the baseline lists finding id.
func (b *Baseline) Holds(id string) bool {
	_, ok := slices.BinarySearchFunc(b.Findings, id, func(e BaselineEntry, id string) int { return strings.Compare(e.ID, id) })
	if !ok { // a file sorted by hand otherwise
		return slices.ContainsFunc(b.Findings, func(e BaselineEntry) bool { return e.ID == id })
	}
	return true
}

// Apply moves the unreviewed findings that b holds to t.Baselined: a
// check with --new-only fails only on what is left in t.Unreviewed.
func (t *Triage) Apply(b *Baseline) {
	kept := t.Unreviewed[:0:0]
	for _, f := range t.Unreviewed {
		if b.Holds(f.ID) {
			t.Baselined = append(t.Baselined, f)
		} else {
			kept = append(kept, f)
		}
	}
	t.Unreviewed = kept
}
