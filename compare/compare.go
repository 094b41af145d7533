package compare

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/norm"
)

// Compare groups claims that speak of the same fact and judges each group.
// Claims are first blocked by kind, measure, subject and event type, then
// grouped inside each block by event time, so the work grows with the
// number of claims times the size of the largest block, not with its
// square. Claims about different events are never compared: an event
// with no known type or time is a fact of its own.
//
// Findings are sorted by verdict (most serious first), kind, fact and id;
// the result depends only on the claims, not on their order.
func Compare(cs []claims.Claim) []Finding {
	// Sort pointers, not the claims themselves: a claim is large.
	sorted := make([]*claims.Claim, len(cs))
	for i := range cs {
		sorted[i] = &cs[i]
	}
	slices.SortFunc(sorted, func(a, b *claims.Claim) int { return claimOrder(*a, *b) })
	blocks := map[string][]int{}
	var keys []string
	for i := range sorted {
		k := blockKey(sorted[i])
		if _, ok := blocks[k]; !ok {
			keys = append(keys, k)
		}
		blocks[k] = append(blocks[k], i)
	}
	sort.Strings(keys)
	var groups [][]int
	for _, k := range keys {
		groups = append(groups, groupByEvent(sorted, blocks[k])...)
	}
	// Groups are judged apart from each other, on all cores; each
	// finding goes to its group's place, so the order does not depend on
	// the scheduling.
	out := make([]Finding, len(groups))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(groups)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(groups) {
					return
				}
				group := make([]claims.Claim, len(groups[i]))
				for j, ci := range groups[i] {
					group[j] = *sorted[ci]
				}
				out[i] = judge(group)
			}
		}()
	}
	wg.Wait()
	slices.SortFunc(out, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.Verdict, b.Verdict), cmp.Compare(a.Kind, b.Kind),
			cmp.Compare(a.Fact, b.Fact), cmp.Compare(a.ID, b.ID), claimOrder(a.Claims[0], b.Claims[0]))
	})
	// The same sentence twice in one document gives two findings with one
	// fingerprint: number the repeats so that ids stay unique.
	seen := make(map[string]int, len(out))
	for i := range out {
		id := out[i].ID
		if n := seen[id]; n > 0 {
			out[i].ID = fmt.Sprintf("%s-%d", id, n+1)
		}
		seen[id]++
	}
	return out
}

// claimOrder sorts claims by document and position.
func claimOrder(a, b claims.Claim) int {
	return cmp.Or(cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.Start, b.Start),
		cmp.Compare(a.QuoteStart, b.QuoteStart), cmp.Compare(a.Kind, b.Kind))
}

// blockKey is what two claims must share to be about the same fact: kind,
// measure, who is counted and whose, and the event's type. Claims with no
// event type for a kind that needs one get a key of their own.
func blockKey(c *claims.Claim) string {
	ev := c.Event.Type
	if c.Event.Plural {
		ev += "*n"
	}
	if ev == "" && c.Kind != claims.Troops {
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
	if c.Kind == claims.Date && !c.Event.Recurring && end.Year != 0 {
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
		// Troops are told apart by whose they are and where.
		if c.Kind == claims.Date || c.Kind == claims.Control || c.Event.Recurring ||
			c.Kind != claims.Troops && (c.Event.Type == "" || c.Subject.Place == "" && c.Subject.Side == "") {
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

// judge gives the verdict on a group of claims about one fact.
func judge(g []claims.Claim) Finding {
	f := Finding{Kind: g[0].Kind, Claims: g, Fact: factName(g)}
	docs := map[string]bool{}
	for _, c := range g {
		docs[c.Doc] = true
	}
	f.ID = fingerprint(&f)
	if len(docs) < 2 {
		f.Verdict = SingleSource
		f.Confidence = confidence(g, 1)
		f.Summary = fmt.Sprintf("single source: only %s states %s", g[0].Doc, describeAll(g))
		return f
	}
	sides := splitSides(g)
	if len(sides) == 1 {
		if frames := framingDiff(g); frames != "" {
			f.Verdict = FramingDiffers
			f.Confidence = confidence(g, 0.8)
			f.Summary = "framing differs: the values agree (" + describeAll(g) + ") but the words differ: " + frames
			f.Diff = framingPair(g)
			return f
		}
		f.Verdict = Agree
		f.Confidence = confidence(g, 0.95)
		f.Summary = fmt.Sprintf("agree: %d documents give compatible values (%s)", len(docs), describeAll(g))
		return f
	}
	f.Sides = sides
	switch {
	case g[0].Value.Time != nil:
		f.Verdict = DateMismatch
	default:
		// Counts, and durations, which are counts of days.
		f.Verdict = NumberMismatch
		f.Difference = difference(g, sides)
	}
	if updated(g, sides) {
		f.Verdict = Updated
		f.Confidence = confidence(g, 0.7)
		f.Summary = "updated: the figure changes with the publication date (" + describeSides(g, sides) + "), as a running toll does"
		return f
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

// compatible reports whether two claims' values can both be true.
func compatible(a, b *claims.Claim) bool {
	switch {
	case a.Value.Quantity != nil && b.Value.Quantity != nil:
		return norm.Compatible(*a.Value.Quantity, *b.Value.Quantity)
	case a.Value.Time != nil && b.Value.Time != nil:
		return norm.TimesCompatible(*a.Value.Time, *b.Value.Time)
	case a.Value.Duration != nil && b.Value.Duration != nil:
		return norm.DurationsCompatible(*a.Value.Duration, *b.Value.Duration)
	}
	return false
}

// splitSides partitions a group into sides whose values are compatible
// with every other value of the side, greedily in claim order. One side
// means the group agrees. Claims with equal values are judged once, so
// the work grows with the number of distinct values, not of claims.
// distinct is one distinct value of a group and the claims that give it.
type distinct struct {
	claim   int   // a claim with this value
	members []int // all claims with it
}

func splitSides(g []claims.Claim) [][]int {
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

// framingKey joins framing words as "frame:word,...".
func framingKey(fws []claims.FramingWord) string {
	parts := make([]string, len(fws))
	for i, fw := range fws {
		parts[i] = fw.String()
	}
	return strings.Join(parts, ",")
}

// valueKey is a string equal for equal values, quick to build.
func valueKey(v norm.Value) string {
	return string(appendValueKey(make([]byte, 0, 64), v))
}

func appendValueKey(b []byte, v norm.Value) []byte {
	f := func(x float64) { b = strconv.AppendFloat(append(b, ' '), x, 'g', -1, 64) }
	n := func(x int) { b = strconv.AppendInt(append(b, ' '), int64(x), 10) }
	d := func(x norm.Date) { n(x.Year); n(x.Month); n(x.Day) }
	t := func(x bool) { b = strconv.AppendBool(append(b, ' '), x) }
	str := func(x string) { b = append(append(b, ' '), x...) }
	switch {
	case v.Quantity != nil:
		q := v.Quantity
		b = append(b, 'q')
		f(q.Low)
		f(q.High)
		f(q.Stated)
		t(q.LowOpen)
		t(q.HighOpen)
		t(q.HasStated)
		n(int(q.Qualifier))
		n(int(q.Class))
		str(q.Unit)
		if q.Whole != nil {
			b = appendValueKey(append(b, " of"...), norm.Value{Quantity: q.Whole})
		}
	case v.Time != nil:
		tm := v.Time
		b = append(b, 't')
		d(tm.Start)
		d(tm.End)
		t(tm.Anchored)
		str(tm.Weekday)
		str(tm.Relative)
		t(tm.Since)
		str(tm.Anchor)
	case v.Duration != nil:
		b = append(b, 'd')
		f(v.Duration.MinDays)
		f(v.Duration.MaxDays)
		str(v.Duration.ISO)
		t(v.Duration.Vague)
	}
	return b
}

// updated reports whether the sides of a number mismatch line up with
// the documents' publication dates, every document of a larger figure
// published after every document of a smaller one: a toll that rose as it
// was reported, not a contradiction. Only counts that can only grow
// (casualties, displaced people) are read this way.
func updated(g []claims.Claim, sides [][]int) bool {
	if g[0].Value.Quantity == nil || g[0].Kind != claims.Casualties && g[0].Kind != claims.Displaced {
		return false
	}
	type sideDates struct {
		fig         float64
		first, last string
	}
	var ss []sideDates
	for _, side := range sides {
		sd := sideDates{fig: figure(g[side[0]].Value.Quantity)}
		for _, i := range side {
			p := g[i].Published
			if len(p) < 10 {
				return false // an undated document: order unknown
			}
			p = p[:10]
			if sd.first == "" || p < sd.first {
				sd.first = p
			}
			if p > sd.last {
				sd.last = p
			}
		}
		ss = append(ss, sd)
	}
	slices.SortFunc(ss, func(a, b sideDates) int { return cmp.Compare(a.fig, b.fig) })
	for i := 1; i < len(ss); i++ {
		if ss[i].first <= ss[i-1].last {
			return false
		}
	}
	return true
}

// contested names the parties when each side of a mismatch is reported
// from one party and the parties differ.
func contested(g []claims.Claim, sides [][]int) string {
	var who []string
	for _, side := range sides {
		a := g[side[0]].Attribution
		if a == "" {
			return ""
		}
		for _, i := range side {
			if g[i].Attribution != a {
				return ""
			}
		}
		who = append(who, a)
	}
	if len(who) < 2 || who[0] == who[1] {
		return ""
	}
	return strings.Join(who, " vs ")
}

// framingPair diffs the sentences of the first two documents of a group
// that frame the fact differently, marking the words of the frames whose
// tones differ.
func framingPair(g []claims.Claim) *WordDiff {
	for i := range g {
		for j := i + 1; j < len(g); j++ {
			if g[j].Doc == g[i].Doc {
				continue
			}
			frames := tonesDiffer([]claims.Claim{g[i], g[j]})
			if len(frames) == 0 {
				continue
			}
			marks := map[string]bool{}
			for _, c := range []*claims.Claim{&g[i], &g[j]} {
				for _, fw := range c.Framing {
					if frames[fw.Frame] {
						// Each word of a phrase ("split from").
						for _, w := range strings.Fields(fw.Word) {
							marks[w] = true
						}
					}
				}
			}
			return wordDiff(&g[i], &g[j], marks)
		}
	}
	return nil
}

// tonesDiffer returns the frames in which the documents of g use words of
// different tones.
func tonesDiffer(g []claims.Claim) map[string]bool {
	tones := map[string]map[string]bool{} // frame → tones
	for _, c := range g {
		for _, fw := range c.Framing {
			if tones[fw.Frame] == nil {
				tones[fw.Frame] = map[string]bool{}
			}
			tones[fw.Frame][fw.Tone] = true
		}
	}
	out := map[string]bool{}
	for frame, ts := range tones {
		if len(ts) > 1 {
			out[frame] = true
		}
	}
	return out
}

// framingDiff describes the frames in which the documents of a group use
// words of different tones: `control_change: "liberated" (a.txt) vs
// "captured" (b.txt)`, or "" when every frame is worded in one tone.
// Words of one tone are synonyms and never make a difference.
func framingDiff(g []claims.Claim) string {
	frames := tonesDiffer(g)
	if len(frames) == 0 {
		return ""
	}
	byFrame := map[string]map[string][]string{} // frame → word → docs
	for _, c := range g {
		for _, fw := range c.Framing {
			if !frames[fw.Frame] {
				continue
			}
			if byFrame[fw.Frame] == nil {
				byFrame[fw.Frame] = map[string][]string{}
			}
			if !slices.Contains(byFrame[fw.Frame][fw.Word], c.Doc) {
				byFrame[fw.Frame][fw.Word] = append(byFrame[fw.Frame][fw.Word], c.Doc)
			}
		}
	}
	var parts []string
	for _, frame := range sortedKeys(byFrame) {
		words := byFrame[frame]
		var ws []string
		for _, w := range sortedKeys(words) {
			ws = append(ws, fmt.Sprintf("%q (%s)", w, strings.Join(words[w], ", ")))
		}
		parts = append(parts, frame+": "+strings.Join(ws, " vs "))
	}
	return strings.Join(parts, "; ")
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
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
		if cl.Event.Type == "" && cl.Kind != claims.Troops {
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

// fingerprint identifies a finding by its fact and by what its claims say
// (document, sentence, quoted words, value, framing), not by where they
// stand: moving a paragraph or editing another sentence keeps it.
func fingerprint(f *Finding) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00", f.Kind, f.Fact)
	lines := make([]string, 0, len(f.Claims))
	for _, c := range f.Claims {
		lines = append(lines, strings.Join([]string{c.Doc, strings.Join(strings.Fields(c.Text), " "), c.Quote,
			valueKey(c.Value), framingKey(c.Framing)}, "\x00"))
	}
	sort.Strings(lines)
	for _, l := range lines {
		h.Write([]byte(l))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}
