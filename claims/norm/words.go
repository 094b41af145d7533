package norm

import (
	"embed"
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	tok "github.com/claimcheck/claimcheck/claims/token"
)

//go:embed data/*.txt
var dataFS embed.FS

// numKind is the kind of a number word.
type numKind uint8

const (
	numCardinal numKind = iota + 1
	numScale
	numSuffix
	numOrdinal
	numDenominator // "thirds", "quarter"
	numPart        // "½"
	numMultiple    // "sixfold"
	numSign        // "minus"
)

// numWord is an entry of numbers.txt.
type numWord struct {
	val  float64
	kind numKind
}

// phrase is one phrase of a table, keyed in the lexicon by its first
// word; val indexes the table's values.
type phrase struct {
	words []string // lower case, the first included
	// infos holds the lexicon entry of each word that the reader looks
	// up in the text (see annotate), so that match compares pointers; nil
	// for the others (punctuation), which match compares as text.
	infos []*wordInfo
	val   int32
}

// phraseList is the phrases of one table that start with one word,
// longest first.
type phraseList struct {
	ps []phrase
	// next has bit id&63 set for the entry id of the second word of
	// each phrase of two or more words, and all bits set when some second
	// word has no entry (punctuation), which next cannot rule out.
	next uint64
}

// lists returns the phrase lists of wi.
func (wi *wordInfo) lists() [11]*phraseList {
	return [...]*phraseList{&wi.vague, &wi.quals, &wi.postQuals, &wi.nouns, &wi.currPre, &wi.curr, &wi.measPre, &wi.meas, &wi.relative, &wi.anchors, &wi.blockers}
}

// lookedUp reports whether annotate looks the token w up in the lexicon,
// so that a phrase word w is known by its entry.
func lookedUp(w string) bool {
	c := w[0]
	switch {
	case isLetter(c):
		return len(w) <= maxKey && (len(w) == 1 || isLetter(w[1]))
	case isDigit(c):
		return len(w) <= 6 && isAllDigits(w)
	}
	return c == '$' || c == '#' || c == '%' || c == '+' || c == '~' || c >= 0x80 && len(w) <= 4
}

type vagueVal struct {
	low, high float64
	scalable  bool
}

type qualVal struct {
	q      Qualifier
	suffix bool
	// joiner is the word that joins a range's two figures: "and" after
	// "between", "to" after "from".
	joiner string
}

type unitVal struct {
	class  Class // Money, Percent or Measure; Change for points
	unit   string
	prefix bool
	// letterCase is caseLower or caseUpper for a one-letter unit that
	// counts only when written in that case ("45g", "40C").
	letterCase uint8
}

// Cases a unit may be required to be written in.
const (
	caseAny uint8 = iota
	caseLower
	caseUpper
)

type relVal struct {
	name     string
	unit     string // day, week, weekend, month, year
	from, to int
	clip     string // "", "past", "future"
}

type anchorVal struct {
	name       string
	start, end Date
}

type seasonVal struct{ first, last int }

type durUnit struct {
	name string
	days float64
	iso  string // "D", "W", "2W", "M", "Y", "10Y", "100Y", "H", "N" (minutes), "S"
}

// wordInfo is everything the lexicon knows about one lower-case word.
// Phrase lists hold the phrases of a table that start with the word,
// longest first.
type wordInfo struct {
	// The fields the scan looks at for most tokens come first, to keep
	// them on one cache line.
	trigger bool
	// self marks a word that is worth reading at on its own (a number
	// word, a month, a weekday, a season, a unit of time); lead a word
	// that starts a phrase of its own (vague amounts, relative times,
	// events). Other triggers ("the", "over", "at") are only read at when
	// a number or such a word follows closely.
	self, lead bool
	special    uint8 // one of the sp* constants
	change     int8  // +1 up, -1 down, 2 either way (changeEither)
	monthCap   bool
	modifier   bool
	definite   bool // "the", "their": before a small figure, a Reference
	// code marks a currency code that may stand against its figure
	// ("USD1,700"; codeAlone) or complete a symbol before it ("$US55";
	// codeAfterSymbol).
	code     uint8
	month    uint8
	yearPart int8   // "Q3": 3 (a quarter); "H1": -1 (a half)
	id       uint32 // the entry's number, for phraseList.next
	num      *numWord
	dur      *durUnit

	street   bool // a street word: "Street", "Ave"
	prefix   bool // a word that may stand hyphenated before a figure: "sub-500"
	size     bool // a word of length or height: "long", "tall"
	age      bool // "aged", "ages": before an age
	within   bool // "within": before a period from the publication date
	amount   bool // "average", "total": "of" after it introduces no year
	strength bool // "strong": hyphenated after a figure, keeps it a count
	pronoun  bool // "no": before "one", a pronoun ("no one")
	function bool // "another", "is": after "one", no noun it picks out
	// apposition marks a word that may stand between a count and the
	// words that describe its people: "including", "among", "under".
	apposition bool
	// labelAfter marks a word that makes the figure before it a label:
	// "the 90049 ZIP code".
	labelAfter bool
	timezone   bool // a time zone: "GMT"
	// scoreBefore and scoreAfter mark words that stand before or after a
	// score ("beat", "lead").
	scoreBefore, scoreAfter bool

	weekday string
	season  *seasonVal

	vague     phraseList
	quals     phraseList // qualifiers before the figure
	postQuals phraseList // qualifiers after the figure
	nouns     phraseList
	currPre   phraseList
	curr      phraseList
	measPre   phraseList
	meas      phraseList
	relative  phraseList
	anchors   phraseList
	blockers  phraseList
}

// Bits of wordInfo.code.
const (
	codeAlone uint8 = 1 << iota
	codeAfterSymbol
)

// Special words the scanner knows by name.
const (
	spNone uint8 = iota
	spSince
	spThe
	spMid
	spEarly
	spLate
	spA
	spAnd
	spOr
	spOf
	spTo
	spAgo
	spLater
	spOld
	spFor
	spIn
	spOn
	spAt
	spWhen
	spHalf
	spEnd
	spBeginning
	spMiddle
	spLast
	spThis
	spNext
	spYear
	spOut
)

var specialWords = map[string]uint8{
	"since": spSince, "the": spThe, "mid": spMid, "early": spEarly, "late": spLate,
	"a": spA, "an": spA, "and": spAnd, "or": spOr, "of": spOf, "to": spTo,
	"ago": spAgo, "later": spLater, "old": spOld, "for": spFor, "in": spIn,
	"on": spOn, "at": spAt, "when": spWhen, "half": spHalf, "end": spEnd,
	"beginning": spBeginning, "start": spBeginning, "middle": spMiddle,
	"last": spLast, "this": spThis, "next": spNext, "year": spYear, "out": spOut,
}

// triggerSpecials are special words a mention can start with.
var triggerSpecials = [spOut + 1]bool{spSince: true, spThe: true, spMid: true, spEarly: true, spLate: true, spA: true, spHalf: true, spLast: true, spThis: true, spNext: true}

// entry is one line of a data file.
type entry struct {
	file    string
	line    int
	phrases [][]string
	fields  []string
}

func (e entry) errorf(format string, args ...any) error {
	return fmt.Errorf("data/%s:%d: %s", e.file, e.line, fmt.Sprintf(format, args...))
}

// readTable reads data/name and returns its entries.
func readTable(name string) ([]entry, error) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return nil, fmt.Errorf("read data/%s: %w", name, err)
	}
	return parseTable(name, string(b))
}

// parseTable parses the text of a data file: "phrase[, phrase] = fields"
// per line, "#" comments, a tab standing for " = ".
func parseTable(name, text string) ([]entry, error) {
	var out []entry
	var ts tok.Stream
	for n, line := range strings.Split(text, "\n") {
		e := entry{file: name, line: n + 1}
		if k := strings.Index(line, " # "); k >= 0 {
			line = line[:k]
		}
		if t := strings.TrimSpace(line); t == "" || t[0] == '#' {
			continue
		}
		left, right, ok := strings.Cut(line, " = ")
		if !ok {
			left, right, ok = strings.Cut(line, "\t")
		}
		if !ok {
			return nil, e.errorf("want \"phrase = fields\", got %q", strings.TrimSpace(line))
		}
		for _, p := range strings.Split(left, ",") {
			p = strings.TrimSpace(p)
			if p == "" {
				return nil, e.errorf("empty phrase")
			}
			if p != strings.ToLower(p) {
				return nil, e.errorf("phrase %q is not lower case", p)
			}
			var words []string
			ts.Reset(p)
			for i := range ts.Tokens {
				words = append(words, ts.Str(i))
			}
			e.phrases = append(e.phrases, words)
		}
		e.fields = strings.Fields(right)
		if len(e.fields) == 0 {
			return nil, e.errorf("no fields after \"=\"")
		}
		out = append(out, e)
	}
	return out, nil
}

// info returns the entry of word w, creating it.
func (r *Reader) info(w string) *wordInfo {
	wi := r.words[w]
	if wi == nil {
		wi = &wordInfo{}
		r.words[w] = wi
	}
	return wi
}

// addPhrases files each phrase of e under its first word in the list
// that sel picks, with value val.
func (r *Reader) addPhrases(e entry, val int, sel func(*wordInfo) *[]phrase) {
	for _, words := range e.phrases {
		l := sel(r.info(words[0]))
		*l = append(*l, phrase{words: words, val: int32(val)})
	}
}

func allLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isLetter(w[i]) {
			return false
		}
	}
	return w != ""
}

func parseFloat(e entry, s string) (float64, error) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, e.errorf("bad number %q", s)
	}
	return f, nil
}

func parseInt(e entry, s string, lo, hi int) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, e.errorf("want a whole number from %d to %d, got %q", lo, hi, s)
	}
	return n, nil
}

func wantFields(e entry, min, max int) error {
	if len(e.fields) < min || len(e.fields) > max {
		if min == max {
			return e.errorf("want %d fields after \"=\", got %d", min, len(e.fields))
		}
		return e.errorf("want %d to %d fields after \"=\", got %d", min, max, len(e.fields))
	}
	return nil
}

func single(e entry) ([]string, error) {
	var ws []string
	for _, p := range e.phrases {
		if len(p) != 1 {
			return nil, e.errorf("want a single word, got %q", strings.Join(p, " "))
		}
		ws = append(ws, p[0])
	}
	return ws, nil
}

// load reads every table into r.
func (r *Reader) load() error {
	r.words = make(map[string]*wordInfo)
	loaders := []struct {
		file string
		fn   func(entry) error
	}{
		{"numbers.txt", r.loadNumber},
		{"vague.txt", r.loadVague},
		{"qualifiers.txt", r.loadQualifier},
		{"modifiers.txt", r.loadModifier},
		{"nouns.txt", r.loadNoun},
		{"currencies.txt", r.loadCurrency},
		{"measures.txt", r.loadMeasure},
		{"months.txt", r.loadMonth},
		{"weekdays.txt", r.loadWeekday},
		{"seasons.txt", r.loadSeason},
		{"relative.txt", r.loadRelative},
		{"anchors.txt", r.loadAnchor},
		{"blockers.txt", r.loadBlocker},
		{"changes.txt", r.loadChange},
		{"durations.txt", r.loadDuration},
		{"streets.txt", r.flagLoader(func(wi *wordInfo) { wi.street = true })},
		{"timezones.txt", r.flagLoader(func(wi *wordInfo) { wi.timezone = true })},
		{"scores.txt", r.loadScore},
		{"prefixes.txt", r.flagLoader(func(wi *wordInfo) { wi.prefix = true })},
		{"roles.txt", r.loadRole},
		{"periods.txt", r.loadPeriod},
	}
	for _, l := range loaders {
		es, err := readTable(l.file)
		if err != nil {
			return err
		}
		for _, e := range es {
			if err := l.fn(e); err != nil {
				return err
			}
		}
	}
	for w, sp := range specialWords {
		r.info(w).special = sp
	}
	// Every word of a phrase gets an entry, so that match can compare
	// the entries of the text's tokens with them.
	var later []string
	for _, wi := range r.words {
		for _, l := range wi.lists() {
			for _, p := range l.ps {
				for _, w := range p.words[1:] {
					if lookedUp(w) {
						later = append(later, w)
					}
				}
			}
		}
	}
	for _, w := range later {
		r.info(w)
	}
	for _, wi := range r.words {
		for _, l := range wi.lists() {
			sort.SliceStable(l.ps, func(i, j int) bool { return len(l.ps[i].words) > len(l.ps[j].words) })
		}
		wi.trigger = wi.num != nil || len(wi.vague.ps) > 0 || len(wi.quals.ps) > 0 || len(wi.currPre.ps) > 0 ||
			len(wi.measPre.ps) > 0 || len(wi.relative.ps) > 0 || len(wi.anchors.ps) > 0 || len(wi.blockers.ps) > 0 ||
			wi.change != 0 || wi.month > 0 || wi.weekday != "" || wi.season != nil || wi.dur != nil ||
			triggerSpecials[wi.special]
		wi.trigger = wi.trigger || wi.age || wi.within || wi.yearPart != 0
		wi.self = wi.num != nil || wi.month > 0 || wi.weekday != "" || wi.season != nil || wi.dur != nil || wi.age || wi.within || wi.special == spHalf || wi.yearPart != 0
		wi.lead = len(wi.vague.ps) > 0 || len(wi.relative.ps) > 0 || len(wi.anchors.ps) > 0
	}
	r.table = newWordTable(r.words)
	var id uint32
	for _, w := range slices.Sorted(maps.Keys(r.words)) {
		r.words[w].id = id
		id++
	}
	for _, wi := range r.words {
		for _, l := range wi.lists() {
			for i := range l.ps {
				p := &l.ps[i]
				p.infos = make([]*wordInfo, len(p.words))
				for k, w := range p.words[1:] {
					if lookedUp(w) {
						p.infos[k+1] = r.words[w]
					}
				}
				if len(p.words) > 1 {
					if next := p.infos[1]; next != nil {
						l.next |= 1 << (next.id & 63)
					} else {
						l.next = ^uint64(0)
					}
				}
			}
		}
	}
	return nil
}

func (r *Reader) loadNumber(e entry) error {
	if err := wantFields(e, 2, 2); err != nil {
		return err
	}
	ws, err := single(e)
	if err != nil {
		return err
	}
	v, err := parseFloat(e, e.fields[0])
	if err != nil {
		return err
	}
	var k numKind
	switch e.fields[1] {
	case "cardinal":
		k = numCardinal
	case "scale":
		k = numScale
	case "suffix":
		k = numSuffix
	case "ordinal":
		k = numOrdinal
	case "denominator":
		k = numDenominator
	case "part":
		k = numPart
	case "multiple":
		k = numMultiple
	case "sign":
		k = numSign
	default:
		return e.errorf("unknown number kind %q (want cardinal, scale, suffix, ordinal, denominator, part, multiple or sign)", e.fields[1])
	}
	for _, w := range ws {
		wi := r.info(w)
		if k == numSuffix {
			if r.suffixes == nil {
				r.suffixes = make(map[string]float64)
			}
			r.suffixes[w] = v
			continue
		}
		wi.num = &numWord{val: v, kind: k}
	}
	return nil
}

func (r *Reader) loadVague(e entry) error {
	if err := wantFields(e, 2, 3); err != nil {
		return err
	}
	lo, err := parseFloat(e, e.fields[0])
	if err != nil {
		return err
	}
	hi, err := parseFloat(e, e.fields[1])
	if err != nil {
		return err
	}
	if lo > hi {
		return e.errorf("low %v is above high %v", lo, hi)
	}
	v := vagueVal{low: lo, high: hi}
	if len(e.fields) == 3 {
		if e.fields[2] != "scalable" {
			return e.errorf("unknown flag %q (want scalable)", e.fields[2])
		}
		v.scalable = true
	}
	r.vagues = append(r.vagues, v)
	r.addPhrases(e, len(r.vagues)-1, func(w *wordInfo) *[]phrase { return &w.vague.ps })
	return nil
}

func (r *Reader) loadQualifier(e entry) error {
	if err := wantFields(e, 1, 2); err != nil {
		return err
	}
	var q Qualifier
	if err := q.UnmarshalText([]byte(e.fields[0])); err != nil || q == Exact || q == Vague {
		return e.errorf("unknown qualifier %q", e.fields[0])
	}
	v := qualVal{q: q}
	switch {
	case q == Range:
		if len(e.fields) != 2 || e.fields[1] == "suffix" {
			return e.errorf("a range wants the word that joins its figures (\"between = range and\")")
		}
		v.joiner = e.fields[1]
	case len(e.fields) == 2:
		if e.fields[1] != "suffix" {
			return e.errorf("unknown flag %q (want suffix)", e.fields[1])
		}
		v.suffix = true
	}
	r.quals = append(r.quals, v)
	if v.suffix {
		r.addPhrases(e, len(r.quals)-1, func(w *wordInfo) *[]phrase { return &w.postQuals.ps })
	} else {
		r.addPhrases(e, len(r.quals)-1, func(w *wordInfo) *[]phrase { return &w.quals.ps })
	}
	return nil
}

func (r *Reader) loadModifier(e entry) error {
	if err := wantFields(e, 1, 1); err != nil {
		return err
	}
	ws, err := single(e)
	if err != nil {
		return err
	}
	for _, w := range ws {
		r.info(w).modifier = true
	}
	return nil
}

func (r *Reader) loadNoun(e entry) error {
	if err := wantFields(e, 1, 1); err != nil {
		return err
	}
	r.nouns = append(r.nouns, e.fields[0])
	r.addPhrases(e, len(r.nouns)-1, func(w *wordInfo) *[]phrase { return &w.nouns.ps })
	return nil
}

func (r *Reader) loadCurrency(e entry) error {
	if err := wantFields(e, 1, 2); err != nil {
		return err
	}
	v := unitVal{class: Money, unit: e.fields[0]}
	if len(e.fields) == 2 {
		if e.fields[1] != "prefix" {
			return e.errorf("unknown flag %q (want prefix)", e.fields[1])
		}
		v.prefix = true
	}
	r.units = append(r.units, v)
	r.addPhrases(e, len(r.units)-1, func(w *wordInfo) *[]phrase {
		if v.prefix {
			return &w.currPre.ps
		}
		return &w.curr.ps
	})
	if v.prefix { // "USD 5 million" and "5 million USD" alike
		r.addPhrases(e, len(r.units)-1, func(w *wordInfo) *[]phrase { return &w.curr.ps })
		for _, p := range e.phrases {
			switch last := p[len(p)-1]; {
			case !allLetters(last):
			case len(p) == 1:
				r.info(last).code |= codeAlone
			case len(p) == 2 && !allLetters(p[0]):
				r.info(last).code |= codeAfterSymbol
			}
		}
	}
	return nil
}

func (r *Reader) loadMeasure(e entry) error {
	if err := wantFields(e, 2, 4); err != nil {
		return err
	}
	v := unitVal{unit: e.fields[1]}
	switch e.fields[0] {
	case "percent":
		v.class = Percent
	case "measure":
		v.class = Measure
	case "point":
		v.class = Change
	default:
		return e.errorf("unknown class %q (want percent, measure or point)", e.fields[0])
	}
	for _, f := range e.fields[2:] {
		switch f {
		case "prefix":
			v.prefix = true
		case "lower":
			v.letterCase = caseLower
		case "upper":
			v.letterCase = caseUpper
		default:
			return e.errorf("unknown flag %q (want prefix, lower or upper)", f)
		}
	}
	r.units = append(r.units, v)
	r.addPhrases(e, len(r.units)-1, func(w *wordInfo) *[]phrase { return &w.meas.ps })
	if v.prefix {
		r.addPhrases(e, len(r.units)-1, func(w *wordInfo) *[]phrase { return &w.measPre.ps })
	}
	return nil
}

func (r *Reader) loadMonth(e entry) error {
	if err := wantFields(e, 1, 2); err != nil {
		return err
	}
	ws, err := single(e)
	if err != nil {
		return err
	}
	m, err := parseInt(e, e.fields[0], 1, 12)
	if err != nil {
		return err
	}
	cp := false
	if len(e.fields) == 2 {
		if e.fields[1] != "cap" {
			return e.errorf("unknown flag %q (want cap)", e.fields[1])
		}
		cp = true
	}
	for _, w := range ws {
		wi := r.info(w)
		wi.month, wi.monthCap = uint8(m), cp
	}
	return nil
}

func (r *Reader) loadWeekday(e entry) error {
	if err := wantFields(e, 1, 1); err != nil {
		return err
	}
	ws, err := single(e)
	if err != nil {
		return err
	}
	if weekdayIndex(e.fields[0]) < 0 {
		return e.errorf("unknown weekday %q", e.fields[0])
	}
	for _, w := range ws {
		r.info(w).weekday = e.fields[0]
	}
	return nil
}

func (r *Reader) loadSeason(e entry) error {
	if err := wantFields(e, 2, 2); err != nil {
		return err
	}
	ws, err := single(e)
	if err != nil {
		return err
	}
	a, err := parseInt(e, e.fields[0], 1, 12)
	if err != nil {
		return err
	}
	b, err := parseInt(e, e.fields[1], 1, 12)
	if err != nil {
		return err
	}
	for _, w := range ws {
		r.info(w).season = &seasonVal{a, b}
	}
	return nil
}

func (r *Reader) loadRelative(e entry) error {
	if err := wantFields(e, 4, 5); err != nil {
		return err
	}
	v := relVal{name: e.fields[0], unit: e.fields[1]}
	switch v.unit {
	case "day", "week", "weekend", "month", "year":
	default:
		return e.errorf("unknown unit %q (want day, week, weekend, month or year)", v.unit)
	}
	var err error
	if v.from, err = parseInt(e, e.fields[2], -100000, 100000); err != nil {
		return err
	}
	if v.to, err = parseInt(e, e.fields[3], -100000, 100000); err != nil {
		return err
	}
	if v.from > v.to {
		return e.errorf("from %d is after to %d", v.from, v.to)
	}
	if len(e.fields) == 5 {
		v.clip = e.fields[4]
		if v.clip != "past" && v.clip != "future" {
			return e.errorf("unknown clip %q (want past or future)", v.clip)
		}
	}
	r.rels = append(r.rels, v)
	r.addPhrases(e, len(r.rels)-1, func(w *wordInfo) *[]phrase { return &w.relative.ps })
	return nil
}

// parseAnchorDate reads "2022-02-24" or "1991"; a year stands for its
// first or last day as end says.
func parseAnchorDate(e entry, s string, end bool) (Date, error) {
	if len(s) == 4 {
		y, err := parseInt(e, s, 1, 9999)
		if err != nil {
			return Date{}, err
		}
		if end {
			return Date{y, 12, 31}, nil
		}
		return Date{y, 1, 1}, nil
	}
	d, err := parseISODate(s)
	if err != nil || d.Year == 0 {
		return Date{}, e.errorf("bad date %q (want 2006-01-02 or a year)", s)
	}
	return d, nil
}

func (r *Reader) loadAnchor(e entry) error {
	if err := wantFields(e, 2, 100); err != nil {
		return err
	}
	a, b, isRange := strings.Cut(e.fields[0], "..")
	if !isRange {
		b = a
	}
	start, err := parseAnchorDate(e, a, false)
	if err != nil {
		return err
	}
	end, err := parseAnchorDate(e, b, true)
	if err != nil {
		return err
	}
	if dayNum(end) < dayNum(start) {
		return e.errorf("end %s is before start %s", end, start)
	}
	r.anchors = append(r.anchors, anchorVal{name: strings.Join(e.fields[1:], " "), start: start, end: end})
	r.addPhrases(e, len(r.anchors)-1, func(w *wordInfo) *[]phrase { return &w.anchors.ps })
	return nil
}

func (r *Reader) loadBlocker(e entry) error {
	if err := wantFields(e, 1, 1); err != nil {
		return err
	}
	r.addPhrases(e, 0, func(w *wordInfo) *[]phrase { return &w.blockers.ps })
	return nil
}

// changeEither is wordInfo.change for a verb of change with no direction
// ("went from 1,000 to 2,000").
const changeEither int8 = 2

// flagLoader returns a loader for a table of single words marked by set.
func (r *Reader) flagLoader(set func(*wordInfo)) func(entry) error {
	return func(e entry) error {
		if err := wantFields(e, 1, 1); err != nil {
			return err
		}
		if e.fields[0] != "-" {
			return e.errorf("want \"-\" after \"=\", got %q", e.fields[0])
		}
		for _, p := range e.phrases {
			if len(p) > 2 || len(p) == 2 && p[1] != "." {
				return e.errorf("want a single word, got %q", strings.Join(p, " "))
			}
			set(r.info(p[0]))
		}
		return nil
	}
}

func (r *Reader) loadRole(e entry) error {
	if err := wantFields(e, 1, 1); err != nil {
		return err
	}
	var set func(*wordInfo)
	switch e.fields[0] {
	case "size":
		set = func(wi *wordInfo) { wi.size = true }
	case "definite":
		set = func(wi *wordInfo) { wi.definite = true }
	case "age":
		set = func(wi *wordInfo) { wi.age = true }
	case "within":
		set = func(wi *wordInfo) { wi.within = true }
	case "amount":
		set = func(wi *wordInfo) { wi.amount = true }
	case "strength":
		set = func(wi *wordInfo) { wi.strength = true }
	case "pronoun":
		set = func(wi *wordInfo) { wi.pronoun = true }
	case "function":
		set = func(wi *wordInfo) { wi.function = true }
	case "apposition":
		set = func(wi *wordInfo) { wi.apposition = true }
	case "code":
		set = func(wi *wordInfo) { wi.labelAfter = true }
	default:
		return e.errorf("unknown role %q (want size, definite, age, within, amount, code, strength, pronoun, function or apposition)", e.fields[0])
	}
	for _, p := range e.phrases {
		if len(p) != 1 {
			return e.errorf("want a single word, got %q", strings.Join(p, " "))
		}
		set(r.info(p[0]))
	}
	return nil
}

func (r *Reader) loadPeriod(e entry) error {
	if err := wantFields(e, 2, 2); err != nil {
		return err
	}
	ws, err := single(e)
	if err != nil {
		return err
	}
	var n int
	switch e.fields[0] {
	case "quarter":
		if n, err = parseInt(e, e.fields[1], 1, 4); err != nil {
			return err
		}
	case "half":
		if n, err = parseInt(e, e.fields[1], 1, 2); err != nil {
			return err
		}
		n = -n
	default:
		return e.errorf("want quarter or half, got %q", e.fields[0])
	}
	for _, w := range ws {
		r.info(w).yearPart = int8(n)
	}
	return nil
}

func (r *Reader) loadScore(e entry) error {
	if err := wantFields(e, 1, 1); err != nil {
		return err
	}
	ws, err := single(e)
	if err != nil {
		return err
	}
	for _, w := range ws {
		switch e.fields[0] {
		case "before":
			r.info(w).scoreBefore = true
		case "after":
			r.info(w).scoreAfter = true
		default:
			return e.errorf("want before or after, got %q", e.fields[0])
		}
	}
	return nil
}

func (r *Reader) loadChange(e entry) error {
	if err := wantFields(e, 1, 1); err != nil {
		return err
	}
	ws, err := single(e)
	if err != nil {
		return err
	}
	var s int8
	switch e.fields[0] {
	case "up":
		s = 1
	case "down":
		s = -1
	case "either":
		s = changeEither
	default:
		return e.errorf("want up, down or either, got %q", e.fields[0])
	}
	for _, w := range ws {
		r.info(w).change = s
	}
	return nil
}

func (r *Reader) loadDuration(e entry) error {
	if err := wantFields(e, 3, 3); err != nil {
		return err
	}
	ws, err := single(e)
	if err != nil {
		return err
	}
	d, err := parseFloat(e, e.fields[1])
	if err != nil {
		return err
	}
	iso := e.fields[2]
	if des := strings.TrimLeft(iso, "0123456789."); len(des) != 1 || !strings.Contains("DWMYHNS", des) {
		return e.errorf("bad ISO designator %q (want D, W, M, Y, H, N or S, maybe after a count)", iso)
	}
	u := &durUnit{name: e.fields[0], days: d, iso: iso}
	for _, w := range ws {
		r.info(w).dur = u
	}
	return nil
}
