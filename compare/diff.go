package compare

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/token"
	"github.com/sergi/go-diff/diffmatchpatch"
)

// WordDiff sets two sentences side by side: the words they share and the
// words only one of them has, in order, so that a reader sees at once
// "liberated" where the other says "captured".
type WordDiff struct {
	// A and B are the documents of the two sentences.
	A string `json:"a"`
	B string `json:"b"`
	// Ops are the runs of text: "=" in both, "-" only in A, "+" only in
	// B. Framing marks a run that holds one of the framing words that
	// differ.
	Ops []DiffOp `json:"ops"`
}

// DiffOp is one run of a WordDiff.
type DiffOp struct {
	Op      string `json:"op"`
	Text    string `json:"text"`
	Framing bool   `json:"framing,omitempty"`
}

// wordDiff diffs the sentences of claims a and b word by word with
// github.com/sergi/go-diff, marking the runs that hold any of the
// framing words (single lower-case words).
func wordDiff(a, b *claims.Claim, framing map[string]bool) *WordDiff {
	ta, tb := splitWords(a.Text), splitWords(b.Text)
	// Map each distinct word to a rune, diff the rune strings, then map
	// back: a word-level diff from a character-level engine.
	ids := map[string]rune{}
	var words []string
	encode := func(ts []string) []rune {
		rs := make([]rune, len(ts))
		for i, t := range ts {
			r, ok := ids[t]
			if !ok {
				r = rune(0xE000 + len(words)) // private use area: not in the text
				ids[t] = r
				words = append(words, t)
			}
			rs[i] = r
		}
		return rs
	}
	ra, rb := encode(ta), encode(tb)
	dmp := diffmatchpatch.New()
	diffs := dmp.DiffMainRunes(ra, rb, false)
	out := &WordDiff{A: a.Doc, B: b.Doc}
	for _, d := range diffs {
		var text strings.Builder
		for _, r := range d.Text {
			text.WriteString(words[r-0xE000])
		}
		op := DiffOp{Op: "=", Text: text.String()}
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			op.Op = "-"
		case diffmatchpatch.DiffInsert:
			op.Op = "+"
		}
		if op.Op != "=" {
			for _, w := range splitWords(strings.ToLower(op.Text)) {
				if framing[w] {
					op.Framing = true
					break
				}
			}
		}
		out.Ops = append(out.Ops, op)
	}
	return out
}

// splitWords cuts s into words and the runs of space and punctuation
// between them, as the shared token stream cuts them (token.Stream.Chunks),
// so that joining the pieces gives s back.
func splitWords(s string) []string {
	var ts token.Stream
	ts.Reset(s)
	var out []string
	for _, c := range ts.Chunks(nil) {
		out = append(out, s[c.Start:c.End])
	}
	return out
}
