package report

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/compare"
)

// GitHub renders the flagged findings as GitHub Actions workflow
// commands, which the host shows as annotations on the files of a pull
// request: one command a finding, at the quote of its first claim,
//
//	::error file=PATH,line=N,endLine=N,col=C,endColumn=C,title=TITLE::MESSAGE
//
// ::error for number_mismatch and date_mismatch, ::warning for
// framing_differs (the rules' severities), in report order, so the most
// serious come first. GitHub shows only about ten annotations of each
// level per step, so at most ten of each are written; a plain line then
// says how many more there are and where to read them. Findings a
// reviewer has decided on are known and not annotated; a plain line
// counts them.
//
// When Options.StepSummary names a file (the step summary of a GitHub
// Actions step), Render also appends the full Markdown report to it,
// which the host shows on the run's summary page (see stepSummary).
// The file is opened for appending, created when missing, and written
// in one write once the whole summary is built; earlier steps' content
// is kept.
type GitHub struct{}

// githubMaxPerLevel is how many annotations of one level are written.
const githubMaxPerLevel = 10

// githubMaxSummary is the largest step summary GitHub accepts (1 MiB);
// a larger one is not shown at all.
const githubMaxSummary = 1 << 20

// githubCommand maps a severity to a workflow command.
func githubCommand(s Severity) string {
	if s == SeverityError {
		return "error"
	}
	return "warning"
}

// Render writes r as workflow commands and, when opt.StepSummary is set,
// appends the Markdown report to that file.
func (GitHub) Render(w io.Writer, r *Report, opt Options) error {
	bw := bufio.NewWriter(w)
	shown := map[Severity]int{}
	hidden := map[Severity]int{}
	reviewed := 0
	for i := range r.Findings {
		f := &r.Findings[i]
		rule, ok := RuleFor(f.Verdict)
		if !ok || len(f.Claims) == 0 {
			continue
		}
		if _, ok := r.Reviews[f.ID]; ok {
			reviewed++
			continue
		}
		if shown[rule.Severity] >= githubMaxPerLevel {
			hidden[rule.Severity]++
			continue
		}
		shown[rule.Severity]++
		bw.WriteString(githubAnnotation(r, f, rule))
	}

	summaryFile := opt.StepSummary
	inStep := summaryFile != ""
	if hidden[SeverityError]+hidden[SeverityWarning] > 0 {
		var parts []string
		for _, s := range []Severity{SeverityError, SeverityWarning} {
			if hidden[s] > 0 {
				parts = append(parts, fmt.Sprintf("%d more %s", hidden[s], plural(hidden[s], s.String())))
			}
		}
		where := "run claimcheck compare (or --format sarif for code scanning) to see them all"
		if inStep {
			where = "the step summary lists them all"
		}
		fmt.Fprintf(bw, "claimcheck: %s not annotated (GitHub shows only %d annotations of each level per step); %s\n",
			strings.Join(parts, " and "), githubMaxPerLevel, where)
	}
	if reviewed > 0 {
		fmt.Fprintf(bw, "claimcheck: %d reviewed %s not annotated (decided on in the review file)\n", reviewed, plural(reviewed, "finding"))
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if inStep {
		if err := appendStepSummary(summaryFile, r, opt); err != nil {
			return err
		}
	}
	return nil
}

// plural returns word, with an s when n is not 1.
func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// githubAnnotation is the workflow command of one finding, with its
// newline. The title names the verdict and the fact; the message is the
// summary, then one line a claim with its place and quote.
func githubAnnotation(r *Report, f *compare.Finding, rule Rule) string {
	c := &f.Claims[0]
	var props []string
	props = append(props, "file="+githubProperty(docPath(r, c.Doc)))
	if c.QuoteLine >= 1 {
		line := strconv.Itoa(c.QuoteLine)
		props = append(props, "line="+line)
		if c.QuoteColumn >= 1 {
			endLine, endCol := endOf(c.QuoteLine, c.QuoteColumn, c.Quote)
			if endLine == c.QuoteLine {
				// GitHub reads col and endColumn only on one line.
				props = append(props, "endLine="+line, "col="+strconv.Itoa(c.QuoteColumn), "endColumn="+strconv.Itoa(endCol))
			}
		}
	}
	props = append(props, "title="+githubProperty(rule.ID()+": "+f.Fact))

	var msg strings.Builder
	msg.WriteString(f.Summary)
	for i := range f.Claims {
		cl := &f.Claims[i]
		fmt.Fprintf(&msg, "\n- %s:%d %s", docPath(r, cl.Doc), cl.QuoteLine, strconv.Quote(cl.Quote))
		if cl.Attribution != "" {
			msg.WriteString(" (according to " + cl.Attribution + ")")
		}
	}
	msg.WriteString("\nfinding " + f.ID)
	return "::" + githubCommand(rule.Severity) + " " + strings.Join(props, ",") + "::" + githubMessage(msg.String()) + "\n"
}

// githubMessage escapes the message of a workflow command: %, CR and LF.
func githubMessage(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// githubProperty escapes a property value of a workflow command: as a
// message, and also ":" and ",", which end a property.
func githubProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// appendStepSummary appends the step summary of r to the file path.
func appendStepSummary(path string, r *Report, opt Options) error {
	var buf bytes.Buffer
	if err := stepSummary(&buf, r, opt); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("write step summary: %w", err)
	}
	if _, err := f.Write(buf.Bytes()); err != nil {
		f.Close()
		return fmt.Errorf("write step summary %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write step summary %s: %w", path, err)
	}
	return nil
}

// stepSummary writes the Markdown of a step summary: the full Markdown
// report, or, when that is larger than GitHub accepts, a table of the
// flagged findings (as many as fit) and a note saying so.
func stepSummary(w io.Writer, r *Report, opt Options) error {
	var buf bytes.Buffer
	if err := (Markdown{}).Render(&buf, r, opt); err != nil {
		return err
	}
	if buf.Len() <= githubMaxSummary {
		_, err := w.Write(buf.Bytes())
		return err
	}
	buf.Reset()
	buf.WriteString("# claimcheck report\n\nThe full report is too large for a step summary; run `claimcheck compare` to read it. The flagged findings:\n\n")
	buf.WriteString("| verdict | fact | where | finding | reviewed |\n| --- | --- | --- | --- | --- |\n")
	const tail = 200 // room for the closing note
	left := 0
	for i := range r.Findings {
		f := &r.Findings[i]
		if !f.Verdict.Flagged() || len(f.Claims) == 0 {
			continue
		}
		rv := ""
		if x, ok := r.Reviews[f.ID]; ok {
			rv = string(x.Decision)
		}
		c := &f.Claims[0]
		row := fmt.Sprintf("| %s | %s | %s:%d | %s | %s |\n", f.Verdict, mdEscape(f.Fact), mdEscape(docPath(r, c.Doc)), c.QuoteLine, f.ID, rv)
		if left > 0 || buf.Len()+len(row) > githubMaxSummary-tail {
			left++
			continue
		}
		buf.WriteString(row)
	}
	if left > 0 {
		fmt.Fprintf(&buf, "\n%d more flagged %s not listed.\n", left, plural(left, "finding"))
	}
	_, err := w.Write(buf.Bytes())
	return err
}
