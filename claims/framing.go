package claims

import (
	"slices"

	"github.com/claimcheck/claimcheck/claims/lexicon"
)

// Framing: the loaded words of a sentence that bear on a claim.

// framing returns the sentence's framing words that bear on a claim
// kind (KindInfo.Frames), in order.
func (e *Extractor) framing(st *sentenceState, k Kind) []FramingWord {
	frames := k.Info().Frames
	if len(frames) == 0 {
		return nil
	}
	var out []FramingWord
	for _, h := range st.hits {
		for _, en := range h.Entries {
			if en.Cat != lexicon.CatFrame {
				continue
			}
			f := &e.lex.Framing[en.ID]
			if slices.Contains(frames, f.Frame) {
				out = append(out, FramingWord{Frame: f.Frame, Word: en.Word, Tone: f.Words[en.Word]})
			}
		}
	}
	return out
}
