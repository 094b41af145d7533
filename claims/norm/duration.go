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
// years", "a month", "a fortnight". Days are counted with 365.25-day
// years and 30.44-day months and rounded to whole days; MinDays equals
// MaxDays for a stated length. A vague figure gives a range ("a few
// weeks" is 14 to 35 days). A plural unit alone after "for", "in" or
// "over", or before "of" ("for decades", "weeks of protests") is vague:
// at least two units, with no upper bound; its ISO form is that minimum.
//
// The same words before "ago" are a time relative to the publication
// date, not a duration ("six weeks ago"). An age is neither: "45 years
// old" and "a 45-year-old man" are skipped.

func (s *scan) durationAt(i int) result {
	if t := s.tok(i); t.kind == tokWord && t.info != nil && t.info.dur != nil {
		return s.vagueDurationAt(i)
	}
	var n num
	switch {
	case s.special(i) == spHalf && s.special(i+1) == spA && s.unitAt(i+2) != nil:
		n = num{first: i, end: i + 2, val: 0.5}
	case s.special(i) == spA && s.unitAt(i+1) != nil && !plural(s.str(i+1)):
		n = num{first: i, end: i + 1, val: 1}
	default:
		var ok bool
		n, ok = s.numAt(i)
		if !ok || n.ordinal || n.suffix != "" || n.scaled || n.vague && !s.r.vagues[s.vagueIndex(i)].scalable && n.high > 10 {
			return none()
		}
	}
	j := n.end
	hyphen := false
	if s.isDash(j) && s.attached(j) && s.attached(j+1) && s.unitAt(j+1) != nil {
		hyphen = true
		j++
	}
	u := s.unitAt(j)
	if u == nil {
		return none()
	}
	if !hyphen && !n.vague && n.val > 1 && !plural(s.str(j)) {
		return none() // "France 24 week"
	}
	j++
	// Ages: "45-year-old", "a six-month-old baby", "45 years old".
	if hyphen && s.isDash(j) && s.special(j+1) == spOld {
		return skipTo(j + 2)
	}
	if s.special(j) == spOld {
		return skipTo(j + 1)
	}
	v, lo, hi := n.val, n.low, n.high
	if s.special(j) == spAnd && s.special(j+1) == spA && s.special(j+2) == spHalf && !n.vague {
		v += 0.5 // "a year and a half"
		j += 3
	}
	if s.special(j) == spAgo {
		return timeRes(n.first, j+1, s.ago(n, v, u))
	}
	var d Duration
	if n.vague {
		d = Duration{ISO: isoDuration(lo, u), MinDays: days(lo * u.days), MaxDays: days(hi * u.days), Vague: true}
	} else {
		d = Duration{ISO: isoDuration(v, u), MinDays: days(v * u.days), MaxDays: days(v * u.days)}
	}
	return result{ok: true, first: n.first, end: j, m: Mention{Kind: DurationKind, Duration: d}}
}

// plural reports whether a unit word is plural: "weeks", "decades".
func plural(w string) bool {
	return len(w) > 1 && (w[len(w)-1] == 's' || w[len(w)-1] == 'S')
}

// vagueIndex returns the vague.txt entry matched at i.
func (s *scan) vagueIndex(i int) int {
	v, _, _ := s.match(s.info(i).vague, i)
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
// hundredths below (hours).
func days(d float64) float64 {
	if d >= 1 {
		return math.Round(d)
	}
	return math.Round(d*100) / 100
}

// isoDuration writes v units as an ISO 8601 duration: "P6W", "P30Y",
// "P2Y6M", "PT5H".
func isoDuration(v float64, u *durUnit) string {
	mult, letter := 1.0, u.iso
	if k := strings.IndexAny(u.iso, "DWMYH"); k > 0 {
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
	if letter == "H" {
		return "PT" + fmtNum(c) + "H"
	}
	return "P" + fmtNum(c) + letter
}

func fmtNum(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// ago makes the time "n units ago".
func (s *scan) ago(n num, v float64, u *durUnit) Time {
	var name string
	if n.vague {
		name = strings.ReplaceAll(strings.ToLower(s.text[s.toks[n.first].start:s.toks[n.end-1].end]), " ", "_") + "_" + u.name + "s_ago"
	} else {
		name = fmtNum(v) + "_" + u.name + "s_ago"
	}
	t := Time{Relative: name}
	if !s.hasPub {
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
