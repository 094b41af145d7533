package claims

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/claimcheck/claimcheck/claims/lexicon"
	"github.com/claimcheck/claimcheck/claims/norm"
)

// Extractor turns documents into claims. Build it once with NewExtractor;
// it is safe for concurrent use.
type Extractor struct {
	seg  *Segmenter
	norm *norm.Reader
	ix   *lexicon.Index
	lex  *lexicon.Lexicon
	// measureRank orders measures when several are near one figure:
	// lower wins at equal distance.
	measureRank []int
	// measureKind is the claim kind of each measure.
	measureKind  []Kind
	peacekeepers int // group index of peacekeepers, -1 if none
	people       int // group index of people, -1 if none
	// controlRoles is the role in control claims of each framing frame.
	controlRoles []controlRole
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
	seg, err := NewSegmenter()
	if err != nil {
		return nil, err
	}
	nr, err := norm.NewReader()
	if err != nil {
		return nil, err
	}
	e := &Extractor{seg: seg, norm: nr, ix: ix, lex: lx, peacekeepers: -1, people: -1}
	for _, m := range lx.Measures {
		k, err := ParseKind(m.Kind)
		if err != nil {
			return nil, err
		}
		rank := 0
		switch k {
		case Prisoners, Displaced:
			rank = 1
		case Troops:
			rank = 3
		}
		e.measureKind = append(e.measureKind, k)
		e.measureRank = append(e.measureRank, rank)
	}
	e.controlRoles = controlFrames(lx)
	e.owner = map[string]string{}
	parent := map[string]string{}
	e.parent = parent
	kind := map[string]string{}
	for _, en := range lx.Entities {
		parent[en.Name], kind[en.Name] = en.PartOf, en.Type
	}
	for name := range parent {
		// The owner is the country at the top of the part_of chain:
		// Shusha is part of Nagorno-Karabakh, part of Azerbaijan.
		o := parent[name]
		for hops := 0; o != "" && kind[o] != "country" && hops < 8; hops++ {
			o = parent[o]
		}
		if o != "" {
			e.owner[name] = o
		}
	}
	for i, g := range lx.Groups {
		switch g.Name {
		case "peacekeepers":
			e.peacekeepers = i
		case "people":
			e.people = i
		}
	}
	return e, nil
}

// event is an event noun found in a sentence, with what was learnt of it.
type event struct {
	tok, n    int // the noun's tokens
	typ       int // index into Lexicon.Events
	time      *norm.Time
	timeTok   int // token of the time it took, -1 if none
	plural    bool
	anaphoric bool // "this conflict", "the war"
	sequel    bool // "the resulting conflict"
	text      string
}

// sentenceState is what the extractor keeps of one sentence while it
// reads it, and of the one before it to resolve "this conflict".
type sentenceState struct {
	tok      lexicon.Tokens
	hits     []lexicon.Hit
	mentions []norm.Mention
	// mtok[i] is the first and last token of mentions[i].
	mtok     [][2]int
	events   []event
	entities []entityHit
	used     []bool // mentions already taken as an event's time
}

type entityHit struct {
	tok, n   int
	entity   int
	metonym  bool
	hitIndex int
}

// Extract returns the claims of d, in the order they appear.
func (e *Extractor) Extract(d *Document) []Claim {
	cs, _ := e.extract(d, nil)
	return cs
}

// scratch is the working memory of one extraction, kept in a pool so
// that documents after the first allocate little.
type scratch struct {
	sents     []Sentence
	cur, prev sentenceState
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// extract returns the claims of d and the number of its sentences, and
// appends its mentions to *mentions when that is not nil.
func (e *Extractor) extract(d *Document, mentions *[]MentionRecord) ([]Claim, int) {
	if d.lineStarts == nil && d.Origin == nil && d.Format != FormatJSONL {
		// A document built by hand rather than by the loader: index its
		// lines once, so that placing each claim does not count them.
		d.indexLines([]byte(d.Text))
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.sents = e.seg.Segment(sc.sents[:0], d)
	sents := sc.sents
	ctx := norm.Context{Published: d.PublishedTime}
	cur, prev := &sc.cur, &sc.prev
	prev.events = prev.events[:0]
	prev.mentions = prev.mentions[:0]
	var out []Claim
	prevPara := -1
	region := "" // the last region the document named
	for _, s := range sents {
		if s.Role == RoleBoilerplate || s.Role == RoleCaption {
			continue
		}
		if s.Para != prevPara && s.Para != prevPara+1 {
			prev.events = prev.events[:0]
		}
		cur.read(e, s.Text, ctx)
		if mentions != nil {
			for i := range cur.mentions {
				m := &cur.mentions[i]
				*mentions = append(*mentions, MentionRecord{Mention: m.Kind, Doc: d.ID,
					Line: d.LineAt(s.Start + m.Start), Start: d.FileOffset(s.Start + m.Start),
					End: d.FileOffset(s.Start + m.End), Text: strings.Clone(m.Text), Value: m.Value()})
			}
		}
		cur.resolveEvents(prev)
		out = e.claimsOf(out, d, &s, cur, prev, region)
		if r := cur.lastRegion(e); r != "" {
			region = r
		}
		if s.Role == RoleHeading {
			// A heading does not stand between a sentence and the one
			// it follows up ("As part of this agreement").
			prevPara = s.Para
			continue
		}
		cur, prev = prev, cur
		prevPara = s.Para
	}
	return out, len(sents)
}

// read tokenizes a sentence, finds its lexicon phrases, mentions, events
// and entities.
func (st *sentenceState) read(e *Extractor, text string, ctx norm.Context) {
	st.tok.Reset(text)
	st.hits = e.ix.Scan(st.hits[:0], &st.tok)
	st.mentions = e.norm.Read(st.mentions[:0], text, ctx)
	st.mtok = st.mtok[:0]
	for _, m := range st.mentions {
		st.mtok = append(st.mtok, tokenRange(&st.tok, m.Start, m.End))
	}
	st.events = st.events[:0]
	st.entities = st.entities[:0]
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
			ev.text = text[st.tok.List[h.I].Start:st.tok.List[h.I+h.N-1].End]
			st.events = append(st.events, ev)
			lastEvent = len(st.events) - 1
		}
		if en, ok := h.Has(lexicon.CatEntity); ok {
			st.addEntity(entityHit{h.I, h.N, en.ID, false, hi})
		} else if en, ok := h.Has(lexicon.CatMetonym); ok {
			st.addEntity(entityHit{h.I, h.N, en.ID, true, hi})
		}
	}
	// Transliterations the lexicon lacks: capitalized words close to a name.
	for i, t := range st.tok.List {
		if !t.Cap || i == 0 && len(st.tok.List) > 1 && !st.tok.List[1].Cap || st.coveredByEntity(i) {
			continue
		}
		if id, ok := e.ix.Fuzzy(st.tok.Norm(i)); ok {
			st.addEntity(entityHit{i, 1, id, false, -1})
		}
	}
	slices.SortFunc(st.entities, func(a, b entityHit) int { return a.tok - b.tok })
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

// tokenRange returns the first and last token overlapping text[start:end].
func tokenRange(t *lexicon.Tokens, start, end int) [2]int {
	first := sort.Search(len(t.List), func(i int) bool { return t.List[i].End > start })
	last := sort.Search(len(t.List), func(i int) bool { return t.List[i].Start >= end }) - 1
	if last < first {
		last = first
	}
	return [2]int{first, last}
}

func isPlural(w string) bool { return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") }

// pluralEvent reports whether a plural event noun names several events
// ("two wars") rather than one event named in the plural ("talks",
// "clashes", "negotiations"): only a number word or "both" before it does.
func (e *Extractor) pluralEvent(t *lexicon.Tokens, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch t.Norm(k) {
		case "two", "three", "four", "several", "both", "many", "multiple", "2", "3":
			return true
		}
	}
	return false
}

// before reports whether a phrase of category c ends just before token i,
// or one word before it ("this conflict", "the resulting conflict",
// "this six-week war" is not: figures come between).
func (st *sentenceState) before(i int, c lexicon.Cat) bool {
	for _, h := range st.hits {
		if h.I+h.N == i || h.I+h.N == i-1 && st.tok.List[i].Break == 0 && st.tok.List[i-1].Break == 0 {
			if _, ok := h.Has(c); ok {
				return true
			}
		}
	}
	return false
}

// resolveEvents gives each event noun its time: a time next to it in the
// sentence, or for an event that points back ("this conflict"), the time
// of the event of the same type in the sentence before.
func (st *sentenceState) resolveEvents(prev *sentenceState) {
	used := st.used[:0]
	for range st.mentions {
		used = append(used, false)
	}
	st.used = used
	// First pass: times near an event noun. The closest pairs are tied
	// first, so that each time goes to the event nearest to it ("fighting
	// over for thirty years, was the stake in 2020 of a six-week war":
	// 2020 is the war's).
	type pair struct{ ev, mi, d int }
	var pairs []pair
	for i := range st.events {
		ev := &st.events[i]
		if ev.plural {
			// "two wars, one in the early 1990s, the other in 2020": no
			// one time is theirs.
			continue
		}
		for mi, m := range st.mentions {
			if m.Kind != norm.TimeKind {
				continue
			}
			// A comma on the way counts as three words: "talks between
			// the two countries, which clashed in 2020" are not of 2020.
			d := st.distance(ev.tok, ev.tok+ev.n-1, st.mtok[mi][0], st.mtok[mi][1]) + 3*st.commasBetween(ev.tok, st.mtok[mi][0])
			window := timeWindow
			if st.mtok[mi][0] > ev.tok && st.relativeClause(ev.tok+ev.n) && st.commasBetween(ev.tok, st.mtok[mi][0]) == 0 {
				// "the earthquake that struck southern Turkey and
				// northern Syria before dawn on Monday": the clause
				// that follows the noun tells its time.
				window = clauseWindow
			}
			if d <= window && !st.crossesEvent(ev, st.mtok[mi]) {
				pairs = append(pairs, pair{i, mi, d})
			}
		}
	}
	slices.SortStableFunc(pairs, func(a, b pair) int { return a.d - b.d })
	for i := range st.events {
		if ev := &st.events[i]; ev.time != nil && ev.timeTok >= 0 {
			// Dated by its own name ("the 44-day war").
			used[st.mentionAt(ev.timeTok)] = true
		}
	}
	for _, p := range pairs {
		ev := &st.events[p.ev]
		if ev.time != nil || used[p.mi] {
			continue
		}
		t := st.mentions[p.mi].Time
		t.Since = t.Since || st.sinceBetween(ev.tok+ev.n, st.mtok[p.mi][0])
		ev.time, ev.timeTok = &t, st.mtok[p.mi][0]
		used[p.mi] = true
	}
	// Second pass: events with no time of their own.
	for i := range st.events {
		ev := &st.events[i]
		if ev.time != nil {
			continue
		}
		if ev.sequel {
			// "The resulting conflict": it began at the time of the
			// sentence before.
			if t := prev.lastTime(); t != nil {
				start := *t
				start.Since = true
				ev.time = &start
				continue
			}
		}
		if ev.anaphoric || ev.sequel {
			if p := prev.latest(ev.typ); p != nil {
				ev.time = p.time
				continue
			}
		}
		// An event in the same sentence as a dated event of another type
		// shares its time ("a ceasefire in November 2020 ended a six-week
		// war"); two events of one type are two events ("fighting over
		// for thirty years ... a war in 2020").
		for j := range st.events {
			if j != i && st.events[j].time != nil && st.events[j].time.Anchored && st.events[j].time.Start.Year != 0 &&
				!st.events[j].plural && !ev.plural && st.events[j].typ != ev.typ {
				ev.time = st.events[j].time
				if st.sinceBetween(ev.tok+ev.n, st.events[j].tok) {
					// "clashes since a war in 2020": from then on.
					t := *ev.time
					t.Since = true
					ev.time = &t
				}
				break
			}
		}
	}
}

// sinceBetween reports whether "since" stands between tokens a
// (inclusive) and b (exclusive): an event followed by "since" and a time
// runs from that time on.
func (st *sentenceState) sinceBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if st.tok.Is(k, "since") {
			return true
		}
	}
	return false
}

// relativeClause reports whether a relative clause opens at token i
// ("that struck", "which broke out").
func (st *sentenceState) relativeClause(i int) bool {
	return st.tok.Is(i, "that") || st.tok.Is(i, "which")
}

// commasBetween counts the commas between tokens a and b, either order.
func (st *sentenceState) commasBetween(a, b int) int {
	if b < a {
		a, b = b, a
	}
	n := 0
	for k := a + 1; k <= b && k < len(st.tok.List); k++ {
		if st.tok.List[k].Break == ',' {
			n++
		}
	}
	return n
}

// crossesEvent reports whether another event noun stands between ev and
// the mention tokens r, so the time belongs to that one.
func (st *sentenceState) crossesEvent(ev *event, r [2]int) bool {
	lo, hi := ev.tok, r[0]
	if r[0] < ev.tok {
		lo, hi = r[1], ev.tok
	}
	for _, o := range st.events {
		if o.tok != ev.tok && o.tok > lo && o.tok < hi {
			return true
		}
	}
	return false
}

// latest returns the last dated event of the given type in a sentence.
func (st *sentenceState) latest(typ int) *event {
	for i := len(st.events) - 1; i >= 0; i-- {
		if st.events[i].typ == typ && st.events[i].time != nil {
			return &st.events[i]
		}
	}
	return nil
}

// lastTime returns the last time mention of a sentence.
func (st *sentenceState) lastTime() *norm.Time {
	for i := len(st.mentions) - 1; i >= 0; i-- {
		if st.mentions[i].Kind == norm.TimeKind {
			t := st.mentions[i].Time
			return &t
		}
	}
	return nil
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
		switch st.tok.List[k].Break {
		case '.', ';', ':':
			return 1 << 20
		}
	}
	return hi - lo - 1
}

// claimsOf appends the claims of one sentence to out.
func (e *Extractor) claimsOf(out []Claim, d *Document, s *Sentence, st, prev *sentenceState, region string) []Claim {
	// Claims outlive their document: copy the sentence once, so that a
	// claim does not keep the whole document text alive. What is shared by
	// the claims of a sentence is worked out at its first claim.
	text, attribution := "", ""
	var entities []string
	add := func(c Claim, qs, qe int) {
		c.Doc = d.ID
		if !d.PublishedTime.IsZero() {
			c.Published = d.PublishedTime.Format("2006-01-02")
		}
		c.Line = s.Line
		c.Start, c.End = d.FileOffset(s.Start), d.FileOffset(s.End)
		if text == "" {
			text = strings.Clone(s.Text)
			attribution = e.attribution(st, s.Text)
			entities = st.entityNames(e)
		}
		c.Text = text
		c.Quote = text[qs:qe]
		c.QuoteStart, c.QuoteEnd = d.FileOffset(s.Start+qs), d.FileOffset(s.Start+qe)
		c.QuoteLine, c.QuoteColumn = d.LineAt(s.Start+qs), d.ColumnAt(s.Start+qs)
		c.Subject.Entities = entities
		c.Attribution = attribution
		c.Framing = e.framing(st, c.Kind)
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
			c, ok = e.countClaim(st, mi)
		case norm.DurationKind:
			c, ok = e.durationClaim(st, mi)
		case norm.TimeKind:
			c, ok = e.dateClaim(st, mi)
		}
		if ok {
			add(c, m.Start, m.End)
		}
	}
	if c, ok := e.controlClaim(st, prev, s.Text, region); ok {
		// The quote is the control word itself.
		i := strings.Index(s.Text, c.Event.Text)
		add(c, i, i+len(c.Event.Text))
	}
	return out
}

// countClaim makes a claim of a count of people: what it measures (from
// the nearest trigger word), who is counted and which event it belongs to.
func (e *Extractor) countClaim(st *sentenceState, mi int) (Claim, bool) {
	m := &st.mentions[mi]
	q := m.Quantity
	if q.Class != norm.Count {
		return Claim{}, false
	}
	r := st.mtok[mi]
	group, groupTok := e.countedGroup(st, r)
	if group < 0 {
		// "3,549 people were killed and 22,168 were injured": the
		// second figure counts the people of the first.
		if sib := st.listSibling(mi); sib >= 0 && st.bareFigure(r) {
			group, _ = e.countedGroup(st, st.mtok[sib])
		}
	}
	if group < 0 {
		return Claim{}, false
	}
	measure, ok := e.nearestMeasure(st, mi, r, groupTok)
	if !ok {
		measure, ok = e.listMeasure(st, mi)
	}
	if !ok {
		return Claim{}, false
	}
	kind := e.measureKind[measure]
	c := Claim{Kind: kind, Measure: e.lex.Measures[measure].Name, Value: norm.Value{Quantity: &q}}
	c.Subject.Group = e.lex.Groups[group].Name
	if kind == Casualties && group == e.peacekeepers {
		c.Subject.Group = "soldiers"
	}
	if kind == Troops && e.peacekeepers >= 0 && st.groupNear(e.peacekeepers, r, 8) {
		c.Subject.Group = e.lex.Groups[e.peacekeepers].Name
	}
	c.Subject.Side = st.side(e, r, groupTok, kind, c.Subject.Group)
	if c.Subject.Side == "" && st.bareFigure(r) {
		// "In Turkey alone, 3,549 people were killed and 22,168 were
		// injured": the listed figure shares the side of the first.
		if sib := st.listSibling(mi); sib >= 0 {
			_, gt := e.countedGroup(st, st.mtok[sib])
			c.Subject.Side = st.side(e, st.mtok[sib], gt, kind, c.Subject.Group)
		}
	}
	c.Subject.Place = st.place(e, r)
	if kind != Troops {
		// A deployment is a standing state, told apart by whose troops
		// and where, not by an event named elsewhere in the sentence.
		c.Event = e.eventOf(st, r)
	}
	return c, true
}

// countedGroup finds the group counted by a figure: a group word inside
// the figure's words or just after them, skipping adjectives and names
// ("thirty-two Armenian prisoners of war"). It returns the group and the
// token of the group word, or -1.
func (e *Extractor) countedGroup(st *sentenceState, r [2]int) (int, int) {
	best, bestTok := -1, -1
	if e.people >= 0 && r[1]+1 < len(st.tok.List) {
		// A people named by their nation: "3,890 Azerbaijanis", "300,000
		// Armenians". The group token is set past the name, so that the
		// name is read as the side.
		for _, en := range st.entities {
			if en.tok == r[1]+1 && e.lex.Entities[en.entity].Type == "country" && isPlural(st.tok.Norm(en.tok+en.n-1)) {
				return e.people, en.tok + en.n
			}
		}
	}

	for _, h := range st.hits {
		if h.I < r[0] || h.I > r[1]+groupWindow {
			continue
		}
		if h.I > r[1] && st.distance(r[0], r[1], h.I, h.I) > groupWindow {
			continue
		}
		if en, ok := h.Has(lexicon.CatGroup); ok {
			if best < 0 || h.I < bestTok {
				best, bestTok = en.ID, h.I
			}
		}
	}
	if best < 0 && e.people >= 0 {
		// A figure with no noun of its own counts people when a casualty
		// word follows it at once ("30 dead") or a toll names it a few
		// words before ("the death toll rose to 14,014").
		for _, h := range st.hits {
			en, ok := h.Has(lexicon.CatMeasure)
			if !ok || e.measureKind[en.ID] != Casualties {
				continue
			}
			if h.I == r[1]+1 || strings.HasSuffix(en.Word, "toll") && h.I < r[0] && st.distance(h.I, h.I, r[0], r[1]) <= 5 {
				return e.people, -1
			}
		}
	}
	return best, bestTok
}

// listSibling returns the count mention listed with mention mi, joined
// to it by "and" or a comma a few words away, or -1.
func (st *sentenceState) listSibling(mi int) int {
	r := st.mtok[mi]
	for mj, o := range st.mtok {
		if mj == mi || st.mentions[mj].Kind != norm.QuantityKind || st.mentions[mj].Quantity.Class != norm.Count {
			continue
		}
		var gap0, gap1 int // the words between the two figures
		switch {
		case o[0] > r[1]:
			gap0, gap1 = r[1]+1, o[0]
		case o[1] < r[0]:
			gap0, gap1 = o[1]+1, r[0]
		default:
			continue
		}
		if gap1-gap0 <= listGap && st.joinedByAnd(gap0, gap1) && st.distance(gap0, gap0, gap1, gap1) < 1<<20 {
			return mj
		}
	}
	return -1
}

// bareFigure reports whether the figure r stands without a noun of its
// own: it ends the clause or a verb follows it ("22,168 were injured",
// "511 wounded"), not a noun ("1,000 buildings", "two countries").
func (st *sentenceState) bareFigure(r [2]int) bool {
	n := r[1] + 1
	if n >= len(st.tok.List) || st.tok.List[n].Break != 0 {
		return true
	}
	switch st.tok.Norm(n) {
	case "were", "was", "are", "is", "had", "have", "has", "more", "remain", "remained":
		return true
	}
	for _, h := range st.hits {
		if _, ok := h.Has(lexicon.CatMeasure); ok && h.I == n {
			return true
		}
	}
	return false
}

// listGap is how many words may stand between two figures of a list
// ("2,783 Azerbaijani servicemen died in the fighting and more than 100").
const listGap = 6

// listMeasure returns the measure of a count listed with figure mi
// ("killed 4 soldiers and 3 civilians", "700,000 Azerbaijanis and 300,000
// Armenians became refugees"): the measure of the neighbouring count it
// is joined to by "and" or a comma.
func (e *Extractor) listMeasure(st *sentenceState, mi int) (int, bool) {
	mj := st.listSibling(mi)
	if mj < 0 {
		return 0, false
	}
	o := st.mtok[mj]
	_, gt := e.countedGroup(st, o)
	return e.nearestMeasure(st, mj, o, gt)
}

// andBetween reports whether "and" stands between the figure r and
// token tok.
func (st *sentenceState) andBetween(r [2]int, tok int) bool {
	lo, hi := tok+1, r[0]
	if tok > r[1] {
		lo, hi = r[1]+1, tok
	}
	for k := lo; k < hi; k++ {
		if st.tok.Is(k, "and") {
			return true
		}
	}
	return false
}

// joinedByAnd reports whether "and" or a comma stands among tokens
// [a, b) or at b.
func (st *sentenceState) joinedByAnd(a, b int) bool {
	for k := a; k <= b && k < len(st.tok.List); k++ {
		if st.tok.Is(k, "and") || k > a && st.tok.List[k].Break == ',' {
			return true
		}
	}
	return false
}

// groupNear reports whether a word of group g is within n words of r.
func (st *sentenceState) groupNear(g int, r [2]int, n int) bool {
	for _, h := range st.hits {
		if en, ok := h.Has(lexicon.CatGroup); ok && en.ID == g && st.distance(r[0], r[1], h.I, h.I+h.N-1) <= n {
			return true
		}
	}
	return false
}

// nearestMeasure picks the trigger word that ties a figure to a measure:
// the nearest within measureWindow words that does not cross another
// figure, with casualty words preferred at equal distance. A group word
// that only names soldiers does not make a count of deployed troops.
func (e *Extractor) nearestMeasure(st *sentenceState, mi int, r [2]int, groupTok int) (int, bool) {
	best, bestScore := -1, math.MaxInt
	for _, h := range st.hits {
		for _, en := range h.Entries {
			if en.Cat != lexicon.CatMeasure {
				continue
			}
			d := st.distance(r[0], r[1], h.I, h.I+h.N-1)
			if d > measureWindow || st.crossesCount(mi, h.I) {
				continue
			}
			rank := e.measureRank[en.ID]
			if e.measureKind[en.ID] == Troops && (h.I == groupTok || h.I >= r[0] && h.I <= r[1]) {
				rank = 6 // "2,000 troops" alone is a count of troops, weakly
			}
			if st.andBetween(r, h.I) {
				// "were killed and 22,168 were injured": a trigger across
				// "and" belongs to the other clause.
				rank += 3
			}
			if score := 2*d + rank; score < bestScore {
				best, bestScore = en.ID, score
			}
		}
	}
	return best, best >= 0
}

// crossesCount reports whether another count stands between mention mi
// and token tok.
func (st *sentenceState) crossesCount(mi, tok int) bool {
	r := st.mtok[mi]
	for j, o := range st.mtok {
		if j == mi || st.mentions[j].Kind != norm.QuantityKind {
			continue
		}
		if tok > r[1] && o[0] > r[1] && o[0] < tok || tok < r[0] && o[1] < r[0] && o[1] > tok {
			return true
		}
	}
	return false
}

// side is the party a counted group belongs to: a demonym or name just
// before the figure or the group word ("Russian peacekeeping force",
// "Armenian soldiers"), or else, for troops (whose owner is the subject
// that has them), the nearest country before the figure
// in its clause ("Russia has about 2,000 troops"); for people other than
// troops and refugees, the country they are counted in ("died in Syria"). The dead of "the
// earthquake that struck Turkey and Syria killed 5,000" belong to no side.
func (st *sentenceState) side(e *Extractor, r [2]int, groupTok int, kind Kind, group string) string {
	clauseSubject := kind == Troops
	lex := e.lex
	near := -1
	for _, en := range st.entities {
		end := en.tok + en.n - 1
		t := lex.Entities[en.entity].Type
		if t != "country" && t != "organization" && t != "group" {
			continue
		}
		if groupTok >= 0 && end < groupTok && end >= r[0] {
			return lex.Entities[en.entity].Name // "32 Armenian prisoners"
		}
		if clauseSubject && end < r[0] && st.distance(end, end, r[0], r[1]) <= 4 {
			near = en.entity
		}
	}
	if near >= 0 {
		return lex.Entities[near].Name
	}
	// The country the people are counted in: "810 people died in Syria",
	// "5.3 million people in Syria were displaced". Refugees "in Armenia"
	// are Armenia's guests, not its people, and troops are told by whose
	// they are.
	if kind == Troops || group == "refugees" {
		return ""
	}
	for _, en := range st.entities {
		if lex.Entities[en.entity].Type != "country" || en.tok == 0 || !st.tok.Is(en.tok-1, "in") {
			continue
		}
		if st.distance(en.tok, en.tok+en.n-1, r[0], r[1]) <= 6 {
			return lex.Entities[en.entity].Name
		}
	}
	return ""
}

// place is the territory a figure is about: a region or city named after
// "in" within a few words.
func (st *sentenceState) place(e *Extractor, r [2]int) string {
	for _, en := range st.entities {
		t := e.lex.Entities[en.entity].Type
		if t != "region" && t != "city" {
			continue
		}
		if st.distance(r[0], r[1], en.tok, en.tok+en.n-1) <= 6 {
			return e.lex.Entities[en.entity].Name
		}
	}
	return ""
}

// eventOf returns the event a figure belongs to: the nearest event noun
// before it in the sentence (the relative clause "which killed"), else the
// nearest after it. A time right next to the figure ("for six weeks in the
// fall of 2020") takes precedence over the event's own.
func (e *Extractor) eventOf(st *sentenceState, r [2]int) Event {
	best, bestD := -1, math.MaxInt
	for i, ev := range st.events {
		d := st.distance(r[0], r[1], ev.tok, ev.tok+ev.n-1)
		if d >= 1<<20 || e.lex.Events[ev.typ].Harmless {
			continue
		}
		if ev.tok > r[1] {
			d += 4 // prefer the noun the figure's clause hangs on
		}
		if d < bestD {
			best, bestD = i, d
		}
	}
	if best < 0 {
		return Event{}
	}
	ev := st.events[best]
	if t, ok := st.adjacentTime(r); ok {
		ev.time = t
		ev.plural = false
	}
	return e.makeEvent(&ev)
}

// adjacentTime returns a time mention within adjacentWindow words after a
// figure, in the same clause.
func (st *sentenceState) adjacentTime(r [2]int) (*norm.Time, bool) {
	for mi, m := range st.mentions {
		if m.Kind != norm.TimeKind || st.mtok[mi][0] <= r[1] {
			continue
		}
		if d := st.distance(r[0], r[1], st.mtok[mi][0], st.mtok[mi][1]); d <= adjacentWindow {
			for k := r[1] + 1; k <= st.mtok[mi][0]; k++ {
				if st.tok.List[k].Break != 0 {
					return nil, false
				}
			}
			t := m.Time
			return &t, true
		}
		return nil, false
	}
	return nil, false
}

// makeEvent turns an event found in a sentence into the Event of a claim.
func (e *Extractor) makeEvent(ev *event) Event {
	typ := e.lex.Events[ev.typ]
	out := Event{Type: typ.Type, Text: ev.text, Time: ev.time, Plural: ev.plural, Recurring: typ.Recurring}
	out.Key = EventKey(out)
	return out
}

// EventKey names an event compactly: its type, "*2" for several events,
// and "@" with the years of its time ("war@2020", "war@1990-1999",
// "clashes@2020-").
func EventKey(ev Event) string {
	var b strings.Builder
	b.WriteString(ev.Type)
	if ev.Plural {
		b.WriteString("*n")
	}
	if ev.Time != nil && ev.Time.Anchored && !ev.Time.Start.IsZero() {
		b.WriteByte('@')
		b.WriteString(yearSpan(ev.Time))
	}
	return b.String()
}

func yearSpan(t *norm.Time) string {
	y0 := t.Start.Year
	if y0 == 0 {
		return "?"
	}
	s := strconv.Itoa(y0)
	switch {
	case t.Since || t.End.IsZero():
		return s + "-"
	case t.End.Year != y0 && t.End.Year != 0:
		return s + "-" + strconv.Itoa(t.End.Year)
	}
	return s
}

// durationClaim makes a claim of how long an event lasted: a duration
// next to an event noun ("a six-week war", "three decades of conflict").
func (e *Extractor) durationClaim(st *sentenceState, mi int) (Claim, bool) {
	r := st.mtok[mi]
	best, bestD := -1, eventWindow+1
	for i, ev := range st.events {
		if d := st.distance(r[0], r[1], ev.tok, ev.tok+ev.n-1); d < bestD {
			best, bestD = i, d
		}
	}
	if best < 0 {
		return Claim{}, false
	}
	ev := st.events[best]
	if e.lex.Events[ev.typ].Recurring {
		return Claim{}, false
	}
	// "two days after the earthquake", "a week later", "three years ago"
	// place a time; they do not say how long the event lasted.
	if n := r[1] + 1; n < len(st.tok.List) {
		switch st.tok.Norm(n) {
		case "after", "before", "later", "ago", "earlier", "since":
			return Claim{}, false
		}
	}
	if t, ok := st.adjacentTime(r); ok {
		ev.time = t
		ev.plural = false
	}
	dur := st.mentions[mi].Duration
	c := Claim{Kind: Duration, Value: norm.Value{Duration: &dur}, Event: e.makeEvent(&ev)}
	c.Measure = c.Event.Type
	c.Subject.Place = st.place(e, r)
	if c.Subject.Place == "" {
		c.Subject.Place = st.anyPlace(e)
	}
	return c, true
}

// anyPlace returns the first region named in the sentence.
func (st *sentenceState) anyPlace(e *Extractor) string {
	for _, en := range st.entities {
		if e.lex.Entities[en.entity].Type == "region" {
			return e.lex.Entities[en.entity].Name
		}
	}
	return ""
}

// dateClaim makes a claim of when an event happens: a time attached to an
// event noun of the sentence.
func (e *Extractor) dateClaim(st *sentenceState, mi int) (Claim, bool) {
	var ev *event
	for i := range st.events {
		if st.events[i].timeTok == st.mtok[mi][0] {
			ev = &st.events[i]
			break
		}
	}
	t := st.mentions[mi].Time
	if ev == nil {
		// "two wars, one in the early 1990s, the other in the fall of
		// 2020": each time of the list dates one of the events.
		one := st.listedEvent(mi)
		if one == nil {
			return Claim{}, false
		}
		single := *one
		single.plural, single.time = false, &t
		ev = &single
	}
	if ev.plural {
		return Claim{}, false
	}
	c := Claim{Kind: Date, Value: norm.Value{Time: &t}, Event: e.makeEvent(ev)}
	c.Measure = c.Event.Type
	c.Subject.Place = st.place(e, st.mtok[mi])
	if c.Subject.Place == "" {
		c.Subject.Place = st.place(e, [2]int{ev.tok, ev.tok})
	}
	return c, true
}

// listedEvent returns the plural event noun ("two wars") that a list of
// times after it dates one by one ("one in the early 1990s, the other in
// the fall of 2020"), when time mention mi is one of them, or nil.
func (st *sentenceState) listedEvent(mi int) *event {
	r := st.mtok[mi]
	for i := len(st.events) - 1; i >= 0; i-- {
		ev := &st.events[i]
		if !ev.plural || ev.tok > r[0] {
			continue
		}
		if r[0]-(ev.tok+ev.n) > listedWindow || st.distance(ev.tok, ev.tok, r[0], r[1]) >= 1<<20 {
			return nil
		}
		// The list must name its members: "one ..., the other ...".
		for k := ev.tok + ev.n; k < r[0]; k++ {
			if st.tok.Is(k, "one") || st.tok.Is(k, "other") || st.tok.Is(k, "first") || st.tok.Is(k, "second") {
				return ev
			}
		}
		return nil
	}
	return nil
}

// listedWindow is how far after "two wars" its list of times may run.
const listedWindow = 16

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

// attribution returns who a sentence reports a claim from: the words
// after "according to", or the speaker of a speech verb ("X said", "said
// X", "Baku says"), as a canonical entity where the lexicon knows it.
func (e *Extractor) attribution(st *sentenceState, text string) string {
	for _, h := range st.hits {
		en, ok := h.Has(lexicon.CatSpeech)
		if !ok {
			continue
		}
		if en.Word == "according to" {
			if who := st.speakerAt(e, text, h.I+h.N); who != "" {
				return who
			}
			continue
		}
		// "Baku says", "Russia had accused": the speaker comes before.
		if who := st.speakerBefore(e, text, h.I); who != "" {
			return who
		}
		// "said Hajiyev": after, unless it is a time ("said Thursday").
		if next := h.I + h.N; next < len(st.tok.List) && st.tok.List[next].Cap && !st.inTime(next) {
			if who := st.speakerAt(e, text, next); who != "" {
				return who
			}
		}
	}
	return ""
}

// speakerAt returns the speaker named from token i on: an entity within
// a few words, or else the words up to the next break ("officials", "the
// same source"), at most four.
func (st *sentenceState) speakerAt(e *Extractor, text string, i int) string {
	if i >= len(st.tok.List) {
		return ""
	}
	for _, en := range st.entities {
		if en.tok >= i && en.tok <= i+speakerWindow && !st.breakBetween(i, en.tok) {
			return e.lex.Entities[en.entity].Name
		}
	}
	j := i + 1
	for j < len(st.tok.List) && j < i+4 && st.tok.List[j].Break == 0 {
		j++
	}
	return strings.ToLower(text[st.tok.List[i].Start:st.tok.List[j-1].End])
}

// speakerBefore returns the subject of a speech verb at token v: the
// nearest entity before it in the same clause ("Baku says", "Russia had
// accused"), or the few words that open the clause ("the agency said").
func (st *sentenceState) speakerBefore(e *Extractor, text string, v int) string {
	for k := len(st.entities) - 1; k >= 0; k-- {
		en := st.entities[k]
		end := en.tok + en.n - 1
		if end >= v {
			continue
		}
		if v-end <= speakerWindow && !st.breakBetween(end, v) {
			return e.lex.Entities[en.entity].Name
		}
		break
	}
	// The words of a short clause that the verb ends: ", the agency
	// said." The clause must open after a comma and close at the verb.
	start := v
	for start > 0 && st.tok.List[start].Break == 0 && v-start < 3 {
		start--
	}
	// The clause may end in a time: ", officials said on Wednesday."
	after := v + 1
	for after < len(st.tok.List) && after <= v+3 && st.tok.List[after].Break == 0 && st.inTime(after) {
		after++
	}
	if start < v && start > 0 && st.tok.List[start].Break == ',' &&
		(after == len(st.tok.List) || st.tok.List[after].Break == ',' || st.tok.List[after].Break == '.') {
		for k := start; k < v; k++ {
			if st.tok.Is(k, "and") || st.tok.Is(k, "or") {
				return ""
			}
		}
		return strings.ToLower(text[st.tok.List[start].Start:st.tok.List[v-1].End])
	}
	return ""
}

// inTime reports whether token i is a word of a time mention, or "on",
// "in" or "at" just before one.
func (st *sentenceState) inTime(i int) bool {
	for mi, r := range st.mtok {
		if st.mentions[mi].Kind == norm.TimeKind && i >= r[0]-1 && i <= r[1] {
			return true
		}
	}
	return false
}

// speakerWindow is how many words may stand between a speech verb and
// its speaker.
const speakerWindow = 5

// breakBetween reports whether punctuation stands between tokens a and b.
func (st *sentenceState) breakBetween(a, b int) bool {
	for k := a + 1; k <= b && k < len(st.tok.List); k++ {
		if st.tok.List[k].Break != 0 {
			return true
		}
	}
	return false
}

// framingKinds lists the frames that bear on each kind of claim.
var framingKinds = map[Kind][]string{
	Casualties: {"operation", "actors"},
	Troops:     {"deployment"},
	Displaced:  {"departure", "actors"},
	Control:    {"control_change", "control_held", "control_lost", "secession", "actors"},
	Duration:   {"actors"},
}

// framing returns the sentence's framing words that bear on a claim
// kind, in order.
func (e *Extractor) framing(st *sentenceState, k Kind) []FramingWord {
	frames := framingKinds[k]
	if len(frames) == 0 {
		return nil
	}
	var out []FramingWord
	for _, h := range st.hits {
		for _, en := range h.Entries {
			if en.Cat != lexicon.CatFrame {
				continue
			}
			f := &e.lex.Framing[en.ID]
			if slices.Contains(frames, f.Frame) {
				out = append(out, FramingWord{Frame: f.Frame, Word: en.Word, Tone: f.Words[en.Word]})
			}
		}
	}
	return out
}
