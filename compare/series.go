package compare

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/norm"
)

// Series: the claims of one running count (a death toll, the displaced)
// ordered by the day they were counted. A later, higher figure is an
// update; figures of one day that cannot both be true, or a later figure
// lower than an earlier one, are flagged, the pair alone and not the whole
// series. Figures whose day is not known cannot be ordered: when both are
// reported as counts in progress ("has killed", "so far", "rose to"), a
// later count is far likelier than a contradiction, and they are read as
// an update, with less confidence; figures told as settled ("the war
// killed 6,500") that differ are flagged.

// counted is a claim's counting day, as day numbers, and its moment when
// a time of day is known.
type counted struct {
	lo, hi int
	at     string
	ok     bool
}

func countedOf(c *claims.Claim) counted {
	ct := c.Counted
	if ct == nil {
		// A claim without a counting day (one written by hand): its
		// publication date, when known.
		if d, ok := publishedDay(c); ok {
			return counted{lo: dayNumber(d), hi: dayNumber(d), ok: true}
		}
		return counted{}
	}
	if !ct.Time.Anchored || ct.Time.Start.Year == 0 || ct.Time.Start.IsZero() {
		return counted{}
	}
	end := ct.Time.End
	if end.IsZero() {
		end = ct.Time.Start
	}
	return counted{lo: dayNumber(ct.Time.Start), hi: dayNumber(end), at: ct.At, ok: true}
}

// order reports how two counting days stand: -1 when a was counted
// before b, 1 after, 0 when on one day (or either is unknown: ok false).
func (a counted) order(b counted) (int, bool) {
	if !a.ok || !b.ok {
		return 0, false
	}
	switch {
	case a.hi < b.lo:
		return -1, true
	case b.hi < a.lo:
		return 1, true
	case a.at != "" && b.at != "" && a.at != b.at:
		return cmp.Compare(a.at, b.at), true
	}
	return 0, true
}

// series is what the counting days make of a group whose figures differ.
type series struct {
	// order is the claims in counting order, the undated last.
	order []int
	// conflicts are the claims of the pairs that cannot both be true:
	// incompatible figures of one day, a later figure lower than an
	// earlier one, or figures whose order is unknown.
	conflicts []int
	// rises reports whether some later figure is higher than an earlier
	// one: the count was updated; unordered that some differing figures
	// could not be ordered by their counting days.
	rises, unordered bool
}

// seriesOf orders the claims of a running count and finds its conflicts,
// judging each pair of distinct values of different documents once.
func seriesOf(g []claims.Claim, values []distinct) series {
	var s series
	days := make([]counted, len(g))
	for i := range g {
		days[i] = countedOf(&g[i])
		s.order = append(s.order, i)
	}
	slices.SortStableFunc(s.order, func(a, b int) int {
		da, db := days[a], days[b]
		switch {
		case da.ok != db.ok:
			if da.ok {
				return -1
			}
			return 1
		case !da.ok:
			return 0
		}
		return cmp.Or(cmp.Compare(da.lo, db.lo), cmp.Compare(da.at, db.at))
	})
	struck := suddenDay(g)
	in := make([]bool, len(g))
	// The claims of a value fall into classes that a pair's judgment
	// cannot tell apart (one counting day, the same flags): pairs of
	// classes are judged, not pairs of claims, so that a count thousands
	// of reports repeat costs what its distinct days cost.
	classes := make([][]class, len(values))
	for v := range values {
		classes[v] = classesOf(g, values[v].members, days)
	}
	for v := range values {
		for w := v + 1; w < len(values); w++ {
			if compatible(&g[values[v].claim], &g[values[w].claim]) {
				continue
			}
			for a := range classes[v] {
				for b := range classes[w] {
					ca, cb := &classes[v][a], &classes[w][b]
					if !ca.otherDoc(cb) {
						continue // one document disagreeing with itself
					}
					i, j := ca.members[0], cb.members[0]
					o, known := days[i].order(days[j])
					earlier, later := i, j
					if o > 0 {
						earlier, later = j, i
					}
					switch {
					case ca.earlier || cb.earlier:
						// A figure the text gives as an earlier or a
						// preliminary count ("up from 40", "after 22% of
						// the ballots were processed"): history the
						// report tells itself, neither a conflict nor an
						// update between sources.
					case vague(&g[i]) || vague(&g[j]):
						// "Dozens killed" in the first hours: no conflict,
						// and no update unless it was counted before.
						if known && o != 0 && figure(g[later].Value.Quantity) > figure(g[earlier].Value.Quantity) {
							s.rises = true
						}
					case known && o != 0 && figure(g[later].Value.Quantity) > figure(g[earlier].Value.Quantity):
						s.rises = true
					case known && o != 0 && falls(&g[i]) && falls(&g[j]):
						// The missing are found, alive or dead: a later
						// count of them, lower or higher, is a later
						// count.
						s.rises = true
					case known && o != 0 && g[i].Kind.Info().Value == claims.ShareValue:
						// A share moves either way as the ballots are
						// counted: a later one is a later count.
						s.rises = true
					case known && o == 0 && g[i].Kind.Info().Value == claims.ShareValue && (countingNight(&g[i], days[i]) || countingNight(&g[j], days[j])):
						// Shares counted on the day of the vote, whose
						// order their times do not tell: the count moved
						// between them, in an order unknown; an update,
						// unsure. Shares of the days after are results.
						s.rises, s.unordered = true, true
					case !known && ca.running && cb.running:
						// Both reported as counts in progress, in an
						// order unknown: an update, unsure.
						s.rises, s.unordered = true, true
					case known && o == 0 && (days[i].at == "" || days[j].at == "") && struck >= 0 && firstHours(struck, days[i]) && firstHours(struck, days[j]):
						// Tolls of a quake or a storm counted on its day
						// or the next, which rise by the hour: reports
						// of one day with no time of day give two
						// moments of the count, in an order unknown.
						s.rises, s.unordered = true, true
					default:
						ca.mark(g, cb, in)
						cb.mark(g, ca, in)
					}
				}
			}
		}
	}
	for i, c := range in {
		if c {
			s.conflicts = append(s.conflicts, i)
		}
	}
	return s
}

// roseSeries returns the counting order of a group of compatible figures
// of a running count when a report tells the count rose to a figure
// higher than another document's of an earlier counting day ("at least
// 40" on Friday, "has climbed to 52" on Saturday): the count was
// updated, though the figures do not conflict. ok is false otherwise.
func roseSeries(g []claims.Claim) (order []int, ok bool) {
	days := make([]counted, len(g))
	for i := range g {
		days[i] = countedOf(&g[i])
	}
	for j := range g {
		if g[j].Counted == nil || !g[j].Counted.Rose || g[j].Value.Quantity == nil {
			continue
		}
		for i := range g {
			if g[i].Doc == g[j].Doc || g[i].Value.Quantity == nil || g[i].Counted != nil && g[i].Counted.Earlier {
				continue
			}
			if o, known := days[i].order(days[j]); known && o < 0 && figure(g[j].Value.Quantity) > figure(g[i].Value.Quantity) {
				ok = true
			}
		}
	}
	if !ok {
		return nil, false
	}
	return seriesOf(g, nil).order, true
}

// class is claims of one value that a series cannot tell apart: one
// counting day, told alike as running or earlier.
type class struct {
	members          []int
	running, earlier bool
	// doc is the document of the first member, and docs2 whether
	// another member is of another document.
	doc   string
	docs2 bool
}

// classesOf splits the members of a value into classes.
func classesOf(g []claims.Claim, members []int, days []counted) []class {
	type key struct {
		day              counted
		running, earlier bool
	}
	at := map[key]int{}
	var out []class
	for _, i := range members {
		c := &g[i]
		k := key{days[i], running(c), c.Counted != nil && c.Counted.Earlier}
		n, ok := at[k]
		if !ok {
			n = len(out)
			at[k] = n
			out = append(out, class{running: k.running, earlier: k.earlier, doc: c.Doc})
		}
		cl := &out[n]
		cl.members = append(cl.members, i)
		cl.docs2 = cl.docs2 || c.Doc != cl.doc
	}
	return out
}

// otherDoc reports whether a claim of a and a claim of b are of two
// different documents.
func (a *class) otherDoc(b *class) bool {
	return a.docs2 || b.docs2 || a.doc != b.doc
}

// mark records as conflicting the claims of a that a claim of b of
// another document conflicts with.
func (a *class) mark(g []claims.Claim, b *class, in []bool) {
	for _, i := range a.members {
		if b.docs2 || g[i].Doc != b.doc {
			in[i] = true
		}
	}
}

// judgeSeries gives the findings of a running count whose figures
// differ: an update of the whole series when later figures rise, a
// mismatch of the claims that conflict, and an agreement of each set of
// compatible claims from two documents or more.
func judgeSeries(g []claims.Claim, sides [][]int, values []distinct) []Finding {
	s := seriesOf(g, values)
	var out []Finding
	if s.rises {
		f := Finding{Kind: g[0].Kind, Claims: g, Fact: factName(g), Verdict: Updated, Sides: sides, Series: s.order}
		f.Confidence = confidence(g, 0.7)
		f.Summary = "updated: the count rises with the day it was counted (" + describeSeries(g, s.order) + "), as a running toll does"
		if g[0].Kind.Info().Value == claims.ShareValue {
			f.Summary = "updated: the share changes with the day it was counted (" + describeSeries(g, s.order) + "), as the count of the ballots goes on"
		}
		if s.unordered {
			f.Confidence = confidence(g, 0.5)
			f.Summary = "updated: the figures of this running count differ (" + describeSeries(g, s.order) +
				"); some reports tell no day, so the order is not certain, and a later count would explain the difference"
		}
		if len(s.conflicts) > 0 {
			f.Summary += "; some figures conflict (see the mismatch of this count)"
		}
		out = append(out, f)
	}
	if len(s.conflicts) > 0 {
		sub := make([]claims.Claim, 0, len(s.conflicts))
		for _, i := range s.conflicts {
			sub = append(sub, g[i])
		}
		f := mismatch(sub)
		if len(out) > 0 {
			f.Summary += "; the other figures of the count are a series of updates"
		}
		out = append(out, f)
	}
	covered := s.rises
	conflict := make([]bool, len(g))
	for _, i := range s.conflicts {
		conflict[i] = true
	}
	for _, side := range sides {
		docs := map[string]bool{}
		for _, i := range side {
			docs[g[i].Doc] = true
		}
		if len(docs) < 2 {
			if !covered && !slices.ContainsFunc(side, func(i int) bool { return conflict[i] }) {
				// A figure that neither updates, conflicts nor agrees
				// with another report's ("nearly 5,000" against
				// "initially around 300", an earlier count): its own
				// source's, and reported as such.
				sub := make([]claims.Claim, 0, len(side))
				for _, i := range side {
					sub = append(sub, g[i])
				}
				out = append(out, judge(sub)...)
			}
			continue
		}
		sub := make([]claims.Claim, 0, len(side))
		for _, i := range side {
			sub = append(sub, g[i])
		}
		f := Finding{Kind: sub[0].Kind, Claims: sub, Fact: factName(sub), Verdict: Agree}
		f.Confidence = confidence(sub, 0.9)
		f.Summary = fmt.Sprintf("agree: %d documents give compatible values (%s), among figures of this count that differ", len(docs), describeAll(sub))
		out = append(out, f)
	}
	return out
}

// mismatch judges a group whose figures or dates conflict.
func mismatch(g []claims.Claim) Finding {
	f := Finding{Kind: g[0].Kind, Claims: g, Fact: factName(g)}
	sides := splitSides(g, distinctValues(g))
	f.Sides = sides
	switch {
	case g[0].Value.Time != nil:
		f.Verdict = DateMismatch
	default:
		// Counts, and durations, which are counts of days.
		f.Verdict = NumberMismatch
		f.Difference = difference(g, sides)
	}
	f.Contested = contested(g, sides)
	f.Confidence = confidence(g, 0.8)
	rule := "incompatible values"
	if f.Verdict == NumberMismatch {
		rule = "incompatible figures"
		if f.Difference != nil {
			rule += fmt.Sprintf(", %s apart (%.0f%%)", formatNumber(f.Difference.Absolute), 100*f.Difference.Relative)
		}
	}
	f.Summary = fmt.Sprintf("%s: %s: %s", f.Verdict, rule, describeSides(g, sides))
	if f.Contested != "" {
		f.Summary += "; contested between " + f.Contested
	}
	return f
}

// describeSeries writes the figures of a series in counting order, each
// with its day: "1,500 (2023-02-06 a.txt) → 3,377 (2023-02-10 b.txt)".
func describeSeries(g []claims.Claim, order []int) string {
	parts := make([]string, 0, len(order))
	for _, i := range order {
		c := &g[i]
		day := "undated"
		if c.Counted != nil {
			day = describeTime(&c.Counted.Time)
		}
		parts = append(parts, fmt.Sprintf("%s (%s %s)", Describe(c.Value), day, c.Doc))
	}
	return strings.Join(parts, " → ")
}

// vague reports whether a claim's figure is vague ("dozens",
// "thousands").
func vague(c *claims.Claim) bool {
	q := c.Value.Quantity
	return q != nil && q.Qualifier == norm.Vague
}

// running reports whether a claim's count is one still being counted:
// its text says so ("has killed", "so far", "rose to"), or it counts the
// event its report is about, the news of the day: an event no year sets
// in the past, or one counted within a year of its start ("the
// earthquake of February 6, 2023" in a report of February 11). "The war
// in 2020 killed 6,500" in a report that gives no date is told as
// settled.
func running(c *claims.Claim) bool {
	if c.Counted != nil && c.Counted.Running {
		return true
	}
	if c.Event.From != "story" {
		return false
	}
	t := c.Event.Time
	if t == nil || !t.Anchored || t.Start.Year == 0 {
		return true
	}
	ct := countedOf(c)
	start := dayNumber(t.Start)
	return ct.ok && ct.lo >= start && ct.lo-start <= 372
}

// countingNight reports whether claim c was counted on the day its vote
// was held: the election night, while the ballots are being counted.
// suddenDay returns the day, as a day number, a sudden event (a quake,
// a storm) of group g struck, when its claims date it to one day, or -1.
func suddenDay(g []claims.Claim) int {
	day := -1
	for i := range g {
		t := g[i].Event.Time
		if !g[i].Event.Sudden || t == nil || !t.Anchored || t.Since || t.Start.Year == 0 || t.Start.Day == 0 || !t.End.IsZero() && t.End != t.Start {
			continue
		}
		switch d := dayNumber(t.Start); {
		case day < 0:
			day = d
		case d != day:
			return -1
		}
	}
	return day
}

// firstHours reports whether counting day d is the day a sudden event
// struck (day number struck) or the day after.
func firstHours(struck int, d counted) bool {
	return d.ok && d.lo == d.hi && d.lo >= struck && d.lo-struck <= 1
}

func countingNight(c *claims.Claim, d counted) bool {
	t := c.Event.Time
	if t == nil || !t.Anchored || t.Start.Year == 0 || t.Start.Day == 0 || !d.ok {
		return false
	}
	end := t.End
	if end.IsZero() {
		end = t.Start
	}
	return dayNumber(t.Start) <= d.lo && d.hi <= dayNumber(end)
}

// falls reports whether c is a figure of a count that falls as well as
// rises (claims.CountTime.Falls).
func falls(c *claims.Claim) bool {
	return c.Counted != nil && c.Counted.Falls
}
