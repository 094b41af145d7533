package claims

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/lexicon"
	"github.com/claimcheck/claimcheck/claims/norm"
	"github.com/claimcheck/claimcheck/claims/token"
)

// Attribution: who a sentence reports a claim from.

// attribution returns who a sentence reports a claim from: the words
// after "according to", or the speaker of a speech verb ("X said", "said
// X", "Baku says"), as a canonical entity where the lexicon knows it.
func (e *Extractor) attribution(st *sentenceState) string {
	for _, h := range st.hits {
		en, ok := h.Has(lexicon.CatSpeech)
		if !ok || st.inMeasure(h.I, severalWords) || st.takesLives(h.I+h.N) {
			// "claimed the lives of 153 people", "claimed 453 lives": a
			// casualty verb.
			continue
		}
		if en.Word == "according to" {
			if who := st.speakerAt(e, h.I+h.N); who != "" {
				return who
			}
			continue
		}
		// "Baku says", "Russia had accused": the speaker comes before.
		if who := st.speakerBefore(e, h.I); who != "" {
			return who
		}
		// "said Hajiyev": after, unless it is a time ("said Thursday")
		// or who was told ("told the Associated Press").
		if next := h.I + h.N; next < len(st.tok.Words) && st.tok.Words[next].Cap && !st.inTime(next) && !st.is(h.I, lexicon.FnTell) && st.speakerEnds(next) {
			if who := st.speakerAt(e, next); who != "" {
				return who
			}
		}
	}
	return ""
}

// speakerEnds reports whether the words from token i on close their
// clause within a few words, with no figure: a speaker named after its
// verb ("said Hajiyev.", "said Ivan Petrov, the spokesman"), not the
// subject of what was said ("says Brenner secured 48.9% of the vote").
func (st *sentenceState) speakerEnds(i int) bool {
	for j := i; j < len(st.tok.Words) && j <= i+speakerWindow; j++ {
		if j > i && st.tok.Words[j].Break != 0 {
			return true
		}
		if st.mentionAt(j) >= 0 && !st.inTime(j) {
			return false
		}
	}
	return i+speakerWindow >= len(st.tok.Words)-1
}

// takesLives reports whether a figure starting at word k is followed by
// lives ("claimed 453 lives").
func (st *sentenceState) takesLives(k int) bool {
	mi := st.mentionAt(k)
	if mi < 0 || st.mtok[mi][0] != k {
		return false
	}
	for j := st.mtok[mi][0]; j <= st.mtok[mi][1]+1 && j < len(st.tok.Words); j++ {
		if st.is(j, lexicon.FnLives) {
			return true
		}
	}
	return false
}

// speakerAt returns the speaker named from token i on: an entity within
// a few words, or else the words up to the next break ("officials", "the
// same source"), at most four.
func (st *sentenceState) speakerAt(e *Extractor, i int) string {
	if i >= len(st.tok.Words) {
		return ""
	}
	for _, en := range st.entities {
		if en.tok >= i && en.tok <= i+speakerWindow && !st.breakBetween(i, en.tok) {
			return e.lex.Entities[en.entity].Name
		}
	}
	j := i + 1
	for j < len(st.tok.Words) && j < i+4 && st.tok.Words[j].Break == 0 {
		j++
	}
	return strings.ToLower(st.tok.WordText(i, j-1))
}

// speakerBefore returns the subject of a speech verb at token v: the
// nearest entity before it in the same clause ("Baku says", "Russia had
// accused"), or the few words that open the clause ("the agency said").
func (st *sentenceState) speakerBefore(e *Extractor, v int) string {
	for k := len(st.entities) - 1; k >= 0; k-- {
		en := st.entities[k]
		end := en.tok + en.n - 1
		if end >= v {
			continue
		}
		if v-end <= speakerWindow && !st.breakBetween(end, v) {
			return e.lex.Entities[en.entity].Name
		}
		break
	}
	if d := st.dateline; v > d && v-d <= 4 {
		// "The army said 40 of the dead were soldiers", "The interior
		// ministry said on Thursday that": a short subject opening the
		// sentence (after its dateline), with no figure or time in it.
		ok := true
		for k := d; k < v && ok; k++ {
			ok = st.tok.Words[k].Break == 0 || k == d
			ok = ok && st.mentionAt(k) < 0 && st.tok.Tokens[st.tok.Words[k].Tok].Kind == token.Word &&
				!st.is(k, lexicon.FnPredicate) && !st.eventNounAt(k)
		}
		if ok && !st.is(v-1, lexicon.FnDeterminer) && (st.is(d, lexicon.FnDeterminer) || v-d <= 3 && isPlural(st.tok.Norm(v-1))) {
			// "Officials said", "Local medics said": a plural noun
			// needs no determiner.
			return strings.ToLower(st.tok.WordText(d, v-1))
		}
	}
	// The words of a short clause that the verb ends: ", the agency
	// said." The clause must open after a comma and close at the verb.
	start := v
	for start > 0 && st.tok.Words[start].Break == 0 && v-start < 3 {
		start--
	}
	// The clause may end in a time: ", officials said on Wednesday."
	after := v + 1
	for after < len(st.tok.Words) && after <= v+3 && st.tok.Words[after].Break == 0 && st.inTime(after) {
		after++
	}
	if start < v && start > 0 && st.tok.Words[start].Break == ',' &&
		(after == len(st.tok.Words) || st.tok.Words[after].Break == ',' || st.tok.Words[after].Break == '.') {
		for k := start; k < v; k++ {
			if st.is(k, lexicon.FnAnd|lexicon.FnOr) {
				return ""
			}
		}
		return strings.ToLower(st.tok.WordText(start, v-1))
	}
	return ""
}

// inTime reports whether token i is a word of a time mention, or "on",
// "in" or "at" just before one.
func (st *sentenceState) inTime(i int) bool {
	for mi, r := range st.mtok {
		if st.mentions[mi].Kind == norm.TimeKind && i >= r[0]-1 && i <= r[1] {
			return true
		}
	}
	return false
}

// speakerWindow is how many words may stand between a speech verb and
// its speaker.
const speakerWindow = 5

// counter returns the attribution as an entity of the lexicon, or nil
// when the speaker is no entity it knows ("officials", "the ministry").
func (e *Extractor) counter(attribution string) *Counter {
	i, ok := e.entityByName[attribution]
	if !ok {
		return nil
	}
	en := &e.lex.Entities[i]
	c := &Counter{Name: en.Name, Type: en.Type.String()}
	if en.Type != lexicon.TypeCountry {
		c.Country = e.owner[en.Name]
	}
	return c
}

// inMeasure reports whether word k is inside the words of a measure
// trigger that keep accepts ("claimed the lives of", "voting in favour").
func (st *sentenceState) inMeasure(k int, keep func(h lexicon.Hit, en lexicon.Entry) bool) bool {
	for _, h := range st.hits {
		if en, ok := h.Has(lexicon.CatMeasure); ok && h.I <= k && k < h.I+h.N && keep(h, en) {
			return true
		}
	}
	return false
}

// severalWords accepts a trigger of more than one word.
func severalWords(h lexicon.Hit, _ lexicon.Entry) bool { return h.N > 1 }
