package compare

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/norm"
)

// Judging: the verdict on a group of claims about one fact, its sides,
// whether a mismatch is a running count updated or a contest between
// parties, and how sure the verdict is.

// judge gives the verdict on a group of claims about one fact: one
// finding, or for a running count whose figures change, the findings of
// its series (judgeSeries).
func judge(g []claims.Claim) []Finding {
	if g[0].Kind.Info().Value == claims.WordsValue {
		g = salientWords(g)
	}
	f := Finding{Kind: g[0].Kind, Claims: g, Fact: factName(g)}
	docs := map[string]bool{}
	for _, c := range g {
		docs[c.Doc] = true
	}
	if len(docs) < 2 {
		f.Verdict = SingleSource
		f.Confidence = confidence(g, 1)
		f.Summary = fmt.Sprintf("single source: only %s states %s", g[0].Doc, describeAll(g))
		return []Finding{f}
	}
	values := distinctValues(g)
	sides := splitSides(g, values)
	if len(sides) == 1 {
		if frames := framingDiff(g); frames != "" {
			f.Verdict = FramingDiffers
			f.Confidence = confidence(g, 0.8)
			f.Summary = "framing differs: the values agree (" + describeAll(g) + ") but the words differ: " + frames
			f.Diff = framingPair(g)
			return []Finding{f}
		}
		if g[0].Kind.Info().Running && g[0].Value.Quantity != nil {
			if order, ok := roseSeries(g); ok {
				// "At least 40 killed" on Friday and "the toll has
				// climbed to 52" on Saturday: both may be true, and the
				// later report tells the count rose.
				f.Verdict = Updated
				f.Sides, f.Series = sides, order
				f.Confidence = confidence(g, 0.7)
				f.Summary = "updated: the count rose with the day it was counted (" + describeSeries(g, order) + "), as the later report tells"
				return []Finding{f}
			}
		}
		f.Verdict = Agree
		f.Confidence = confidence(g, 0.95)
		f.Summary = fmt.Sprintf("agree: %d documents give compatible values (%s)", len(docs), describeAll(g))
		return []Finding{f}
	}
	if g[0].Kind.Info().Running && g[0].Value.Quantity != nil {
		return judgeSeries(g, sides, values)
	}
	if g[0].Value.Time != nil && g[0].Measure != "start" && g[0].Event.Sudden {
		// Days that cannot both be true of a sudden event (a quake, a
		// storm, a strike) are, far more often, the days of two events
		// of one kind (an aftershock, another storm): they are reported
		// side by side, not flagged. A war dated in the spring and in the
		// fall of one year, or a conflict's start on two days, is flagged.
		return bySides(g, sides)
	}
	if g[0].Value.Time != nil && g[0].Measure != "start" && g[0].Event.Recurring {
		// Two days of a recurring event (protests, clashes, a
		// meeting, a vote) are two of its occasions, however a week or
		// a month that holds both chained them into one group: each
		// side is reported for itself, none flagged.
		return bySides(g, sides)
	}
	if g[0].Value.Time != nil && g[0].Measure != "start" && !g[0].Event.Recurring && hasMoment(g) {
		// A day of a lasting event (an offensive, a war) is a moment of
		// it, not its date: "the offensive on Friday" and "the offensive
		// in October" may both be true of one offensive.
		return bySides(g, sides)
	}
	if g[0].Kind.Info().Value == claims.ScaleValue || g[0].Value.Quantity != nil {
		// "7" against "6.8" told by three reports, "250 surrendered"
		// against "2,400" and "nearly 2,500": the mismatch, and the
		// agreement of the side several reports tell.
		out := []Finding{mismatch(g)}
		for _, side := range sides {
			sub := make([]claims.Claim, 0, len(side))
			for _, i := range side {
				sub = append(sub, g[i])
			}
			if sf := judge(sub); len(sf) == 1 && sf[0].Verdict == Agree {
				out = append(out, sf[0])
			}
		}
		return out
	}
	return []Finding{mismatch(g)}
}

// hasMoment reports whether some claim of g dates its event by a week or
// less: a moment of it rather than its time.
func hasMoment(g []claims.Claim) bool {
	for i := range g {
		t := g[i].Value.Time
		if t == nil || t.Start.Month == 0 || t.Start.Day == 0 {
			continue
		}
		end := t.End
		if end.IsZero() {
			end = t.Start
		}
		if end.Year == t.Start.Year && end.Month != 0 && end.Day != 0 && dayNumber(end)-dayNumber(t.Start) <= 7 {
			return true
		}
	}
	return false
}

// compatible reports whether two claims' values can both be true.
func compatible(a, b *claims.Claim) bool {
	switch {
	case a.Value.Quantity != nil && b.Value.Quantity != nil:
		if norm.Compatible(*a.Value.Quantity, *b.Value.Quantity) {
			return true
		}
		// Bounds that meet at one figure ("as many as 1,800" and "more
		// than 1,800") are one figure told two ways.
		// ("fewer than 6,500" and "more than 6,500" are not).
		qa, qb := a.Value.Quantity, b.Value.Quantity
		if nearlyMeets(qa, qb) || nearlyMeets(qb, qa) {
			return true
		}
		if roundedAlike(a, b) {
			return true
		}
		if lowerBound(qa) && lowerBound(qb) && countedOf(a).ok != countedOf(b).ok &&
			math.Max(qa.Stated, qb.Stated) <= boundsSpread*math.Min(qa.Stated, qb.Stated) {
			// "At least 790" of Tuesday and "at least 450" of a report
			// that tells no day: both may be true of one count, and
			// nothing orders them. Bounds far apart ("at least 97" and
			// "at least 863") are more likely two stages of the count.
			return true
		}
		abs, _ := norm.Distance(*qa, *qb)
		return abs == 0 && qa.Class == qb.Class && qa.HasStated && qb.HasStated && (inclusive(qa) || inclusive(qb))
	case a.Value.Time != nil && b.Value.Time != nil:
		return norm.TimesCompatible(*a.Value.Time, *b.Value.Time)
	case a.Value.Duration != nil && b.Value.Duration != nil:
		return norm.DurationsCompatible(*a.Value.Duration, *b.Value.Duration)
	}
	return false
}

// boundsSpread is how far apart two lower bounds of a count that nothing
// orders may be and still be told as one.
const boundsSpread = 2

// lowerBound reports whether a figure only bounds its value from below
// ("at least 450", "more than 400").
func lowerBound(q *norm.Quantity) bool {
	return q.Qualifier == norm.AtLeast || q.Qualifier == norm.MoreThan
}

// nearlyMeets reports whether "nearly" figure a meets figure b within
// nearlySpread: "nearly 1,600" and "at least 1,602" are one count told two
// ways, not a contradiction.
func nearlyMeets(a, b *norm.Quantity) bool {
	if a.Qualifier != norm.Nearly || !a.HasStated || b.Class != a.Class {
		return false
	}
	x := *a
	x.Qualifier, x.High = norm.Range, a.Stated*(1+nearlySpread)
	return norm.Compatible(x, *b)
}

// nearlySpread is how far above its figure a "nearly" figure may be met.
const nearlySpread = 0.02

// distinctValues returns the distinct values of a group, each with the
// claims that give it, in claim order.
func distinctValues(g []claims.Claim) []distinct {
	var values []distinct
	byKey := map[string]int{}
	for i := range g {
		k := valueKey(g[i].Value)
		if d, ok := byKey[k]; ok {
			values[d].members = append(values[d].members, i)
			continue
		}
		byKey[k] = len(values)
		values = append(values, distinct{i, []int{i}})
	}
	return values
}

// distinct is one distinct value of a group and the claims that give it.
type distinct struct {
	claim   int   // a claim with this value
	members []int // all claims with it
}

// splitSides partitions a group into sides whose values are compatible
// with every other value of the side, greedily in claim order. One side
// means the group agrees. Claims with equal values are judged once, so
// the work grows with the number of distinct values, not of claims.
func splitSides(g []claims.Claim, values []distinct) [][]int {
	var vsides [][]int // indexes into values
next:
	for v := range values {
		for s, side := range vsides {
			ok := true
			for _, w := range side {
				if !compatible(&g[values[v].claim], &g[values[w].claim]) {
					ok = false
					break
				}
			}
			if ok {
				vsides[s] = append(vsides[s], v)
				continue next
			}
		}
		vsides = append(vsides, []int{v})
	}
	moveNearer(g, values, vsides)
	sides := make([][]int, len(vsides))
	for s, side := range vsides {
		for _, v := range side {
			sides[s] = append(sides[s], values[v].members...)
		}
		slices.Sort(sides[s])
	}
	// Claims of one document that disagree with each other do not make a
	// mismatch between sources: unless two claims of different documents
	// are incompatible, the group agrees.
	if len(sides) > 1 && !crossDocConflict(g, values) {
		all := sides[0]
		for _, side := range sides[1:] {
			all = append(all, side...)
		}
		slices.Sort(all)
		sides = [][]int{all}
	}
	return sides
}

// moveNearer moves each value to another side it is compatible with when
// that side's figures are nearer to it than those of its own: "nearly
// 1,600" first put with "1,500" is told with "at least 1,602". A side a
// value leaves keeps its other values; none is left empty.
func moveNearer(g []claims.Claim, values []distinct, vsides [][]int) {
	if len(vsides) < 2 || len(values) > moveNearerMax {
		return
	}
	for s := range vsides {
		for k := 0; k < len(vsides[s]) && len(vsides[s]) > 1; k++ {
			v := vsides[s][k]
			own := nearest(g, values, v, vsides[s])
			best, bestD := -1, own
			for t := range vsides {
				if t == s {
					continue
				}
				ok := true
				for _, w := range vsides[t] {
					ok = ok && compatible(&g[values[v].claim], &g[values[w].claim])
				}
				if d := nearest(g, values, v, vsides[t]); ok && d < bestD {
					best, bestD = t, d
				}
			}
			if best >= 0 {
				vsides[best] = append(vsides[best], v)
				vsides[s] = append(vsides[s][:k], vsides[s][k+1:]...)
				k--
			}
		}
	}
}

// moveNearerMax bounds the distinct values of a group whose sides are
// refined: the refinement is quadratic in them, and a group of thousands
// of distinct figures keeps its first sides.
const moveNearerMax = 256

// nearest is the smallest relative difference between the figure of
// value v and those of the other values of a side (+Inf when there are
// none, or they have no figure).
func nearest(g []claims.Claim, values []distinct, v int, side []int) float64 {
	best := math.Inf(1)
	a := g[values[v].claim].Value.Quantity
	for _, w := range side {
		b := g[values[w].claim].Value.Quantity
		if w == v || a == nil || b == nil || !a.HasStated || !b.HasStated {
			continue
		}
		if d := math.Abs(a.Stated-b.Stated) / math.Max(math.Abs(a.Stated), math.Abs(b.Stated)); d < best {
			best = d
		}
	}
	return best
}

// crossDocConflict reports whether two claims of different documents
// have incompatible values, judging each pair of distinct values once.
func crossDocConflict(g []claims.Claim, values []distinct) bool {
	for v := range values {
		for w := v + 1; w < len(values); w++ {
			if compatible(&g[values[v].claim], &g[values[w].claim]) {
				continue
			}
			for _, i := range values[v].members {
				for _, j := range values[w].members {
					if g[i].Doc != g[j].Doc {
						return true
					}
				}
			}
		}
	}
	return false
}

// contested names the parties when each side of a mismatch is reported
// from one party and the parties differ.
func contested(g []claims.Claim, sides [][]int) string {
	var who []string
	for _, side := range sides {
		a := party(&g[side[0]])
		if a == "" {
			return ""
		}
		for _, i := range side {
			if party(&g[i]) != a {
				return ""
			}
		}
		if !slices.Contains(who, a) {
			who = append(who, a)
		}
	}
	if len(who) < 2 {
		return ""
	}
	slices.Sort(who)
	return strings.Join(who, " vs ")
}

// party returns the party of a conflict a claim is attributed to: its
// counter's party, or, for a claim with no counter (one written by
// hand), its attribution. Independent counters (a UN agency, a relief
// group) are no party.
func party(c *claims.Claim) string {
	if c.Counter != nil {
		return c.Counter.Party()
	}
	if a := c.Attribution; a != "" && unicode.IsUpper([]rune(a)[0]) {
		return a
	}
	// "officials", "the ministry": a speaker the lexicon does not know
	// is no party.
	return ""
}

// difference returns how far apart the first two sides' figures are, at
// their nearest readings.
func difference(g []claims.Claim, sides [][]int) *Difference {
	best := math.Inf(1)
	var base float64
	for _, i := range sides[0] {
		for _, j := range sides[1] {
			a, b := g[i].Value.Quantity, g[j].Value.Quantity
			if a == nil || b == nil {
				continue
			}
			av, bv := figure(a), figure(b)
			if d := math.Abs(av - bv); d < best {
				best, base = d, math.Min(av, bv)
			}
		}
	}
	if math.IsInf(best, 1) || base <= 0 {
		return nil
	}
	return &Difference{Absolute: best, Relative: best / base}
}

// figure is the single number that best stands for a quantity: the
// stated figure, else the middle of its bounds, else its one finite bound.
func figure(q *norm.Quantity) float64 {
	switch {
	case q.HasStated:
		return q.Stated
	case !math.IsInf(q.Low, 0) && !math.IsInf(q.High, 0):
		return (q.Low + q.High) / 2
	case !math.IsInf(q.Low, 0):
		return q.Low
	}
	return q.High
}

// confidence scales base down for claims whose event is uncertain.
func confidence(g []claims.Claim, base float64) float64 {
	c := base
	for _, cl := range g {
		if cl.Event.Type == "" && !cl.Kind.Info().Standing {
			c *= 0.8
			break
		}
	}
	for _, cl := range g {
		if cl.Attribution != "" {
			c *= 0.9
			break
		}
	}
	return math.Round(c*100) / 100
}

// bySides reports each side of a group as its own finding: an agreement
// of the documents that give it, or a single source.
func bySides(g []claims.Claim, sides [][]int) []Finding {
	var out []Finding
	for _, side := range sides {
		sub := make([]claims.Claim, 0, len(side))
		for _, i := range side {
			sub = append(sub, g[i])
		}
		out = append(out, judge(sub)...)
	}
	return out
}

// inclusive reports whether a quantity's figure is among the values it
// allows: not "more than" nor "fewer than".
func inclusive(q *norm.Quantity) bool {
	return q.Qualifier != norm.MoreThan && q.Qualifier != norm.LessThan
}

// roundedAlike reports whether two exact shares are one figure told to
// different decimals: "52.1%" and "52.14%", "51%" and "51.2%" (the
// coarser rounds the finer), not "52.1%" and "52.18%".
func roundedAlike(a, b *claims.Claim) bool {
	qa, qb := a.Value.Quantity, b.Value.Quantity
	if qa.Class != norm.Percent || qb.Class != norm.Percent || qa.Qualifier != norm.Exact || qb.Qualifier != norm.Exact || !qa.HasStated || !qb.HasStated {
		return false
	}
	da, db := statedDecimals(a.Quote), statedDecimals(b.Quote)
	if da < 0 || db < 0 || da == db {
		return false
	}
	half := 0.5 * math.Pow(10, -float64(min(da, db)))
	return math.Abs(qa.Stated-qb.Stated) <= half+1e-9
}

// statedDecimals returns how many decimals the first figure of a quote
// is told to ("52.14%": 2, "51 percent": 0), or -1 when the quote holds
// no figure.
func statedDecimals(quote string) int {
	i := strings.IndexFunc(quote, unicode.IsDigit)
	if i < 0 {
		return -1
	}
	for i < len(quote) && quote[i] >= '0' && quote[i] <= '9' {
		i++
	}
	if i+1 < len(quote) && (quote[i] == '.' || quote[i] == ',') && quote[i+1] >= '0' && quote[i+1] <= '9' {
		n := 0
		for j := i + 1; j < len(quote) && quote[j] >= '0' && quote[j] <= '9'; j++ {
			n++
		}
		return n
	}
	return 0
}
