package report

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
)

// HTML renders the report as one self-contained HTML page for a
// fact-checker: a summary by verdict and by kind, each discrepancy with
// the reviewer's decision when there is one (decision, reviewer, day and
// note) and its sources side by side and the word diff of a framing
// difference, compact tables of agreements and single sources, and at
// the bottom the sentences of each document that hold claims, which
// every quote links to. Beside each quote stand the outlet, linked to
// the document's URL, and the publication date, as far as the document's
// metadata gives them. The page has inline CSS, no script and no
// external resource, so it works offline; its only links out of the page
// are those to the documents' http and https URLs, with
// rel="noopener noreferrer". Its output depends only on the report (no
// timestamps). Options.Color is ignored. A line of the page that would
// begin with "::" (article text with a line break before it), which a
// GitHub Actions runner reads as a workflow command when the page is
// printed to a step's output, has its first colon written &#58;, which
// the browser shows as a colon.
type HTML struct{}

//go:embed html.tmpl
var htmlSource string

var htmlTemplate = template.Must(template.New("report").Parse(htmlSource))

// Render writes r as an HTML page.
func (HTML) Render(w io.Writer, r *Report, _ Options) error {
	var buf bytes.Buffer
	if err := htmlTemplate.Execute(&buf, newHTMLPage(r)); err != nil {
		return err
	}
	_, err := w.Write(guardWorkflowCommands(buf.Bytes(), "&#58;"))
	return err
}

// htmlPage is what the template shows; every field is plain text that
// the template escapes.
type htmlPage struct {
	Summary   string
	Verdicts  []htmlVerdictRow
	KindHead  []string
	Kinds     []htmlKindRow
	Total     int
	Groups    []htmlGroup
	Documents []htmlDoc
	Skipped   []string
	Warnings  []string
}

type htmlVerdictRow struct {
	Name, Class, Anchor, Meaning string
	Count                        int
}

type htmlKindRow struct {
	Kind  string
	Cells []int
	Total int
}

type htmlGroup struct {
	Anchor, Title, Class string
	Detailed             bool
	Single               bool // single_source: one claim a row
	Findings             []htmlFinding
}

type htmlFinding struct {
	ID, Anchor, Verdict, Class, Fact, Summary string
	Confidence, Contested, Difference         string
	Review                                    *htmlReview
	Columns                                   []htmlColumn
	Claims                                    []htmlClaim
	Diff                                      *htmlDiff
}

type htmlReview struct {
	Decision, Detail string
}

// htmlCite is a claim's document beside its quote; the zero value shows
// nothing.
type htmlCite struct {
	Name, URL, Title, Published string
}

func newHTMLCite(c citation) htmlCite {
	return htmlCite{Name: c.name(), URL: c.URL, Title: c.Title, Published: c.Published}
}

// htmlColumn is one side of a mismatch, or one claim.
type htmlColumn struct {
	Title  string
	Claims []htmlClaim
}

type htmlClaim struct {
	Doc, DocAnchor, QuoteAnchor string
	Line                        int
	Value, Attribution          string
	Before, Quote, After        string
	Framing                     []claims.FramingWord
	Cite                        htmlCite
}

type htmlDiff struct {
	A, B string
	Ops  []htmlOp
}

type htmlOp struct {
	Op      string // "=", "-", "+"
	Framing bool
	Pieces  []piece
}

// Fields of piece for the template.
func (p piece) Text() string    { return p.text }
func (p piece) IsFraming() bool { return p.framing }

type htmlDoc struct {
	Anchor, ID, Path, Title, Source, URL, Published string
	Link                                            string // URL when the page links to it (webURL)
	Sentences                                       []htmlSentence
}

type htmlSentence struct {
	Anchor string // "doc-N-line-L" on the first sentence of line L, else empty
	Line   int
	Segs   []htmlSeg
	Refs   []htmlRef
}

// htmlSeg is a run of a sentence: plain text, or a quote marked with the
// ids of the claims it holds.
type htmlSeg struct {
	Text    string
	Mark    bool
	ID      string
	MoreIDs []string
	Class   string // CSS class of the most serious verdict quoting it
}

type htmlRef struct {
	Anchor, Fact, Class string
}

var verdictMeaning = map[compare.Verdict]string{
	compare.NumberMismatch: "incompatible figures for the same fact",
	compare.DateMismatch:   "the same event placed at incompatible times",
	compare.FramingDiffers: "same event, different loaded words",
	compare.Updated:        "a figure that grew as later documents reported it",
	compare.Agree:          "compatible values from several documents",
	compare.SingleSource:   "one document states it",
}

func verdictClass(v compare.Verdict) string { return "v-" + strings.ReplaceAll(v.String(), "_", "-") }

// docIndex numbers the documents for anchors: those of the report first,
// in order, then any document a claim names that the report does not
// list.
type docIndex struct {
	docs []claims.DocInfo
	num  map[string]int
}

func newDocIndex(r *Report) *docIndex {
	x := &docIndex{num: map[string]int{}}
	add := func(d claims.DocInfo) {
		if _, ok := x.num[d.ID]; !ok {
			x.docs = append(x.docs, d)
			x.num[d.ID] = len(x.docs)
		}
	}
	for _, d := range r.Documents {
		add(d)
	}
	for _, f := range r.Findings {
		for _, c := range f.Claims {
			add(claims.DocInfo{ID: c.Doc})
		}
	}
	return x
}

func (x *docIndex) lineAnchor(doc string, line int) string {
	return fmt.Sprintf("doc-%d-line-%d", x.num[doc], line)
}

func claimAnchor(f *compare.Finding, i int) string { return fmt.Sprintf("claim-%s-%d", f.ID, i) }

func newHTMLPage(r *Report) *htmlPage {
	st := summarize(r)
	docs := newDocIndex(r)
	cites := newCitations(r)
	p := &htmlPage{Summary: st.line(), Total: len(r.Findings)}
	for _, v := range st.verdicts {
		p.Verdicts = append(p.Verdicts, htmlVerdictRow{Name: v.String(), Class: verdictClass(v), Anchor: "verdict-" + v.String(),
			Meaning: verdictMeaning[v], Count: st.byVerdict[v]})
		p.KindHead = append(p.KindHead, v.String())
	}
	for _, k := range st.kinds {
		row := htmlKindRow{Kind: k.String()}
		for _, v := range st.verdicts {
			n := st.byKind[kindVerdict{k, v}]
			row.Cells = append(row.Cells, n)
			row.Total += n
		}
		p.Kinds = append(p.Kinds, row)
	}

	for _, g := range groupFindings(r) {
		hg := htmlGroup{Anchor: "verdict-" + g.verdict.String(), Title: g.title, Class: verdictClass(g.verdict),
			Detailed: g.detailed, Single: g.verdict == compare.SingleSource}
		for _, f := range g.findings {
			hg.Findings = append(hg.Findings, newHTMLFinding(r, docs, cites, f))
		}
		p.Groups = append(p.Groups, hg)
	}

	p.Documents = htmlDocuments(r, docs)
	for _, s := range r.Skipped {
		p.Skipped = append(p.Skipped, oneLine(s.Error()))
	}
	for _, w := range r.Warnings {
		p.Warnings = append(p.Warnings, oneLine(w.String()))
	}
	return p
}

func newHTMLFinding(r *Report, docs *docIndex, cites citations, f *compare.Finding) htmlFinding {
	hf := htmlFinding{ID: f.ID, Anchor: "finding-" + f.ID, Verdict: f.Verdict.String(), Class: verdictClass(f.Verdict),
		Fact: f.Fact, Summary: oneLine(f.Summary), Confidence: strconv.FormatFloat(f.Confidence, 'f', 2, 64),
		Contested: f.Contested, Difference: differenceText(f.Difference)}
	if rv, ok := r.Reviews[f.ID]; ok {
		hf.Review = &htmlReview{Decision: string(rv.Decision), Detail: reviewDetail(rv)}
	}
	for i := range f.Claims {
		c := &f.Claims[i]
		before, quote, after := splitQuote(c)
		hf.Claims = append(hf.Claims, htmlClaim{Doc: c.Doc, DocAnchor: docs.lineAnchor(c.Doc, c.Line), QuoteAnchor: claimAnchor(f, i),
			Line: c.Line, Value: compare.Describe(c.Value), Attribution: c.Attribution,
			Before: before, Quote: quote, After: after, Framing: c.Framing, Cite: newHTMLCite(cites[c.Doc])})
	}
	if len(f.Sides) > 0 {
		for s, side := range f.Sides {
			col := htmlColumn{Title: "Side " + sideName(s)}
			for _, i := range side {
				if i >= 0 && i < len(hf.Claims) {
					col.Claims = append(col.Claims, hf.Claims[i])
				}
			}
			hf.Columns = append(hf.Columns, col)
		}
	} else {
		for i, c := range hf.Claims {
			hf.Columns = append(hf.Columns, htmlColumn{Title: "Source " + strconv.Itoa(i+1), Claims: []htmlClaim{c}})
		}
	}
	if d := f.Diff; d != nil {
		fw := framingWords(f)
		hd := &htmlDiff{A: d.A, B: d.B}
		for _, op := range d.Ops {
			text := foldSpace(op.Text)
			hd.Ops = append(hd.Ops, htmlOp{Op: op.Op, Framing: op.Framing && op.Op != "=",
				Pieces: splitFraming(text, op.Framing && op.Op != "=", fw)})
		}
		hf.Diff = hd
	}
	return hf
}

// htmlDocuments lists, per document, the sentences that hold claims, in
// document order, with each quote marked by the anchor of its claim.
func htmlDocuments(r *Report, docs *docIndex) []htmlDoc {
	type mark struct {
		qs, qe int
		id     string
		v      compare.Verdict
	}
	type sentence struct {
		start, line int
		text        string
		marks       []mark
		refs        []htmlRef
	}
	byDoc := map[string]map[int]*sentence{}
	for fi := range r.Findings {
		f := &r.Findings[fi]
		for i := range f.Claims {
			c := &f.Claims[i]
			m := byDoc[c.Doc]
			if m == nil {
				m = map[int]*sentence{}
				byDoc[c.Doc] = m
			}
			s := m[c.Start]
			if s == nil {
				s = &sentence{start: c.Start, line: c.Line, text: c.Text}
				m[c.Start] = s
			}
			qs, qe := c.QuoteStart-c.Start, c.QuoteEnd-c.Start
			if qs < 0 || qe < qs || qe > len(s.text) || s.text[qs:qe] != c.Quote {
				qs = strings.Index(s.text, c.Quote)
				qe = qs + len(c.Quote)
				if qs < 0 || c.Quote == "" {
					qs, qe = 0, 0 // an anchor at the start of the sentence
				}
			}
			s.marks = append(s.marks, mark{qs, qe, claimAnchor(f, i), f.Verdict})
			ref := htmlRef{Anchor: "finding-" + f.ID, Fact: f.Fact, Class: verdictClass(f.Verdict)}
			if !slices.Contains(s.refs, ref) {
				s.refs = append(s.refs, ref)
			}
		}
	}
	var out []htmlDoc
	for n, d := range docs.docs {
		hd := htmlDoc{Anchor: "doc-" + strconv.Itoa(n+1), ID: d.ID, Path: d.Path, Title: d.Title, Source: d.Source, URL: d.URL, Link: webURL(d.URL), Published: d.Published}
		if hd.Path == d.ID {
			hd.Path = ""
		}
		var ss []*sentence
		for _, s := range byDoc[d.ID] {
			ss = append(ss, s)
		}
		slices.SortFunc(ss, func(a, b *sentence) int { return a.start - b.start })
		seenLine := map[int]bool{}
		for _, s := range ss {
			hs := htmlSentence{Line: s.line, Refs: s.refs}
			if !seenLine[s.line] {
				seenLine[s.line] = true
				hs.Anchor = docs.lineAnchor(d.ID, s.line)
			}
			// Merge overlapping quotes into one mark holding every id.
			slices.SortStableFunc(s.marks, func(a, b mark) int {
				if a.qs != b.qs {
					return a.qs - b.qs
				}
				return b.qe - a.qe
			})
			pos := 0
			for i := 0; i < len(s.marks); {
				m := s.marks[i]
				seg := htmlSeg{Mark: true, ID: m.id}
				end, best := m.qe, m.v
				j := i + 1
				for ; j < len(s.marks) && (s.marks[j].qs < end || s.marks[j].qs == m.qs); j++ {
					seg.MoreIDs = append(seg.MoreIDs, s.marks[j].id)
					end = max(end, s.marks[j].qe)
					best = min(best, s.marks[j].v)
				}
				seg.Class = verdictClass(best)
				if m.qs > pos {
					hs.Segs = append(hs.Segs, htmlSeg{Text: s.text[pos:m.qs]})
				}
				seg.Text = s.text[m.qs:end]
				hs.Segs = append(hs.Segs, seg)
				pos = max(pos, end)
				i = j
			}
			if pos < len(s.text) {
				hs.Segs = append(hs.Segs, htmlSeg{Text: s.text[pos:]})
			}
			for i := range hs.Segs {
				hs.Segs[i].Text = foldSpace(hs.Segs[i].Text)
			}
			hd.Sentences = append(hd.Sentences, hs)
		}
		out = append(out, hd)
	}
	return out
}
