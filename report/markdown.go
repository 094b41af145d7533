package report

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/norm"
	"github.com/claimcheck/claimcheck/compare"
)

// Markdown renders the report as GitHub-flavoured Markdown, for a
// pull-request comment or a wiki page: a summary table, then the findings
// to read closely (discrepancies, most serious first, then updated
// figures), each with its claims in a table and, for framing_differs, the
// word diff; then agreements and single sources in compact tables; then
// the skipped inputs. Text from the articles is escaped so that it never
// breaks a table or turns into markup; Markdown has no colours, so
// Options.Color is ignored.
type Markdown struct{}

// Render writes r as Markdown.
func (Markdown) Render(w io.Writer, r *Report, _ Options) error {
	bw := bufio.NewWriter(w)
	st := summarize(r)

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
				mdFinding(bw, r, f)
			}
			continue
		}
		if g.verdict == compare.SingleSource {
			bw.WriteString("\n| fact | document | line | value | quote | id |\n| --- | --- | ---: | --- | --- | --- |\n")
			for _, f := range g.findings {
				for _, c := range f.Claims {
					fmt.Fprintf(bw, "| %s | %s | %d | %s | %s | `%s`%s |\n", mdEscape(f.Fact), mdEscape(c.Doc), c.Line,
						mdEscape(compare.Describe(c.Value)), mdEscape(oneLine(c.Quote)), f.ID, mdReviewTag(r, f))
				}
			}
			continue
		}
		bw.WriteString("\n| fact | claims | id |\n| --- | --- | --- |\n")
		for _, f := range g.findings {
			parts := make([]string, len(f.Claims))
			for i, c := range f.Claims {
				parts[i] = fmt.Sprintf("%s (%s:%d, “%s”)", mdEscape(compare.Describe(c.Value)), mdEscape(c.Doc), c.Line, mdEscape(oneLine(c.Quote)))
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
	return bw.Flush()
}

// mdFinding writes one finding in full: its fact as a heading, verdict,
// id, confidence and review, the reason, its claims and its word diff.
func mdFinding(bw *bufio.Writer, r *Report, f *compare.Finding) {
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
	if sides != nil {
		bw.WriteString("\n| side | document | line | value | quote in its sentence |\n| --- | --- | ---: | --- | --- |\n")
	} else {
		bw.WriteString("\n| document | line | value | quote in its sentence |\n| --- | ---: | --- | --- |\n")
	}
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
		fmt.Fprintf(bw, " %s | %d | %s | %s**%s**%s |\n", mdEscape(c.Doc), c.Line, mdEscape(value),
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

// mdReviewTag marks a reviewed finding in a compact table.
func mdReviewTag(r *Report, f *compare.Finding) string {
	if rv, ok := r.Reviews[f.ID]; ok {
		return " (" + string(rv.Decision) + ")"
	}
	return ""
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

// The helpers below are shared by the Markdown and HTML renderers.

// stats counts a report's findings by verdict and by kind and verdict.
type stats struct {
	docs, claims, flagged, reviewed int
	verdicts                        []compare.Verdict // present, in report order
	kinds                           []claims.Kind     // present, in kind order
	byVerdict                       map[compare.Verdict]int
	byKind                          map[kindVerdict]int
}

type kindVerdict struct {
	k claims.Kind
	v compare.Verdict
}

func summarize(r *Report) *stats {
	st := &stats{docs: len(r.Documents), byVerdict: map[compare.Verdict]int{}, byKind: map[kindVerdict]int{}}
	for i := range r.Findings {
		f := &r.Findings[i]
		st.claims += len(f.Claims)
		st.byVerdict[f.Verdict]++
		st.byKind[kindVerdict{f.Kind, f.Verdict}]++
		if !slices.Contains(st.kinds, f.Kind) {
			st.kinds = append(st.kinds, f.Kind)
		}
		if f.Verdict.Flagged() {
			st.flagged++
			if _, ok := r.Reviews[f.ID]; ok {
				st.reviewed++
			}
		}
	}
	slices.Sort(st.kinds)
	for _, v := range compare.Verdicts() {
		if st.byVerdict[v] > 0 {
			st.verdicts = append(st.verdicts, v)
		}
	}
	return st
}

// line sums the report up in one sentence.
func (st *stats) line() string {
	s := fmt.Sprintf("%d documents, %d claims, %d findings; %d discrepancies to review", st.docs, st.claims, st.total(), st.flagged)
	if st.reviewed > 0 {
		s += fmt.Sprintf(" (%d reviewed)", st.reviewed)
	}
	return s + "."
}

func (st *stats) total() int {
	n := 0
	for _, c := range st.byVerdict {
		n += c
	}
	return n
}

// group is the findings of one verdict, in report order.
type group struct {
	verdict  compare.Verdict
	title    string
	detailed bool // shown in full rather than as a table row
	findings []*compare.Finding
}

// groupFindings groups the findings by verdict, most serious first,
// keeping the report's order within each verdict.
func groupFindings(r *Report) []group {
	titles := map[compare.Verdict]string{
		compare.NumberMismatch: "Number mismatches",
		compare.DateMismatch:   "Date mismatches",
		compare.FramingDiffers: "Framing differs",
		compare.Updated:        "Updated figures",
		compare.Agree:          "Agreements",
		compare.SingleSource:   "Single sources",
	}
	var gs []group
	for _, v := range compare.Verdicts() {
		g := group{verdict: v, title: titles[v], detailed: v != compare.Agree && v != compare.SingleSource}
		for i := range r.Findings {
			if r.Findings[i].Verdict == v {
				g.findings = append(g.findings, &r.Findings[i])
			}
		}
		if len(g.findings) > 0 {
			gs = append(gs, g)
		}
	}
	return gs
}

// sideOf names the side of each claim of a finding that has sides ("A",
// "B", ...), or returns nil.
func sideOf(f *compare.Finding) []string {
	if len(f.Sides) == 0 {
		return nil
	}
	names := make([]string, len(f.Claims))
	for s, side := range f.Sides {
		for _, i := range side {
			if i >= 0 && i < len(names) {
				names[i] = sideName(s)
			}
		}
	}
	return names
}

func sideName(s int) string {
	if s < 26 {
		return string(rune('A' + s))
	}
	return strconv.Itoa(s + 1)
}

// splitQuote cuts a claim's sentence around its quote, on one line. When
// the offsets do not match the sentence, it looks the quote up instead;
// failing that, the quote is empty.
func splitQuote(c *claims.Claim) (before, quote, after string) {
	qs, qe := c.QuoteStart-c.Start, c.QuoteEnd-c.Start
	if qs < 0 || qe < qs || qe > len(c.Text) || c.Text[qs:qe] != c.Quote {
		qs = strings.Index(c.Text, c.Quote)
		if qs < 0 || c.Quote == "" {
			return oneLine(c.Text), "", ""
		}
		qe = qs + len(c.Quote)
	}
	before = strings.TrimLeft(foldSpace(c.Text[:qs]), " ")
	after = strings.TrimRight(foldSpace(c.Text[qe:]), " ")
	return before, foldSpace(c.Text[qs:qe]), after
}

// framingWords returns the loaded words of a finding's claims, lower
// case, one word each ("split from" gives "split" and "from").
func framingWords(f *compare.Finding) map[string]bool {
	m := map[string]bool{}
	for _, c := range f.Claims {
		for _, w := range c.Framing {
			for _, x := range strings.Fields(strings.ToLower(w.Word)) {
				m[x] = true
			}
		}
	}
	return m
}

// piece is a run of a diff op, framing or not.
type piece struct {
	text    string
	framing bool
}

// splitFraming cuts the text of a diff run into pieces, marking the
// framing words. A run marked framing in which no word is found is
// marked whole; an unmarked run is one plain piece.
func splitFraming(text string, marked bool, words map[string]bool) []piece {
	if !marked {
		return []piece{{text: text}}
	}
	var out []piece
	found := false
	start := 0
	flush := func(end int, framing bool) {
		if end > start {
			if n := len(out); n > 0 && out[n-1].framing == framing {
				out[n-1].text += text[start:end]
			} else {
				out = append(out, piece{text[start:end], framing})
			}
		}
		start = end
	}
	inWord := false
	for i, r := range text {
		w := isWordRune(r)
		if w != inWord && i > start {
			tok := text[start:i]
			fw := inWord && words[strings.ToLower(tok)]
			found = found || fw
			flush(i, fw)
		}
		inWord = w
	}
	tok := text[start:]
	fw := inWord && words[strings.ToLower(tok)]
	found = found || fw
	flush(len(text), fw)
	if !found {
		return []piece{{text: text, framing: true}}
	}
	// Join framing words separated only by spaces ("split from").
	for i := 1; i+1 < len(out); i++ {
		if !out[i].framing && out[i-1].framing && out[i+1].framing && strings.TrimSpace(out[i].text) == "" {
			out[i-1].text += out[i].text + out[i+1].text
			out = slices.Delete(out, i, i+2)
			i--
		}
	}
	return out
}

// isWordRune tells the characters of words as the word diff cuts them.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-'
}

// differenceText writes how far apart two figures are: "800 (800%)".
func differenceText(d *compare.Difference) string {
	if d == nil {
		return ""
	}
	abs := compare.Describe(norm.Value{Quantity: &norm.Quantity{Qualifier: norm.Exact, Low: d.Absolute, High: d.Absolute, Stated: d.Absolute, HasStated: true}})
	return fmt.Sprintf("%s (%s%%)", abs, strconv.FormatFloat(d.Relative*100, 'f', 0, 64))
}

// reviewDetail writes who reviewed a finding, when, and their note.
func reviewDetail(rv Review) string {
	var s string
	if rv.By != "" {
		s += " by " + rv.By
	}
	if len(rv.At) >= 10 {
		s += " on " + rv.At[:10]
	}
	if rv.Note != "" {
		s += ": " + oneLine(rv.Note)
	}
	return s
}
