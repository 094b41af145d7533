package norm

import (
	"unicode/utf8"

	tok "github.com/claimcheck/claimcheck/claims/token"
)

// Token kinds, as package token numbers them.
const (
	tokWord  = uint8(tok.Word)
	tokNum   = uint8(tok.Number)
	tokPunct = uint8(tok.Punct)
)

// token is a token of the shared stream (package token) with what the
// reader's tables say of it.
type token struct {
	start, end int32
	kind       uint8
	// space reports that white space (or the start of the text) comes
	// before the token.
	space bool
	// cap reports that a word starts with an upper-case letter.
	cap bool
	// info is the lexicon entry of the token's lower-cased text, or nil.
	info *wordInfo
}

// maxKey is the longest token looked up in the lexicon; longer tokens
// cannot be lexicon words.
const maxKey = 24

// annotate appends to dst the tokens of ts with their lexicon entries.
// Only tokens of at most maxKey bytes whose length and first letters some
// lexicon word shares are looked up.
func (r *Reader) annotate(dst []token, ts *tok.Stream) []token {
	text := ts.Text
	for _, t := range ts.Tokens {
		nt := token{start: t.Start, end: t.End, kind: uint8(t.Kind), space: t.Space, cap: t.Cap}
		w := text[t.Start:t.End]
		switch t.Kind {
		case tok.Word:
			if isLetter(w[0]) && r.mayBeWord(w) {
				nt.info = r.table.find(w)
			}
		case tok.Number:
			if len(w) <= 6 {
				nt.info = r.table.find(w)
			}
		default:
			if c := w[0]; c == '$' || c == '#' || c == '%' || c == '+' || c >= utf8.RuneSelf {
				nt.info = r.table.find(w)
			}
		}
		dst = append(dst, nt)
	}
	return dst
}

// mayBeWord reports whether some lexicon word starts like w and is as
// long: a cheap filter before the map lookup. w is ASCII letters first.
func (r *Reader) mayBeWord(w string) bool {
	if len(w) > maxKey || !isLetter(w[0]) || len(w) > 1 && !isLetter(w[1]) {
		return false
	}
	a, b := shapeKey(w)
	return r.shape[a][b]&(1<<uint(len(w))) != 0
}

// shapeKey returns the indexes of w's first two letters in Reader.shape.
func shapeKey(w string) (int, int) {
	a := int(lower(w[0]) - 'a' + 1)
	if len(w) == 1 {
		return a, 0
	}
	return a, int(lower(w[1]) - 'a' + 1)
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool  { return '0' <= c && c <= '9' }

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// eqFold reports whether s equals the lower-case ASCII word w, ignoring
// the case of s.
func eqFold(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lower(s[i]) != w[i] {
			return false
		}
	}
	return true
}
