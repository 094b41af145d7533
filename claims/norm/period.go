package norm

import (
	"math"
	"strings"
)

// Periods.
//
//   - A length of time after "the past", "the last", "the next", "the
//     coming" or "within" is a period that ends or starts on the
//     publication date: "in the past two years", "over the last 200
//     days", "the next 24 hours", "within 30 days". "within 30 days of
//     the attack" is a length, counted from the attack. The period is
//     named in Time.Relative ("past_2_years", "within_30_days") and
//     unanchored without a publication date. "The last four months of
//     2017" is the end of that year.
//   - Parts of a month or year: "the first week of July", "the last week
//     of March 2020" (days 1-7, 8-14, 15-21, 22-28, and the last seven),
//     "the first half of 2023", "the third quarter of 2022", "Q3 2022",
//     "H1". "the fourth quarter" with no year is not read: it is as often
//     a part of a game.
//   - A range of dates whose first end has no year takes the year of the
//     second: "27 September to 10 November 2020" is 2020-09-27 to
//     2020-11-10, "December to March 2021" starts in December 2020. The
//     ends are joined by "to", "until", "through" or a dash, or by "and"
//     after "between".

// periodAt reads a period from the publication date at j: "the past two
// years", "the next 24 hours", "within 30 days". k is the token after
// "the past" (or "within"); dir is -1 for the past, +1 for the future, 0
// for "within".
func (s *scan) periodAt(j, k int, dir int, word string) result {
	l, _, ok := s.lengthAt(k)
	if !ok || l.vague || l.hyphen {
		return none()
	}
	if dir == 0 && s.special(l.end) == spOf {
		return none() // "within 30 days of the attack"
	}
	if dir == -1 && s.special(l.end) == spOf {
		// "The last four months of 2017": the end of that year, not
		// the months before the report.
		y, ok := s.yearTok(l.end + 1)
		if !ok {
			return none()
		}
		n := int(math.Round(l.hi))
		end := Date{y, 12, 31}
		t := Time{Start: addDays(end, 1-max(n, 1)), End: end, Anchored: true}
		if strings.HasSuffix(s.str(l.end-1), "months") || strings.HasSuffix(s.str(l.end-1), "month") {
			// Whole months: the last four months are September to
			// December.
			t.Start = Date{y, 12 - max(int(math.Round(l.hi/30.44)), 1) + 1, 1}
		}
		return timeRes(j, l.end+2, t)
	}
	// The name: "past_2_years", "within_a_month", "past_three_or_four_years".
	var b []byte
	b = append(b, word...)
	if n, ok := s.numAt(k); ok && !n.vague && !l.isRange && s.info(k).special != spA {
		b = append(b, '_')
		b = append(b, fmtNum(n.val)...)
		b = append(b, '_')
		b = appendLower(b, s.str(l.end-1))
	} else {
		for t := k; t < l.end; t++ {
			if s.tok(t).kind != tokPunct {
				b = append(b, '_')
				b = appendLower(b, s.str(t))
			}
		}
	}
	name := string(b)
	t := Time{Relative: name}
	if s.pubDay {
		n := int(math.Round(l.hi))
		if n < 1 {
			n = 1
		}
		t.Anchored = true
		switch dir {
		case -1:
			t.Start, t.End = addDays(s.pub, -n), s.pub
		case 1:
			t.Start, t.End = addDays(s.pub, 1), addDays(s.pub, n)
		default:
			t.Start, t.End = s.pub, addDays(s.pub, n)
		}
	}
	return timeRes(j, l.end, t)
}

// appendLower appends w in lower case to b.
func appendLower(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		b = append(b, lower(w[i]))
	}
	return b
}

// partOfYearAt reads "the first week of July", "the first half of 2023",
// "the third quarter of 2022" at j ("the"), k being the ordinal.
func (s *scan) partOfYearAt(j, k int) result {
	var nth int
	switch {
	case s.special(k) == spLast:
		nth = -1
	case s.info(k).num != nil && s.info(k).num.kind == numOrdinal && s.tok(k).kind == tokWord:
		nth = int(s.info(k).num.val)
	default:
		return none()
	}
	what := strings.ToLower(s.str(k + 1))
	if s.special(k+2) != spOf {
		return none()
	}
	q := k + 3
	if s.special(q) == spThe && s.info(q+1).dur != nil && s.info(q+1).dur.name == "year" {
		// "the first half of the year"
		if !s.hasPub {
			return none()
		}
		return s.yearPart(j, q+2, what, nth, s.pub.Year)
	}
	if m := s.monthAt(q); m > 0 && what == "week" {
		e := s.monthEnd(q)
		y, e2, hasYear := s.yearAfter(e)
		if hasYear && !s.isPunct(e, ",") {
			e = e2
		}
		d1, d2 := 1, 7
		switch {
		case nth == -1:
			d1, d2 = daysIn(y, m)-6, daysIn(y, m)
		case nth >= 1 && nth <= 4:
			d1, d2 = 7*(nth-1)+1, 7*nth
		default:
			return none()
		}
		if hasYear {
			return timeRes(j, e, Time{Start: Date{y, m, d1}, End: Date{y, m, d2}, Anchored: true})
		}
		return timeRes(j, e, s.yearless(m, d1, m, d2, ""))
	}
	if y, ok := s.yearTok(q); ok {
		return s.yearPart(j, q+1, what, nth, y)
	}
	return none()
}

// yearPart makes the time of the nth half or quarter of year y.
func (s *scan) yearPart(j, e int, what string, nth, y int) result {
	var m1, m2 int
	switch {
	case what == "half" && nth == 1:
		m1, m2 = 1, 6
	case what == "half" && (nth == 2 || nth == -1):
		m1, m2 = 7, 12
	case what == "quarter" && nth >= 1 && nth <= 4:
		m1, m2 = 3*nth-2, 3*nth
	case what == "quarter" && nth == -1:
		m1, m2 = 10, 12
	default:
		return none()
	}
	return timeRes(j, e, Time{Start: Date{y, m1, 1}, End: Date{y, m2, daysIn(y, m2)}, Anchored: true})
}

// namedPartAt reads "Q3 2022", "H1" at j.
func (s *scan) namedPartAt(j int) result {
	p := int(s.info(j).yearPart)
	what := "quarter"
	if p < 0 {
		what, p = "half", -p
	}
	if y, ok := s.yearTok(j + 1); ok {
		return s.yearPart(j, j+2, what, p, y)
	}
	if !s.hasPub {
		res := s.yearPart(j, j+1, what, p, 0)
		return res
	}
	m1 := 3*p - 2
	if what == "half" {
		m1 = 6*p - 5
	}
	y := s.pub.Year
	if dayNum(Date{y, m1, 1})-dayNum(s.pub) > maxAhead {
		y--
	}
	return s.yearPart(j, j+1, what, p, y)
}

// dateRangeAfter extends the time res to a range of dates when a second
// date follows it: "27 September to 10 November 2020".
func (s *scan) dateRangeAfter(res *result) {
	if res.m.Time.Since || !res.m.Time.Anchored || res.m.Time.Relative != "" || res.m.Time.Anchor != "" {
		return
	}
	k := res.end
	switch {
	case s.special(k) == spTo, s.is(k, "until"), s.is(k, "till"), s.is(k, "through"), s.is(k, "thru"):
	case s.isDash(k):
	case s.special(k) == spAnd && s.is(res.first-1, "between"):
	default:
		return
	}
	r2 := s.timeCore(k + 1)
	if !r2.ok || r2.m.Kind != TimeKind || !r2.m.Time.Anchored || r2.m.Time.Since || r2.m.Time.Relative != "" || r2.m.Time.Anchor != "" {
		return
	}
	a, b := res.m.Time, r2.m.Time
	if !s.hasYearTok(res.first, res.end) && s.hasYearTok(r2.first, r2.end) {
		// The year is written once, at the end.
		y := b.Start.Year
		if a.Start.Month*32+a.Start.Day > b.Start.Month*32+b.Start.Day {
			y--
		}
		a.Start.Year = y
		if a.Start.Day > daysIn(y, a.Start.Month) {
			a.Start.Day = daysIn(y, a.Start.Month)
		}
	}
	if a.Start.Year != 0 && b.End.Year != 0 && dayNum(b.End) < dayNum(a.Start) {
		return
	}
	*res = timeRes(res.first, r2.end, Time{Start: a.Start, End: b.End, Anchored: true})
}

// hasYearTok reports whether a year is written among tokens [i, e).
func (s *scan) hasYearTok(i, e int) bool {
	for k := i; k < e; k++ {
		if _, ok := s.yearTok(k); ok {
			return true
		}
		if _, _, _, ok := s.decadeTok(k); ok {
			return true
		}
	}
	return false
}
