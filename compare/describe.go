package compare

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/norm"
)

// factName names the fact a group of claims speaks of, for people:
// "deaths (people) in the war of 2020", "Russia peacekeepers deployed in
// Nagorno-Karabakh", "length of the war of 2020".
//
// The name is read off one claim chosen by what it says, not by which
// report it comes from (representative), so that a report added to the
// corpus does not rename the fact, nor change the finding's id, unless
// it words the fact in a new way.
func factName(g []claims.Claim) string {
	c := &g[representative(g)]
	var b strings.Builder
	switch c.Kind.Info().Value {
	case claims.DateValue:
		if c.Measure == "start" {
			// "since 1991" is the value here, not the event's name.
			name := eventName(g)
			if i := strings.Index(name, " since "); i >= 0 {
				name = name[:i]
			}
			b.WriteString("start of the " + name)
		} else {
			b.WriteString("date of the " + eventName(g))
		}
		if p := c.Subject.Place; p != "" {
			b.WriteString(" in " + p)
		}
		return b.String()
	case claims.ChangeValue:
		ch := c.Control
		b.WriteString("control of " + ch.Territory)
		if ch.From != "" {
			b.WriteString(" passes from " + ch.From)
		}
		// Name the side that gained only when every claim agrees on it:
		// who gained is often the very thing the framing disputes.
		sameTo := true
		for _, o := range g {
			sameTo = sameTo && o.Control != nil && o.Control.To == ch.To
		}
		switch {
		case !sameTo || ch.To == "":
		case ch.To == ch.Territory:
			b.WriteString(" (it breaks away)")
		default:
			b.WriteString(" to " + ch.To)
		}
		if y := strings.TrimPrefix(eventName(g), "control"); y != "" {
			b.WriteString(strings.Replace(y, " of ", " in ", 1))
		}
		return b.String()
	case claims.WordsValue:
		what := strings.ReplaceAll(c.Measure, "_", " ")
		if c.Subject.Side != "" {
			return "how " + c.Subject.Side + " is described (" + what + ")"
		}
		return "the words for the " + what + placesOf(g)
	case claims.ScaleValue:
		b.WriteString(c.Measure + " of the " + eventName(g))
		if p := c.Subject.Place; p != "" {
			b.WriteString(" in " + p)
		}
		return b.String()
	case claims.DurationValue:
		b.WriteString("length of the " + eventName(g))
		if p := c.Subject.Place; p != "" {
			b.WriteString(" over " + p)
		}
		return b.String()
	}
	b.WriteString(strings.ReplaceAll(c.Measure, "_", " "))
	who := c.Subject.Group
	if c.Subject.Side != "" {
		who = c.Subject.Side + " " + who
	}
	if who != "" {
		b.WriteString(" (" + who + ")")
	}
	if c.Event.Type == claims.StoryEvent {
		// The article's story gives the places, not the event.
		b.WriteString(", event not stated")
		if len(c.Event.Places) > 0 {
			b.WriteString(" (the story is about " + strings.Join(c.Event.Places, ", ") + ")")
		}
	} else if c.Event.Type != "" {
		b.WriteString(" in the " + eventName(g))
	} else if !c.Kind.Info().Standing {
		b.WriteString(", event not stated")
	}
	if c.Kind.Info().Standing {
		if p := placeOf(g); p != "" {
			b.WriteString(" in " + p)
		}
	}
	return b.String()
}

// placeOf returns the place the claims of a group name, if they name
// one: the first in sorted order when they name several.
func placeOf(g []claims.Claim) string {
	p := ""
	for _, c := range g {
		if c.Subject.Place != "" && (p == "" || c.Subject.Place < p) {
			p = c.Subject.Place
		}
	}
	return p
}

// representative returns the index of the claim a group's fact is named
// after: the least, by what the claims say of the fact (the shortest
// name of a side, then the place, group, measure and event), of the
// first claims that say it.
func representative(g []claims.Claim) int {
	key := func(c *claims.Claim) string {
		// What a claim names comes before what it leaves out; of two
		// names of a side, the shorter ("Odinga", not "Raila Odinga").
		given := func(s string) string {
			if s == "" {
				return "1"
			}
			return "0" + s
		}
		side := "1"
		if c.Subject.Side != "" {
			side = "0"
		}
		k := fmt.Sprintf("%s\x00%04d\x00%s\x00%s\x00%s\x00%s\x00%s\x00%s", side, len(c.Subject.Side), c.Subject.Side,
			given(c.Subject.Place), c.Subject.Group, c.Measure, c.Event.Type, given(strings.Join(c.Event.Places, ",")))
		if ch := c.Control; ch != nil {
			k += "\x00" + ch.Territory + "\x00" + ch.From + "\x00" + ch.To
		}
		return k
	}
	best, bestKey := 0, key(&g[0])
	for i := 1; i < len(g); i++ {
		if k := key(&g[i]); k < bestKey {
			best, bestKey = i, k
		}
	}
	return best
}

// eventName names the event of a group: its type and the years its
// claims place it in ("war of 2020", "wars (several)", "war of 1990-1999").
func eventName(g []claims.Claim) string {
	ev := g[0].Event
	name := ev.Type
	if ev.Plural {
		name += " (several)"
	}
	lo, hi := 0, 0
	since := true
	// The years the claims' own words give, when some give them: not
	// the publication of a report that names the event but no date.
	own := slices.ContainsFunc(g, func(c claims.Claim) bool { return c.Event.Time != nil })
	for _, c := range g {
		since = since && c.Event.Time != nil && c.Event.Time.Since
		if own && c.Event.Time == nil {
			continue
		}
		if s, ok := eventSpan(&c); ok {
			y0, y1 := s.lo/372, s.hi/372
			if lo == 0 || y0 < lo {
				lo = y0
			}
			if y1 > hi {
				hi = y1
			}
		}
	}
	switch {
	case lo == 0:
	case since:
		name += " since " + strconv.Itoa(lo)
	case lo == hi:
		name += " of " + strconv.Itoa(lo)
	default:
		name += fmt.Sprintf(" of %d-%d", lo, hi)
	}
	return name
}

// describeAll lists the values of a group with their documents: "more
// than 6,500 dead in a.txt, b.txt; 6,700 in c.txt". Equal values are
// listed once, and long lists of documents are cut short.
func describeAll(g []claims.Claim) string {
	idx := make([]int, len(g))
	for i := range idx {
		idx[i] = i
	}
	return describeSet(g, idx)
}

// describeSet is describeAll for the claims g[i] of idx.
func describeSet(g []claims.Claim, idx []int) string {
	var order []string
	docs := map[string][]string{}
	for _, i := range idx {
		c := &g[i]
		v := Describe(c.Value)
		if c.Attribution != "" {
			v += " (according to " + c.Attribution + ")"
		}
		if _, ok := docs[v]; !ok {
			order = append(order, v)
		}
		if ds := docs[v]; len(ds) == 0 || ds[len(ds)-1] != c.Doc {
			docs[v] = append(ds, c.Doc)
		}
	}
	parts := make([]string, len(order))
	for i, v := range order {
		ds := docs[v]
		list := strings.Join(ds[:min(len(ds), maxDocsListed)], ", ")
		if len(ds) > maxDocsListed {
			list += fmt.Sprintf(" and %d more", len(ds)-maxDocsListed)
		}
		parts[i] = v + " in " + list
	}
	return strings.Join(parts, "; ")
}

// maxDocsListed is how many documents a summary names for one value.
const maxDocsListed = 5

// describeSides lists the sides of a mismatch: "6,500 in a vs 8,000 in c".
func describeSides(g []claims.Claim, sides [][]int) string {
	parts := make([]string, len(sides))
	for s, side := range sides {
		parts[s] = describeSet(g, side)
	}
	return strings.Join(parts, " vs ")
}

// Describe writes a normalized value for people: "more than 6,500",
// "about 2,000 (1,800-2,200)", "2020-09-01..2020-11-30", "6 weeks (42 days)".
func Describe(v norm.Value) string {
	switch {
	case v.Quantity != nil:
		return describeQuantity(v.Quantity)
	case v.Time != nil:
		return describeTime(v.Time)
	case v.Duration != nil:
		d := v.Duration
		days := formatNumber(d.MinDays)
		if d.MaxDays != d.MinDays {
			if math.IsInf(d.MaxDays, 1) {
				days += "+"
			} else {
				days += "-" + formatNumber(d.MaxDays)
			}
		}
		return fmt.Sprintf("%s (%s days)", d.ISO, days)
	}
	return "no value"
}

func describeQuantity(q *norm.Quantity) string {
	lo, hi := q.Low, q.High
	var s string
	switch {
	case q.Qualifier == norm.Exact && q.HasStated:
		s = formatNumber(q.Stated)
	case math.IsInf(hi, 1):
		op := "at least "
		if q.LowOpen {
			op = "more than "
		}
		s = op + formatNumber(lo)
	case math.IsInf(lo, -1):
		op := "at most "
		if q.HighOpen {
			op = "fewer than "
		}
		s = op + formatNumber(hi)
	case q.HasStated:
		s = fmt.Sprintf("%s %s (%s-%s)", strings.ReplaceAll(q.Qualifier.String(), "_", " "), formatNumber(q.Stated), formatNumber(lo), formatNumber(hi))
	default:
		s = formatNumber(lo) + "-" + formatNumber(hi)
	}
	if q.Unit != "" {
		s += " " + q.Unit
	}
	if q.Whole != nil {
		s += " of " + describeQuantity(q.Whole)
	}
	return s
}

func describeTime(t *norm.Time) string {
	if !t.Anchored {
		switch {
		case t.Weekday != "":
			return t.Weekday + " (no publication date to place it)"
		case t.Relative != "":
			return strings.ReplaceAll(t.Relative, "_", " ") + " (no publication date to place it)"
		}
	}
	switch {
	case t.Start.IsZero() && t.End.IsZero():
		return "unknown time"
	case t.End.IsZero() || t.Since:
		return "since " + t.Start.String()
	case t.Start == t.End:
		return t.Start.String()
	}
	return t.Start.String() + ".." + t.End.String()
}

// formatNumber writes a number with thousands separators and no needless
// decimals: 6500 → "6,500", 1.5 → "1.5".
func formatNumber(f float64) string {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return "∞"
	}
	neg := f < 0
	// Two decimals at most, rounded: 55.05 is stored as 55.0499…, which
	// is still 55.05.
	digits, frac, _ := strings.Cut(strconv.FormatFloat(math.Abs(f), 'f', 2, 64), ".")
	frac = strings.TrimRight(frac, "0")
	var b strings.Builder
	if neg && (digits != "0" || frac != "") {
		b.WriteByte('-')
	}
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

// placesOf names the places a group of framing claims speak of: " in
// Myanmar and Bangladesh", or "".
func placesOf(g []claims.Claim) string {
	var ps []string
	for _, c := range g {
		if c.Scope == nil {
			continue
		}
		for _, p := range c.Scope.Places {
			if !slices.Contains(ps, p) {
				ps = append(ps, p)
			}
		}
	}
	if len(ps) == 0 {
		return ""
	}
	slices.Sort(ps)
	if len(ps) > 3 {
		ps = ps[:3]
	}
	return " in " + strings.Join(ps, ", ")
}
