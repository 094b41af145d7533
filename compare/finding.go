// Package compare lines up the claims of different documents that speak of
// the same fact and judges whether they agree, differ in numbers or dates,
// or describe the same fact in different words.
package compare

import (
	"fmt"
	"strconv"

	"github.com/claimcheck/claimcheck/claims"
)

// Verdict is the judgement on one fact.
type Verdict uint8

// Verdicts, from the most serious to the least. The order is the order of
// reports.
const (
	NumberMismatch Verdict = iota + 1 // incompatible figures for the same fact
	DateMismatch                      // the same event placed at incompatible times
	FramingDiffers                    // same event, different loaded words
	Updated                           // a figure that grew as later documents reported it
	Agree                             // compatible values from several documents
	SingleSource                      // one document states it
)

var verdictNames = [...]string{
	NumberMismatch: "number_mismatch",
	DateMismatch:   "date_mismatch",
	FramingDiffers: "framing_differs",
	Updated:        "updated",
	Agree:          "agree",
	SingleSource:   "single_source",
}

// Verdicts lists every verdict in report order.
func Verdicts() []Verdict {
	return []Verdict{NumberMismatch, DateMismatch, FramingDiffers, Updated, Agree, SingleSource}
}

// ParseVerdict returns the verdict named s ("agree", "number_mismatch", ...).
func ParseVerdict(s string) (Verdict, error) {
	for i, n := range verdictNames {
		if i > 0 && n == s {
			return Verdict(i), nil
		}
	}
	return 0, fmt.Errorf("unknown verdict %q", s)
}

// String returns the verdict's name as written in JSON.
func (v Verdict) String() string {
	if v > 0 && int(v) < len(verdictNames) {
		return verdictNames[v]
	}
	return "Verdict(" + strconv.Itoa(int(v)) + ")"
}

// Flagged reports whether the verdict is a discrepancy a fact-checker
// should review.
func (v Verdict) Flagged() bool {
	return v == NumberMismatch || v == DateMismatch || v == FramingDiffers
}

// MarshalText encodes the verdict as its name.
func (v Verdict) MarshalText() ([]byte, error) { return []byte(v.String()), nil }

// UnmarshalText decodes a verdict name.
func (v *Verdict) UnmarshalText(b []byte) error {
	x, err := ParseVerdict(string(b))
	if err != nil {
		return err
	}
	*v = x
	return nil
}

// Finding is the verdict on one fact, with the claims it rests on.
type Finding struct {
	// ID is a fingerprint of the fact and of what its claims say: stable
	// across runs, unchanged by edits elsewhere in the documents (it does
	// not depend on lines or offsets), changed when a claim's value or
	// framing changes.
	ID      string      `json:"id"`
	Verdict Verdict     `json:"verdict"`
	Kind    claims.Kind `json:"kind"`
	// Fact names the fact for people: "deaths (people) in the war of 2020".
	Fact string `json:"fact"`
	// Summary says in one sentence why the verdict was given: the rule
	// that fired and the normalized values.
	Summary string `json:"summary"`
	// Confidence, from 0 to 1, is how sure the tool is of the grouping and
	// the verdict.
	Confidence float64 `json:"confidence"`
	// Contested names the parties when the two sides of a mismatch are
	// each reported from one party ("Armenia vs Azerbaijan").
	Contested string `json:"contested,omitempty"`
	// Difference gives, for a number mismatch, how far apart the two
	// nearest readings of the two sides are.
	Difference *Difference `json:"difference,omitempty"`
	// Sides splits the claims of a mismatch into groups that agree among
	// themselves, as indexes into Claims.
	Sides [][]int `json:"sides,omitempty"`
	// Diff sets side by side, word by word, two sentences of a
	// framing_differs finding whose loaded words differ.
	Diff *WordDiff `json:"diff,omitempty"`
	// Series orders the claims of a running count by the day they were
	// counted, as indexes into Claims, the undated last: the figures a
	// chart of the count draws.
	Series []int          `json:"series,omitempty"`
	Claims []claims.Claim `json:"claims"`
}

// Difference is how far apart two figures are.
type Difference struct {
	Absolute float64 `json:"absolute"`
	// Relative is Absolute divided by the smaller figure.
	Relative float64 `json:"relative"`
}
