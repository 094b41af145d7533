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
// reader's tables say of it. A number the shared stream splits into
// several tokens ("3 200", "USD1,700", "-5") is one token here (see
// digits.go); its offsets still point into the text.
type token struct {
	start, end int32
	kind       uint8
	// space reports that white space (or the start of the text) comes
	// before the token.
	space bool
	// cap reports that a word starts with an upper-case letter.
	cap bool
	// sign is -1 or +1 for a number written with a minus or plus sign
	// against it ("-5", "+0.2"), whose text starts with the sign; lead is
	// the length in bytes of that sign.
	sign int8
	lead uint8
	// grouped marks a number whose digits are grouped by spaces, thin
	// spaces or apostrophes ("3 200", "1'000"), which digitsAt drops.
	grouped bool
	// info is the lexicon entry of the token's lower-cased text, or nil.
	info *wordInfo
}

// maxKey is the longest token looked up in the lexicon; longer tokens
// cannot be lexicon words.
const maxKey = 24

// annotate appends to dst the tokens of ts with their lexicon entries.
// Only tokens that may be lexicon words are looked up: words of at most
// maxKey bytes that are one letter, start with two letters or are a
// letter and a digit ("Q3"), numbers of at most six bytes, and a few
// symbols. The pieces of
// a number are joined into one token on the way (joinNumber).
func (r *Reader) annotate(dst []token, ts *tok.Stream) []token {
	text := ts.Text
	toks := ts.Tokens
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		w := text[t.Start:t.End]
		var info *wordInfo
		switch t.Kind {
		case tok.Word:
			if t.Cap && len(w) > 1 && len(w) <= maxKey && (isDigit(w[1]) || len(w) > 2 && (isDigit(w[2]) || len(w) > 3 && isDigit(w[3]))) {
				// "USD1,700", "PS2.7m": a currency code against its figure.
				if d, k, ok := r.splitCode(dst, ts, i); ok {
					dst = d
					i = k
					continue
				}
			}
			if isLetter(w[0]) && len(w) <= maxKey && (len(w) == 1 || isLetter(w[1]) || len(w) == 2 && isDigit(w[1])) {
				info = r.table.find(w) // "Q3" too
			}
		case tok.Number:
			nt := token{start: t.Start, end: t.End, kind: tokNum, space: t.Space, cap: t.Cap}
			var k int
			dst, nt, k = r.joinNumber(dst, nt, ts, i)
			if k == i && len(w) <= 6 {
				nt.info = r.table.find(w)
			}
			i = k
			dst = append(dst, nt)
			continue
		default:
			if c := w[0]; c == '$' || c == '#' || c == '%' || c == '+' || c == '~' || c >= utf8.RuneSelf {
				info = r.table.find(w)
			}
		}
		// The token is filled in where it lies: a copy of one assembled
		// field by field elsewhere costs more than the fields.
		dst = append(dst, token{})
		nt := &dst[len(dst)-1]
		nt.start, nt.end, nt.kind = t.Start, t.End, uint8(t.Kind)
		nt.space, nt.cap, nt.info = t.Space, t.Cap, info
	}
	return dst
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
