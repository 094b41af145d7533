package load

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// A publication date is read in three steps: its words are put in a
// canonical form (normDate), the result is tried against the layouts of
// dateLayouts, and the time found keeps the offset it was written with.
// Everything the reader knows of the forms of dates is in the tables
// below.

// dateFamily is a family of date layouts: each date alone (unless
// needClock), and each date followed by a separator, a time of day and a
// zone. The layouts are those of package time, written for text that
// normDate has put in canonical form: months as "Jan", no weekday, no
// commas, "AM" and "PM" as words of their own, zone names as numeric
// offsets.
type dateFamily struct {
	dates     []string
	needClock bool // a date of this family is read only with a time of day
	seps      []string
	clocks    []string
	zones     []string
}

// dateFamilies are the forms of publication dates the loader reads.
var dateFamilies = []dateFamily{
	{ // ISO 8601 and RFC 3339: 2023-02-06, 2023-02-06T14:30:00.5Z, 2023-02-06 14:30 +03:00, 2023/02/06
		dates:  []string{"2006-1-2", "2006/1/2"},
		seps:   []string{"T", " "},
		clocks: []string{"15:04:05", "15:04"},
		zones:  []string{"", "Z07:00", "Z0700", "Z07", " Z07:00", " Z0700", " Z07"},
	},
	{ // English: February 8, 2023; 8 Feb 2023 3:45 PM; RFC 1123 (Mon, 06 Feb 2023 14:30:00 GMT)
		dates:  []string{"Jan 2 2006", "2 Jan 2006"},
		seps:   []string{" "},
		clocks: []string{"15:04:05", "15:04", "3:04:05 PM", "3:04 PM", "3 PM"},
		zones:  []string{"", " Z07:00", " Z0700", " Z07"},
	},
	{ // RFC 822, two-digit years: 06 Feb 23 14:30 EST
		dates:     []string{"2 Jan 06"},
		needClock: true,
		seps:      []string{" "},
		clocks:    []string{"15:04:05", "15:04"},
		zones:     []string{"", " Z0700"},
	},
	{ // day.month.year, as European feeds write it: 06.02.2023 14:30
		dates:  []string{"2.1.2006"},
		seps:   []string{" "},
		clocks: []string{"15:04:05", "15:04"},
		zones:  []string{""},
	},
	{ // Unix date(1) and C's asctime, whose year comes last: Mon Feb  6 14:30:00 UTC 2023
		dates:     []string{"Jan 2"},
		needClock: true,
		seps:      []string{" "},
		clocks:    []string{"15:04:05 2006", "15:04:05 Z0700 2006"},
		zones:     []string{""},
	},
}

// dateLayout is one layout of package time and whether it holds a time
// of day.
type dateLayout struct {
	layout string
	clock  bool
}

// dateLayouts are the layouts of dateFamilies, each date alone first.
var dateLayouts = buildDateLayouts(dateFamilies)

// buildDateLayouts expands the families into layouts.
func buildDateLayouts(families []dateFamily) []dateLayout {
	var out []dateLayout
	for _, f := range families {
		for _, d := range f.dates {
			if !f.needClock {
				out = append(out, dateLayout{d, false})
			}
			for _, s := range f.seps {
				for _, c := range f.clocks {
					for _, z := range f.zones {
						out = append(out, dateLayout{d + s + c + z, true})
					}
				}
			}
		}
	}
	return out
}

// monthNames maps the names of months, full and abbreviated ("sept"
// too), in lower case, to the abbreviation the layouts use.
var monthNames = buildMonthNames()

// buildMonthNames builds monthNames from package time's month names.
func buildMonthNames() map[string]string {
	names := map[string]string{"sept": "Sep"}
	for m := time.January; m <= time.December; m++ {
		long := m.String()
		names[strings.ToLower(long)] = long[:3]
		names[strings.ToLower(long[:3])] = long[:3]
	}
	return names
}

// weekdayNames are the names of weekdays, full and abbreviated, in lower
// case; a date may start with one, which the reader drops (package time
// would not check it against the date either).
var weekdayNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
}

// fillerWords are words and signs that may stand between the date and
// the time of day ("February 8, 2023 at 3:45 PM", "06.02.2023 - 14:30"):
// the reader drops them.
var fillerWords = map[string]bool{"at": true, "@": true, "-": true, "–": true, "—": true, "|": true}

// zoneOffsets are the time zone names the reader knows, with their
// offsets from UTC in hours: those of RFC 822 (where CST is the United
// States' Central time) and the common European and Asia-Pacific ones.
// Names that several zones share (IST, AST) are not in it.
var zoneOffsets = map[string]float64{
	"UT": 0, "UTC": 0, "GMT": 0, "Z": 0,
	"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
	"WET": 0, "WEST": 1, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3,
	"HKT": 8, "SGT": 8, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
}

// errDateForm is why a date in no known form cannot be read.
var errDateForm = errors.New("in no known form")

// parseTime parses a publication date. It returns the time, in the
// offset written (UTC when none is, or when only a date is given), and
// whether a time of day was given; the zero time when s is blank. A date
// in no known form is an error saying why.
func parseTime(s string) (time.Time, bool, error) {
	norm := normDate(s)
	if norm == "" {
		return time.Time{}, false, nil
	}
	if t, clock, ok := parseNorm(norm); ok {
		return t, clock, nil
	}
	// A time of day followed by a zone name the table lacks.
	if i := strings.LastIndexByte(norm, ' '); i > 0 && isZoneName(norm[i+1:]) {
		if _, clock, ok := parseNorm(norm[:i]); ok && clock {
			return time.Time{}, false, fmt.Errorf("in an unknown time zone %q", norm[i+1:])
		}
	}
	return time.Time{}, false, errDateForm
}

// monthLayouts are the forms of a publication date given to the month
// alone, in the canonical form of normDate: 2023-12, 2023/12, December
// 2023.
var monthLayouts = []string{"2006-1", "2006/1", "Jan 2006"}

// parseMonth parses a publication date given to the month alone. It
// returns the first day of the month, UTC.
func parseMonth(s string) (time.Time, bool) {
	norm := normDate(s)
	for _, l := range monthLayouts {
		if t, err := time.Parse(l, norm); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}

// parseNorm parses a date normDate has put in canonical form.
func parseNorm(s string) (time.Time, bool, bool) {
	for _, l := range dateLayouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		// A fixed offset, not time.Local, even where the offset is the
		// local one, so that the result does not depend on the machine.
		if _, off := t.Zone(); off == 0 {
			t = t.In(time.UTC)
		} else {
			t = t.In(time.FixedZone("", off))
		}
		return t, l.clock, true
	}
	return time.Time{}, false, false
}

// normDate puts a date in the canonical form the layouts are written
// for: white space and commas become single spaces, a leading weekday
// and filler words go, month names become "Jan" … "Dec", ordinals lose
// their suffix ("8th" → "8"), "a.m."/"pm" become "AM"/"PM" words of their
// own, and zone names become numeric offsets ("EST" → "-0500", "GMT+3"
// → "+0300").
func normDate(s string) string {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
	out := make([]string, 0, len(words)+1)
	for i, w := range words {
		lower := strings.ToLower(strings.TrimSuffix(w, "."))
		switch {
		case i == 0 && weekdayNames[lower]:
			continue
		case fillerWords[lower]:
			continue
		case monthNames[lower] != "":
			out = append(out, monthNames[lower])
			continue
		}
		if m := meridiem(lower); m != "" {
			out = append(out, m)
			continue
		}
		if lower != "" && isDigit(lower[0]) {
			if num, m, ok := cutMeridiem(lower); ok { // "3:45pm", "3p.m."
				out = append(out, num, m)
				continue
			}
			if isOrdinal(lower) { // "8th"
				out = append(out, lower[:len(lower)-2])
				continue
			}
		}
		if z, ok := zoneOffset(strings.ToUpper(w)); ok {
			out = append(out, z)
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// meridiem returns "AM" or "PM" for the ways of writing them (lower
// case, the final dot gone), or "".
func meridiem(s string) string {
	switch s {
	case "am", "a.m":
		return "AM"
	case "pm", "p.m":
		return "PM"
	}
	return ""
}

// cutMeridiem splits a time of day written with "am" or "pm" and no
// space ("3:45pm", "3p.m", lower case, the final dot gone) into the time
// and "AM" or "PM".
func cutMeridiem(s string) (string, string, bool) {
	for _, suffix := range []string{"a.m", "p.m", "am", "pm"} {
		if num, ok := strings.CutSuffix(s, suffix); ok && num != "" && isDigit(num[len(num)-1]) {
			return num, meridiem(suffix), true
		}
	}
	return "", "", false
}

// isOrdinal reports whether s is a day of the month with an English
// ordinal suffix: 1st, 2nd, 3rd, 4th … 31st.
func isOrdinal(s string) bool {
	n := len(s)
	if n < 3 || n > 4 || !isDigit(s[0]) || n == 4 && !isDigit(s[1]) {
		return false
	}
	switch s[n-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// zoneOffset returns the numeric offset ("-0500") of a zone name in
// upper case ("EST"), or of "UTC" or "GMT" followed by an offset in
// hours ("GMT+3", "UTC-04:00").
func zoneOffset(w string) (string, bool) {
	if h, ok := zoneOffsets[w]; ok {
		return formatOffset(int(h * 60)), true
	}
	rest, ok := strings.CutPrefix(w, "UTC")
	if !ok {
		rest, ok = strings.CutPrefix(w, "GMT")
	}
	if !ok || len(rest) < 2 || rest[0] != '+' && rest[0] != '-' {
		return "", false
	}
	sign, digits := rest[0], strings.ReplaceAll(rest[1:], ":", "")
	for i := 0; i < len(digits); i++ {
		if !isDigit(digits[i]) {
			return "", false
		}
	}
	var h, m int
	switch len(digits) {
	case 1, 2:
		h, _ = strconv.Atoi(digits)
	case 3, 4:
		h, _ = strconv.Atoi(digits[:len(digits)-2])
		m, _ = strconv.Atoi(digits[len(digits)-2:])
	default:
		return "", false
	}
	if h > 14 || m > 59 {
		return "", false
	}
	off := h*60 + m
	if sign == '-' {
		off = -off
	}
	return formatOffset(off), true
}

// formatOffset writes an offset in minutes as "+hhmm".
func formatOffset(minutes int) string {
	sign := '+'
	if minutes < 0 {
		sign, minutes = '-', -minutes
	}
	return fmt.Sprintf("%c%02d%02d", sign, minutes/60, minutes%60)
}

// isZoneName reports whether w looks like the name of a time zone: two to
// five ASCII capitals.
func isZoneName(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
