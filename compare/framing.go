package compare

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// Framing: the frames in which sources word one fact in different tones.

// framingPair diffs the sentences of the first two documents of a group
// that frame the fact differently, marking the words of the frames whose
// tones differ.
func framingPair(g []claims.Claim) *WordDiff {
	for i := range g {
		for j := i + 1; j < len(g); j++ {
			if g[j].Doc == g[i].Doc {
				continue
			}
			frames := tonesDiffer([]claims.Claim{g[i], g[j]})
			if len(frames) == 0 {
				continue
			}
			marks := map[string]bool{}
			for _, c := range []*claims.Claim{&g[i], &g[j]} {
				for _, fw := range c.Framing {
					if frames[fw.Frame] {
						// Each word of a phrase ("split from").
						for _, w := range strings.Fields(fw.Word) {
							marks[w] = true
						}
					}
				}
			}
			return wordDiff(&g[i], &g[j], marks)
		}
	}
	return nil
}

// tonesDiffer returns the frames in which the documents of g use words of
// different tones.
func tonesDiffer(g []claims.Claim) map[string]bool {
	tones := map[string]map[string]bool{} // frame → tones
	for _, c := range g {
		for _, fw := range c.Framing {
			if tones[fw.Frame] == nil {
				tones[fw.Frame] = map[string]bool{}
			}
			tones[fw.Frame][fw.Tone] = true
		}
	}
	out := map[string]bool{}
	for frame, ts := range tones {
		if len(ts) > 1 {
			out[frame] = true
		}
	}
	return out
}

// framingDiff describes the frames in which the documents of a group use
// words of different tones: `control_change: "liberated" (a.txt) vs
// "captured" (b.txt)`, or "" when every frame is worded in one tone.
// Words of one tone are synonyms and never make a difference.
func framingDiff(g []claims.Claim) string {
	frames := tonesDiffer(g)
	if len(frames) == 0 {
		return ""
	}
	byFrame := map[string]map[string][]string{} // frame → word → docs
	for _, c := range g {
		for _, fw := range c.Framing {
			if !frames[fw.Frame] {
				continue
			}
			if byFrame[fw.Frame] == nil {
				byFrame[fw.Frame] = map[string][]string{}
			}
			if !slices.Contains(byFrame[fw.Frame][fw.Word], c.Doc) {
				byFrame[fw.Frame][fw.Word] = append(byFrame[fw.Frame][fw.Word], c.Doc)
			}
		}
	}
	var parts []string
	for _, frame := range sortedKeys(byFrame) {
		words := byFrame[frame]
		var ws []string
		for _, w := range sortedKeys(words) {
			ws = append(ws, fmt.Sprintf("%q (%s)", w, strings.Join(words[w], ", ")))
		}
		parts = append(parts, frame+": "+strings.Join(ws, " vs "))
	}
	return strings.Join(parts, "; ")
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
