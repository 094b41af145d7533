package token

import (
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// scans counts the calls of Stream.Scan in this process.
var scans atomic.Int64

// Scans returns how many times any Stream has scanned a text in this
// process: a test can check that each sentence is tokenized once.
func Scans() int64 { return scans.Load() }

// words builds the word view of s.Tokens.
func (s *Stream) words() {
	s.Words = s.Words[:0]
	s.buf = s.buf[:0]
	toks, text := s.Tokens, s.Text
	var brk byte
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.Kind == Punct {
			brk = strongerBreak(brk, s.punctBreak(i))
			continue
		}
		w := WordTok{Start: int(t.Start), End: int(t.End), Cap: t.Cap, Break: brk, Tok: int32(i)}
		w.Joined = brk == 0 && i >= 2 && !t.Space && toks[i-1].Kind == Punct && !toks[i-1].Space &&
			text[toks[i-1].Start] == '-' && toks[i-2].Kind != Punct
		brk = 0
		if len(s.Words) > 0 {
			s.buf = append(s.buf, ' ')
		}
		w.n0 = int32(len(s.buf))
		// Dotted initials and possessives start with punctuation
		// attached to the word.
		glued := i+1 < len(toks) && toks[i+1].Kind == Punct && !toks[i+1].Space
		if n := 0; glued && t.End-t.Start == 1 && t.Kind == Word {
			n = s.initials(i)
			if n > 0 {
				// "U.S.": letters and dots, one word.
				w.End = int(toks[i+n-1].End)
				for k := w.Start; k < w.End; k++ {
					s.buf = append(s.buf, lower(text[k]))
				}
				i += n - 1
				w.n1 = int32(len(s.buf))
				s.Words = append(s.Words, w)
				continue
			}
		}
		if t.plain {
			s.buf = append(s.buf, text[w.Start:w.End]...)
		} else {
			s.buf = appendNorm(s.buf, text[w.Start:w.End])
		}
		if glued && s.possessive(i) {
			i += 2 // "'s" is no word
			w.Possessive = true
		} else if glued && s.pluralPossessive(i) {
			i++ // "Anies' 24.95%": the apostrophe is no word
			w.Possessive = true
		}
		w.n1 = int32(len(s.buf))
		s.Words = append(s.Words, w)
	}
}

// attached reports that token i follows token i-1 with no space between.
func (s *Stream) attached(i int) bool {
	return i > 0 && i < len(s.Tokens) && !s.Tokens[i].Space
}

// initials returns how many tokens a run of two or more dotted single
// letters starting at token i takes ("U.S.", "e.g."), or 0.
func (s *Stream) initials(i int) int {
	toks, text := s.Tokens, s.Text
	n := 0
	for k := i; k+1 < len(toks); k += 2 {
		t, d := &toks[k], &toks[k+1]
		if t.Kind != Word || t.End-t.Start != 1 || !IsLetter(text[t.Start]) || k > i && !s.attached(k) ||
			d.Kind != Punct || text[d.Start] != '.' || !s.attached(k+1) {
			break
		}
		n += 2
	}
	if n < 4 {
		return 0
	}
	if s.attached(i+n) && toks[i+n].Kind != Punct {
		return 0
	}
	return n
}

// possessive reports whether tokens i+1 and i+2 are a possessive "'s"
// attached to word i.
func (s *Stream) possessive(i int) bool {
	toks, text := s.Tokens, s.Text
	if i+2 >= len(toks) || !s.attached(i+1) || !s.attached(i+2) {
		return false
	}
	a, b := &toks[i+1], &toks[i+2]
	if a.Kind != Punct || b.Kind != Word || b.End-b.Start != 1 || text[b.Start]|0x20 != 's' {
		return false
	}
	switch text[a.Start:a.End] {
	case "'", "’", "ʼ":
		return true
	}
	return false
}

// punctBreak returns the break that punctuation token i makes.
func (s *Stream) punctBreak(i int) byte {
	t := &s.Tokens[i]
	text := s.Text
	c := text[t.Start]
	switch c {
	case ',', ';', ':', '(', ')', '"':
		return c
	case '.', '!', '?':
		return '.'
	case '-':
		// A hyphen between two words joins them; a dash standing alone
		// separates clauses.
		if int(t.Start) > s.from && int(t.End) < s.to && text[t.Start-1] != ' ' && text[t.End] != ' ' {
			return 0
		}
		return '-'
	}
	if c < utf8.RuneSelf {
		return 0
	}
	switch text[t.Start:t.End] {
	case "“", "”", "«", "»":
		return '"'
	case "—", "–":
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

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// appendNorm appends the normalized form of the word w to dst: lower
// case, apostrophes dropped.
func appendNorm(dst []byte, w string) []byte {
	n0 := len(dst)
	dst = append(dst, w...)
	for k := n0; k < len(dst); k++ {
		c := dst[k]
		if c >= utf8.RuneSelf || c == '\'' {
			return appendNormSlow(dst[:n0], w)
		}
		dst[k] = lowerTable[c]
	}
	return dst
}

// appendNormSlow is appendNorm for words with apostrophes or letters
// outside ASCII.
func appendNormSlow(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if c != '\'' {
				dst = append(dst, lower(c))
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if r != '’' && r != 'ʼ' {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
		i += n
	}
	return dst
}

var lowerTable = func() (t [256]byte) {
	for c := range t {
		t[c] = lower(byte(c))
	}
	return t
}()

// Fold returns the normalized form of a single word as Stream.Norm gives
// it: lower case, apostrophes dropped.
func Fold(w string) string { return string(appendNorm(nil, w)) }

// Chunk is a run of a scanned text: a word or the space and punctuation
// between two words. Start and End are byte offsets into Stream.Text.
type Chunk struct {
	Start, End int
	// Word marks a word: attached word and number tokens, with the
	// hyphens and apostrophes between or around them ("six-week",
	// "Azerbaijan's").
	Word bool
}

// Chunks appends to dst the scanned range cut into words and the runs
// between them, so that joining the chunks gives the range back, and
// returns dst. The word diff and the renderers cut sentences this way.
func (s *Stream) Chunks(dst []Chunk) []Chunk {
	pos := s.from
	for i := 0; i < len(s.Tokens); {
		if !s.chunkWord(i) {
			i++
			continue
		}
		j := i + 1
		for j < len(s.Tokens) && s.attached(j) && s.chunkWord(j) {
			j++
		}
		start, end := int(s.Tokens[i].Start), int(s.Tokens[j-1].End)
		if start > pos {
			dst = append(dst, Chunk{Start: pos, End: start})
		}
		dst = append(dst, Chunk{Start: start, End: end, Word: true})
		pos, i = end, j
	}
	if pos < s.to {
		dst = append(dst, Chunk{Start: pos, End: s.to})
	}
	return dst
}

// chunkWord reports whether token i belongs in a word chunk.
func (s *Stream) chunkWord(i int) bool {
	t := &s.Tokens[i]
	if t.Kind != Punct {
		return true
	}
	switch s.Text[t.Start:t.End] {
	case "-", "'", "’":
		return true
	}
	return false
}

// pluralPossessive reports whether token i, a word ending in "s", is
// followed by an apostrophe attached to it and then a space: "the
// Ministers' figures", "Anies' 24.95%". A quotation that the apostrophe
// would close (an opening quote mark a few tokens before) is not one.
func (s *Stream) pluralPossessive(i int) bool {
	toks, text := s.Tokens, s.Text
	t := &toks[i]
	if t.Kind != Word || text[t.End-1]|0x20 != 's' || i+1 >= len(toks) || !s.attached(i+1) || s.attached(i+2) {
		return false
	}
	a := &toks[i+1]
	if a.Kind != Punct {
		return false
	}
	switch text[a.Start:a.End] {
	case "'", "’":
	default:
		return false
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if q := text[toks[k].Start:toks[k].End]; toks[k].Kind == Punct && (q == "‘" || q == "'" && !s.attached(k)) {
			return false
		}
	}
	return true
}
