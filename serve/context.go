package serve

import (
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/segment"
	"github.com/claimcheck/claimcheck/compare"
)

// contextSentences is how many sentences the finding page shows before
// and after a claim's own.
const contextSentences = 1

// quoteContext is a claim in the context of its document: the sentences
// before it, its own sentence cut around its quote, the sentences after.
type quoteContext struct {
	Before             []string
	Lead, Quote, Trail string
	After              []string
	// FromDocument is false when the document's text was not kept: the
	// claim's sentence is shown alone.
	FromDocument bool
}

// sentencesOf returns the sentences of document d, segmented once.
func (s *Server) sentencesOf(d *docEntry) []segment.Sentence {
	d.once.Do(func() {
		if d.doc != nil {
			d.sentences = s.seg.Segment(nil, d.doc)
		}
	})
	return d.sentences
}

// context returns claim c in the context of its document.
func (s *Server) context(c *claims.Claim) quoteContext {
	var qc quoteContext
	qc.Lead, qc.Quote, qc.Trail = cutQuote(c.Text, c.Quote, c.QuoteStart-c.Start, c.QuoteEnd-c.Start)
	d := s.docs[c.Doc]
	if d == nil || d.doc == nil {
		return qc
	}
	text := d.doc.Text
	if c.Start < 0 || c.End > len(text) || c.Start > c.End || text[c.Start:c.End] != c.Text {
		return qc // the document is not the one the claim was read from
	}
	qc.FromDocument = true
	ss := s.sentencesOf(d)
	// The sentences that end before the claim's, the last few of them.
	i := slices.IndexFunc(ss, func(x segment.Sentence) bool { return x.End > c.Start })
	if i < 0 {
		i = len(ss)
	}
	for _, x := range ss[max(0, i-contextSentences):i] {
		if x.Role != segment.RoleBoilerplate {
			qc.Before = append(qc.Before, oneLine(x.Text))
		}
	}
	j := slices.IndexFunc(ss, func(x segment.Sentence) bool { return x.Start >= c.End })
	if j >= 0 {
		for _, x := range ss[j:min(len(ss), j+contextSentences)] {
			if x.Role != segment.RoleBoilerplate {
				qc.After = append(qc.After, oneLine(x.Text))
			}
		}
	}
	return qc
}

// cutQuote cuts sentence around its quote at qs..qe, on one line. When
// the offsets do not hold the quote it is looked up in the sentence;
// failing that, the whole sentence is the lead.
func cutQuote(sentence, quote string, qs, qe int) (lead, q, trail string) {
	if qs < 0 || qe < qs || qe > len(sentence) || sentence[qs:qe] != quote {
		qs = strings.Index(sentence, quote)
		if qs < 0 || quote == "" {
			return oneLine(sentence), "", ""
		}
		qe = qs + len(quote)
	}
	lead = strings.TrimLeft(foldSpace(sentence[:qs]), " ")
	trail = strings.TrimRight(foldSpace(sentence[qe:]), " ")
	return lead, foldSpace(sentence[qs:qe]), trail
}

// docSeg is a run of a document's text on its page: plain, or a quote
// of claims, marked and linked to their findings.
type docSeg struct {
	Text string
	Mark bool
	// Anchors are the quotes' anchors ("q-OFFSET"), where finding pages
	// link to: the first is the mark's id.
	Anchors  []string
	Class    string // the most serious verdict quoting it
	Findings []docRef
}

// docRef is a finding that quotes a run of a document.
type docRef struct {
	ID, Fact, Class string
}

// docSegments cuts the text of document d into runs, marking the quotes
// of every claim of the report in it; quotes that overlap make one mark.
func (s *Server) docSegments(d *docEntry) []docSeg {
	text := d.doc.Text
	type mark struct {
		qs, qe int
		ref    docRef
		v      compare.Verdict
	}
	var marks []mark
	for _, cr := range d.claims {
		f := s.findings[cr.finding].f
		c := &f.Claims[cr.claim]
		qs, qe := c.QuoteStart, c.QuoteEnd
		if qs < 0 || qe <= qs || qe > len(text) || text[qs:qe] != c.Quote {
			continue
		}
		marks = append(marks, mark{qs, qe, docRef{f.ID, f.Fact, verdictClass(f.Verdict)}, f.Verdict})
	}
	slices.SortStableFunc(marks, func(a, b mark) int {
		if a.qs != b.qs {
			return a.qs - b.qs
		}
		return b.qe - a.qe
	})
	var out []docSeg
	pos := 0
	for i := 0; i < len(marks); {
		m := marks[i]
		seg := docSeg{Mark: true, Anchors: []string{quoteAnchor(m.qs)}, Findings: []docRef{m.ref}}
		end, best := m.qe, m.v
		j := i + 1
		for ; j < len(marks) && marks[j].qs < end; j++ {
			if a := quoteAnchor(marks[j].qs); !slices.Contains(seg.Anchors, a) {
				seg.Anchors = append(seg.Anchors, a)
			}
			if !slices.Contains(seg.Findings, marks[j].ref) {
				seg.Findings = append(seg.Findings, marks[j].ref)
			}
			end, best = max(end, marks[j].qe), min(best, marks[j].v)
		}
		if m.qs < pos { // cannot happen after merging; keep the text whole
			i = j
			continue
		}
		if m.qs > pos {
			out = append(out, docSeg{Text: text[pos:m.qs]})
		}
		seg.Text, seg.Class = text[m.qs:end], verdictClass(best)
		out = append(out, seg)
		pos, i = end, j
	}
	if pos < len(text) {
		out = append(out, docSeg{Text: text[pos:]})
	}
	return out
}

// quoteAnchor is the anchor of a quote at offset off on its document's
// page.
func quoteAnchor(off int) string { return "q-" + itoa(off) }

// foldSpace folds each run of white space into one space.
func foldSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\u00a0' {
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
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
