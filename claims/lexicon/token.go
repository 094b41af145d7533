package lexicon

import (
	"unicode"
	"unicode/utf8"
)

// Token is one word of a text. Start and End are byte offsets into the
// text; the word's normalized form (lower case, apostrophes and a trailing
// possessive dropped) is Tokens.Norm(i).
type Token struct {
	Start, End int
	// Cap reports that the word starts with an upper-case letter.
	Cap bool
	// Break is the strongest punctuation between the previous token and
	// this one: 0 for none, or one of ',', ';', ':', '(', ')', '"', '-'
	// (a dash standing alone), '.'.
	Break  byte
	n0, n1 int // normalized form: Tokens.buf[n0:n1]
}

// Tokens is a tokenized text. The normalized forms of consecutive tokens
// are stored one space apart, so that the normalized form of a phrase of
// tokens i..j is one slice (see Phrase) and lexicon lookups do not
// allocate. The zero value is ready for use; reuse it to save allocations.
type Tokens struct {
	List []Token
	buf  []byte
}

// Norm returns the normalized form of token i.
func (t *Tokens) Norm(i int) string { return string(t.buf[t.List[i].n0:t.List[i].n1]) }

// normBytes returns the normalized form of tokens i..j (inclusive) without
// copying.
func (t *Tokens) normBytes(i, j int) []byte { return t.buf[t.List[i].n0:t.List[j].n1] }

// Is reports whether token i's normalized form is w.
func (t *Tokens) Is(i int, w string) bool {
	return i >= 0 && i < len(t.List) && string(t.normBytes(i, i)) == w
}

// Reset tokenizes s, replacing what t held.
func (t *Tokens) Reset(s string) {
	t.List = t.List[:0]
	t.buf = t.buf[:0]
	var brk byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if isASCIIWord(c) {
				i = t.word(s, i, brk)
				brk = 0
				continue
			}
			brk = strongerBreak(brk, asciiBreak(c, s, i))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			i = t.word(s, i, brk)
			brk = 0
			continue
		}
		switch r {
		case '“', '”', '«', '»':
			brk = strongerBreak(brk, '"')
		case '—', '–':
			brk = strongerBreak(brk, '-')
		}
		i += size
	}
}

func isASCIIWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func asciiBreak(c byte, s string, i int) byte {
	switch c {
	case ',', ';', ':', '(', ')', '"':
		return c
	case '.', '!', '?':
		return '.'
	case '-':
		// A hyphen between two words joins them; a dash standing alone
		// separates clauses.
		if i > 0 && i+1 < len(s) && s[i-1] != ' ' && s[i+1] != ' ' {
			return 0
		}
		return '-'
	}
	return 0
}

var breakRank = [256]uint8{',': 1, '-': 1, '"': 2, '(': 2, ')': 2, ':': 3, ';': 3, '.': 4}

func strongerBreak(a, b byte) byte {
	if breakRank[b] > breakRank[a] {
		return b
	}
	return a
}

// word reads one word starting at s[i] and returns the offset after it.
// Words are runs of letters and digits; an apostrophe inside a word is
// dropped from the normalized form, a possessive 's ends the word, and
// dotted initials keep their dots ("U.S." → "u.s.").
func (t *Tokens) word(s string, i int, brk byte) int {
	tok := Token{Start: i, Break: brk}
	if len(t.List) > 0 {
		t.buf = append(t.buf, ' ')
	}
	tok.n0 = len(t.buf)
	if n := initials(s, i); n > 0 {
		tok.Cap = s[i] >= 'A' && s[i] <= 'Z'
		for k := i; k < i+n; k++ {
			c := s[k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			t.buf = append(t.buf, c)
		}
		tok.End = i + n
		t.finish(tok)
		return i + n
	}
	j := i
	for j < len(s) {
		// Fast path: a run of ASCII letters and digits.
		k := j
		for k < len(s) && isASCIIWord(s[k]) {
			k++
		}
		if k > j {
			if j == i && s[j] >= 'A' && s[j] <= 'Z' {
				tok.Cap = true
			}
			start := len(t.buf)
			t.buf = append(t.buf, s[j:k]...)
			for x := start; x < len(t.buf); x++ {
				if c := t.buf[x]; c >= 'A' && c <= 'Z' {
					t.buf[x] = c + 'a' - 'A'
				}
			}
			j = k
			if j == len(s) {
				break
			}
		}
		c := s[j]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				if j == i {
					tok.Cap = true
				}
				t.buf = append(t.buf, c+'a'-'A')
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
				t.buf = append(t.buf, c)
			case c == '\'':
				if possessive(s, j+1) {
					tok.End = j
					t.finish(tok)
					return j + 2
				}
				if j+1 < len(s) && isASCIIWord(s[j+1]) {
					j++
					continue
				}
				tok.End = j
				t.finish(tok)
				return j
			default:
				tok.End = j
				t.finish(tok)
				return j
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		switch {
		case r == '’' || r == 'ʼ':
			if possessive(s, j+size) {
				tok.End = j
				t.finish(tok)
				return j + size + 1
			}
			if j+size < len(s) && isASCIIWord(s[j+size]) {
				j += size
				continue
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			if j == i && unicode.IsUpper(r) {
				tok.Cap = true
			}
			t.buf = utf8.AppendRune(t.buf, unicode.ToLower(r))
			j += size
			continue
		}
		break
	}
	tok.End = j
	t.finish(tok)
	return j
}

func (t *Tokens) finish(tok Token) {
	tok.n1 = len(t.buf)
	t.List = append(t.List, tok)
}

// possessive reports whether s[j:] starts with an "s" that ends a word.
func possessive(s string, j int) bool {
	return j < len(s) && (s[j] == 's' || s[j] == 'S') && (j+1 == len(s) || !isASCIIWord(s[j+1]))
}

// initials returns the length of a run of two or more dotted single
// letters at s[i:] ("U.S.", "e.g."), or 0.
func initials(s string, i int) int {
	n := 0
	for k := i; k+1 < len(s); k += 2 {
		c := s[k] | 0x20
		if c < 'a' || c > 'z' || s[k+1] != '.' {
			break
		}
		n += 2
	}
	if n < 4 {
		return 0
	}
	if i+n < len(s) && isASCIIWord(s[i+n]) {
		return 0
	}
	return n
}
