package claims

import (
	"math"

	"github.com/claimcheck/claimcheck/claims/lexicon"
	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/claimcheck/claimcheck/claims/norm"
)

// Shares: claims of what share of a vote went one way ("99.2% voted in
// favour", "89 percent of voters backed independence") and of how many
// voted ("turnout was 76.9%").

// shareClaim makes a claim of a percentage next to a measure word of a
// share kind, for the vote the sentence or the story names.
func (e *Extractor) shareClaim(st *sentenceState, mi int, sty *story, d *load.Document) (Claim, bool) {
	m := &st.mentions[mi]
	q := m.Quantity
	r := st.mtok[mi]
	best, bestD := -1, math.MaxInt
	for _, h := range st.hits {
		en, ok := h.Has(lexicon.CatMeasure)
		if !ok || e.measureKind[en.ID].Info().Value != ShareValue {
			continue
		}
		dist := st.distance(r[0], r[1], h.I, h.I+h.N-1)
		if dist > measureWindow || st.crossesCount(mi, h.I) {
			continue
		}
		if dist < bestD {
			best, bestD = en.ID, dist
		}
	}
	if best < 0 {
		return Claim{}, false
	}
	kind := e.measureKind[best]
	c := Claim{Kind: kind, Measure: e.lex.Measures[best].Name, Value: norm.Value{Quantity: &q}}
	c.Subject.Group = "voters"
	c.Subject.Place = st.place(e, r)
	c.Event = e.voteEvent(st, r)
	sty.of(e, &c, st.pub)
	c.Scope = e.scopeOf(st, mi, kind, &c.Event, sty, -1)
	if kind.Info().Running {
		c.Counted = e.countedOf(st, mi, d, false)
	}
	return c, true
}

// voteEvent returns the vote a share belongs to: the nearest election
// noun of the sentence (harmless events included: a vote kills no one).
func (e *Extractor) voteEvent(st *sentenceState, r [2]int) Event {
	best, bestD := -1, math.MaxInt
	for i, ev := range st.events {
		if e.lex.Events[ev.typ].Type != "election" {
			continue
		}
		if d := st.distance(r[0], r[1], ev.tok, ev.tok+ev.n-1); d < bestD && d < 1<<20 {
			best, bestD = i, d
		}
	}
	if best < 0 {
		return Event{}
	}
	return e.makeEvent(&st.events[best])
}
