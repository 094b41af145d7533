package claims

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/lexicon"
	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/claimcheck/claimcheck/claims/norm"
	"github.com/claimcheck/claimcheck/claims/segment"
	"github.com/claimcheck/claimcheck/claims/token"
)

// Extractor turns documents into claims. Build it once with NewExtractor;
// it is safe for concurrent use.
type Extractor struct {
	seg  *segment.Segmenter
	norm *norm.Reader
	ix   *lexicon.Index
	lex  *lexicon.Lexicon
	// measureKind is the claim kind of each measure, and measureByName
	// the index of each measure by its name.
	measureKind   []Kind
	measureByName map[string]int
	// plainShare is the first measure of a vote's share that is not a
	// subject's ("voted in favour"), or -1.
	plainShare int
	// entityByName indexes the lexicon's entities by canonical name.
	entityByName map[string]int
	// defaultGroup is the group a figure with no noun of its own
	// counts, deployed the forces of a deployment (lexicon group roles);
	// -1 if none.
	defaultGroup, deployed int
	// controlRoles is the role in control claims of each framing frame.
	controlRoles []lexicon.ControlRole
	// owner maps a territory to the country it is part of, at the top of
	// its part_of chain; parent to the entity it is directly part of.
	owner, parent map[string]string
}

// Window sizes, in words, for tying a figure to the words around it.
const (
	measureWindow  = 6  // a trigger word ("killed") for a figure
	groupWindow    = 3  // the counted noun after a figure
	eventWindow    = 8  // an event noun for a duration or date
	timeWindow     = 9  // a time for an event noun ("the earthquake that struck Turkey and Syria on February 6")
	clauseWindow   = 14 // a time in the relative clause of an event noun, up to its first comma
	adjacentWindow = 3  // a time right next to a figure overrides the event's own
)

// NewExtractor builds an extractor from the built-in lexicons and the
// named lexicon files, which add to them or override them.
func NewExtractor(lexiconFiles ...string) (*Extractor, error) {
	lx, err := lexicon.Default(lexiconFiles...)
	if err != nil {
		return nil, err
	}
	ix, err := lexicon.Compile(lx)
	if err != nil {
		return nil, err
	}
	seg, err := segment.NewSegmenter()
	if err != nil {
		return nil, err
	}
	nr, err := norm.NewReader()
	if err != nil {
		return nil, err
	}
	e := &Extractor{seg: seg, norm: nr, ix: ix, lex: lx, defaultGroup: -1, deployed: -1}
	for _, m := range lx.Measures {
		k, err := ParseKind(m.Kind)
		if err != nil || k.Info().Value != CountValue && k.Info().Value != ShareValue {
			return nil, fmt.Errorf("%s: measure %q has kind %q: want one of %s", m.Pos, m.Name, m.Kind, strings.Join(CountKinds(), ", "))
		}
		e.measureKind = append(e.measureKind, k)
	}
	e.entityByName = map[string]int{}
	for i, en := range lx.Entities {
		e.entityByName[en.Name] = i
	}
	e.measureByName = map[string]int{}
	e.plainShare = -1
	for i, m := range lx.Measures {
		e.measureByName[m.Name] = i
		if e.plainShare < 0 && e.measureKind[i] == Votes && !m.BySubject {
			// The share of a vote that went one way, its own.
			e.plainShare = i
		}
	}
	e.controlRoles = controlFrames(lx)
	e.owner = map[string]string{}
	parent := map[string]string{}
	e.parent = parent
	kind := map[string]lexicon.EntityType{}
	for _, en := range lx.Entities {
		parent[en.Name], kind[en.Name] = en.PartOf, en.Type
	}
	for _, en := range lx.Entities {
		if en.Type != lexicon.TypeCountry {
			continue
		}
		for _, m := range en.Metonyms {
			// A capital told as the place a count was made in ("died in
			// Bangkok", capitalPlace) lies in its country.
			if _, ok := parent[m]; !ok && m != "" && m[0] >= 'A' && m[0] <= 'Z' && !strings.Contains(m, " ") {
				parent[m] = en.Name
			}
		}
	}
	for name := range parent {
		// The owner is the country at the top of the part_of chain:
		// Shusha is part of Nagorno-Karabakh, part of Azerbaijan.
		o := parent[name]
		for hops := 0; o != "" && kind[o] != lexicon.TypeCountry && hops < 8; hops++ {
			o = parent[o]
		}
		if o != "" {
			e.owner[name] = o
		}
	}
	for i, g := range lx.Groups {
		switch g.Role {
		case lexicon.GroupDeployed:
			e.deployed = i
		case lexicon.GroupDefault:
			e.defaultGroup = i
		}
	}
	return e, nil
}

// sentenceState is what the extractor keeps of one sentence while it
// reads it, and of the one before it to resolve "this conflict".
type sentenceState struct {
	tok        token.Stream // the sentence's tokens, with document offsets
	hits       []lexicon.Hit
	fn         []lexicon.FuncRole // the function-word roles of each word
	inside     []bool             // hits inside a longer frame phrase, once insideDone
	insideDone bool
	mentions   []norm.Mention
	// mtok[i] is the first and last token of mentions[i].
	mtok     [][2]int
	events   []event
	entities []entityHit
	used     []bool // mentions already taken as an event's time
	// startColumn is the column (Document.ColumnAt) of the sentence's
	// first byte, when it has a line of text of its own; 0 when columns
	// are asked of the document.
	startColumn int
	ix          *lexicon.Index
	// pub is the document's publication date (zero when unknown; the
	// month's last day for a date known to the month, which pubMonth
	// marks).
	pub norm.Date
	ctx norm.Context // the report's publication, as its mentions were read
	// headline marks the state of a document's title; dateline is the
	// number of words a body sentence opens with that are its dateline
	// ("GENEVA (Reuters) –"), 0 if none.
	headline bool
	dateline int
	rd       *norm.Reader // the reader that read them
	pubMonth bool
	// titleCase marks a sentence written in title case, as headlines
	// are, whose capitals say nothing of names.
	titleCase bool
	// places are the places the sentence names (readPlaces).
	places []placeHit
	// magnitudes are the mentions that count no one: the measure of an
	// event (a quake's 7.8), the "two" of "the two countries".
	magnitudes []int
	// survey marks a sentence that tells of an opinion poll
	// (opinionPoll): its shares are no results of a vote.
	survey bool
	// names are the words the document has capitalized inside a
	// sentence that no lexicon entry covers ("President Ada Brenner"):
	// the same word opening a sentence is a name too.
	names map[string]bool
}

// is reports whether word i of the sentence is a function word of one of
// the roles r (lexicon.Function).
func (st *sentenceState) is(i int, r lexicon.FuncRole) bool {
	if i < 0 || i >= len(st.fn) {
		return false
	}
	return st.fn[i]&r != 0
}

type entityHit struct {
	tok, n   int
	entity   int
	metonym  bool
	hitIndex int
	// demonym marks a demonym ("Syrian"): a side, not a place.
	demonym bool
}

// Extract returns the claims of d, in the order they appear.
func (e *Extractor) Extract(d *load.Document) []Claim {
	cs, _ := e.extract(d, nil)
	return cs
}

// scratch is the working memory of one extraction, kept in a pool so
// that documents after the first allocate little.
type scratch struct {
	sents     []segment.Sentence
	cur, prev sentenceState
	title     sentenceState
	// claims collects a document's claims, which are copied out once at
	// the end: a claim is large, and a slice grown claim by claim would
	// leave a trail of copies behind.
	claims []Claim
	// days are the years of the days a document with no publication
	// date gives with a year (see yearDays).
	days dayYears
	// names are the document's name words (sentenceState.names).
	names map[string]bool
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// extract returns the claims of d and the number of its sentences, and
// appends its mentions to *mentions when that is not nil.
func (e *Extractor) extract(d *load.Document, mentions *[]MentionRecord) ([]Claim, int) {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.sents = e.seg.Segment(sc.sents[:0], d)
	sents := sc.sents
	ctx := norm.Context{Published: d.PublishedTime, PublishedMonth: d.PublishedMonth}
	cur, prev := &sc.cur, &sc.prev
	prev.events = prev.events[:0]
	prev.mentions = prev.mentions[:0]
	out := sc.claims[:0]
	clear(sc.days)
	if sc.names == nil {
		sc.names = map[string]bool{}
	}
	clear(sc.names)
	cur.names, prev.names = sc.names, sc.names
	lastYear := 0 // the year the text named last ("that year")
	prevPara := -1
	region := "" // the last region the document named
	sty := story{several: -1}
	pub := publicationDate(ctx.Published, ctx.PublishedMonth)
	cols := columns{d: d, col: 1}
	if d.Title != "" {
		sc.title.headline = true
		sc.title.read(e, d.Title, 0, len(d.Title), ctx)
		sc.title.resolveEvents(prev, nil)
		sty.take(e, &sc.title, pub)
	}
	for _, s := range sents {
		if s.Role == segment.RoleBoilerplate || s.Role == segment.RoleCaption {
			continue
		}
		if s.Para != prevPara && s.Para != prevPara+1 {
			prev.events = prev.events[:0]
		}
		cur.read(e, d.Text, s.Start, s.End, ctx)
		cur.startColumn = cols.at(s.Start)
		lastYear = cur.thatYear(lastYear)
		cur.noteNames()
		if ctx.Published.IsZero() {
			for i := range cur.mentions {
				if m := &cur.mentions[i]; m.Kind == norm.TimeKind {
					sc.days.note(&m.Time)
				}
			}
		}
		if mentions != nil {
			for i := range cur.mentions {
				m := &cur.mentions[i]
				*mentions = append(*mentions, MentionRecord{Mention: m.Kind, Doc: d.ID,
					Line: d.LineAt(m.Start), Start: d.FileOffset(m.Start),
					End: d.FileOffset(m.End), Text: strings.Clone(m.Text), Value: m.Value()})
			}
		}
		cur.storyName(&sty)
		cur.resolveEvents(prev, &sty)
		if !sty.leadRead() && (s.Role == segment.RoleBody || s.Role == segment.RoleHeading) {
			if sty.lead < leadSentences || sty.ev == nil && len(cur.events) > 0 {
				// Past its first sentences, a short lead tells only
				// the event a story has yet to name.
				sty.take(e, cur, pub)
			} else {
				sty.date(e, cur, pub)
			}
			sty.lead++
			sty.leadBytes += s.End - s.Start
		}
		out = e.claimsOf(out, d, &s, cur, prev, region, &sty)
		sty.follow(e, cur)
		if r := cur.lastRegion(e); r != "" {
			region = r
		}
		if s.Role == segment.RoleHeading {
			// A heading does not stand between a sentence and the one
			// it follows up ("As part of this agreement").
			prevPara = s.Para
			continue
		}
		cur, prev = prev, cur
		prevPara = s.Para
	}
	if ctx.Published.IsZero() {
		yearDays(out, sc.days)
	}
	for i := range out {
		if s := out[i].Scope; s != nil {
			s.Within, s.Local = e.within(s.Places)
		}
	}
	claims := slices.Clone(out)
	clear(out)
	sc.claims = out[:0]
	return claims, len(sents)
}

// columns finds the columns of a document's sentences in one pass over
// its text, where Document.ColumnAt would count from the start of the
// line each time: on a long line that is quadratic.
type columns struct {
	d   *load.Document
	off int // a Text offset at or before the sentences still to come
	col int // its column
}

// at returns the column of the Text offset off, the start of a sentence
// after the last one asked, or 0 when it is to be asked of the document
// (HTML, whose columns are the file's).
func (c *columns) at(off int) int {
	if c.d.Origin != nil || off < c.off || off > len(c.d.Text) {
		return 0
	}
	c.col = columnAfter(c.d.Text[c.off:off], c.col)
	c.off = off
	return c.col
}

// columnAfter returns the column after text, which starts at column col.
func columnAfter(text string, col int) int {
	if i := strings.LastIndexByte(text, '\n'); i >= 0 {
		return 1 + utf8.RuneCountInString(text[i+1:])
	}
	return col + utf8.RuneCountInString(text)
}

// columnAt returns the column of the Text offset off, inside sentence s
// of d, whose state st is.
func (st *sentenceState) columnAt(d *load.Document, s *segment.Sentence, off int) int {
	if st.startColumn == 0 || off < s.Start || off > s.End {
		return d.ColumnAt(off)
	}
	return columnAfter(d.Text[s.Start:off], st.startColumn)
}

// noteNames records the capitalized words inside the sentence that no
// lexicon phrase, entity, place or figure covers: words of names.
func (st *sentenceState) noteNames() {
	if st.titleCase || st.names == nil {
		return
	}
	for i := 1; i < len(st.tok.Words); i++ {
		w := st.tok.Words[i]
		if !w.Cap || st.tok.Tokens[w.Tok].Kind != token.Word || st.coveredByEntity(i) || st.placeCovering(i) >= 0 || st.hitAt(i) || st.mentionAt(i) >= 0 {
			continue
		}
		st.names[string(st.tok.Norm(i))] = true
	}
}

// opinionPoll reports whether event noun ev is a survey word ("poll",
// "polls": the lexicon's samples) that tells of a survey: after a name
// or "opinion" ("the Ipsos poll", "opinion polls"), before "by" ("a poll
// by Ipsos"), or in a sentence with another survey word ("2,000 people
// interviewed").
func (st *sentenceState) opinionPoll(ev event) bool {
	last := ev.tok + ev.n - 1
	if !st.is(last, lexicon.FnSample) {
		return false
	}
	if k := ev.tok - 1; k > 0 && st.tok.Words[ev.tok].Break == 0 && (st.tok.Words[k].Cap && !st.coveredByEntity(k) || st.tok.Is(k, "opinion")) {
		return true
	}
	if st.is(last+1, lexicon.FnBy) {
		return true
	}
	for k := range st.tok.Words {
		if (k < ev.tok || k > last) && st.is(k, lexicon.FnSample) {
			return true
		}
	}
	return false
}

// stageEvents adds the event a stage names on its own: "In the first
// round, Brenner won 48.9%" speaks of the first round of an election
// though no election noun stands near. A stage phrase near an event noun
// is that event's ("the first round of the election"), and one followed
// by "of" is a stage of what follows ("the first round of talks").
func (st *sentenceState) stageEvents(e *Extractor) {
	n := len(st.events)
	for _, h := range st.hits {
		en, ok := h.Has(lexicon.CatStage)
		if !ok || st.is(h.I+h.N, lexicon.FnOf) || st.mentionAt(h.I) >= 0 {
			continue
		}
		typ, _ := lexicon.StageOf(en.ID)
		near := false
		for _, ev := range st.events[:n] {
			if ev.tok+ev.n-1 >= h.I-stageReach && ev.tok <= h.I+h.N-1+stageReach {
				near = true
				break
			}
		}
		if !near {
			st.events = append(st.events, event{tok: h.I, n: h.N, typ: typ, timeTok: -1, text: st.tok.WordText(h.I, h.I+h.N-1)})
		}
	}
	if len(st.events) > n {
		slices.SortStableFunc(st.events, func(a, b event) int { return a.tok - b.tok })
	}
}

// within returns the places the lexicon puts places in, up their
// part_of chains, sorted (nil when it knows none), and whether some
// place is no country: a region, a town, or a place it does not know.
func (e *Extractor) within(places []string) (in []string, local bool) {
	for _, p := range places {
		if i := e.entityIndex(p); i < 0 || e.lex.Entities[i].Type != lexicon.TypeCountry {
			local = true
		}
		q := e.parent[p]
		for hops := 0; q != "" && hops < 8; hops++ {
			in = append(in, q)
			q = e.parent[q]
		}
	}
	if len(in) == 0 {
		return nil, local
	}
	slices.Sort(in)
	return slices.Compact(in), local
}

// dayYears maps a day of the year to the one year a document gives it,
// or -1 when it gives it in two years.
type dayYears map[[2]int]int

// note records the day of t, when it has a year, a month and a day.
func (dy *dayYears) note(t *norm.Time) {
	if t == nil || !t.Anchored || t.Since || t.Start.Year == 0 || t.Start.Day == 0 || t.End != t.Start {
		return
	}
	if *dy == nil {
		*dy = dayYears{}
	}
	k := [2]int{t.Start.Month, t.Start.Day}
	if y, ok := (*dy)[k]; !ok {
		(*dy)[k] = t.Start.Year
	} else if y != t.Start.Year {
		(*dy)[k] = -1
	}
}

// yearDays gives the days without a year of a report with no
// publication date the year the report itself gives the same day
// elsewhere: "a year since March 3" and, further on, "in the early hours
// of March 3, 2024" are one day. A day the report
// gives in two years keeps no year.
func yearDays(cs []Claim, years dayYears) {
	if len(years) == 0 {
		return
	}
	fill := func(t *norm.Time) *norm.Time {
		if t == nil || !t.Anchored || t.Start.Year != 0 || t.Start.Month == 0 || t.Start.Day == 0 || !(t.End == t.Start || t.End.IsZero()) {
			return t
		}
		y := years[[2]int{t.Start.Month, t.Start.Day}]
		if y <= 0 {
			return t
		}
		u := *t
		u.Start.Year = y
		if !u.End.IsZero() {
			u.End.Year = y
		}
		return &u
	}
	for i := range cs {
		c := &cs[i]
		if t := fill(c.Event.Time); t != c.Event.Time {
			c.Event.Time = t
			c.Event.Key = EventKey(c.Event)
		}
		c.Value.Time = fill(c.Value.Time)
		if c.Counted != nil {
			if t := fill(&c.Counted.Time); t != &c.Counted.Time {
				c.Counted.Time = *t
			}
		}
	}
}

// thatYear gives the times of the sentence told of "that year" ("On
// September 30 that year") the year the text named last before them, in
// this sentence or one before (last); it returns the year the sentence
// names last, for the sentences after.
func (st *sentenceState) thatYear(last int) int {
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.Kind != norm.TimeKind {
			continue
		}
		t := &m.Time
		switch {
		case t.Relative == norm.ThatYear && last != 0:
			t.Start.Year, t.End.Year, t.Relative = last, last, ""
		case t.Anchored && t.Start.Year != 0 && t.Relative == "" && !t.Since:
			last = t.End.Year
			if last == 0 {
				last = t.Start.Year
			}
		}
	}
	return last
}

// pastDates puts back by a year the days without a year of their own
// that the publication date placed after it, in a sentence that speaks
// of no future ("Hurricane Maria cut through the island on Sept. 20" in
// an article of August 2018 is September 2017). The number reader keeps a
// day up to six months ahead, as a talk scheduled "in April" is; a
// sentence that tells of a plan ("will", "scheduled", "next") keeps it.
func (st *sentenceState) pastDates(text string) {
	if st.pub.Year == 0 {
		return
	}
	future := -1
	plans := func() bool {
		if future < 0 {
			future = 0
			for k := range st.tok.Words {
				if st.is(k, lexicon.FnFuture) {
					future = 1
					break
				}
			}
		}
		return future == 1
	}
	for mi := range st.mentions {
		m := &st.mentions[mi]
		t := &m.Time
		if m.Kind == norm.TimeKind && t.Anchored && t.Weekday != "" && strings.HasPrefix(t.Relative, "this_") && laterDay(t.Start, st.pub) && t.End == t.Start {
			// "After the vote held this Sunday", in a report of a
			// Monday: the Sunday just past, unless the sentence tells
			// of a plan ("the runoff will be held this Sunday").
			if plans() {
				return
			}
			d := time.Date(t.Start.Year, time.Month(t.Start.Month), t.Start.Day-7, 0, 0, 0, 0, time.UTC)
			t.Start = calendarDate(d)
			t.End = t.Start
			continue
		}
		if m.Kind != norm.TimeKind || !t.Anchored || t.Weekday != "" || t.Relative != "" || t.Anchor != "" || t.Since ||
			t.Start.Year != st.pub.Year || t.Start.Month == 0 || !dateAfter(t.Start, st.pub) || hasYear(text[m.Start:m.End]) {
			continue
		}
		if plans() {
			return
		}
		t.Start.Year--
		if t.End.Year != 0 {
			t.End.Year--
		}
	}
}

// dateAfter reports whether day a is after day b (a missing day counts
// as the first of its month).
func dateAfter(a, b norm.Date) bool {
	return a.Month > b.Month || a.Month == b.Month && max(a.Day, 1) > max(b.Day, 1)
}

// laterDay reports whether day a is after day b, years counted.
func laterDay(a, b norm.Date) bool {
	return a.Year > b.Year || a.Year == b.Year && dateAfter(a, b)
}

// hasYear reports whether a time's words hold a four-digit year.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// read tokenizes a sentence, text[from:to], once, and finds its lexicon
// phrases, mentions, events and entities in that token stream. Offsets of
// tokens and mentions are offsets into text (the document's text, or a
// headline).
func (st *sentenceState) read(e *Extractor, text string, from, to int, ctx norm.Context) {
	st.ix = e.ix
	st.ctx, st.rd = ctx, e.norm
	st.pub = publicationDate(ctx.Published, ctx.PublishedMonth)
	st.pubMonth = ctx.PublishedMonth
	st.tok.Scan(text, from, to)
	st.titleCase = isTitleCase(&st.tok)
	// The roles of each word as a function word are looked up once,
	// with the phrases: the rules ask them again and again.
	if st.fn == nil {
		st.fn = make([]lexicon.FuncRole, 0, 64)
	}
	st.hits, st.fn = e.ix.ScanRoles(st.hits[:0], st.fn[:0], &st.tok)
	st.insideDone = false
	st.mentions = e.norm.ReadStream(st.mentions[:0], &st.tok, ctx)
	st.mtok = st.mtok[:0]
	kept := st.mentions[:0]
	for _, m := range st.mentions {
		r := tokenRange(&st.tok, m.Start, m.End)
		if r[0] >= len(st.tok.Words) {
			// A figure the word view has no word for ("¾" alone): no
			// rule can place it.
			continue
		}
		kept = append(kept, m)
		st.mtok = append(st.mtok, r)
		for k := r[0] + 1; k <= r[1] && k < len(st.tok.Words); k++ {
			if st.tok.Words[k].Break == '.' {
				// The point of an abbreviation inside a figure or a
				// date ("Oct. 7", "Sept. 20") ends nothing.
				st.tok.Words[k].Break = 0
			}
		}
	}
	st.mentions = kept
	st.dateline = 0
	if !st.headline {
		st.dateline = st.datelineEnd()
	}
	st.pastDates(text)
	st.events = st.events[:0]
	st.entities = st.entities[:0]
	st.magnitudes = st.magnitudes[:0]
	for _, h := range st.hits {
		// "the two countries" counts no one: it names places.
		if _, ok := h.Has(lexicon.CatAllPlaces); ok {
			for mi, r := range st.mtok {
				if r[0] >= h.I && r[1] < h.I+h.N {
					st.magnitudes = append(st.magnitudes, mi)
				}
			}
		}
	}
	lastEvent := -1
	for hi, h := range st.hits {
		if en, ok := h.Has(lexicon.CatEvent); ok {
			// Keep the longest phrase at a token: "full-scale war" over "war".
			if lastEvent >= 0 && st.events[lastEvent].tok+st.events[lastEvent].n > h.I {
				continue
			}
			anchor := -1
			if mi := st.mentionAt(h.I); mi >= 0 {
				// A noun inside a figure or date is no event ("the 2020
				// war" is, but not inside "six-week"), except in a named
				// event the reader dated: "the 44-day war".
				if st.mentions[mi].Kind != norm.TimeKind || st.mentions[mi].Time.Anchor == "" {
					continue
				}
				anchor = mi
			}
			ev := event{tok: h.I, n: h.N, typ: en.ID, timeTok: -1}
			if anchor >= 0 {
				t := st.mentions[anchor].Time
				ev.time, ev.timeTok = &t, st.mtok[anchor][0]
			}
			ev.plural = isPlural(st.tok.Norm(h.I+h.N-1)) && e.pluralEvent(&st.tok, h.I)
			ev.anaphoric = st.before(h.I, lexicon.CatAnaphora)
			ev.sequel = st.before(h.I, lexicon.CatSequel)
			// Dates tell recurring events apart ("another meeting in
			// June" is the June one).
			ev.another = !e.lex.Events[en.ID].Recurring && st.otherBefore(h.I)
			ev.text = st.tok.WordText(h.I, h.I+h.N-1)
			st.events = append(st.events, ev)
			lastEvent = len(st.events) - 1
		}
		if h.I < st.dateline {
			// "GENEVA (Reuters) –": where the report was filed, not a
			// place or a source of what it tells.
			continue
		}
		if en, ok := h.Has(lexicon.CatEntity); ok && st.properMatch(h, en) {
			st.addEntity(entityHit{h.I, h.N, en.ID, false, hi, en.Demonym})
		} else if en, ok := h.Has(lexicon.CatMetonym); ok && st.properMatch(h, en) {
			st.addEntity(entityHit{h.I, h.N, en.ID, true, hi, false})
		}
	}
	// Transliterations the lexicon lacks: capitalized words close to a name.
	for i, t := range st.tok.Words {
		if !t.Cap || i < st.dateline || i == 0 && len(st.tok.Words) > 1 && !st.tok.Words[1].Cap || st.coveredByEntity(i) {
			continue
		}
		if id, ok := e.ix.Fuzzy(st.tok.Norm(i)); ok {
			st.addEntity(entityHit{i, 1, id, false, -1, false})
		}
	}
	st.stageEvents(e)
	slices.SortFunc(st.entities, func(a, b entityHit) int { return a.tok - b.tok })
	st.readPlaces(e)
	events := st.events[:0]
	st.survey = false
	for i := range st.events {
		ev := st.events[i]
		if ev.tok > 0 && st.is(ev.tok-1, lexicon.FnFigurative) {
			// "a political earthquake that brought down the
			// government": no earthquake.
			continue
		}
		if st.yardstick(ev.tok) {
			// "a blast equivalent to a magnitude 3.3 earthquake": no
			// earthquake happened.
			continue
		}
		if k := ev.tok + ev.n; k < len(st.tok.Words) && st.tok.Words[k].Joined && st.is(k, lexicon.FnLikeness) {
			// "tsunami-like flood waters": a likeness, no tsunami.
			continue
		}
		if st.opinionPoll(ev) {
			// "the latest Ipsos poll", "a poll ... of 2,000 people
			// interviewed": a survey of voters, not a vote; its shares
			// are no results.
			st.survey = true
			continue
		}
		if st.namesBody(ev.tok, ev.tok+ev.n-1) {
			// "the Central Election Commission", "the Earthquake
			// Relief Fund": the name of a body, not an event.
			continue
		}
		e.describeEvent(st, &ev)
		events = append(events, ev)
	}
	st.events = events
	for i := 1; i < len(st.events); i++ {
		if ev, p := &st.events[i], &st.events[i-1]; ev.typ == p.typ && ev.name == "" && p.name != "" && st.apposition(p, ev) {
			// "Hurricane Maria, a Category 4 hurricane that left
			// hundreds dead": Maria.
			ev.name, ev.given = p.name, p.given
		}
	}
	for i := range st.events {
		for j := i + 1; j < len(st.events); j++ {
			if st.events[j].typ == st.events[i].typ && st.lengthAfter(st.events[i].tok+st.events[i].n, st.events[j].tok) {
				// "after a 6.4 quake struck on Monday, weeks after a
				// deadly quake devastated the region": a later quake.
				st.events[i].after = true
			}
		}
	}
}

// apposition reports whether event noun ev stands in apposition to the
// event p named before it: a comma after p, then an indefinite article
// and at most a few words of its noun phrase ("Hurricane Maria, a
// Category 4 hurricane").
func (st *sentenceState) apposition(p, ev *event) bool {
	end := p.tok + p.n
	if p.given {
		end += len(strings.Fields(p.name)) // "Hurricane Maria"
	}
	if end >= len(st.tok.Words) || st.tok.Words[end].Break != ',' || !st.is(end, lexicon.FnIndefinite) || ev.tok-end > appositionReach {
		return false
	}
	for k := end + 1; k <= ev.tok; k++ {
		if st.tok.Words[k].Break != 0 {
			return false
		}
	}
	return true
}

// appositionReach is how many words an event noun in apposition may stand
// after the comma.
const appositionReach = 5

// lengthAfter reports whether words a..b-1 end in a length and an
// elapsed word, then the phrase of the event at b: "weeks after a deadly",
// "two weeks after the city was struck by".
func (st *sentenceState) lengthAfter(a, b int) bool {
	for k := max(a+1, b-lengthAfterReach); k < b; k++ {
		if !st.is(k, lexicon.FnElapsed) {
			continue
		}
		if st.is(k-1, lexicon.FnInterval) {
			return true
		}
		if mi := st.mentionAt(k - 1); mi >= 0 && st.mentions[mi].Kind == norm.DurationKind {
			return true
		}
	}
	return false
}

// lengthAfterReach is how many words before a later event noun the
// length and elapsed word may stand.
const lengthAfterReach = 10

// yardstick reports whether the event noun at word k is one a thing is
// likened to: a likeness word, "to" and an indefinite article before it,
// in its phrase ("equivalent to a magnitude 3.3 earthquake").
func (st *sentenceState) yardstick(k int) bool {
	for j := k - 1; j >= 2 && j >= k-5; j-- {
		if st.is(j, lexicon.FnIndefinite) && st.is(j-1, lexicon.FnInto) && st.is(j-2, lexicon.FnLikeness) {
			return true
		}
		if st.tok.Words[j+1].Break != 0 && st.mentionAt(j+1) < 0 {
			return false
		}
	}
	return false
}

// namesBody reports whether the capitalized event noun at words a..b is
// part of the name of a body: capitalized words up to a body noun
// ("Commission", "Ministry", "Fund").
func (st *sentenceState) namesBody(a, b int) bool {
	if !st.tok.Words[a].Cap || st.titleCase {
		return false
	}
	for k := b + 1; k < len(st.tok.Words) && k <= b+3 && st.tok.Words[k].Cap && st.tok.Words[k].Break == 0; k++ {
		if st.is(k, lexicon.FnBody) {
			return true
		}
	}
	return false
}

// properMatch reports whether a name the lexicon writes with a capital
// ("Chad", "Polish") stands capitalized in the text: "chad" and "polish"
// are other words. Names written in lower case ("the bloc") match as
// they are.
func (st *sentenceState) properMatch(h lexicon.Hit, en lexicon.Entry) bool {
	if en.Word == "" || en.Word[0] < 'A' || en.Word[0] > 'Z' {
		return true
	}
	return st.tok.Words[h.I].Cap
}

// addEntity records an entity hit unless a longer one already covers it.
func (st *sentenceState) addEntity(h entityHit) {
	for i, o := range st.entities {
		if h.tok >= o.tok && h.tok+h.n <= o.tok+o.n {
			return
		}
		if o.tok >= h.tok && o.tok+o.n <= h.tok+h.n {
			st.entities[i] = h
			return
		}
	}
	st.entities = append(st.entities, h)
}

func (st *sentenceState) coveredByEntity(i int) bool {
	for _, o := range st.entities {
		if i >= o.tok && i < o.tok+o.n {
			return true
		}
	}
	return false
}

// mentionAt returns the mention that covers token tok, or -1.
func (st *sentenceState) mentionAt(tok int) int {
	for mi, r := range st.mtok {
		if tok >= r[0] && tok <= r[1] {
			return mi
		}
	}
	return -1
}

// tokenRange returns the first and last word overlapping text[start:end].
func tokenRange(t *token.Stream, start, end int) [2]int {
	first := sort.Search(len(t.Words), func(i int) bool { return t.Words[i].End > start })
	last := sort.Search(len(t.Words), func(i int) bool { return t.Words[i].Start >= end }) - 1
	if last < first {
		last = first
	}
	return [2]int{first, last}
}

// commasBetween counts the commas between tokens a and b, either order.
func (st *sentenceState) commasBetween(a, b int) int {
	if b < a {
		a, b = b, a
	}
	n := 0
	for k := a + 1; k <= b && k < len(st.tok.Words); k++ {
		if st.tok.Words[k].Break == ',' && !st.placeComma(k) {
			n++
		}
	}
	return n
}

// placeComma reports whether the comma before word k sets a place beside
// another, "Izmit, Turkey, in 1999": between two places, or closing a
// place that a comma set beside the one before it. Such commas open no
// clause.
func (st *sentenceState) placeComma(k int) bool {
	p := st.placeCovering(k - 1)
	if p < 0 {
		return false
	}
	if st.placeCovering(k) >= 0 {
		return true
	}
	start := st.places[p].tok
	return start > 0 && st.tok.Words[start].Break == ',' && st.placeCovering(start-1) >= 0
}

// distance is the number of words between two token ranges, or a large
// number when a sentence-level break ('.', ';', ':') stands between them.
func (st *sentenceState) distance(a0, a1, b0, b1 int) int {
	lo, hi := a1, b0
	if b1 < a0 {
		lo, hi = b1, a0
	} else if b0 <= a1 && a0 <= b1 {
		return 0
	}
	for k := lo + 1; k <= hi; k++ {
		switch st.tok.Words[k].Break {
		case '.', ';', ':':
			return 1 << 20
		}
	}
	return hi - lo - 1
}

// claimsOf appends the claims of one sentence to out.
func (e *Extractor) claimsOf(out []Claim, d *load.Document, s *segment.Sentence, st, prev *sentenceState, region string, sty *story) []Claim {
	// Claims outlive their document: copy the sentence once, so that a
	// claim does not keep the whole document text alive. What is shared by
	// the claims of a sentence is worked out at its first claim.
	text, attribution := "", ""
	var entities []string
	var counter *Counter
	add := func(c Claim, qs, qe int) {
		c.Doc = d.ID
		switch {
		case d.PublishedMonth:
			c.Published = d.PublishedTime.Format("2006-01")
		case !d.PublishedTime.IsZero():
			c.Published = d.PublishedTime.Format("2006-01-02")
		}
		c.Line = s.Line
		c.Start, c.End = d.FileOffset(s.Start), d.FileOffset(s.End)
		if text == "" {
			text = strings.Clone(s.Text)
			attribution = e.attribution(st)
			counter = e.counter(attribution)
			entities = st.entityNames(e)
		}
		c.Text = text
		c.Quote = text[qs-s.Start : qe-s.Start]
		c.QuoteStart, c.QuoteEnd = d.FileOffset(qs), d.FileOffset(qe)
		c.QuoteLine, c.QuoteColumn = d.LineAt(qs), st.columnAt(d, s, qs)
		c.Subject.Entities = entities
		c.Attribution = attribution
		c.Counter = counter
		if c.Kind != Framing {
			c.Framing = e.framing(st, &c)
		}
		if c.Framing == nil {
			c.Framing = []FramingWord{}
		}
		out = append(out, c)
	}
	for mi := range st.mentions {
		m := &st.mentions[mi]
		var c Claim
		var ok bool
		switch m.Kind {
		case norm.QuantityKind:
			if st.forecast(mi) {
				// "A final turnout of up to 80% is predicted", "the toll
				// is expected to rise to 10,000": no count yet.
				continue
			}
			if m.Quantity.Class == norm.Percent {
				c, ok = e.shareClaim(st, mi, sty, d)
			} else {
				c, ok = e.countClaim(st, mi, sty, d)
			}
		case norm.DurationKind:
			c, ok = e.durationClaim(st, mi)
		case norm.TimeKind:
			c, ok = e.dateClaim(st, mi)
		}
		if ok && c.Kind != Casualties && c.Event.Type != "" && len(c.Event.Places) == 0 && sty.ev != nil &&
			c.Event.Type == e.lex.Events[sty.ev.typ].Type {
			// A date or duration of the story's event is of its places.
			c.Event.Places = sty.places
		}
		if ok {
			add(c, m.Start, m.End)
		}
	}
	e.magnitudeClaims(st, prev, sty, add)
	e.framedClaims(st, sty, add)
	if c, w, ok := e.controlClaim(st, prev, region); ok {
		// The quote is the control word the claim was read from.
		add(c, st.tok.Words[w.tok].Start, st.tok.Words[w.tok+w.n-1].End)
	}
	return out
}

// forecast reports whether the words around figure mi, up to the
// nearest punctuation or, after it, the next clause, tell it as a
// forecast ("is predicted", "is expected to reach", "projected").
func (st *sentenceState) forecast(mi int) bool {
	r := st.mtok[mi]
	for k := r[0]; k >= 0; k-- {
		if st.is(k, lexicon.FnForecast) && !st.inCat(k, lexicon.CatPreliminary) || st.mayCome(k) {
			// Not "early projections showed ... 51.2%", an early
			// count.
			return true
		}
		if st.tok.Words[k].Break != 0 {
			break
		}
	}
	for k := r[1] + 1; k < len(st.tok.Words) && st.tok.Words[k].Break == 0; k++ {
		if st.is(k, lexicon.FnClause|lexicon.FnAside) {
			// "... and 2,200 injured, with the toll expected to rise":
			// the forecast is another clause's.
			break
		}
		if st.is(k, lexicon.FnAnd) && st.is(k+1, lexicon.FnDeterminer) {
			// "At least 40 people died and the toll may rise": a
			// forecast of a subject of its own.
			break
		}
		if st.is(k, lexicon.FnForecast) || st.mayCome(k) {
			// "At least 150 were killed and the toll is expected to
			// rise to 250": a forecast with a figure of its own is that
			// figure's.
			return !st.countAfter(k)
		}
	}
	return false
}

// inCat reports whether word k is inside a lexicon phrase of category c.
func (st *sentenceState) inCat(k int, c lexicon.Cat) bool {
	for _, h := range st.hits {
		if _, ok := h.Has(c); ok && k >= h.I && k < h.I+h.N {
			return true
		}
	}
	return false
}

// mayCome reports whether word k is a modal that tells what may come:
// not before "have" or "be" ("may have killed", "might be as high as":
// estimates of what was).
func (st *sentenceState) mayCome(k int) bool {
	if st.is(k, lexicon.FnPotential) && st.is(k+1, lexicon.FnGrowth) {
		// "It can reach 20,000", "the toll will rise to 100".
		return true
	}
	// "May 3" is a month.
	return st.is(k, lexicon.FnModal) && !st.tok.Words[k].Cap && st.mentionAt(k) < 0 && !st.tok.Is(k+1, "have") && !st.tok.Is(k+1, "be") && !st.tok.Is(k+1, "well")
}

// countAfter reports whether a count mention starts after word k in its
// clause.
func (st *sentenceState) countAfter(k int) bool {
	for mi, r := range st.mtok {
		if r[0] <= k || st.mentions[mi].Kind != norm.QuantityKind {
			continue
		}
		for j := k + 1; j <= r[0]; j++ {
			if st.tok.Words[j].Break != 0 && st.mentionAt(j) != mi {
				return false
			}
		}
		return true
	}
	return false
}

// place is the territory a figure is about: a region or city named after
// "in" within a few words.
func (st *sentenceState) place(e *Extractor, r [2]int) string {
	for _, en := range st.entities {
		if !e.lex.Entities[en.entity].Type.Territory() {
			continue
		}
		if st.distance(r[0], r[1], en.tok, en.tok+en.n-1) <= 6 {
			return e.lex.Entities[en.entity].Name
		}
	}
	return ""
}

// entityNames returns the canonical names of the sentence's entities,
// sorted and without repeats.
func (st *sentenceState) entityNames(e *Extractor) []string {
	names := make([]string, 0, len(st.entities))
	for _, en := range st.entities {
		names = append(names, e.lex.Entities[en.entity].Name)
	}
	sort.Strings(names)
	out := names[:0]
	for i, n := range names {
		if i == 0 || n != names[i-1] {
			out = append(out, n)
		}
	}
	return out
}

// breakBetween reports whether punctuation stands between tokens a and b.
func (st *sentenceState) breakBetween(a, b int) bool {
	for k := a + 1; k <= b && k < len(st.tok.Words); k++ {
		if st.tok.Words[k].Break != 0 {
			return true
		}
	}
	return false
}

// publicationDate is the day the rules place a document's claims
// against: its publication date t, or for a date known to the month alone
// (month set), the month's last day ("April 15" in a report of December
// is that year's).
func publicationDate(t time.Time, month bool) norm.Date {
	d := calendarDate(t)
	if month && d.Year != 0 {
		d.Day = time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	}
	return d
}

// calendarDate returns the calendar date of t, or the zero Date for the zero
// time.
func calendarDate(t time.Time) norm.Date {
	if t.IsZero() {
		return norm.Date{}
	}
	y, m, d := t.Date()
	return norm.Date{Year: y, Month: int(m), Day: d}
}

// datelineEnd returns the number of words a sentence opens with that are
// a wire dateline, or 0: a place in capitals, with its country or state
// after a comma, a day, and the agency in parentheses, ended by a dash, a
// colon or the closing parenthesis ("GENEVA (Reuters) –", "SAN JUAN,
// Puerto Rico —", "MAUNGDAW/DHAKA (AFP, Reuters) -", "ANKARA:"), or a
// whole sentence of them ("MOSCOW, May 18.").
func (st *sentenceState) datelineEnd() int {
	w := st.tok.Words
	if len(w) < 2 || !st.capitals(0) {
		return 0
	}
	depth := 0
	for k := 1; k < len(w) && k <= maxDateline; k++ {
		b := w[k].Break
		switch {
		case depth > 0:
			if b == ')' {
				return k
			}
			continue
		case b == '-' || b == ':' || b == ')':
			return k
		case b == '(':
			depth = 1
			continue
		case b == '.':
			return 0
		}
		if !st.capitals(k) && !(w[k].Cap && (b == ',' || st.tok.Words[k-1].Cap && !st.capitals(k-1))) && st.mentionAt(k) < 0 {
			return 0
		}
	}
	if depth == 0 && len(w) <= maxDateline {
		// "MOSCOW, May 18.": a sentence of a place and a day.
		for k := range w {
			if !st.capitals(k) && !w[k].Cap && st.mentionAt(k) < 0 {
				return 0
			}
		}
		if st.mentionAt(len(w)-1) >= 0 {
			return len(w)
		}
	}
	return 0
}

// maxDateline is how many words a dateline may have before its end.
const maxDateline = 12

// capitals reports whether word k is written in capitals, two letters or
// more ("GENEVA", "COX'S").
func (st *sentenceState) capitals(k int) bool {
	t := st.tok.Text[st.tok.Words[k].Start:st.tok.Words[k].End]
	letters := 0
	for _, r := range t {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		}
	}
	return letters >= 2
}
