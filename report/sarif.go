package report

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"runtime/debug"
	"strings"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
)

// SARIF renders the flagged findings as a SARIF 2.1.0 log, for code
// scanning hosts and SARIF viewers. The log has one run whose driver is
// claimcheck, with the rules of Rules as rules[], and one result per
// flagged finding (agree, updated and single_source findings are not
// problems and are left out):
//
//   - ruleId is the verdict, level the rule's severity (error for
//     number_mismatch and date_mismatch, warning for framing_differs);
//   - the location is the quote of the finding's first claim (file, line,
//     column in Unicode code points, and the quote as snippet, with its
//     sentence as context region when its column is known); the other
//     claims are related locations, each with its own message;
//   - partialFingerprints["claimcheck/v1"] is the finding's id, which
//     stays the same across runs while the claims say the same thing;
//   - a finding a reviewer has decided on carries an external
//     suppression (see sarifSuppression).
//
// Inputs that could not be read are tool execution notifications of the
// run's invocation, at level warning; warnings about inputs that were
// read (load.Warning) follow them at level note. The output is deterministic: no timestamps, no
// machine names, findings in report order.
type SARIF struct {
	// ToolVersion is written as the driver's version. When empty, the
	// module version from the build information is used, if the binary
	// was built from a tagged module; otherwise no version is written.
	ToolVersion string
}

// sarifSchemaURI is the published schema of SARIF 2.1.0 (errata 01); a
// copy is testdata/schema/sarif-2.1.0.json.
const sarifSchemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// sarifFingerprint is the key of the finding id in partialFingerprints;
// its version changes if the way ids are computed ever changes.
const sarifFingerprint = "claimcheck/v1"

// The types below are the part of the SARIF 2.1.0 object model that
// claimcheck writes, named after the schema's definitions; fields are in
// the schema's order and omitted when empty.

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations,omitempty"`
	// Results is never omitted: an empty array says the scan ran and
	// found nothing.
	Results    []sarifResult `json:"results"`
	ColumnKind string        `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifToolComponent `json:"driver"`
}

type sarifToolComponent struct {
	Name           string                     `json:"name"`
	Version        string                     `json:"version,omitempty"`
	InformationURI string                     `json:"informationUri,omitempty"`
	Rules          []sarifReportingDescriptor `json:"rules"`
}

type sarifReportingDescriptor struct {
	ID                   string                      `json:"id"`
	Name                 string                      `json:"name"`
	ShortDescription     sarifMultiformatMessage     `json:"shortDescription"`
	FullDescription      sarifMultiformatMessage     `json:"fullDescription"`
	DefaultConfiguration sarifReportingConfiguration `json:"defaultConfiguration"`
	Help                 sarifMultiformatMessage     `json:"help"`
}

type sarifMultiformatMessage struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifReportingConfiguration struct {
	Level string `json:"level"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Locations []sarifLocation `json:"locations,omitempty"`
	Message   sarifMessage    `json:"message"`
	Level     string          `json:"level"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           int                `json:"ruleIndex"`
	Level               string             `json:"level"`
	Message             sarifMessage       `json:"message"`
	Locations           []sarifLocation    `json:"locations"`
	PartialFingerprints map[string]string  `json:"partialFingerprints"`
	RelatedLocations    []sarifLocation    `json:"relatedLocations,omitempty"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	Properties          *sarifResultProps  `json:"properties,omitempty"`
}

// sarifResultProps is the property bag of a result: what the finding says
// beyond the message.
type sarifResultProps struct {
	Kind       claims.Kind `json:"kind"`
	Fact       string      `json:"fact"`
	Confidence float64     `json:"confidence"`
	Contested  string      `json:"contested,omitempty"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifLocation struct {
	// ID is 0 for a result's own location (where it is omitted) and
	// 1, 2, ... for related locations.
	ID               int                    `json:"id,omitempty"`
	PhysicalLocation *sarifPhysicalLocation `json:"physicalLocation,omitempty"`
	Message          *sarifMessage          `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
	ContextRegion    *sarifRegion          `json:"contextRegion,omitempty"`
}

type sarifArtifactLocation struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int                `json:"startLine"`
	StartColumn int                `json:"startColumn,omitempty"`
	EndLine     int                `json:"endLine,omitempty"`
	EndColumn   int                `json:"endColumn,omitempty"`
	Snippet     *sarifArtifactText `json:"snippet,omitempty"`
}

type sarifArtifactText struct {
	Text string `json:"text"`
}

// sarifSuppression records a reviewer's decision. Both decisions are
// suppressions, because both mean that nobody needs to look at the
// finding again: accepted means the discrepancy is real and known,
// dismissed that it is not a discrepancy at all. Its status is
// "accepted" in both cases (the suppression, not the finding, is what is
// accepted); the decision itself, the reviewer and the time are in the
// property bag, and the reviewer's note is the justification.
type sarifSuppression struct {
	Kind          string                `json:"kind"`
	Status        string                `json:"status"`
	Justification string                `json:"justification,omitempty"`
	Properties    sarifSuppressionProps `json:"properties"`
}

type sarifSuppressionProps struct {
	Decision Decision `json:"decision"`
	By       string   `json:"by,omitempty"`
	At       string   `json:"at,omitempty"`
}

// sarifLevel maps a severity to a SARIF level.
func sarifLevel(s Severity) string {
	switch s {
	case SeverityError:
		return "error"
	case SeverityWarning:
		return "warning"
	}
	return "note"
}

// Render writes r as a SARIF log, indented, followed by a newline.
func (s SARIF) Render(w io.Writer, r *Report, _ Options) error {
	b, err := marshalIndent(s.log(r))
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// marshalIndent encodes v with two-space indentation, without escaping
// <, > and & (quotes from articles stay readable), ending with a newline.
func marshalIndent(v any) ([]byte, error) {
	var buf strings.Builder
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return []byte(buf.String()), nil
}

func (s SARIF) log(r *Report) *sarifLog {
	driver := sarifToolComponent{Name: "claimcheck", Version: s.version()}
	for _, rule := range rules {
		driver.Rules = append(driver.Rules, sarifReportingDescriptor{
			ID:                   rule.ID(),
			Name:                 rule.Name,
			ShortDescription:     sarifMultiformatMessage{Text: rule.Short},
			FullDescription:      sarifMultiformatMessage{Text: rule.Full},
			DefaultConfiguration: sarifReportingConfiguration{Level: sarifLevel(rule.Severity)},
			Help:                 sarifMultiformatMessage{Text: rule.HelpText(), Markdown: rule.Help},
		})
	}
	run := sarifRun{Tool: sarifTool{Driver: driver}, Results: []sarifResult{}, ColumnKind: "unicodeCodePoints"}

	if len(r.Skipped)+len(r.Warnings) > 0 {
		// Skipped inputs are warnings (a document was lost), warnings
		// about inputs read are notes.
		inv := sarifInvocation{ExecutionSuccessful: true}
		notify := func(level, path string, line int, text string) {
			n := sarifNotification{Message: sarifMessage{Text: text}, Level: level}
			if path != "" {
				pl := &sarifPhysicalLocation{ArtifactLocation: sarifArtifactLocation{URI: docURI(path)}}
				if line > 0 {
					pl.Region = &sarifRegion{StartLine: line}
				}
				n.Locations = []sarifLocation{{PhysicalLocation: pl}}
			}
			inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
		}
		for _, sk := range r.Skipped {
			notify("warning", sk.Path, sk.Line, sk.Error())
		}
		for _, w := range r.Warnings {
			notify("note", w.Path, w.Line, w.String())
		}
		run.Invocations = []sarifInvocation{inv}
	}

	for i := range r.Findings {
		f := &r.Findings[i]
		rule, ok := RuleFor(f.Verdict)
		if !ok || len(f.Claims) == 0 {
			continue
		}
		res := sarifResult{
			RuleID:              rule.ID(),
			RuleIndex:           ruleIndex(f.Verdict),
			Level:               sarifLevel(rule.Severity),
			Message:             sarifMessage{Text: f.Fact + " — " + f.Summary},
			Locations:           []sarifLocation{{PhysicalLocation: claimLocation(r, &f.Claims[0])}},
			PartialFingerprints: map[string]string{sarifFingerprint: f.ID},
			Properties:          &sarifResultProps{Kind: f.Kind, Fact: f.Fact, Confidence: f.Confidence, Contested: f.Contested},
		}
		for j := 1; j < len(f.Claims); j++ {
			c := &f.Claims[j]
			res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
				ID:               j,
				PhysicalLocation: claimLocation(r, c),
				Message:          &sarifMessage{Text: claimSays(r, c)},
			})
		}
		if rv, ok := r.Reviews[f.ID]; ok {
			res.Suppressions = []sarifSuppression{{
				Kind:          "external",
				Status:        "accepted",
				Justification: rv.Note,
				Properties:    sarifSuppressionProps{Decision: rv.Decision, By: rv.By, At: rv.At},
			}}
		}
		run.Results = append(run.Results, res)
	}
	return &sarifLog{Schema: sarifSchemaURI, Version: "2.1.0", Runs: []sarifRun{run}}
}

// version is the driver's version: ToolVersion, or the module's tagged
// version, or "".
func (s SARIF) version() string {
	if s.ToolVersion != "" {
		return s.ToolVersion
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return ""
}

// claimSays describes a claim for a related location: its document, the
// quoted words and, when the claim is reported from a party, whose it is.
func claimSays(r *Report, c *claims.Claim) string {
	s := fmt.Sprintf("%s: %q", docPath(r, c.Doc), c.Quote)
	if c.Attribution != "" {
		s += " (according to " + c.Attribution + ")"
	}
	return s
}

// claimLocation places a claim's quote: its file, and the region from
// the quote's first character (line, and column in code points) to the
// character after its last, with the quote as snippet. When the quote's
// column on its line tells where the sentence starts (the sentence does
// not break a line before the quote), the sentence is the context region.
// A claim without a line (a hand-written claims file) gets the file alone.
func claimLocation(r *Report, c *claims.Claim) *sarifPhysicalLocation {
	pl := &sarifPhysicalLocation{ArtifactLocation: sarifArtifactLocation{URI: docURI(r.Path(c.Doc))}}
	if c.QuoteLine < 1 {
		return pl
	}
	reg := &sarifRegion{StartLine: c.QuoteLine}
	if c.Quote != "" {
		reg.Snippet = &sarifArtifactText{Text: c.Quote}
	}
	pl.Region = reg
	if c.QuoteColumn < 1 {
		return pl
	}
	reg.StartColumn = c.QuoteColumn
	if c.Quote != "" {
		reg.EndLine, reg.EndColumn = endOf(c.QuoteLine, c.QuoteColumn, c.Quote)
	}
	// The sentence's own column follows from the quote's when both
	// start on one line and the offsets agree with the texts.
	k := c.QuoteStart - c.Start
	if c.Line != c.QuoteLine || k < 0 || k > len(c.Text) || !strings.HasPrefix(c.Text[k:], c.Quote) {
		return pl
	}
	prefix := c.Text[:k]
	if strings.Contains(prefix, "\n") {
		return pl
	}
	col := c.QuoteColumn - utf8.RuneCountInString(prefix)
	if col < 1 {
		return pl
	}
	ctx := &sarifRegion{StartLine: c.Line, StartColumn: col, Snippet: &sarifArtifactText{Text: c.Text}}
	ctx.EndLine, ctx.EndColumn = endOf(c.Line, col, c.Text)
	pl.ContextRegion = ctx
	return pl
}

// endOf returns the line and the column (in code points) just past the
// last character of text that starts at line, col.
func endOf(line, col int, text string) (int, int) {
	if i := strings.LastIndexByte(text, '\n'); i >= 0 {
		return line + strings.Count(text, "\n"), utf8.RuneCountInString(text[i+1:]) + 1
	}
	return line, col + utf8.RuneCountInString(text)
}

// docPath is the path of document id with forward slashes, as people and
// hosts such as GitHub write it.
func docPath(r *Report, id string) string {
	return filepath.ToSlash(r.Path(id))
}

// docURI turns a file path into a URI reference: a relative path becomes
// a relative reference with forward slashes (so that a viewer resolves it
// against the folder claimcheck ran in), an absolute path a file: URI.
// Characters that URIs do not allow (spaces, "%", "#", "?", non-ASCII)
// are percent-encoded.
func docURI(path string) string {
	p := filepath.ToSlash(path)
	if filepath.IsAbs(path) {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // C:/x → /C:/x
		}
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: p}).String()
}
