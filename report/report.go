// Package report renders the findings of a comparison for people and for
// machines: one renderer per format behind one interface.
package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/claimcheck/claimcheck/compare"
)

// Version is the version of the JSON report schema. Later versions add
// fields; they never rename or remove one.
const Version = 1

// Report is everything a renderer shows: the documents read, the inputs
// skipped, the warnings about inputs read and the findings.
type Report struct {
	Version   int              `json:"version"`
	Documents []claims.DocInfo `json:"documents"`
	Skipped   []load.Skipped   `json:"skipped"`
	// Warnings are the problems of inputs that were read all the same
	// (front matter read line by line, a publication date in no known
	// form), in input order. New leaves it nil; the caller sets it, from
	// claims.Corpus.Warnings. Renderers show it only when it is not
	// empty, so that a report without warnings is as it always was.
	Warnings []load.Warning    `json:"warnings,omitempty"`
	Findings []compare.Finding `json:"findings"`
	// Reviews are the reviewers' decisions on findings, by finding id;
	// renderers show a reviewed finding as such (SARIF: a suppression).
	Reviews map[string]Review `json:"-"`

	paths map[string]string // document id → path, built by New
}

// Path returns the file of document id, or id itself when unknown.
func (r *Report) Path(id string) string {
	if r.paths != nil {
		if p, ok := r.paths[id]; ok {
			return p
		}
		return id
	}
	for _, d := range r.Documents { // a Report built without New
		if d.ID == id {
			return d.Path
		}
	}
	return id
}

// New builds the report of the documents read, the inputs skipped and the
// findings that package compare gave for their claims. It keeps the
// findings in the order given and never compares, sorts or filters them:
// the caller runs the comparison. Nil slices become empty ones, so that
// the JSON report lists them as [].
func New(docs []claims.DocInfo, skipped []load.Skipped, findings []compare.Finding) *Report {
	r := &Report{Version: Version, Documents: docs, Skipped: skipped, Findings: findings,
		paths: make(map[string]string, len(docs))}
	for _, d := range docs {
		r.paths[d.ID] = d.Path
	}
	if r.Documents == nil {
		r.Documents = []claims.DocInfo{}
	}
	if r.Skipped == nil {
		r.Skipped = []load.Skipped{}
	}
	if r.Findings == nil {
		r.Findings = []compare.Finding{}
	}
	return r
}

// Options tune how a report is rendered. The zero value renders a
// report plainly and writes nothing but the renderer's output.
type Options struct {
	// Color turns on terminal colours in the text format.
	Color bool
	// StepSummary, when not empty, is the file of a GitHub Actions step
	// summary, as the runner names it in $GITHUB_STEP_SUMMARY: the github
	// format appends the Markdown report to it. Renderers never read the
	// environment themselves; the command sets this field. Other formats
	// ignore it.
	StepSummary string
	// ClaimReviewAuthor names the organization that publishes the fact
	// checks: the author of every ClaimReview. When it is empty, each
	// ClaimReview's author is the reviewer who accepted the finding
	// (Review.By), as a Person. Other formats ignore it.
	ClaimReviewAuthor string
	// ClaimReviewAuthorURL is the URL of ClaimReviewAuthor, its url in
	// ClaimReview; ignored when ClaimReviewAuthor is empty.
	ClaimReviewAuthorURL string
	// ClaimReviewURL is the URL of the page that publishes the
	// ClaimReview objects, their url. When it is empty, each ClaimReview's
	// url is that of the document its claim first appeared in, if known.
	ClaimReviewURL string
}

// Renderer writes a report in one format.
type Renderer interface {
	Render(w io.Writer, r *Report, opt Options) error
}

// Format is a named output format and its renderer.
type Format struct {
	Name     string
	Help     string
	Renderer Renderer
}

// Formats lists every output format, in the order help shows them.
var Formats = []Format{
	{"text", "a readable report grouped by verdict, most serious first", Text{}},
	{"json", "the findings as one JSON document (schema/report.schema.json)", JSON{}},
	{"markdown", "Markdown for a pull-request comment or wiki: summary tables, discrepancies in full with word diffs", Markdown{}},
	{"html", "one self-contained HTML page: summary, discrepancies side by side with word diffs, quotes linked to their documents", HTML{}},
	{"sarif", "the flagged findings as a SARIF 2.1.0 log, for code scanning (reviewed findings are suppressed)", SARIF{}},
	{"github", "GitHub Actions annotations of the flagged findings (10 per level), plus the Markdown report in the step summary", GitHub{}},
	{"claimreview", "schema.org ClaimReview JSON-LD, one per accepted finding, for fact-checkers who publish", ClaimReview{}},
}

// Lookup returns the format named name.
func Lookup(name string) (Format, error) {
	for _, f := range Formats {
		if f.Name == name {
			return f, nil
		}
	}
	return Format{}, fmt.Errorf("unknown format %q: want one of %s", name, FormatNames())
}

// FormatNames lists the format names, comma separated.
func FormatNames() string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = f.Name
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}
