package norm

// Numeric dates.
//
// The reader takes dates written in numbers in the common forms: ISO
// ("2023-09-01", with a time after it: "2019-09-01T10:38:07Z"), day,
// month and year across slashes, points or hyphens ("12/07/2023",
// "12.07.2023", "12-7-23"), year first across slashes ("2023/09/01"),
// month and year ("09/2023"), and a day and month alone ("4/22", "22/4")
// after a word that introduces a time ("on", "since", "from", a weekday).
// Two-digit years are of this century unless that puts them more than a
// year after publication (or, with no publication date, after 2049).
//
// Which of two numbers is the day is settled by a number above 12 ("22/4"
// is the 22nd), by both being the same, or else by Context.DateOrder.
// When none of these settles it ("12/07/2023" with no known order) the
// expression is skipped: it is never read as a date that may be wrong,
// nor as figures.
//
// Numbers across a slash that are neither a date nor a fraction ("24/7",
// "50/50") are skipped too. A fraction is a smaller figure over a
// denominator of 2 to 10 or a usual larger one (12, 16, 32, 64, 100,
// 128), before "of", a unit or a word: "1/2 pound", "3/4 of the votes",
// "1/16 of a pint".

// slashAt reads numbers joined by slashes at token i.
func (s *scan) slashAt(i int) result {
	la, ok := s.plainDigits(i)
	if !ok || !s.attached(i+1) || !s.attached(i+2) {
		return none()
	}
	lb, ok := s.plainDigits(i + 2)
	if !ok {
		return none()
	}
	a, b := atoiDigits(s.str(i)), atoiDigits(s.str(i+2))
	if s.isPunct(i+3, "/") && s.attached(i+3) && s.attached(i+4) {
		lc, ok := s.plainDigits(i + 4)
		if !ok {
			return skipTo(i + 3)
		}
		c := atoiDigits(s.str(i + 4))
		var d Date
		switch {
		case la == 4 && lb <= 2 && lc <= 2: // 2023/09/01
			d, ok = Date{a, b, c}, true
		case la <= 2 && lb <= 2 && (lc == 4 || lc == 2):
			d, ok = s.dayMonthYear(a, b, s.fullYear(c, lc))
		default:
			ok = false
		}
		if ok && validDate(d) {
			return timeRes(i, i+5, Time{Start: d, End: d, Anchored: true})
		}
		return skipTo(i + 5)
	}
	if !s.isPunct(i+1, "/") && !s.isPunct(i+1, "⁄") {
		return none()
	}
	e := i + 3
	// "09/2023": a month; "2022/23": a season of two years.
	if la <= 2 && lb == 4 && a >= 1 && a <= 12 && b >= 1900 && b <= 2100 {
		st, en := monthSpan(b, a)
		return timeRes(i, e, Time{Start: st, End: en, Anchored: true})
	}
	if la == 4 && lb == 2 && a >= 1900 && a <= 2100 && b == (a+1)%100 {
		return timeRes(i, e, Time{Start: Date{a, 1, 1}, End: Date{a + 1, 12, 31}, Anchored: true})
	}
	dateCtx := s.dateWordBefore(i) || s.info(i-1).weekday != "" || s.isPunct(i-1, ",") && s.info(i-2).weekday != ""
	if !dateCtx && a < b && a > 0 && denominator(b) && s.fractionFollows(e) {
		return s.slashFraction(i, e, float64(a)/float64(b))
	}
	if dateCtx && la <= 2 && lb <= 2 {
		if d, ok := s.dayMonthYear(a, b, 0); ok && d.Day <= daysIn(0, d.Month) {
			return timeRes(i, e, s.yearless(d.Month, d.Day, d.Month, d.Day, ""))
		}
	}
	return skipTo(e)
}

// dateWordBefore reports whether the word before j introduces a date:
// "on 4/22", "since 22/4".
func (s *scan) dateWordBefore(j int) bool {
	if s.special(j-1) == spOn || s.special(j-1) == spSince {
		return true
	}
	for _, w := range [...]string{"from", "until", "till", "by", "through", "before", "after", "dated"} {
		if s.is(j-1, w) {
			return true
		}
	}
	return false
}

// denominator reports whether b is a usual denominator of a fraction.
func denominator(b int) bool {
	switch b {
	case 12, 16, 32, 64, 100, 128:
		return true
	}
	return b >= 2 && b <= 10
}

// fractionFollows reports whether what follows a fraction in digits at e
// makes it one: "of", a unit, a word, a hyphenated word.
func (s *scan) fractionFollows(e int) bool {
	t := s.tok(e)
	if t == nil {
		return false
	}
	if s.isDash(e) && s.attached(e) {
		return s.tok(e+1) != nil && s.tok(e+1).kind == tokWord
	}
	return t.kind == tokWord && !t.cap && (t.info == nil || t.info.month == 0 && t.info.weekday == "")
}

// slashFraction makes the fraction val of digits across a slash that ends
// at e: a quantity of the unit after it ("1/2 pound") or a Fraction.
func (s *scan) slashFraction(i, e int, val float64) result {
	n := num{first: i, end: e, val: val, digits: true}
	if u, k, ok := s.unitAfter(e, n); ok {
		q := bounded(Exact, val, false)
		q.Class, q.Unit = u.class, u.unit
		return quantityRes(i, k, q)
	}
	q := bounded(Exact, val, false)
	q.Class = Fraction
	if w, k, ok := s.wholeAt(e, 0); ok {
		q.Whole, q.Unit, e = w, w.Unit, k
	} else if s.special(e) == spOf {
		k := e + 1
		if s.info(k).definite || s.special(k) == spA {
			k++
		}
		if u, k2, ok := s.nounAt(k, false, true); ok {
			q.Unit, e = u, k2
		}
	}
	return quantityRes(i, e, q)
}

// dayMonthYear returns the date of two numbers, a day and a month in an
// order to be settled, and year y (0 when the year is not given).
func (s *scan) dayMonthYear(a, b, y int) (Date, bool) {
	switch {
	case a > 12 && b >= 1 && b <= 12:
		return Date{y, b, a}, true
	case b > 12 && a >= 1 && a <= 12:
		return Date{y, a, b}, true
	case a == b:
		return Date{y, a, a}, true
	}
	switch s.order {
	case DayFirst:
		return Date{y, b, a}, true
	case MonthFirst:
		return Date{y, a, b}, true
	}
	return Date{}, false
}

// fullYear returns the year of a year written in n digits: 23 is 2023.
func (s *scan) fullYear(y, n int) int {
	if n != 2 {
		return y
	}
	limit := 2049
	if s.hasPub {
		limit = s.pub.Year + 1
	}
	if 2000+y <= limit {
		return 2000 + y
	}
	return 1900 + y
}

// validDate reports whether d, with its year, is a day of the calendar
// between the years 1000 and 2100.
func validDate(d Date) bool {
	return d.Year >= 1000 && d.Year <= maxYear && d.Month >= 1 && d.Month <= 12 && d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month)
}

// numDateAt reads a numeric date at token j written with hyphens or
// points: "2023-09-01", "2019-09-01T10:38:07Z", "12-07-2023",
// "12.07.2023". It returns a time, a skip for an unsettled date, or
// nothing.
func (s *scan) numDateAt(j int) result {
	str := s.str(j)
	t := s.tok(j)
	if t.kind != tokNum || t.sign != 0 {
		return none()
	}
	// "12.07.2023", "1.9.23": one token of the shared stream.
	if p1 := indexByte(str, '.'); p1 > 0 && p1 <= 2 {
		rest := str[p1+1:]
		if p2 := indexByte(rest, '.'); p2 > 0 && p2 <= 2 && (len(rest)-p2-1 == 4 || len(rest)-p2-1 == 2) && isAllDigits(rest[:p2]) && isAllDigits(rest[p2+1:]) && isAllDigits(str[:p1]) {
			a, b := atoiDigits(str[:p1]), atoiDigits(rest[:p2])
			y := s.fullYear(atoiDigits(rest[p2+1:]), len(rest)-p2-1)
			if d, ok := s.dayMonthYear(a, b, y); ok && validDate(d) {
				return timeRes(j, j+1, Time{Start: d, End: d, Anchored: true})
			}
			return skipTo(j + 1)
		}
		return none()
	}
	la, ok := s.plainDigits(j)
	if !ok || !s.isPunct(j+1, "-") || !s.attached(j+1) || !s.attached(j+2) || !s.isPunct(j+3, "-") || !s.attached(j+3) || !s.attached(j+4) {
		return none()
	}
	lb, ok := s.plainDigits(j + 2)
	if !ok || lb > 2 {
		return none()
	}
	a, b := atoiDigits(str), atoiDigits(s.str(j+2))
	c4 := s.str(j + 4)
	k := 0
	for k < len(c4) && isDigit(c4[k]) {
		k++
	}
	c := atoiDigits(c4[:k])
	e := j + 5
	var d Date
	switch {
	case la == 4 && k == 2 && (k == len(c4) || c4[k] == 'T'): // ISO
		d, ok = Date{a, b, c}, true
		if k < len(c4) {
			// "2019-09-01T10:38:07.190Z": the time of day goes with it.
			for e < len(s.toks) && s.attached(e) {
				e++
			}
		}
	case la <= 2 && k == len(c4) && (k == 4 || k == 2):
		d, ok = s.dayMonthYear(a, b, s.fullYear(c, k))
	default:
		return none()
	}
	if ok && validDate(d) {
		return timeRes(j, e, Time{Start: d, End: d, Anchored: true})
	}
	return skipTo(e)
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
