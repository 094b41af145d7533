package serve

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/token"
	"github.com/claimcheck/claimcheck/compare"
)

// diffView is a finding's word diff as the page shows it.
type diffView struct {
	A, B string
	Ops  []diffOp
}

// diffOp is one run of the diff: "=" in both sentences, "-" only in A,
// "+" only in B, cut into pieces with the framing words marked.
type diffOp struct {
	Op      string
	Framing bool
	Pieces  []diffPiece
}

// diffPiece is a run of text, a framing word or not.
type diffPiece struct {
	Text    string
	Framing bool
}

// newDiffView returns the view of f's word diff, nil when f has none.
func newDiffView(f *compare.Finding) *diffView {
	d := f.Diff
	if d == nil {
		return nil
	}
	words := map[string]bool{}
	for _, c := range f.Claims {
		for _, w := range c.Framing {
			for _, x := range strings.Fields(strings.ToLower(w.Word)) {
				words[x] = true
			}
		}
	}
	v := &diffView{A: d.A, B: d.B}
	for _, op := range d.Ops {
		marked := op.Framing && op.Op != "="
		v.Ops = append(v.Ops, diffOp{Op: op.Op, Framing: marked, Pieces: framingPieces(foldSpace(op.Text), marked, words)})
	}
	return v
}

// framingPieces cuts the text of a diff run into pieces, marking the
// framing words, cut as the shared token stream cuts words (as the word
// diff does). A marked run in which no word is found is marked whole; an
// unmarked run is one plain piece.
func framingPieces(text string, marked bool, words map[string]bool) []diffPiece {
	if !marked {
		return []diffPiece{{Text: text}}
	}
	var out []diffPiece
	found := false
	var ts token.Stream
	ts.Reset(text)
	for _, c := range ts.Chunks(nil) {
		fw := c.Word && words[strings.ToLower(text[c.Start:c.End])]
		found = found || fw
		if n := len(out); n > 0 && out[n-1].Framing == fw {
			out[n-1].Text += text[c.Start:c.End]
		} else {
			out = append(out, diffPiece{Text: text[c.Start:c.End], Framing: fw})
		}
	}
	if !found {
		return []diffPiece{{Text: text, Framing: true}}
	}
	return out
}
