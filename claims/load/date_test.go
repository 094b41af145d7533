package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestParseTime(t *testing.T) {
	utc := func(y int, m time.Month, d, h, min, s, ns int) time.Time {
		return time.Date(y, m, d, h, min, s, ns, time.UTC)
	}
	zone := func(hours float64) *time.Location { return time.FixedZone("", int(hours*3600)) }
	feb6 := utc(2023, 2, 6, 0, 0, 0, 0)
	feb6At := func(h, min, s int, loc *time.Location) time.Time { return time.Date(2023, 2, 6, h, min, s, 0, loc) }
	feb8 := utc(2023, 2, 8, 0, 0, 0, 0)
	feb8At := func(h, min int) time.Time { return utc(2023, 2, 8, h, min, 0, 0) }
	tests := []struct {
		in    string
		want  time.Time
		clock bool
	}{
		// ISO 8601 and RFC 3339.
		{"2023-02-06", feb6, false},
		{" 2023-02-06 \t", feb6, false},
		{"2023-2-6", feb6, false},
		{"2023/02/06", feb6, false},
		{"2023-02-06T14:30", feb6At(14, 30, 0, time.UTC), true},
		{"2023-02-06T14:30:00", feb6At(14, 30, 0, time.UTC), true},
		{"2023-02-06T14:30:00Z", feb6At(14, 30, 0, time.UTC), true},
		{"2023-02-06T14:30:00.123456Z", utc(2023, 2, 6, 14, 30, 0, 123456000), true},
		{"2023-02-06T14:30:00.5+03:00", time.Date(2023, 2, 6, 14, 30, 0, 5e8, zone(3)), true},
		{"2023-02-06T14:30:00+0300", feb6At(14, 30, 0, zone(3)), true},
		{"2023-02-06T14:30+03", feb6At(14, 30, 0, zone(3)), true},
		{"2023-02-06 14:30:00+03:00", feb6At(14, 30, 0, zone(3)), true},
		{"2023-02-06 14:30:00 +03:00", feb6At(14, 30, 0, zone(3)), true},
		{"2023-02-06 14:30:00 -0500", feb6At(14, 30, 0, zone(-5)), true},
		{"2023-02-06 14:30:00 UTC", feb6At(14, 30, 0, time.UTC), true},
		{"2023-02-06 14:30", feb6At(14, 30, 0, time.UTC), true},
		{"2023-02-06T00:00:00Z", feb6, true},
		{"2023-02-06T23:30:00-05:00", time.Date(2023, 2, 6, 23, 30, 0, 0, zone(-5)), true},
		// English.
		{"February 8, 2023", feb8, false},
		{"february 8 2023", feb8, false},
		{"Feb 8, 2023", feb8, false},
		{"Feb. 8, 2023", feb8, false},
		{"FEB 08, 2023", feb8, false},
		{"8 February 2023", feb8, false},
		{"8 Feb 2023", feb8, false},
		{"8th February 2023", feb8, false},
		{"February 8th, 2023", feb8, false},
		{"Wednesday, February 8, 2023", feb8, false},
		{"Wed 8 February 2023", feb8, false},
		{"Sept. 21, 2023", utc(2023, 9, 21, 0, 0, 0, 0), false},
		{"February 8, 2023 3:45 PM", feb8At(15, 45), true},
		{"February 8, 2023, 3:45 pm", feb8At(15, 45), true},
		{"Feb 8, 2023 at 3:45 p.m.", feb8At(15, 45), true},
		{"Feb 8, 2023 3:45PM", feb8At(15, 45), true},
		{"Feb 8, 2023 11 AM", feb8At(11, 0), true},
		{"Feb 8, 2023 12:05 a.m.", feb8At(0, 5), true},
		{"8 February 2023 15:45", feb8At(15, 45), true},
		{"February 8, 2023 3:45\u202fPM", feb8At(15, 45), true},
		{"February 8, 2023 3:45 PM EST", time.Date(2023, 2, 8, 15, 45, 0, 0, zone(-5)), true},
		{"Feb 8, 2023 15:45 GMT+3", time.Date(2023, 2, 8, 15, 45, 0, 0, zone(3)), true},
		{"Feb 8, 2023 15:45 UTC-03:30", time.Date(2023, 2, 8, 15, 45, 0, 0, zone(-3.5)), true},
		// RFC 1123, RFC 822 and the Unix date.
		{"Mon, 06 Feb 2023 14:30:00 GMT", feb6At(14, 30, 0, time.UTC), true},
		{"Mon, 06 Feb 2023 14:30:00 +0300", feb6At(14, 30, 0, zone(3)), true},
		{"Mon, 6 Feb 2023 14:30:00 -0000", feb6At(14, 30, 0, time.UTC), true},
		{"Mon, 06 Feb 2023 14:30:00 EST", feb6At(14, 30, 0, zone(-5)), true},
		{"Mon, 06 Feb 2023 14:30:00 CEST", feb6At(14, 30, 0, zone(2)), true},
		{"Mon, 06 Feb 2023 14:30 Z", feb6At(14, 30, 0, time.UTC), true},
		{"Mon, 06 Feb 2023 14:30:00", feb6At(14, 30, 0, time.UTC), true},
		{"06 Feb 23 14:30 PDT", feb6At(14, 30, 0, zone(-7)), true},
		{"Mon Feb  6 14:30:00 UTC 2023", feb6At(14, 30, 0, time.UTC), true},
		{"Mon Feb 6 14:30:00 2023", feb6At(14, 30, 0, time.UTC), true},
		// Day.month.year.
		{"06.02.2023", feb6, false},
		{"6.2.2023 14:30", feb6At(14, 30, 0, time.UTC), true},
		{"06.02.2023 - 14:30", feb6At(14, 30, 0, time.UTC), true},
		// Blank.
		{"", time.Time{}, false},
		{"  ", time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, clock, err := parseTime(tt.in)
			if err != nil {
				t.Fatalf("parseTime(%q): %v", tt.in, err)
			}
			if !got.Equal(tt.want) || clock != tt.clock {
				t.Errorf("parseTime(%q) = %v, clock %v; want %v, clock %v", tt.in, got, clock, tt.want, tt.clock)
			}
			_, gotOff := got.Zone()
			if _, wantOff := tt.want.Zone(); gotOff != wantOff {
				t.Errorf("parseTime(%q) in offset %d s, want %d s (the offset written)", tt.in, gotOff, wantOff)
			}
			if gotOff == 0 && got.Location() != time.UTC {
				t.Errorf("parseTime(%q) in %v, want UTC", tt.in, got.Location())
			}
		})
	}
}

func TestParseTimeUnreadable(t *testing.T) {
	tests := []struct{ in, reason string }{
		{"yesterday", "in no known form"},
		{"2023-13-45", "in no known form"},
		{"2023-02-30", "in no known form"},
		{"02/06/2023", "in no known form"}, // February 6 or June 2
		{"2023", "in no known form"},
		{"06 Feb 23", "in no known form"},
		{"Feb 8, 2023 25:00", "in no known form"},
		{"Feb 8, 2023 3:45 PM XYZ", `in an unknown time zone "XYZ"`},
		{"Mon, 06 Feb 2023 14:30:00 IST", `in an unknown time zone "IST"`},
		{"Feb 8, 2023 3:45 PM UTC+15", "in no known form"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, clock, err := parseTime(tt.in)
			if err == nil || err.Error() != tt.reason || !got.IsZero() || clock {
				t.Errorf("parseTime(%q) = %v, %v, %v; want the zero time and %q", tt.in, got, clock, err, tt.reason)
			}
		})
	}
}

// TestParseTimeNotLocal checks that a time does not depend on the
// machine's zone, even where its offset is the local one.
func TestParseTimeNotLocal(t *testing.T) {
	saved := time.Local
	defer func() { time.Local = saved }()
	time.Local = time.FixedZone("EAT", 3*3600)
	got, _, err := parseTime("2023-02-06T14:30:00+03:00")
	if err != nil || got.Location() == time.Local {
		t.Errorf("parseTime in the local offset: %v in %v (%v)", got, got.Location(), err)
	}
	got, _, err = parseTime("Mon, 06 Feb 2023 14:30:00 EAT")
	if err == nil {
		t.Errorf("parseTime read the zone name EAT from the local zone: %v", got)
	}
}

func TestDateLayoutsBuilt(t *testing.T) {
	seen := map[string]bool{}
	for _, l := range dateLayouts {
		if seen[l.layout] {
			t.Errorf("layout %q twice", l.layout)
		}
		seen[l.layout] = true
		hasClock := false
		for _, c := range []string{"15", "3:04", "3 PM"} {
			if strings.Contains(l.layout, c) {
				hasClock = true
			}
		}
		if hasClock != l.clock {
			t.Errorf("layout %q: clock %v", l.layout, l.clock)
		}
	}
}

// TestREADMEDates checks that every example of the README's table of
// date forms is read.
func TestREADMEDates(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, table, ok := strings.Cut(string(b), "| form | examples |\n| --- | --- |\n")
	if !ok {
		t.Fatal("README has no table of date forms")
	}
	table, _, _ = strings.Cut(table, "\n\n")
	n := 0
	for _, row := range strings.Split(table, "\n") {
		cells := strings.Split(row, " | ")
		spans := strings.Split(cells[len(cells)-1], "`")
		for i := 1; i < len(spans); i += 2 { // the code spans
			ex := spans[i]
			n++
			if _, _, err := parseTime(ex); err != nil {
				if _, ok := parseMonth(ex); !ok {
					t.Errorf("README example %q: %v", ex, err)
				}
			}
		}
	}
	if n < 20 {
		t.Errorf("read %d examples from the README's table, want 20 or more", n)
	}
}

// TestParseMonth: a publication date given to the month alone is read as
// that month; a year alone or an impossible month is not.
func TestParseMonth(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want string // "" when not a month
	}{
		{"2023-12", "2023-12-01"},
		{"2023/4", "2023-04-01"},
		{"February 2023", "2023-02-01"},
		{"Feb. 2023", "2023-02-01"},
		{"2023", ""},
		{"2023-13", ""},
		{"2023-02-06", ""},
	} {
		got, ok := parseMonth(tt.in)
		switch {
		case tt.want == "" && ok:
			t.Errorf("parseMonth(%q) = %v, want no month", tt.in, got)
		case tt.want != "" && (!ok || got.Format("2006-01-02") != tt.want || got.Location() != time.UTC):
			t.Errorf("parseMonth(%q) = %v, %v; want %s UTC", tt.in, got, ok, tt.want)
		}
	}
}

// TestPublishedMonth: a document dated to the month is read with that
// month and no warning; its date is not taken for a day.
func TestPublishedMonth(t *testing.T) {
	d := NewDocument("t", "")
	d.Published = "2023-12"
	d.readPublished(3)
	if !d.PublishedMonth || d.PublishedClock || d.PublishedTime.Format("2006-01-02") != "2023-12-01" || len(d.Warnings) != 0 {
		t.Errorf("2023-12: time %v, month %v, clock %v, warnings %v; want December 2023 to the month, no warning",
			d.PublishedTime, d.PublishedMonth, d.PublishedClock, d.Warnings)
	}
	d = NewDocument("t", "")
	d.Published = "2023-02-06"
	d.readPublished(3)
	if d.PublishedMonth {
		t.Errorf("2023-02-06 read as a month alone")
	}
}
