package norm

import "math"

// Compatible reports whether two quantities can describe the same true
// figure. Each is widened to the values it plausibly stands for, and the
// two must overlap:
//
//   - An exact figure stands for itself, unless it is round: then it
//     stands for every value that rounds to it at its own precision (the
//     place of its last non-zero digit), but never more than ±Tolerance.
//     So "6,500" is 6,450 up to (not including) 6,550 and agrees with
//     "6,512" but not "6,600"; "6,512" agrees with nothing else; "30,000"
//     is 27,000..33,000, "100" is 90..110. Figures below 10 are never
//     taken as round.
//   - "about X" is X give or take its rounding, at least ±AboutSlack and
//     at most ±Tolerance (see aboutBand); "nearly X" is
//     X × (1 − Tolerance)..X.
//   - "more than X" is (X, X × (1 + OpenSlack)], "at least X" the same
//     with X; "fewer than X" is [X × (1 − OpenSlack), X), "at most X" the
//     same with X. So "more than 6,500" agrees with "6,700", "over 6,500"
//     and "nearly 7,000", but not with "more than 65,000".
//   - Ranges and vague amounts ("hundreds") stand for their range.
//   - Two bounds on the same side ("more than 6,500" and "more than
//     9,000", or "fewer than 100" and "nearly 100") agree only when their
//     figures agree as exact figures would: two sources bounding one
//     toll differently give different figures.
//
// Quantities of different Class never agree, nor do money, percentages
// and measures in different units, nor changes in different directions
// ("rose 2%" and "fell 2%"). The counted noun of a count is not compared
// ("6,500 dead" and "6,500 people" may be the same figure); nor is Whole.
func Compatible(a, b Quantity) bool {
	if a.Class != b.Class || a.Direction != b.Direction {
		return false
	}
	if a.Class != Count && a.Class != Ordinal && a.Unit != "" && b.Unit != "" && a.Unit != b.Unit {
		return false
	}
	// Two bounds on the same side ("more than 6,500" and "more than
	// 9,000") are two sources giving different figures for one bound:
	// they agree only when the figures themselves do.
	if a.HasStated && b.HasStated && (lowerBound(a) && lowerBound(b) || upperBound(a) && upperBound(b)) {
		x, y := a, b
		x.Qualifier, y.Qualifier = Exact, Exact
		return Compatible(x, y)
	}
	alo, ahi, alo0, ahi0 := plausible(a)
	blo, bhi, blo0, bhi0 := plausible(b)
	return overlaps(alo, ahi, alo0, ahi0, blo, bhi, blo0, bhi0)
}

// aboutBand returns how far either side of x "about x" reaches: as far
// as the figure's own rounding (half the place of its last non-zero
// digit) but at least AboutSlack of it and one unit, and never more than
// Tolerance. So "about 5,000" is 4,500..5,500, but "about 125,000" is
// 118,750..131,250, not the 112,500..137,500 a tenth would give: a writer
// who rounds to the thousand knows the figure to a few thousand. A figure with a fraction ("about half", "about 7.5%")
// keeps the whole Tolerance.
func aboutBand(x float64) float64 {
	x = math.Abs(x)
	p := precision(x)
	if p == 0 {
		return Tolerance * x
	}
	return math.Min(Tolerance*x, math.Max(math.Max(p/2, AboutSlack*x), 1))
}

// AboutSlack is the least relative band "about X" stands for: "about
// 18,000" is 18,000 ± 5%, though 18,000 is rounded to the thousand.
const AboutSlack = 0.05

// lowerBound reports whether q only bounds its value from below.
func lowerBound(q Quantity) bool { return q.Qualifier == MoreThan || q.Qualifier == AtLeast }

// upperBound reports whether q only bounds its value from above.
func upperBound(q Quantity) bool {
	return q.Qualifier == LessThan || q.Qualifier == AtMost || q.Qualifier == Nearly
}

// overlaps reports whether two intervals share a point; the *0 flags mark
// open ends.
func overlaps(alo, ahi float64, alo0, ahi0 bool, blo, bhi float64, blo0, bhi0 bool) bool {
	// a must not end before b starts, nor b before a.
	if ahi < blo || ahi == blo && (ahi0 || blo0) {
		return false
	}
	if bhi < alo || bhi == alo && (bhi0 || alo0) {
		return false
	}
	return true
}

// plausible returns the interval of values q stands for, as Compatible
// documents, with flags for open ends.
func plausible(q Quantity) (lo, hi float64, loOpen, hiOpen bool) {
	x := q.Stated
	switch q.Qualifier {
	case Exact:
		if !q.HasStated {
			return q.Low, q.High, false, false
		}
		h := math.Min(precision(x)/2, Tolerance*math.Abs(x))
		if precision(x) < 10 {
			h = 0
		}
		// Rounding half up: 6,500 stands for 6,450 <= v < 6,550.
		return x - h, x + h, false, h > 0
	case MoreThan, AtLeast:
		hi := x + math.Abs(x)*OpenSlack
		return x, hi, q.Qualifier == MoreThan, false
	case LessThan, AtMost:
		lo := x - math.Abs(x)*OpenSlack
		return lo, x, false, q.Qualifier == LessThan
	case Nearly:
		return x - math.Abs(x)*Tolerance, x, false, false
	case About:
		if q.HasStated {
			h := aboutBand(x)
			return x - h, x + h, false, false
		}
	}
	return q.Low, q.High, q.LowOpen, q.HighOpen
}

// Distance returns how far apart two quantities are: the absolute
// difference between their nearest figures, and that difference relative
// to the smaller of the two figures, for a report such as "differ by
// 3,500 (54%)". A quantity's figures are its stated figure when it has
// one ("more than 6,500" is 6,500), else its range ("hundreds" is
// 200..999). Overlapping quantities are 0 apart. rel is +Inf when the
// smaller figure is 0.
func Distance(a, b Quantity) (abs, rel float64) {
	alo, ahi := figures(a)
	blo, bhi := figures(b)
	var lo, hi float64
	switch {
	case ahi < blo:
		lo, hi = ahi, blo
	case bhi < alo:
		lo, hi = bhi, alo
	default:
		return 0, 0
	}
	abs = hi - lo
	if lo == 0 {
		return abs, math.Inf(1)
	}
	return abs, abs / math.Abs(lo)
}

func figures(q Quantity) (float64, float64) {
	if q.HasStated {
		return q.Stated, q.Stated
	}
	return q.Low, q.High
}

// DurationTolerance is the relative slack DurationsCompatible allows each
// duration: six weeks (42 days) and 44 days agree, thirty-two years and
// thirty years agree, six weeks and six months do not.
const DurationTolerance = 0.1

// DurationsCompatible reports whether two durations can describe the same
// length of time: their day ranges, each widened by DurationTolerance,
// overlap. A vague duration ("for decades") is open above, so it agrees
// with any longer stated length.
func DurationsCompatible(a, b Duration) bool {
	return overlaps(a.MinDays*(1-DurationTolerance), a.MaxDays*(1+DurationTolerance), false, false,
		b.MinDays*(1-DurationTolerance), b.MaxDays*(1+DurationTolerance), false, false)
}

// TimesCompatible reports whether two times can describe the same moment:
//
//   - Two anchored times must overlap; a time with Since runs on without
//     end. A year-less date ("--12-07") is compared by month and day
//     only, and agrees with any time of a year or more.
//   - An anchored single day agrees with an unanchored weekday only when it
//     falls on that weekday.
//   - Two unanchored times agree when they name the same weekday and the
//     same relative expression, where both name one. Otherwise nothing is
//     known against them, and they agree: the caller decides whether
//     unanchored times are worth comparing at all.
func TimesCompatible(a, b Time) bool {
	if !a.Anchored || !b.Anchored {
		if a.Weekday != "" && b.Weekday != "" && a.Weekday != b.Weekday {
			return false
		}
		if !a.Anchored && !b.Anchored {
			return a.Relative == "" || b.Relative == "" || a.Relative == b.Relative
		}
		day := a
		if !a.Anchored {
			day = b
		}
		other := b
		if !a.Anchored {
			other = a
		}
		if other.Weekday != "" && day.Start == day.End && day.Start.Year != 0 && !day.Start.IsZero() {
			return weekdayOf(day.Start) == weekdayIndex(other.Weekday)
		}
		return true
	}
	if a.Start.Year == 0 || b.Start.Year == 0 {
		return yearlessOverlap(a, b)
	}
	aEnd, bEnd := a.End, b.End
	if a.Since || aEnd.IsZero() {
		aEnd = Date{9999, 12, 31}
	}
	if b.Since || bEnd.IsZero() {
		bEnd = Date{9999, 12, 31}
	}
	if a.Start.IsZero() || b.Start.IsZero() {
		return true
	}
	return dayNum(a.Start) <= dayNum(bEnd) && dayNum(b.Start) <= dayNum(aEnd)
}

// yearlessOverlap compares times where one has no year, by the day of
// the year.
func yearlessOverlap(a, b Time) bool {
	for _, t := range []Time{a, b} {
		if t.Start.Year != 0 && (t.Since || t.End.IsZero() || t.End.Year > t.Start.Year+1 || t.End.Year == t.Start.Year+1 && t.End.Month >= t.Start.Month) {
			return true // a year or more holds every month and day
		}
	}
	ranges := func(t Time) [][2]int {
		s, e := t.Start.Month*32+t.Start.Day, t.End.Month*32+t.End.Day
		if t.End.IsZero() {
			e = 12*32 + 31
		}
		if e < s || t.End.Year > t.Start.Year && t.Start.Year != 0 { // runs over the new year
			return [][2]int{{s, 12*32 + 31}, {1*32 + 1, e}}
		}
		return [][2]int{{s, e}}
	}
	for _, x := range ranges(a) {
		for _, y := range ranges(b) {
			if x[0] <= y[1] && y[0] <= x[1] {
				return true
			}
		}
	}
	return false
}
