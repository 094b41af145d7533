package compare

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/norm"
)

// Blocking and grouping: which claims may speak of the same fact (a
// block), and which of those speak of the same event (a group).

// blockKey is what two claims must share to be about the same fact: kind,
// measure, who is counted and whose, and the event's type. Claims with no
// event type for a kind that needs one get a key of their own.
func blockKey(c *claims.Claim) string {
	ev := c.Event.Type
	if c.Event.Plural {
		ev += "*n"
	}
	if ev == "" && !c.Kind.Info().Standing {
		// No event: nothing tells which fact it is, so it is compared
		// with nothing.
		return fmt.Sprintf("alone|%s|%d|%d", c.Doc, c.Start, c.QuoteStart)
	}
	if c.Control != nil {
		// A change of control is one fact per territory and side that
		// lost it, whatever words tell it; the side that gained it
		// tells changes apart only when the loser is not named.
		to := ""
		if c.Control.From == "" {
			to = c.Control.To
		}
		return strings.Join([]string{c.Kind.String(), c.Control.Territory, c.Control.From, to}, "|")
	}
	return strings.Join([]string{c.Kind.String(), c.Measure, c.Subject.Group, c.Subject.Side, ev}, "|")
}

// span is the time an event took place, in days, for grouping.
type span struct{ lo, hi int }

// eventSpan returns the days of a claim's event, and false when the event
// has no anchored time. An open-ended time ("since 1991") counts as its
// first year only: it names when the event began. The date of an event
// that does not recur counts as its whole years, so that two dates in one
// year are compared as dates of one event.
func eventSpan(c *claims.Claim) (span, bool) {
	t := c.Event.Time
	if t == nil || !t.Anchored || t.Start.IsZero() || t.Start.Year == 0 {
		return span{}, false
	}
	start, end := t.Start, t.End
	if t.Since || end.IsZero() {
		end = norm.Date{Year: t.Start.Year, Month: 12, Day: 31}
	}
	if c.Kind.Info().Value == claims.DateValue && !c.Event.Recurring && end.Year != 0 {
		// A war or an earthquake is one event a year: "the fall of
		// 2020" and "the spring of 2020" date the same war differently,
		// a date_mismatch, not two wars.
		start = norm.Date{Year: start.Year, Month: 1, Day: 1}
		end = norm.Date{Year: end.Year, Month: 12, Day: 31}
	}
	return span{dayNumber(start), dayNumber(end)}, true
}

// dayNumber counts days from year 0 well enough to order and overlap dates.
func dayNumber(d norm.Date) int {
	m, day := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return d.Year*372 + (m-1)*31 + day - 1
}

// groupByEvent splits a block into groups of claims about one event: the
// claims whose event times overlap, transitively. Claims whose event has
// no time are grouped together only when their event is not recurring and
// they name the same place and side, and at least one of them; otherwise
// each stands alone. For a date claim
// the event's time is the claim's value, so dates of recurring events
// (meetings) that do not overlap are different meetings.
func groupByEvent(cs []*claims.Claim, idx []int) [][]int {
	type item struct {
		i int
		s span
	}
	var timed []item
	var groups [][]int
	timeless := map[string][]int{}
	var tkeys []string
	for _, i := range idx {
		c := cs[i]
		if s, ok := eventSpan(c); ok {
			timed = append(timed, item{i, s})
			continue
		}
		// An undated event is told apart from others of its type only
		// by its place or the side it counts: "the earthquake killed 50"
		// and "the earthquake killed 5,000" may be two earthquakes, but
		// "32 Armenian prisoners" of "the exchange" are one exchange's.
		// A standing state (troops) is told apart by whose it is and
		// where.
		info := c.Kind.Info()
		if info.UndatedAlone || c.Event.Recurring ||
			!info.Standing && (c.Event.Type == "" || c.Subject.Place == "" && c.Subject.Side == "") {
			groups = append(groups, []int{i})
			continue
		}
		k := c.Subject.Place
		if _, ok := timeless[k]; !ok {
			tkeys = append(tkeys, k)
		}
		timeless[k] = append(timeless[k], i)
	}
	slices.SortStableFunc(timed, func(a, b item) int { return cmp.Or(cmp.Compare(a.s.lo, b.s.lo), cmp.Compare(a.s.hi, b.s.hi)) })
	var clusters [][]int
	for j := 0; j < len(timed); {
		g := []int{timed[j].i}
		hi := timed[j].s.hi
		k := j + 1
		for ; k < len(timed) && timed[k].s.lo <= hi; k++ {
			g = append(g, timed[k].i)
			hi = max(hi, timed[k].s.hi)
		}
		clusters = append(clusters, g)
		j = k
	}
	// Undated claims are never merged into a dated event: "the war killed
	// 30,000" may speak of another war than the one dated 2020.
	for _, k := range tkeys {
		groups = append(groups, timeless[k])
	}
	for _, g := range clusters {
		slices.Sort(g)
		groups = append(groups, g)
	}
	slices.SortFunc(groups, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	return groups
}
