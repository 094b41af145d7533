package claims

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/lexicon"
	"github.com/claimcheck/claimcheck/claims/token"
)

// Places: the places a sentence names, known to the lexicon or not. A
// report of any country names towns, provinces and regions no lexicon
// lists ("in El Geneina", "the Kherson region", "in the DPR"): a run of
// capitalized words that a place preposition introduces, or that a
// territory noun follows, is read as a place of that name.

// placeHit is a place named in a sentence.
type placeHit struct {
	tok, n int
	// name is the canonical name: the lexicon's, or the words as written
	// without the territory noun ("Kherson" of "the Kherson region").
	name string
	// entity indexes Lexicon.Entities, or is -1 for a place the lexicon
	// does not know.
	entity  int
	demonym bool
}

// readPlaces lists the places of the sentence, in order: the lexicon's
// territories and countries (metonyms left out: "Baku" acts, it is no
// place here), and the unknown places.
func (st *sentenceState) readPlaces(e *Extractor) {
	st.places = st.places[:0]
	for _, en := range st.entities {
		ent := &e.lex.Entities[en.entity]
		if en.metonym || !(ent.Type.Territory() || ent.Type == lexicon.TypeCountry) {
			continue
		}
		st.places = append(st.places, placeHit{tok: en.tok, n: en.n, name: ent.Name, entity: en.entity, demonym: en.demonym})
	}
	if st.titleCase {
		return
	}
	words := st.tok.Words
	for k := 0; k < len(words); k++ {
		if !st.unknownName(k) {
			continue
		}
		j := k + 1
		for j < len(words) && st.unknownName(j) && words[j].Break == 0 {
			j++
		}
		// "the Kherson region", "Rakhine state", "in the DPR", "in El
		// Geneina": a territory noun after, or a place preposition
		// before (a determiner may stand between).
		if j < len(words) && words[j].Break == 0 && (words[j].Joined || st.placeCovering(j) >= 0 || st.coveredByEntity(j)) {
			// "Buddhist-majority", "Rohingya Muslims": a qualifier, not
			// a place.
			k = j - 1
			continue
		}
		territory := j < len(words) && words[j].Break == 0 && st.territoryNoun(j)
		in := k > 0 && (st.is(k-1, lexicon.FnIn) || k > 1 && st.is(k-1, lexicon.FnDeterminer) && st.is(k-2, lexicon.FnIn))
		if (territory || in) && (k > 0 || territory) {
			st.places = append(st.places, placeHit{tok: k, n: j - k, name: st.tok.WordText(k, j-1), entity: -1})
		}
		k = j - 1
	}
	// Keep them in text order.
	for i := 1; i < len(st.places); i++ {
		for j := i; j > 0 && st.places[j].tok < st.places[j-1].tok; j-- {
			st.places[j], st.places[j-1] = st.places[j-1], st.places[j]
		}
	}
}

// unknownName reports whether word k is a capitalized word the lexicon
// and the number reader know nothing of: a word of a name it does not
// list.
func (st *sentenceState) unknownName(k int) bool {
	w := st.tok.Words[k]
	if !w.Cap || st.tok.Tokens[w.Tok].Kind != token.Word || st.coveredByEntity(k) || st.mentionAt(k) >= 0 || st.hitAt(k) {
		return false
	}
	return !strings.ContainsAny(st.tok.Norm(k), "0123456789")
}

// territoryNoun reports whether word k is a noun of the lexicon's
// territories ("region", "province", "state").
func (st *sentenceState) territoryNoun(k int) bool {
	for _, h := range st.hits {
		if h.I == k {
			if _, ok := h.Has(lexicon.CatTerritory); ok {
				return true
			}
		}
	}
	return false
}

// placeCovering returns the place hit that covers word k, or -1.
func (st *sentenceState) placeCovering(k int) int {
	for i, p := range st.places {
		if k >= p.tok && k < p.tok+p.n {
			return i
		}
	}
	return -1
}
