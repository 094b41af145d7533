package report

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/compare"
)

// Text renders the report for people: a summary, then the findings
// grouped by verdict with the most serious first, each with its fact, its
// reason, the reviewer's decision when there is one (decision, reviewer,
// day and note), and the quoted sentences with document and line, and
// beside each quote the outlet, the short form of the document's URL
// (see shortURL) and the publication date, as far as the document's
// metadata gives them; then the skipped inputs and the warnings, when
// there are.
//
// Everything that comes from the inputs (document ids and paths, article
// text, metadata, review notes) is escaped with TerminalText, so that it
// never moves the cursor, retitles the terminal or starts a new line;
// and a line that would begin with "::", which a GitHub Actions runner
// takes for a workflow command, has its first colon written \x3a.
type Text struct{}

const (
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
	ansiRed   = "\x1b[31m"
	ansiGreen = "\x1b[32m"
	ansiYel   = "\x1b[33m"
	ansiDim   = "\x1b[2m"
)

func verdictColor(v compare.Verdict) string {
	switch v {
	case compare.NumberMismatch, compare.DateMismatch:
		return ansiRed
	case compare.FramingDiffers, compare.Updated:
		return ansiYel
	case compare.Agree:
		return ansiGreen
	}
	return ansiDim
}

// Render writes r as text.
func (Text) Render(w io.Writer, r *Report, opt Options) error {
	var bw bytes.Buffer
	paint := func(code, s string) string {
		if !opt.Color {
			return s
		}
		return code + s + ansiReset
	}
	st := summarize(r)
	counts := st.byVerdict
	cites := newCitations(r)
	esc := TerminalText
	fmt.Fprintf(&bw, "claimcheck: %d documents, %d claims, %d findings", st.docs, st.claims, len(r.Findings))
	if st.reviewed > 0 {
		fmt.Fprintf(&bw, " (%d reviewed)", st.reviewed)
	}
	if len(r.Skipped) > 0 {
		fmt.Fprintf(&bw, ", %d inputs skipped", len(r.Skipped))
	}
	switch n := len(r.Warnings); {
	case n == 1:
		fmt.Fprint(&bw, ", 1 warning")
	case n > 1:
		fmt.Fprintf(&bw, ", %d warnings", n)
	}
	fmt.Fprintln(&bw)
	var parts []string
	for _, v := range compare.Verdicts() {
		if counts[v] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", v, counts[v]))
		}
	}
	if len(parts) > 0 {
		fmt.Fprintln(&bw, "  "+strings.Join(parts, ", "))
	}
	for _, v := range compare.Verdicts() {
		if counts[v] == 0 {
			continue
		}
		fmt.Fprintf(&bw, "\n%s\n", paint(ansiBold+verdictColor(v), fmt.Sprintf("== %s (%d)", v, counts[v])))
		for _, f := range r.Findings {
			if f.Verdict != v {
				continue
			}
			fmt.Fprintf(&bw, "\n%s %s  %s\n", paint(verdictColor(v), "*"), paint(ansiBold, esc(f.Fact)), paint(ansiDim, "["+esc(f.ID)+"]"))
			fmt.Fprintf(&bw, "  %s\n", esc(f.Summary))
			if rv, ok := r.Reviews[f.ID]; ok {
				fmt.Fprintf(&bw, "  %s\n", paint(ansiBold, esc("reviewed: "+string(rv.Decision)+reviewDetail(rv))))
			}
			for i := range f.Claims {
				c := &f.Claims[i]
				fmt.Fprintf(&bw, "  - %s  %s  %s", esc(c.Doc+":"+strconv.Itoa(c.Line)), paint(ansiBold, esc(compare.Describe(c.Value))), paint(ansiDim, "«"+esc(oneLine(c.Quote))+"»"))
				if cite := textCitation(cites[c.Doc]); cite != "" {
					fmt.Fprint(&bw, "  "+paint(ansiDim, esc(cite)))
				}
				fmt.Fprintln(&bw)
				fmt.Fprintf(&bw, "      %s\n", esc(oneLine(c.Text)))
			}
			if d := f.Diff; d != nil {
				fmt.Fprintf(&bw, "  word diff, [-%s-] {+%s+}:\n      ", esc(d.A), esc(d.B))
				for _, op := range d.Ops {
					text := esc(foldSpace(op.Text))
					if op.Framing {
						text = paint(ansiBold, text)
					}
					switch op.Op {
					case "-":
						fmt.Fprint(&bw, paint(ansiRed, "[-"+text+"-]"))
					case "+":
						fmt.Fprint(&bw, paint(ansiGreen, "{+"+text+"+}"))
					default:
						fmt.Fprint(&bw, text)
					}
				}
				fmt.Fprintln(&bw)
			}
		}
	}
	if len(r.Skipped) > 0 {
		fmt.Fprintf(&bw, "\n%s\n", paint(ansiBold, fmt.Sprintf("== skipped (%d)", len(r.Skipped))))
		for _, s := range r.Skipped {
			fmt.Fprintf(&bw, "  %s\n", esc(s.Error()))
		}
	}
	if len(r.Warnings) > 0 {
		fmt.Fprintf(&bw, "\n%s\n", paint(ansiBold, fmt.Sprintf("== warnings (%d)", len(r.Warnings))))
		for _, w := range r.Warnings {
			fmt.Fprintf(&bw, "  %s\n", esc(w.String()))
		}
	}
	_, err := w.Write(guardWorkflowCommands(bw.Bytes(), `\x3a`))
	return err
}

// textCitation writes a claim's document for the text report: "Norland
// Post (post.example/ten-years-on), 2024-03-02", as far as its metadata
// gives them; "" when it gives none.
func textCitation(c citation) string {
	s := c.Outlet
	switch {
	case c.URL != "" && s != "":
		s += " (" + shortURL(c.URL) + ")"
	case c.URL != "":
		s = shortURL(c.URL)
	}
	if c.Published != "" {
		if s != "" {
			s += ", "
		}
		s += c.Published
	}
	return s
}

// foldSpace turns each run of white space in s into one space, keeping
// a leading or trailing one.
func foldSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// oneLine folds a sentence's line breaks and runs of spaces into single
// spaces, for display.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
