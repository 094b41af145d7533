package claims

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims/lexicon"
	"github.com/claimcheck/claimcheck/claims/norm"
	"github.com/claimcheck/claimcheck/claims/token"
)

// Events: the nouns that name what a claim is about ("the six-week war",
// "the talks") and the times that place them.

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
	// name, magnitude and places tell the event apart from others of
	// its type (see Event).
	name      string
	magnitude float64
	magTok    int // the magnitude's word, when magnitude is set
	places    []string
	// another marks another event of its type than the one told ("a
	// second quake", "another earthquake").
	another bool
	// after marks an event a sentence says came a length after another
	// of its type ("a 6.4 quake on Monday, weeks after the deadly
	// quake"): a later one.
	after bool
	// planned marks an event a sentence tells of as to come, on a day
	// after the report's ("the runoff will be held on October 30").
	planned bool
	// retro marks an event dated by how long before the report it was
	// ("Three years after the blast"): the story of a look back.
	retro bool
	// given marks a name given after the noun, as storms are named
	// ("Hurricane Maria"), not a place before it ("the Izmit quake").
	given bool
	// echo marks the story's event named again by its name alone
	// ("Maria"), which tells the story nothing new.
	echo bool
}

func isPlural(w string) bool { return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") }

// pluralEvent reports whether a plural event noun names several events
// ("two wars") rather than one event named in the plural ("talks",
// "clashes", "negotiations"): only a number word or "both" before it does.
func (e *Extractor) pluralEvent(t *token.Stream, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if e.ix.Is(t, k, lexicon.FnPlural) {
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
		if h.I+h.N == i || h.I+h.N == i-1 && st.tok.Words[i].Break == 0 && st.tok.Words[i-1].Break == 0 {
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
func (st *sentenceState) resolveEvents(prev *sentenceState, sty *story) {
	used := st.used[:0]
	for range st.mentions {
		used = append(used, false)
	}
	st.used = used
	for i := range st.events {
		if ev := &st.events[i]; !ev.another && ev.name == "" && st.pointsBack(ev.tok) && prev.namesAnother(ev.typ, ev.magnitude) {
			// "A second quake hit the region. The quake measured
			// 7.5": the second one.
			ev.another = true
		}
	}
	// First pass: times near an event noun. The closest pairs are tied
	// first, so that each time goes to the event nearest to it ("fighting
	// over for thirty years, was the stake in 2020 of a six-week war":
	// 2020 is the war's).
	type pair struct {
		ev, mi, d int
		at        bool // the time is the event's moment, not its start: "since 2021, when"
	}
	var pairs []pair
	for i := range st.events {
		ev := &st.events[i]
		if ev.plural {
			// "two wars, one in the early 1990s, the other in 2020": no
			// one time is theirs.
			continue
		}
		anniversary := st.anniversaryOf(ev)
		if st.topicOf(i) {
			// "Referendums on the reunification of the regions were
			// held on September 23-27": the time is the referendums'.
			continue
		}
		for mi, m := range st.mentions {
			if anniversary && st.mtok[mi][1] != ev.tok-1 {
				// "On Monday, the eve of the storm's fifth
				// anniversary": Monday is not the storm's; "the
				// anniversary of the 2015 earthquake" keeps its year.
				continue
			}
			if m.Kind != norm.TimeKind || st.countingTime(mi, ev.tok) || st.coveredByEntity(st.mtok[mi][0]) {
				// Not "March 23" of "the March 23 Movement", a name.
				continue
			}
			if st.mtok[mi][0] > ev.tok && (m.Time.Since || st.sinceBetween(ev.tok+ev.n, st.mtok[mi][0]) || strings.HasPrefix(m.Time.Relative, "past_")) &&
				(st.superlativeBefore(ev.tok) || st.superlativeBefore(st.mtok[mi][0]) || st.superlativeBefore(st.sinceAt(ev.tok+ev.n, st.mtok[mi][0]))) {
				// "the most hotly contested elections since 1999", "the
				// deadliest fire since 1918", "the deadliest earthquakes
				// in the past two decades", "The quake, the deadliest since
				// 1999,": a comparison, not the event's time.
				continue
			}
			// A comma on the way counts as three words: "talks between
			// the two countries, which clashed in 2020" are not of 2020.
			d := st.distance(ev.tok, ev.tok+ev.n-1, st.mtok[mi][0], st.mtok[mi][1]) + 3*st.commasBetween(ev.tok, st.mtok[mi][0])
			window := timeWindow
			if st.mtok[mi][0] > ev.tok && st.relativeClause(ev.tok+ev.n) && st.commasBetween(ev.tok+ev.n, st.mtok[mi][0]) == 0 {
				// "the earthquake that struck southern Turkey and
				// northern Syria before dawn on Monday", "The
				// earthquake, which struck the hills last Friday,": the
				// clause that follows the noun tells its time.
				d, window = st.distance(ev.tok, ev.tok+ev.n-1, st.mtok[mi][0], st.mtok[mi][1]), clauseWindow
			}
			if st.mtok[mi][0] > ev.tok && st.startBetween(ev, st.mtok[mi]) {
				// "fierce clashes between the army and the militia,
				// which began in the capital on May 15": the start word
				// ties the time to the noun it follows, commas or not.
				d, window = st.distance(ev.tok, ev.tok+ev.n-1, st.mtok[mi][0], st.mtok[mi][1]), clauseWindow
			}
			if st.mtok[mi][0] > ev.tok && !m.Time.Since && st.opensSentence(ev.tok) && st.onlyTimeAfter(mi, ev.tok) && !st.clauseBetween(ev.tok, st.mtok[mi][0]) {
				// "Clashes between the army and the Rapid Support
				// Forces broke out in Khartoum on April 15, 2023": the
				// subject's one time, however long the subject.
				window = 1 << 19
			}
			if st.mtok[mi][0] > ev.tok && m.Time.Since && len(st.events) == 1 && st.onlyTimeAfter(mi, -1) && !st.clauseBetween(ev.tok, st.mtok[mi][0]) &&
				st.commasBetween(ev.tok, st.mtok[mi][0]) == 0 && !st.crossesCountBetween(ev.tok+ev.n-1, st.mtok[mi][0]) {
				// "The country has been witnessing deadly clashes between
				// the army and the militia in the capital since April
				// 15": the one event's one time, "since" which it goes on.
				window = 1 << 19
			}
			if st.mtok[mi][1] < ev.tok && st.leadingTime(mi) && st.firstEvent(i) && !st.clauseBetween(st.mtok[mi][1], ev.tok) && !st.roleBefore(ev.tok, 4, lexicon.FnRelation) &&
				(!st.crossesCountBetween(st.mtok[mi][1], ev.tok) || m.Time.Anchored && m.Time.Start.Year != 0 && !isDay(&m.Time) && m.Time.Weekday == "") {
				// "On September 30, 2022, Putin announced the accession
				// of the four regions": the time the sentence opens
				// with dates its first event. A day may be a count's
				// ("On Tuesday, the toll rose to 5,000"); a month or a
				// year is the event's ("In March, 13 people died in a
				// 6.5 magnitude quake"). Not an event a relation word
				// opens ("On March 4, following the disputed election,
				// protests broke out": the protests' day).
				window = 1 << 19
			}
			if st.mtok[mi][1] < ev.tok && st.bodyActsAt(mi) {
				// "The Supreme Court on Monday dismissed the election
				// petition", "the commission on Friday declared the
				// result of the vote": the day of the body's act, not of
				// the event it acts on.
				continue
			}
			if st.mtok[mi][1] < ev.tok && st.startsAt(st.mtok[mi][1]+1, lexicon.CatToll) {
				// "the 1999 death toll from the earthquake": the year
				// of a toll is its event's.
				d, window = 0, clauseWindow
			}
			at := st.whenClause(mi, ev.tok)
			if at {
				// "No government since fall 2021, when the army seized
				// power in a coup": the clause tells what happened then.
				d, window = 0, 1<<19
			}
			if d <= window && !st.crossesEvent(ev, st.mtok[mi]) {
				pairs = append(pairs, pair{i, mi, d, at})
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
		if p.at {
			t = st.moment(p.mi)
		}
		t.Since = !p.at && (t.Since || st.sinceBetween(ev.tok+ev.n, st.mtok[p.mi][0]))
		ev.time, ev.timeTok = &t, st.mtok[p.mi][0]
		used[p.mi] = true
	}
	// Second pass: events with no time of their own.
	for i := range st.events {
		ev := &st.events[i]
		if ev.time != nil {
			continue
		}
		if t := st.sameTime(ev, prev); t != nil {
			// "a 7.8 quake on Feb. 6 and later a 7.5 quake the same
			// day".
			ev.time = t
			continue
		}
		if t := st.elapsedTime(ev); t != nil {
			// "Three years after the Beirut port blast": three years
			// before the report.
			ev.time, ev.retro = t, true
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
			if p := prev.latest(ev.typ); p != nil && !(sty != nil && sty.ev != nil && sty.ev.typ == ev.typ && old(p, st.pub)) {
				// "the earthquake" after a sentence on the 1939
				// earthquake, in a report on this week's: the report's.
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
	for i := range st.events {
		if ev := &st.events[i]; ev.time != nil && ev.time.Anchored && ev.time.Start.Month != 0 && st.pub.Year != 0 &&
			laterDay(ev.time.Start, st.pub) && st.tellsPlan() {
			// "The runoff will be held on October 30", in a report of
			// October 3: an event to come, never the one held.
			ev.planned = true
		}
	}
}

// tellsPlan reports whether the sentence speaks of what is to come
// ("will", "scheduled", "next").
func (st *sentenceState) tellsPlan() bool {
	for k := range st.tok.Words {
		if st.is(k, lexicon.FnFuture) {
			return true
		}
	}
	return false
}

// bodyActsAt reports whether time mention mi stands right after a body
// that is the subject of the clause ("the court on Monday", "the
// ministry on Tuesday"), with no comma: the time of what the body did.
func (st *sentenceState) bodyActsAt(mi int) bool {
	k := st.mtok[mi][0] - 1
	if k >= 0 && st.is(k, lexicon.FnOn) && !st.is(k+1, lexicon.FnOn) {
		k-- // the mention may begin after "on"
	}
	return k >= 0 && st.is(k, lexicon.FnBody) && st.tok.Words[k+1].Break == 0
}

// whenClause reports whether time mention mi is followed by a comma and
// a clause word of time ("since fall 2021, when") that opens the clause
// of the event noun at word evTok, with no comma between them.
func (st *sentenceState) whenClause(mi, evTok int) bool {
	w := st.mtok[mi][1] + 1
	if w >= evTok || st.tok.Words[w].Break != ',' || !st.is(w, lexicon.FnWhen) {
		return false
	}
	return st.commasBetween(w, evTok) == 0
}

// opensSentence reports whether word k opens the sentence, after
// determiners at most ("The conflict", "Referendums").
func (st *sentenceState) opensSentence(k int) bool {
	for j := 0; j < k; j++ {
		if !st.is(j, lexicon.FnDeterminer) {
			return false
		}
	}
	return true
}

// countingTime reports whether time mention mi dates a count or a
// statement rather than an event (whose noun is at word evTok): "as of
// March 4", "the ministry said on Wednesday", "told reporters on Monday",
// "rose to 31 on Tuesday", "had perished by Friday", "On Tuesday, the
// death toll from the quake rose", "updated the toll of the storm to
// 2,975 in August"; or it stands before a relation to the event ("on
// Saturday, four days after the floods").
func (st *sentenceState) countingTime(mi, evTok int) bool {
	r := st.mtok[mi]
	if r[1] < evTok && r[0] <= 1 {
		// "On Tuesday, the death toll from the quake rose to 5,000": the
		// day the sentence opens with is its toll's, not the quake's.
		for k := r[1] + 1; k < evTok; k++ {
			if st.startsAt(k, lexicon.CatToll) {
				return true
			}
		}
	}
	if r[0] > 0 && st.is(r[0]-1, lexicon.FnBy) && r[1]+1 != evTok && !st.tok.Words[r[1]].Possessive {
		// "had perished in the quake by Friday": how far the count had
		// come by then, never when the event was ("hit by Sunday's
		// storm" names the storm's day).
		return true
	}
	k := r[0] - 1
	if k >= 0 && st.is(k, lexicon.FnOn) {
		k-- // "said on Wednesday"
	}
	j := r[0] - 1
	if j >= 0 && st.is(j, lexicon.FnOn|lexicon.FnIn) {
		j--
	}
	// "updated the toll from the storm to 2,975 people in August": a
	// time right after a count that follows the event noun dates the
	// count.
	if mj := st.mentionAt(j); j >= 0 && mj >= 0 && st.mentions[mj].Kind == norm.QuantityKind &&
		st.mentions[mj].Quantity.Class == norm.Count && st.mtok[mj][1] == j && evTok < st.mtok[mj][0] && st.tollBefore(st.mtok[mj][0]) {
		return true
	}
	for _, h := range st.hits {
		if h.I+h.N-1 != k {
			continue
		}
		if _, ok := h.Has(lexicon.CatRunning); ok {
			return true // "as of March 4"
		}
		if _, ok := h.Has(lexicon.CatSpeech); ok {
			return true // "said on Wednesday"
		}
	}
	if k < r[0]-1 {
		// "told the Associated Press on Friday", "told reporters on
		// Monday": the day of a statement to someone.
		for j := k; j >= 0 && j >= k-tellReach && st.tok.Words[j+1].Break == 0; j-- {
			if st.is(j, lexicon.FnTell) {
				return true
			}
		}
	}
	if k >= 0 {
		// "rose to 31 on Tuesday": the day of a figure a level verb
		// gives.
		if mj := st.mentionAt(k); mj >= 0 && st.mentions[mj].Kind == norm.QuantityKind {
			for _, h := range st.hits {
				if _, ok := h.Has(lexicon.CatLevel); ok && h.I+h.N == st.mtok[mj][0] {
					return true
				}
			}
		}
	}
	if evTok > r[1] {
		for j := r[1] + 1; j < evTok && j <= r[1]+6; j++ {
			if st.is(j, lexicon.FnRelation) {
				return true // "on Saturday, four days after the floods"
			}
		}
	}
	return false
}

// tellReach is how many words of whom a telling verb names may stand
// between it and the "on" of a day ("told the Associated Press on").
const tellReach = 4

// tollBefore reports whether a toll word stands within a clause before
// word k ("the death toll from the storm to 2,975").
func (st *sentenceState) tollBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-clauseWindow; j-- {
		if st.startsAt(j, lexicon.CatToll) {
			return true
		}
		if b := st.tok.Words[j+1].Break; b != 0 && b != ',' {
			return false
		}
	}
	return false
}

// superlativeBefore reports whether a superlative stands a few words
// before the event noun at word k ("the deadliest wildfire", "one of the
// most hotly contested elections").
func (st *sentenceState) superlativeBefore(k int) bool {
	return st.roleBefore(k, 4, lexicon.FnSuperlative)
}

// roleBefore reports whether a function word of role r stands within
// reach words before word k, with no break between.
func (st *sentenceState) roleBefore(k, reach int, r lexicon.FuncRole) bool {
	for j := k - 1; j >= 0 && j >= k-reach; j-- {
		if st.is(j, r) {
			return true
		}
		if st.tok.Words[j+1].Break != 0 {
			return false
		}
	}
	return false
}

// clauseBetween reports whether a relative clause opens between words a
// and b ("where peacekeepers have been deployed since 2020").
func (st *sentenceState) clauseBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if st.is(k, lexicon.FnClause) && st.is(k+1, lexicon.FnRelative) {
			// "addressed parliament, after which a treaty was signed": what
			// followed on the same occasion, no clause of its own.
			k++
			continue
		}
		if st.is(k, lexicon.FnRelative|lexicon.FnClause) && !st.prepositionAt(k) {
			return true
		}
	}
	return false
}

// prepositionAt reports whether the clause word at k opens a phrase of
// a noun and "of" rather than a clause: "as the result of a campaign",
// "as a result of", "after the start of the war".
func (st *sentenceState) prepositionAt(k int) bool {
	if st.is(k, lexicon.FnRelative) {
		return false
	}
	j := k + 1
	if st.is(j, lexicon.FnDeterminer) {
		j++
	}
	return j+1 < len(st.fn) && st.fn[j] == 0 && st.is(j+1, lexicon.FnOf) && !st.crossesBreak(k, j+1)
}

// onlyTimeAfter reports whether time mention mi is the only time after
// word k.
func (st *sentenceState) onlyTimeAfter(mi, k int) bool {
	for mj, m := range st.mentions {
		if mj != mi && m.Kind == norm.TimeKind && st.mtok[mj][0] > k {
			return false
		}
	}
	return true
}

// startsAt reports whether a lexicon word of category c starts at word k
// (a toll word, "death toll"; a measure word, "missing").
func (st *sentenceState) startsAt(k int, c lexicon.Cat) bool {
	for _, h := range st.hits {
		if _, ok := h.Has(c); ok && h.I == k {
			return true
		}
	}
	return false
}

// sinceBetween reports whether "since" stands between tokens a
// (inclusive) and b (exclusive): an event followed by "since" and a time
// runs from that time on.
func (st *sentenceState) sinceBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if st.is(k, lexicon.FnSince) {
			return true
		}
	}
	return false
}

// sinceAt returns the first "since" between words a and b, or -1.
func (st *sentenceState) sinceAt(a, b int) int {
	for k := a; k < b; k++ {
		if st.is(k, lexicon.FnSince) {
			return k
		}
	}
	return -1
}

// relativeClause reports whether a relative clause opens at token i
// ("that struck", "which broke out").
func (st *sentenceState) relativeClause(i int) bool {
	return st.is(i, lexicon.FnRelative)
}

// crossesEvent reports whether another event noun stands between ev and
// the mention tokens r, so the time belongs to that one.
func (st *sentenceState) crossesEvent(ev *event, r [2]int) bool {
	lo, hi := ev.tok, r[0]
	if r[0] < ev.tok {
		lo, hi = r[1], ev.tok
	}
	for i, o := range st.events {
		if o.tok != ev.tok && o.tok > lo && o.tok < hi && !st.topicOf(i) {
			// Not what an event is about: "referendums on the
			// reunification of the regions were held on September
			// 23-27".
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

// sameTime returns the time a same-time phrase next to event ev gives it
// ("a 7.5 quake the same day", "later that day, a second quake"): the
// last day named before the phrase, in the sentence or the one before;
// nil when there is none.
func (st *sentenceState) sameTime(ev *event, prev *sentenceState) *norm.Time {
	last := ev.tok + ev.n - 1
	for _, h := range st.hits {
		if _, ok := h.Has(lexicon.CatSameTime); !ok {
			continue
		}
		after := h.I > last && h.I-last <= sameTimeReach && !st.crossesBreak(last, h.I)
		before := h.I+h.N-1 < ev.tok && ev.tok-(h.I+h.N-1) <= sameTimeReach && !st.crossesBreak(h.I+h.N-1, ev.tok)
		if !after && !before {
			continue
		}
		for mi := len(st.mentions) - 1; mi >= 0; mi-- {
			if m := st.mentions[mi]; m.Kind == norm.TimeKind && st.mtok[mi][1] < h.I && isDay(&m.Time) {
				t := m.Time
				return &t
			}
		}
		if prev != nil {
			for mi := len(prev.mentions) - 1; mi >= 0; mi-- {
				if m := prev.mentions[mi]; m.Kind == norm.TimeKind && isDay(&m.Time) {
					t := m.Time
					return &t
				}
			}
		}
		return nil
	}
	return nil
}

// sameTimeReach is how many words a same-time phrase may stand from its
// event noun.
const sameTimeReach = 3

// crossesBreak reports whether a punctuation break other than a comma
// stands between words a and b.
func (st *sentenceState) crossesBreak(a, b int) bool {
	for k := a + 1; k <= b && k < len(st.tok.Words); k++ {
		if br := st.tok.Words[k].Break; br != 0 && br != ',' {
			return true
		}
	}
	return false
}

// leadingTime reports whether time mention mi opens the sentence (after
// a preposition at most, or after a short opening phrase and its comma)
// and a comma closes it, the sentence's one time: "On September 30,
// 2022, ...", "Most recently, in 2023, ...".
func (st *sentenceState) leadingTime(mi int) bool {
	r := st.mtok[mi]
	k := r[0]
	if k > 0 && st.is(k-1, lexicon.FnOn|lexicon.FnIn) {
		k--
	}
	if k > 0 && !(st.tok.Words[k].Break == ',' && k <= openingWords) || r[1]+1 >= len(st.tok.Words) || st.tok.Words[r[1]+1].Break != ',' {
		return false
	}
	for j := 0; j < k; j++ {
		if st.tok.Words[j].Break != 0 && j > 0 || st.mentionAt(j) >= 0 {
			// An opening phrase of words alone: "Most recently,", not
			// "In 2015, 300 died; in 2017, ...".
			return false
		}
	}
	for mj, m := range st.mentions {
		if mj != mi && m.Kind == norm.TimeKind {
			return false
		}
	}
	return true
}

// openingWords is how many words a sentence's opening phrase before its
// leading time may have ("Most recently, in 2023, ...").
const openingWords = 3

// firstEvent reports whether event i is the sentence's first event noun
// that no other is about.
func (st *sentenceState) firstEvent(i int) bool {
	for j := 0; j < i; j++ {
		if !st.topicOf(j) {
			return false
		}
	}
	return true
}

// topicOf reports whether event i is what the event before it is about:
// its noun follows that event's noun and "on" or "of", with a determiner
// at most between ("referendums on the reunification", "talks on a
// ceasefire").
func (st *sentenceState) topicOf(i int) bool {
	if i == 0 {
		return false
	}
	ev, p := &st.events[i], &st.events[i-1]
	k := p.tok + p.n
	if k >= ev.tok || !st.is(k, lexicon.FnOf|lexicon.FnOn) {
		return false
	}
	for j := k + 1; j < ev.tok; j++ {
		if !st.is(j, lexicon.FnDeterminer) || st.tok.Words[j].Break != 0 {
			return false
		}
	}
	return st.tok.Words[k].Break == 0 && st.tok.Words[ev.tok].Break == 0
}

// pointsBack reports whether an anaphora word opens the noun phrase of
// the event noun at word k, within three words ("the quake", "the latest
// large quake").
func (st *sentenceState) pointsBack(k int) bool {
	return st.phraseBefore(k, 3, lexicon.CatAnaphora) >= 0
}

// phraseBefore returns the last word of a phrase of category c that ends
// within reach words before word k, in k's noun phrase (no break between,
// but a figure's), or -1.
func (st *sentenceState) phraseBefore(k, reach int, c lexicon.Cat) int {
	for j := k - 1; j >= 0 && j >= k-reach; j-- {
		for _, h := range st.hits {
			if h.I+h.N-1 != j {
				continue
			}
			if _, ok := h.Has(c); ok {
				return j
			}
		}
		if st.tok.Words[j+1].Break != 0 && st.mentionAt(j+1) < 0 {
			return -1
		}
	}
	return -1
}

// namesAnother reports whether a sentence names another event of type
// typ than the one told ("a second quake"), and no other of that type,
// of a magnitude that may be mag.
func (st *sentenceState) namesAnother(typ int, mag float64) bool {
	if st == nil {
		return false
	}
	another := false
	for i := range st.events {
		if ev := &st.events[i]; ev.typ == typ {
			if !ev.another && !ev.anaphoric {
				return false
			}
			another = another || ev.another && CompatibleMagnitude(ev.magnitude, mag)
		}
	}
	return another
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

// eventOf returns the event a figure belongs to: the nearest event noun
// before it in the sentence (the relative clause "which killed"), else the
// nearest after it. A time right next to the figure ("for six weeks in the
// fall of 2020") takes precedence over the event's own.
//
// A figure a toll is said to have reached (toll set) is dated by such a
// time as a count: "updated the death toll from the storm to 2,975 in
// August" is not a storm of August.
func (e *Extractor) eventOf(st *sentenceState, r [2]int, kind Kind, toll bool) Event {
	running := kind.Info().Running
	best, bestD := -1, math.MaxInt
	for i, ev := range st.events {
		d := st.distance(r[0], r[1], ev.tok, ev.tok+ev.n-1)
		if d >= 1<<20 || kind == Casualties && e.lex.Events[ev.typ].Harmless {
			continue
		}
		switch {
		case ev.tok > r[1] && st.diedIn(r, ev.tok):
			// "… caused a flood, and an estimated 9,000 people died in
			// a quake that hit Brenner": the event the figure's verb
			// names, not the noun before it.
			d = 0
		case ev.tok > r[1]:
			d += 4 // prefer the noun the figure's clause hangs on
		}
		if d < bestD {
			best, bestD = i, d
		}
	}
	if best < 0 {
		return Event{}
	}
	if b := &st.events[best]; running && e.lex.Events[b.typ].Sudden && !b.plural && isPlural(strings.ToLower(b.text)) {
		// "The death toll from Israeli airstrikes since the beginning
		// of the offensive": strikes in the plural are the means of
		// the lasting event the sentence names, whose toll it is.
		if i := e.lastingEvent(st); i >= 0 {
			best = i
		}
	}
	ev := st.events[best]
	if ev.another && st.earlierOne(ev.tok+ev.n, r[0]) {
		// "Another quake shook the region on Wednesday after an earlier
		// one killed more than 2,000": the earlier one, the event told.
		ev.another, ev.time, ev.timeTok, ev.magnitude = false, nil, -1, 0
	}
	if t, ok := st.adjacentTime(r); ok && !(running && (isDay(t) || toll || strings.HasPrefix(t.Relative, "past_"))) {
		// "119 dead in the past 24 hours": a period the count covers,
		// not the event's time.
		// A day next to a running count is the day it was counted
		// ("rose to 34 on Tuesday"), not the event's.
		ev.time = t
		ev.plural = false
	}
	return e.makeEvent(&ev)
}

// diedInReach bounds the words between a figure and the event noun its
// verb names ("9,000 people died in a quake").
const diedInReach = 6

// diedIn reports whether the figure r is told with a measure word and
// "in", "by" or "from" right before the event noun at word ev, in one
// clause: "9,000 people died in a quake", "40 were killed by the storm".
func (st *sentenceState) diedIn(r [2]int, ev int) bool {
	if ev-r[1] > diedInReach || st.crossesBreak(r[1], ev) {
		return false
	}
	for k := r[1] + 1; k+1 < ev; k++ {
		if !st.startsAt(k, lexicon.CatMeasure) {
			continue
		}
		for j := k + 1; j < ev && j <= k+2; j++ {
			if !st.is(j, lexicon.FnIn) && !st.is(j, lexicon.FnBy) && !st.is(j, lexicon.FnFrom) {
				continue
			}
			for m := j + 1; m < ev; m++ {
				if st.fn[m] != 0 && !st.is(m, lexicon.FnDeterminer) || st.mentionAt(m) >= 0 {
					return false
				}
			}
			return true
		}
	}
	return false
}

// earlierOne reports whether "an earlier one" or "the first one" stands
// between words a and b: a pronoun for an event told before another.
func (st *sentenceState) earlierOne(a, b int) bool {
	for k := a; k+1 < b; k++ {
		if st.is(k, lexicon.FnEarlier) && st.tok.Is(k+1, "one") || st.tok.Is(k, "first") && st.tok.Is(k+1, "one") {
			return true
		}
	}
	return false
}

// lastingEvent returns the first event of the sentence that lasts (not
// sudden, recurring or harmless: an offensive, a war), or -1.
func (e *Extractor) lastingEvent(st *sentenceState) int {
	for i, ev := range st.events {
		if t := &e.lex.Events[ev.typ]; !t.Sudden && !t.Recurring && !t.Harmless && !ev.plural {
			return i
		}
	}
	return -1
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
				if st.tok.Words[k].Break != 0 {
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
	out := Event{Type: typ.Type, Text: ev.text, Time: ev.time, Plural: ev.plural, Recurring: typ.Recurring, Sudden: typ.Sudden,
		Within: typ.Within, Name: ev.name, Magnitude: ev.magnitude, Places: ev.places, Another: ev.another, After: ev.after, Planned: ev.planned}
	e.namedOverMeasured(&out)
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
	if ev.Another {
		b.WriteString("+another")
	}
	if ev.Planned {
		b.WriteString("+planned")
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
			if st.is(k, lexicon.FnOrdinal) {
				return ev
			}
		}
		return nil
	}
	return nil
}

// magnitudeReach is how far after an event noun its magnitude may stand
// ("the quake had a magnitude of at least 6.8").
const magnitudeReach = 7

// listedWindow is how far after "two wars" its list of times may run.
const listedWindow = 16

// describeEvent reads what tells an event apart from others of its type:
// a magnitude ("a 7.8 magnitude earthquake", "a Category 4 storm"), a
// name ("Hurricane Maria", "the İzmit quake") and the places named with
// it ("the Turkey-Syria earthquakes", "the earthquake in Hatay", "a quake
// that hit Izmit").
func (e *Extractor) describeEvent(st *sentenceState, ev *event) {
	typ := &e.lex.Events[ev.typ]
	last := ev.tok + ev.n - 1
	// Magnitude: a figure joined to the noun by a magnitude word ("a
	// magnitude-7.8 earthquake", "7.8 magnitude quake", "an earthquake of
	// magnitude 7.8"), or a decimal figure right before it ("a 6.4
	// earthquake"). The figure is read from the tokens, since a figure
	// hyphenated to a word is no quantity to the number reader.
	if len(typ.MeasuredBy) > 0 {
		for k := max(ev.tok-4, 0); k <= last+magnitudeReach && k < len(st.tok.Words); k++ {
			if b := st.tok.Words[k].Break; k > last && b != 0 && b != ',' && st.mentionAt(k) < 0 {
				break // "The earthquake, of magnitude 7.1,": not past its clause
			}
			w := st.tok.Words[k]
			if st.tok.Tokens[w.Tok].Kind != token.Number {
				continue
			}
			v, err := strconv.ParseFloat(st.tok.WordText(k, k), 64)
			if err != nil || v <= 0 || v > 10 {
				continue
			}
			var near bool
			switch {
			case k == ev.tok-1:
				near = v != math.Trunc(v) || st.measuredBy(typ, k-2, k-1)
			case k < ev.tok:
				// "a magnitude 7.8 quake", "the 7.6 Richter scale Gorkha
				// earthquake".
				near = st.measuredBy(typ, k+1, ev.tok-1) || st.measuredBy(typ, k-1, k-1)
			case k > last:
				// "an earthquake of magnitude 7.8", "the quake had a
				// magnitude of at least 6.8", "the quake measured 7.7
				// magnitude".
				near = st.measuredBy(typ, last+1, k-1) || k <= last+3 && st.measuredBy(typ, k+1, k+3)
			}
			if near {
				ev.magnitude, ev.magTok = v, k
				if mi := st.mentionAt(k); mi >= 0 {
					st.magnitudes = append(st.magnitudes, mi)
				}
				break
			}
		}
	}
	// Places named with the event: before its noun ("the Turkey-Syria
	// earthquakes"), or after it, in its clause ("the earthquake in
	// Hatay", "a quake that hit Izmit, Turkey").
	for _, pl := range st.places {
		if pl.demonym {
			continue
		}
		end := pl.tok + pl.n - 1
		before := end < ev.tok && st.placeRunBefore(e, end, ev.tok)
		after := pl.tok > last && pl.tok-last <= 8 && st.distance(last, last, pl.tok, end) < 1<<20 &&
			st.commasBetween(last, pl.tok) <= 1 && !st.crossesCountBetween(last, pl.tok)
		if (before || after) && !slices.Contains(ev.places, pl.name) {
			ev.places = append(ev.places, pl.name)
		}
	}
	slices.Sort(ev.places)
	if name := e.stageOf(st, ev); name != "" {
		// "won the runoff with 52%", "the first round of the election":
		// the stage names the event.
		ev.name = name
		return
	}
	if st.titleCase {
		return
	}
	// A name: a capitalized word after a capitalized noun ("Hurricane
	// Maria", "Cyclone Idai"), or capitalized words before the noun that
	// name no known place ("the İzmit quake", "the Great Galveston
	// Hurricane").
	if st.tok.Words[ev.tok].Cap && last+1 < len(st.tok.Words) {
		n := last + 1
		if w := st.tok.Words[n]; w.Cap && w.Break == 0 && !st.coveredByEntity(n) && st.mentionAt(n) < 0 {
			ev.name, ev.given = st.tok.WordText(n, n), true
			return
		}
	}
	k := ev.tok - 1
	for k > 0 && st.tok.Words[k].Cap && st.tok.Words[k+1].Break == 0 && !st.coveredByEntity(k) && st.mentionAt(k) < 0 {
		k--
	}
	if k+1 < ev.tok && k >= 0 {
		if k > 0 && st.is(k, lexicon.FnAnd) && st.tok.Words[k-1].Cap && isPlural(st.tok.Norm(ev.tok+ev.n-1)) {
			// "the Palisades and Eaton fires": two events, each of
			// its name.
			ev.plural = true
			return
		}
		ev.name = st.tok.WordText(k+1, ev.tok-1)
	}
}

// measuredBy reports whether a word of tokens a..b is one of the words
// an event type is measured by ("magnitude", "category").
func (st *sentenceState) measuredBy(typ *lexicon.EventType, a, b int) bool {
	for k := max(a, 0); k <= b && k < len(st.tok.Words); k++ {
		for _, w := range typ.MeasuredBy {
			if st.tok.Is(k, w) {
				return true
			}
		}
	}
	return false
}

// crossesCountBetween reports whether a count mention stands between
// tokens a and b.
func (st *sentenceState) crossesCountBetween(a, b int) bool {
	for mi, r := range st.mtok {
		if st.mentions[mi].Kind == norm.QuantityKind && r[0] > a && r[1] < b {
			return true
		}
	}
	return false
}

// isTitleCase reports whether most words of a sentence are capitalized,
// as in a headline written in title case.
func isTitleCase(t *token.Stream) bool {
	words, caps := 0, 0
	for i, w := range t.Words {
		if t.Tokens[w.Tok].Kind != token.Word || i == 0 {
			continue
		}
		words++
		if w.Cap {
			caps++
		}
	}
	return words >= 3 && caps*3 >= words*2
}

// placeRunBefore reports whether the words from end to noun (exclusive)
// are a run of places right before an event noun ("the Turkey-Syria
// earthquakes", "the Iran and Iraq earthquakes").
func (st *sentenceState) placeRunBefore(e *Extractor, end, noun int) bool {
	for k := end + 1; k < noun; k++ {
		if st.placeCovering(k) < 0 && !st.is(k, lexicon.FnAnd) {
			return false
		}
	}
	return !st.crossesBreak(end, noun)
}

// otherBefore reports whether a word of Lexicon.Others stands before the
// event noun at word k, in its noun phrase ("a second powerful quake",
// "later a magnitude-7.5 quake", "another earthquake"), not before a
// superlative ("the second deadliest quake" is the one told).
func (st *sentenceState) otherBefore(k int) bool {
	j := st.phraseBefore(k, 5, lexicon.CatOther)
	return j >= 0 && !st.is(j+1, lexicon.FnSuperlative)
}

// anniversaryOf reports whether an anniversary word stands in the phrase
// of event ev: a few words before it ("the fifth anniversary of the
// quake") or after it ("the storm's five-year anniversary").
func (st *sentenceState) anniversaryOf(ev *event) bool {
	for k := max(ev.tok-4, 0); k <= ev.tok+ev.n+3 && k < len(st.tok.Words); k++ {
		if st.is(k, lexicon.FnAnniversary) {
			return true
		}
	}
	return false
}

// elapsedTime returns the time of event ev that a length before it tells
// ("Three years after the Beirut port blast", "2 years since the quake"):
// that long before the report, to the year, month or day the length is
// told in; nil when no length does, or the report has no date.
func (st *sentenceState) elapsedTime(ev *event) *norm.Time {
	if st.pub.Year == 0 {
		return nil
	}
	for mi, m := range st.mentions {
		r := st.mtok[mi]
		if m.Kind != norm.DurationKind || m.Duration.Vague || m.Duration.Qualifier != norm.Exact || !st.is(r[1]+1, lexicon.FnElapsed) {
			continue
		}
		// Only the words of the event's phrase between: "after the
		// Beirut port blast", "since Beirut mega-blast".
		gap := ev.tok - (r[1] + 2)
		if gap < 0 || gap > 4 || st.distance(r[1]+1, r[1]+1, ev.tok, ev.tok) >= 1<<20 || st.commasBetween(r[1], ev.tok) > 0 {
			continue
		}
		pub := st.pub
		if st.pubMonth {
			pub.Day = 0 // "three days after the blast": no day to count from
		}
		return agoTime(pub, m.Duration.ISO)
	}
	return nil
}

// agoTime returns the time a length given as an ISO duration ("P3Y",
// "P2M", "P10D") before day pub: the year, the month, or the day give or
// take one; nil for a length of another form.
func agoTime(pub norm.Date, iso string) *norm.Time {
	if len(iso) < 3 || iso[0] != 'P' {
		return nil
	}
	n, err := strconv.Atoi(iso[1 : len(iso)-1])
	if err != nil || n <= 0 {
		return nil
	}
	at := time.Date(pub.Year, time.Month(max(pub.Month, 1)), max(pub.Day, 1), 0, 0, 0, 0, time.UTC)
	date := func(t time.Time) norm.Date { return norm.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()} }
	switch iso[len(iso)-1] {
	case 'Y':
		y := pub.Year - n
		return &norm.Time{Start: norm.Date{Year: y, Month: 1, Day: 1}, End: norm.Date{Year: y, Month: 12, Day: 31}, Anchored: true}
	case 'M':
		if pub.Month == 0 {
			return nil
		}
		first := time.Date(pub.Year, time.Month(pub.Month)-time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return &norm.Time{Start: date(first), End: date(first.AddDate(0, 1, -1)), Anchored: true}
	case 'W', 'D':
		if pub.Day == 0 {
			return nil
		}
		days, slack := n, 1
		if iso[len(iso)-1] == 'W' {
			days, slack = 7*n, 3
		}
		day := at.AddDate(0, 0, -days)
		return &norm.Time{Start: date(day.AddDate(0, 0, -slack)), End: date(day.AddDate(0, 0, slack)), Anchored: true}
	}
	return nil
}

// stageOf returns the name of the stage of event ev that words of its
// phrase tell (Lexicon events, stages: "the first round of the
// election", "the presidential runoff"), or "".
func (e *Extractor) stageOf(st *sentenceState, ev *event) string {
	if len(e.lex.Events[ev.typ].Stages) == 0 {
		return ""
	}
	lo, hi := ev.tok-stageReach, ev.tok+ev.n-1+stageReach
	for _, h := range st.hits {
		en, ok := h.Has(lexicon.CatStage)
		if !ok || h.I+h.N-1 < lo || h.I > hi {
			continue
		}
		typ, stage := lexicon.StageOf(en.ID)
		if typ != ev.typ || st.distance(h.I, h.I+h.N-1, ev.tok, ev.tok+ev.n-1) >= 1<<20 {
			continue
		}
		return e.lex.Events[typ].Stages[stage].Name
	}
	return ""
}

// stageReach is how far from an event noun the words of its stage may
// stand ("the first round of the presidential elections").
const stageReach = 4
