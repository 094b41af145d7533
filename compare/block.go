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
// event type for a kind that needs one get a key of their own. The counts
// of an episode of a lasting event (an offensive) are that event's (a
// war's), told apart by time and place.
func blockKey(c *claims.Claim, names map[string]string) string {
	ev := c.Event.Type
	if c.Event.Within != "" && c.Kind.Info().Value == claims.CountValue {
		ev = c.Event.Within
	}
	if c.Event.Plural {
		ev += "*n"
	}
	if c.Event.Another {
		// "A second quake": never compared with the event told.
		ev += "+another"
	}
	if c.Event.Planned {
		// "Will be held on October 30": a plan, never the event held.
		ev += "+planned"
	}
	if c.Kind.Info().Value == claims.WordsValue {
		// Loaded words: of one frame and referent, and of one earlier
		// year when the sentence names one ("annexed in 2014").
		return strings.Join([]string{c.Kind.String(), c.Measure, c.Subject.Side, c.Event.Key}, "|")
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
	side := c.Subject.Side
	if n, ok := names[side]; ok && c.Kind.Info().Value == claims.ShareValue {
		side = n
	}
	return strings.Join([]string{c.Kind.String(), c.Measure, c.Subject.Group, side, ev}, "|")
}

// byScope splits a group by where its claims count. Claims whose
// sentences name their places (text scopes) are one part per scope. The
// others (places taken from the report's story or from the places the
// event struck, which reports name in different ways, or no places) join
// the part of the text scope equal to theirs, or the one text part when
// there is one alone and they name no places of their own, and are one
// part together otherwise.
func byScope(cs []*claims.Claim, idx []int) [][]int {
	parts := map[string][]int{}
	var keys []string
	put := func(k string, i int) {
		if _, ok := parts[k]; !ok {
			keys = append(keys, k)
		}
		parts[k] = append(parts[k], i)
	}
	text := map[string]bool{}
	for _, i := range idx {
		if s := cs[i].Scope; s != nil && s.From == "text" && s.Period == "" {
			text[s.Key()] = true
		}
	}
	only := ""
	if len(text) == 1 {
		for k := range text {
			only = k
		}
	}
	for _, i := range idx {
		s := cs[i].Scope
		switch {
		case s != nil && (s.From == "text" || s.Period != "" || s.Part != "" || text[s.Key()]):
			// A count of a period of its own ("in the 42 days after")
			// counts something else than one of no period, and a count
			// of a part ("a single town in Darfur") something else than
			// its whole, wherever its places were read.
			put("text:"+s.Key(), i)
		case s == nil && len(text) == 1 && cs[i].Event.From != "story":
			// A claim of an event of its own ("the 1939 earthquake
			// killed 33,000") counts where the one scope of its block
			// does.
			put("text:"+only, i)
		default:
			put("soft", i)
		}
	}
	out := make([][]int, 0, len(keys))
	for _, k := range keys {
		if k == "soft" {
			out = append(out, apart(cs, parts[k])...)
			continue
		}
		out = append(out, parts[k])
	}
	return out
}

// apart splits claims whose places were read loosely (from their
// reports' stories, or the countries their events struck) into the sets
// that may count in one place: two claims are together when either
// names no place or its event none, when they share one, or when a place
// of one lies in a place of the other (Mariupol in Ukraine), and so on
// transitively. A siege of Norport and one of Southport are two places,
// whatever their figures.
func apart(cs []*claims.Claim, idx []int) [][]int {
	if len(idx) < 2 {
		return [][]int{idx}
	}
	// Claims and places are the nodes: a claim joins its places, and
	// the places it lies in that some claim names. A claim with no place
	// may be of any of them, and so may one whose event the text places
	// nowhere, or one of a whole country (a story's countries may be
	// those of who reports it: a report from Baku on border clashes): it
	// holds them all together.
	node := map[string]int{}
	for _, i := range idx {
		s := cs[i].Scope
		if s == nil || len(s.Places) == 0 || len(cs[i].Event.Places) == 0 || !s.Local {
			return [][]int{idx}
		}
		for _, p := range s.Places {
			if _, ok := node[p]; !ok {
				node[p] = len(idx) + len(node)
			}
		}
	}
	root := make([]int, len(idx)+len(node))
	for i := range root {
		root[i] = i
	}
	find := func(i int) int {
		for root[i] != i {
			root[i] = root[root[i]]
			i = root[i]
		}
		return i
	}
	union := func(a, b int) {
		if ra, rb := find(a), find(b); ra != rb {
			root[max(ra, rb)] = min(ra, rb)
		}
	}
	for a, i := range idx {
		s := cs[i].Scope
		for _, p := range s.Places {
			union(a, node[p])
		}
		for _, w := range s.Within {
			if n, ok := node[w]; ok {
				union(a, n)
			}
		}
	}
	var out [][]int
	at := map[int]int{}
	for a, i := range idx {
		r := find(a)
		n, ok := at[r]
		if !ok {
			n = len(out)
			at[r] = n
			out = append(out, nil)
		}
		out[n] = append(out[n], i)
	}
	return out
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
	if t == nil && c.Event.From == "story" {
		// The event a report is about, undated: a recent one, as far as
		// the report's publication tells.
		if d, ok := publishedDay(c); ok {
			return span{dayNumber(d) - storyWindow, dayNumber(d)}, true
		}
	}
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

// storyWindow is how many days before its publication a report's
// undated story event is taken to have happened: news reports on recent
// events.
const storyWindow = 60

// publishedDay returns a claim's publication date.
func publishedDay(c *claims.Claim) (norm.Date, bool) {
	p := c.Published
	if len(p) < 10 {
		return norm.Date{}, false
	}
	var d norm.Date
	if _, err := fmt.Sscanf(p[:10], "%d-%d-%d", &d.Year, &d.Month, &d.Day); err != nil {
		return norm.Date{}, false
	}
	return d, true
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
	// A named event (Hurricane Maria) is one event: a report that names
	// it but gives no date speaks of the one the dated reports date.
	named := map[string]span{}
	for _, i := range idx {
		c := cs[i]
		if c.Event.Name == "" || c.Event.Time == nil {
			continue
		}
		if s, ok := eventSpan(c); ok {
			if n, ok := named[c.Event.Name]; ok {
				s = span{min(s.lo, n.lo), max(s.hi, n.hi)}
			}
			named[c.Event.Name] = s
		}
	}
	for _, i := range idx {
		c := cs[i]
		if n, ok := named[c.Event.Name]; ok && c.Event.Time == nil {
			if d, ok := publishedDay(c); !ok || dayNumber(d) >= n.lo {
				timed = append(timed, item{i, n})
				continue
			}
		}
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
		if info.Value == claims.ScaleValue {
			// A magnitude of an undated quake: the dated quake of its day
			// ("the 7 magnitude earthquake that struck Morocco on
			// September 8" in a report with no date), or alone; an
			// undated report's "the quake measured 6.5" may be of
			// another year's quake. "A second quake" of a dated report
			// is one of the days of its news.
			if _, dated := publishedDay(c); !yearless(c) && !(c.Event.Another && dated) {
				groups = append(groups, []int{i})
				continue
			}
			k := "yearless|scale"
			if _, ok := timeless[k]; !ok {
				tkeys = append(tkeys, k)
			}
			timeless[k] = append(timeless[k], i)
			continue
		}
		if info.UndatedAlone && yearless(c) && !c.Event.Recurring {
			// "April 15" in an undated report: a day whose year the
			// dated reports of the event may tell.
			k := "yearless|" + c.Subject.Place
			if _, ok := timeless[k]; !ok {
				tkeys = append(tkeys, k)
			}
			timeless[k] = append(timeless[k], i)
			continue
		}
		if info.UndatedAlone || c.Event.Recurring && c.Event.From != "story" ||
			!info.Standing && (c.Event.Type == "" || c.Subject.Place == "" && c.Subject.Side == "" && c.Scope.Key() == "") {
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
	// Events of one time with different magnitudes are different events:
	// the 7.8 and the 7.5 earthquakes of one morning.
	var split [][]int
	for _, g := range clusters {
		for _, m := range splitMagnitudes(cs, g) {
			split = append(split, splitNames(cs, m)...)
		}
	}
	clusters = split
	// Undated claims are not merged into a dated event: "the war killed
	// 30,000" may speak of another war than the one dated 2020. Only the
	// undated claims of a document's story event join the one dated event
	// of their block, when there is one alone: a report that names "the
	// earthquake" in its headline but no date speaks of the earthquake the
	// other reports date.
	infos := make([]*cluster, len(clusters))
	for k, g := range clusters {
		infos[k] = clusterOf(cs, g)
	}
	for _, k := range tkeys {
		var g []int
		for _, i := range timeless[k] {
			if c := joinCluster(cs[i], infos); c >= 0 {
				clusters[c] = append(clusters[c], i)
				infos[c].add(cs[i])
			} else {
				g = append(g, i)
			}
		}
		if len(g) == 0 {
			continue
		}
		if strings.HasPrefix(k, "yearless|") {
			// Year-less days that no one dated event takes stand alone.
			for _, i := range g {
				groups = append(groups, []int{i})
			}
			continue
		}
		groups = append(groups, g)
	}
	for _, g := range clusters {
		slices.Sort(g)
		groups = append(groups, g)
	}
	slices.SortFunc(groups, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	return groups
}

// cluster is what joining undated claims needs to know of a dated
// cluster: its days, its magnitudes and names, and the documents whose
// story it is. It is worked out once, so that joining costs a claim a
// look at each cluster, not at each of its claims.
type cluster struct {
	lo, hi     int
	magnitudes []float64
	names      map[string]bool
	storyDocs  map[string]bool
	// places are the places its events struck, as their claims tell.
	places map[string]bool
}

// clusterOf summarizes the claims g of a dated cluster.
func clusterOf(cs []*claims.Claim, g []int) *cluster {
	cl := &cluster{lo: 1 << 30, hi: -1, names: map[string]bool{}, storyDocs: map[string]bool{}, places: map[string]bool{}}
	for _, i := range g {
		if s, ok := eventSpan(cs[i]); ok {
			cl.lo, cl.hi = min(cl.lo, s.lo), max(cl.hi, s.hi)
		}
		cl.add(cs[i])
	}
	return cl
}

// add records what a claim of the cluster tells of it.
func (cl *cluster) add(c *claims.Claim) {
	if m := c.Event.Magnitude; m != 0 && !slices.Contains(cl.magnitudes, m) {
		cl.magnitudes = append(cl.magnitudes, m)
	}
	if c.Event.Name != "" {
		cl.names[c.Event.Name] = true
	}
	if c.Event.From == "story" {
		cl.storyDocs[c.Doc] = true
	}
	for _, p := range c.Event.Places {
		cl.places[p] = true
	}
}

// struck reports whether the undated event of c names a place of the
// cluster's events: "the besieged steelworks in Norport" in a report on the
// siege that dated reports tell of.
func (cl *cluster) struck(c *claims.Claim) bool {
	for _, p := range c.Event.Places {
		if cl.places[p] {
			return true
		}
	}
	return false
}

// joinCluster returns the dated cluster the undated claim c speaks of, or
// -1. Only claims that point at the news of their report join: claims of
// their document's story event, days without a year, weekdays ("the
// quake that hit on Monday"), events told by magnitude or name, or by a
// place the cluster's events struck ("at the besieged steelworks in
// Norport"; not "the war killed 30,000", which may be any war). They join
// the one cluster that may be theirs (magnitude, name and publication
// agree); among several, the one cluster that is most reports' story,
// since an earlier event a report recalls (the 1999 earthquake) is no
// report's story.
func joinCluster(c *claims.Claim, clusters []*cluster) int {
	t := c.Event.Time
	pub, dated := publishedDay(c)
	if c.Event.Another && !dated {
		// "A second quake" of a report of no date: any year's.
		return -1
	}
	placed := false
	if c.Event.From != "story" && !yearless(c) && (t == nil || t.Weekday == "") && c.Event.Magnitude == 0 && c.Event.Name == "" {
		if t != nil || len(c.Event.Places) == 0 {
			return -1
		}
		placed = true
	}
	var cands []int
	best, most, tie := -1, 0, false
	for k, cl := range clusters {
		if dated && dayNumber(pub) < cl.lo {
			continue // a report cannot speak of a later event
		}
		if c.Event.Another && dayNumber(pub) > cl.hi+anotherReach {
			// "A second quake" is one of the days of the report's
			// news, not of a quake of months before.
			continue
		}
		if !cl.sameEvent(c) || yearless(c) && !cl.hasDay(c.Event.Time.Start) || placed && !cl.struck(c) {
			continue
		}
		cands = append(cands, k)
		switch n := len(cl.storyDocs); {
		case n == 0:
		case n > most:
			best, most, tie = k, n, false
		case n == most:
			tie = true
		}
	}
	switch {
	case best >= 0 && !tie:
		// The story most reports tell: a later aftershock is the
		// story of fewer.
		return best
	case best < 0 && len(clusters) == 1 && len(cands) == 1:
		// No report's story: the one dated event of the block.
		return cands[0]
	}
	return -1
}

// anotherReach is how many days after a dated event a report may be
// that tells of it as "a second quake" with no date of its own.
const anotherReach = 31

// sameEvent reports whether the event of claim c may be the cluster's:
// no magnitude or name of c differs from every one of the cluster's.
func (cl *cluster) sameEvent(c *claims.Claim) bool {
	if m := c.Event.Magnitude; m != 0 && len(cl.magnitudes) > 0 {
		ok := false
		for _, x := range cl.magnitudes {
			ok = ok || claims.CompatibleMagnitude(x, m)
		}
		if !ok {
			return false
		}
	}
	if n := c.Event.Name; n != "" && len(cl.names) > 0 && !cl.names[n] {
		return false
	}
	return true
}

// hasDay reports whether a day without a year ("the February 6 quake" in
// an undated report) is a day of the cluster in one of its years.
func (cl *cluster) hasDay(d norm.Date) bool {
	if cl.hi < 0 {
		return false
	}
	for y := cl.lo / 372; y <= cl.hi/372; y++ {
		d.Year = y
		if n := dayNumber(d); n >= cl.lo && n <= cl.hi {
			return true
		}
	}
	return false
}

// splitMagnitudes splits a group of claims by the magnitudes of their
// events: claims whose magnitudes lie within the spread of early reports
// of one another stay together; claims whose event has no magnitude join
// the magnitude most documents give, and stay apart when no one magnitude
// leads.
func splitMagnitudes(cs []*claims.Claim, g []int) [][]int {
	var none, with []int
	for _, i := range g {
		if cs[i].Event.Magnitude == 0 {
			none = append(none, i)
		} else {
			with = append(with, i)
		}
	}
	if len(with) == 0 {
		return [][]int{g}
	}
	slices.SortStableFunc(with, func(a, b int) int { return cmp.Compare(cs[a].Event.Magnitude, cs[b].Event.Magnitude) })
	var out [][]int
	cur := []int{with[0]}
	for _, i := range with[1:] {
		if cs[i].Event.Magnitude-cs[cur[len(cur)-1]].Event.Magnitude > claims.MagnitudeSpread {
			out = append(out, cur)
			cur = nil
		}
		cur = append(cur, i)
	}
	out = append(out, cur)
	if len(none) > 0 {
		// A report that gives no magnitude speaks of the event most
		// reports speak of: the chain of the most documents, when one
		// has more than the others.
		best, bestDocs, tie := 0, 0, false
		for k, o := range out {
			switch n := docCount(cs, o); {
			case n > bestDocs:
				best, bestDocs, tie = k, n, false
			case n == bestDocs:
				tie = true
			}
		}
		if tie {
			out = append(out, none)
		} else {
			out[best] = append(out[best], none...)
		}
	}
	for _, o := range out {
		slices.Sort(o)
	}
	return out
}

// docCount counts the documents of claims g.
func docCount(cs []*claims.Claim, g []int) int {
	docs := map[string]bool{}
	for _, i := range g {
		docs[cs[i].Doc] = true
	}
	return len(docs)
}

// splitNames splits a group of claims by the names of their events
// (Hurricane Maria, Hurricane Irma): claims of one name stay together;
// claims whose event has no name stay with the others when all share one
// name, and apart otherwise.
func splitNames(cs []*claims.Claim, g []int) [][]int {
	byName := map[string][]int{}
	var names []string
	var none []int
	for _, i := range g {
		n := cs[i].Event.Name
		if n == "" {
			none = append(none, i)
			continue
		}
		if _, ok := byName[n]; !ok {
			names = append(names, n)
		}
		byName[n] = append(byName[n], i)
	}
	if len(names) == 0 {
		return [][]int{g}
	}
	out := make([][]int, 0, len(names)+1)
	for _, n := range names {
		out = append(out, byName[n])
	}
	switch {
	case len(none) == 0:
	case len(out) == 1:
		// A recurring event dated by its own sentence ("May 14's vote")
		// is not the named one ("the runoff") for sharing its time.
		var join, apart []int
		for _, i := range none {
			if c := cs[i]; c.Event.Recurring && c.Event.From != "story" && c.Event.Time != nil {
				apart = append(apart, i)
			} else {
				join = append(join, i)
			}
		}
		out[0] = append(out[0], join...)
		slices.Sort(out[0])
		if len(apart) > 0 {
			out = append(out, apart)
		}
	default:
		out = append(out, none)
	}
	return out
}

// yearless reports whether a claim's event is dated by a day without a
// year.
func yearless(c *claims.Claim) bool {
	t := c.Event.Time
	return t != nil && t.Start.Year == 0 && t.Start.Month != 0 && t.Start.Day != 0
}

// byReferent groups the framing claims of one frame and event by what
// they describe and by the places their reports are about (byPlaces).
// Words whose referent no report names ("the militants", in a report
// that names no group) describe the referent that the reports of their
// places name with the same word ("the Ukrainian defenders" and "the
// defenders"), or the one referent they name, when they name one alone:
// "insurgents" in one report and "the ARSA militants" in another are one
// group's names.
func byReferent(cs []*claims.Claim, idx []int) [][]int {
	var out [][]int
	for _, comp := range byPlaces(cs, idx) {
		bySide := map[string][]int{}
		var sides []string
		for _, i := range comp {
			s := cs[i].Subject.Side
			if _, ok := bySide[s]; !ok {
				sides = append(sides, s)
			}
			bySide[s] = append(bySide[s], i)
		}
		if unnamed := bySide[""]; unnamed != nil && len(sides) > 1 {
			wordSides := map[string][]string{} // word → the named sides using it
			for _, s := range sides {
				if s == "" {
					continue
				}
				for _, i := range bySide[s] {
					for _, fw := range cs[i].Framing {
						if !slices.Contains(wordSides[fw.Word], s) {
							wordSides[fw.Word] = append(wordSides[fw.Word], s)
						}
					}
				}
			}
			var left []int
			for _, i := range unnamed {
				var cand []string
				for _, fw := range cs[i].Framing {
					for _, s := range wordSides[fw.Word] {
						if !slices.Contains(cand, s) {
							cand = append(cand, s)
						}
					}
				}
				if len(cand) == 0 && len(sides) == 2 {
					cand = []string{cmp.Or(sides[0], sides[1])}
				}
				if len(cand) != 1 {
					left = append(left, i)
					continue
				}
				bySide[cand[0]] = append(bySide[cand[0]], i)
			}
			bySide[""] = left
		}
		for _, s := range sides {
			if g := bySide[s]; len(g) > 0 {
				slices.Sort(g)
				out = append(out, byPlaces(cs, g)...)
			}
		}
	}
	return out
}

// byPlaces groups framing claims by the places their reports are about:
// claims whose places overlap, directly or through others, speak of one
// story's act, vote or territory. Claims with no places stand alone.
func byPlaces(cs []*claims.Claim, idx []int) [][]int {
	parent := make([]int, len(idx))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	first := map[string]int{} // place → first claim (position in idx) naming it
	for k, i := range idx {
		if cs[i].Scope == nil {
			continue
		}
		for _, p := range cs[i].Scope.Places {
			if j, ok := first[p]; ok {
				parent[find(k)] = find(j)
			} else {
				first[p] = k
			}
		}
	}
	byRoot := map[int][]int{}
	var roots []int
	for k, i := range idx {
		r := find(k)
		if _, ok := byRoot[r]; !ok {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], i)
	}
	out := make([][]int, 0, len(roots))
	for _, r := range roots {
		out = append(out, byRoot[r])
	}
	return out
}
