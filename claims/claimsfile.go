package claims

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/claimcheck/claimcheck/claims/load"
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
	}
	if c.Framing == nil {
		c.Framing = []FramingWord{}
	}
	if c.Subject.Entities == nil {
		c.Subject.Entities = []string{}
	}
	return ""
}
