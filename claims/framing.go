package claims

import (
	"slices"

	"github.com/claimcheck/claimcheck/claims/lexicon"
)

// Framing: the loaded words of a sentence that bear on a claim.

// framing returns the sentence's framing words that bear on a claim
// (its kind's KindInfo.Frames), in order. A word for armed men that names
// another group than the one a count counts ("terrorists" beside "12
// soldiers killed") frames the other side, not the count: it stays in the
// framing claims of its own.
func (e *Extractor) framing(st *sentenceState, c *Claim) []FramingWord {
	frames := c.Kind.Info().Frames
	if len(frames) == 0 {
		return nil
	}
	var out []FramingWord
	for hi, h := range st.hits {
		if st.insideFrame(hi) {
			// "terrorist" inside "anti-terrorist operation".
			continue
		}
		for _, en := range h.Entries {
			if en.Cat != lexicon.CatFrame {
				continue
			}
			f := &e.lex.Framing[en.ID]
			if slices.Contains(frames, f.Frame) && !e.otherGroup(h, c) {
				out = append(out, FramingWord{Frame: f.Frame, Word: en.Word, Tone: f.Words[en.Word]})
			}
		}
	}
	return out
}

// otherGroup reports whether hit h names a group a count does not count:
// a group word of another group than the claim's, and not one whose men
// of a state the claim counts ("Ukrainian militants", Ukraine's soldiers).
func (e *Extractor) otherGroup(h lexicon.Hit, c *Claim) bool {
	if c.Kind.Info().Value != CountValue || c.Subject.Group == "" {
		return false
	}
	en, ok := h.Has(lexicon.CatGroup)
	if !ok {
		return false
	}
	g := &e.lex.Groups[en.ID]
	if g.StateAs == c.Subject.Group && c.Subject.Side != "" {
		return false // the state's men, in the other side's word
	}
	return g.Name != c.Subject.Group && g.CasualtiesAs != c.Subject.Group
}

// insideFrame reports whether lexicon hit hi lies inside a longer hit
// with a framing entry: the longer phrase is the loaded word.
func (st *sentenceState) insideFrame(hi int) bool {
	if !st.insideDone {
		// Worked out once a sentence: each frame phrase marks the
		// shorter hits inside it.
		st.insideDone = true
		if cap(st.inside) < len(st.hits) {
			st.inside = make([]bool, len(st.hits))
		} else {
			st.inside = st.inside[:len(st.hits)]
			clear(st.inside)
		}
		for _, o := range st.hits {
			if _, ok := o.Has(lexicon.CatFrame); !ok || o.N < 2 {
				continue
			}
			for j, h := range st.hits {
				if h.I > o.I+o.N {
					break
				}
				if h.N < o.N && h.I >= o.I && h.I+h.N <= o.I+o.N {
					st.inside[j] = true
				}
			}
		}
	}
	return st.inside[hi]
}
