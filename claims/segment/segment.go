package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/load"
)

// Segmenter splits documents into sentences. Build it once with
// NewSegmenter; it is safe for concurrent use.
//
// It reads hard-wrapped text: a single line break does not end a sentence,
// a blank line always does. It does not normalize the text: offsets are
// into the document's Text as it is, and Sentence.Text keeps its line
// breaks.
type Segmenter struct {
	words     *wordTables
	furniture *furnitureTable
}

// NewSegmenter builds a segmenter from the embedded abbreviation, sentence
// starter and boilerplate tables (data/*.txt), validating them; a bad
// entry is reported as "data/file:line: what is wrong".
func NewSegmenter() (*Segmenter, error) {
	w, err := newWordTables()
	if err != nil {
		return nil, err
	}
	f, err := newFurnitureTable()
	if err != nil {
		return nil, err
	}
	return &Segmenter{words: w, furniture: f}, nil
}

// lineKind is the kind of a line.
type lineKind uint8

const (
	lineBody lineKind = iota
	lineList
	lineCaption
	lineBoiler
)

var lineRole = [...]Role{lineBody: RoleBody, lineList: RoleList, lineCaption: RoleCaption, lineBoiler: RoleBoilerplate}

// lineEnd says how a line's text ends.
type lineEnd uint8

const (
	endPlain    lineEnd = iota // a word: the sentence may go on or not
	endTerminal                // . ! ? … : the sentence is complete
	endOpen                    // , ; : - – — or a joining word: it goes on
)

// state is the state of one Segment call.
type state struct {
	s    *Segmenter
	d    *load.Document
	text string
	dst  []Sentence
	base int // len(dst) when the call began

	// Line numbers: counted as lines pass when lineStarts is nil or the
	// text is the file, else asked of the document.
	lineNo    int
	countLine bool

	para       int // index of the current block, -1 before the first
	inBlock    bool
	blockLines int // lines in the current block
	blockFirst int // index in dst of the block's first sentence
	blockKind  lineKind
	firstLine  int // content start of the block's first line

	// The open sentence, if start >= 0.
	start   int
	end     int // end of its text so far
	line    int
	role    Role
	kind    lineKind // kind of the line the current unit began on
	prevEnd lineEnd
	prevLS  int // content start of the previous line
}

// Segment appends the sentences of d's body (from d.Body on) to dst and
// returns it, numbering them from 0 whatever dst holds. It never fails:
// any bytes, invalid UTF-8 included, give sentences within bounds, in
// order and not overlapping. It only reads d.
func (s *Segmenter) Segment(dst []Sentence, d *load.Document) []Sentence {
	text := d.Text
	pos := min(max(d.Body, 0), len(text))
	st := state{s: s, d: d, text: text, dst: dst, base: len(dst), para: -1, start: -1}
	base := d.Line
	if base == 0 {
		base = 1
	}
	st.countLine = d.Origin == nil && d.Format != load.FormatJSONL
	if st.countLine {
		st.lineNo = base + strings.Count(text[:pos], "\n")
	}
	for {
		nl := strings.IndexByte(text[pos:], '\n')
		le := len(text)
		if nl >= 0 {
			le = pos + nl
		}
		st.doLine(pos, le)
		if nl < 0 {
			break
		}
		pos = le + 1
		st.lineNo++
	}
	st.endBlock()
	return st.dst
}

// doLine reads the line text[ls:le] (without its newline).
func (st *state) doLine(ls, le int) {
	text := st.text
	cs, ce := trimLeft(text, ls, le), trimRight(text, ls, le)
	if cs >= ce {
		st.endBlock()
		return
	}
	content := text[cs:ce]
	kind := lineBody
	bodyStart := cs
	if role, ok := st.s.furniture.match(content); ok {
		kind = lineBoiler
		if role == RoleCaption {
			kind = lineCaption
		}
	} else if n := bullet(content, !st.inBlock || st.kind == lineList && st.prevLS >= 0); n > 0 {
		kind = lineList
		bodyStart = trimLeft(text, cs+n, ce)
	}
	if !st.inBlock {
		st.inBlock = true
		st.para++
		st.blockLines = 0
		st.blockFirst = len(st.dst)
		st.blockKind = kind
		st.firstLine = cs
		st.kind = kind
	} else {
		brk := false
		switch {
		case kind == lineList:
			brk = true // every bullet starts an item
		case kind != lineBody || st.kind != lineBody:
			// Furniture, captions and list items end at a line that is
			// not theirs, unless it carries on a sentence in lower case.
			if kind == lineBody && st.start >= 0 && st.prevEnd != endTerminal && startsLower(content) {
				kind = st.kind
			} else {
				brk = true
			}
		case st.start >= 0 && st.prevEnd == endPlain && st.s.words.starters[firstWord(content)]:
			// A line without final punctuation, then one that starts a
			// sentence: a headline or standfirst run into the text.
			brk = true
			if st.prevLS == st.firstLine && st.start == st.firstLine && st.role == RoleBody {
				st.role = RoleHeading
			}
		}
		if brk {
			st.flush()
			st.kind = kind
		}
		if kind != st.blockKind {
			st.blockKind = lineBody // mixed block: never a heading
		}
	}
	st.blockLines++
	st.prevLS = cs
	st.scan(bodyStart, ce, lineRole[kind])
	st.prevEnd = st.ending(cs, ce)
}

// ending says how the line content text[cs:ce] ends.
func (st *state) ending(cs, ce int) lineEnd {
	text := st.text
	e := ce
	for e > cs {
		n := closerLenBefore(text, cs, e)
		if n == 0 {
			break
		}
		e -= n
	}
	if e <= cs {
		return endPlain
	}
	switch text[e-1] {
	case '.', '!', '?':
		return endTerminal
	case ',', ';', ':', '-', '/', '&', '(':
		return endOpen
	}
	if e-cs >= 3 && text[e-3] == 0xE2 && text[e-2] == 0x80 {
		switch text[e-1] {
		case 0xA6: // …
			return endTerminal
		case 0x93, 0x94: // – —
			return endOpen
		}
	}
	// The last word: a joining word ("the", "of") carries on.
	w := e
	for w > cs && isASCIILetter(text[w-1]) {
		w--
	}
	if w < e && (w == cs || !isASCIILetter(text[w-1])) && st.s.words.joiners[text[w:e]] {
		return endOpen
	}
	return endPlain
}

// scan reads the sentence text of one line, text[i:ce], ending sentences
// where it finds sentence-final punctuation.
func (st *state) scan(i, ce int, role Role) {
	text := st.text
	if i >= ce {
		return
	}
	if st.start < 0 {
		st.open(i, role)
	}
	for i < ce {
		c := text[i]
		if !terminal[c] {
			i++
			continue
		}
		p := i
		if c == 0xE2 {
			if i+3 > ce || text[i+1] != 0x80 || text[i+2] != 0xA6 {
				i++
				continue
			}
		}
		q, ok := st.boundary(p, ce)
		if !ok {
			i = q
			continue
		}
		st.end = q
		st.flush()
		i = trimLeft(text, q, ce)
		if i < ce {
			st.open(i, role)
		}
	}
	if st.start >= 0 {
		st.end = ce
	}
}

// open starts a sentence at text offset i.
func (st *state) open(i int, role Role) {
	st.start, st.end, st.role = i, i, role
	if st.countLine {
		st.line = st.lineNo
	} else {
		st.line = st.d.LineAt(i)
	}
}

// flush emits the open sentence, if any.
func (st *state) flush() {
	if st.start < 0 {
		return
	}
	start, end := st.start, trimRight(st.text, st.start, st.end)
	st.start = -1
	if start >= end {
		return
	}
	line := st.line
	for end-start > MaxSentence {
		// A run-on sentence (a transcript, a list without stops) is cut
		// into pieces at clause breaks, so that nothing reading a
		// sentence does more than bounded work on one.
		cut := cutPoint(st.text, start, start+MaxSentence)
		pe := trimRight(st.text, start, cut)
		st.emit(start, pe, line)
		next := trimLeft(st.text, cut, end)
		if st.countLine {
			line += strings.Count(st.text[start:next], "\n")
		} else {
			line = st.d.LineAt(next)
		}
		start = next
	}
	st.emit(start, end, line)
}

// emit appends the sentence text[start:end], which starts on line, to
// dst.
func (st *state) emit(start, end, line int) {
	if start >= end {
		return
	}
	st.dst = append(st.dst, Sentence{
		Start: start, End: end, Line: line, Para: st.para,
		Index: len(st.dst) - st.base, Text: st.text[start:end], Role: st.role,
	})
}

// MaxSentence is the longest sentence, in bytes, that Segment gives. A
// longer run of text without sentence-final punctuation is cut into
// pieces of at most MaxSentence bytes, each a Sentence, at the last
// clause break of its second half: after a semicolon, else after a comma
// or a dash, else before "and", "but", "or", "while", "as", else at a
// space, else at a character boundary. Real sentences are far shorter
// (one in a hundred of news claims' sentences is over 600 bytes).
const MaxSentence = 1000

// cutPoint returns where to cut the text[start:limit] of a run-on
// sentence: the offset of the first byte of the next piece, within
// (start, limit].
func cutPoint(text string, start, limit int) int {
	lo := start + (limit-start)/2
	best, rank := -1, 0
	for i := limit; i > lo; i-- {
		if i >= len(text) || text[i] != ' ' && text[i] != '\n' && text[i] != '\t' {
			continue
		}
		// text[i] is a space: a break before i+1.
		r := 1
		switch c := text[i-1]; {
		case c == ';':
			r = 4
		case c == ',' || c == ':' || c == '-' || strings.HasSuffix(text[:i], "—") || strings.HasSuffix(text[:i], "–"):
			r = 3
		case conjunctionAt(text[i+1:]):
			r = 2
		}
		if r > rank {
			best, rank = i+1, r
			if r == 4 {
				break
			}
		}
	}
	if best > start {
		return best
	}
	for i := limit; i > start; i-- {
		if utf8.RuneStart(text[i]) {
			return i
		}
	}
	return limit
}

// conjunctionAt reports whether s starts with a word that joins clauses.
func conjunctionAt(s string) bool {
	for _, w := range [...]string{"and", "but", "or", "while", "as", "whereas"} {
		if len(s) > len(w) && s[:len(w)] == w && !isWordByte(s[len(w)]) {
			return true
		}
	}
	return false
}

// endBlock closes the current block at a blank line or the end of text.
func (st *state) endBlock() {
	if !st.inBlock {
		return
	}
	st.flush()
	st.inBlock = false
	// A line of its own without final punctuation is a heading.
	if st.blockLines == 1 && st.blockKind == lineBody && len(st.dst)-st.blockFirst == 1 && st.prevEnd == endPlain {
		st.dst[st.blockFirst].Role = RoleHeading
	}
	st.kind = lineBody
	st.prevEnd = endTerminal
	st.prevLS = -1
}

// Kinds of sentence-final punctuation.
const (
	stopPeriod   = iota // a single .
	stopStrong          // a run with ! or ?
	stopEllipsis        // … or ...
)

// terminal marks the bytes that may begin sentence-final punctuation;
// 0xE2 is the first byte of "…".
var terminal = [256]bool{'.': true, '!': true, '?': true, 0xE2: true}

// boundary decides whether the punctuation at text[p] ends a sentence. It
// returns the offset just after the punctuation and any closing quotes and
// brackets, and whether the sentence ends there. ce is the end of the
// line's content.
func (st *state) boundary(p, ce int) (int, bool) {
	text := st.text
	q, kind, dots, closed := p, stopPeriod, 0, false
	for q < ce {
		switch c := text[q]; {
		case c == '.':
			dots++
			q++
		case c == '!' || c == '?':
			kind = stopStrong
			q++
		case c == 0xE2 && q+3 <= ce && text[q+1] == 0x80 && text[q+2] == 0xA6:
			dots += 3
			q += 3
		default:
			if n := closerLen(text, q); n > 0 && q+n <= ce {
				q += n
				closed = true
				continue
			}
			goto done
		}
	}
done:
	if kind == stopPeriod && dots > 1 {
		kind = stopEllipsis
	}
	if q < ce && spaceLen(text, q) == 0 && !strings.HasPrefix(text[q:], "“") && !(closed && capitalWord(text[q:])) {
		// "3.14", "U.S", "example.com"; but a quotation that closes
		// right before a capitalized word ends its sentence, the space
		// lost in copying: `justice."Referendums were held`.
		return q, false
	}
	// The next word, across one line break but not a blank line.
	j, newlines := q, 0
	for j < len(text) {
		if text[j] == '\n' {
			newlines++
			j++
			continue
		}
		n := spaceLen(text, j)
		if n == 0 {
			break
		}
		j += n
	}
	if j >= len(text) || newlines >= 2 {
		return q, true
	}
	if newlines == 1 && bullet(text[j:], true) > 0 {
		return q, true
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	if unicode.IsLower(r) {
		return q, false
	}
	switch r {
	case ',', ';', ':', ')', ']', '}':
		return q, false
	}
	w := j
	for w < len(text) {
		n := openerLen(text, w)
		if n == 0 {
			break
		}
		w += n
	}
	nr, _ := utf8.DecodeRuneInString(text[w:])
	switch kind {
	case stopStrong:
		return q, true
	case stopEllipsis:
		return q, unicode.IsUpper(nr)
	}
	// A single period: what word does it close?
	ws := p
	for ws > 0 && p-ws < 32 && isWordByte(text[ws-1]) {
		ws--
	}
	word := text[ws:p]
	if word == "" {
		return q, true
	}
	if c := word[len(word)-1]; c >= '0' && c <= '9' {
		return q, true // "collapsed in 1991."
	}
	if i := strings.LastIndexByte(word, '-'); i >= 0 {
		word = word[i+1:] // "ex-Gen."
	}
	switch st.s.words.abbrev(word) {
	case abbrevPrefix:
		return q, false
	case abbrevWord:
		return q, st.s.words.starters[firstWord(text[w:])]
	case abbrevFinal:
		return q, unicode.IsUpper(nr)
	}
	return q, true
}

// capitalWord reports whether s starts with a capital letter followed by
// a lower-case one: a word that opens a sentence, not an initialism.
func capitalWord(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(s[n:])
	return unicode.IsLower(r2)
}

// bullet returns the length of the list marker that starts the line
// content s, or 0: "•", "·", "‣", "▪", "◦", "-", "*", "–" followed by a
// space, or, when numbered is set (the line starts a block or follows a
// list item), one to three digits and "." or ")" followed by a space.
func bullet(s string, numbered bool) int {
	n := 0
	switch {
	case len(s) == 0:
		return 0
	case s[0] == '-' || s[0] == '*':
		n = 1
	case strings.HasPrefix(s, "•"), strings.HasPrefix(s, "‣"), strings.HasPrefix(s, "▪"),
		strings.HasPrefix(s, "◦"), strings.HasPrefix(s, "–"):
		n = 3
	case strings.HasPrefix(s, "·"):
		n = 2
	case numbered && s[0] >= '0' && s[0] <= '9':
		for n < len(s) && n < 4 && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		if n > 3 || n >= len(s) || s[n] != '.' && s[n] != ')' {
			return 0
		}
		n++
	default:
		return 0
	}
	if n < len(s) && spaceLen(s, n) == 0 {
		return 0
	}
	return n
}
