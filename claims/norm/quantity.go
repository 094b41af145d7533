package norm

import (
	"math"
)

// Quantities.
//
// A quantity is an optional qualifier, an optional currency symbol, a
// figure, and what follows it: a range's second figure, a qualifier after
// the figure ("or more"), a currency, percentage or unit of measure, the
// counted noun, and the whole a part is taken from. See Quantity for the
// values written for each qualifier.
//
// The counted noun (Quantity.Unit for a Count) is the first noun of
// nouns.txt within three words of the figure, skipping up to two
// capitalized words or modifiers.txt words ("thirty-two Armenian prisoners
// of war" counts prisoners), after an "of" for vague and scaled figures
// ("hundreds of troops"). No noun gives an empty Unit.
//
// "one" is only a count before a counted noun ("one soldier"): "one of
// the three officials" gives no mention for "one" (and a count of 3
// officials). "a" and "an" are never read as 1 on their own.
//
// A small figure right after a capitalized word that names nothing
// ("France 24", "Channel 4") is read as part of the name, unless a counted
// noun follows.

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

func (s *scan) quantityAt(i int) result {
	wi := s.info(i)
	if len(wi.quals) > 0 {
		if v, j, ok := s.match(wi.quals, i); ok {
			if s.r.quals[v].q == Range {
				if res := s.yearRangeAt(i, j); res.ok {
					return res
				}
			}
			if res := s.figureAt(i, j, s.r.quals[v].q); res.ok {
				return res
			}
		}
	}
	if wi.change != 0 && s.tok(i).kind == tokWord {
		j := i + 1
		if s.is(j, "by") {
			j++
		}
		res := s.figureAt(j, j, Exact)
		if !res.ok {
			return none()
		}
		q := &res.m.Quantity
		if q.Class != Percent && q.Class != Money && q.Class != Change {
			return none()
		}
		res.first = i
		q.Class = Change
		if wi.change < 0 {
			negate(q)
		}
		return res
	}
	return s.figureAt(i, i, Exact)
}

// yearRangeAt reads "between 2018 and 2020" as a time, with j after
// "between".
func (s *scan) yearRangeAt(i, j int) result {
	y1, ok1 := s.yearTok(j)
	y2, ok2 := s.yearTok(j + 2)
	if !ok1 || !ok2 || s.special(j+1) != spAnd || y2 <= y1 || s.countFollows(j+3) {
		return none()
	}
	return timeRes(i, j+3, Time{Start: Date{y1, 1, 1}, End: Date{y2, 12, 31}, Anchored: true})
}

// negate turns a rise into a fall.
func negate(q *Quantity) {
	q.Low, q.High = -q.High, -q.Low
	q.LowOpen, q.HighOpen = q.HighOpen, q.LowOpen
	q.Stated = -q.Stated
}

// figureAt reads a figure at j with the qualifier q already read from
// first.
func (s *scan) figureAt(first, j int, q Qualifier) result {
	var unit unitVal
	hasUnit := false
	if v, k, ok := s.match(s.info(j).currPre, j); ok {
		unit, hasUnit, j = s.r.units[v], true, k
	} else if v, k, ok := s.match(s.info(j).measPre, j); ok && s.tok(k) != nil && s.tok(k).kind == tokNum {
		unit, hasUnit, j = s.r.units[v], true, k
	}
	n, ok := s.numAt(j)
	if !ok {
		return none()
	}
	e := n.end
	if n.ordinal {
		if q != Exact || hasUnit {
			return none()
		}
		return quantityRes(first, e, Quantity{Low: n.val, High: n.val, Stated: n.val, HasStated: true, Class: Ordinal})
	}
	if n.suffix != "" {
		switch {
		case n.suffix == "s" && n.digits:
			// "2,000s": the figures that start so, as the 1990s are a decade.
			p := precision(n.val)
			n.vague, n.low, n.high = true, n.val, n.val+p-1
		default:
			wi := s.r.words[n.suffix]
			if wi == nil || hasUnit {
				return skipTo(e)
			}
			u, ok := s.r.suffixUnit(wi)
			if !ok {
				return skipTo(e) // "3D", "5G", "3pm"
			}
			unit, hasUnit = u, true
		}
	}
	if n.plain && q == Exact && !hasUnit && n.val < 1000 && s.nameBefore(j) && !s.countFollows(e, true) {
		return skipTo(e)
	}
	if n.one && !n.digits && q == Exact && !hasUnit {
		if _, _, ok := s.nounAt(e, false, true); !ok {
			return none()
		}
	}
	low, high := n.val, n.val
	isRange := false
	// Ranges: "between 5,000 and 6,000", "5,000 to 6,000", "5,000-6,000",
	// "2 to 3 million".
	if !n.vague {
		k := e
		joined := false
		switch {
		case q == Range:
			joined = s.special(k) == spAnd
		case q == Exact:
			joined = s.special(k) == spTo || s.isDash(k) && (s.attached(k) == s.attached(k+1))
		}
		if joined {
			k++
			if hasUnit {
				if _, k2, ok := s.match(s.info(k).currPre, k); ok {
					k = k2
				}
			}
			if n2, ok := s.numAt(k); ok && !n2.vague && !n2.ordinal && n2.suffix == "" && n.digits == n2.digits {
				a := n.val
				if n2.scaled && !n.scaled && a < n2.val {
					if m := scaleOf(n2); a*m <= n2.val {
						a *= m
					}
				}
				if a < n2.val {
					low, high, isRange, e = a, n2.val, true, n2.end
				}
			}
		}
		if q == Range && !isRange {
			return none()
		}
	}
	if q == Exact && !isRange && !n.vague {
		if v, k, ok := s.match(s.info(e).postQuals, e); ok && (s.str(e) != "+" || s.attached(e)) {
			q, e = s.r.quals[v].q, k
		} else if s.isDash(e) && s.attached(e) && s.is(e+1, "plus") {
			q, e = AtLeast, e+2 // "10,000-plus"
		}
	}
	// Units after the figure: "%", "per cent", "euros", "mph".
	if !hasUnit {
		if v, k, ok := s.match(s.info(e).meas, e); ok {
			unit, hasUnit, e = s.r.units[v], true, k
		} else if v, k, ok := s.match(s.info(e).curr, e); ok && (n.digits || n.scaled) {
			unit, hasUnit, e = s.r.units[v], true, k
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
		if n.european && !hasUnit {
			if _, _, ok := s.nounAt(e, false, true); ok {
				x = n.alt
			}
		}
		qt = bounded(q, x, !hasUnit)
	}
	if hasUnit {
		qt.Class, qt.Unit = unit.class, unit.unit
		return quantityRes(first, e, qt)
	}
	if u, k, ok := s.nounAt(e, n.vague || n.scaled, true); ok {
		qt.Unit, e = u, k
	}
	if qt.HasStated && qt.Qualifier != Range {
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

func quantityRes(first, end int, q Quantity) result {
	return result{ok: true, first: first, end: end, m: Mention{Kind: QuantityKind, Quantity: q}}
}

// suffixUnit returns the unit a letter suffix names: "5km", "50p".
func (r *Reader) suffixUnit(wi *wordInfo) (unitVal, bool) {
	for _, l := range [][]phrase{wi.meas, wi.curr} {
		for _, p := range l {
			if len(p.words) == 1 {
				return r.units[p.val], true
			}
		}
	}
	return unitVal{}, false
}

// scaleOf returns the product of the scales applied to n ("3 million": 1e6).
func scaleOf(n num) float64 {
	m := 1.0
	for v := n.val; v >= 1000 && math.Mod(v, 1000) == 0; v /= 1000 {
		m *= 1000
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
		qt.Low, qt.High = clean(x*(1-Tolerance)), clean(x*(1+Tolerance))
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

// nameBefore reports whether the figure at j follows a capitalized word
// that the lexicon does not know, as in "France 24".
func (s *scan) nameBefore(j int) bool {
	p := s.tok(j - 1)
	return p != nil && p.kind == tokWord && p.cap && p.info == nil && s.tok(j).space && j-1 > 0 && !s.isPunct(j-2, ".")
}

// countFollows reports whether a counted noun, a currency or a unit of
// measure follows at j, so that the number before is a count and not a
// year or a day. caps allows capitalized words to be skipped on the way.
func (s *scan) countFollows(j int, caps ...bool) bool {
	c := len(caps) > 0 && caps[0]
	if _, _, ok := s.nounAt(j, false, c); ok {
		return true
	}
	if _, _, ok := s.match(s.info(j).meas, j); ok && !s.is(j, "m") {
		return true
	}
	if _, _, ok := s.match(s.info(j).curr, j); ok && !s.is(j, "p") {
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
			if v, e, ok := s.match(t.info.nouns, k); ok {
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
// 120,000 recorded", "of the 120,000", "out of a total of 5,000".
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
	if v, k2, ok := s.match(s.info(k).quals, k); ok && s.r.quals[v].q != Range {
		q, k = s.r.quals[v].q, k2
	}
	n, ok := s.numAt(k)
	if !ok || n.vague || n.ordinal || n.suffix != "" || n.val < part || n.one {
		return nil, j, false
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
