package claims

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/load"
)

// Role says what part of an article a sentence belongs to.
type Role uint8

// Roles of sentences.
const (
	RoleBody        Role = iota // running text
	RoleHeading                 // a headline or subheading: a line of its own without final punctuation
	RoleList                    // an item of a bulleted or numbered list
	RoleCaption                 // a photo caption or credit line
	RoleBoilerplate             // site furniture: copyright, subscription prompts, app badges
)

var roleNames = [...]string{
	RoleBody:        "body",
	RoleHeading:     "heading",
	RoleList:        "list",
	RoleCaption:     "caption",
	RoleBoilerplate: "boilerplate",
}

// String returns the role's name as written in JSON ("body", "heading",
// "list", "caption", "boilerplate").
func (r Role) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return "Role(" + strconv.Itoa(int(r)) + ")"
}

// MarshalText encodes the role as its name.
func (r Role) MarshalText() ([]byte, error) {
	if int(r) >= len(roleNames) {
		return nil, fmt.Errorf("unknown sentence role %d", r)
	}
	return []byte(r.String()), nil
}

// UnmarshalText decodes a role name.
func (r *Role) UnmarshalText(b []byte) error {
	for i, n := range roleNames {
		if n == string(b) {
			*r = Role(i)
			return nil
		}
	}
	return fmt.Errorf("unknown sentence role %q", b)
}

// Sentence is one sentence of a document. Start and End are byte offsets
// into Document.Text, and Text is exactly Document.Text[Start:End], trimmed
// of surrounding space (no-break spaces included); it is a substring of
// the document's text, not a copy. Line is the 1-based line in the
// original file of Start (Document.LineAt(Start)). Para is the 0-based
// index of the block (a run of non-blank lines, or an HTML block element)
// the sentence belongs to, counting all blocks of the document's body.
// Index is its 0-based position among the document's sentences.
type Sentence struct {
	Start, End, Line, Para, Index int
	Text                          string
	Role                          Role
}

// Segmenter splits documents into sentences. Build it once with
// NewSegmenter; it is safe for concurrent use.
//
// It reads hard-wrapped text: a single line break does not end a sentence,
// a blank line always does. It does not normalize the text: offsets are
// into Document.Text as it is, and Sentence.Text keeps its line breaks.
type Segmenter struct {
	words     *segWords
	furniture *segFurniture
}

// NewSegmenter builds a segmenter from the embedded abbreviation, sentence
// starter and boilerplate tables (data/*.txt), validating them; a bad
// entry is reported as "data/file:line: what is wrong".
func NewSegmenter() (*Segmenter, error) {
	w, err := newSegWords()
	if err != nil {
		return nil, err
	}
	f, err := newSegFurniture()
	if err != nil {
		return nil, err
	}
	return &Segmenter{words: w, furniture: f}, nil
}

// segKind is the kind of a line.
type segKind uint8

const (
	segBody segKind = iota
	segList
	segCaption
	segBoiler
)

var segKindRole = [...]Role{segBody: RoleBody, segList: RoleList, segCaption: RoleCaption, segBoiler: RoleBoilerplate}

// segEnding says how a line's text ends.
type segEnding uint8

const (
	segEndPlain    segEnding = iota // a word: the sentence may go on or not
	segEndTerminal                  // . ! ? … : the sentence is complete
	segEndOpen                      // , ; : - – — or a joining word: it goes on
)

// segState is the state of one Segment call.
type segState struct {
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
	blockKind  segKind
	firstLine  int // content start of the block's first line

	// The open sentence, if start >= 0.
	start   int
	end     int // end of its text so far
	line    int
	role    Role
	kind    segKind // kind of the line the current unit began on
	prevEnd segEnding
	prevLS  int // content start of the previous line
}

// Segment appends the sentences of d's body (from d.Body on) to dst and
// returns it. It never fails: any bytes, invalid UTF-8 included, give
// sentences within bounds, in order and not overlapping.
func (s *Segmenter) Segment(dst []Sentence, d *load.Document) []Sentence {
	text := d.Text
	pos := min(max(d.Body, 0), len(text))
	st := segState{s: s, d: d, text: text, dst: dst, base: len(dst), para: -1, start: -1}
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
func (st *segState) doLine(ls, le int) {
	text := st.text
	cs, ce := segTrimLeft(text, ls, le), segTrimRight(text, ls, le)
	if cs >= ce {
		st.endBlock()
		return
	}
	content := text[cs:ce]
	kind := segBody
	bodyStart := cs
	if role, ok := st.s.furniture.match(content); ok {
		kind = segBoiler
		if role == RoleCaption {
			kind = segCaption
		}
	} else if n := segBullet(content, !st.inBlock || st.kind == segList && st.prevLS >= 0); n > 0 {
		kind = segList
		bodyStart = segTrimLeft(text, cs+n, ce)
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
		case kind == segList:
			brk = true // every bullet starts an item
		case kind != segBody || st.kind != segBody:
			// Furniture, captions and list items end at a line that is
			// not theirs, unless it carries on a sentence in lower case.
			if kind == segBody && st.start >= 0 && st.prevEnd != segEndTerminal && segStartsLower(content) {
				kind = st.kind
			} else {
				brk = true
			}
		case st.start >= 0 && st.prevEnd == segEndPlain && st.s.words.starters[segFirstWord(content)]:
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
			st.blockKind = segBody // mixed block: never a heading
		}
	}
	st.blockLines++
	st.prevLS = cs
	st.scan(bodyStart, ce, segKindRole[kind])
	st.prevEnd = st.ending(cs, ce)
}

// ending says how the line content text[cs:ce] ends.
func (st *segState) ending(cs, ce int) segEnding {
	text := st.text
	e := ce
	for e > cs {
		n := segCloserLenBefore(text, cs, e)
		if n == 0 {
			break
		}
		e -= n
	}
	if e <= cs {
		return segEndPlain
	}
	switch text[e-1] {
	case '.', '!', '?':
		return segEndTerminal
	case ',', ';', ':', '-', '/', '&', '(':
		return segEndOpen
	}
	if e-cs >= 3 && text[e-3] == 0xE2 && text[e-2] == 0x80 {
		switch text[e-1] {
		case 0xA6: // …
			return segEndTerminal
		case 0x93, 0x94: // – —
			return segEndOpen
		}
	}
	// The last word: a joining word ("the", "of") carries on.
	w := e
	for w > cs && segIsASCIILetter(text[w-1]) {
		w--
	}
	if w < e && (w == cs || !segIsASCIILetter(text[w-1])) && st.s.words.joiners[text[w:e]] {
		return segEndOpen
	}
	return segEndPlain
}

// scan reads the sentence text of one line, text[i:ce], ending sentences
// where it finds sentence-final punctuation.
func (st *segState) scan(i, ce int, role Role) {
	text := st.text
	if i >= ce {
		return
	}
	if st.start < 0 {
		st.open(i, role)
	}
	for i < ce {
		c := text[i]
		if !segTerminal[c] {
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
		i = segTrimLeft(text, q, ce)
		if i < ce {
			st.open(i, role)
		}
	}
	if st.start >= 0 {
		st.end = ce
	}
}

// open starts a sentence at text offset i.
func (st *segState) open(i int, role Role) {
	st.start, st.end, st.role = i, i, role
	if st.countLine {
		st.line = st.lineNo
	} else {
		st.line = st.d.LineAt(i)
	}
}

// flush emits the open sentence, if any.
func (st *segState) flush() {
	if st.start < 0 {
		return
	}
	start, end := st.start, segTrimRight(st.text, st.start, st.end)
	st.start = -1
	if start >= end {
		return
	}
	st.dst = append(st.dst, Sentence{
		Start: start, End: end, Line: st.line, Para: st.para,
		Index: len(st.dst) - st.base, Text: st.text[start:end], Role: st.role,
	})
}

// endBlock closes the current block at a blank line or the end of text.
func (st *segState) endBlock() {
	if !st.inBlock {
		return
	}
	st.flush()
	st.inBlock = false
	// A line of its own without final punctuation is a heading.
	if st.blockLines == 1 && st.blockKind == segBody && len(st.dst)-st.blockFirst == 1 && st.prevEnd == segEndPlain {
		st.dst[st.blockFirst].Role = RoleHeading
	}
	st.kind = segBody
	st.prevEnd = segEndTerminal
	st.prevLS = -1
}

// Kinds of sentence-final punctuation.
const (
	segPeriod   = iota // a single .
	segStrong          // a run with ! or ?
	segEllipsis        // … or ...
)

// segTerminal marks the bytes that may begin sentence-final punctuation;
// 0xE2 is the first byte of "…".
var segTerminal = [256]bool{'.': true, '!': true, '?': true, 0xE2: true}

// boundary decides whether the punctuation at text[p] ends a sentence. It
// returns the offset just after the punctuation and any closing quotes and
// brackets, and whether the sentence ends there. ce is the end of the
// line's content.
func (st *segState) boundary(p, ce int) (int, bool) {
	text := st.text
	q, kind, dots := p, segPeriod, 0
	for q < ce {
		switch c := text[q]; {
		case c == '.':
			dots++
			q++
		case c == '!' || c == '?':
			kind = segStrong
			q++
		case c == 0xE2 && q+3 <= ce && text[q+1] == 0x80 && text[q+2] == 0xA6:
			dots += 3
			q += 3
		default:
			if n := segCloserLen(text, q); n > 0 && q+n <= ce {
				q += n
				continue
			}
			goto done
		}
	}
done:
	if kind == segPeriod && dots > 1 {
		kind = segEllipsis
	}
	if q < ce && segSpaceLen(text, q) == 0 && !strings.HasPrefix(text[q:], "“") {
		return q, false // "3.14", "U.S", "example.com"
	}
	// The next word, across one line break but not a blank line.
	j, newlines := q, 0
	for j < len(text) {
		if text[j] == '\n' {
			newlines++
			j++
			continue
		}
		n := segSpaceLen(text, j)
		if n == 0 {
			break
		}
		j += n
	}
	if j >= len(text) || newlines >= 2 {
		return q, true
	}
	if newlines == 1 && segBullet(text[j:], true) > 0 {
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
		n := segOpenerLen(text, w)
		if n == 0 {
			break
		}
		w += n
	}
	nr, _ := utf8.DecodeRuneInString(text[w:])
	switch kind {
	case segStrong:
		return q, true
	case segEllipsis:
		return q, unicode.IsUpper(nr)
	}
	// A single period: what word does it close?
	ws := p
	for ws > 0 && p-ws < 32 && segIsWordByte(text[ws-1]) {
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
	case segAbbrevPrefix:
		return q, false
	case segAbbrevWord:
		return q, st.s.words.starters[segFirstWord(text[w:])]
	case segAbbrevFinal:
		return q, unicode.IsUpper(nr)
	}
	return q, true
}

// segIsWordByte reports whether c may belong to the word before a
// period: an abbreviation or a number.
func segIsWordByte(c byte) bool {
	return segIsASCIILetter(c) || c >= '0' && c <= '9' || c == '.' || c == ',' || c == '-'
}

func segIsASCIILetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// segFirstWord returns the leading ASCII letters of s.
func segFirstWord(s string) string {
	i := 0
	for i < len(s) && segIsASCIILetter(s[i]) {
		i++
	}
	return s[:i]
}

// segStartsLower reports whether s starts with a lowercase letter.
func segStartsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// segSpaceLen returns the length of the space character at s[i], or 0:
// ASCII white space, no-break spaces (U+00A0, U+202F), the spaces
// U+2000–U+200B, U+205F, U+3000 and U+FEFF.
func segSpaceLen(s string, i int) int {
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

// segSpaceLenBefore returns the length of the space character that ends
// at s[e-1], not reaching before lo, or 0.
func segSpaceLenBefore(s string, lo, e int) int {
	c := s[e-1]
	if c < 0x80 {
		return segSpaceLen(s, e-1)
	}
	if e-2 >= lo && s[e-2] == 0xC2 {
		return segSpaceLen(s, e-2) // 2 or 0
	}
	if e-3 >= lo {
		if n := segSpaceLen(s, e-3); n == 3 {
			return 3
		}
	}
	return 0
}

// segTrimLeft returns the first offset in [i, e) that is not space, or e.
func segTrimLeft(s string, i, e int) int {
	for i < e {
		n := segSpaceLen(s, i)
		if n == 0 || i+n > e {
			break
		}
		i += n
	}
	return i
}

// segTrimRight returns the end of s[lo:e] without trailing space.
func segTrimRight(s string, lo, e int) int {
	for e > lo {
		n := segSpaceLenBefore(s, lo, e)
		if n == 0 {
			break
		}
		e -= n
	}
	return e
}

// segCloserLen returns the length of the closing quote or bracket at s[i],
// or 0: ' " ’ ” » › ) ].
func segCloserLen(s string, i int) int {
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

// segCloserLenBefore returns the length of the closing quote or bracket
// that ends at s[e-1], not reaching before lo, or 0.
func segCloserLenBefore(s string, lo, e int) int {
	if e-1 >= lo && s[e-1] < 0x80 {
		return segCloserLen(s, e-1)
	}
	if e-2 >= lo && segCloserLen(s, e-2) == 2 {
		return 2
	}
	if e-3 >= lo && segCloserLen(s, e-3) == 3 {
		return 3
	}
	return 0
}

// segOpenerLen returns the length of the opening quote or bracket at s[i],
// or 0: ' " ‘ “ « ‹ ( [.
func segOpenerLen(s string, i int) int {
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

// segBullet returns the length of the list marker that starts the line
// content s, or 0: "•", "·", "‣", "▪", "◦", "-", "*", "–" followed by a
// space, or, when numbered is set (the line starts a block or follows a
// list item), one to three digits and "." or ")" followed by a space.
func segBullet(s string, numbered bool) int {
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
	if n < len(s) && segSpaceLen(s, n) == 0 {
		return 0
	}
	return n
}
