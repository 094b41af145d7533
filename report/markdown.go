package report

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/compare"
)

// Markdown renders the report as GitHub-flavoured Markdown, for a
// pull-request comment or a wiki page: a summary table, then the findings
// to read closely (discrepancies, most serious first, then updated
// figures), each with the reviewer's decision when there is one
// (decision, reviewer, day and note), its claims in a table and, for
// framing_differs, the word diff; then agreements and single sources in
// compact tables; then the skipped inputs and the warnings. Beside each
// quote stand the outlet, linked to the document's URL, and the
// publication date, as far as the document's metadata gives them; a
// report none of whose documents gives any has no source column. Text
// from the articles is escaped so that it never breaks a table or turns
// into markup; Markdown has no colours, so Options.Color is ignored.
// A line that would begin with "::", which a GitHub Actions runner reads
// as a workflow command when the report is printed to a step's output,
// has its first colon written \:, which Markdown shows as a colon.
type Markdown struct{}

// Render writes r as Markdown.
func (Markdown) Render(w io.Writer, r *Report, _ Options) error {
	var out bytes.Buffer
	bw := bufio.NewWriter(&out)
	st := summarize(r)
	cites := newCitations(r)
	withSource := cites.anyKnown()

	fmt.Fprintf(bw, "# claimcheck report\n\n%s\n", st.line())

	bw.WriteString("\n## Summary\n\n| verdict | findings |\n| --- | ---: |\n")
	for _, v := range st.verdicts {
		fmt.Fprintf(bw, "| %s | %d |\n", v, st.byVerdict[v])
	}
	fmt.Fprintf(bw, "| **total** | **%d** |\n", len(r.Findings))
	if len(st.kinds) > 0 {
		bw.WriteString("\n| kind |")
		for _, v := range st.verdicts {
			bw.WriteString(" " + v.String() + " |")
		}
		bw.WriteString(" total |\n| --- |" + strings.Repeat(" ---: |", len(st.verdicts)+1) + "\n")
		for _, k := range st.kinds {
			bw.WriteString("| " + k.String() + " |")
			total := 0
			for _, v := range st.verdicts {
				n := st.byKind[kindVerdict{k, v}]
				total += n
				bw.WriteString(" " + countCell(n) + " |")
			}
			fmt.Fprintf(bw, " %d |\n", total)
		}
	}

	for _, g := range groupFindings(r) {
		fmt.Fprintf(bw, "\n## %s (%d)\n", g.title, len(g.findings))
		if g.detailed {
			for _, f := range g.findings {
				mdFinding(bw, r, cites, withSource, f)
			}
			continue
		}
		if g.verdict == compare.SingleSource {
			if withSource {
				bw.WriteString("\n| fact | document | source | line | value | quote | id |\n| --- | --- | --- | ---: | --- | --- | --- |\n")
			} else {
				bw.WriteString("\n| fact | document | line | value | quote | id |\n| --- | --- | ---: | --- | --- | --- |\n")
			}
			for _, f := range g.findings {
				for _, c := range f.Claims {
					fmt.Fprintf(bw, "| %s | %s |", mdEscape(f.Fact), mdEscape(c.Doc))
					if withSource {
						bw.WriteString(" " + mdCitation(cites[c.Doc]) + " |")
					}
					fmt.Fprintf(bw, " %d | %s | %s | `%s`%s |\n", c.Line,
						mdEscape(compare.Describe(c.Value)), mdEscape(oneLine(c.Quote)), f.ID, mdReviewTag(r, f))
				}
			}
			continue
		}
		bw.WriteString("\n| fact | claims | id |\n| --- | --- | --- |\n")
		for _, f := range g.findings {
			parts := make([]string, len(f.Claims))
			for i, c := range f.Claims {
				cite := ""
				if s := mdCitation(cites[c.Doc]); s != "" {
					cite = ", " + s
				}
				parts[i] = fmt.Sprintf("%s (%s:%d%s, “%s”)", mdEscape(compare.Describe(c.Value)), mdEscape(c.Doc), c.Line, cite, mdEscape(oneLine(c.Quote)))
			}
			fmt.Fprintf(bw, "| %s | %s | `%s`%s |\n", mdEscape(f.Fact), strings.Join(parts, "<br>"), f.ID, mdReviewTag(r, f))
		}
	}

	if len(r.Skipped) > 0 {
		fmt.Fprintf(bw, "\n## Skipped inputs (%d)\n\n", len(r.Skipped))
		for _, s := range r.Skipped {
			bw.WriteString("- " + mdEscape(oneLine(s.Error())) + "\n")
		}
	}
	if len(r.Warnings) > 0 {
		fmt.Fprintf(bw, "\n## Warnings (%d)\n\n", len(r.Warnings))
		for _, w := range r.Warnings {
			bw.WriteString("- " + mdEscape(oneLine(w.String())) + "\n")
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	_, err := w.Write(guardWorkflowCommands(out.Bytes(), `\:`))
	return err
}

// mdFinding writes one finding in full: its fact as a heading, verdict,
// id, confidence and review, the reason, its claims (with a source
// column when withSource) and its word diff.
func mdFinding(bw *bufio.Writer, r *Report, cites citations, withSource bool, f *compare.Finding) {
	fmt.Fprintf(bw, "\n### %s\n\n", mdEscape(f.Fact))
	meta := []string{"**" + f.Verdict.String() + "**", "`" + f.ID + "`", "confidence " + strconv.FormatFloat(f.Confidence, 'f', 2, 64)}
	if f.Contested != "" {
		meta = append(meta, "contested: "+mdEscape(f.Contested))
	}
	if d := differenceText(f.Difference); d != "" {
		meta = append(meta, "difference "+d)
	}
	bw.WriteString(strings.Join(meta, " · ") + "\n")
	if rv, ok := r.Reviews[f.ID]; ok {
		fmt.Fprintf(bw, "\n> **Reviewed: %s**%s\n", rv.Decision, mdEscape(reviewDetail(rv)))
	}
	fmt.Fprintf(bw, "\n%s\n", mdEscape(oneLine(f.Summary)))

	sides := sideOf(f)
	head, rule := "| document |", "| --- |"
	if sides != nil {
		head, rule = "| side "+head, "| --- "+rule
	}
	if withSource {
		head, rule = head+" source |", rule+" --- |"
	}
	bw.WriteString("\n" + head + " line | value | quote in its sentence |\n" + rule + " ---: | --- | --- |\n")
	for i := range f.Claims {
		c := &f.Claims[i]
		before, quote, after := splitQuote(c)
		value := compare.Describe(c.Value)
		if c.Attribution != "" {
			value += " (according to " + c.Attribution + ")"
		}
		bw.WriteString("|")
		if sides != nil {
			bw.WriteString(" " + sides[i] + " |")
		}
		bw.WriteString(" " + mdEscape(c.Doc) + " |")
		if withSource {
			bw.WriteString(" " + mdCitation(cites[c.Doc]) + " |")
		}
		fmt.Fprintf(bw, " %d | %s | %s**%s**%s |\n", c.Line, mdEscape(value),
			mdEscape(before), mdEscape(quote), mdEscape(after))
	}

	if d := f.Diff; d != nil {
		fw := framingWords(f)
		fmt.Fprintf(bw, "\nWord diff: ~~only in %s~~, **only in %s**, *framing words* in italics:\n\n> ", mdEscape(d.A), mdEscape(d.B))
		for _, op := range d.Ops {
			text := foldSpace(op.Text)
			if op.Op == "=" {
				bw.WriteString(mdEscape(text))
				continue
			}
			// Emphasis must not start or end with a space: keep the
			// run's outer spaces outside the markers.
			core := strings.TrimSpace(text)
			if core == "" {
				bw.WriteString(text)
				continue
			}
			lead, trail := text[:strings.Index(text, core)], text[strings.Index(text, core)+len(core):]
			var inner strings.Builder
			for _, p := range splitFraming(core, op.Framing, fw) {
				if p.framing {
					inner.WriteString("*" + mdEscape(p.text) + "*")
				} else {
					inner.WriteString(mdEscape(p.text))
				}
			}
			open, close := "**", "**"
			if op.Op == "-" {
				open, close = "~~", "~~"
			}
			// A delimiter next to punctuation may not open or close
			// (", and" after "Armenia"): use the HTML tags instead.
			first, _ := utf8.DecodeRuneInString(core)
			last, _ := utf8.DecodeLastRuneInString(core)
			if !isWordRune(first) || !isWordRune(last) {
				open, close = "<ins>", "</ins>"
				if op.Op == "-" {
					open, close = "<del>", "</del>"
				}
			}
			bw.WriteString(lead + open + inner.String() + close + trail)
		}
		bw.WriteString("\n")
	}
}

// mdReviewTag marks a reviewed finding in a compact table: "(accepted
// by ana on 2026-11-23: known split)".
func mdReviewTag(r *Report, f *compare.Finding) string {
	if rv, ok := r.Reviews[f.ID]; ok {
		return " (" + string(rv.Decision) + mdEscape(reviewDetail(rv)) + ")"
	}
	return ""
}

// mdCitation writes a claim's document for a Markdown table: the outlet
// linked to the document's URL and the publication date, "[Norland
// Post](https://post.example/ten-years-on), 2024-03-02", as far as its
// metadata gives them; "" when it gives none.
func mdCitation(c citation) string {
	var parts []string
	if name := c.name(); name != "" {
		if c.URL != "" {
			name = "[" + mdEscape(name) + "](" + mdLinkURL(c.URL) + ")"
		} else {
			name = mdEscape(name)
		}
		parts = append(parts, name)
	}
	if c.Published != "" {
		parts = append(parts, mdEscape(c.Published))
	}
	return strings.Join(parts, ", ")
}

// mdLinkURL percent-encodes the characters that would end a link's
// destination or a table cell: spaces, parentheses, angle brackets,
// backslashes and |.
func mdLinkURL(s string) string {
	return strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E", "\\", "%5C", "|", "%7C").Replace(s)
}

// mdEscape escapes the characters that would turn article text into
// Markdown or break a table row: \ ` * _ [ ] < > | ~ and line breaks.
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '#':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n', '\r':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func countCell(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// isWordRune tells the characters that may stand next to a Markdown
// emphasis delimiter and still open or close it.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-'
}
