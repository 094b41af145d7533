package norm

import (
	"strconv"
	"strings"
)

// Time expressions.
//
// A date without a year ("December 7", "in September", "in the fall") takes
// the year of the publication date, unless that puts it more than six
// months (183 days) after publication, when it takes the year before: an
// article of January 2024 that says "in December" means December 2023.
// A weekday with a date ("Thursday, December 7") takes the year, of the
// publication year and the years either side, nearest to publication in
// which that date falls on that weekday. Without a publication date the
// year is 0 ("--12-07").
//
// A weekday alone ("on Sunday") is, with a publication date, the most
// recent such day on or before it, whatever the tense of the verb; "last
// Sunday" is strictly before it, "this Sunday" on or after it, "next
// Sunday" strictly after it. Without a publication date it is unanchored,
// with Weekday set.
//
// Parts of periods: "early", "the beginning of" or "the start of" a month
// are its days 1 to 10, "mid" or "the middle of" days 11 to 20, "late" days
// 21 to the end, and "the end of" its last ten days. Of a year they are
// January to April, May to August and September to December; of a decade
// its years 0 to 3, 4 to 6 and 7 to 9 ("the early 1990s" is 1990-1993).
// A four-digit year ending in "00s" before 2000 is a century ("the
// 1800s"), any other a decade ("the 1990s", "the 2000s").
//
// A bare number from 1900 to 2200 is a year ("Copyright 2023", "the 2020
// war") unless a counted noun, currency or unit follows it ("2000
// troops"); from 1000 to 1899 only after "in", "since", "of" and the
// like.

// maxYear is the last year a bare four-digit figure may be ("by 2120").
const maxYear = 2200

// maxAhead is how far after publication a year-less date may fall before
// it is taken to be in the year before.
const maxAhead = 183

func (s *scan) timeAt(i int) (res result) {
	if s.special(i) == spSince {
		res = s.timeCore(i + 1)
		if !res.ok {
			return none()
		}
		res.first = i
		res.m.Time.Since = true
		res.m.Time.End = Date{}
		if t := &res.m.Time.Start; s.hasPub && t.Year == s.pub.Year && t.Month != 0 && dayNum(*t) > dayNum(s.pub) {
			// "since April" in January: a time since which something
			// has gone on is past, the April before.
			t.Year--
		}
		return res
	}
	res = s.timeCore(i)
	if res.ok && res.m.Kind == TimeKind {
		s.dateRangeAfter(&res)
	}
	return res
}

// timeRes makes a time mention of tokens [first, end).
func timeRes(first, end int, t Time) result {
	return result{ok: true, first: first, end: end, m: Mention{Kind: TimeKind, Time: t}}
}

func (s *scan) timeCore(j int) (res result) {
	wi := s.info(j)
	// Events: "the collapse of the USSR", "when the Soviet Union collapsed in 1991".
	if res = s.anchorAt(j); res.ok {
		return res
	}
	if len(wi.relative.ps) > 0 {
		if v, e, ok := s.match(&wi.relative, j); ok {
			return timeRes(j, e, s.relative(s.r.rels[v]))
		}
	}
	if wi.within {
		return s.periodAt(j, j+1, 0, "within")
	}
	if wi.yearPart != 0 {
		return s.namedPartAt(j)
	}
	switch wi.special {
	case spLast, spThis, spNext:
		return s.deicticAt(j)
	case spThe:
		return s.theAt(j)
	case spEarly, spMid, spLate:
		return s.partAt(j, j)
	}
	if wi.weekday != "" {
		return s.weekdayAt(j)
	}
	if s.monthAt(j) > 0 {
		return s.monthFirstAt(j, "")
	}
	if wi.season != nil {
		if y, e, ok := s.seasonYear(j + 1); ok {
			return timeRes(j, e, s.season(*wi.season, y, true))
		}
		return none()
	}
	if s.tok(j) != nil && s.tok(j).kind == tokNum {
		return s.numTimeAt(j)
	}
	return none()
}

// anchorAt reads an event of anchors.txt at j, with an optional "the".
// An event named by its length ("the 44-day war") is left to durationAt,
// which reads the length and the event.
func (s *scan) anchorAt(j int) result {
	k := j
	if s.special(k) == spThe {
		k++
	}
	v, e, ok := s.match(&s.info(k).anchors, k)
	if !ok {
		return none()
	}
	if s.tok(k).kind == tokNum {
		if l, _, ok := s.lengthAt(k); ok && l.hyphen {
			return none()
		}
	}
	a := s.r.anchors[v]
	t := Time{Start: a.start, End: a.end, Anchored: true, Anchor: a.name}
	// "collapsed in 1991": keep the year when it agrees with the event.
	if s.special(e) == spIn {
		if y, ok := s.yearTok(e + 1); ok && y >= a.start.Year && y <= a.end.Year {
			e += 2
		}
	}
	return timeRes(j, e, t)
}

// yearTok reads a four-digit year at token j.
func (s *scan) yearTok(j int) (int, bool) {
	n, ok := s.plainDigits(j)
	if !ok || n != 4 {
		return 0, false
	}
	y, _ := strconv.Atoi(s.str(j))
	if y < 1000 || y > maxYear {
		return 0, false
	}
	return y, true
}

// monthAt returns the month named at token j, or 0. Names marked "cap" in
// months.txt must be capitalized.
func (s *scan) monthAt(j int) int {
	t := s.tok(j)
	if t == nil || t.info == nil || t.info.month == 0 || t.kind != tokWord {
		return 0
	}
	if t.info.monthCap && !t.cap {
		return 0
	}
	return int(t.info.month)
}

// monthEnd returns the token after the month name at j, with the full
// stop of an abbreviation ("Sept.").
func (s *scan) monthEnd(j int) int {
	w := s.str(j)
	full := eqFold(w, "may") || eqFold(w, "june") || eqFold(w, "july")
	if len(w) <= 4 && !full && s.isPunct(j+1, ".") && s.attached(j+1) {
		return j + 2
	}
	return j + 1
}

// dayTok reads a day of the month at j: "7", "7th".
func (s *scan) dayTok(j int) (int, bool) {
	t := s.tok(j)
	if t == nil || t.kind != tokNum {
		return 0, false
	}
	str := s.str(j)
	k := 0
	for k < len(str) && isDigit(str[k]) {
		k++
	}
	if k == 0 || k > 2 || k < len(str) && !isOrdinalSuffix(strings.ToLower(str[k:]), str[:k]) {
		return 0, false
	}
	d, _ := strconv.Atoi(str[:k])
	if d < 1 || d > 31 || s.isPunct(j+1, ":") || s.isPunct(j+1, ".") && s.attached(j+1) && s.tok(j+2) != nil && s.tok(j+2).kind == tokNum {
		return 0, false
	}
	return d, true
}

// yearAfter reads an optional ", 2023" or "2023" at j.
func (s *scan) yearAfter(j int) (int, int, bool) {
	k := j
	if s.isPunct(k, ",") {
		k++
	}
	// After a month, four plain digits are a year even before a counted
	// noun ("December 7, 2023 killed"): counts of that size are written
	// with a separator.
	if y, ok := s.yearTok(k); ok {
		return y, k + 1, true
	}
	return 0, j, false
}

// deicticYear reads "this year", "last year", "next year" (after "of"
// maybe) at j, as a year of the publication's: the year and the token
// after it.
func (s *scan) deicticYear(j int) (int, int, bool) {
	k := j
	if s.special(k) == spOf {
		k++
	}
	if !s.hasPub || !s.is(k+1, "year") {
		return 0, j, false
	}
	switch {
	case s.is(k, "this"):
		return s.pub.Year, k + 2, true
	case s.is(k, "last"):
		return s.pub.Year - 1, k + 2, true
	case s.is(k, "next"):
		return s.pub.Year + 1, k + 2, true
	}
	return 0, j, false
}

// ThatYear is the Relative of a day or month told of "that year" or "the
// same year" ("On September 30 that year"): the year the text named
// last, which the reader of the whole text fills in (Start.Year and
// End.Year are 0 until then).
const ThatYear = "that_year"

// thatYear reads "that year", "the same year", "that same year" (after
// "of" maybe) at j: the token after it.
func (s *scan) thatYear(j int) (int, bool) {
	k := j
	if s.special(k) == spOf {
		k++
	}
	switch {
	case s.is(k, "that") && s.is(k+1, "year"):
		return k + 2, true
	case s.is(k, "that") && s.is(k+1, "same") && s.is(k+2, "year"):
		return k + 3, true
	case s.is(k, "the") && s.is(k+1, "same") && s.is(k+2, "year"):
		return k + 3, true
	}
	return j, false
}

// monthFirstAt reads "December 7, 2023", "December 7", "December 2023",
// "December".
func (s *scan) monthFirstAt(j int, wd string) result {
	m := s.monthAt(j)
	e := s.monthEnd(j)
	if d, ok := s.dayTok(e); ok && d <= daysIn(0, m) && (!s.countFollows(e+1) || s.isDash(e+1) || s.figureAfterNoun(e+1)) {
		e++
		d2 := d
		// "December 7-8", "March 3–5": a range of days.
		if s.isDash(e) {
			if x, ok := s.dayTok(e + 1); ok && x > d && x <= daysIn(0, m) {
				d2, e = x, e+2
			}
		}
		if y, e2, ok := s.yearAfter(e); ok {
			return timeRes(j, e2, Time{Start: Date{y, m, d}, End: Date{y, m, d2}, Anchored: true, Weekday: wd})
		}
		if y, e2, ok := s.deicticYear(e); ok {
			return timeRes(j, e2, Time{Start: Date{y, m, d}, End: Date{y, m, d2}, Anchored: true, Weekday: wd})
		}
		if e2, ok := s.thatYear(e); ok {
			return timeRes(j, e2, Time{Start: Date{0, m, d}, End: Date{0, m, d2}, Anchored: true, Weekday: wd, Relative: ThatYear})
		}
		return timeRes(j, e, s.yearless(m, d, m, d2, wd))
	}
	if wd != "" {
		return none()
	}
	if y, e2, ok := s.deicticYear(e); ok {
		// "In March this year", "in June of last year".
		a, b := monthSpan(y, m)
		return timeRes(j, e2, Time{Start: a, End: b, Anchored: true})
	}
	if e2, ok := s.thatYear(e); ok {
		// "In March that year": the year the text named last.
		return timeRes(j, e2, Time{Start: Date{0, m, 1}, End: Date{0, m, daysIn(0, m)}, Anchored: true, Relative: ThatYear})
	}
	if y, e2, ok := s.yearAfter(e); ok && !s.isPunct(e, ",") {
		a, b := monthSpan(y, m)
		return timeRes(j, e2, Time{Start: a, End: b, Anchored: true})
	}
	// "May" and "March" alone are months only after a word that
	// introduces a time: "in May", not "May I ask".
	if s.info(j).monthCap && !s.timeWordBefore(j) {
		return none()
	}
	if t := s.tok(e); t != nil && t.kind == tokWord && t.cap && s.monthAt(e) == 0 && !s.timeWordBefore(j) {
		// "Commissioner August Mellaz said": a first name, not a
		// month ("in August Russia attacked" keeps its month).
		return none()
	}
	return timeRes(j, e, s.yearless(m, 1, m, daysIn(0, m), ""))
}

// figureAfterNoun reports whether a figure follows the counted noun at j,
// a qualifier maybe between: "Oct. 7 killed about 1,200" is a day and
// what happened on it, not 7 killed.
func (s *scan) figureAfterNoun(j int) bool {
	_, k, ok := s.nounAt(j, false, false)
	if !ok {
		return false
	}
	for n := 0; n < 3 && k < len(s.toks); n, k = n+1, k+1 {
		if t := s.tok(k); t != nil && t.kind == tokNum {
			return true
		}
		if !s.is(k, "about") && !s.is(k, "some") && !s.is(k, "nearly") && !s.is(k, "almost") && !s.is(k, "around") &&
			!s.is(k, "more") && !s.is(k, "than") && !s.is(k, "at") && !s.is(k, "least") && !s.is(k, "over") {
			return false
		}
	}
	return false
}

// dayFirstAt reads "7 December 2023", "7th of December", "7 Dec",
// "3-4 March".
func (s *scan) dayFirstAt(j int, wd string) result {
	d, ok := s.dayTok(j)
	if !ok {
		return none()
	}
	k := j + 1
	d2 := d
	// "3-4 March", "7–8 December 2023": a range of days.
	if s.isDash(k) {
		if x, ok := s.dayTok(k + 1); ok && x > d && s.monthAt(k+2) > 0 {
			d2, k = x, k+2
		}
	}
	return s.daysOfMonth(j, k, d, d2, wd)
}

// daysOfMonth reads the month (after "of" maybe) and the year at k that
// days d1..d2, read from token first on, are of: "7 December 2023", "3-4
// March", "between 24 and 25 August".
func (s *scan) daysOfMonth(first, k, d1, d2 int, wd string) result {
	if s.special(k) == spOf {
		k++
	}
	m := s.monthAt(k)
	if m == 0 || d2 > daysIn(0, m) {
		return none()
	}
	e := s.monthEnd(k)
	if y, ok := s.yearTok(e); ok {
		return timeRes(first, e+1, Time{Start: Date{y, m, d1}, End: Date{y, m, d2}, Anchored: true, Weekday: wd})
	}
	if e2, ok := s.thatYear(e); ok {
		return timeRes(first, e2, Time{Start: Date{0, m, d1}, End: Date{0, m, d2}, Anchored: true, Weekday: wd, Relative: ThatYear})
	}
	return timeRes(first, e, s.yearless(m, d1, m, d2, wd))
}

// yearless makes a time of a year-less interval (which may run into the
// next year when m2 < m1), taking the year from the publication date.
// weekday, when not empty, picks the year in which the date falls on it.
func (s *scan) yearless(m1, d1, m2, d2 int, weekday string) Time {
	wrap := 0
	if m2 < m1 {
		wrap = 1
	}
	if !s.hasPub {
		return Time{Start: Date{0, m1, d1}, End: Date{0, m2, d2}, Anchored: true, Weekday: weekday}
	}
	y := s.pub.Year
	if weekday != "" && m1 == m2 && d1 == d2 {
		want := weekdayIndex(weekday)
		best, bestDist := 0, 1<<30
		for _, cy := range []int{y, y - 1, y + 1} {
			if d1 > daysIn(cy, m1) {
				continue
			}
			dd := Date{cy, m1, d1}
			if weekdayOf(dd) != want {
				continue
			}
			dist := dayNum(dd) - dayNum(s.pub)
			if dist < 0 {
				dist = -dist
			}
			if dist < bestDist {
				best, bestDist = cy, dist
			}
		}
		if best != 0 {
			return Time{Start: Date{best, m1, d1}, End: Date{best, m2, d2}, Anchored: true, Weekday: weekday}
		}
	}
	if d1 > daysIn(y, m1) { // 29 February
		d1 = daysIn(y, m1)
	}
	if dayNum(Date{y, m1, d1})-dayNum(s.pub) > maxAhead {
		y--
	}
	if d1 > daysIn(y, m1) {
		d1 = daysIn(y, m1)
	}
	if d2 > daysIn(y+wrap, m2) {
		d2 = daysIn(y+wrap, m2)
	}
	return Time{Start: Date{y, m1, d1}, End: Date{y + wrap, m2, d2}, Anchored: true, Weekday: weekday}
}

// weekdayAt reads "Thursday", "Thursday, December 7", "Thursday 7 December 2023".
func (s *scan) weekdayAt(j int) result {
	wd := s.info(j).weekday
	k := j + 1
	if s.isPunct(k, ",") {
		k++
	}
	var res result
	if s.monthAt(k) > 0 {
		res = s.monthFirstAt(k, wd)
	} else {
		res = s.dayFirstAt(k, wd)
	}
	if res.ok {
		res.first = j
		return res
	}
	return timeRes(j, j+1, s.weekday(wd, ""))
}

// weekday resolves a weekday against the publication date. rel is "",
// "last", "this" or "next".
func (s *scan) weekday(wd, rel string) Time {
	name := ""
	if rel != "" {
		name = rel + "_" + strings.ToLower(wd)
	}
	if !s.pubDay {
		return Time{Weekday: wd, Relative: name}
	}
	want := weekdayIndex(wd)
	have := weekdayOf(s.pub)
	var d Date
	switch rel {
	case "", "last":
		back := (have - want + 7) % 7
		if rel == "last" && back == 0 {
			back = 7
		}
		d = addDays(s.pub, -back)
	case "this", "next":
		ahead := (want - have + 7) % 7
		if rel == "next" && ahead == 0 {
			ahead = 7
		}
		d = addDays(s.pub, ahead)
	}
	return Time{Start: d, End: d, Anchored: true, Weekday: wd, Relative: name}
}

// deicticAt reads "last Sunday", "next March", "this summer".
func (s *scan) deicticAt(j int) result {
	rel := strings.ToLower(s.str(j))
	wi := s.info(j + 1)
	if rel != "this" && (s.tok(j+1).kind == tokNum || wi.num != nil) {
		// "the next 24 hours" without "the": "next 24 hours", "last 12 months"
		dir, word := -1, "past"
		if rel == "next" {
			dir, word = 1, "next"
		}
		return s.periodAt(j, j+1, dir, word)
	}
	switch {
	case wi.weekday != "":
		return timeRes(j, j+2, s.weekday(wi.weekday, rel))
	case wi.season != nil:
		return timeRes(j, j+2, s.deicticSeason(*wi.season, rel, strings.ToLower(s.str(j+1))))
	case s.monthAt(j+1) > 0:
		m := s.monthAt(j + 1)
		name := rel + "_" + strings.ToLower(s.str(j+1))
		if !s.hasPub {
			return timeRes(j, s.monthEnd(j+1), Time{Relative: name})
		}
		y := s.pub.Year
		switch rel {
		case "last":
			if m >= s.pub.Month {
				y--
			}
		case "next":
			if m <= s.pub.Month {
				y++
			}
		}
		a, b := monthSpan(y, m)
		return timeRes(j, s.monthEnd(j+1), Time{Start: a, End: b, Anchored: true, Relative: name})
	}
	return none()
}

func (s *scan) deicticSeason(sv seasonVal, rel, word string) Time {
	name := rel + "_" + word
	if !s.hasPub {
		return Time{Relative: name}
	}
	y := s.pub.Year
	t := s.season(sv, y, true)
	switch rel {
	case "last":
		for !before(t.End, s.pub) {
			y--
			t = s.season(sv, y, true)
		}
	case "next":
		for !before(s.pub, t.Start) {
			y++
			t = s.season(sv, y, true)
		}
	case "this":
		// The season of this year, or the winter running into it.
		if sv.last < sv.first && s.pub.Month <= sv.last {
			t = s.season(sv, y-1, true)
		}
	}
	t.Relative = name
	return t
}

// season returns the months of a season of year y; known is false for a
// season without a year, which yearless resolves.
func (s *scan) season(sv seasonVal, y int, known bool) Time {
	if !known {
		return s.yearless(sv.first, 1, sv.last, daysIn(0, sv.last), "")
	}
	y2 := y
	if sv.last < sv.first {
		y2++
	}
	return Time{Start: Date{y, sv.first, 1}, End: Date{y2, sv.last, daysIn(y2, sv.last)}, Anchored: true}
}

// seasonYear reads the year after a season: "of 2020", "2020".
func (s *scan) seasonYear(j int) (int, int, bool) {
	k := j
	if s.special(k) == spOf {
		k++
	}
	// After a month, four plain digits are a year even before a counted
	// noun ("December 7, 2023 killed"): counts of that size are written
	// with a separator.
	if y, ok := s.yearTok(k); ok {
		return y, k + 1, true
	}
	return 0, j, false
}

// part is a part of a period: early, mid or late; the beginning, middle
// or end.
type part uint8

const (
	partEarly part = iota + 1
	partMid
	partLate
	partEnd // the last ten days of a month; as partLate otherwise
)

// partAt reads "early August", "mid-November", "late 2020", "mid-1990s"
// at j, starting the mention at first.
func (s *scan) partAt(first, j int) result {
	var p part
	switch s.special(j) {
	case spEarly:
		p = partEarly
	case spMid:
		p = partMid
	case spLate:
		p = partLate
	default:
		return none()
	}
	k := j + 1
	if s.isDash(k) && s.attached(k) {
		k++
	}
	return s.partOf(first, k, p)
}

// partOf reads the period at k that part p is taken of.
func (s *scan) partOf(first, k int, p part) result {
	if m := s.monthAt(k); m > 0 {
		e := s.monthEnd(k)
		d1, d2 := monthPart(m, p)
		if y, e2, ok := s.yearAfter(e); ok && !s.isPunct(e, ",") {
			if d2 > daysIn(y, m) {
				d2 = daysIn(y, m)
			}
			return timeRes(first, e2, Time{Start: Date{y, m, d1}, End: Date{y, m, d2}, Anchored: true})
		}
		return timeRes(first, e, s.yearless(m, d1, m, d2, ""))
	}
	if y0, span, e, ok := s.decadeTok(k); ok {
		a, b := periodPart(span, p)
		return timeRes(first, e, Time{Start: Date{y0 + a, 1, 1}, End: Date{y0 + b, 12, 31}, Anchored: true})
	}
	if y, ok := s.yearTok(k); ok && !s.countFollows(k+1) {
		m1, m2 := yearPart(p)
		return timeRes(first, k+1, Time{Start: Date{y, m1, 1}, End: Date{y, m2, daysIn(y, m2)}, Anchored: true})
	}
	return none()
}

func monthPart(m int, p part) (int, int) {
	switch p {
	case partEarly:
		return 1, 10
	case partMid:
		return 11, 20
	case partLate:
		return 21, daysIn(0, m)
	}
	return daysIn(0, m) - 9, daysIn(0, m)
}

func yearPart(p part) (int, int) {
	switch p {
	case partEarly:
		return 1, 4
	case partMid:
		return 5, 8
	}
	return 9, 12
}

// periodPart returns the years of a part of a decade or century.
func periodPart(span int, p part) (int, int) {
	switch p {
	case partEarly:
		return 0, span*4/10 - 1
	case partMid:
		return span * 4 / 10, span*7/10 - 1
	}
	return span * 7 / 10, span - 1
}

// decadeTok reads "1990s" at k: the first year and the span in years.
func (s *scan) decadeTok(k int) (y0, span, end int, ok bool) {
	t := s.tok(k)
	if t == nil || t.kind != tokNum {
		return 0, 0, 0, false
	}
	str := s.str(k)
	if len(str) != 5 || str[4] != 's' || !isAllDigits(str[:4]) || str[3] != '0' {
		return 0, 0, 0, false
	}
	y, _ := strconv.Atoi(str[:4])
	if y < 1000 || y > maxYear {
		return 0, 0, 0, false
	}
	span = 10
	if y%100 == 0 && y < 2000 {
		span = 100
	}
	return y, span, k + 1, true
}

// theAt reads what "the" starts: "the 1990s", "the early 1990s", "the end
// of March", "the fall of 2020", "the fall".
func (s *scan) theAt(j int) result {
	k := j + 1
	switch {
	case s.is(k, "past") || s.special(k) == spLast:
		if res := s.periodAt(j, k+1, -1, "past"); res.ok {
			return res
		}
	case s.special(k) == spNext || s.is(k, "coming"):
		if res := s.periodAt(j, k+1, 1, "next"); res.ok {
			return res
		}
	}
	if res := s.partOfYearAt(j, k); res.ok {
		return res
	}
	switch s.special(k) {
	case spEarly, spMid, spLate:
		if _, _, _, ok := s.decadeTok(k + 1 + b2i(s.isDash(k+1))); ok {
			return s.partAt(j, k)
		}
		return none()
	case spEnd, spBeginning, spMiddle:
		if s.special(k+1) != spOf {
			return none()
		}
		p := partEnd
		switch s.special(k) {
		case spBeginning:
			p = partEarly
		case spMiddle:
			p = partMid
		}
		q := k + 2
		if s.special(q) == spThe && s.decadeOK(q+1) {
			q++
		}
		if p == partEnd && s.monthAt(q) == 0 {
			p = partLate
		}
		return s.partOf(j, q, p)
	}
	if y0, span, e, ok := s.decadeTok(k); ok {
		return timeRes(j, e, Time{Start: Date{y0, 1, 1}, End: Date{y0 + span - 1, 12, 31}, Anchored: true})
	}
	if sv := s.info(k).season; sv != nil && s.tok(k).kind == tokWord {
		if y, e, ok := s.seasonYear(k + 1); ok {
			return timeRes(j, e, s.season(*sv, y, true))
		}
		// "the fall of Kabul" is no season; "in the fall" is.
		if s.special(k+1) == spOf || !(s.special(j-1) == spIn || s.special(j-1) == spSince || s.is(j-1, "during") || s.is(j-1, "over")) {
			return none()
		}
		return timeRes(j, k+1, s.season(*sv, 0, false))
	}
	return none()
}

func (s *scan) decadeOK(k int) bool {
	_, _, _, ok := s.decadeTok(k)
	return ok
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// timeWordBefore reports whether the word before j introduces a time.
func (s *scan) timeWordBefore(j int) bool {
	switch s.special(j - 1) {
	case spIn, spSince, spOf, spOn, spEarly, spMid, spLate, spThe, spLast, spThis, spNext, spTo, spAnd, spOr:
		return true
	}
	for _, w := range [...]string{"from", "until", "till", "by", "during", "before", "after", "since", "between", "-", "–", "through"} {
		if s.is(j-1, w) {
			return true
		}
	}
	return false
}

// yearContext reports whether the word at j makes the number after it a
// year even outside 1900-2100.
func (s *scan) yearContext(j int) bool {
	switch s.special(j) {
	case spOf:
		// "the summer of 1826", but "an average of 1500".
		return !s.info(j - 1).amount
	case spIn, spSince, spYear, spThe, spEarly, spMid, spLate:
		return true
	}
	for _, w := range [...]string{"from", "until", "till", "by", "during", "before", "after", "copyright", "©", "circa"} {
		if s.is(j, w) {
			return true
		}
	}
	return s.info(j).season != nil || s.monthAt(j) > 0
}

// tollFollows reports whether a counted noun at j is the first word of a
// toll ("the 1999 death toll", "the 2011 casualty count"): the figure
// before it is the year of the toll.
func (s *scan) tollFollows(j int) bool {
	_, e, ok := s.nounAt(j, false, false)
	if !ok {
		return false
	}
	for _, w := range [...]string{"toll", "tally", "count", "figure", "figures"} {
		if s.is(e, w) {
			return true
		}
	}
	return false
}

// strongYearContext reports whether the word at j makes a plain
// four-digit figure after it a year even when a counted noun follows:
// "in 2023 killed", "since 2020 troops". News writes counts of that size
// with a separator ("2,023 people").
func (s *scan) strongYearContext(j int) bool {
	switch s.special(j) {
	case spIn, spSince:
		return true
	}
	for _, w := range [...]string{"from", "until", "till", "during", "before", "after"} {
		if s.is(j, w) {
			return true
		}
	}
	return false
}

// numTimeAt reads a time that starts with a number: "2020", "2020-21",
// "1990s", "7 December 2023"; and skips times of day ("10:30", "3 p.m.").
func (s *scan) numTimeAt(j int) (res result) {
	if res = s.clockAt(j); res.skip {
		return res
	}
	if res = s.numDateAt(j); res.ok || res.skip {
		return res
	}
	if res = s.dayFirstAt(j, ""); res.ok {
		return res
	}
	if y0, span, e, ok := s.decadeTok(j); ok {
		return timeRes(j, e, Time{Start: Date{y0, 1, 1}, End: Date{y0 + span - 1, 12, 31}, Anchored: true})
	}
	if res = s.eraYearAt(j); res.ok || res.skip {
		return res
	}
	if y, ok := s.possessiveYear(j); ok {
		return timeRes(j, j+1, Time{Start: Date{y, 1, 1}, End: Date{y, 12, 31}, Anchored: true})
	}
	y, ok := s.yearTok(j)
	if !ok || s.countFollows(j+1) && !s.strongYearContext(j-1) && !s.tollFollows(j+1) {
		return none()
	}
	// "2000 - 2500 Calories", "1990-2000 people": a range of figures.
	if s.isDash(j+1) && s.tok(j+2) != nil && s.tok(j+2).kind == tokNum {
		if n, ok := s.numAt(j + 2); ok && (s.countFollows(n.end) || n.suffix != "" && n.suffix != "s") {
			return none()
		}
	}
	// "Apple is going from 1000 to 2000 hires": figures, not years.
	if s.is(j+1, "to") && !s.strongYearContext(j-1) {
		if n, ok := s.numAt(j + 2); ok && s.countFollows(n.end) {
			return none()
		}
	}
	if y < 1900 && s.is(j-1, "to") && s.countFollows(j+1) {
		return none()
	}
	if y < 1900 && !s.yearContext(j-1) {
		return none()
	}
	t := Time{Start: Date{y, 1, 1}, End: Date{y, 12, 31}, Anchored: true}
	// "2020-21", "1992–1994"
	if s.isDash(j + 1) {
		if n, ok := s.plainDigits(j + 2); ok && (n == 4 || n == 2) {
			y2, _ := strconv.Atoi(s.str(j + 2))
			if n == 2 {
				y2 += y / 100 * 100
			}
			if y2 > y && y2-y < 100 && !s.countFollows(j+3) {
				t.End = Date{y2, 12, 31}
				return timeRes(j, j+3, t)
			}
		}
	}
	return timeRes(j, j+1, t)
}

// eraEnd returns the token after "AD" or "A.D." at j, or j.
func (s *scan) eraEnd(j int) int {
	switch {
	case s.str(j) == "AD" || s.str(j) == "CE":
		return j + 1
	case s.str(j) == "A" && s.isPunct(j+1, ".") && s.str(j+2) == "D" && s.attached(j+1) && s.attached(j+2):
		if s.isPunct(j+3, ".") && s.attached(j+3) {
			return j + 4
		}
		return j + 3
	}
	return j
}

// eraYearAt reads a year written with its era at j: "A.D. 1000", "AD 79",
// "1260 CE". A year before Christ is skipped: it is no count either.
func (s *scan) eraYearAt(j int) result {
	n, ok := s.plainDigits(j)
	if !ok || n > 4 {
		return none()
	}
	y := atoiDigits(s.str(j))
	if s.str(j-1) == "AD" || s.isPunct(j-1, ".") && s.str(j-2) == "D" && s.isPunct(j-3, ".") && s.str(j-4) == "A" {
		return timeRes(j, j+1, Time{Start: Date{y, 1, 1}, End: Date{y, 12, 31}, Anchored: true})
	}
	if e := s.eraEnd(j + 1); e > j+1 {
		return timeRes(j, e, Time{Start: Date{y, 1, 1}, End: Date{y, 12, 31}, Anchored: true})
	}
	if s.str(j+1) == "BC" || s.str(j+1) == "BCE" || s.str(j+1) == "B" && s.isPunct(j+2, ".") {
		return skipTo(j + 2)
	}
	return none()
}

// possessiveYear reads a year with a possessive "s" whose apostrophe is
// lost: "2018s best performing sector".
func (s *scan) possessiveYear(j int) (int, bool) {
	str := s.str(j)
	t := s.tok(j)
	if t.kind != tokNum || t.sign != 0 || t.grouped || len(str) != 5 || str[4] != 's' || !isAllDigits(str[:4]) || str[3] == '0' {
		return 0, false
	}
	y := atoiDigits(str[:4])
	return y, y >= 1900 && y <= 2100
}

// clockAt skips a time of day at j: "10:30", "3 p.m.", "3pm", "10.45pm",
// "15:00 GMT", and a time in minutes and seconds: "1:36.6".
func (s *scan) clockAt(j int) result {
	n, ok := s.plainDigits(j)
	str := s.str(j)
	if !ok {
		// "3pm", "11am", "10.45pm"
		k := 0
		for k < len(str) && isDigit(str[k]) {
			k++
		}
		if k > 0 && k <= 2 {
			rest := str[k:]
			if len(rest) > 3 && (rest[0] == '.' || rest[0] == ',') && isDigit(rest[1]) && isDigit(rest[2]) {
				rest = rest[3:]
			}
			if eqFold(rest, "am") || eqFold(rest, "pm") {
				return skipTo(j + 1)
			}
			// "10.45 pm"
			if len(str) == k+3 && str[k] == '.' && isDigit(str[k+1]) && isDigit(str[k+2]) && s.ampm(j+1) > j+1 {
				return skipTo(s.ampm(j + 1))
			}
		}
		return none()
	}
	if n > 2 {
		return none()
	}
	e := j + 1
	if s.isPunct(e, ":") && s.attached(e) && s.attached(e+1) {
		if m, ok := s.plainDigits(e + 1); ok && m == 2 {
			e += 2
			if s.isPunct(e, ":") && s.attached(e) {
				if m, ok := s.plainDigits(e + 1); ok && m == 2 {
					e += 2
				}
			}
			return skipTo(s.ampm(e))
		}
		// "1:36.6": minutes, seconds and tenths.
		if str2 := s.str(e + 1); len(str2) >= 4 && isDigit(str2[0]) && isDigit(str2[1]) && str2[2] == '.' && isAllDigits(str2[3:]) && s.tok(e+1).kind == tokNum {
			return skipTo(e + 2)
		}
		return none()
	}
	if k := s.ampm(e); k > e {
		return skipTo(k)
	}
	return none()
}

// ampm returns the token after "am", "pm", "a.m." or "p.m." at e, or e.
func (s *scan) ampm(e int) int {
	if s.is(e, "am") || s.is(e, "pm") {
		return e + 1
	}
	if (s.is(e, "a") || s.is(e, "p")) && s.isPunct(e+1, ".") && s.attached(e+1) && s.is(e+2, "m") && s.attached(e+2) {
		if s.isPunct(e+3, ".") && s.attached(e+3) {
			return e + 4
		}
		return e + 3
	}
	return e
}

// relative resolves a relative expression against the publication date.
func (s *scan) relative(v relVal) Time {
	t := Time{Relative: v.name}
	if !s.hasPub || !s.pubDay && (v.unit == "day" || v.unit == "week") {
		return t
	}
	p := s.pub
	switch v.unit {
	case "day":
		t.Start, t.End = addDays(p, v.from), addDays(p, v.to)
	case "week":
		mon := mondayOf(p)
		t.Start, t.End = addDays(mon, 7*v.from), addDays(mon, 7*v.to+6)
	case "weekend":
		sat := addDays(mondayOf(p), 5)
		t.Start, t.End = addDays(sat, 7*v.from), addDays(sat, 7*v.to+1)
	case "month":
		y1, m1 := addMonths(p.Year, p.Month, v.from)
		y2, m2 := addMonths(p.Year, p.Month, v.to)
		t.Start, t.End = Date{y1, m1, 1}, Date{y2, m2, daysIn(y2, m2)}
	case "year":
		t.Start, t.End = Date{p.Year + v.from, 1, 1}, Date{p.Year + v.to, 12, 31}
	}
	switch v.clip {
	case "past":
		if before(p, t.End) {
			t.End = p
		}
	case "future":
		if !before(p, t.Start) {
			t.Start = addDays(p, 1)
		}
	}
	t.Anchored = true
	return t
}
