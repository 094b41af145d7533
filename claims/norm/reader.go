package norm

import (
	"strings"
	"sync"
	"time"

	tok "github.com/claimcheck/claimcheck/claims/token"
)

// Context is what the reader knows about the document a text comes from.
type Context struct {
	// Published is the document's publication date; the zero time means
	// unknown, and relative dates then stay unanchored.
	Published time.Time
	// PublishedMonth says that Published is known to the month alone (it
	// is then the first day of the month): year-less days are placed by
	// the month, and what only a day places ("on Monday", "yesterday",
	// "in the past 24 hours", "three days ago") stays unanchored.
	PublishedMonth bool
	// DateOrder is the publication's order of day and month in numeric
	// dates ("12/07/2023"); the zero value means unknown, and then only
	// a date whose numbers settle the order ("22/4/2023") is read; the
	// others are skipped, neither dates nor figures (see numdate.go).
	DateOrder DateOrder
}

// DateOrder is the order of day and month in numeric dates.
type DateOrder uint8

// Orders of day and month.
const (
	OrderUnknown DateOrder = iota
	DayFirst               // 12/07/2023 is 12 July 2023
	MonthFirst             // 12/07/2023 is December 7, 2023
)

// Reader finds number, time and duration expressions in text and
// normalizes them. Build one with NewReader; a Reader is immutable after
// that and safe for concurrent use.
type Reader struct {
	// words maps a lower-case word to what the tables say of it.
	words map[string]*wordInfo
	table wordTable // words, for lookups from the text

	suffixes map[string]float64 // "k", "bn"
	vagues   []vagueVal
	quals    []qualVal
	nouns    []string
	units    []unitVal // currencies, measures, percent, points
	rels     []relVal
	anchors  []anchorVal

	pool sync.Pool // *scan
}

// NewReader builds a reader from the tables embedded from
// claims/norm/data/*.txt, validating them. A bad line is reported as
// "data/numbers.txt:12: what is wrong".
func NewReader() (*Reader, error) {
	r := &Reader{}
	if err := r.load(); err != nil {
		return nil, err
	}
	r.pool.New = func() any { return new(scan) }
	return r, nil
}

// Read appends to dst every mention found in text, in order of Start and
// not overlapping, and returns dst. Offsets are byte offsets into text.
// ctx.Published, when set, anchors relative and year-less expressions
// ("last week", "on Sunday", "December 7"); without it they are kept
// unanchored or year-less, never guessed.
//
// Read tokenizes text itself; a caller that has the text's token stream
// already calls ReadStream. Long texts are read in chunks of about 64 KB
// cut at a paragraph break (or, failing that, a sentence end or a space),
// so that memory stays bounded; no mention spans a cut.
func (r *Reader) Read(dst []Mention, text string, ctx Context) []Mention {
	s := r.pool.Get().(*scan)
	for from := 0; from < len(text); {
		to := chunkEnd(text, from)
		s.stream.Scan(text, from, to)
		dst = s.read(r, dst, &s.stream, ctx)
		from = to
	}
	s.stream.Text = ""
	r.pool.Put(s)
	return dst
}

// ReadStream is Read over a text already tokenized: it appends the
// mentions of ts's tokens to dst. Offsets are byte offsets into ts.Text,
// so that the mentions of a sentence scanned inside its document carry
// document offsets.
func (r *Reader) ReadStream(dst []Mention, ts *tok.Stream, ctx Context) []Mention {
	s := r.pool.Get().(*scan)
	dst = s.read(r, dst, ts, ctx)
	r.pool.Put(s)
	return dst
}

// read runs the readers over the tokens of ts.
func (s *scan) read(r *Reader, dst []Mention, ts *tok.Stream, ctx Context) []Mention {
	s.setContext(ctx)
	s.r, s.text = r, ts.Text
	s.toks = r.annotate(s.toks[:0], ts)
	s.min = 0
	s.countEnd = -1
	s.memo.ok = false
	dst = s.run(dst)
	s.text = ""
	return dst
}

// Chunk sizes: a chunk is cut after chunkMin bytes at the first paragraph
// break, else after chunkMax bytes at the first sentence end or space.
const (
	chunkMin = 64 << 10
	chunkMax = 128 << 10
)

// chunkEnd returns where the chunk of text starting at from ends.
func chunkEnd(text string, from int) int {
	if len(text)-from <= chunkMax {
		return len(text)
	}
	lo, hi := from+chunkMin, from+chunkMax
	if k := strings.Index(text[lo:hi], "\n\n"); k >= 0 {
		return lo + k + 2
	}
	if k := strings.Index(text[hi:], ". "); k >= 0 && k < chunkMin {
		return hi + k + 2
	}
	for k := hi; k < len(text); k++ {
		if text[k] == ' ' || text[k] == '\n' {
			return k + 1
		}
	}
	return len(text)
}

// scan is the state of one Read.
type scan struct {
	r      *Reader
	text   string
	stream tok.Stream // the tokens of Read's chunks
	toks   []token
	pub    Date // zero when unknown
	hasPub bool
	// pubDay reports that the publication's day is known, not only its
	// month.
	pubDay bool
	order  DateOrder
	min    int // first token not yet part of a mention
	// countEnd is the token after the last count read, or -1.
	countEnd int
	// memo is the figure numAt read last, at token i.
	memo struct {
		i         int
		n         num
		found, ok bool
	}
}

func (s *scan) setContext(ctx Context) {
	s.hasPub = !ctx.Published.IsZero()
	s.pubDay = s.hasPub && !ctx.PublishedMonth
	s.order = ctx.DateOrder
	s.pub = Date{}
	if s.hasPub {
		y, m, d := ctx.Published.Date()
		s.pub = Date{y, int(m), d}
		if ctx.PublishedMonth {
			// Days are placed against the month's last: "April 15" in
			// a report of December is that year's.
			s.pub.Day = daysIn(y, int(m))
		}
	}
}

// result is what a parser found at a token.
type result struct {
	ok   bool // a mention from token first to end
	skip bool // not a mention: tokens up to end are a label, a time of day, a score
	// first and end delimit the mention's tokens (end exclusive).
	first, end int
	m          Mention
	// also is a second mention that follows this one at once: the named
	// event after a length ("a 44-day war").
	also *result
}

func none() result { return result{} }

func skipTo(end int) result { return result{skip: true, end: end} }

func (s *scan) run(dst []Mention) []Mention {
	toks := s.toks
	for i := 0; i < len(toks); {
		// Most tokens start nothing: pass them in a loop of their own.
		for i < len(toks) && toks[i].kind != tokNum && (toks[i].info == nil || !toks[i].info.trigger) {
			i++
		}
		if i >= len(toks) {
			break
		}
		if toks[i].kind == tokNum || s.worth(i) {
			res := s.at(i)
			if res.ok && res.first >= s.min && res.end > res.first {
				if s.describesCount(&res) {
					// "Three soldiers, one of them a medic, were killed":
					// the words describe the people just counted.
					i, s.min = res.end, res.end
					continue
				}
				if res.m.Kind == QuantityKind && res.m.Quantity.Class == Count {
					s.countEnd = res.end
				}
				dst = s.emit(dst, &res)
				if a := res.also; a != nil && a.first == res.end && a.end > a.first {
					dst = s.emit(dst, a)
					res.end = a.end
				}
				i, s.min = res.end, res.end
				continue
			}
			if res.skip && res.end > i {
				i, s.min = res.end, res.end
				continue
			}
		}
		i++
	}
	return dst
}

// describesCount reports whether res is an age, a reference or a fraction
// that describes the people of the count just before it, in apposition to
// it: "Three soldiers, one of them a medic,", "five people aged 20 to
// 30", "two children under the age of 5", "three people, including a
// 45-year-old man,". Such words are part of the count's description, not
// a figure of their own.
func (s *scan) describesCount(res *result) bool {
	if res.m.Kind != QuantityKind || s.countEnd < 0 || res.first < s.countEnd || res.first-s.countEnd > 4 {
		return false
	}
	switch res.m.Quantity.Class {
	case Age, Reference, Fraction:
	default:
		return false
	}
	for k := s.countEnd; k < res.first; k++ {
		t := &s.toks[k]
		switch {
		case t.kind == tokPunct && (s.isPunct(k, ",") || s.isPunct(k, "(") || s.isDash(k)):
		case t.info != nil && (t.info.apposition || t.info.definite || t.info.special == spA || t.info.special == spOf):
		default:
			return false
		}
	}
	return true
}

// emit appends the mention of res to dst.
func (s *scan) emit(dst []Mention, res *result) []Mention {
	m := res.m
	m.Start, m.End = int(s.toks[res.first].start), int(s.toks[res.end-1].end)
	m.Text = s.text[m.Start:m.End]
	return append(dst, m)
}

// worth reports whether a trigger word at i may start a mention, cheaply:
// a word of its own (a month, a number word) always may; a word that
// starts phrases (a vague amount, a relative time, an event, a
// qualifier, a label) only when one matches; a word such as "the",
// "since" or a verb of change only when a number, such a word or the
// first word of an event follows within three tokens.
func (s *scan) worth(i int) bool {
	wi := s.toks[i].info
	if wi.self {
		return true
	}
	if wi.lead {
		for _, l := range [...]*phraseList{&wi.vague, &wi.relative, &wi.anchors} {
			if len(l.ps) > 0 {
				if _, _, ok := s.match(l, i); ok {
					return true
				}
			}
		}
	}
	// A qualifier or a label word only before a figure, a sign, a
	// currency, a month or a day: "over 300", "from 27 September".
	for _, l := range [...]*phraseList{&wi.quals, &wi.blockers} {
		if len(l.ps) > 0 {
			if _, j, ok := s.match(l, i); ok {
				if s.isDash(j) {
					j++
				}
				if s.figureStart(j) || s.tok(j) != nil && s.tok(j).info != nil && (len(s.tok(j).info.currPre.ps) > 0 || s.tok(j).info.month > 0 || s.tok(j).info.special == spThe) {
					return true
				}
			}
		}
	}
	if wi.change == 0 && !triggerSpecials[wi.special] && len(wi.currPre.ps) == 0 && len(wi.measPre.ps) == 0 {
		return false
	}
	for k := i + 1; k <= i+3 && k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.kind == tokNum || t.info != nil && (t.info.self || len(t.info.anchors.ps) > 0) {
			return true
		}
	}
	return false
}

// figureStart reports whether a figure may start at token j: a number, a
// number word, a vague amount, "a", "half", a sign word or a fraction
// sign. It is a cheap test before the readers that need one.
func (s *scan) figureStart(j int) bool {
	t := s.tok(j)
	if t == nil {
		return false
	}
	if t.kind == tokNum {
		return true
	}
	wi := t.info
	return wi != nil && (wi.num != nil || len(wi.vague.ps) > 0 || wi.special == spA || wi.special == spHalf)
}

// at tries every reader at token i, most specific first. A reader that
// can read nothing at the token is not called: a label starts at a number
// or a label word, an age at a number or an age word.
func (s *scan) at(i int) (res result) {
	// The readers' results are large; each is read into res, the result
	// itself, rather than copied through a variable of its own.
	t := &s.toks[i]
	num := t.kind == tokNum
	if num || t.info != nil && len(t.info.blockers.ps) > 0 {
		if res = s.label(i); res.ok || res.skip {
			return res
		}
	}
	if num || t.info != nil && t.info.age {
		if res = s.ageAt(i); res.ok {
			return res
		}
	}
	if res = s.timeAt(i); res.ok || res.skip {
		return res
	}
	if res = s.durationAt(i); res.ok || res.skip {
		return res
	}
	return s.quantityAt(i)
}

// Token helpers. All take any index and are false or empty out of range.

func (s *scan) tok(i int) *token {
	if i < 0 || i >= len(s.toks) {
		return nil
	}
	return &s.toks[i]
}

// str returns the text of token i.
func (s *scan) str(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.text[s.toks[i].start:s.toks[i].end]
}

// is reports whether token i is the lower-case word w, ignoring case.
func (s *scan) is(i int, w string) bool {
	return i >= 0 && i < len(s.toks) && eqFold(s.str(i), w)
}

// info returns the lexicon entry of token i, or an empty one.
func (s *scan) info(i int) *wordInfo {
	if t := s.tok(i); t != nil && t.info != nil {
		return t.info
	}
	return &noInfo
}

var noInfo wordInfo

func (s *scan) special(i int) uint8 { return s.info(i).special }

// attached reports that token i follows token i-1 with no space between.
func (s *scan) attached(i int) bool {
	t := s.tok(i)
	return t != nil && i > 0 && !t.space
}

// isPunct reports whether token i is the punctuation p.
func (s *scan) isPunct(i int, p string) bool {
	t := s.tok(i)
	return t != nil && t.kind == tokPunct && s.str(i) == p
}

// isDash reports whether token i is a hyphen or an en or em dash.
func (s *scan) isDash(i int) bool {
	t := s.tok(i)
	if t == nil || t.kind != tokPunct {
		return false
	}
	switch s.str(i) {
	case "-", "–", "—", "‑":
		return true
	}
	return false
}

// match returns the end of the longest phrase of list that starts at
// token i, and the phrase's value.
func (s *scan) match(l *phraseList, i int) (val int, end int, ok bool) {
	list := l.ps
	if len(list) == 0 {
		return 0, i, false
	}
	if l.next != ^uint64(0) {
		// When the next token's entry is the second word of no phrase,
		// only a one-word phrase (the last, as the longest come first)
		// can match.
		if i+1 >= len(s.toks) || s.toks[i+1].info == nil || l.next&(1<<(s.toks[i+1].info.id&63)) == 0 {
			if p := &list[len(list)-1]; len(p.words) == 1 {
				return int(p.val), i + 1, true
			}
			return 0, i, false
		}
	}
	for pi := range list {
		p := &list[pi]
		if i+len(p.words) > len(s.toks) {
			continue
		}
		good := true
		for k := 1; k < len(p.words); k++ {
			if wi := p.infos[k]; wi != nil {
				if s.toks[i+k].info != wi {
					good = false
					break
				}
			} else if !eqFold(s.str(i+k), p.words[k]) {
				good = false
				break
			}
		}
		if good {
			return int(p.val), i + len(p.words), true
		}
	}
	return 0, i, false
}
