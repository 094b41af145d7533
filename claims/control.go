package claims

import (
	"github.com/claimcheck/claimcheck/claims/lexicon"
	"github.com/claimcheck/claimcheck/claims/norm"
)

// controlFrames maps each framing frame to the role of its words in
// control claims, from the lexicon's control section.
func controlFrames(lx *lexicon.Lexicon) []lexicon.ControlRole {
	roles := make([]lexicon.ControlRole, len(lx.Framing))
	byFrame := lx.Control.Frames()
	for i, f := range lx.Framing {
		roles[i] = byFrame[f.Frame]
	}
	return roles
}

// controlWord is a control word found in a sentence.
type controlWord struct {
	tok, n int
	role   lexicon.ControlRole
	hold   bool // the word also says who held ("occupied")
	text   string
}

// controlWindow is how many words may stand between a control word and
// the side or time it takes.
const controlWindow = 8

// controlClaim makes the control claim of a sentence, if it states one: a
// word saying that control of a territory passed from one side to another
// ("liberated", "ceded", "seceded"), the territory (named in the sentence,
// or a noun such as "the region" standing for the region the article last
// named), the sides, and the time. region is the last region the document
// named before this sentence.
func (e *Extractor) controlClaim(st *sentenceState, prev *sentenceState, region string) (Claim, controlWord, bool) {
	var words []controlWord
	for _, h := range st.hits {
		w := controlWord{tok: h.I, n: h.N, text: st.tok.WordText(h.I, h.I+h.N-1)}
		for _, en := range h.Entries {
			if en.Cat != lexicon.CatFrame {
				continue
			}
			switch r := e.controlRoles[en.ID]; r {
			case lexicon.RoleHold:
				w.hold = true
			case 0:
			default:
				w.role = r
			}
		}
		if w.role == 0 && w.hold {
			w.role = lexicon.RoleHold
		}
		if w.role != 0 && !st.negated(w.tok) {
			words = append(words, w)
		}
	}
	// A word that also says who held ("occupied") is a change only when
	// it is active and the sentence has no other change word.
	changes := 0
	for _, w := range words {
		if w.role != lexicon.RoleHold && !w.hold {
			changes++
		}
	}
	first := -1
	for i := range words {
		w := &words[i]
		if w.hold && w.role != lexicon.RoleHold {
			if changes > 0 || st.byAfter(w.tok+w.n) >= 0 {
				w.role = lexicon.RoleHold
			} else {
				w.role = lexicon.RoleGain // "the Armenian military occupied Nagorno-Karabakh"
			}
		}
		if w.role != lexicon.RoleHold && first < 0 {
			first = i
		}
	}
	if first < 0 {
		return Claim{}, controlWord{}, false
	}
	territory, terrEntity := st.territory(e, words[first].tok, region)
	if territory == "" {
		return Claim{}, controlWord{}, false
	}
	var from, to string
	for _, w := range words {
		switch w.role {
		case lexicon.RoleGain:
			if by := st.byAfter(w.tok + w.n); by >= 0 {
				to = e.sideName(st, by)
			} else if s := st.subjectBefore(e, w.tok, terrEntity); s >= 0 {
				to = e.sideName(st, s)
			}
		case lexicon.RoleLose:
			if s := st.subjectBefore(e, w.tok, terrEntity); s >= 0 {
				from = e.sideName(st, s)
			}
		case lexicon.RoleSecede:
			to = territory
			if f := st.fromAfter(w.tok + w.n); f >= 0 {
				from = e.sideName(st, f)
			}
		case lexicon.RoleHold:
			if by := st.byAfter(w.tok + w.n); by >= 0 && from == "" {
				from = e.sideName(st, by)
			}
		}
	}
	// A territory that belongs to a country changes hands from or to it
	// when the text names only the other side ("the Armenian military
	// occupied Nagorno-Karabakh": Azerbaijan lost it; "Armenia lost
	// control of Shusha": Azerbaijan gained it).
	owner := e.owner[territory]
	switch {
	case from == "" && to != "":
		// The owner lost it, unless the owner is who gained it: then the
		// region it lies in ("Azerbaijan captured Shusha": from
		// Nagorno-Karabakh).
		if owner == to {
			owner = e.parent[territory]
		}
		if owner != to {
			from = owner
		}
	case to == "" && from != "" && owner != from:
		to = owner
	}
	if from == to {
		from = ""
	}
	w := words[first]
	c := Claim{Kind: Control, Measure: "change",
		Control: &ControlChange{Territory: territory, From: from, To: to}}
	c.Subject.Place = territory
	c.Subject.Side = from
	c.Event = Event{Type: "control", Text: w.text}
	if t := st.controlTime(e, prev, w.tok); t != nil {
		c.Event.Time = t
		c.Value = norm.Value{Time: t}
	}
	c.Event.Key = EventKey(c.Event)
	return c, w, true
}

// negated reports whether a negation stands just before token i
// ("never annexed", "did not capture", "has not ceded").
func (st *sentenceState) negated(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if st.is(k, lexicon.FnNegation) {
			return true
		}
	}
	return false
}

// byAfter returns the index into st.entities of the side named by "by"
// a few words after token i ("captured by Azerbaijan", "reconquered in
// September by Baku"), or -1.
func (st *sentenceState) byAfter(i int) int {
	for k := i; k < i+4 && k < len(st.tok.Words); k++ {
		if k > i && st.tok.Words[k].Break != 0 {
			return -1
		}
		if st.is(k, lexicon.FnBy) {
			return st.entityAt(k+1, 3)
		}
	}
	return -1
}

// fromAfter returns the first token of the side named by "from" right
// after token i ("seceded from Azerbaijan"), or -1. A control word that
// ends in "from" ("split from") has taken it already.
func (st *sentenceState) fromAfter(i int) int {
	if st.is(i, lexicon.FnFrom) {
		i++
	} else if !st.is(i-1, lexicon.FnFrom) {
		return -1
	}
	return st.entityAt(i, 3)
}

// entityAt returns the index into st.entities of an entity starting
// within n words from token i, with no punctuation on the way, or -1.
func (st *sentenceState) entityAt(i, n int) int {
	for k, en := range st.entities {
		if en.tok >= i && en.tok < i+n && !st.breakBetween(i, en.tok) {
			return k
		}
	}
	return -1
}

// subjectBefore returns the index into st.entities of the side that is
// the subject of the control word at token v: the nearest country,
// organization or group before it within controlWindow words, across
// commas ("a heavy defeat for Armenia, which had to surrender") but not
// sentence-level breaks, and not the territory itself. -1 if none.
func (st *sentenceState) subjectBefore(e *Extractor, v int, terrEntity int) int {
	for k := len(st.entities) - 1; k >= 0; k-- {
		en := st.entities[k]
		end := en.tok + en.n - 1
		if end >= v || en.entity == terrEntity {
			continue
		}
		if v-end > controlWindow || st.distance(end, end, v, v) >= 1<<20 {
			return -1
		}
		if e.lex.Entities[en.entity].Type.Party() {
			return k
		}
	}
	return -1
}

// sideName returns the canonical name of entity hit k.
func (e *Extractor) sideName(st *sentenceState, k int) string {
	return e.lex.Entities[st.entities[k].entity].Name
}

// territory returns the territory a control word at token v is about, and
// its entity index: the region or city of the sentence nearest to it, or,
// when a territory noun ("the region", "territories") stands in the
// sentence, the region the article last named. "" if none.
func (st *sentenceState) territory(e *Extractor, v int, region string) (string, int) {
	best, bestD := -1, 1<<30
	for _, en := range st.entities {
		if !e.lex.Entities[en.entity].Type.Territory() {
			continue
		}
		d := en.tok - v
		if d < 0 {
			d = -d
		}
		if d < bestD {
			best, bestD = en.entity, d
		}
	}
	if best >= 0 {
		return e.lex.Entities[best].Name, best
	}
	if region == "" {
		return "", -1
	}
	for _, h := range st.hits {
		if _, ok := h.Has(lexicon.CatTerritory); ok {
			return region, -1
		}
	}
	return "", -1
}

// lastRegion returns the last region the sentence names, or "".
func (st *sentenceState) lastRegion(e *Extractor) string {
	for k := len(st.entities) - 1; k >= 0; k-- {
		if e.lex.Entities[st.entities[k].entity].Type == lexicon.TypeRegion {
			return e.lex.Entities[st.entities[k].entity].Name
		}
	}
	return ""
}

// controlTime returns when the change at token v took place: a time
// within controlWindow words of it, else the time of an event named
// before it in the sentence ("This conflict ... had to surrender"), else
// the time of the last dated event of the sentence before ("As part of
// this agreement, Armenia ceded").
func (st *sentenceState) controlTime(e *Extractor, prev *sentenceState, v int) *norm.Time {
	best, bestD := -1, controlWindow+1
	for mi, m := range st.mentions {
		if m.Kind != norm.TimeKind {
			continue
		}
		if d := st.distance(v, v, st.mtok[mi][0], st.mtok[mi][1]); d < bestD {
			best, bestD = mi, d
		}
	}
	if best >= 0 {
		t := st.mentions[best].Time
		return &t
	}
	for i := len(st.events) - 1; i >= 0; i-- {
		if ev := st.events[i]; ev.tok < v && ev.time != nil {
			return ev.time
		}
	}
	if prev != nil {
		for i := len(prev.events) - 1; i >= 0; i-- {
			if prev.events[i].time != nil {
				return prev.events[i].time
			}
		}
	}
	return nil
}
