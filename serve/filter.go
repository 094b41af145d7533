package serve

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
)

// filter is what the list shows: the findings its filters select, one
// page of them. It is read from a URL's query and written back to one,
// so that a list can be shared by its URL.
type filter struct {
	verdicts []compare.Verdict // none: every verdict
	kind     string
	source   string
	reviewed string // "", "yes", "no", "accepted", "dismissed"
	min      float64
	query    string
	words    []string // query, lower case, cut into words
	page     int
	perPage  int
	// perPageSet is whether the query named the page size, so that the
	// links it makes keep it.
	perPageSet bool
}

// reviewedValues are the values of the reviewed filter, as the list's
// menu offers them.
var reviewedValues = []struct{ Value, Label string }{
	{"", "reviewed or not"},
	{"no", "not reviewed"},
	{"yes", "reviewed"},
	{"accepted", "accepted"},
	{"dismissed", "dismissed"},
}

// parseFilter reads a filter from a query; perPage is the page size when
// the query names none. An unknown value is an error that says what is
// allowed.
func parseFilter(q url.Values, perPage int) (filter, error) {
	f := filter{page: 1, perPage: perPage}
	for _, v := range q["verdict"] {
		for _, name := range strings.Split(v, ",") {
			name = strings.TrimSpace(name)
			switch {
			case name == "":
			case name == "flagged":
				for _, v := range compare.Verdicts() {
					if v.Flagged() && !slices.Contains(f.verdicts, v) {
						f.verdicts = append(f.verdicts, v)
					}
				}
			default:
				v, err := compare.ParseVerdict(name)
				if err != nil {
					return filter{}, fmt.Errorf("verdict: %v: want flagged or one of %s", err, verdictNames())
				}
				if !slices.Contains(f.verdicts, v) {
					f.verdicts = append(f.verdicts, v)
				}
			}
		}
	}
	slices.Sort(f.verdicts)
	if k := strings.TrimSpace(q.Get("kind")); k != "" {
		if _, err := claims.ParseKind(k); err != nil {
			return filter{}, fmt.Errorf("kind: %v", err)
		}
		f.kind = k
	}
	f.source = strings.TrimSpace(q.Get("source"))
	f.reviewed = strings.TrimSpace(q.Get("reviewed"))
	if !slices.ContainsFunc(reviewedValues, func(v struct{ Value, Label string }) bool { return v.Value == f.reviewed }) {
		return filter{}, fmt.Errorf("reviewed %q: want yes, no, accepted or dismissed", f.reviewed)
	}
	if m := strings.TrimSpace(q.Get("min")); m != "" {
		x, err := strconv.ParseFloat(m, 64)
		if err != nil || x < 0 || x > 1 {
			return filter{}, fmt.Errorf("min %q: want a confidence from 0 to 1, such as 0.5", m)
		}
		f.min = x
	}
	f.query = strings.TrimSpace(q.Get("q"))
	f.words = strings.Fields(strings.ToLower(f.query))
	if p := q.Get("page"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 {
			return filter{}, fmt.Errorf("page %q: want a page number from 1", p)
		}
		f.page = n
	}
	if p := q.Get("per_page"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > maxPerPage {
			return filter{}, fmt.Errorf("per_page %q: want a number from 1 to %d", p, maxPerPage)
		}
		f.perPage, f.perPageSet = n, true
	}
	return f, nil
}

// verdictNames lists the verdict names, comma separated.
func verdictNames() string {
	var names []string
	for _, v := range compare.Verdicts() {
		names = append(names, v.String())
	}
	return strings.Join(names, ", ")
}

// values writes the filter back as a query, without its page: the
// filters alone, in a fixed order.
func (f filter) values() url.Values {
	q := url.Values{}
	if len(f.verdicts) > 0 {
		q.Set("verdict", verdictValue(f.verdicts))
	}
	set := func(k, v string) {
		if v != "" {
			q.Set(k, v)
		}
	}
	set("kind", f.kind)
	set("source", f.source)
	set("reviewed", f.reviewed)
	if f.min > 0 {
		q.Set("min", strconv.FormatFloat(f.min, 'f', -1, 64))
	}
	set("q", f.query)
	if f.perPageSet {
		q.Set("per_page", strconv.Itoa(f.perPage))
	}
	return q
}

// withVerdict is the filter with only verdict v selected (none: all).
func (f filter) withVerdict(v compare.Verdict) filter {
	f.verdicts = nil
	if v != 0 {
		f.verdicts = []compare.Verdict{v}
	}
	return f
}

// only reports whether the filter selects verdict v alone.
func (f filter) only(v compare.Verdict) bool {
	return len(f.verdicts) == 1 && f.verdicts[0] == v
}

// matchRest reports whether finding e passes every filter but the
// verdict's.
func (f *filter) matchRest(e *entry, st *reviewState) bool {
	if f.kind != "" && e.f.Kind.String() != f.kind {
		return false
	}
	if f.source != "" && !slices.Contains(e.sources, f.source) {
		return false
	}
	if e.f.Confidence < f.min {
		return false
	}
	if f.reviewed != "" {
		rv, ok := st.current[e.f.ID]
		switch f.reviewed {
		case "yes":
			if !ok {
				return false
			}
		case "no":
			if ok {
				return false
			}
		default:
			if !ok || string(rv.Decision) != f.reviewed {
				return false
			}
		}
	}
	for _, w := range f.words {
		if !strings.Contains(e.search, w) {
			return false
		}
	}
	return true
}

// listing is what a filter selects.
type listing struct {
	matched []int // indexes of the findings selected, in report order
	items   []int // those of the page
	counts  []VerdictCount
	pages   int
}

// list applies f to the report's findings.
func (s *Server) list(f filter, st *reviewState) listing {
	var l listing
	count := map[compare.Verdict]int{}
	for i := range s.findings {
		e := &s.findings[i]
		if !f.matchRest(e, st) {
			continue
		}
		count[e.f.Verdict]++
		if len(f.verdicts) == 0 || slices.Contains(f.verdicts, e.f.Verdict) {
			l.matched = append(l.matched, i)
		}
	}
	for _, v := range compare.Verdicts() {
		l.counts = append(l.counts, VerdictCount{Verdict: v, Count: count[v]})
	}
	l.pages = max(1, (len(l.matched)+f.perPage-1)/f.perPage)
	lo := len(l.matched)
	if f.page-1 < l.pages { // never multiply a huge page number
		lo = min((f.page-1)*f.perPage, len(l.matched))
	}
	hi := min(lo+f.perPage, len(l.matched))
	l.items = l.matched[lo:hi]
	return l
}
