package claims

import (
	"strconv"

	"github.com/claimcheck/claimcheck/claims/lexicon"
	"github.com/claimcheck/claimcheck/claims/norm"
	"github.com/claimcheck/claimcheck/claims/token"
)

// Magnitudes: the figure an event is measured by, when it is one figure
// for the event's whole life ("a magnitude 7.8 earthquake").

// magnitudeClaims adds a claim of the magnitude of each event of the
// sentence that the sentence measures, of a type whose measure is fixed
// (Lexicon events, fixed: true).
func (e *Extractor) magnitudeClaims(st, prev *sentenceState, sty *story, add func(Claim, int, int)) {
	for i := range st.events {
		ev := &st.events[i]
		typ := &e.lex.Events[ev.typ]
		if ev.magnitude == 0 || !typ.Fixed || len(typ.MeasuredBy) == 0 || ev.plural || st.provisional(ev.magTok) {
			continue
		}
		q := norm.Quantity{Low: ev.magnitude, High: ev.magnitude, Stated: ev.magnitude, HasStated: true, Class: norm.Measure}
		w := st.tok.Words[ev.magTok]
		qs, qe := w.Start, w.End
		if mi := st.mentionAt(ev.magTok); mi >= 0 {
			// "a magnitude of at least 6.8": the reader's bounds.
			m := st.mentions[mi].Quantity
			q.Low, q.High, q.LowOpen, q.HighOpen, q.Qualifier = m.Low, m.High, m.LowOpen, m.HighOpen, m.Qualifier
			qs, qe = st.mentions[mi].Start, st.mentions[mi].End
		}
		c := Claim{Kind: Magnitude, Measure: typ.MeasuredBy[0], Value: norm.Value{Quantity: &q}, Event: e.makeEvent(ev)}
		sty.of(e, &c, st.pub)
		c.Subject.Place = st.place(e, [2]int{ev.tok, ev.tok + ev.n - 1})
		add(c, qs, qe)
	}
	if len(st.events) == 0 && prev != nil {
		e.pronounMagnitude(st, prev, sty, add)
	}
}

// pronounMagnitude adds the claim of a magnitude a sentence that names no
// event gives the event of the sentence before, by a pronoun: "A second
// quake hit the region. The agency said it measured 7.6 magnitude."
func (e *Extractor) pronounMagnitude(st, prev *sentenceState, sty *story, add func(Claim, int, int)) {
	var p *event
	for i := len(prev.events) - 1; i >= 0 && p == nil; i-- {
		if ev := &prev.events[i]; e.lex.Events[ev.typ].Fixed && len(e.lex.Events[ev.typ].MeasuredBy) > 0 && !ev.plural {
			p = ev
		}
	}
	if p == nil {
		return
	}
	typ := &e.lex.Events[p.typ]
	pronoun := false
	for k := range st.tok.Words {
		if st.is(k, lexicon.FnEventPronoun) {
			pronoun = true
			continue
		}
		if !pronoun || st.tok.Tokens[st.tok.Words[k].Tok].Kind != token.Number {
			continue
		}
		v, err := strconv.ParseFloat(st.tok.WordText(k, k), 64)
		if err != nil || v <= 0 || v > 10 || !(st.measuredBy(typ, k+1, k+1) || st.measuredBy(typ, k-2, k-1)) || st.provisional(k) {
			continue
		}
		ev := *p
		ev.magnitude, ev.magTok = v, k
		q := norm.Quantity{Low: v, High: v, Stated: v, HasStated: true, Class: norm.Measure}
		w := st.tok.Words[k]
		qs, qe := w.Start, w.End
		if mi := st.mentionAt(k); mi >= 0 {
			m := st.mentions[mi].Quantity
			q.Low, q.High, q.LowOpen, q.HighOpen, q.Qualifier = m.Low, m.High, m.LowOpen, m.HighOpen, m.Qualifier
			qs, qe = st.mentions[mi].Start, st.mentions[mi].End
		}
		c := Claim{Kind: Magnitude, Measure: typ.MeasuredBy[0], Value: norm.Value{Quantity: &q}, Event: e.makeEvent(&ev)}
		sty.of(e, &c, st.pub)
		add(c, qs, qe)
		return
	}
}

// provisional reports whether an "earlier" word stands in the dozen
// words before word k ("preliminary data showed the quake measured 7.7",
// "initially put at 7.4"): a first reading, which a later one replaces
// rather than contradicts.
func (st *sentenceState) provisional(k int) bool {
	for j := max(0, k-provisionalReach); j < k; j++ {
		if st.is(j, lexicon.FnEarlier) {
			return true
		}
	}
	return false
}

// provisionalReach is how far before a magnitude an "earlier" word makes
// it a first reading.
const provisionalReach = 12
