package norm

import (
	"math"
	"strconv"
	"strings"
)

// Durations.
//
// A figure and a unit of time is a duration: "six weeks", "a six-week
// war", "thirty years", "three decades", "44 days", "two and a half
// years", "a month", "a fortnight", "90 minutes", "a 90-minute
// ceasefire", "72-hour", "3min", "half an hour". Days are counted with
// 365.25-day years and 30.44-day months and rounded to whole days (to
// hundredths below a day, and finer below two hours); MinDays equals
// MaxDays for a stated length. A vague figure gives a range ("a few
// weeks" is 14 to 35 days). A plural unit alone after "for", "in" or
// "over", or before "of" ("for decades", "weeks of protests") is vague:
// at least two units, with no upper bound; its ISO form is that minimum.
//
// Lengths in several units add up: "1 week and 2 days", "3 years, 2
// months, 14 days and 16 hours" (each unit smaller than the one before).
// Two figures joined by "to", a dash or "or" before one unit are a range
// ("seven to 10 years", "one to two years", "three or four years",
// "25–40min"), and a qualifier bounds the length as it bounds a figure:
// "nearly six weeks" is 38 to 42 days, "more than three months" at
// least 91 days with no upper bound, "about 80 seconds" 72 to 88
// seconds.
//
// The same words before "ago" are a time relative to the publication
// date, not a duration ("six weeks ago"). An age is neither: "45 years
// old", "a 45-year-old man" and "a six-month-old baby" are quantities of
// Class Age.

func (s *scan) durationAt(i int) result {
	if t := s.tok(i); t.kind == tokWord && t.info != nil && t.info.dur != nil && !s.is(i, "second") {
		return s.vagueDurationAt(i)
	}
	q, j, joiner := Exact, i, ""
	if v, k, ok := s.match(&s.info(i).quals, i); ok && !(k == i+1 && s.is(i, "over")) {
		// "over" before a length is mostly "during": "spread over five
		// weeks"; "more than" says more than.
		q, j, joiner = s.r.quals[v].q, k, s.r.quals[v].joiner
	}
	if !s.figureStart(j) || !s.unitNear(j) {
		return none()
	}
	l, res, ok := s.lengthAt(j)
	if !ok {
		if res.ok || res.skip {
			if q != Exact && res.ok && res.m.Kind == TimeKind {
				return none() // "nearly six weeks ago" is no duration
			}
			if q != Exact && res.ok {
				res.first = i
			}
			return res
		}
		return none()
	}
	if q == Range && !l.isRange {
		return none()
	}
	if joiner != "" && l.isRange && !s.is(l.joinTok, joiner) && !(joiner == "and" && s.is(l.joinTok, "to")) {
		return none()
	}
	d := l.duration()
	d.Qualifier = q
	if l.isRange {
		d.Qualifier = Range
	}
	switch q {
	case MoreThan, AtLeast:
		d.MaxDays = math.Inf(1)
	case LessThan, AtMost:
		d.MinDays = 0
	case Nearly:
		d.MinDays = days(l.lo * (1 - Tolerance))
	case About:
		d.MinDays, d.MaxDays = days(l.lo*(1-Tolerance)), days(l.hi*(1+Tolerance))
	}
	res = result{ok: true, first: i, end: l.end, m: Mention{Kind: DurationKind, Duration: d}}
	if l.hyphen {
		// "a 44-day war": the event after the length may be one the
		// lexicon dates.
		if v, e, ok := s.match(&s.info(l.first).anchors, l.first); ok && e > l.end {
			a := s.r.anchors[v]
			res.also = &result{ok: true, first: l.end, end: e, m: Mention{Kind: TimeKind, Time: Time{Start: a.start, End: a.end, Anchored: true, Anchor: a.name}}}
		}
	}
	return res
}

// unitNear reports, cheaply, whether a unit of time stands within the few
// tokens from j, or against a figure there ("3min"): without one there is
// no length to read.
func (s *scan) unitNear(j int) bool {
	for k := j; k < j+6 && k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.info != nil && t.info.dur != nil || t.kind == tokNum && isLetter(s.text[t.end-1]) {
			return true
		}
	}
	return false
}

// length is a length of time read from text: lo to hi days, in units of
// unit (the last unit of a sum).
type length struct {
	first, end int
	lo, hi     float64 // in days
	iso        string
	vague      bool
	isRange    bool
	joinTok    int  // the word that joins a range's figures
	hyphen     bool // written as one word: "six-week", "90-minute"
}

func (l length) duration() Duration {
	return Duration{ISO: l.iso, MinDays: days(l.lo), MaxDays: days(l.hi), Vague: l.vague}
}

// lengthAt reads a length of time at j, with the sums and ranges of
// lengths. When the words are not a length but an age or a time ago, res
// holds that mention (or a skip).
func (s *scan) lengthAt(j int) (length, result, bool) {
	t, res, ok := s.termAt(j)
	if !ok {
		return length{}, res, false
	}
	l := length{first: j, end: t.end, lo: t.lo * t.u.days, hi: t.hi * t.u.days, vague: t.vague, hyphen: t.hyphen}
	l.iso = isoDuration(t.lo, t.u)
	if t.hyphen {
		return l, none(), true
	}
	// Sums: "1 week and 2 days", "24 hours, 39 minutes, and 35 seconds".
	last := t.u
	isos := []string{l.iso}
	for !t.vague {
		k := l.end
		if s.isPunct(k, ",") {
			k++
		}
		if s.special(k) == spAnd {
			k++
		}
		if k == l.end {
			break
		}
		t2, _, ok := s.termAt(k)
		if !ok || t2.vague || t2.hyphen || t2.u.days >= last.days || t2.isRange {
			break
		}
		l.lo += t2.lo * t2.u.days
		l.hi += t2.hi * t2.u.days
		l.end, last = t2.end, t2.u
		isos = append(isos, isoDuration(t2.lo, t2.u))
	}
	if len(isos) > 1 {
		l.iso = joinISO(isos)
	}
	if t.isRange {
		l.isRange, l.joinTok = true, t.joinTok
	}
	return l, none(), true
}

// term is one figure and unit of time: "six weeks", "a month", "7 to 10
// years".
type term struct {
	end     int
	lo, hi  float64 // in units
	u       *durUnit
	vague   bool
	isRange bool
	joinTok int
	hyphen  bool
}

// termAt reads one figure and unit of time at i.
func (s *scan) termAt(i int) (term, result, bool) {
	var n num
	switch {
	case s.special(i) == spHalf && s.special(i+1) == spA && s.unitAt(i+2) != nil && !s.is(i+2, "second"):
		n = num{first: i, end: i + 2, val: 0.5}
	case s.special(i) == spA && s.unitAt(i+1) != nil && !plural(s.str(i+1)) && !s.is(i+1, "second"):
		n = num{first: i, end: i + 1, val: 1}
	default:
		var ok bool
		n, ok = s.numAt(i)
		if !ok || n.ordinal || n.vague && !s.r.vagues[s.vagueIndex(i)].scalable && n.high > 10 {
			return term{}, none(), false
		}
		if n.suffix != "" {
			// "3min", "24h": a unit against the figure.
			u := s.gluedDur(n)
			if u == nil || n.scaled {
				return term{}, none(), false
			}
			return term{end: n.end, lo: n.val, hi: n.val, u: u}, none(), true
		}
	}
	j := n.end
	t := term{lo: n.val, hi: n.val}
	if n.vague {
		t.lo, t.hi, t.vague = n.low, n.high, true
	}
	// "seven to 10 years", "one-to-two-year", "25–40min", "three or four years"
	if !n.vague && !n.scaled && (s.special(j) == spTo || s.special(j) == spOr || s.isDash(j) && s.attached(j) == s.attached(j+1)) {
		if n2, ok := s.numAt(j + 1); ok && !n2.vague && !n2.ordinal && !n2.scaled && n2.val > n.val {
			var u *durUnit
			k := n2.end
			if n2.suffix != "" {
				u = s.gluedDur(n2)
			} else if s.isDash(k) && s.attached(k) && s.unitAt(k+1) != nil {
				u, k = s.unitAt(k+1), k+1
			} else {
				u = s.unitAt(k)
			}
			if u != nil && (n2.suffix != "" || plural(s.str(k)) || s.isDash(k-1)) && !s.oldAfter(k+1) {
				if n2.suffix == "" {
					k++
				}
				t.hi, t.u, t.end, t.isRange, t.joinTok = n2.val, u, k, true, j
				if s.special(t.end) == spAgo {
					return term{}, none(), false
				}
				return t, none(), true
			}
		}
	}
	if s.isDash(j) && s.attached(j) && s.attached(j+1) && s.unitAt(j+1) != nil {
		t.hyphen = true
		j++
	}
	u := s.unitAt(j)
	if u == nil {
		return term{}, none(), false
	}
	t.u = u
	// Ages: "45-year-old", "a six-month-old baby", "45 years old", "15 year-old".
	if e, ok := s.oldEnd(j + 1); ok {
		if n.val <= 0 || n.vague {
			return term{}, skipTo(e), false
		}
		q := bounded(Exact, n.val, false)
		q.Class, q.Unit = Age, u.name
		return term{}, quantityRes(n.first, e, q), false
	}
	if n.scaled {
		return term{}, none(), false
	}
	if !t.hyphen && !n.vague && n.val > 1 && !plural(s.str(j)) {
		return term{}, none(), false // "France 24 week"
	}
	j++
	if s.special(j) == spAnd && s.special(j+1) == spA && s.special(j+2) == spHalf && !n.vague {
		t.lo += 0.5 // "a year and a half"
		t.hi += 0.5
		j += 3
	}
	if s.special(j) == spAgo {
		return term{}, timeRes(n.first, j+1, s.ago(n, t.lo, u)), false
	}
	t.end = j
	return t, none(), true
}

// oldEnd reads "-old" or "old" after the unit of an age at j and returns
// the token after it.
func (s *scan) oldEnd(j int) (int, bool) {
	if s.isDash(j) && s.attached(j) && s.special(j+1) == spOld {
		return j + 2, true
	}
	if s.special(j) == spOld {
		return j + 1, true
	}
	return 0, false
}

// oldAfter reports whether an age's "old" follows at j.
func (s *scan) oldAfter(j int) bool {
	_, ok := s.oldEnd(j)
	return ok
}

// gluedDur returns the unit of time written against the figure n ("3min").
func (s *scan) gluedDur(n num) *durUnit {
	if wi := s.r.table.find(n.suffix); wi != nil && wi.dur != nil && (len(wi.meas.ps) == 0 || n.suffix == "min") {
		return wi.dur
	}
	return nil
}

// plural reports whether a unit word is plural: "weeks", "decades".
func plural(w string) bool {
	return len(w) > 1 && (w[len(w)-1] == 's' || w[len(w)-1] == 'S')
}

// vagueIndex returns the vague.txt entry matched at i.
func (s *scan) vagueIndex(i int) int {
	v, _, _ := s.match(&s.info(i).vague, i)
	return v
}

// unitAt returns the unit of time named at token j, or nil.
func (s *scan) unitAt(j int) *durUnit {
	t := s.tok(j)
	if t == nil || t.kind != tokWord || t.info == nil {
		return nil
	}
	return t.info.dur
}

// vagueDurationAt reads a plural unit alone: "for decades", "weeks of protests".
func (s *scan) vagueDurationAt(i int) result {
	u := s.unitAt(i)
	if !plural(s.str(i)) {
		return none()
	}
	before := s.special(i-1) == spFor || s.special(i-1) == spIn || s.is(i-1, "over")
	after := s.special(i+1) == spOf || s.isDash(i+1) && s.attached(i+1) && s.is(i+2, "long")
	if !before && !after || s.special(i+1) == spAgo || s.special(i+1) == spLater {
		return none()
	}
	return result{ok: true, first: i, end: i + 1, m: Mention{Kind: DurationKind, Duration: Duration{
		ISO: isoDuration(2, u), MinDays: days(2 * u.days), MaxDays: math.Inf(1), Vague: true,
	}}}
}

// days rounds a number of days: to whole days from one day up, to
// hundredths down to a tenth of a day, and to millionths below (minutes
// and seconds).
func days(d float64) float64 {
	switch {
	case math.IsInf(d, 0):
		return d
	case d >= 1:
		return math.Round(d)
	case d >= 0.1:
		return math.Round(d*100) / 100
	}
	return math.Round(d*1e6) / 1e6
}

// isoDuration writes v units as an ISO 8601 duration: "P6W", "P30Y",
// "P2Y6M", "PT5H", "PT90M", "PT10S".
func isoDuration(v float64, u *durUnit) string {
	mult, letter := 1.0, u.iso
	if k := strings.IndexAny(u.iso, "DWMYHNS"); k > 0 {
		mult, _ = strconv.ParseFloat(u.iso[:k], 64)
		letter = u.iso[k:]
	}
	c := v * mult
	if letter == "Y" && c != math.Trunc(c) && math.Mod(c*12, 1) == 0 {
		y, m := math.Trunc(c), math.Round((c-math.Trunc(c))*12)
		if y == 0 {
			return "P" + fmtNum(m) + "M"
		}
		return "P" + fmtNum(y) + "Y" + fmtNum(m) + "M"
	}
	switch letter {
	case "H":
		if c != math.Trunc(c) && math.Mod(c*60, 1) == 0 {
			return "PT" + fmtNum(c*60) + "M" // "half an hour": PT30M
		}
		return "PT" + fmtNum(c) + "H"
	case "N":
		if c != math.Trunc(c) && math.Mod(c*60, 1) == 0 {
			return "PT" + fmtNum(c*60) + "S"
		}
		return "PT" + fmtNum(c) + "M"
	case "S":
		return "PT" + fmtNum(c) + "S"
	}
	return "P" + fmtNum(c) + letter
}

// joinISO joins the ISO forms of the terms of a sum, largest unit first:
// "PT24H" and "PT39M" give "PT24H39M"; weeks, which ISO 8601 does not
// mix with other units, are written as days ("P1W" and "P2D" give "P9D").
func joinISO(isos []string) string {
	var date, tm strings.Builder
	weeks := 0.0
	for _, x := range isos {
		x = strings.TrimPrefix(x, "P")
		switch {
		case strings.HasPrefix(x, "T"):
			tm.WriteString(x[1:])
		case strings.HasSuffix(x, "W"):
			w, _ := strconv.ParseFloat(strings.TrimSuffix(x, "W"), 64)
			weeks += w
		case strings.HasSuffix(x, "D") && weeks > 0:
			d, _ := strconv.ParseFloat(strings.TrimSuffix(x, "D"), 64)
			date.WriteString(fmtNum(d+7*weeks) + "D")
			weeks = 0
		default:
			date.WriteString(x)
		}
	}
	if weeks > 0 {
		date.WriteString(fmtNum(7*weeks) + "D")
	}
	out := "P" + date.String()
	if tm.Len() > 0 {
		out += "T" + tm.String()
	}
	return out
}

func fmtNum(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// monthSlack is how many days either side of its day "n months ago" may
// fall.
const monthSlack = 15

// ago makes the time "n units ago".
func (s *scan) ago(n num, v float64, u *durUnit) Time {
	var name string
	if n.vague {
		name = strings.ReplaceAll(strings.ToLower(s.text[s.toks[n.first].start:s.toks[n.end-1].end]), " ", "_") + "_" + u.name + "s_ago"
	} else {
		name = fmtNum(v) + "_" + u.name + "s_ago"
	}
	t := Time{Relative: name}
	if !s.hasPub || !s.pubDay && u.name != "month" && u.name != "year" && u.name != "decade" && u.name != "century" {
		// "three days ago" in a report known to the month alone.
		return t
	}
	lo, hi := v, v
	if n.vague {
		lo, hi = n.low, n.high
	}
	t.Anchored = true
	p := s.pub
	switch u.name {
	case "month":
		y1, m1 := addMonths(p.Year, p.Month, -int(math.Round(hi)))
		y2, m2 := addMonths(p.Year, p.Month, -int(math.Round(lo)))
		t.Start, t.End = Date{y1, m1, 1}, Date{y2, m2, daysIn(y2, m2)}
		if s.pubDay {
			// "A month ago" on March 30 is about the end of February
			// or the start of March: half a month either side of the
			// day, not the calendar month.
			t.Start = addDays(Date{y1, m1, min(p.Day, daysIn(y1, m1))}, -monthSlack)
			t.End = addDays(Date{y2, m2, min(p.Day, daysIn(y2, m2))}, monthSlack)
			if before(p, t.End) {
				t.End = p
			}
		}
	case "year", "decade", "century":
		k := u.days / 365.25
		t.Start = Date{p.Year - int(math.Round(hi*k)), 1, 1}
		t.End = Date{p.Year - int(math.Round(lo*k)), 12, 31}
	default:
		t.Start = addDays(p, -int(math.Round(hi*u.days)))
		t.End = addDays(p, -int(math.Round(lo*u.days)))
	}
	return t
}
