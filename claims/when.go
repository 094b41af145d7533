package claims

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/lexicon"
	"github.com/claimcheck/claimcheck/claims/norm"
	"github.com/claimcheck/claimcheck/claims/token"
)

// Dates and durations: when an event took place and how long it lasted.

// durationClaim makes a claim of how long an event lasted: a duration
// next to an event noun ("a six-week war", "three decades of conflict").
func (e *Extractor) durationClaim(st *sentenceState, mi int) (Claim, bool) {
	r := st.mtok[mi]
	if r[0] > 0 && st.is(r[0]-1, lexicon.FnPeriod) && st.comparisonWindow(r[0]-1) {
		// "the deadliest earthquake in a century": a comparison.
		return Claim{}, false
	}
	if r[0] > 0 && st.is(r[0]-1, lexicon.FnOrdinal|lexicon.FnPeriodNow) && st.is(r[1]+1, lexicon.FnOf) {
		// "in the first 24 hours of the storm", "the last 48 hours of
		// fighting": a span of the event, not how long it lasted.
		return Claim{}, false
	}
	if st.is(r[1]+1, lexicon.FnAnniversary) {
		// "the storm's five-year anniversary": how long ago, not how
		// long it lasted.
		return Claim{}, false
	}
	if d := st.mentions[mi].Duration; d.Vague && d.MinDays < 1 && r[0] == r[1] {
		// "in the early morning hours of Feb. 6": hours alone tell a
		// time of day, not how long an event lasted.
		return Claim{}, false
	}
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
	if n := r[1] + 1; n < len(st.tok.Words) {
		if st.is(n, lexicon.FnRelation) {
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

// modalBefore reports whether a modal stands before word k in its clause
// ("could be completed within a year"); "will" is a plan told as one.
func (st *sentenceState) modalBefore(k int) bool {
	for j := k - 1; j >= 0; j-- {
		if st.is(j, lexicon.FnModal) && !st.tok.Words[j].Cap {
			return true
		}
		if b := st.tok.Words[j].Break; b != 0 && b != ',' {
			return false
		}
	}
	return false
}

// anyPlace returns the first region named in the sentence.
func (st *sentenceState) anyPlace(e *Extractor) string {
	for _, en := range st.entities {
		if e.lex.Entities[en.entity].Type == lexicon.TypeRegion {
			return e.lex.Entities[en.entity].Name
		}
	}
	return ""
}

// moment returns the time a "since" mention mi starts from, read without
// its "since": "since the fall of 2021" gives the fall of 2021.
func (st *sentenceState) moment(mi int) norm.Time {
	t := st.mentions[mi].Time
	text := st.mentions[mi].Text
	if i := strings.IndexByte(text, ' '); i > 0 {
		if ms := st.rd.Read(nil, text[i+1:], st.ctx); len(ms) == 1 && ms[0].Kind == norm.TimeKind && !ms[0].Time.Since {
			return ms[0].Time
		}
	}
	t.Since = false
	return t
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
	if isTimestamp(st.mentions[mi].Text) {
		// "2019-09-01T10:38:07Z" is a machine's record, not how a report
		// dates an event.
		return Claim{}, false
	}
	if t.Anchor != "" && !strings.ContainsAny(st.mentions[mi].Text, "0123456789") && ev != nil && ev.tok >= st.mtok[mi][0] && ev.tok <= st.mtok[mi][1] {
		// "the war" that the lexicon dates ("the 44-day war"): the
		// report states no date of its own. "Since the collapse of the
		// USSR" dates another event, and is kept.
		return Claim{}, false
	}
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
	if t.Since && ev.time != nil && ev.timeTok == st.mtok[mi][0] && !ev.time.Since {
		// "Without a government since the fall of 2021, when the army
		// seized power in a coup": the coup's moment, the fall of 2021,
		// which resolveEvents gave the event, not a state since then.
		t = *ev.time
	}
	if st.pub.Year != 0 && t.Anchored && t.End.Year != 0 && laterDay(t.End, st.pub) && st.modalBefore(st.mtok[mi][0]) {
		// "The accession could be completed within a year": a plan,
		// no date of what happened.
		return Claim{}, false
	}
	c := Claim{Kind: Date, Value: norm.Value{Time: &t}, Event: e.makeEvent(ev)}
	c.Measure = c.Event.Type
	lx := &e.lex.Events[ev.typ]
	if st.startOf(ev, st.mtok[mi]) || t.Since && !lx.Recurring && !lx.Sudden || t.Since && lx.Recurring && lx.Family != "" && t.Start.Day != 0 && t.Anchor == "" {
		// "The conflict, which began on April 15", "clashes broke out on
		// April 15", "since the outbreak of the war on April 15", "deadly
		// clashes since April 15": the event's start, one date for a
		// whole conflict, whatever its clashes.
		if fam := e.lex.Events[ev.typ].Family; fam != "" {
			c.Event.Type = fam
		}
		c.Measure = "start"
		c.Event.Recurring = false
		t.Since = false
		c.Event.Key = EventKey(c.Event)
	}
	c.Subject.Place = st.place(e, st.mtok[mi])
	if c.Subject.Place == "" {
		c.Subject.Place = st.place(e, [2]int{ev.tok, ev.tok})
	}
	return c, true
}

// startOf reports whether a start word ("began", "broke out", "the
// outbreak of") ties event ev to the time at tokens r: between them, the
// start word within startReach words of each ("clashes between the army
// and the militia began in the old quarter of the capital on May 15"),
// or right before the event noun.
func (st *sentenceState) startOf(ev *event, r [2]int) bool {
	if st.startBetween(ev, r) {
		return true
	}
	// "the outbreak of the conflict on April 15"
	for k := ev.tok - 1; k >= 0 && k >= ev.tok-3; k-- {
		if st.startWord(k) {
			return true
		}
	}
	return false
}

// startBetween reports whether a start word stands between event ev and
// the time at tokens r, within startReach words of each.
func (st *sentenceState) startBetween(ev *event, r [2]int) bool {
	lo, hi := ev.tok+ev.n, r[0]
	if r[1] < ev.tok {
		lo, hi = r[1]+1, ev.tok
	}
	for k := lo; k < hi; k++ {
		if st.startWord(k) && k-lo <= startReach && hi-k <= startReach {
			return true
		}
	}
	return false
}

// startWord reports whether word k says that something began: a start
// word, which when it needs a particle ("broke out", not "broke a
// ceasefire") has it right after.
func (st *sentenceState) startWord(k int) bool {
	if !st.is(k, lexicon.FnStart) {
		return false
	}
	return !st.is(k, lexicon.FnStartWithParticle) || st.is(k+1, lexicon.FnParticle)
}

// startReach is how far a start word may stand from the event noun and
// from the time it ties.
const startReach = 9

// isTimestamp reports whether a time was written as an ISO date-time
// ("2019-09-01T10:38:07Z").
func isTimestamp(s string) bool {
	return len(s) > 11 && s[4] == '-' && s[7] == '-' && s[10] == 'T' && token.IsDigit(s[0]) && token.IsDigit(s[11])
}
