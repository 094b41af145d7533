package claims

import (
	"time"

	"github.com/claimcheck/claimcheck/claims/lexicon"
	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/claimcheck/claimcheck/claims/norm"
)

// Counting dates: when a running count was counted. "On Friday, the death
// toll reached 18,342", "as of February 13", "rose to 34 on Tuesday
// night": a day the sentence gives that is not its event's, else the
// publication of the document. It is kept apart from the event's time.

// countedOf returns when the count of mention mi was counted, or nil when
// neither the sentence nor the document tells.
func (e *Extractor) countedOf(st *sentenceState, mi int, d *load.Document, toll bool) *CountTime {
	earlier := st.earlierCount(mi) || e.earlierToll(st, mi)
	running := toll || st.runningCount(mi)
	rose := !earlier && st.roseTo(mi)
	if mj := st.countingDay(mi); mj >= 0 {
		ct := &CountTime{Time: st.mentions[mj].Time, From: "text", Earlier: earlier, Running: running, Rose: rose}
		y, m, day := d.PublishedTime.Date()
		if t := ct.Time; d.PublishedClock && t.Anchored && t.Start == (norm.Date{Year: y, Month: int(m), Day: day}) && (t.End.IsZero() || t.End == t.Start) {
			// "rose to 71 by Tuesday evening" in a report of Tuesday
			// 18:00: the report's moment orders it among that day's.
			ct.At = d.PublishedTime.Format(time.RFC3339)
		}
		return ct
	}
	if !d.PublishedTime.IsZero() && !earlier {
		// A report of December 2023 counted in that month.
		pub, end := calendarDate(d.PublishedTime), publicationDate(d.PublishedTime, d.PublishedMonth)
		ct := &CountTime{Time: norm.Time{Start: pub, End: end, Anchored: true}, From: "published", Running: running, Rose: rose}
		if d.PublishedClock {
			// A time of day: same-day reports can be ordered.
			ct.At = d.PublishedTime.Format(time.RFC3339)
		}
		return ct
	}
	if earlier || running {
		// No day, but the text says how the count stands in its series.
		return &CountTime{From: "text", Earlier: earlier, Running: running, Rose: rose}
	}
	return nil
}

// countingDay returns the time mention of the sentence that dates the
// count of mention mi: a single day (or a weekday) in the figure's clause
// that no event took as its own time, the nearest to the figure; -1 if
// none.
func (st *sentenceState) countingDay(mi int) int {
	lo, hi, _ := st.countClause(mi)
	r := st.mtok[mi]
	best, bestD := -1, 1<<30
	for mj, m := range st.mentions {
		if m.Kind != norm.TimeKind || mj < len(st.used) && st.used[mj] || !isDay(&m.Time) || st.coveredByEntity(st.mtok[mj][0]) {
			continue
		}
		o := st.mtok[mj]
		if st.afterRelation(o[0]) {
			// "placed the toll at 64 after Maria roared through the
			// island Sept. 20": the day of what came before.
			continue
		}
		if o[1] < r[0] && st.sinceBetween(max(lo, o[0]-sinceReach), o[0]) {
			// "Since the start of the offensive 45 days ago, the toll
			// has risen to 13,000": when the count began, not the day
			// it was counted.
			continue
		}
		if o[0] > r[1] && st.roleBetween(r, o[0], lexicon.FnRelative) {
			// "72 people have died in severe weather that struck the
			// region on Tuesday night": the day of what the clause
			// tells, not of the count.
			continue
		}
		// The clause of the count, or the words that open the sentence
		// before it ("On Friday, the death toll ... reached").
		if o[1] < lo && o[0] != 0 && !(o[0] <= 1 && lo <= o[1]+3) || o[0] > hi {
			continue
		}
		d := st.distance(r[0], r[1], o[0], o[1])
		if d >= 1<<20 {
			continue
		}
		if d < bestD {
			best, bestD = mj, d
		}
	}
	return best
}

// roseTo reports whether the figure of mention mi is told as what the
// count rose to: a level phrase with a verb of rising ends right before
// it, or right before its qualifier ("has climbed to 52", "rose to more
// than 1,200", "jumped to 40").
func (st *sentenceState) roseTo(mi int) bool {
	r := st.mtok[mi]
	for _, h := range st.hits {
		if _, ok := h.Has(lexicon.CatLevel); !ok || !(h.I+h.N == r[0] || h.N > 1 && h.I+h.N-1 == r[0]) {
			continue
		}
		for k := h.I; k < h.I+h.N; k++ {
			if st.is(k, lexicon.FnRise) {
				return true
			}
		}
	}
	return false
}

// sinceDay returns the day "since" which the count of mention mi runs,
// told before the figure in its clause ("who have fled since Aug. 25 has
// risen to 618,000"), as a time since then; nil if none.
func (st *sentenceState) sinceDay(mi int) *norm.Time {
	lo, _, _ := st.countClause(mi)
	r := st.mtok[mi]
	for mj, m := range st.mentions {
		o := st.mtok[mj]
		if m.Kind != norm.TimeKind || o[1] >= r[0] || o[0] < lo || mj < len(st.used) && st.used[mj] || !m.Time.Anchored || m.Time.Start.Day == 0 {
			continue
		}
		if m.Time.Since || st.sinceBetween(max(lo, o[0]-sinceReach), o[0]) {
			t := m.Time
			t.Since, t.End = true, norm.Date{}
			return &t
		}
	}
	return nil
}

// sinceReach is how many words before a day its "since" may stand.
const sinceReach = 10

// isDay reports whether a time is a single day: an anchored date, an
// unanchored weekday, or a relative day ("yesterday").
func isDay(t *norm.Time) bool {
	if t.Since {
		return false
	}
	if t.Weekday != "" {
		return true
	}
	return t.Start.Day != 0 && t.Start == t.End
}

// earlierCount reports whether the text gives the count of mention mi as
// an earlier one: an "earlier" word opening its clause or the sentence
// ("Earlier, the minister said", "initially", "the previous toll"), or
// "up from" right before the figure.
func (st *sentenceState) earlierCount(mi int) bool {
	r := st.mtok[mi]
	lo, _, _ := st.countClause(mi)
	for k := max(lo, r[0]-measureWindow); k < r[0]; k++ {
		if st.is(k, lexicon.FnEarlier) {
			return true
		}
	}
	if st.is(0, lexicon.FnEarlier) && !st.figureBetween(0, r[0]) {
		// "Earlier Wednesday, the mayor had put the death toll at six":
		// the sentence's first count.
		return true
	}
	for k := 0; k < r[0]; k++ {
		if st.is(k, lexicon.FnEarlier) && !st.figureBetween(k, r[0]) && st.speechWithin(k+1, earlierSpeech) {
			// "A relief official had earlier on Wednesday said that 150
			// people had died": what a source said before.
			return true
		}
	}
	return r[0] >= 2 && st.tok.Is(r[0]-2, "up") && st.is(r[0]-1, lexicon.FnFrom)
}

// earlierToll reports whether the toll a level verb ties the figure of
// mention mi to is told as an earlier one ("The previous death toll, as
// the city's health authorities estimated it, was 5,500").
func (e *Extractor) earlierToll(st *sentenceState, mi int) bool {
	_, tt, ok := e.tollOf(st, mi)
	if !ok {
		return false
	}
	for k := tt - 1; k >= 0 && k >= tt-3; k-- {
		if st.is(k, lexicon.FnEarlier) {
			return true
		}
		if !st.is(k, lexicon.FnDeterminer) && !st.tollCovers(k) {
			return false
		}
	}
	return false
}

// speechWithin reports whether a speech verb starts within n words from
// word k on, in its clause.
func (st *sentenceState) speechWithin(k, n int) bool {
	for j := k; j < len(st.tok.Words) && j < k+n; j++ {
		if j > k && st.tok.Words[j].Break != 0 {
			return false
		}
		if st.startsAt(j, lexicon.CatSpeech) {
			return true
		}
	}
	return false
}

// earlierSpeech is how many words after "earlier" its speech verb may
// stand ("had earlier on Monday said").
const earlierSpeech = 4

// afterRelation reports whether a relation word ("after", "since",
// "before") opens the phrase of the time at token t, a few words before
// it: the time dates what the count follows, not the count.
func (st *sentenceState) afterRelation(t int) bool {
	for k := t - 1; k >= 0 && k >= t-6; k-- {
		if st.is(k, lexicon.FnRelation|lexicon.FnStart) {
			// "after Maria roared through Sept. 20", "the clashes, that
			// began on May 15": the day of the event, not of the count.
			return true
		}
		if b := st.tok.Words[k+1].Break; b != 0 {
			return false
		}
	}
	return false
}

// runningCount reports whether the clause of the count of mention mi
// reports it as still being counted: a running word of the lexicon in
// the clause ("has killed", "so far", "the latest toll").
func (st *sentenceState) runningCount(mi int) bool {
	lo, hi, _ := st.countClause(mi)
	r := st.mtok[mi]
	for _, h := range st.hits {
		if _, ok := h.Has(lexicon.CatRunning); ok && h.I >= lo && h.I <= hi && st.distance(r[0], r[1], h.I, h.I) <= measureWindow {
			return true
		}
	}
	return false
}
