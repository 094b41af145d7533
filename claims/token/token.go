// Package token splits text into the tokens every stage of claimcheck
// reads: words, numbers and punctuation marks, with byte offsets into the
// text they were scanned from, and a word view of them (words and
// numbers, each with its normalized form and the strongest punctuation
// before it) for lexicon lookups. A sentence is scanned once; the number
// reader, the lexicon matcher, the extractor, the word diff and the
// renderers all read the same Stream.
package token

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Kind is the kind of a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota + 1 // letters, then letters or digits: "troops", "G7", "O'Brien"
	Number                 // a digit, then digits with inner "," or ".", then letters: "6,500", "2.5bn", "1990s"
	Punct                  // one other character: ",", "-", "–", "$", "%"
)

var kindNames = [...]string{Word: "word", Number: "number", Punct: "punct"}

// String returns the kind's name.
func (k Kind) String() string {
	if k > 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Token is one word, number or punctuation mark. Start and End are byte
// offsets into Stream.Text.
type Token struct {
	Start, End int32
	Kind       Kind
	// Space reports that white space (or the start of the scanned range)
	// comes before the token.
	Space bool
	// Cap reports that a word starts with an upper-case letter.
	Cap bool
	// plain marks a word of lower-case ASCII letters and digits only,
	// which is its own normalized form.
	plain bool
}

// WordTok is one entry of the word view: a word or a number of the text,
// or a run of dotted initials ("U.S."), with a possessive "'s" left out.
// Start and End are byte offsets into Stream.Text; the normalized form
// (lower case, apostrophes dropped) is Stream.Norm.
type WordTok struct {
	Start, End int
	// Cap reports that the word starts with an upper-case letter.
	Cap bool
	// Break is the strongest punctuation between the previous word and
	// this one: 0 for none, or one of ',', ';', ':', '(', ')', '"', '-'
	// (a dash standing alone), '.'.
	Break byte
	// Possessive marks a word that a possessive "'s" followed
	// ("Syria's"), dropped from the word view.
	Possessive bool
	// Joined marks a word joined to the one before it by a hyphen, a
	// part of a compound ("government-held", "quake-hit").
	Joined bool
	// Tok is the index in Stream.Tokens of the word's first token.
	Tok    int32
	n0, n1 int32 // normalized form: Stream.buf[n0:n1]
}

// Stream is a scanned text: its tokens and its word view. The normalized
// forms of consecutive words are stored one space apart, so that the form
// of a phrase of words i..j is one slice (Phrase) and lookups do not
// allocate. The zero value is ready for use; reuse a Stream to save
// allocations. A Stream is not safe for concurrent use.
type Stream struct {
	// Text is the text the offsets of Tokens and Words point into.
	Text string
	// Tokens are the tokens of the scanned range, in order.
	Tokens []Token
	// Words is the word view: the Word and Number tokens, with dotted
	// initials joined and possessives dropped.
	Words    []WordTok
	buf      []byte
	from, to int
}

// Scan tokenizes text[from:to], replacing what s held. Offsets are into
// text, so that a sentence scanned inside its document carries document
// offsets.
func (s *Stream) Scan(text string, from, to int) {
	s.Text = text
	s.from, s.to = from, to
	s.Tokens = scan(s.Tokens[:0], text, from, to)
	s.words()
	scans.Add(1)
}

// Reset tokenizes the whole of text, replacing what s held.
func (s *Stream) Reset(text string) { s.Scan(text, 0, len(text)) }

// Str returns the text of token i, or "" when i is out of range.
func (s *Stream) Str(i int) string {
	if i < 0 || i >= len(s.Tokens) {
		return ""
	}
	return s.Text[s.Tokens[i].Start:s.Tokens[i].End]
}

// Norm returns the normalized form of word i.
func (s *Stream) Norm(i int) string { return string(s.buf[s.Words[i].n0:s.Words[i].n1]) }

// Phrase returns the normalized form of words i..j (inclusive), one space
// between words, without copying. The slice is valid until the next Scan.
func (s *Stream) Phrase(i, j int) []byte { return s.buf[s.Words[i].n0:s.Words[j].n1] }

// Is reports whether word i's normalized form is w; false when i is out
// of range.
func (s *Stream) Is(i int, w string) bool {
	return i >= 0 && i < len(s.Words) && string(s.Phrase(i, i)) == w
}

// WordText returns the text of words i..j (inclusive) as written.
func (s *Stream) WordText(i, j int) string { return s.Text[s.Words[i].Start:s.Words[j].End] }

// Byte classes for the scanner.
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

// scan appends the tokens of text[from:to] to dst.
func scan(dst []Token, text string, from, to int) []Token {
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
			plain := byteClass[c] == clLetter
			for j < len(text) {
				k := byteClass[text[j]]
				if k == clLetter || k == clDigit {
					j++
					continue
				}
				if k == clUpper {
					plain = false
					j++
					continue
				}
				if k == clOther && text[j] != '\'' || k == clSpace {
					break
				}
				if e := WordEnd(text, j); e > j {
					j, plain = e, false
				}
				break
			}
			dst = append(dst, Token{Start: int32(i), End: int32(j), Kind: Word, Space: space, Cap: !plain && byteClass[c] == clUpper, plain: plain})
			i = j
		case clDigit:
			j := NumberEnd(text, i)
			dst = append(dst, Token{Start: int32(i), End: int32(j), Kind: Number, Space: space, plain: true})
			i = j
		default:
			if c >= utf8.RuneSelf && startsLetter(text[i:]) {
				j := WordEnd(text, i)
				rr, _ := utf8.DecodeRuneInString(text[i:])
				dst = append(dst, Token{Start: int32(i), End: int32(j), Kind: Word, Space: space, Cap: unicode.IsUpper(rr)})
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
			dst = append(dst, Token{Start: int32(i), End: int32(i + n), Kind: Punct, Space: space})
			i += n
		}
		space = false
	}
	return dst
}

// IsLetter reports whether c is an ASCII letter.
func IsLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// IsDigit reports whether c is an ASCII digit.
func IsDigit(c byte) bool { return '0' <= c && c <= '9' }

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// WordEnd returns the end of the word that s[i] is in or starts: letters
// and digits, with an inner apostrophe before a letter ("O'Brien") unless
// it is a possessive "'s" at the end of the word.
func WordEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case IsLetter(c) || IsDigit(c):
			i++
		case c == '\'' || c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99: // ' or ’
			n := 1
			if c != '\'' {
				n = 3
			}
			if i+n >= len(s) || !IsLetter(s[i+n]) {
				return i
			}
			if (s[i+n] == 's' || s[i+n] == 'S') && (i+n+1 >= len(s) || !IsLetter(s[i+n+1]) && !IsDigit(s[i+n+1])) {
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

// NumberEnd returns the end of the number starting at s[i]: digits with
// inner "," or "." before a digit, then any letters ("10k", "1990s").
func NumberEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if IsDigit(c) {
			i++
			continue
		}
		if (c == ',' || c == '.') && i+1 < len(s) && IsDigit(s[i+1]) {
			i++
			continue
		}
		break
	}
	for i < len(s) && IsLetter(s[i]) {
		i++
	}
	return i
}
