package norm

import (
	"math"
)

// Quantities.
//
// A quantity is an optional qualifier, an optional sign word ("minus")
// and currency symbol or code, a figure, and what follows it: a range's
// second figure, a qualifier after the figure ("or more"), a currency,
// percentage or unit of measure (after it, against it or hyphenated to
// it: "5 km", "256GB", "a 6.1-inch screen"), the counted noun, and the
// whole a part is taken from. See Quantity for the values written for
// each qualifier.
//
// A range is two figures joined by "to", a dash, "and" after "between",
// or "to" (or "up to") after "from", each figure with or without its
// unit: "5% to 10%", "between $US160 million and $US171 million",
// "5-10W", "0-to-60 mph", "an estimated 5,000 to 6,000 people" (a range:
// the qualifier is dropped). A scale or unit after the second figure is
// the first's too: "2 to 3 million". "from X to Y" after a verb of change
// ("rose from 300 to 500", "fell from 4.8 to 4.7 percent") is two
// figures, the values before and after, and the second lends the first
// its unit and scale; so is "X to Y" right after one ("increased by
// $43.6 billion to $419.2 billion").
//
// A verb of change before a percentage, points or money ("rose 2%",
// "fell 3.5 points") makes the figure a Change: the figure is written as
// it stands and Direction says which way it went. A sign written against
// a figure or a sign word before it keep their minus: "-5 yards", "minus
// 130 degrees", "$-50.8bn".
//
// The counted noun (Quantity.Unit for a Count) is the first noun of
// nouns.txt within three words of the figure, skipping up to two
// capitalized words or modifiers.txt words ("thirty-two Armenian prisoners
// of war" counts prisoners), after an "of" for vague and scaled figures
// ("hundreds of troops"). No noun gives an empty Unit.
//
// "one" is only a count before a counted noun ("one soldier"); "one of
// the three officials" and "one solution" are a Reference to a single
// one of them (and "three officials" a count), "no one" and "one another"
// no figure. "a" and "an" are never read as 1 on their own. A small
// figure after "the" with no counted noun ("the two countries") is a
// Reference, not a count; so is an age, reference or fraction in
// apposition to the count before it ("three soldiers, one of them a
// medic") no mention at all (see describesCount).
//
// A small figure right after a capitalized word that names nothing
// ("France 24", "Channel 4", "iPhone 11", "S&P 500") is read as part of
// the name, unless a counted noun follows; so is a figure right before
// one ("11 Pro Max"). Ranks ("first", "22nd") are no quantities.
//
// "m" against a figure is million ("£6m", "4.3M sales") except in the
// words of length and height: "a 37m (121ft) skeleton", "37m long".

// Tolerance is the relative band an approximate figure stands for:
// "about 2,000" is 1,800 to 2,200, "nearly 7,000" is 6,300 to 7,000. It
// also caps the band a round figure stands for (see Compatible).
const Tolerance = 0.1

// OpenSlack is how far beyond its bound an open figure is taken to
// reach: "more than 6,500" is read by Compatible as above 6,500 and at most
// 6,500 × (1 + OpenSlack) = 9,750; "fewer than 100" as at least
// 100 × (1 − OpenSlack) = 50 and below 100. A writer who knew the figure
// was far beyond the bound would have said so.
const OpenSlack = 0.5

// levelRatio is how much larger than a change ("rose by 300") the figure
// after "to" must be for it to be the level reached ("to 9,732") rather
// than the top of a range ("by 1 to 1.5 degrees").
const levelRatio = 3

// figOpts says how figureAt reads a figure.
type figOpts struct {
	q Qualifier
	// joiner is the word that joins a range qualifier's figures ("and"
	// after "between").
	joiner string
	// noRange reads the figure alone: it is the value before a change
	// ("from 300 to 500") or a change itself ("rose 5% to $2bn").
	noRange bool
}

func (s *scan) quantityAt(i int) (res result) {
	wi := s.info(i)
	if !s.figureStart(i) && len(wi.quals.ps) == 0 && wi.change == 0 && len(wi.currPre.ps) == 0 && len(wi.measPre.ps) == 0 {
		return none()
	}
	if len(wi.quals.ps) > 0 {
		if v, j, ok := s.match(&wi.quals, i); ok {
			qv := s.r.quals[v]
			if qv.q == Range {
				if res = s.yearRangeAt(i, j, qv.joiner); res.ok {
					return res
				}
				if res = s.dayRangeAt(i, j, qv.joiner); res.ok {
					return res
				}
				if qv.joiner == "to" && s.changeBefore(i) {
					// "rose from 4.8% to 4.7%": the value before the change.
					return s.beforeChangeAt(j)
				}
			}
			if res = s.fractionAt(i, j, qv.q); res.ok {
				return res
			}
			if res = s.figureAt(i, j, figOpts{q: qv.q, joiner: qv.joiner}); res.ok || res.skip {
				return res
			}
		}
	}
	if res = s.fractionAt(i, i, Exact); res.ok || res.skip {
		return res
	}
	if wi.change != 0 && wi.change != changeEither && s.tok(i).kind == tokWord {
		return s.changeAt(i)
	}
	if i > 0 && s.is(i-1, "by") && s.changeBefore(i-1) {
		// "the toll rose by 300 to 9,732": what the count grew by, then
		// the count it reached, not a range; "dropped by 1 to 1.5
		// degrees" is a range of the change.
		if res := s.figureAt(i, i, figOpts{q: Exact, noRange: true}); res.ok && s.is(res.end, "to") && res.m.Quantity.HasStated {
			if next := s.figureAt(res.end+1, res.end+1, figOpts{q: Exact, noRange: true}); next.ok && next.m.Quantity.HasStated &&
				next.m.Quantity.Stated > levelRatio*res.m.Quantity.Stated {
				return res
			}
		}
	}
	return s.figureAt(i, i, figOpts{q: Exact})
}

// changeAt reads a change after the verb or adverb of change at i: "rose
// 2%", "fell by 3.5 points", "up 19 cents", "down more than 5%".
func (s *scan) changeAt(i int) result {
	j := i + 1
	if s.is(j, "by") {
		j++
	}
	o := figOpts{q: Exact, noRange: true}
	if v, k, ok := s.match(&s.info(j).quals, j); ok && s.r.quals[v].q != Range {
		o.q, j = s.r.quals[v].q, k
	}
	res := s.figureAt(j, j, o)
	if !res.ok {
		return none()
	}
	q := &res.m.Quantity
	if q.Class != Percent && q.Class != Money && q.Class != Change {
		return none()
	}
	res.first = i
	q.Class = Change
	q.Direction = Up
	if s.info(i).change < 0 {
		q.Direction = Down
	}
	return res
}

// changeBefore reports whether a verb of change stands in the few words
// before token i, with no punctuation between.
func (s *scan) changeBefore(i int) bool {
	for k := i - 1; k >= i-4 && k >= 0; k-- {
		t := s.tok(k)
		if t.kind == tokPunct {
			return false
		}
		if t.info != nil && t.info.change != 0 && t.kind == tokWord {
			return true
		}
	}
	return false
}

// beforeChangeAt reads the value before a change, "300" in "rose from
// 300 to 500", with the unit and scale of the value after it when it has
// none of its own: "from 4.8 to 4.7 percent", "from 24.2 to 33-35 billion
// euros".
func (s *scan) beforeChangeAt(j int) result {
	res := s.figureAt(j, j, figOpts{q: Exact, noRange: true})
	if !res.ok || !s.is(res.end, "to") || res.m.Quantity.Qualifier != Exact {
		return res
	}
	f, _ := s.readFigure(j)
	g, ok := s.readFigure(res.end + 1)
	if !ok || g.skip || g.n.vague {
		return res
	}
	gn := g.n
	if !gn.scaled && s.isDash(g.numEnd) {
		if h, ok := s.readFigure(g.numEnd + 1); ok && !h.skip && h.n.scaled {
			gn = h.n
			if !g.hasUnit && h.hasUnit {
				g.unit, g.hasUnit = h.unit, true
			}
		}
	}
	q := &res.m.Quantity
	x := q.Stated
	if gn.scaled && !f.n.scaled && !f.hasUnit {
		if m := scaleOf(gn); x*m <= 100*math.Abs(gn.val) && x*m*100 >= math.Abs(gn.val) {
			x *= m
		}
	}
	if x != q.Stated {
		u := *q
		*q = bounded(Exact, x, q.Class == Count)
		q.Class, q.Unit = u.Class, u.Unit
	}
	if !f.hasUnit && g.hasUnit && q.Class == Count && q.Unit == "" && q.Whole == nil {
		q.Class, q.Unit = g.unit.class, g.unit.unit
		q.Low, q.High = x, x
	}
	return res
}

// yearRangeAt reads "between 2018 and 2020" or "from 1988 to 1994" as a
// time, with j after "between" or "from".
func (s *scan) yearRangeAt(i, j int, joiner string) result {
	if e := s.eraEnd(j); e > j {
		// "between A.D. 1000 and 1260"
		n1, ok1 := s.plainDigits(e)
		n2, ok2 := s.plainDigits(e + 2)
		if ok1 && ok2 && n1 <= 4 && n2 <= 4 && s.is(e+1, joiner) {
			y1, y2 := atoiDigits(s.str(e)), atoiDigits(s.str(e+2))
			if y2 > y1 && y1 > 0 {
				return timeRes(i, e+3, Time{Start: Date{y1, 1, 1}, End: Date{y2, 12, 31}, Anchored: true})
			}
		}
	}
	y1, ok1 := s.yearTok(j)
	y2, ok2 := s.yearTok(j + 2)
	if !ok1 || !ok2 || !s.is(j+1, joiner) && !s.isDash(j+1) || y2 <= y1 || s.countFollows(j+3) {
		return none()
	}
	return timeRes(i, j+3, Time{Start: Date{y1, 1, 1}, End: Date{y2, 12, 31}, Anchored: true})
}

// dayRangeAt reads "between 24 and 25 August" or "from 20 to 22 August
// 2022" as a time, with j after "between" or "from": the days of one
// month.
func (s *scan) dayRangeAt(i, j int, joiner string) result {
	d1, ok1 := s.dayTok(j)
	d2, ok2 := s.dayTok(j + 2)
	if !ok1 || !ok2 || !s.is(j+1, joiner) || d2 <= d1 {
		return none()
	}
	return s.daysOfMonth(i, j+3, d1, d2, "")
}

// figure is one figure read with its prefix and its unit.
type figure struct {
	n num
	// start is the first token (a currency before the figure, a sign
	// word); numEnd the token after the number; end the token after the
	// unit.
	start, numEnd, end int
	unit               unitVal
	hasUnit            bool
	unitBefore         bool // the unit stands before the figure: "$5"
	// skip marks a figure that is no quantity (a rank, a name): tokens up
	// to end are skipped.
	skip bool
}

// readFigure reads a figure at j with the currency or unit around it.
func (s *scan) readFigure(j int) (figure, bool) {
	f := figure{start: j}
	neg := false
	if nw := s.info(j).num; nw != nil && nw.kind == numSign && s.tok(j).kind == tokWord {
		k := j + 1
		if s.isDash(k) && s.attached(k) && s.attached(k+1) {
			k++
		}
		if t := s.tok(k); t != nil && (t.kind == tokNum && t.sign == 0 || t.info != nil && t.info.num != nil && t.info.num.kind == numCardinal) {
			neg, j = true, k
		}
	}
	if v, k, ok := s.match(&s.info(j).currPre, j); ok {
		f.unit, f.hasUnit, f.unitBefore, j = s.r.units[v], true, true, k
	} else if v, k, ok := s.match(&s.info(j).measPre, j); ok && s.tok(k) != nil && s.tok(k).kind == tokNum {
		f.unit, f.hasUnit, f.unitBefore, j = s.r.units[v], true, true, k
	}
	n, ok := s.numAt(j)
	if !ok {
		return f, false
	}
	if neg {
		n.val, n.alt, n.low, n.high = -n.val, -n.alt, -n.high, -n.low
	}
	f.n = n
	if n.ordinal {
		f.skip, f.end = true, n.end
		return f, true
	}
	s.scientific(&f.n)
	s.partAfter(&f.n)
	n = f.n
	e := n.end
	if n.suffix != "" {
		switch {
		case n.suffix == "s" && n.digits:
			// "2,000s": the figures that start so, as the 1990s are a decade.
			p := precision(n.val)
			f.n.vague, f.n.low, f.n.high = true, n.val, n.val+p-1
		default:
			u, k, ok := s.gluedUnit(n)
			if !ok || f.hasUnit && u.class != Money {
				f.skip, f.end = true, e
				return f, true // "3D", "5G", "3pm"
			}
			if !f.hasUnit {
				f.unit, f.hasUnit = u, true
			}
			e = k
		}
	}
	f.numEnd = n.end
	if n.multiple && !f.hasUnit {
		f.unit, f.hasUnit = unitVal{class: Measure, unit: "fold"}, true
	}
	if !f.hasUnit && n.metre && s.metresAt(e) {
		// "a 37m (121ft) skeleton": metres, not million.
		f.n.val /= 1e6
		f.n.scaled = false
		f.unit, f.hasUnit = unitVal{class: Measure, unit: "m"}, true
	}
	if !f.hasUnit {
		if u, k, ok := s.unitAfter(e, n); ok {
			f.unit, f.hasUnit, e = u, true, k
		}
	}
	f.end = e
	return f, true
}

// unitAfter reads a unit of measure, a percentage or a currency at e,
// after the figure n: "%", "per cent", "euros", "mph", "-inch".
func (s *scan) unitAfter(e int, n num) (unitVal, int, bool) {
	if v, k, ok := s.match(&s.info(e).meas, e); ok && s.caseOK(s.r.units[v], e) {
		return s.r.units[v], k, true
	}
	if v, k, ok := s.match(&s.info(e).curr, e); ok && (n.digits || n.scaled) {
		return s.r.units[v], k, true
	}
	// "a 6.1-inch screen", "a 185-hp engine", "a 4.3M-euro deal"
	if s.isDash(e) && s.attached(e) && s.attached(e+1) {
		if v, k, ok := s.match(&s.info(e+1).meas, e+1); ok && s.caseOK(s.r.units[v], e+1) {
			return s.r.units[v], k, true
		}
		if v, k, ok := s.match(&s.info(e+1).curr, e+1); ok && (n.digits || n.scaled) {
			return s.r.units[v], k, true
		}
	}
	return unitVal{}, e, false
}

// caseOK reports whether the unit word at token j is written in the case
// the unit asks for ("40C" but not "40c" for Celsius).
func (s *scan) caseOK(u unitVal, j int) bool {
	switch u.letterCase {
	case caseLower:
		return !s.tok(j).cap
	case caseUpper:
		return s.tok(j).cap
	}
	return true
}

// gluedUnit returns the unit written against the figure n ("256GB",
// "6kW", "32m2", "100km/hr") and the token after it.
func (s *scan) gluedUnit(n num) (unitVal, int, bool) {
	wi := s.r.table.find(n.suffix)
	if wi == nil {
		return unitVal{}, n.end, false
	}
	str := s.str(n.end - 1)
	written := str[len(str)-len(n.suffix):]
	for _, l := range [2][]phrase{wi.meas.ps, wi.curr.ps} {
		for _, p := range l {
			u := s.r.units[p.val]
			if u.letterCase == caseLower && !isLower(written) || u.letterCase == caseUpper && isLower(written) {
				continue
			}
			// The suffix is the phrase's first word; the rest follows.
			ok := true
			for k := 1; k < len(p.words); k++ {
				if !eqFold(s.str(n.end-1+k), p.words[k]) || !s.attached(n.end-1+k) && p.words[k] == "/" {
					ok = false
					break
				}
			}
			if ok {
				return u, n.end - 1 + len(p.words), true
			}
		}
	}
	return unitVal{}, n.end, false
}

func isLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return false
		}
	}
	return true
}

// metresAt reports whether what follows a figure with "m" against it at
// e makes the "m" metres: a word of size ("long", "-tall", "high") or a
// conversion into feet in brackets.
func (s *scan) metresAt(e int) bool {
	k := e
	if s.isDash(k) && s.attached(k) {
		k++
	}
	if s.info(k).size {
		return true
	}
	if s.isPunct(e, "(") {
		if _, ok := s.numAt(e + 1); ok {
			n, _ := s.numAt(e + 1)
			if n.suffix == "ft" || s.is(n.end, "ft") || s.is(n.end, "feet") {
				return true
			}
		}
	}
	return false
}

// scientific reads a power of ten after the figure n: "1.99×10−30",
// "3 x 10^8".
func (s *scan) scientific(n *num) {
	e := n.end
	if !n.digits || !(s.isPunct(e, "×") || s.is(e, "x") || s.isPunct(e, "*")) || s.str(e+1) != "10" {
		return
	}
	k := e + 2
	if s.isPunct(k, "^") && s.attached(k) {
		k++
	}
	neg := false
	switch {
	case s.tok(k) != nil && s.tok(k).kind == tokNum && s.tok(k).sign != 0 && s.attached(k):
		neg = s.tok(k).sign < 0
	case (s.isPunct(k, "−") || s.isPunct(k, "-")) && s.attached(k) && s.attached(k+1):
		neg = true
		k++
	case s.isPunct(k, "+") && s.attached(k):
		k++
	}
	t := s.tok(k)
	if t == nil || t.kind != tokNum || !s.attached(k) {
		return
	}
	str := s.str(k)[t.lead:]
	if !isAllDigits(str) || len(str) > 3 {
		return
	}
	x := float64(atoiDigits(str))
	if neg {
		x = -x
	}
	n.val = clean(n.val * math.Pow(10, x))
	n.end, n.scaled, n.european, n.plain = k+1, true, false, false
}

// partAfter adds a fraction sign written against the figure: "1½".
func (s *scan) partAfter(n *num) {
	if !n.digits || n.suffix != "" || n.scaled {
		return
	}
	if t := s.tok(n.end); t != nil && !t.space && t.info != nil && t.info.num != nil && t.info.num.kind == numPart {
		n.val += t.info.num.val
		n.end++
		n.plain = false
	}
}

// figureAt reads a figure at j with the qualifier o.q already read from
// first.
func (s *scan) figureAt(first, j int, o figOpts) result {
	q := o.q
	f, ok := s.readFigure(j)
	if !ok {
		return none()
	}
	if k := f.start; k != first || f.n.first != k {
		// The figure after a qualifier, a currency or a verb may be a
		// label, a date or a score: "at least 3-0 down", "over 12/07".
		if t := s.tok(f.n.first); t != nil && t.kind == tokNum {
			if res := s.label(f.n.first); res.ok || res.skip {
				return none()
			}
		}
	}
	if f.skip {
		if f.start != j || first != j {
			return none()
		}
		return skipTo(f.end)
	}
	n := f.n
	e := f.end
	if s.unitAt(e) != nil && !f.hasUnit && q != Exact {
		return none() // a duration: "more than three months"
	}
	if q == Exact && !f.hasUnit && f.start == first && !s.countFollows(e, true) {
		if n.plain && (n.val < 1000 && s.nameBefore(f.start) || s.nameAfter(e)) {
			return skipTo(e)
		}
		// "BBC One", "the Kick Six": a number word in a name.
		if !n.digits && s.tok(f.start).cap && s.capBefore(f.start) {
			return skipTo(e)
		}
	}
	if n.one && !n.digits && q == Exact && !f.hasUnit {
		if _, _, ok := s.nounAt(e, false, true); !ok {
			if s.info(f.start - 1).pronoun {
				return none() // "no one", "the one"
			}
			// "one of the best", "one of its soldiers": one of a set the
			// text names; "one solution", "one side": a single one.
			if s.special(e) == spOf || s.singleNoun(e) {
				qt := bounded(Exact, 1, true)
				qt.Class = Reference
				return quantityRes(first, e, qt)
			}
			return none()
		}
	}
	low, high := n.val, n.val
	isRange := false
	if !n.vague && !o.noRange {
		r, ok := s.rangeAfter(f, o)
		if ok {
			low, high, isRange, e = r.low, r.high, true, r.end
			if !f.hasUnit && r.hasUnit {
				f.unit, f.hasUnit = r.unit, true
			}
		}
		if q == Range && !isRange {
			return none()
		}
	}
	if (q == Exact || q == About) && isRange {
		q = Range
	}
	if q == Exact && !isRange && !n.vague {
		if v, k, ok := s.match(&s.info(e).postQuals, e); ok && (s.str(e) != "+" || s.attached(e)) {
			q, e = s.r.quals[v].q, k
		} else if s.isDash(e) && s.attached(e) && s.is(e+1, "plus") {
			q, e = AtLeast, e+2 // "10,000-plus"
		}
	}
	if !f.hasUnit {
		if u, k, ok := s.unitAfter(e, n); ok {
			f.unit, f.hasUnit, e = u, true, k
		} else if u, k, ok := s.compoundAt(e); ok && !isRange && q == Exact {
			f.unit, f.hasUnit, e = u, true, k
		}
	}
	var qt Quantity
	switch {
	case n.vague:
		qt = Quantity{Low: n.low, High: n.high, Qualifier: Vague}
	case isRange:
		qt = Quantity{Low: low, High: high, Qualifier: Range}
	default:
		x := n.val
		if n.european && !f.hasUnit {
			if _, _, ok := s.nounAt(e, false, true); ok {
				x = n.alt
			}
		}
		qt = bounded(q, x, !f.hasUnit)
	}
	if f.hasUnit {
		qt.Class, qt.Unit = f.unit.class, f.unit.unit
		if qt.Class == Percent && qt.HasStated {
			if w, k, ok := s.wholeAt(e, 0); ok {
				qt.Whole, e = w, k
			}
		}
		return quantityRes(first, e, qt)
	}
	if u, k, ok := s.nounAt(e, n.vague || n.scaled, true); ok {
		qt.Unit, e = u, k
	} else if s.referenceAt(first, n, q, isRange) {
		qt.Class = Reference
	}
	if qt.HasStated && qt.Qualifier != Range && qt.Class == Count {
		if w, k, ok := s.wholeAt(e, qt.Stated); ok {
			// The part and the whole count the same things.
			if w.Unit == "" {
				w.Unit = qt.Unit
			} else if qt.Unit == "" {
				qt.Unit = w.Unit
			}
			qt.Whole, e = w, k
		}
	}
	return quantityRes(first, e, qt)
}

// span is the second figure of a range and what the range takes.
type span struct {
	low, high float64
	end       int
	unit      unitVal
	hasUnit   bool
}

// rangeAfter reads the second figure of a range after the figure f: "to
// 6,000", "-30", "and 6% " after "between", "or three".
func (s *scan) rangeAfter(f figure, o figOpts) (span, bool) {
	n := f.n
	k := f.numEnd
	if f.hasUnit && !f.unitBefore {
		k = f.end // "5% to 10%"
	}
	switch {
	case o.q == Range:
		if o.joiner == "to" && s.is(k, "up") && s.is(k+1, "to") {
			k++ // "from 450 sq ft up to 900 sq ft"
		} else if !s.is(k, o.joiner) && !(o.joiner == "and" && s.special(k) == spTo) {
			return span{}, false
		}
	case o.q == Exact || o.q == About:
		switch {
		case s.special(k) == spTo:
		case s.isDash(k) && s.attached(k) && s.special(k+1) == spTo && s.isDash(k+2) && s.attached(k+1) && s.attached(k+2) && s.attached(k+3):
			k += 2 // "0-to-60"
		case s.isDash(k) && s.attached(k) == s.attached(k+1):
		default:
			return span{}, false
		}
	default:
		return span{}, false
	}
	k++
	g, ok := s.readFigure(k)
	if !ok || g.skip || g.n.vague || g.n.ordinal {
		return span{}, false
	}
	if g.start != k && !f.hasUnit && !g.hasUnit {
		return span{}, false
	}
	// Units on both ends must agree; one on the second end is the first's.
	if f.hasUnit && g.hasUnit && (f.unit.unit != g.unit.unit || f.unit.class != g.unit.class) {
		return span{}, false
	}
	if !f.hasUnit && g.unitBefore {
		return span{}, false // "7% to $2bn"
	}
	if n.digits != g.n.digits && !g.hasUnit && !f.hasUnit {
		return span{}, false
	}
	a, b := n.val, g.n.val
	if g.n.scaled && !n.scaled && a < b {
		if m := scaleOf(g.n); a*m <= b {
			a *= m
		}
	}
	if a >= b {
		return span{}, false
	}
	r := span{low: a, high: b, end: g.end}
	if g.hasUnit {
		r.unit, r.hasUnit = g.unit, true
	}
	return r, true
}

// referenceAt reports whether the figure n, read from first, names things
// the text speaks of: a small figure in words after "the", "these", "its"
// and the like, with no counted noun: "the two countries".
func (s *scan) referenceAt(first int, n num, q Qualifier, isRange bool) bool {
	if q != Exact || isRange || n.vague || n.val < 2 || n.val > 10 || n.val != math.Trunc(n.val) || n.digits && !n.plain {
		return false
	}
	return s.info(first - 1).definite
}

func quantityRes(first, end int, q Quantity) result {
	return result{ok: true, first: first, end: end, m: Mention{Kind: QuantityKind, Quantity: q}}
}

// scaleOf returns the product of the scales applied to n ("3 million": 1e6).
func scaleOf(n num) float64 {
	m := 1.0
	for v := math.Abs(n.val); v >= 1000 && math.Mod(v, 1000) == 0; v /= 1000 {
		m *= 1000
	}
	if n.scale > m {
		return n.scale
	}
	return m
}

// bounded makes the quantity of figure x with qualifier q. count says the
// figure counts things, which cannot be fewer than none.
func bounded(q Qualifier, x float64, count bool) Quantity {
	qt := Quantity{Low: x, High: x, Stated: x, HasStated: true, Qualifier: q}
	floor := math.Inf(-1)
	if count {
		floor = 0
	}
	switch q {
	case MoreThan:
		qt.High, qt.LowOpen = math.Inf(1), true
	case AtLeast:
		qt.High = math.Inf(1)
	case LessThan:
		qt.Low, qt.HighOpen = floor, true
	case AtMost:
		qt.Low = floor
	case Nearly:
		qt.Low = clean(x * (1 - Tolerance))
	case About:
		h := aboutBand(x)
		qt.Low, qt.High = clean(x-h), clean(x+h)
	}
	if qt.Low > qt.High {
		qt.Low, qt.High = qt.High, qt.Low
	}
	return qt
}

// clean rounds away floating-point noise: 1800.0000000000002 is 1800.
func clean(f float64) float64 {
	if f == 0 || math.IsInf(f, 0) {
		return f
	}
	p := math.Pow(10, 9-math.Floor(math.Log10(math.Abs(f))))
	return math.Round(f*p) / p
}

// nameBefore reports whether the figure at j follows a word that names
// something the lexicon does not know: a capitalized word ("France 24"),
// a word with capitals inside it ("iPhone 11", "FTSE 100") or a single
// capital letter ("S&P 500").
func (s *scan) nameBefore(j int) bool {
	p := s.tok(j - 1)
	if p == nil || p.kind != tokWord || !s.tok(j).space {
		return false
	}
	w := s.str(j - 1)
	inner := innerCapital(w)
	single := len(w) == 1 && p.cap && w != "A" && w != "I"
	if !p.cap && !inner {
		return false
	}
	if p.info != nil {
		wi := p.info
		if !inner && !single || wi.num != nil || wi.month > 0 || wi.weekday != "" || len(wi.quals.ps) > 0 || wi.special != spNone {
			return false
		}
	}
	start := j-1 == 0 || s.isPunct(j-2, ".")
	return !start || inner || single
}

// innerCapital reports whether w has a capital letter after its first
// letter: "iPhone", "FTSE", "eBay".
func innerCapital(w string) bool {
	for i := 1; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// nameAfter reports whether the word at e, right after a figure, makes
// the figure part of a name: a capitalized word the lexicon does not know
// that is no plural ("11 Pro Max", "737 Max").
func (s *scan) nameAfter(e int) bool {
	t := s.tok(e)
	if t == nil || t.kind != tokWord || !t.cap || t.info != nil || !t.space {
		return false
	}
	w := s.str(e)
	if plural(w) {
		return false
	}
	// "96 Liverpool fans" counts fans: a word after the name is what the
	// figure counts.
	k := e + 1
	for k < e+3 && s.tok(k) != nil && s.tok(k).kind == tokWord && s.tok(k).cap {
		k++
	}
	if n := s.tok(k); n != nil && n.kind == tokWord && !n.cap && s.special(k) == spNone {
		return false
	}
	return true
}

// singleNoun reports whether the word at e, after "one", is a noun in
// the singular that "one" picks out: "one solution", "one particular
// demand". Function words, figures, units and words of time are not.
func (s *scan) singleNoun(e int) bool {
	t := s.tok(e)
	if t == nil || t.kind != tokWord || t.cap || !t.space || plural(s.str(e)) {
		return false
	}
	if wi := t.info; wi != nil && (wi.special != spNone || wi.num != nil || wi.function || wi.definite || wi.change != 0 ||
		wi.dur != nil || wi.month > 0 || len(wi.quals.ps) > 0 || len(wi.meas.ps) > 0 || len(wi.curr.ps) > 0) {
		return false
	}
	return !s.isDash(e + 1)
}

// capBefore reports whether a capitalized word that is not the first of
// its sentence stands before token j.
func (s *scan) capBefore(j int) bool {
	p := s.tok(j - 1)
	return p != nil && p.kind == tokWord && p.cap && j-1 > 0 && !s.isPunct(j-2, ".") && (p.info == nil || p.info.num == nil && p.info.special == spNone)
}

// compoundAt reads a word hyphenated after a figure that makes the two a
// description of the noun after them ("200-bed hospitals", "a six-speed
// gearbox"): the figure is a measure in that word, not a count. Words of
// strength keep it a count ("a 1,960-strong force").
func (s *scan) compoundAt(e int) (unitVal, int, bool) {
	if !s.isDash(e) || !s.attached(e) || !s.attached(e+1) {
		return unitVal{}, e, false
	}
	t := s.tok(e + 1)
	if t == nil || t.kind != tokWord || t.cap || t.info != nil && (t.info.strength || t.info.special != spNone || t.info.num != nil || len(t.info.nouns.ps) > 0 && plural(s.str(e+1))) {
		return unitVal{}, e, false
	}
	if n := s.tok(e + 2); n == nil || n.kind != tokWord && !s.isDash(e+2) {
		return unitVal{}, e, false
	}
	return unitVal{class: Measure, unit: lowerASCII(s.str(e + 1))}, e + 2, true
}

// countFollows reports whether a counted noun, a currency or a unit of
// measure follows at j, so that the number before is a count and not a
// year or a day. caps allows capitalized words to be skipped on the way.
func (s *scan) countFollows(j int, caps ...bool) bool {
	c := len(caps) > 0 && caps[0]
	if _, _, ok := s.nounAt(j, false, c); ok {
		return true
	}
	if _, _, ok := s.match(&s.info(j).meas, j); ok && !s.is(j, "m") {
		return true
	}
	if _, _, ok := s.match(&s.info(j).curr, j); ok && !s.is(j, "p") {
		return true
	}
	return false
}

// nounAt finds the counted noun after a figure ending at j: after "of"
// when of is true, skipping up to two modifiers (capitalized words when
// caps is true). It returns the unit and the token after the noun.
func (s *scan) nounAt(j int, of, caps bool) (string, int, bool) {
	k := j
	if of && s.special(k) == spOf {
		k++
	}
	for skipped := 0; ; skipped++ {
		t := s.tok(k)
		if t == nil || t.kind != tokWord {
			return "", j, false
		}
		if t.info != nil {
			if v, e, ok := s.match(&t.info.nouns, k); ok {
				return s.r.nouns[v], e, true
			}
		}
		if skipped == 2 {
			return "", j, false
		}
		switch {
		case t.info != nil && t.info.modifier:
		case caps && t.cap && (t.info == nil || t.info.num == nil && t.info.month == 0 && t.info.weekday == "" && t.info.special == spNone):
		default:
			return "", j, false
		}
		k++
	}
}

// wholeAt reads the whole a part of part is taken from: "out of the
// 120,000 recorded", "of the 120,000", "out of a total of 5,000". The
// whole must be at least part.
func (s *scan) wholeAt(j int, part float64) (*Quantity, int, bool) {
	k := j
	switch {
	case s.special(k) == spOut && s.special(k+1) == spOf:
		k += 2
	case s.special(k) == spOf && (s.special(k+1) == spThe || s.tok(k+1) != nil && s.tok(k+1).kind == tokNum):
		k++
	default:
		return nil, j, false
	}
	if s.special(k) == spThe {
		k++
	}
	if s.special(k) == spA && s.is(k+1, "total") && s.special(k+2) == spOf {
		k += 3
	}
	q := Exact
	if v, k2, ok := s.match(&s.info(k).quals, k); ok && s.r.quals[v].q != Range {
		q, k = s.r.quals[v].q, k2
	}
	n, ok := s.numAt(k)
	if !ok || n.vague || n.ordinal || n.suffix != "" || n.val < part || n.one || n.val <= 0 {
		return nil, j, false
	}
	if _, ok := s.yearTok(k); ok && !n.scaled && !s.countFollows(n.end, true) {
		return nil, j, false // "of 2020"
	}
	if _, _, ok := s.unitAfter(n.end, n); ok {
		return nil, j, false // "280 million of the 1.5 billion shekels": money
	}
	w := bounded(q, n.val, true)
	e := n.end
	if u, k2, ok := s.nounAt(e, n.scaled, true); ok {
		w.Unit, e = u, k2
	}
	return &w, e, true
}

// precision returns the place value of the last non-zero digit of an
// integer figure: 100 for 6,500, 1 for 6,512, 10,000 for 30,000. A figure
// with a fraction has precision 0.
func precision(x float64) float64 {
	x = math.Abs(x)
	if x == 0 || x != math.Trunc(x) {
		return 0
	}
	p := 1.0
	for math.Mod(x, p*10) == 0 {
		p *= 10
	}
	return p
}
