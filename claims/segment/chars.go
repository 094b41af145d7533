package segment

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/token"
)

// The characters the segmenter tells apart: letters, white space, closing
// and opening quotes and brackets. Each reads the bytes of the text as
// they are; bytes that are not valid UTF-8 are none of these.

// isWordByte reports whether c may belong to the word before a
// period, read backwards from it: the letters and digits of a word of
// the token stream (package token), and the dots, commas and hyphens of
// an abbreviation or a number ("U.S.", "6,500", "Jr.").
func isWordByte(c byte) bool {
	return token.IsLetter(c) || token.IsDigit(c) || c == '.' || c == ',' || c == '-'
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return token.IsLetter(c) }

// firstWord returns the word s starts with, as the token stream cuts it
// ("" when s starts with no letter).
func firstWord(s string) string {
	if s == "" || !token.IsLetter(s[0]) {
		return ""
	}
	return s[:token.WordEnd(s, 0)]
}

// startsLower reports whether s starts with a lowercase letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// spaceLen returns the length of the space character at s[i], or 0:
// ASCII white space, no-break spaces (U+00A0, U+202F), the spaces
// U+2000–U+200B, U+205F, U+3000 and U+FEFF.
func spaceLen(s string, i int) int {
	c := s[i]
	if c < 0x80 {
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f' {
			return 1
		}
		return 0
	}
	switch c {
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0xA0 {
			return 2
		}
	case 0xE2:
		if i+2 < len(s) {
			switch {
			case s[i+1] == 0x80 && (s[i+2] >= 0x80 && s[i+2] <= 0x8B || s[i+2] == 0xAF),
				s[i+1] == 0x81 && s[i+2] == 0x9F:
				return 3
			}
		}
	case 0xE3:
		if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80 {
			return 3
		}
	case 0xEF:
		if i+2 < len(s) && s[i+1] == 0xBB && s[i+2] == 0xBF {
			return 3
		}
	}
	return 0
}

// spaceLenBefore returns the length of the space character that ends
// at s[e-1], not reaching before lo, or 0.
func spaceLenBefore(s string, lo, e int) int {
	c := s[e-1]
	if c < 0x80 {
		return spaceLen(s, e-1)
	}
	if e-2 >= lo && s[e-2] == 0xC2 {
		return spaceLen(s, e-2) // 2 or 0
	}
	if e-3 >= lo {
		if n := spaceLen(s, e-3); n == 3 {
			return 3
		}
	}
	return 0
}

// trimLeft returns the first offset in [i, e) that is not space, or e.
func trimLeft(s string, i, e int) int {
	for i < e {
		n := spaceLen(s, i)
		if n == 0 || i+n > e {
			break
		}
		i += n
	}
	return i
}

// trimRight returns the end of s[lo:e] without trailing space.
func trimRight(s string, lo, e int) int {
	for e > lo {
		n := spaceLenBefore(s, lo, e)
		if n == 0 {
			break
		}
		e -= n
	}
	return e
}

// closerLen returns the length of the closing quote or bracket at s[i],
// or 0: ' " ’ ” » › ) ].
func closerLen(s string, i int) int {
	switch c := s[i]; c {
	case '\'', '"', ')', ']':
		return 1
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0xBB { // »
			return 2
		}
	case 0xE2:
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x99 || s[i+2] == 0x9D || s[i+2] == 0xBA) {
			return 3 // ’ ” ›
		}
	}
	return 0
}

// closerLenBefore returns the length of the closing quote or bracket
// that ends at s[e-1], not reaching before lo, or 0.
func closerLenBefore(s string, lo, e int) int {
	if e-1 >= lo && s[e-1] < 0x80 {
		return closerLen(s, e-1)
	}
	if e-2 >= lo && closerLen(s, e-2) == 2 {
		return 2
	}
	if e-3 >= lo && closerLen(s, e-3) == 3 {
		return 3
	}
	return 0
}

// openerLen returns the length of the opening quote or bracket at s[i],
// or 0: ' " ‘ “ « ‹ ( [.
func openerLen(s string, i int) int {
	switch c := s[i]; c {
	case '\'', '"', '(', '[':
		return 1
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0xAB { // «
			return 2
		}
	case 0xE2:
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x98 || s[i+2] == 0x9C || s[i+2] == 0xB9) {
			return 3 // ‘ “ ‹
		}
	}
	return 0
}
