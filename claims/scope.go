package claims

import (
	"slices"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims/lexicon"
	"github.com/claimcheck/claimcheck/claims/norm"
)

// Scopes: where a count is counted. Places are sets: "5,434 in Turkey and
// 1,832 in Syria" are two counts of one place each; "in Turkey and Syria"
// and "in the two countries" count both together; "in the rebel-held
// northwest" counts part of a country. A part is never the same fact as
// its whole.

// scopeWindow is how many words a place may stand from the figure it
// scopes.
const scopeWindow = 8

// scopeOf returns where the count of mention mi is counted: the places the
// clause of the figure names with a place preposition ("in Syria",
// "across Turkey and Syria"), possessive ("Syria's death toll") or before
// a toll word ("the Syrian death toll"), the part of them it names
// ("government-held", "northwest"), or the places of the story the
// document reports on when the sentence names none and the claim's event
// is the story's.
func (e *Extractor) scopeOf(st *sentenceState, mi int, kind Kind, ev *Event, sty *story, tollTok int) *Scope {
	fromStory := ev.From == "story"
	lo, hi, _ := st.countClause(mi)
	into := kind == Displaced
	places, part := st.statedScope(e, mi, tollTok, sty, into)
	if len(places) == 0 && part == "" {
		// "At least 18 people died in Bangkok": a capital the lexicon
		// makes its country's metonym is, after "in", the city the
		// count was made in, a part of its country.
		if p := e.capitalPlace(st, mi); p != "" {
			places = []string{p}
		}
	}
	if len(places) == 0 && part == "" {
		// "At least 812 people were killed and 1,449 injured in the
		// government-held provinces": the place phrase after a list
		// scopes the counts of the list before it; "In Turkey alone,
		// 3,549 people were killed and 22,168 were injured": the place
		// of the first count scopes the others.
		// "The death toll in rebel-held areas climbed to 300, and 900
		// were injured": the toll that scopes the first scopes the
		// others.
		if mj := st.nextInList(mi); mj >= 0 && !(into && (e.ownTrigger(st, mi) || st.measureInFigure(mi))) {
			// Not where the next of a list of the displaced went:
			// "900,000 displaced internally and 300,000 who fled to
			// neighbouring countries".
			places, part = st.statedScope(e, mj, -1, sty, into)
		}
		// "190 were killed with 584 injured and 37 missing": up the
		// list to the count that names its place.
		for mj, n := st.prevInList(mi), 0; mj >= 0 && len(places) == 0 && part == "" && n < 4; mj, n = st.prevInList(mj), n+1 {
			_, tt, ok := e.tollOf(st, mj)
			if !ok {
				tt = -1
			}
			places, part = st.statedScope(e, mj, tt, sty, into)
		}
	}
	if len(places) == 0 && part == "" {
		// "Marsh County now counts 42 deaths for the county": the place
		// the sentence named before "the county".
		if p := st.territoryAntecedent(e, lo, hi); p != "" {
			places = []string{p}
		}
	}
	if part == "" {
		// "In one village, 60 people died": the figure's own clause,
		// never a figure listed with it.
		part = st.settlementPart(lo, st.mtok[mi])
	}
	if part == "" && st.excludingAfter(mi, hi) {
		// "The turnout was 56.17%, excluding those who used the
		// manual register": a part of the count, not its whole.
		part = excludedPart
	}
	period, toNow, days := st.countingPeriod(lo, hi, st.mtok[mi][1])
	if period == "" {
		// "In the last 24 hours, 119 people died and 71 were injured":
		// the period of the count a figure is listed after.
		if mj := st.prevInList(mi); mj >= 0 {
			plo, phi, _ := st.countClause(mj)
			period, toNow, days = st.countingPeriod(plo, phi, st.mtok[mi][1])
		}
	}
	if period == "" {
		// "45 deaths and 113 injuries between 24 and 25 August": the
		// span of days told after a list counts each of its figures (a
		// span, "START/END"; a length told there is the last figure's).
		for mj := mi + 1; mj < len(st.mentions); mj++ {
			if !st.isCount(mj) {
				continue
			}
			if st.prevInList(mj) == mi {
				nlo, nhi, _ := st.countClause(mj)
				if p, _, _ := st.countingPeriod(nlo, nhi, st.mtok[mj][1]); strings.Contains(p, "/") {
					period = p
				}
			}
			break
		}
	}
	if period == "" && ev.Sudden {
		// "Since October 7, the death toll in Gaza has reached 3,478", in
		// a report on a blast of October 17: a count of a longer time
		// than the blast's.
		period = st.sincePeriod(mi, lo, hi, ev)
	}
	if toNow && st.sinceEvent(ev, sty, days) {
		// "More than 140,000 have fled over the past 10 days" of an
		// exodus that began ten days ago: the whole count so far.
		period = ""
	}
	if len(places) == 0 && part == "" && sty != nil && (st.manyParts(st.mtok[mi]) || st.wholeCountry(lo, hi)) {
		// "243 deaths across multiple states", "230 in seven states":
		// the whole country the story is in, not the one state the
		// headline names.
		for _, p := range sty.places {
			places = append(places, e.countryOf(placeHit{name: p, entity: e.entityIndex(p)}))
		}
		if len(places) == 0 && sty.country != "" {
			places = []string{sty.country}
		}
	}
	if len(places) == 0 && part != "" && sty != nil && sty.country != "" {
		// "In the country's opposition-held northwest": the country the
		// report last named.
		places = []string{sty.country}
	}
	from := "text"
	switch {
	case len(places) > 0:
	case !fromStory && len(ev.Places) > 0:
		// The places the event struck: "the earthquake that struck
		// Turkey and Syria killed 5,000". They say where it struck, not
		// a part it was counted in: "the 1939 quake that struck
		// Erzincan killed 33,000" is a toll of Turkey.
		for _, p := range ev.Places {
			places = append(places, e.countryOf(placeHit{name: p, entity: e.entityIndex(p)}))
		}
		from = "event"
	case fromStory && sty != nil && len(sty.places) > 0:
		places = append(places, sty.places...)
		from = "story"
	case st.bothPlaces(e, lo, hi) && sty != nil && len(sty.places) >= 2:
	case part == "" && period == "":
		return nil
	}
	if part != "" && e.heldPart(part) {
		// "In the government-held provinces of Aleppo, Hama and
		// Tartus": the provinces list the part of their country one
		// side holds, which other reports name as that part of the
		// country ("government-held areas of Syria").
		for i, p := range places {
			places[i] = e.countryOf(placeHit{name: p, entity: e.entityIndex(p)})
		}
	}
	slices.Sort(places)
	places = slices.Compact(places)
	// A region of a country named with the country is the region: "Hatay
	// in Turkey" counts Hatay.
	places = e.dropContainers(places)
	return &Scope{Places: places, Part: part, Period: period, From: from}
}

// lengthOfOther reports whether the length that ends before word k is the
// length of something other than an event ("during three days of
// national mourning"): "of" and a noun phrase that names no event.
func (st *sentenceState) lengthOfOther(k int) bool {
	if !st.is(k, lexicon.FnOf) {
		return false
	}
	for j := k + 1; j < len(st.tok.Words) && j <= k+3 && st.tok.Words[j].Break == 0; j++ {
		if st.eventNounAt(j) {
			return false // "in the first three days of the quake"
		}
	}
	return true
}

// daysSpan reports whether time mention j is a span of a few days told
// as one ("between 24 and 25 August", "from 20 to 22 August") that no
// event took as its time: the days a count was made over.
func (st *sentenceState) daysSpan(j int) bool {
	t := &st.mentions[j].Time
	if !t.Anchored || t.Since || t.Start.Year == 0 || t.Start.Day == 0 || t.End.Day == 0 || t.End == t.Start || j < len(st.used) && st.used[j] {
		return false
	}
	if n := daysBetween(t.Start, t.End); n < 1 || n > maxDaysSpan {
		return false
	}
	return st.is(st.mtok[j][0], lexicon.FnPeriod|lexicon.FnFrom)
}

// maxDaysSpan is the longest span of days daysSpan reads as a counting
// period: longer, it is more often the time of what the sentence tells.
const maxDaysSpan = 14

// countingPeriod returns the counting period the clause lo..hi gives its
// figures, as an ISO duration, or "": a length a period word introduces
// ("in the 42 days after the storm", "over the past week", "during the
// first month"), not the length of an event ("in a six-week war"). toNow
// reports a period that ends at the report ("the past ten days"), and
// days its length. A span of days told as one counts the figures before
// it, whose last word is at word after.
func (st *sentenceState) countingPeriod(lo, hi, after int) (iso string, toNow bool, days float64) {
	for j, o := range st.mtok {
		m := &st.mentions[j]
		if o[0] < lo || o[1] > hi {
			continue
		}
		recent := m.Kind == norm.TimeKind && strings.HasPrefix(m.Time.Relative, "past_")
		if m.Kind == norm.TimeKind && !recent && o[0] > after && st.daysSpan(j) {
			// "45 deaths and 113 injuries between 24 and 25 August": a
			// count of those days.
			t := &m.Time
			return t.Start.String() + "/" + t.End.String(), false, float64(daysBetween(t.Start, t.End))
		}
		if !recent && (m.Kind != norm.DurationKind || m.Duration.Vague) {
			continue
		}
		introduced, now := false, recent
		for k := o[0] - 1; k >= lo && k >= o[0]-3; k-- {
			if st.is(k, lexicon.FnPeriodNow) {
				now = true
			}
			if st.is(k, lexicon.FnPeriod) {
				introduced = !st.comparisonWindow(k)
				break
			}
			if !st.is(k, lexicon.FnDeterminer|lexicon.FnOrdinal|lexicon.FnPeriodNow) && !st.is(k, lexicon.FnEarlier) {
				break
			}
		}
		if !introduced || st.eventNounAt(o[1]+1) || st.lengthOfOther(o[1]+1) {
			continue
		}
		if recent {
			// "In the last 48 hours": the days it names, up to the
			// report.
			t := &m.Time
			if !t.Anchored || t.Start.Year == 0 {
				continue
			}
			// The days themselves: "the past 24 hours" of two reports
			// a week apart are two periods.
			return t.Start.String() + "/" + t.End.String(), true, float64(daysBetween(t.Start, t.End))
		}
		return m.Duration.ISO, now, m.Duration.MinDays
	}
	// "In the first month of the crackdown", "in its first week": one
	// unit, told by an ordinal.
	for k := lo + 2; k <= hi; k++ {
		if !st.is(k, lexicon.FnInterval) || isPlural(st.tok.Norm(k)) || !st.is(k-1, lexicon.FnOrdinal) || st.mentionAt(k) >= 0 {
			continue
		}
		for j := k - 2; j >= lo && j >= k-3; j-- {
			if st.is(j, lexicon.FnPeriod) && !st.comparisonWindow(j) {
				if iso, days, ok := unitPeriod(st.tok.Norm(k)); ok {
					return iso, false, days
				}
			}
			if !st.is(j, lexicon.FnDeterminer) {
				break
			}
		}
	}
	return "", false, 0
}

// unitPeriod returns the ISO length of one time unit named by its word
// ("month": P1M) and its least number of days.
func unitPeriod(w string) (string, float64, bool) {
	switch w {
	case "hour":
		return "PT1H", 0, true
	case "day":
		return "P1D", 1, true
	case "week":
		return "P1W", 7, true
	case "month":
		return "P1M", 28, true
	case "year":
		return "P1Y", 365, true
	}
	return "", 0, false
}

// daysBetween counts the days from a to b.
func daysBetween(a, b norm.Date) int {
	return int(dayTime(b).Sub(dayTime(a)).Hours() / 24)
}

// dayTime is the first moment of a date, its month and day taken as the
// first when not known.
func dayTime(d norm.Date) time.Time {
	m, dd := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if dd == 0 {
		dd = 1
	}
	return time.Date(d.Year, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
}

// sinceEvent reports whether an event began within the last days before
// the report, give or take a few: a count over "the past ten days" of an
// event ten days old counts all of it.
func (st *sentenceState) sinceEvent(ev *Event, sty *story, days float64) bool {
	if ev == nil || st.pub.Year == 0 {
		return false
	}
	t := ev.Time
	if t != nil && strings.HasPrefix(t.Relative, "past_") {
		// An event dated by the period itself ("the floods of the past
		// 24 hours") began when its story's event did, if anything
		// tells.
		t = nil
		if sty != nil && sty.ev != nil {
			t = sty.ev.time
		}
	}
	if t == nil || !t.Anchored || t.Start.Year == 0 || strings.HasPrefix(t.Relative, "past_") {
		// Nothing tells when the event began: "in the past 24 hours"
		// is a day's count; "over the past 10 days", in a report on a
		// story of that age, most often all of it.
		return days > dailyPeriod
	}
	age := float64(daysBetween(t.Start, st.pub))
	return age >= 0 && age <= days+max(periodSlack, days/4)
}

// dailyPeriod is the longest period ending at the report that, when
// nothing tells the event's age, is read as a period of its own (a
// day's or two days' count).
const dailyPeriod = 3

// periodSlack is how many days more than a period ending at the report
// an event may be old for the period to cover it all, at least: a quarter
// of the period when that is more.
const periodSlack = 2

// statedScope returns the places and the part of a place that the
// sentence states for the count of mention mi: its first place phrase
// after the figure, a possessive or demonym before it or its toll, a
// place phrase opening its clause, the places of the toll a level verb
// ties it to (tollTok, or -1), or "in the two countries".
func (st *sentenceState) statedScope(e *Extractor, mi, tollTok int, sty *story, into bool) ([]string, string) {
	r := st.mtok[mi]
	lo, hi, listed := st.countClause(mi)
	var places, before []string
	afterEnd, afterDone := -1, false
	add := func(l *[]string, name string) {
		if !slices.Contains(*l, name) {
			*l = append(*l, name)
		}
	}
	for k, pl := range st.places {
		tollDemonym := pl.demonym && st.demonymBeforeToll(e, pl.tok+pl.n)
		if pl.demonym && !tollDemonym {
			// "Armenian prisoners": a side, not a place.
			continue
		}
		end := pl.tok + pl.n - 1
		if pl.tok < lo || end > hi {
			continue
		}
		switch {
		case pl.tok > r[1]:
			// After the figure, its first place phrase: "died in Syria",
			// "in Turkey and Syria", "in government-held areas of Syria";
			// not the places after it ("in Syria following earthquakes in
			// neighbouring Turkey").
			switch {
			case afterDone:
			case st.speechBetween(r[1], pl.tok):
				// "... is well over 700,000, a spokesman told
				// reporters in New York": where it was said.
				afterDone = true
			case afterEnd < 0 && (pl.tok-r[1] <= scopeWindow || st.placePhraseFrom(e, k, pl.tok-r[1]) || into && pl.tok-r[1] <= 2*scopeWindow && st.intoPlace(k)) &&
				st.placeIntroduced(e, k, r[1], into) && !st.eventBetween(r[1], pl.tok) && !st.newClauseBetween(r[1], pl.tok):
				// "have fled Sudan's Darfur region into neighbouring
				// Chad": where the people went, further on.
				add(&places, pl.name)
				afterEnd = end
			case afterEnd >= 0 && st.placeWords(e, afterEnd+1, pl.tok-1):
				add(&places, pl.name)
				afterEnd = end
			case afterEnd >= 0:
				afterDone = true
			}
		case end < r[0] && r[0]-end <= scopeWindow:
			// Before it: "Syria's death toll", "the Syrian death toll",
			// and, unless another count of a list stands before the
			// figure, "In Syria, 810 died", "the death toll in Syria
			// climbed to".
			switch {
			case st.tok.Words[end].Possessive && (st.territoryNoun(end+1) || st.is(end+1, lexicon.FnPlaceModifier)):
				// "The toll from the blast in Lebanon's capital":
				// the place of the event, a part of the country.
			case st.tok.Words[end].Possessive || tollDemonym:
				add(&places, pl.name)
			case !listed && st.placeIntroduced(e, k, lo-1, into) && !st.outbreakPlace(k):
				add(&before, pl.name)
			case !listed && st.whereAfter(end, r[0]):
				// "Sindh was the worst-hit province, where 792 people
				// were killed": the place the clause tells of.
				add(&before, pl.name)
			case end+2 == r[0] && st.is(end+1, lexicon.FnAside) && st.tok.Words[end+1].Break == 0 && st.tok.Words[r[0]].Break == 0:
				// "followed by Balochistan with 336 deaths".
				add(&places, pl.name)
			}
		}
	}
	if len(places) == 0 {
		places = before
	}
	if p := st.respectivePlace(mi); p != "" {
		// "Khyber Pakhtunkhwa and Punjab reported 308 and 223 deaths,
		// respectively".
		places = []string{p}
	}
	if len(places) == 0 {
		// "Freddy went into Malawi early on Monday, killing at least
		// 225 people there": the place named last before the figure.
		if p := st.placeThere(r); p != "" {
			places = []string{p}
		}
	}
	if len(places) == 0 && tollTok >= 0 {
		// A figure a level verb ties to a toll far before it counts
		// where the toll does: "the death toll in Syria from the
		// earthquake that hit Türkiye climbed to 1,600".
		places = st.tollPlaces(e, tollTok)
	}
	if len(places) == 0 && st.bothPlaces(e, lo, hi) && sty != nil && len(sty.places) >= 2 {
		// "in the two countries", "in both nations".
		places = append(places, sty.places...)
	}
	part := st.scopePart(e, lo, hi, r)
	if len(places) == 0 && part == "" {
		// "while in Castilla-La Mancha two bodies have been found": a
		// place the lexicon does not know is a part of the story's
		// places, never their whole.
		part = st.unknownPlace(lo, hi, r)
	}
	return places, part
}

// respectivePlace returns the place a "respectively" gives count mention
// mi: in "A and B reported 308 and 223 deaths, respectively", the place
// of the list of places before the list of counts that stands where mi
// stands in its list; "" when the sentence says no such thing, or the
// lists are not of one length.
func (st *sentenceState) respectivePlace(mi int) string {
	has := false
	for k := st.mtok[mi][1] + 1; k < len(st.tok.Words) && !has; k++ {
		has = st.is(k, lexicon.FnRespectively)
	}
	if !has {
		return ""
	}
	// The counts joined to mi by "and" or commas alone: "308 and 223".
	counts := []int{mi}
	for mj := st.adjacentCount(mi, -1); mj >= 0; mj = st.adjacentCount(mj, -1) {
		counts = append([]int{mj}, counts...)
	}
	for mj := st.adjacentCount(mi, 1); mj >= 0; mj = st.adjacentCount(mj, 1) {
		counts = append(counts, mj)
	}
	if len(counts) < 2 {
		return ""
	}
	first, last := counts[0], counts[len(counts)-1]
	// "respectively" right after the list, in its clause.
	k := st.mtok[last][1] + 1
	for n := 0; k < len(st.tok.Words) && n < 3 && !st.is(k, lexicon.FnRespectively); k, n = k+1, n+1 {
		if b := st.tok.Words[k].Break; b != 0 && b != ',' {
			return ""
		}
	}
	if k >= len(st.tok.Words) || !st.is(k, lexicon.FnRespectively) {
		return ""
	}
	// The places joined by "and" or commas last before the counts.
	start := st.mtok[first][0]
	var run []placeHit
	for i := len(st.places) - 1; i >= 0; i-- {
		pl := st.places[i]
		if pl.demonym || pl.tok+pl.n > start {
			continue
		}
		if len(run) > 0 {
			next := run[0]
			for j := pl.tok + pl.n; j < next.tok; j++ {
				if !st.is(j, lexicon.FnAnd) && !(j == pl.tok+pl.n && st.tok.Words[j].Break == ',') {
					return pickRespective(run, counts, mi)
				}
			}
		}
		run = append([]placeHit{pl}, run...)
	}
	return pickRespective(run, counts, mi)
}

// adjacentCount returns the count mention right before (dir -1) or after
// (dir 1) mention mi with only "and" or a comma between, or -1.
func (st *sentenceState) adjacentCount(mi, dir int) int {
	r := st.mtok[mi]
	for mj, o := range st.mtok {
		if mj == mi || !st.isCount(mj) {
			continue
		}
		a, b := o[1]+1, r[0] // the words between, for one before
		if dir > 0 {
			a, b = r[1]+1, o[0]
		}
		if a > b || b-a > 1 {
			continue
		}
		if b-a == 1 && !st.is(a, lexicon.FnAnd) {
			continue
		}
		if b-a == 0 && st.tok.Words[b].Break != ',' {
			continue
		}
		return mj
	}
	return -1
}

// pickRespective returns the place of places that stands where mi stands
// among counts, when the two lists are of one length.
func pickRespective(places []placeHit, counts []int, mi int) string {
	if len(places) != len(counts) {
		return ""
	}
	for i, mj := range counts {
		if mj == mi {
			return places[i].name
		}
	}
	return ""
}

// unknownPlace returns the name of a place the lexicon does not know that
// a place preposition introduces next to the figure r, in its clause
// lo..hi ("in Castilla-La Mancha two bodies", "died in Chiva"): capitalized
// words after "in" (and determiners) that no entity, time or lexicon word
// covers; "" when there is none.
func (st *sentenceState) unknownPlace(lo, hi int, r [2]int) string {
	for j := lo; j <= hi; j++ {
		if !st.is(j, lexicon.FnIn) || j > r[0] && j-r[1] > scopeWindow || j < r[0] && r[0]-j > scopeWindow || j >= r[0] && j <= r[1] {
			continue
		}
		k := j + 1
		for k <= hi && st.is(k, lexicon.FnDeterminer) && !st.tok.Words[k].Cap {
			k++
		}
		end := k
		for end <= hi && end < len(st.tok.Words) && st.unknownName(end) && (end == k || st.tok.Words[end].Break == 0) {
			end++
		}
		if end == k || k == 0 || st.eventNounAt(end) {
			continue
		}
		return st.tok.WordText(k, end-1)
	}
	return ""
}

// settlementPart returns the settlement noun a figure is counted in when
// its clause opens with one that names no one place ("A single town in
// Darfur has seen 10,000 killed", "in one camp, 40 died"): a part of the
// places named, or "".
func (st *sentenceState) settlementPart(lo int, r [2]int) string {
	// "one village" reads as a figure of its own, which would close
	// the figure's clause before it: the clause here runs back to the
	// sentence's punctuation.
	for lo > 0 {
		if b := st.tok.Words[lo].Break; b == '.' || b == ';' || b == ':' {
			break
		}
		lo--
	}
	for _, h := range st.hits {
		if _, ok := h.Has(lexicon.CatSettlement); !ok || h.I < lo || h.I >= r[0] {
			continue
		}
		for j := h.I - 1; j >= lo && j >= h.I-4; j-- {
			if st.is(j, lexicon.FnIndefinite) {
				return st.tok.Norm(h.I + h.N - 1)
			}
			if j > lo && st.is(j, lexicon.FnDeterminer) && st.tok.Words[j].Break == ',' && st.unknownName(j-1) && st.appositionCloses(h.I+h.N, r[0]) {
				// "Blantyre, the country's commercial capital, recorded
				// 85 deaths": a town the lexicon does not know, told
				// as one of the story's places.
				return st.tok.Norm(j - 1)
			}
			if !st.is(j, lexicon.FnDeterminer) && st.tok.Words[j].Cap {
				break
			}
		}
	}
	return ""
}

// excludedPart is the part of a count that leaves some of what it
// counts out ("excluding the manual register").
const excludedPart = "excluding"

// excludingReach bounds the words between a figure and the word that
// leaves some of its count out.
const excludingReach = 6

// excludingAfter reports whether an excluding word follows figure mi in
// its clause (up to word hi), past a comma at most: "56.17%, excluding
// those who used the manual register".
func (st *sentenceState) excludingAfter(mi, hi int) bool {
	r := st.mtok[mi]
	for k := r[1] + 1; k <= hi && k <= r[1]+excludingReach && k < len(st.tok.Words); k++ {
		if b := st.tok.Words[k].Break; b != 0 && b != ',' || st.mentionAt(k) >= 0 {
			return false
		}
		if st.is(k, lexicon.FnExcluding) {
			return true
		}
	}
	return false
}

// capitalPlace returns the capital, a country's metonym in the lexicon,
// that "in" puts count mention mi in, within a few words after it and
// its clause: "At least 18 people died in Bangkok". It returns "" when
// there is none.
func (e *Extractor) capitalPlace(st *sentenceState, mi int) string {
	r := st.mtok[mi]
	for _, en := range st.entities {
		if !en.metonym || en.n != 1 || en.tok <= r[1]+1 || en.tok-r[1] > scopeWindow || !st.is(en.tok-1, lexicon.FnIn) ||
			e.lex.Entities[en.entity].Type != lexicon.TypeCountry || st.crossesBreak(r[1], en.tok) || st.crossesCountBetween(r[1], en.tok) {
			continue
		}
		name := st.tok.WordText(en.tok, en.tok)
		if e.parent[name] == "" {
			continue
		}
		return name
	}
	return ""
}

// openingPlace reports whether place k is the place an opening phrase
// of the sentence gives ("In neighbouring Thailand,"), closed by a comma
// before word t.
func (st *sentenceState) openingPlace(e *Extractor, k, t int) bool {
	pl := st.places[k]
	end := pl.tok + pl.n - 1
	if end+1 >= len(st.tok.Words) || st.tok.Words[end+1].Break != ',' || st.commasBetween(end+1, t) != 0 {
		return false
	}
	j := pl.tok - 1
	for j >= 0 && (st.is(j, lexicon.FnPlaceModifier) || st.is(j, lexicon.FnDeterminer)) && !st.is(j, lexicon.FnIn) {
		j--
	}
	return j >= 0 && st.is(j, lexicon.FnIn) && st.opensSentence(j)
}

// appositionCloses reports whether a comma closes an apposition between
// word k and the figure that starts at word fig, with no other comma
// between.
func (st *sentenceState) appositionCloses(k, fig int) bool {
	return k <= fig && st.tok.Words[k].Break == ',' && st.commasBetween(k, fig) == 0
}

// nextInList returns the count mention listed right after mention mi,
// joined to it by "and" ("812 people were killed and 1,449 injured"), or
// -1.
func (st *sentenceState) nextInList(mi int) int {
	r := st.mtok[mi]
	best := -1
	for mj, o := range st.mtok {
		if mj == mi || !st.isCount(mj) || o[0] <= r[1] {
			continue
		}
		if best >= 0 && o[0] >= st.mtok[best][0] {
			continue
		}
		best = mj
	}
	if best < 0 {
		return -1
	}
	o := st.mtok[best]
	if o[0]-r[1]-1 > listGap || !st.andBetween(r, o[0]) || st.distance(r[0], r[1], o[0], o[1]) >= 1<<20 {
		return -1
	}
	return best
}

// countClause returns the words the clause of count mention mi spans: up
// to the sentence-level breaks around it and, in a list of counts ("5,434
// in Turkey and 1,832 in Syria"), up to the neighbouring counts; listed
// reports that a count of the list stands before it.
func (st *sentenceState) countClause(mi int) (lo, hi int, listed bool) {
	r := st.mtok[mi]
	lo, hi = 0, len(st.tok.Words)-1
	for k := r[0]; k > 0; k-- {
		if b := st.tok.Words[k].Break; (b == '.' || b == ';' || b == ':') && !st.insideMention(k) {
			lo = k
			break
		}
	}
	for k := r[1] + 1; k < len(st.tok.Words); k++ {
		if b := st.tok.Words[k].Break; (b == '.' || b == ';' || b == ':') && !st.insideMention(k) {
			hi = k - 1
			break
		}
	}
	for mj, o := range st.mtok {
		if mj == mi || !st.isCount(mj) {
			continue
		}
		if o[0] > r[1] && o[0]-1 < hi {
			hi = o[0] - 1
		}
		if o[1] < r[0] && o[1]+1 > lo {
			lo, listed = o[1]+1, true
		}
	}
	for k := r[0] - 1; k >= lo && listed; k-- {
		if st.is(k, lexicon.FnClause) && !st.is(k, lexicon.FnRelation) && st.placeBetween(k, r[0]) {
			// "190 were killed and 37 missing, while authorities in
			// neighbouring Mozambique reported 20 deaths": a clause of
			// its own, which names its place, no list.
			lo, listed = k+1, false
		}
	}
	return lo, hi, listed
}

// measureInFigure reports whether a measure word is one of the words of
// count mention mi ("900,000 displaced").
func (st *sentenceState) measureInFigure(mi int) bool {
	r := st.mtok[mi]
	for _, h := range st.hits {
		if _, ok := h.Has(lexicon.CatMeasure); ok && h.I > r[0] && h.I <= r[1] {
			return true
		}
	}
	return false
}

// placeBetween reports whether a place, not a demonym, is named between
// words a and b.
func (st *sentenceState) placeBetween(a, b int) bool {
	for _, pl := range st.places {
		if !pl.demonym && pl.tok > a && pl.tok+pl.n <= b {
			return true
		}
	}
	return false
}

// intoPlace reports whether place k is introduced by "into" or "to",
// with place words at most between ("into neighbouring Chad").
func (st *sentenceState) intoPlace(k int) bool {
	pl := st.places[k]
	for j := pl.tok - 1; j >= 0 && j >= pl.tok-3; j-- {
		if st.is(j, lexicon.FnInto) {
			return true
		}
		if !st.is(j, lexicon.FnPlaceModifier|lexicon.FnDeterminer) {
			return false
		}
	}
	return false
}

// whereAfter reports whether ", where" (or ", with") opens the words between a place
// ending at word end and a figure at word fig, right before the figure.
func (st *sentenceState) whereAfter(end, fig int) bool {
	w := fig - 1
	// "Sindh was the worst-hit province, where 792 people were
	// killed", "..., with 280 deaths".
	return w > end && (st.tok.Is(w, "where") || st.is(w, lexicon.FnAside)) && st.tok.Words[w].Break == ','
}

// insideMention reports whether the break before word k stands inside a
// number or date ("Sept. 20", "12.5"), where it ends no clause.
func (st *sentenceState) insideMention(k int) bool {
	mi := st.mentionAt(k)
	return mi >= 0 && st.mtok[mi][0] < k
}

// placeIntroduced reports whether entity k of the sentence is introduced
// as a place by a place preposition ("in", "across") before it, after
// token after (or, when into is set, by "to" or "into": where refugees
// went), directly or through a list ("in Turkey and Syria") or a
// part ("in government-held areas of Syria", "in the rebel-held
// northwest of Syria").
func (st *sentenceState) placeIntroduced(e *Extractor, k int, after int, into bool) bool {
	pl := st.places[k]
	for j := pl.tok - 1; j > after && j >= pl.tok-6; j-- {
		if st.is(j, lexicon.FnIn) || into && st.is(j, lexicon.FnInto) {
			return true
		}
		if b := st.tok.Words[j+1].Break; b != 0 && b != ',' {
			return false
		}
		// Only the words of a place phrase may stand between: "in the
		// rebel-held northwest of Syria", "in Turkey and parts of Syria",
		// "in government-held areas of Syria".
		if !st.placeWord(e, j) {
			return false
		}
	}
	return false
}

// placeWord reports whether word j may stand inside a place phrase
// between a place preposition and a place: a determiner, "and", "of",
// another place, a scope word or a noun of the lexicon's territories
// ("areas", "parts", "provinces").
func (st *sentenceState) placeWord(e *Extractor, j int) bool {
	if st.is(j, lexicon.FnAnd|lexicon.FnOf|lexicon.FnDeterminer|lexicon.FnPlaceModifier) || st.placeCovering(j) >= 0 || st.territoryNoun(j) {
		return true
	}
	for _, h := range st.hits {
		if j < h.I || j >= h.I+h.N {
			continue
		}
		if _, ok := h.Has(lexicon.CatScopePart); ok {
			return true
		}
		if _, ok := h.Has(lexicon.CatTerritory); ok {
			return true
		}
		if _, ok := h.Has(lexicon.CatSettlement); ok {
			// "in the eastern Libyan city of Derna"
			return true
		}
	}
	return false
}

// demonymBeforeToll reports whether a demonym that ends before word next
// stands right before a toll word ("the Syrian death toll", "Turkish
// casualties").
func (st *sentenceState) demonymBeforeToll(e *Extractor, next int) bool {
	for _, h := range st.hits {
		if h.I != next && h.I != next+1 {
			continue
		}
		if m, ok := h.Has(lexicon.CatMeasure); ok && e.measureKind[m.ID].Info().Running {
			return true
		}
	}
	return false
}

// bothPlaces reports whether the clause counts in all the story's places
// together: "in the two countries", "in both nations".
func (st *sentenceState) bothPlaces(e *Extractor, lo, hi int) bool {
	for _, h := range st.hits {
		if h.I < lo || h.I > hi {
			continue
		}
		if _, ok := h.Has(lexicon.CatAllPlaces); ok {
			return true
		}
	}
	return false
}

// manyParts reports whether the figure at words r is counted in several
// parts of a country its clause does not name: "across multiple states",
// "in seven states", "in several provinces".
func (st *sentenceState) manyParts(r [2]int) bool {
	// The number of parts is a figure of its own, which ends the count's
	// clause: read on to the sentence's next break.
	hi := len(st.tok.Words) - 1
	for k := r[1] + 1; k < len(st.tok.Words); k++ {
		if b := st.tok.Words[k].Break; b != 0 && b != ',' && !st.insideMention(k) {
			hi = k - 1
			break
		}
	}
	for k := r[1] + 1; k+2 <= hi && k <= r[1]+scopeWindow; k++ {
		if !st.is(k, lexicon.FnIn) {
			continue
		}
		j := k + 1
		if !st.is(j, lexicon.FnPlural|lexicon.FnMany) && st.mentionAt(j) < 0 {
			continue
		}
		if mj := st.mentionAt(j); mj >= 0 {
			// "seven states": the noun may be the figure's own.
			if e := st.mtok[mj][1]; st.territoryNoun(e) && isPlural(st.tok.Norm(e)) {
				return true
			}
			j = st.mtok[mj][1]
		}
		if n := j + 1; n <= hi && st.territoryNoun(n) && isPlural(st.tok.Norm(n)) {
			return true
		}
	}
	return false
}

// scopePart returns the part of a place the clause of figure r counts,
// from the lexicon's scope words ("government-held", "rebel-held"): a
// scope word introduced as a place ("in government-held areas", "in the
// rebel-held northwest") or right before a place of the scope ("in
// opposition-held Idlib"), or "".
func (st *sentenceState) scopePart(e *Extractor, lo, hi int, r [2]int) string {
	var parts []string
	for _, h := range st.hits {
		if h.I < lo || h.I > hi {
			continue
		}
		en, ok := h.Has(lexicon.CatScopePart)
		if !ok {
			continue
		}
		// A bare word follows its figure's verb ("fled abroad") or the
		// noun of what the figure counts ("the turnout abroad was
		// 39.5%", "citizens abroad").
		introduced := en.Bare && (h.I > r[1] && !st.crossesCountBetween(r[1], h.I) && st.commasBetween(r[1], h.I) == 0 || h.I < r[0] && st.countNounEnds(h.I-1))
		for j := h.I - 1; j >= lo && j >= h.I-4 && !introduced; j-- {
			// "in the rebel-held northwest", "fled to neighbouring
			// countries".
			if st.is(j, lexicon.FnIn|lexicon.FnInto) {
				introduced = true
				break
			}
		}
		if !introduced {
			continue
		}
		p := e.lex.Scopes[en.ID].Name
		if !slices.Contains(parts, p) {
			parts = append(parts, p)
		}
	}
	slices.Sort(parts)
	return strings.Join(parts, " ")
}

// territoryAntecedent returns the place a territory noun in words
// lo..hi stands for ("for the county", "in the province": "in" or "for",
// a determiner, up to two words, a singular noun of the lexicon's
// territories) when the sentence names a place before it that is no
// country; "" when there is none.
func (st *sentenceState) territoryAntecedent(e *Extractor, lo, hi int) string {
	for k := lo; k <= hi && k+2 < len(st.tok.Words); k++ {
		if !st.is(k, lexicon.FnIn|lexicon.FnFor) || !st.is(k+1, lexicon.FnDeterminer) {
			continue
		}
		for j := k + 2; j < len(st.tok.Words) && j <= k+4 && st.tok.Words[j].Break == 0; j++ {
			if !st.territoryNoun(j) {
				continue
			}
			if isPlural(st.tok.Norm(j)) {
				return ""
			}
			for i := len(st.places) - 1; i >= 0; i-- {
				pl := st.places[i]
				if pl.tok+pl.n > k || pl.demonym {
					continue
				}
				if pl.entity >= 0 && e.lex.Entities[pl.entity].Type == lexicon.TypeCountry {
					return ""
				}
				return pl.name
			}
			return ""
		}
	}
	return ""
}

// countNounEnds reports whether a word naming what a figure counts (a
// measure, a toll or a group: "turnout", "death toll", "citizens") ends
// at word k.
func (st *sentenceState) countNounEnds(k int) bool {
	for _, h := range st.hits {
		if h.I+h.N-1 != k {
			continue
		}
		for _, c := range []lexicon.Cat{lexicon.CatMeasure, lexicon.CatToll, lexicon.CatGroup} {
			if _, ok := h.Has(c); ok {
				return true
			}
		}
	}
	return false
}

// dropContainers removes from places a country that another of them is
// part of: "Hatay, Turkey" is Hatay.
func (e *Extractor) dropContainers(places []string) []string {
	if len(places) < 2 {
		return places
	}
	out := places[:0]
	for _, p := range places {
		contains := false
		for _, q := range places {
			if q != p && e.partOf(q, p) {
				contains = true
				break
			}
		}
		if !contains {
			out = append(out, p)
		}
	}
	return out
}

// dropContained removes from places a place that another of them
// contains: the places of a story are the widest it names ("Turkey and
// Syria", not the province of the epicentre).
func (e *Extractor) dropContained(places []string) []string {
	if len(places) < 2 {
		return places
	}
	out := places[:0]
	for _, p := range places {
		inside := false
		for _, q := range places {
			if q != p && e.partOf(p, q) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, p)
		}
	}
	return out
}

// partOf reports whether place a is part of place b, following the
// lexicon's part_of chain.
func (e *Extractor) partOf(a, b string) bool {
	for hops, p := 0, e.parent[a]; p != "" && hops < 8; hops++ {
		if p == b {
			return true
		}
		p = e.parent[p]
	}
	return false
}

// tollPlaces returns the places a toll noun at token t counts: named in
// its phrase ("the death toll in Syria", "the toll across the two
// countries") or before it ("Syria's death toll", "the Syrian toll").
func (st *sentenceState) tollPlaces(e *Extractor, t int) []string {
	var out []string
	for k, pl := range st.places {
		end := pl.tok + pl.n - 1
		switch {
		case pl.tok > t && pl.tok-t <= 4 && !pl.demonym && st.placeIntroduced(e, k, t, false):
		case end < t && t-end <= 2 && (st.tok.Words[end].Possessive || pl.demonym):
		case end < t && t-end <= 3 && !pl.demonym && st.openingPlace(e, k, t):
			// "In neighbouring Thailand, the death toll from the quake
			// has risen to 24": the place the sentence opens with.
		default:
			continue
		}
		if !slices.Contains(out, pl.name) {
			out = append(out, pl.name)
		}
	}
	return out
}

// placeWords reports whether words a..b may all stand inside a place
// phrase (placeWord), with no sentence-level break.
func (st *sentenceState) placeWords(e *Extractor, a, b int) bool {
	for j := a; j <= b; j++ {
		if !st.placeWord(e, j) {
			return false
		}
	}
	for j := a; j <= b+1 && j < len(st.tok.Words); j++ {
		if br := st.tok.Words[j].Break; br != 0 && br != ',' {
			return false
		}
	}
	return true
}

// eventBetween reports whether an event noun stands between words a and
// b: a place after it is the event's ("fled the violence in Myanmar",
// "died in the war in Syria"), not the count's.
func (st *sentenceState) eventBetween(a, b int) bool {
	for _, ev := range st.events {
		if end := ev.tok + ev.n; ev.tok > a && ev.tok < b && !(end < len(st.tok.Words) && st.tok.Words[end].Joined) {
			// Not an event noun inside a compound ("44,218
			// earthquake-related deaths in Turkey").
			return true
		}
	}
	return false
}

// prevInList returns the count mention listed right before mention mi,
// joined to it by "and" ("killed 1,498 people in Turkey and injured
// 7,600 others"), or -1.
func (st *sentenceState) prevInList(mi int) int {
	r := st.mtok[mi]
	best := -1
	for mj, o := range st.mtok {
		if mj == mi || !st.isCount(mj) || o[1] >= r[0] {
			continue
		}
		if best >= 0 && o[1] <= st.mtok[best][1] {
			continue
		}
		best = mj
	}
	if best < 0 {
		return -1
	}
	o := st.mtok[best]
	// "300 people, with some 900 injured": an aside that adds a count
	// to the one before lists it too.
	joined := st.andBetween(r, o[1]) || st.is(r[0]-1, lexicon.FnAside) ||
		// "190 people were killed, while 584 were left injured": one
		// report's counts, unless the clause names a place of its own.
		st.newClauseBetween(o[1], r[0]) && !st.placeBetween(o[1], r[0])
	if r[0]-o[1]-1 > 2*listGap || !joined || st.distance(o[0], o[1], r[0], r[1]) >= 1<<20 {
		return -1
	}
	return best
}

// heldPart reports whether a scope part is a part of a country that one
// side holds ("government-held", "opposition-held"), not a settlement.
func (e *Extractor) heldPart(part string) bool {
	for i := range e.lex.Scopes {
		if e.lex.Scopes[i].Name == part {
			return true
		}
	}
	return false
}

// speechBetween reports whether a speech clause stands between words a
// and b: a comma after a, then a speech verb or phrase ("..., a
// spokesman told reporters in New York"), not a passive of the count
// ("had been reported in three provinces").
func (st *sentenceState) speechBetween(a, b int) bool {
	comma := -1
	for k := a + 1; k < b && comma < 0; k++ {
		if st.tok.Words[k].Break == ',' {
			comma = k
		}
	}
	if comma < 0 {
		return false
	}
	for _, h := range st.hits {
		if h.I >= comma && h.I < b {
			if _, ok := h.Has(lexicon.CatSpeech); ok {
				return true
			}
		}
	}
	return false
}

// outbreakPlace reports whether place k is where an event began: a start
// word right before its place preposition ("since violence broke out in
// Rakhine state", "the war that began in the capital"), which tells the
// event's place, not where a count was counted.
func (st *sentenceState) outbreakPlace(k int) bool {
	pl := st.places[k]
	for j := pl.tok - 1; j >= 1 && j >= pl.tok-4; j-- {
		if !st.is(j, lexicon.FnIn) {
			continue
		}
		p := j - 1
		if st.is(p, lexicon.FnParticle) {
			p-- // "broke out in"
		}
		return st.startWord(p)
	}
	return false
}

// comparisonWindow reports whether the period word at k follows an event
// noun a superlative names ("the deadliest earthquake in a century", "the
// worst floods in 50 years"): the span of the comparison, not a period
// counted over nor how long the event lasted.
func (st *sentenceState) comparisonWindow(k int) bool {
	for i := range st.events {
		ev := &st.events[i]
		end := ev.tok + ev.n
		if end > k || k-end > comparisonReach {
			continue
		}
		// "the strongest hurricane to hit Puerto Rico in nearly a
		// century": the words between stay in the noun's clause.
		joined := true
		for j := end; j <= k; j++ {
			if st.tok.Words[j].Break != 0 {
				joined = false
			}
		}
		if joined && st.superlativeBefore(ev.tok) {
			return true
		}
	}
	return false
}

// comparisonReach is how far after a superlative's event noun the span
// of its comparison may stand ("the strongest hurricane to hit the
// island in a century").
const comparisonReach = 5

// placePhraseFrom reports whether place k, d words after a figure, ends
// a place phrase that starts within scopeWindow words of the figure: "At
// least 150 people have been killed in the eastern Libyan city of Derna".
func (st *sentenceState) placePhraseFrom(e *Extractor, k, d int) bool {
	if d > scopeWindow+placePhraseLen {
		return false
	}
	pl := st.places[k]
	for j := pl.tok - 1; j >= pl.tok-placePhraseLen-2 && j > 0; j-- {
		if st.is(j, lexicon.FnIn) {
			return d-(pl.tok-j) <= scopeWindow
		}
		if !st.placeWord(e, j) {
			return false
		}
	}
	return false
}

// placePhraseLen is how many words a place phrase may hold between its
// preposition and its place ("in the eastern Libyan city of Derna").
const placePhraseLen = 5

// wholeCountry reports whether the clause lo..hi counts in the whole
// country its report is about: "across the country", "throughout the
// nation", "nationwide".
func (st *sentenceState) wholeCountry(lo, hi int) bool {
	for k := lo; k <= hi; k++ {
		if st.is(k, lexicon.FnNationwide) || k >= 2 && st.is(k, lexicon.FnNation) && st.is(k-1, lexicon.FnDeterminer) && st.is(k-2, lexicon.FnIn) {
			return true
		}
	}
	return false
}

// sincePeriod returns the counting period that a "since" day the clause
// lo..hi gives (and no event took) opens, when it opens well before the
// sudden event ev (or, when nothing dates ev, well before the report):
// its days, up to the report; "" otherwise.
func (st *sentenceState) sincePeriod(mi, lo, hi int, ev *Event) string {
	if st.pub.Year == 0 {
		return ""
	}
	for mj, m := range st.mentions {
		o := st.mtok[mj]
		if m.Kind != norm.TimeKind || !m.Time.Since || !m.Time.Anchored || m.Time.Start.Day == 0 || o[0] < lo || o[1] > hi ||
			mj < len(st.used) && st.used[mj] || st.superlativeBefore(o[0]) {
			// Not "the deadliest since 1999": a comparison.
			continue
		}
		ref := st.pub
		if t := ev.Time; t != nil && t.Anchored && t.Start.Day != 0 {
			ref = t.Start
		}
		if daysBetween(m.Time.Start, ref) <= periodSlack {
			return "" // since the event itself: all of its count
		}
		return m.Time.Start.String() + "/" + st.pub.String()
	}
	return ""
}

// placeThere returns the place a place anaphor a few words after the
// figure r points back to ("killing at least 225 people there"): the last
// place, not a demonym, named before the figure in the sentence; "" when
// there is no anaphor or no place.
func (st *sentenceState) placeThere(r [2]int) string {
	found := false
	for k := r[1] + 1; k < len(st.tok.Words) && k <= r[1]+3; k++ {
		if st.tok.Words[k].Break != 0 {
			break
		}
		if st.is(k, lexicon.FnPlaceAnaphor) {
			found = true
			break
		}
	}
	if !found {
		return ""
	}
	name := ""
	for _, pl := range st.places {
		if !pl.demonym && pl.tok+pl.n <= r[0] {
			name = pl.name
		}
	}
	return name
}

// newClauseBetween reports whether a clause word that opens a clause of
// its own ("while", "whereas"), not a relation ("after", "before"),
// stands between words a and b: "584 injured, while authorities in
// Mozambique": Mozambique is the other clause's.
func (st *sentenceState) newClauseBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if st.is(k, lexicon.FnClause) && !st.is(k, lexicon.FnRelation|lexicon.FnRelative) && !st.tok.Is(k, "where") {
			return true
		}
	}
	return false
}
