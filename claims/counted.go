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
func (e *Extractor) countedOf(st *sentenceState, mi int, d *load.Document) *CountTime {
	earlier := st.earlierCount(mi)
	if mj := st.countingDay(mi); mj >= 0 {
		return &CountTime{Time: st.mentions[mj].Time, From: "text", Earlier: earlier}
	}
	if earlier {
		return &CountTime{From: "text", Earlier: true}
	}
	if d.PublishedTime.IsZero() {
		return nil
	}
	y, m, day := d.PublishedTime.Date()
	pub := norm.Date{Year: y, Month: int(m), Day: day}
	ct := &CountTime{Time: norm.Time{Start: pub, End: pub, Anchored: true}, From: "published"}
	if t := d.PublishedTime; t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0 {
		// A time of day: same-day reports can be ordered.
		ct.At = t.Format(time.RFC3339)
	}
	return ct
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
		if m.Kind != norm.TimeKind || mj < len(st.used) && st.used[mj] || !isDay(&m.Time) {
			continue
		}
		o := st.mtok[mj]
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
	return r[0] >= 2 && st.tok.Is(r[0]-2, "up") && st.is(r[0]-1, lexicon.FnFrom)
}
