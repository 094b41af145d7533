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
	if len(g) > 0 && g[0].Kind.Info().Value == claims.WordsValue {
		return wordsDiffer(g)
	}
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

// wordsDiffer returns the frames in which two documents of a group of
// framing claims (claims that are their loaded words) word one thing in
// different tones. Words that describe a named group or government
// differ whenever their tones do ("militia" and "paramilitary" of the
// RSF). Words a report uses of its story's act or territory, which may
// describe different things ("attack" and "genocide"), differ only when
// both are loaded and their tones differ ("clearance operations" and
// "ethnic cleansing"), or when one is a neutral word the other qualifies
// ("sham referendums" and "referendums").
func wordsDiffer(g []claims.Claim) map[string]bool {
	out := map[string]bool{}
	named := g[0].Subject.Side != ""
	for _, c := range g {
		named = named && c.Subject.Named
	}
	for i := range g {
		for j := i + 1; j < len(g); j++ {
			if g[i].Doc == g[j].Doc {
				continue
			}
			for _, a := range g[i].Framing {
				for _, b := range g[j].Framing {
					if a.Frame != b.Frame || a.Tone == b.Tone || out[a.Frame] {
						continue
					}
					na, nb := neutral(a.Tone), neutral(b.Tone)
					switch {
					case named,
						!na && !nb,
						na && strings.Contains(b.Word, a.Word),
						nb && strings.Contains(a.Word, b.Word),
						head(a.Word) == head(b.Word):
						out[a.Frame] = true
					}
				}
			}
		}
	}
	return out
}

// neutral reports whether a tone is neutral: the word connotes nothing.
func neutral(tone string) bool { return tone == "neutral" }

// head returns the last part of a phrase, across spaces and hyphens:
// "regime-held" and "government-held" name one thing by one head.
func head(w string) string {
	if i := strings.LastIndexAny(w, " -"); i >= 0 {
		return w[i+1:]
	}
	return w
}
