package report

// What the Markdown and HTML renderers share: the counts of a report's
// findings by verdict and kind (summarize), the findings grouped by
// verdict (groupFindings), the names of a mismatch's sides (sideOf,
// sideName), a claim's sentence cut around its quote (splitQuote), the
// framing words of a word diff (framingWords, splitFraming),
// the words for a difference and a review (differenceText,
// reviewDetail), and what a claim's document says of itself beside its
// quote (citation, citations).

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/norm"
	"github.com/claimcheck/claimcheck/claims/token"
	"github.com/claimcheck/claimcheck/compare"
)

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
// framing words; words are cut as the shared token stream cuts them
// (token.Stream.Chunks), as the word diff does. A run marked framing in which no word is found is
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
	var ts token.Stream
	ts.Reset(text)
	for _, c := range ts.Chunks(nil) {
		fw := c.Word && words[strings.ToLower(text[c.Start:c.End])]
		found = found || fw
		flush(c.End, fw)
	}
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

// citation is what a report shows of a claim's document beside its
// quote: the outlet, the publication date and the document's URL. Any of
// them may be empty.
type citation struct {
	Outlet string
	// Published is the publication date as an ISO date (2024-03-05, or
	// 2024-03 for a month), as the loader read it; empty when the
	// metadata gives none or one in no known form (see publishedDate).
	Published string
	// URL is the document's URL when it is an absolute http or https
	// URL, the only ones a report links to; else empty.
	URL string
	// Title is the document's title, for a link's tooltip.
	Title string
}

// citations maps document ids to their citations, built once per render
// from the report's documents.
type citations map[string]citation

func newCitations(r *Report) citations {
	dates := claimDates(r)
	m := make(citations, len(r.Documents))
	for _, d := range r.Documents {
		m[d.ID] = citation{Outlet: oneLine(d.Source), Published: publishedDate(d, dates[d.ID]), URL: webURL(d.URL), Title: oneLine(d.Title)}
	}
	return m
}

// claimDates maps document ids to the publication date their claims
// carry (claims.Claim.Published: an ISO date the loader read from the
// metadata, in whatever form it was written).
func claimDates(r *Report) map[string]string {
	m := map[string]string{}
	for i := range r.Findings {
		for _, c := range r.Findings[i].Claims {
			if c.Published != "" {
				m[c.Doc] = c.Published
			}
		}
	}
	return m
}

// publishedDate is the publication date of d as an ISO date: the one
// its claims carry (fromClaims), else the day of PublishedAt, else
// Published when it is written as an ISO date (a report built by hand);
// "" otherwise, so that a date the loader could not read ("soon") is not
// shown as one.
func publishedDate(d claims.DocInfo, fromClaims string) string {
	if fromClaims != "" {
		return fromClaims
	}
	if s := isoDay(d.PublishedAt); s != "" {
		return s
	}
	return isoDay(d.Published)
}

// isoDay is the day, 2006-01-02, that s begins with (an ISO date, or an
// RFC 3339 time), or "".
func isoDay(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < len(time.DateOnly) {
		return ""
	}
	if _, err := time.Parse(time.DateOnly, s[:len(time.DateOnly)]); err != nil {
		return ""
	}
	return s[:len(time.DateOnly)]
}

// anyKnown reports whether a document of the report has a citation, so that
// a renderer can leave out a column that would be empty throughout.
func (cs citations) anyKnown() bool {
	for _, c := range cs {
		if !c.empty() {
			return true
		}
	}
	return false
}

func (c citation) empty() bool { return c.Outlet == "" && c.Published == "" && c.URL == "" }

// name is what a link to the document reads: the outlet, or else the
// short form of its URL.
func (c citation) name() string {
	if c.Outlet != "" || c.URL == "" {
		return c.Outlet
	}
	return shortURL(c.URL)
}

// webURL returns s when it is an absolute http or https URL with a host,
// else "": a report never links to another scheme (javascript:, file:).
func webURL(s string) string {
	s = strings.TrimSpace(s)
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return s
}

// maxShortURL is the most runes shortURL keeps.
const maxShortURL = 50

// shortURL writes a URL short, for the text report: without its scheme,
// "www.", fragment and final slash; without its query when it is long;
// cut with "…" when it is still longer than maxShortURL runes. It is for
// reading, not for following: the other formats link to the whole URL.
func shortURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return s
	}
	host := strings.TrimPrefix(u.Host, "www.")
	path := strings.TrimSuffix(u.EscapedPath(), "/")
	out := host + path
	if u.RawQuery != "" && utf8.RuneCountInString(out)+1+len(u.RawQuery) <= maxShortURL {
		out += "?" + u.RawQuery
	}
	if utf8.RuneCountInString(out) > maxShortURL {
		rs := []rune(out)
		out = string(rs[:maxShortURL-1]) + "…"
	}
	return out
}
