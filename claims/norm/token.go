package norm

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tokWord  uint8 = iota + 1 // letters, then letters or digits: "troops", "G7", "O'Brien"
	tokNum                    // a digit, then digits with inner "," or ".", then letters: "6,500", "2.5bn", "1990s"
	tokPunct                  // one other character: ",", "-", "–", "$", "%"
)

// token is one word, number or punctuation mark of a text, as byte offsets.
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

// Byte classes for the tokenizer.
const (
	clOther uint8 = iota
	clSpace
	clLetter // ASCII letter
	clUpper  // ASCII upper-case letter (also a letter)
	clDigit
	clHigh // a byte of a multi-byte UTF-8 sequence
)

var byteClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			t[c] = clSpace
		case 'a' <= c && c <= 'z':
			t[c] = clLetter
		case 'A' <= c && c <= 'Z':
			t[c] = clUpper
		case '0' <= c && c <= '9':
			t[c] = clDigit
		case c >= utf8.RuneSelf:
			t[c] = clHigh
		}
	}
	return t
}()

// tokenize appends the tokens of text[from:to] to dst, with offsets into
// text, looking each up in the lexicon. Only tokens of at most maxKey
// bytes whose length and first letters some lexicon word shares are
// looked up.
func (r *Reader) tokenize(dst []token, text string, from, to int) []token {
	space := true
	text = text[:to]
	for i := from; i < len(text); {
		c := text[i]
		switch byteClass[c] {
		case clSpace:
			space = true
			i++
			continue
		case clLetter, clUpper:
			j := i + 1
			for j < len(text) {
				k := byteClass[text[j]]
				if k == clLetter || k == clUpper || k == clDigit {
					j++
					continue
				}
				if k == clOther && text[j] != '\'' || k == clSpace {
					break
				}
				j = scanWord(text, j)
				break
			}
			t := token{start: int32(i), end: int32(j), kind: tokWord, space: space, cap: byteClass[c] == clUpper}
			if r.mayBeWord(text[i:j]) {
				t.info = r.table.find(text[i:j])
			}
			dst = append(dst, t)
			i = j
		case clDigit:
			j := scanNumber(text, i)
			t := token{start: int32(i), end: int32(j), kind: tokNum, space: space}
			if j-i <= 6 {
				t.info = r.table.find(text[i:j])
			}
			dst = append(dst, t)
			i = j
		default:
			if c >= utf8.RuneSelf && startsLetter(text[i:]) {
				j := scanWord(text, i)
				rr, _ := utf8.DecodeRuneInString(text[i:])
				dst = append(dst, token{start: int32(i), end: int32(j), kind: tokWord, space: space, cap: unicode.IsUpper(rr)})
				i = j
				break
			}
			n := 1
			if c >= utf8.RuneSelf {
				_, n = utf8.DecodeRuneInString(text[i:])
			}
			if c == 0xC2 && n == 2 && text[i+1] == 0xA0 { // no-break space
				space = true
				i += n
				continue
			}
			t := token{start: int32(i), end: int32(i + n), kind: tokPunct, space: space}
			if c == '$' || c == '#' || c == '%' || c == '+' || c >= utf8.RuneSelf {
				t.info = r.table.find(text[i : i+n])
			}
			dst = append(dst, t)
			i += n
		}
		space = false
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

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// scanWord returns the end of the word starting at i: letters and digits,
// with an inner apostrophe before a letter ("O'Brien") unless it is a
// possessive "'s" at the end of the word.
func scanWord(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case isLetter(c) || isDigit(c):
			i++
		case c == '\'' || c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99: // ' or ’
			n := 1
			if c != '\'' {
				n = 3
			}
			if i+n >= len(s) || !isLetter(s[i+n]) {
				return i
			}
			if (s[i+n] == 's' || s[i+n] == 'S') && (i+n+1 >= len(s) || !isLetter(s[i+n+1]) && !isDigit(s[i+n+1])) {
				return i
			}
			i += n
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
				return i
			}
			i += n
		default:
			return i
		}
	}
	return i
}

// scanNumber returns the end of the number starting at i: digits with
// inner "," or "." before a digit, then any letters ("10k", "1990s").
func scanNumber(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if isDigit(c) {
			i++
			continue
		}
		if (c == ',' || c == '.') && i+1 < len(s) && isDigit(s[i+1]) {
			i++
			continue
		}
		break
	}
	for i < len(s) && isLetter(s[i]) {
		i++
	}
	return i
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
