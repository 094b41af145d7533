package serve

import (
	"bytes"
	"encoding/json"
	"html/template"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/norm"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
)

// templateFuncs are the functions the templates call.
var templateFuncs = template.FuncMap{
	"join": strings.Join,
}

// layout is what every page shows around its content.
type layout struct {
	Title      string
	View       string // which page: list, finding, document or error (the body's class)
	Token      string
	ReadOnly   bool
	By         string
	ReviewFile string
	Query      string // the search box's words
	ListQuery  string // the list's filters, to keep in the search form
}

func (s *Server) layout(title, view string) layout {
	return layout{Title: title, View: view, Token: s.token, ReadOnly: s.cfg.ReadOnly, By: s.cfg.By, ReviewFile: s.cfg.ReviewFile}
}

// render writes the page of template name, or an error page when it
// fails (before anything is written).
func (s *Server) render(w http.ResponseWriter, code int, name string, v any) {
	var b bytes.Buffer
	if err := s.pages.ExecuteTemplate(&b, name, v); err != nil {
		http.Error(w, "render the page: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	w.Write(b.Bytes())
}

// errorPage answers a page that says what went wrong.
func (s *Server) errorPage(w http.ResponseWriter, code int, msg string) {
	s.render(w, code, "error", struct {
		layout
		Code    int
		Status  string
		Message string
	}{s.layout(http.StatusText(code), "error"), code, http.StatusText(code), msg})
}

// listView is the findings list page.
type listView struct {
	layout
	Documents, Total, Matched int
	All                       chip
	Chips                     []chip
	Verdict                   string // the verdict menu's value
	VerdictOptions            []option
	Kind, Source, Reviewed    string
	Min                       string
	Kinds, Sources            []string
	ReviewedOptions           []option
	Rows                      []listRow
	Page, Pages, First, Last  int
	PrevHref, NextHref        string
	FirstHref, LastHref       string
	Error                     string
}

// chip is a verdict with its count, a link to the list of it.
type chip struct {
	Name, Class, Href string
	Count             int
	Active            bool
}

type option struct{ Value, Label string }

type listRow struct {
	ID, Href, Verdict, Class, Kind, Fact, Confidence string
	Sources, Quote                                   string
	Review                                           *report.Review
	Revision                                         int
}

func (s *Server) listPage(w http.ResponseWriter, r *http.Request) {
	v := listView{layout: s.layout("Findings", "list"), Documents: len(s.docOrder), Total: len(s.findings),
		Kinds: s.kinds, Sources: s.sources}
	flt, err := parseFilter(r.URL.Query(), s.cfg.PerPage)
	if err != nil {
		v.Error = err.Error() + ". The list below is unfiltered."
		flt, _ = parseFilter(nil, s.cfg.PerPage)
	}
	st, err := s.reviews.load()
	if err != nil {
		s.errorPage(w, http.StatusInternalServerError, err.Error())
		return
	}
	l := s.list(flt, st)
	v.Query, v.ListQuery = flt.query, flt.values().Encode()
	v.Matched, v.Page, v.Pages = len(l.matched), flt.page, l.pages
	all := 0
	for _, c := range l.counts {
		all += c.Count
		v.Chips = append(v.Chips, chip{Name: c.Verdict.String(), Class: verdictClass(c.Verdict), Count: c.Count,
			Href: listHref(flt.withVerdict(c.Verdict), 1), Active: flt.only(c.Verdict)})
	}
	v.All = chip{Name: "all", Href: listHref(flt.withVerdict(0), 1), Count: all, Active: len(flt.verdicts) == 0}
	v.VerdictOptions = []option{{"", "every verdict"}, {"flagged", "flagged (mismatches, framing)"}}
	for _, vd := range compare.Verdicts() {
		v.VerdictOptions = append(v.VerdictOptions, option{vd.String(), vd.String()})
	}
	v.Verdict = verdictValue(flt.verdicts)
	if !slices.ContainsFunc(v.VerdictOptions, func(o option) bool { return o.Value == v.Verdict }) {
		v.VerdictOptions = append(v.VerdictOptions, option{v.Verdict, v.Verdict})
	}
	v.Kind, v.Source, v.Reviewed = flt.kind, flt.source, flt.reviewed
	if flt.min > 0 {
		v.Min = strconv.FormatFloat(flt.min, 'f', -1, 64)
	}
	for _, o := range reviewedValues {
		v.ReviewedOptions = append(v.ReviewedOptions, option{o.Value, o.Label})
	}
	if len(l.items) > 0 {
		v.First = (flt.page-1)*flt.perPage + 1
		v.Last = v.First + len(l.items) - 1
	}
	if flt.page > 1 {
		v.PrevHref = listHref(flt, min(flt.page-1, l.pages))
		v.FirstHref = listHref(flt, 1)
	}
	if flt.page < l.pages {
		v.NextHref = listHref(flt, flt.page+1)
		v.LastHref = listHref(flt, l.pages)
	}
	back := flt.values().Encode()
	for _, i := range l.items {
		e := &s.findings[i]
		f := e.f
		row := listRow{ID: f.ID, Href: findingHref(f.ID, back), Verdict: f.Verdict.String(), Class: verdictClass(f.Verdict),
			Kind: f.Kind.String(), Fact: f.Fact, Confidence: strconv.FormatFloat(f.Confidence, 'f', 2, 64),
			Sources: s.sourcesText(e), Review: st.review(f.ID), Revision: st.rev[f.ID]}
		if len(f.Claims) > 0 {
			row.Quote = oneLine(f.Claims[0].Quote)
		}
		v.Rows = append(v.Rows, row)
	}
	s.render(w, http.StatusOK, "list", v)
}

// sourcesText names the sources of a finding on the list: its outlets,
// and its documents that name none.
func (s *Server) sourcesText(e *entry) string {
	names := append([]string{}, e.sources...)
	for _, id := range e.docs {
		if d := s.docs[id]; d == nil || d.info.Source == "" {
			names = append(names, id)
		}
	}
	return strings.Join(names, ", ")
}

// verdictValue is the verdict menu's value for the verdicts selected.
func verdictValue(vs []compare.Verdict) string {
	var flagged []compare.Verdict
	for _, v := range compare.Verdicts() {
		if v.Flagged() {
			flagged = append(flagged, v)
		}
	}
	if len(vs) > 1 && slices.Equal(vs, flagged) {
		return "flagged"
	}
	var names []string
	for _, v := range vs {
		names = append(names, v.String())
	}
	return strings.Join(names, ",")
}

// listHref is the list's URL for filter f at page.
func listHref(f filter, page int) string {
	q := f.values()
	if page > 1 {
		q.Set("page", strconv.Itoa(page))
	}
	if len(q) == 0 {
		return "/"
	}
	return "/?" + q.Encode()
}

// findingHref is the URL of finding id's page, with the list's filters
// it was opened from.
func findingHref(id, listQuery string) string {
	h := "/findings/" + url.PathEscape(id)
	if listQuery != "" {
		h += "?" + listQuery
	}
	return h
}

// findingView is a finding's page.
type findingView struct {
	layout
	ID, Verdict, Class, Kind, Fact, Summary string
	Confidence, Contested, Difference       string
	// Meaning says what the verdict means; Rule is the rule of a
	// flagged verdict.
	Meaning                      string
	Rule                         *report.Rule
	Review                       *report.Review
	Revision                     int
	History                      []report.Review
	Columns                      []column
	Diff                         *diffView
	Chart                        *chart
	ListHref, PrevHref, NextHref string
	Position, Matched            int
}

// column is one side of a mismatch, or one source.
type column struct {
	Title  string
	Claims []claimView
}

// claimView is one claim with its source.
type claimView struct {
	Doc, DocHref, Outlet, Title, Published, URL string
	Line                                        int
	Value, ValueJSON, Counted, Attribution      string
	Framing                                     []claims.FramingWord
	Context                                     quoteContext
}

func (s *Server) findingPage(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	i, ok := s.byID[id]
	if !ok {
		s.errorPage(w, http.StatusNotFound, "There is no finding "+id+" in this report. Finding ids change when a claim's value or framing changes: look for it in the list.")
		return
	}
	st, err := s.reviews.load()
	if err != nil {
		s.errorPage(w, http.StatusInternalServerError, err.Error())
		return
	}
	f := s.findings[i].f
	v := findingView{layout: s.layout(f.Fact, "finding"), ID: f.ID, Verdict: f.Verdict.String(), Class: verdictClass(f.Verdict),
		Kind: f.Kind.String(), Fact: f.Fact, Summary: oneLine(f.Summary), Confidence: strconv.FormatFloat(f.Confidence, 'f', 2, 64),
		Contested: f.Contested, Difference: differenceText(f.Difference), Review: st.review(f.ID), Revision: st.rev[f.ID],
		History: st.file.HistoryOf(f.ID), Diff: newDiffView(f), Chart: seriesChart(f)}
	v.Meaning = verdictMeaning[f.Verdict]
	if rule, ok := report.RuleFor(f.Verdict); ok {
		v.Rule = &rule
		v.Meaning = rule.Short
	}
	// The list it was opened from, for the way back and its neighbours.
	flt, err := parseFilter(r.URL.Query(), s.cfg.PerPage)
	if err != nil {
		flt, _ = parseFilter(nil, s.cfg.PerPage)
	}
	back := flt.values().Encode()
	v.Query, v.ListQuery = flt.query, back
	l := s.list(filter{verdicts: flt.verdicts, kind: flt.kind, source: flt.source, reviewed: flt.reviewed, min: flt.min,
		query: flt.query, words: flt.words, page: 1, perPage: flt.perPage}, st)
	v.Matched = len(l.matched)
	page := 1
	if pos := slices.Index(l.matched, i); pos >= 0 {
		v.Position = pos + 1
		page = pos/flt.perPage + 1
		if pos > 0 {
			v.PrevHref = findingHref(s.findings[l.matched[pos-1]].f.ID, back)
		}
		if pos+1 < len(l.matched) {
			v.NextHref = findingHref(s.findings[l.matched[pos+1]].f.ID, back)
		}
	}
	v.ListHref = listHref(flt, page)

	views := make([]claimView, len(f.Claims))
	for ci := range f.Claims {
		views[ci] = s.claimView(&f.Claims[ci])
	}
	if len(f.Sides) > 1 {
		group := "Group "
		if f.Verdict == compare.NumberMismatch || f.Verdict == compare.DateMismatch {
			group = "Side "
		}
		for si, side := range f.Sides {
			col := column{Title: group + sideName(si)}
			for _, ci := range side {
				if ci >= 0 && ci < len(views) {
					col.Claims = append(col.Claims, views[ci])
				}
			}
			v.Columns = append(v.Columns, col)
		}
	} else {
		for ci, cv := range views {
			v.Columns = append(v.Columns, column{Title: "Source " + strconv.Itoa(ci+1), Claims: []claimView{cv}})
		}
	}
	s.render(w, http.StatusOK, "finding", v)
}

// claimView is claim c with its document's outlet, date and link.
func (s *Server) claimView(c *claims.Claim) claimView {
	cv := claimView{Doc: c.Doc, Line: c.Line, Published: c.Published, Value: compare.Describe(c.Value),
		Attribution: c.Attribution, Framing: c.Framing, Context: s.context(c)}
	if b, err := json.Marshal(c.Value); err == nil {
		cv.ValueJSON = string(b)
	}
	if ct := c.Counted; ct != nil {
		t := readableTime(ct.At)
		if t == "" {
			t = compare.Describe(norm.Value{Time: &ct.Time})
		}
		cv.Counted = t + " (from the " + ct.From + ")"
		if ct.Earlier {
			cv.Counted += ", an earlier count"
		}
	}
	if d := s.docs[c.Doc]; d != nil {
		cv.Outlet, cv.Title, cv.URL = d.info.Source, d.info.Title, safeURL(d.info.URL)
		cv.Published = firstOf(readableTime(d.info.PublishedAt), d.info.Published, c.Published)
		cv.DocHref = "/document?id=" + url.QueryEscape(c.Doc)
		if cv.Context.FromDocument {
			cv.DocHref += "#" + quoteAnchor(c.QuoteStart)
		}
	}
	return cv
}

// safeURL keeps a document's link when it is a web address, so that a
// document's metadata cannot make a javascript: link.
func safeURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Scheme != "http" && p.Scheme != "https" {
		return ""
	}
	return u
}

// readableTime writes an RFC 3339 time for people: "2026-03-02 10:00
// UTC"; anything else is returned as it is.
func readableTime(s string) string {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return s
	}
	if _, off := t.Zone(); off == 0 {
		return t.Format("2006-01-02 15:04 UTC")
	}
	return t.Format("2006-01-02 15:04 -07:00")
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// documentView is a document's page.
type documentView struct {
	layout
	Info     claims.DocInfo
	URL      string
	HasText  bool
	Segs     []docSeg
	Findings []docRef
}

func (s *Server) documentPage(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	d, ok := s.docs[id]
	if !ok {
		s.errorPage(w, http.StatusNotFound, "There is no document "+strconv.Quote(id)+" in this corpus: documents are shown by the ids of the report's list, as the finding pages link to them.")
		return
	}
	v := documentView{layout: s.layout(firstOf(d.info.Title, d.info.ID), "document"), Info: d.info, URL: safeURL(d.info.URL), HasText: d.doc != nil}
	for _, cr := range d.claims {
		f := s.findings[cr.finding].f
		ref := docRef{ID: f.ID, Fact: f.Fact, Class: verdictClass(f.Verdict)}
		if !slices.Contains(v.Findings, ref) {
			v.Findings = append(v.Findings, ref)
		}
	}
	if d.doc != nil {
		v.Segs = s.docSegments(d)
	}
	s.render(w, http.StatusOK, "document", v)
}

// verdictMeaning says in a few words what each verdict means.
var verdictMeaning = map[compare.Verdict]string{
	compare.NumberMismatch: "incompatible figures for the same fact",
	compare.DateMismatch:   "the same event placed at incompatible times",
	compare.FramingDiffers: "same event, different loaded words",
	compare.Updated:        "a figure that grew as later documents reported it",
	compare.Agree:          "compatible values from several documents",
	compare.SingleSource:   "one document states it",
}

// verdictClass is the CSS class of verdict v: "v-number-mismatch".
func verdictClass(v compare.Verdict) string { return "v-" + strings.ReplaceAll(v.String(), "_", "-") }

// sideName names side s of a mismatch: A, B, ...
func sideName(s int) string {
	if s < 26 {
		return string(rune('A' + s))
	}
	return strconv.Itoa(s + 1)
}

// differenceText writes how far apart the sides of a mismatch are.
func differenceText(d *compare.Difference) string {
	if d == nil {
		return ""
	}
	return compactNumber(d.Absolute) + " (" + strconv.FormatFloat(math.Round(d.Relative*100), 'f', 0, 64) + "%)"
}
