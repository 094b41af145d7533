package serve

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
)

// chart is a running count's series drawn over its counting dates: an
// inline SVG the finding page's template writes, every number already
// formatted.
type chart struct {
	W, H                     int
	Left, Right, Top, Bottom string // the plot area's edges
	// YLabelX is where the value labels end, XLabelY where the date
	// labels stand, TickEnd where the date ticks end.
	YLabelX, XLabelY, TickEnd string
	Line                      string // the polyline's points, in date order
	Points                    []chartPoint
	YTicks, XTicks            []chartTick
	// Label says what the chart shows, for screen readers.
	Label string
	// Undated is how many figures of the series have no counting date
	// and are not drawn.
	Undated int
}

// chartPoint is one figure of the series.
type chartPoint struct {
	X, Y string
	// Lo and Hi are the ends of the whisker of a figure given as a
	// range or with a bound ("more than 40"), when finite; empty for an
	// exact figure.
	Lo, Hi string
	Class  string // "side-N": the side of a mismatch it is on
	Title  string // date, figure and document, shown on hover
	Date   string
	Value  string
	Doc    string
}

// chartTick is a label on an axis at Pos; Anchor is its SVG
// text-anchor (for the dates: start, middle or end).
type chartTick struct {
	Pos, Label, Anchor string
}

// niceStep is a round step (1, 2 or 5 times a power of ten) that cuts
// lo..hi into about four.
func niceStep(lo, hi float64) float64 {
	span := hi - lo
	if span <= 0 {
		span = math.Max(1, math.Abs(hi)*0.2)
	}
	raw := span / 4
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= raw {
			return m * p
		}
	}
	return 10 * p
}

// Chart geometry, in SVG user units.
const (
	chartW, chartH                               = 640, 220
	chartLeft, chartRight, chartTop, chartBottom = 64, 624, 16, 180
)

// seriesChart draws the series of f, or returns nil when f has none or
// none of its figures has a counting date and a value.
func seriesChart(f *compare.Finding) *chart {
	if len(f.Series) == 0 {
		return nil
	}
	side := map[int]int{} // the side of each claim, coloured for a mismatch only
	for s, idx := range f.Sides {
		if f.Verdict != compare.NumberMismatch {
			break
		}
		for _, i := range idx {
			side[i] = s
		}
	}
	type fig struct {
		t          time.Time
		y, lo, hi  float64
		c          *claims.Claim
		side       int
		date, text string
	}
	var figs []fig
	ch := &chart{W: chartW, H: chartH}
	for _, i := range f.Series {
		if i < 0 || i >= len(f.Claims) {
			continue
		}
		c := &f.Claims[i]
		t, date, ok := countedAt(c)
		y, lo, hi, vok := figure(c)
		if !ok || !vok {
			ch.Undated++
			continue
		}
		figs = append(figs, fig{t: t, y: y, lo: lo, hi: hi, c: c, side: side[i], date: date, text: compare.Describe(c.Value)})
	}
	if len(figs) == 0 {
		return nil
	}
	slices.SortStableFunc(figs, func(a, b fig) int { return a.t.Compare(b.t) })
	t0, t1 := figs[0].t, figs[len(figs)-1].t
	if !t1.After(t0) {
		t0, t1 = t0.Add(-24*time.Hour), t1.Add(24*time.Hour)
	}
	y0, y1 := math.Inf(1), math.Inf(-1)
	for _, g := range figs {
		y0, y1 = min(y0, g.lo, g.y), max(y1, g.hi, g.y)
	}
	if y0 > 0 && y0 < (y1-y0)*0.5 {
		y0 = 0 // a count near zero reads best from zero
	}
	step := niceStep(y0, y1)
	y0, y1 = math.Floor(y0/step)*step, math.Ceil(y1/step)*step
	if y1 == y0 {
		y0, y1 = y0-step, y1+step
	}
	if y0 < 0 && figs[0].y >= 0 {
		y0 = 0
	}
	xOf := func(t time.Time) float64 {
		return chartLeft + (chartRight-chartLeft)*float64(t.Sub(t0))/float64(t1.Sub(t0))
	}
	yOf := func(v float64) float64 {
		return chartBottom - (chartBottom-chartTop)*(v-y0)/(y1-y0)
	}
	ch.Left, ch.Right, ch.Top, ch.Bottom = num(chartLeft), num(chartRight), num(chartTop), num(chartBottom)
	ch.YLabelX, ch.XLabelY, ch.TickEnd = num(chartLeft-8), num(chartBottom+22), num(chartBottom+6)
	var line []string
	for _, g := range figs {
		x, y := num(xOf(g.t)), num(yOf(g.y))
		line = append(line, x+","+y)
		p := chartPoint{X: x, Y: y, Class: "side-" + strconv.Itoa(g.side), Date: g.date, Value: g.text, Doc: g.c.Doc,
			Title: g.date + ": " + g.text + " (" + g.c.Doc + ")"}
		if g.lo != g.hi {
			p.Lo, p.Hi = num(yOf(g.lo)), num(yOf(g.hi))
		}
		ch.Points = append(ch.Points, p)
	}
	ch.Line = strings.Join(line, " ")
	for v := y0; v <= y1+step/2; v += step {
		ch.YTicks = append(ch.YTicks, chartTick{Pos: num(yOf(v)), Label: compactNumber(v)})
	}
	var dates []string
	for _, g := range figs {
		if !slices.Contains(dates, g.date) {
			dates = append(dates, g.date)
			ch.XTicks = append(ch.XTicks, chartTick{Pos: num(xOf(g.t)), Label: g.date, Anchor: "middle"})
		}
	}
	if len(ch.XTicks) > 4 { // first and last only, so that labels never overlap
		ch.XTicks = []chartTick{ch.XTicks[0], ch.XTicks[len(ch.XTicks)-1]}
	}
	// The labels at the ends stand inside the chart.
	for i := range ch.XTicks {
		switch ch.XTicks[i].Pos {
		case ch.Left:
			ch.XTicks[i].Anchor = "start"
		case ch.Right:
			ch.XTicks[i].Anchor = "end"
		}
	}
	ch.Label = "the figures of " + f.Fact + " by the day they were counted"
	return ch
}

// countedAt is when claim c was counted: its moment when known, else
// the first day of its counting date.
func countedAt(c *claims.Claim) (t time.Time, label string, ok bool) {
	ct := c.Counted
	if ct == nil {
		return time.Time{}, "", false
	}
	if ct.At != "" {
		if t, err := time.Parse(time.RFC3339, ct.At); err == nil {
			return t.UTC(), t.Format("2006-01-02 15:04"), true
		}
	}
	d := ct.Time.Start
	if !ct.Time.Anchored || d.Year == 0 || d.Month == 0 || d.Day == 0 {
		return time.Time{}, "", false
	}
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC), d.String(), true
}

// figure is the number a claim gives and the finite bounds around it.
func figure(c *claims.Claim) (y, lo, hi float64, ok bool) {
	q := c.Value.Quantity
	if q == nil {
		return 0, 0, 0, false
	}
	finite := func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }
	switch {
	case q.HasStated && finite(q.Stated):
		y = q.Stated
	case finite(q.Low) && finite(q.High):
		y = (q.Low + q.High) / 2
	case finite(q.Low):
		y = q.Low
	case finite(q.High):
		y = q.High
	default:
		return 0, 0, 0, false
	}
	lo, hi = y, y
	if finite(q.Low) {
		lo = min(q.Low, y)
	}
	if finite(q.High) {
		hi = max(q.High, y)
	}
	return y, lo, hi, true
}

// num formats a coordinate.
func num(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }

// compactNumber writes an axis label: "6,500", "12.5", "1.2M".
func compactNumber(v float64) string {
	switch a := math.Abs(v); {
	case a >= 1e6:
		return strconv.FormatFloat(v/1e6, 'f', 1, 64) + "M"
	case a >= 100:
		return groupDigits(strconv.FormatFloat(math.Round(v), 'f', 0, 64))
	case a == math.Trunc(a):
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return strconv.FormatFloat(v, 'f', 1, 64)
}

// groupDigits puts commas between the thousands of an integer.
func groupDigits(s string) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// itoa is strconv.Itoa, short.
func itoa(n int) string { return strconv.Itoa(n) }
