package norm

import "time"

// Calendar arithmetic on Dates with a known year, by way of time.Time at
// midnight UTC.

func (d Date) t() time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

func fromTime(t time.Time) Date { y, m, d := t.Date(); return Date{y, int(m), d} }

// dayNum counts days from 1970-01-01; d must have a year.
func dayNum(d Date) int { return int(d.t().Unix() / 86400) }

// addDays returns d moved by n days.
func addDays(d Date, n int) Date { return fromTime(d.t().AddDate(0, 0, n)) }

// daysIn returns the number of days of month m of year y; a year of 0
// counts as a leap year, so that "--02-29" stays a valid year-less date.
func daysIn(y, m int) int {
	if y == 0 {
		y = 2000
	}
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// monthSpan returns the first and last days of month m of year y; y may
// be 0 for a year-less month.
func monthSpan(y, m int) (Date, Date) { return Date{y, m, 1}, Date{y, m, daysIn(y, m)} }

// addMonths returns the first day of the month n months after y-m.
func addMonths(y, m, n int) (int, int) {
	k := y*12 + (m - 1) + n
	return k / 12, k%12 + 1
}

// weekdayIndex returns 0 for "Sunday" through 6 for "Saturday", or -1.
func weekdayIndex(name string) int {
	for i := time.Sunday; i <= time.Saturday; i++ {
		if i.String() == name {
			return int(i)
		}
	}
	return -1
}

// weekdayOf returns the day of the week of d, 0 for Sunday.
func weekdayOf(d Date) int { return int(d.t().Weekday()) }

// mondayOf returns the Monday of the ISO week holding d.
func mondayOf(d Date) Date {
	wd := (weekdayOf(d) + 6) % 7 // Monday 0
	return addDays(d, -wd)
}

// before reports whether a is before b; both must have years.
func before(a, b Date) bool { return dayNum(a) < dayNum(b) }
