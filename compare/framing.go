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
// that frame the fact differently (the first claim that has a partner,
// with its first partner), marking the words of the frames whose tones
// differ.
func framingPair(g []claims.Claim) *WordDiff {
	uses := wordUses(g)
	named := allNamed(g)
	words := g[0].Kind.Info().Value == claims.WordsValue
	for i := range g {
		best := -1
		for _, a := range g[i].Framing {
			for k := range uses {
				b := &uses[k]
				if !differs(a, b.fw, named, words) {
					continue
				}
				// The first claim of another document after i using b.
				at, _ := slices.BinarySearch(b.claims, i+1)
				for ; at < len(b.claims) && (best < 0 || b.claims[at] < best); at++ {
					if c := b.claims[at]; g[c].Doc != g[i].Doc {
						best = c
						break
					}
				}
			}
		}
		if best < 0 {
			continue
		}
		frames := tonesDiffer([]claims.Claim{g[i], g[best]})
		marks := map[string]bool{}
		for _, c := range []*claims.Claim{&g[i], &g[best]} {
			for _, fw := range c.Framing {
				if frames[fw.Frame] {
					// Each word of a phrase ("split from").
					for _, w := range strings.Fields(fw.Word) {
						marks[w] = true
					}
				}
			}
		}
		return wordDiff(&g[i], &g[best], marks)
	}
	return nil
}

// wordUse is one loaded word of a group, with the claims that use it in
// group order.
type wordUse struct {
	fw     claims.FramingWord
	claims []int
	docs   map[string]bool // the documents of the claims
}

// wordUses lists the distinct loaded words of a group's claims, in the
// order they first appear: one pass, so that a group of thousands of
// claims with a handful of words costs a handful of comparisons.
func wordUses(g []claims.Claim) []wordUse {
	var uses []wordUse
	at := map[claims.FramingWord]int{}
	for i := range g {
		for _, fw := range g[i].Framing {
			k, ok := at[fw]
			if !ok {
				k = len(uses)
				at[fw] = k
				uses = append(uses, wordUse{fw: fw, docs: map[string]bool{}})
			}
			if n := len(uses[k].claims); n == 0 || uses[k].claims[n-1] != i {
				uses[k].claims = append(uses[k].claims, i)
				uses[k].docs[g[i].Doc] = true
			}
		}
	}
	return uses
}

// allNamed reports whether every claim of a group of loaded words names
// the one referent it describes.
func allNamed(g []claims.Claim) bool {
	named := g[0].Subject.Side != ""
	for _, c := range g {
		named = named && c.Subject.Named
	}
	return named
}

// differs reports whether two loaded words frame one thing differently:
// words of one frame in different tones, and, for claims that are their
// loaded words (words set), in a pair wordsDiffer accepts.
func differs(a, b claims.FramingWord, named, words bool) bool {
	if a.Frame != b.Frame || a.Tone == b.Tone {
		return false
	}
	if !words {
		return true
	}
	na, nb := neutral(a.Tone), neutral(b.Tone)
	return named || !na && !nb ||
		na && strings.Contains(b.Word, a.Word) ||
		nb && strings.Contains(a.Word, b.Word) ||
		head(a.Word) == head(b.Word)
}

// twoDocs reports whether two words are used by two different documents
// of g: some claim of b is of another document than a's first, or, when
// every claim of b is of that one document, some claim of a is not.
//
// Words every one of whose documents uses both are no choice between
// them: "the separatists" and "the population", each report using both,
// name two things, not one thing in two tones.
func twoDocs(g []claims.Claim, a, b *wordUse) bool {
	d := g[a.claims[0]].Doc
	two := false
	for _, j := range b.claims {
		two = two || g[j].Doc != d
	}
	for _, i := range a.claims {
		two = two || g[i].Doc != d
	}
	return two && (!usedBy(b, a) || !usedBy(a, b))
}

// usedBy reports whether every document that uses the words of a uses
// those of b too.
func usedBy(a, b *wordUse) bool {
	for d := range a.docs {
		if !b.docs[d] {
			return false
		}
	}
	return true
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
// "ethnic cleansing"), when one is a neutral word the other qualifies
// ("sham referendums" and "referendums"), or when both name one thing by
// one head ("government-held" and "regime-held").
func wordsDiffer(g []claims.Claim) map[string]bool {
	out := map[string]bool{}
	named := allNamed(g)
	uses := wordUses(g)
	for a := range uses {
		for b := a + 1; b < len(uses); b++ {
			if !out[uses[a].fw.Frame] && differs(uses[a].fw, uses[b].fw, named, true) && twoDocs(g, &uses[a], &uses[b]) {
				out[uses[a].fw.Frame] = true
			}
		}
	}
	return out
}

// neutral reports whether a tone is neutral: the word connotes nothing.
func neutral(tone string) bool { return tone == "neutral" }

// salientWords keeps, of a group of framing claims (claims that are their
// loaded words), what each document's wording of the thing is: the first
// use of each of its words, and its neutral words only when it uses no
// loaded word of the frame. A report that calls the same men "fighters"
// once and "militants" three times words them as militants; its later
// uses of a word it has used already add nothing to compare.
func salientWords(g []claims.Claim) []claims.Claim {
	type dw struct{ doc, word string }
	loaded := map[string]bool{} // documents using a loaded word
	for i := range g {
		for _, fw := range g[i].Framing {
			if fw.Frame == g[i].Measure && !neutral(fw.Tone) {
				loaded[g[i].Doc] = true
			}
		}
	}
	seen := map[dw]bool{}
	out := make([]claims.Claim, 0, len(g))
	for i := range g {
		c := &g[i]
		keep, plain := false, true
		for _, fw := range c.Framing {
			if fw.Frame != c.Measure {
				continue
			}
			plain = plain && neutral(fw.Tone)
			if !seen[dw{c.Doc, fw.Word}] {
				seen[dw{c.Doc, fw.Word}] = true
				keep = true
			}
		}
		if keep && !(plain && loaded[c.Doc]) {
			out = append(out, *c)
		}
	}
	if len(out) == 0 {
		return g
	}
	return out
}

// head returns the last part of a phrase, across spaces and hyphens:
// "regime-held" and "government-held" name one thing by one head.
func head(w string) string {
	if i := strings.LastIndexAny(w, " -"); i >= 0 {
		return w[i+1:]
	}
	return w
}
