package claims

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"

	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/claimcheck/claimcheck/claims/norm"
)

// ReadClaims reads a claims file: one claim a line, as `claimcheck
// extract` writes them, or as a curated dataset written by hand. Blank
// lines and mention lines (`extract --all`) are skipped. A line that is
// not a claim is reported as a Skipped with its line number, and the
// other lines are still read.
func ReadClaims(path string, data []byte) ([]Claim, []load.Skipped) {
	var cs []Claim
	var bad []load.Skipped
	for n, line := range bytes.Split(data, []byte{'\n'}) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		var probe struct {
			Mention *string `json:"mention"`
		}
		if err := json.Unmarshal(line, &probe); err == nil && probe.Mention != nil {
			continue
		}
		var c Claim
		if err := json.Unmarshal(line, &c); err != nil {
			bad = append(bad, load.Skipped{Path: path, Line: n + 1, Err: "not a claim: " + err.Error()})
			continue
		}
		if msg := checkClaim(&c); msg != "" {
			bad = append(bad, load.Skipped{Path: path, Line: n + 1, Err: msg})
			continue
		}
		cs = append(cs, c)
	}
	return cs, bad
}

// checkClaim says what a claim read from a file lacks, or "".
func checkClaim(c *Claim) string {
	switch {
	case c.Doc == "":
		return `claim has no "doc": name the document it comes from`
	case c.Kind == 0:
		return `claim has no "kind"`
	case c.Value.Quantity == nil && c.Value.Time == nil && c.Value.Duration == nil &&
		c.Kind.Info().Value != ChangeValue && c.Kind.Info().Value != WordsValue:
		return fmt.Sprintf(`%s claim has no "value"`, c.Kind)
	case c.Kind == Control && c.Control == nil:
		return `control claim has no "control": give territory, from and to`
	case c.Line < 1:
		return fmt.Sprintf(`claim's "line" is %d: give the 1-based line its sentence starts on`, c.Line)
	case c.Start < 0 || c.End < c.Start:
		return fmt.Sprintf(`claim's sentence runs from byte %d to %d: want 0 <= start <= end`, c.Start, c.End)
	case c.QuoteStart < 0 || c.QuoteEnd < c.QuoteStart:
		return fmt.Sprintf(`claim's quote runs from byte %d to %d: want 0 <= quote_start <= quote_end`, c.QuoteStart, c.QuoteEnd)
	case c.QuoteLine < 0 || c.QuoteColumn < 0:
		return `claim's "quote_line" or "quote_column" is negative: give 0 when unknown`
	}
	if msg := checkValue(&c.Value); msg != "" {
		return "claim's value " + msg
	}
	if c.Framing == nil {
		c.Framing = []FramingWord{}
	}
	if c.Subject.Entities == nil {
		c.Subject.Entities = []string{}
	}
	return ""
}

// checkValue says what is impossible in a value read from a file, or "".
func checkValue(v *norm.Value) string {
	if q := v.Quantity; q != nil {
		for ; q != nil; q = q.Whole {
			switch {
			case math.IsNaN(q.Low) || math.IsNaN(q.High) || math.IsNaN(q.Stated):
				return "is not a number"
			case q.Low > q.High:
				return fmt.Sprintf("has its low %g above its high %g", q.Low, q.High)
			}
		}
	}
	if t := v.Time; t != nil {
		for _, d := range []norm.Date{t.Start, t.End} {
			if d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Day > 31 || d.Year < 0 || d.Day > 0 && d.Month == 0 {
				return fmt.Sprintf("has the date %s, which is no day of the calendar", d)
			}
		}
		if !t.End.IsZero() && t.Start.Year > 0 && t.End.Year > 0 && dateBefore(t.End, t.Start) {
			return fmt.Sprintf("ends on %s, before it starts on %s", t.End, t.Start)
		}
	}
	if d := v.Duration; d != nil {
		switch {
		case math.IsNaN(d.MinDays) || math.IsNaN(d.MaxDays):
			return "is not a number of days"
		case d.MinDays < 0:
			return fmt.Sprintf("lasts %g days: want 0 or more", d.MinDays)
		case d.MaxDays < d.MinDays:
			return fmt.Sprintf("lasts at most %g days, less than its least %g", d.MaxDays, d.MinDays)
		}
	}
	return ""
}

// dateBefore reports whether a is a day before b, comparing year, month
// and day in turn (a month or day of 0, unknown, compares as the
// earliest).
func dateBefore(a, b norm.Date) bool {
	if a.Year != b.Year {
		return a.Year < b.Year
	}
	if a.Month != b.Month {
		return a.Month < b.Month
	}
	return a.Day < b.Day
}
