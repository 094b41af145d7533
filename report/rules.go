package report

import (
	"strings"

	"github.com/claimcheck/claimcheck/compare"
)

// Severity is how serious a rule's findings are. It is mapped to each
// format's own levels in one place: SARIF levels by sarifLevel, GitHub
// workflow commands by githubCommand.
type Severity uint8

// Severities, from the least serious to the most.
const (
	// SeverityWarning: the sources differ in a way a reader should know
	// of, but no source need be wrong (framing).
	SeverityWarning Severity = iota + 1
	// SeverityError: the sources contradict each other; at least one of
	// them is wrong, or they speak of different things.
	SeverityError
)

// String returns the severity's name: "warning" or "error".
func (s Severity) String() string {
	switch s {
	case SeverityWarning:
		return "warning"
	case SeverityError:
		return "error"
	}
	return "none"
}

// Rule is what the machine-readable formats (SARIF, GitHub annotations,
// ClaimReview) say about one flagged verdict: its documentation and its
// default severity. There is one rule per verdict for which
// Verdict.Flagged is true; the other verdicts are not problems and have
// no rule.
type Rule struct {
	Verdict compare.Verdict
	// Name is a readable identifier, in the style SARIF recommends
	// ("NumberMismatch").
	Name string
	// Short is one sentence, for a single line.
	Short string
	// Full says what the rule detects and how, in a short paragraph.
	Full string
	// Help is the rule's documentation in Markdown: what the finding
	// means and what a reviewer does about it. It reads well as plain
	// text too (see HelpText).
	Help string
	// Rating is the verdict in words for a published fact check
	// (ClaimReview reviewRating.alternateName).
	Rating string
	// Severity is the rule's default level.
	Severity Severity
}

// ID is the rule's stable identifier: the verdict's name
// ("number_mismatch"), as in the JSON report.
func (r Rule) ID() string { return r.Verdict.String() }

// HelpText is Help without its Markdown emphasis and code marks.
func (r Rule) HelpText() string {
	return strings.NewReplacer("`", "", "**", "").Replace(r.Help)
}

// reviewHelp ends every rule's help: how a decision is recorded.
const reviewHelp = "\n\nRecord the decision so that the finding is not raised again: " +
	"`claimcheck review accept ID --note \"why\"` when the discrepancy is real and known, " +
	"`claimcheck review dismiss ID --note \"why\"` when it is not a discrepancy " +
	"(the tool misread the text). The ID is the finding's fingerprint, " +
	"shown in every report and in SARIF as partialFingerprints \"claimcheck/v1\". " +
	"Reviewed findings are shown as suppressed in SARIF and are not annotated on GitHub."

// rules is the rule table, in report order (most serious first).
//
// Levels: number_mismatch and date_mismatch are errors, because two
// sources that give incompatible figures or dates for the same fact
// cannot both be right (or the tool matched two different facts, which a
// reviewer should also see); framing_differs is a warning, because the
// values agree and only the loaded words differ, which is a matter of
// perspective, not of fact.
var rules = []Rule{
	{
		Verdict:  compare.NumberMismatch,
		Name:     "NumberMismatch",
		Short:    "Sources give incompatible figures for the same fact.",
		Full:     "Two or more documents state a count for the same fact (the same measure of the same group in the same event) whose values cannot all be true, even allowing for their qualifiers (\"about\", \"more than\") and for rounding.",
		Help:     "**Incompatible figures.** The documents give counts for the same fact (for example deaths in the same war) that cannot all be true: the message names the values, the documents and how far apart they are, and the related locations point at every quote.\n\nCheck the quoted sentences: do they speak of the same event, the same group and the same period? If so, find the primary source of each figure; when a figure is attributed (\"according to Baku\"), the discrepancy may be a contested figure rather than an error." + reviewHelp,
		Rating:   "Conflicts with other sources",
		Severity: SeverityError,
	},
	{
		Verdict:  compare.DateMismatch,
		Name:     "DateMismatch",
		Short:    "Sources place the same event at incompatible times.",
		Full:     "Two or more documents date the same event (or give its duration) with values that do not overlap, so that they cannot all be true.",
		Help:     "**Incompatible dates.** The documents place the same event at times that do not overlap, or give it durations that cannot both hold: the message names the values and the documents, and the related locations point at every quote.\n\nCheck the quoted sentences: is it the same event? A recurring event (two meetings, two wars) is two events. If it is the same, find which date the primary sources give." + reviewHelp,
		Rating:   "Date conflicts with other sources",
		Severity: SeverityError,
	},
	{
		Verdict:  compare.FramingDiffers,
		Name:     "FramingDiffers",
		Short:    "Sources describe the same fact in differently loaded words.",
		Full:     "The documents agree on the values of a fact but describe it with loaded words of the same frame and different tones (\"liberated\" and \"captured\", \"occupied\" and \"controlled\").",
		Help:     "**Same fact, different words.** The documents agree on what happened and when, but use words that take sides differently: the message lists, frame by frame, which document uses which word, and the related locations point at every quote.\n\nNo source need be wrong: decide whether the wording matters for your readers, and quote it with its source when it does." + reviewHelp,
		Rating:   "Framed differently",
		Severity: SeverityWarning,
	},
}

// Rules returns the rule of every flagged verdict, in report order.
func Rules() []Rule {
	return append([]Rule(nil), rules...)
}

// RuleFor returns the rule of verdict v; ok is false when v is not
// flagged.
func RuleFor(v compare.Verdict) (r Rule, ok bool) {
	for _, r := range rules {
		if r.Verdict == v {
			return r, true
		}
	}
	return Rule{}, false
}

// ruleIndex is the index of v's rule in rules, or -1.
func ruleIndex(v compare.Verdict) int {
	for i, r := range rules {
		if r.Verdict == v {
			return i
		}
	}
	return -1
}
