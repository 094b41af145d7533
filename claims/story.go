package claims

import (
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims/lexicon"
	"github.com/claimcheck/claimcheck/claims/norm"
)

// Story context: the event a document reports on, read from its headline
// and its lead. Real reports name the event once ("Turkey-Syria
// earthquake", "the war in Sudan") and then write "the death toll rose to
// 16,546": a claim that names no event of its own belongs to the story's.

// story is the event a document reports on.
type story struct {
	ev     *event   // the story's event, nil when the headline and lead name none
	places []string // canonical places named with it in the headline and lead
	// lead counts the body sentences read into the story so far, and
	// leadBytes their length.
	lead, leadBytes int
	// country is the last country the document named before the
	// sentence being read, for "the country"; group the last armed
	// group, for "the militia".
	country, group string
	// sentences counts the body sentences read; vote is the scope of
	// the last share a sentence stated, read in sentence voteAt.
	sentences, voteAt int
	vote              *Scope
	// election is the last dated vote a sentence named, in sentence
	// electionAt.
	election   *event
	electionAt int
	// vote0 is the vote the headline and lead name, for the shares of
	// a report on it (a vote is no story event: it kills no one).
	vote0 *event
	// several is the type of an event the headline names in the plural
	// ("California wildfires"), -1 when none: a report on several events
	// of that type, none of which one sentence's name makes its story.
	several int
}

// follow records the last country a sentence names, after its claims are
// made.
func (sty *story) follow(e *Extractor, st *sentenceState) {
	for i := range st.events {
		if ev := st.events[i]; e.lex.Events[ev.typ].Type == "election" && ev.time != nil && ev.time.Anchored && ev.time.Start.Year != 0 {
			sty.election, sty.electionAt = &ev, sty.sentences
		}
	}
	sty.sentences++
	country, group := "", ""
	for k := len(st.entities) - 1; k >= 0; k-- {
		en := st.entities[k]
		switch t := e.lex.Entities[en.entity].Type; {
		case country == "" && !en.metonym && t == lexicon.TypeCountry:
			country = e.lex.Entities[en.entity].Name
		case group == "" && t == lexicon.TypeGroup:
			group = e.lex.Entities[en.entity].Name
		}
	}
	if country != "" {
		sty.country = country
	}
	if group != "" {
		sty.group = group
	}
}

// storyName adds the story's named event where a sentence names it by its
// name alone: "Fiona landed in Puerto Rico on September 18" in a report
// on Hurricane Fiona. Only a name given after the noun is one ("Cyclone
// Idai"; not "the Izmit quake", a place); it must be capitalized and stand
// outside any event noun, entity and figure.
func (st *sentenceState) storyName(sty *story) {
	if sty.ev == nil || !sty.ev.given || sty.ev.name == "" || strings.ContainsRune(sty.ev.name, ' ') || st.titleCase {
		return
	}
	for k, w := range st.tok.Words {
		if !w.Cap || !strings.EqualFold(st.tok.WordText(k, k), sty.ev.name) || st.coveredByEntity(k) || st.mentionAt(k) >= 0 {
			continue
		}
		covered := false
		for i := range st.events {
			ev := &st.events[i]
			// "Hurricane Fiona": the noun names it already.
			covered = covered || k >= ev.tok-1 && k <= ev.tok+ev.n
		}
		if covered {
			continue
		}
		ev := event{tok: k, n: 1, typ: sty.ev.typ, timeTok: -1, name: sty.ev.name, text: st.tok.WordText(k, k), echo: true}
		at, _ := slices.BinarySearchFunc(st.events, k, func(a event, k int) int { return a.tok - k })
		st.events = slices.Insert(st.events, at, ev)
	}
}

// StoryEvent is the event type of a claim that takes the event of a
// report whose headline and lead name a place but no event.
const StoryEvent = "story"

// The lead is the first leadSentences body sentences, and more, up to
// maxLeadSentences, while they are shorter together than leadBytes:
// "Homes were flattened. Power was knocked out." tell no story yet. The
// sentences past the first tell the story's event, when it has none.
const (
	leadSentences    = 2
	maxLeadSentences = 6
	leadBytes        = 240
)

// leadRead reports whether the story has read its whole lead.
func (sty *story) leadRead() bool {
	return sty.lead >= maxLeadSentences || sty.lead >= leadSentences && sty.leadBytes >= leadBytes
}

// take reads what a sentence of the headline or the lead tells of the
// story: its event (the first event noun that is not harmless), that
// event's time when it was not dated yet, and the places named with it.
func (sty *story) take(e *Extractor, st *sentenceState, pub norm.Date) {
	for i := range st.events {
		if ev := &st.events[i]; e.lex.Events[ev.typ].Type == "election" && !old(ev, pub) {
			switch {
			case sty.vote0 == nil:
				cp := *ev
				if e.stageNamed(ev) && st.roleBefore(ev.tok, 3, lexicon.FnInto|lexicon.FnFor) {
					// "Turkey heads to a runoff", "Early count points to
					// presidential runoff" ("to", "for", "into" a few
					// words before): the vote told is the one before it,
					// of no stage the headline names.
					cp.name = ""
				}
				sty.vote0 = &cp
			case sty.vote0.time == nil && ev.time != nil:
				sty.vote0.time = ev.time
			}
			if sty.vote0.name == "" && ev.name != "" && !ev.plural && e.stageNamed(ev) && st.roleBefore(ev.tok, 3, lexicon.FnIn|lexicon.FnOf) {
				// "Early election results give Brenner the lead in
				// presidential runoff": the stage the headline names
				// after the vote's noun is the story's, when the figures
				// are "in" or "of" it; "Early count points to a runoff"
				// tells of a vote still to come.
				sty.vote0.name = ev.name
			}
		}
	}
	first, named := -1, 0
	for i := range st.events {
		ev := &st.events[i]
		if ev.echo {
			continue
		}
		named++
		if sty.ev == nil && sty.lead == 0 && sty.several < 0 && isPlural(strings.ToLower(ev.text)) && ev.name == "" {
			sty.several = ev.typ
		}
		if ev.typ == sty.several && ev.name != "" {
			// "Death toll at 24 as winds spread wildfires", then "16
			// deaths attributed to the Eaton fire": one of the fires,
			// not the report's story.
			continue
		}
		if ev.after && sty.ev != nil && (sty.ev.time != nil || sty.ev.magnitude != 0) {
			// "Five died after a 5.8 quake on Tuesday, weeks after the
			// deadly quake", in a report on that deadly quake: a later
			// one, not the story.
			continue
		}
		if e.lex.Events[ev.typ].Harmless || ev.plural || old(ev, pub) && !ev.retro && !e.countOfEvent(st, ev) {
			// An event long before the report is a comparison ("Death
			// toll surpasses 1999 earthquake"), not the news, unless the
			// report looks back on it ("Three years after the blast").
			continue
		}
		first = i
		break
	}
	if first < 0 {
		if named > 0 || sty.ev != nil && len(sty.places) > 0 {
			return
		}
		// A report that names no event: the places its headline and
		// lead name are where its story happens; so are those of a lead
		// that names no event after a headline that names one but no
		// place ("Thousands dead and battles that will last", then "The
		// new mayor, installed by the army in Norport, ...").
	} else {
		ev := st.events[first]
		switch {
		case sty.ev == nil:
			cp := ev
			sty.ev = &cp
		case sty.ev.typ != ev.typ || !CompatibleMagnitude(sty.ev.magnitude, ev.magnitude) ||
			sty.ev.name != "" && ev.name != "" && sty.ev.name != ev.name:
			// Another event: its places are not the story's.
			return
		case sty.ev.time == nil && ev.time != nil:
			sty.ev.time = ev.time
		}
		for j := first + 1; j < len(st.events) && sty.ev.time == nil; j++ {
			// "The earthquake toll rose past 4,100 after the quake
			// that struck on March 4": the story named again, dated.
			if o := &st.events[j]; o.typ == ev.typ && o.time != nil && !o.another && !o.after && !o.plural && !old(o, pub) &&
				CompatibleMagnitude(o.magnitude, sty.ev.magnitude) {
				sty.ev.time = o.time
			}
		}
		if sty.ev.magnitude == 0 {
			sty.ev.magnitude = ev.magnitude
		}
		if sty.ev.name == "" && sty.ev.typ != sty.several {
			// "Wildfires spread across the county": the name of one of
			// them is not the story's.
			sty.ev.name, sty.ev.given = ev.name, ev.given
		}
	}
	for _, pl := range st.places {
		if pl.demonym {
			continue
		}
		if !slices.Contains(sty.places, pl.name) {
			sty.places = append(sty.places, pl.name)
		}
	}
	slices.Sort(sty.places)
	sty.places = e.dropContained(sty.places)
}

// date dates the story's event from a later sentence of the lead that
// names it with a time ("Around 300 died in violence that started on
// August 25", after a headline and first sentences that give no date);
// the sentence's places stay its own.
//
// Only a lasting event is dated so: a day a later sentence gives a
// sudden one is as often the day of a count ("passed 200 on Tuesday").
// A lasting event dated by its start ("violence that started on August
// 25") has gone on since then: the report's counts are of all of it.
func (sty *story) date(e *Extractor, st *sentenceState, pub norm.Date) {
	if sty.ev == nil || sty.ev.time != nil || e.lex.Events[sty.ev.typ].Sudden {
		return
	}
	for i := range st.events {
		ev := &st.events[i]
		if ev.typ == sty.ev.typ && ev.time != nil && ev.time.Anchored && !ev.echo && !ev.another && !ev.after && !ev.plural && !old(ev, pub) &&
			CompatibleMagnitude(ev.magnitude, sty.ev.magnitude) && (ev.name == "" || sty.ev.name == "" || ev.name == sty.ev.name) {
			t := *ev.time
			if mi := st.mentionAt(ev.timeTok); mi >= 0 && !e.lex.Events[ev.typ].Recurring && st.startOf(ev, st.mtok[mi]) {
				t.Since, t.End = true, norm.Date{}
			}
			sty.ev.time = &t
			return
		}
	}
}

// countOfEvent reports whether the sentence gives a casualty or
// displacement figure of event ev before its noun, with no comparison
// between them: "More than 8,000 killed during 2022 Mariupol siege" looks
// back on the siege; "Toll passes 17,000, exceeding 1999 quake" compares.
func (e *Extractor) countOfEvent(st *sentenceState, ev *event) bool {
	for mi, r := range st.mtok {
		if r[1] >= ev.tok || !st.isCount(mi) {
			continue
		}
		measure := false
		for _, h := range st.hits {
			if h.I < r[0] || h.I >= ev.tok {
				continue // "8,000 killed": the measure may be the figure's unit
			}
			if _, ok := h.Has(lexicon.CatLevel); ok && h.I > r[1] {
				return false
			}
			if en, ok := h.Has(lexicon.CatMeasure); ok {
				k := e.measureKind[en.ID]
				measure = measure || k == Casualties || k == Displaced
			}
		}
		for k := r[1] + 1; k < ev.tok; k++ {
			if st.is(k, lexicon.FnComparison|lexicon.FnGrowth|lexicon.FnSuperlative|lexicon.FnSince|lexicon.FnRise) {
				return false
			}
		}
		if measure {
			return true
		}
	}
	return false
}

// isEvent reports whether an event a sentence tells is the story's by
// what tells it apart: its magnitude, its name or its anchored time.
func (sty *story) isEvent(ev Event) bool {
	switch {
	case ev.Magnitude != 0 && ev.Magnitude == sty.ev.magnitude, ev.Name != "" && ev.Name == sty.ev.name:
		return true
	}
	t := sty.ev.time
	return ev.Time != nil && t != nil && ev.Time.Anchored && t.Anchored && ev.Time.Start == t.Start && ev.Time.End == t.End
}

// old reports whether an event's own time ended more than a year before
// the report's publication.
func old(ev *event, pub norm.Date) bool {
	t := ev.time
	if t == nil || !t.Anchored || t.Start.Year == 0 || pub.Year == 0 || t.Since {
		return false
	}
	end := t.End
	if end.IsZero() || end.Year == 0 {
		end = t.Start
	}
	return end.Year < pub.Year-1 || end.Year == pub.Year-1 && end.Month != 0 && end.Month < pub.Month
}

// of gives a claim whose event is not told in its sentence the story's
// event: a claim naming no event, or an undated event of the story's
// type ("the quake", "the devastating earthquakes"). A claim naming
// another event (an earlier war, the 1999 earthquake) keeps its own.
// It reports whether the claim's event is the story's.
func (sty *story) of(e *Extractor, c *Claim, pub norm.Date) bool {
	if sty == nil {
		return false
	}
	if sty.ev == nil {
		// A report whose headline and lead name no event but a place
		// ("thousands may have died in Mariupol") is about what happens
		// there: a claim naming no event belongs to it, told apart from
		// others by its places and the report's date. A claim of the
		// lead itself belongs to it too: the lead is the story.
		if c.Event.Type != "" || len(sty.places) == 0 {
			return false
		}
		c.Event = Event{Type: StoryEvent, Places: sty.places, From: "story"}
		c.Event.Key = EventKey(c.Event)
		return true
	}
	typ := e.lex.Events[sty.ev.typ].Type
	switch {
	case c.Event.Type == "":
		c.Event = e.makeEvent(sty.ev)
		c.Event.Places = sty.places
	case c.Event.Another:
		// "A second quake": not the story's.
		return false
	case c.Event.After && !sty.isEvent(c.Event):
		// "Three died after a 6.4 quake on Monday, weeks after the
		// deadly quake": a later quake than the one told.
		return false
	case c.Event.Time == nil && len(c.Event.Places) == 0 && c.Event.Name == "" && !c.Event.Plural &&
		slices.Contains(e.lex.Events[sty.ev.typ].Also, strings.ToLower(c.Event.Text)):
		// "The attack may have killed 600" in a report on an
		// airstrike: the airstrike.
		c.Event = e.makeEvent(sty.ev)
		c.Event.Places = sty.places
	case (c.Event.Type == typ || e.family(c.Event.Type) == e.family(typ)) && !c.Event.Plural && CompatibleMagnitude(c.Event.Magnitude, sty.ev.magnitude) &&
		(c.Event.Name == "" || sty.ev.name == "" || c.Event.Name == sty.ev.name) && sty.sameTime(c.Event.Time, pub) &&
		!e.elsewhere(c.Event.Places, sty.places):
		// The story's event named again ("the quake", "the earthquake
		// that struck on Monday"): its places are the story's, and a
		// time the sentence gives dates it more closely.
		ev := c.Event
		c.Event = e.makeEvent(sty.ev)
		c.Event.Text = ev.Text
		if ev.Time != nil && ev.Time.Anchored {
			c.Event.Time = ev.Time
		}
		if ev.Magnitude != 0 {
			c.Event.Magnitude = ev.Magnitude
		}
		if ev.Name != "" {
			c.Event.Name = ev.Name
		}
		c.Event.Places = sty.places
		if len(sty.places) == 0 {
			c.Event.Places = ev.Places
		}
		c.Event.Key = EventKey(c.Event)
	default:
		return false
	}
	if c.Kind.Info().Running && c.Event.Recurring && (c.Event.Time == nil || !c.Event.Time.Anchored) {
		// A report whose news is "clashes" in a country counts the
		// conflict they belong to: "killed since clashes erupted" is
		// the war's toll, as other reports call it. Clashes of a time
		// of their own ("sporadic clashes since the war of 2020") are
		// their own.
		if fam := e.family(c.Event.Type); fam != c.Event.Type {
			c.Event.Type, c.Event.Recurring = fam, false
			c.Event.Key = EventKey(c.Event)
		}
	}
	c.Event.From = "story"
	e.namedOverMeasured(&c.Event)
	c.Event.Key = EventKey(c.Event)
	return true
}

// namedOverMeasured drops the measure of a named event whose measure
// changes over its life ("Hurricane Maria made landfall as a Category
// 4 storm", a Category 5 the day before): its name tells it apart, and
// its measure of one moment would split its reports.
func (e *Extractor) namedOverMeasured(ev *Event) {
	if ev.Name == "" || ev.Magnitude == 0 {
		return
	}
	for i := range e.lex.Events {
		if t := &e.lex.Events[i]; t.Type == ev.Type && !t.Fixed {
			ev.Magnitude = 0
			return
		}
	}
}

// elsewhere reports whether an event's places lie in none of the
// countries of the story's: "the Cloquet fire in Minnesota and Wisconsin"
// in a report on Maui's is another fire.
func (e *Extractor) elsewhere(places, story []string) bool {
	if len(places) == 0 || len(story) == 0 {
		return false
	}
	for _, p := range places {
		pc := e.countryOf(placeHit{name: p, entity: e.entityIndex(p)})
		for _, q := range story {
			if p == q || pc == e.countryOf(placeHit{name: q, entity: e.entityIndex(q)}) {
				return false
			}
		}
	}
	return true
}

// CompatibleMagnitude reports whether two magnitudes of events may be of
// one event: equal within MagnitudeSpread, or one of them not given (0).
func CompatibleMagnitude(a, b float64) bool {
	if a == 0 || b == 0 {
		return true
	}
	d := a - b
	return d <= MagnitudeSpread && d >= -MagnitudeSpread
}

// MagnitudeSpread is how far two reports of one event's magnitude may
// differ (a quake put at 7.8 by one agency and 7.7 by another).
const MagnitudeSpread = 0.3

// sameTime reports whether an event time a sentence gives may be the
// story event's: none, an unanchored one ("on Monday"), one that overlaps
// the story's, or, when the story's event is undated, a time that is not
// long before the report (which must be dated to tell).
func (sty *story) sameTime(t *norm.Time, pub norm.Date) bool {
	switch {
	case t == nil || !t.Anchored || t.Start.Year == 0:
		return true
	case sty.ev.time != nil && sty.ev.time.Anchored:
		return norm.TimesCompatible(*t, *sty.ev.time)
	case pub.Year == 0:
		return false
	}
	return !old(&event{time: t}, pub)
}

// family returns the event type whose start an event type's start is
// (clashes belong to a war), or the type itself.
func (e *Extractor) family(typ string) string {
	for i := range e.lex.Events {
		if ev := &e.lex.Events[i]; ev.Type == typ {
			if ev.Family != "" {
				return ev.Family
			}
			return typ
		}
	}
	return typ
}

// stageNamed reports whether the name of ev is one of its type's stages
// ("runoff"), not a name of its own.
func (e *Extractor) stageNamed(ev *event) bool {
	for _, sg := range e.lex.Events[ev.typ].Stages {
		if sg.Name == ev.name {
			return true
		}
	}
	return false
}
