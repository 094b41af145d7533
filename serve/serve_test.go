package serve

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
)

// TestRoutes fetches every route and checks its status, its type and a
// few words of its body.
func TestRoutes(t *testing.T) {
	d := newDesk(t, Config{By: "ana"})
	tests := []struct {
		name, path string
		code       int
		ctype      string
		want       []string
	}{
		{"list", "/", 200, "text/html", []string{"Findings", "deaths (people) in the Norland floods", `name="csrf-token" content="` + d.srv.Token() + `"`, "deciding as <b>ana</b>"}},
		{"list filtered", "/?verdict=flagged&q=norland", 200, "text/html", []string{"1 of 4", idMismatch, `href="/findings/` + idMismatch + `?q=norland&amp;verdict=flagged"`}},
		{"list with a bad filter", "/?verdict=loud", 200, "text/html", []string{`unknown verdict &#34;loud&#34;`, "The list below is unfiltered"}},
		{"finding", "/findings/" + idMismatch, 200, "text/html", []string{"Norport Herald", "Eastbay Times", "number_mismatch"}},
		{"finding not in the report", "/findings/bb0000000000", 404, "text/html", []string{"There is no finding bb0000000000"}},
		{"document", "/document?id=a.txt", 200, "text/html", []string{"Floods in Norland", "Rescue teams reached Norport"}},
		{"document not in the corpus", "/document?id=z.txt", 404, "text/html", []string{"There is no document"}},
		{"stylesheet", "/static/app.css", 200, "text/css", []string{"claimcheck review desk"}},
		{"script", "/static/app.js", 200, "text/javascript", []string{"X-CSRF-Token"}},
		{"static file not embedded", "/static/missing.js", 404, "text/plain", nil},
		{"no page", "/nowhere", 404, "text/html", []string{"There is no page at this address"}},
		{"api findings", "/api/findings", 200, "application/json", []string{`"total": 4`, `"matched": 4`}},
		{"api finding", "/api/findings/" + idSeries, 200, "application/json", []string{`"series": [`, `"revision": 0`}},
		{"api finding not in the report", "/api/findings/bb0000000000", 404, "application/json", []string{"no finding bb0000000000"}},
		{"api bad filter", "/api/findings?min=2", 400, "application/json", []string{"want a confidence from 0 to 1"}},
		{"api reviews", "/api/reviews", 200, "application/json", []string{`"reviews": []`, `"history": []`}},
		{"api no route", "/api/nothing", 404, "application/json", []string{"no such API route"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := d.get(tt.path)
			if a.code != tt.code {
				t.Errorf("GET %s: status %d, want %d: %s", tt.path, a.code, tt.code, a.body)
			}
			if ct := a.header.Get("Content-Type"); !strings.HasPrefix(ct, tt.ctype) {
				t.Errorf("GET %s: Content-Type %q, want %s", tt.path, ct, tt.ctype)
			}
			for _, w := range tt.want {
				if !strings.Contains(a.body, w) {
					t.Errorf("GET %s: no %q in\n%s", tt.path, w, a.body)
				}
			}
			if tok := a.header.Get("X-CSRF-Token"); tok != d.srv.Token() {
				t.Errorf("GET %s: X-CSRF-Token %q, want the server's", tt.path, tok)
			}
			if csp := a.header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
				t.Errorf("GET %s: Content-Security-Policy %q", tt.path, csp)
			}
		})
	}

	t.Run("writes", func(t *testing.T) {
		if a := d.decide(idMismatch, report.Accepted, "the ministry counts one district", "", 0); a.code != 200 {
			t.Fatalf("decision: %d %s", a.code, a.body)
		}
		if a := d.post("/api/findings/"+idMismatch+"/undo", UndoRequest{Revision: 1}); a.code != 200 {
			t.Fatalf("undo: %d %s", a.code, a.body)
		}
		a := d.get("/api/findings/" + idMismatch + "/decision")
		if a.code != http.StatusMethodNotAllowed {
			t.Errorf("GET of a write: %d, want 405", a.code)
		}
	})
}

// TestPagesNeedNoOtherSite checks that the pages load nothing from
// elsewhere: every src and href of a stylesheet or script is the
// server's own.
func TestPagesNeedNoOtherSite(t *testing.T) {
	d := newDesk(t, Config{})
	res := regexp.MustCompile(`<(?:script|link|img|iframe)[^>]*(?:src|href)="([^"]*)"`)
	for _, path := range []string{"/", "/findings/" + idSeries, "/findings/" + idFraming, "/document?id=a.txt"} {
		for _, m := range res.FindAllStringSubmatch(d.get(path).body, -1) {
			if !strings.HasPrefix(m[1], "/static/") {
				t.Errorf("%s loads %q", path, m[1])
			}
		}
	}
}

// TestFilters checks what each filter of the list selects, through the
// API.
func TestFilters(t *testing.T) {
	d := newDesk(t, Config{})
	if a := d.decide(idFraming, report.Dismissed, "the same group, named by two agencies", "ana", 0); a.code != 200 {
		t.Fatal(a.body)
	}
	tests := []struct {
		query string
		want  []string
		// counts are the verdict counts of the answer, by name; only
		// those given are checked.
		counts map[string]int
	}{
		{"", []string{idMismatch, idSeries, idFraming, idSingle}, map[string]int{"number_mismatch": 1, "updated": 1, "framing_differs": 1, "single_source": 1}},
		{"verdict=number_mismatch", []string{idMismatch}, map[string]int{"updated": 1}},
		{"verdict=flagged", []string{idMismatch, idFraming}, nil},
		{"verdict=updated,single_source", []string{idSeries, idSingle}, nil},
		{"verdict=updated&verdict=single_source", []string{idSeries, idSingle}, nil},
		{"kind=casualties", []string{idMismatch, idSeries}, map[string]int{"framing_differs": 0}},
		{"kind=date", []string{idSingle}, nil},
		{"source=Eastbay+Times", []string{idMismatch, idFraming}, nil},
		{"source=Norland+Courier", []string{idSeries}, nil},
		{"source=Nowhere+Gazette", nil, map[string]int{"number_mismatch": 0}},
		{"reviewed=yes", []string{idFraming}, nil},
		{"reviewed=dismissed", []string{idFraming}, nil},
		{"reviewed=accepted", nil, nil},
		{"reviewed=no", []string{idMismatch, idSeries, idSingle}, nil},
		{"min=0.8", []string{idMismatch, idSeries}, nil},
		{"min=0.85&verdict=updated", nil, map[string]int{"number_mismatch": 1}},
		{"q=ministry", []string{idMismatch}, nil},
		{"q=12+PEOPLE", []string{idMismatch}, nil},
		{"q=norland+floods+counted", []string{idSeries}, nil},
		{"q=insurgents", []string{idFraming}, nil},
		{"q=" + idSingle, []string{idSingle}, nil},
		{"q=norland&verdict=flagged&min=0.5", []string{idMismatch}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			var page FindingsPage
			d.getJSON("/api/findings?"+tt.query, &page)
			var got []string
			for _, it := range page.Items {
				got = append(got, it.ID)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ids mismatch (-want +got):\n%s", diff)
			}
			if page.Matched != len(tt.want) || page.Total != 4 {
				t.Errorf("matched %d of %d, want %d of 4", page.Matched, page.Total, len(tt.want))
			}
			for name, n := range tt.counts {
				v, _ := compare.ParseVerdict(name)
				for _, c := range page.Counts {
					if c.Verdict == v && c.Count != n {
						t.Errorf("count of %s: %d, want %d", name, c.Count, n)
					}
				}
			}
		})
	}

	bad := []struct{ query, want string }{
		{"verdict=loud", `unknown verdict "loud"`},
		{"kind=weather", "weather"},
		{"reviewed=maybe", "want yes, no, accepted or dismissed"},
		{"min=high", "want a confidence from 0 to 1"},
		{"page=0", "want a page number from 1"},
		{"per_page=5000", "want a number from 1 to 500"},
	}
	for _, tt := range bad {
		t.Run("bad "+tt.query, func(t *testing.T) {
			a := d.get("/api/findings?" + tt.query)
			if a.code != http.StatusBadRequest || !strings.Contains(errorOf(t, a), tt.want) {
				t.Errorf("GET ?%s: %d %s, want 400 with %q", tt.query, a.code, a.body, tt.want)
			}
		})
	}
}

// TestFindingAPI checks the detail of one finding and the review it
// carries.
func TestFindingAPI(t *testing.T) {
	d := newDesk(t, Config{By: "ana"})
	d.decide(idSeries, report.Accepted, "the toll rose, as the courier says", "", 0)
	var got FindingDetail
	d.getJSON("/api/findings/"+idSeries, &got)
	want := report.Review{Finding: idSeries, Decision: report.Accepted, Note: "the toll rose, as the courier says", By: "ana", At: "2026-03-05T09:30:00Z"}
	if diff := cmp.Diff(&want, got.Review); diff != "" {
		t.Errorf("review mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]report.Review{want}, got.History); diff != "" {
		t.Errorf("history mismatch (-want +got):\n%s", diff)
	}
	var docs []string
	for _, di := range got.Documents {
		docs = append(docs, di.ID+" "+di.Source)
	}
	if diff := cmp.Diff([]string{"a.txt Norport Herald", "b.txt Norland Courier"}, docs); diff != "" {
		t.Errorf("documents mismatch (-want +got):\n%s", diff)
	}
	if got.Revision != 1 || got.Finding.ID != idSeries || len(got.Finding.Series) != 2 {
		t.Errorf("revision %d, finding %s with series %v", got.Revision, got.Finding.ID, got.Finding.Series)
	}
	var rv ReviewsAnswer
	d.getJSON("/api/reviews", &rv)
	if diff := cmp.Diff(ReviewsAnswer{Path: d.path, Reviews: []report.Review{want}, History: []report.Review{want}}, rv); diff != "" {
		t.Errorf("reviews mismatch (-want +got):\n%s", diff)
	}
}

// TestFindingPage checks what a finding's page shows: the sources side
// by side, each quote in its document's sentences, the values, the rule
// and the word diff.
func TestFindingPage(t *testing.T) {
	d := newDesk(t, Config{By: "ana"})
	tests := []struct {
		id   string
		want []string
		not  []string
	}{
		{idMismatch, []string{
			"Side A", "Side B",
			"Norport Herald", "published 2026-03-02", `href="https://herald.example/floods"`, "Eastbay Times",
			// The sentence before the claim's, the claim with its quote marked, the one after.
			`<span class="around">Floods struck Norland on Monday.</span> <span class="sentence">The floods killed <mark>40 people</mark> in Norland, officials said.</span> <span class="around">Rescue teams reached Norport by boat.</span>`,
			`href="/document?id=a.txt#q-`,
			"NumberMismatch", "Sources give incompatible figures for the same fact.",
			"number mismatch: 40 people (a.txt) vs 12 people (c.txt)", "officials vs the ministry", "28 (233%)", "0.90",
			`{&#34;low&#34;:40,&#34;high&#34;:40,&#34;stated&#34;:40`,
			`action="/api/findings/` + idMismatch + `/decision"`, `name="csrf" value="` + d.srv.Token() + `"`,
			"No decision has been recorded on this finding.",
		}, []string{"<svg", "Word diff"}},
		{idSeries, []string{
			"Norland Courier", "published 2026-03-04 18:00 UTC", "at least 52",
			"counted 2026-03-02", `<svg class="chart"`,
		}, []string{"javascript:"}},
		{idFraming, []string{
			"Word diff", `<del class="framing"><span class="framing-word">rebels</span></del>`,
			`<ins class="framing"><span class="framing-word">insurgents</span></ins>`,
			"<b>insurgents</b> (armed_group): hostile", "FramingDiffers",
		}, nil},
		{idSingle, []string{"single_source", "one document states it", "Source 1"}, []string{"Side A"}},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			a := d.get("/findings/" + tt.id)
			if a.code != 200 {
				t.Fatalf("%d %s", a.code, a.body)
			}
			for _, w := range tt.want {
				if !strings.Contains(a.body, w) {
					t.Errorf("no %q in the page", w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(a.body, w) {
					t.Errorf("%q in the page", w)
				}
			}
		})
	}

	t.Run("history and neighbours", func(t *testing.T) {
		d.decide(idMismatch, report.Accepted, "two counts of different districts", "", 0)
		d.post("/api/findings/"+idMismatch+"/undo", UndoRequest{By: "bo", Revision: 1})
		a := d.get("/findings/" + idMismatch + "?verdict=flagged")
		for _, w := range []string{
			`<td>2026-03-05T09:30:00Z</td><td>ana</td><td><span class="decision accepted">accepted</span></td><td>two counts of different districts</td>`,
			`<td>2026-03-05T09:30:00Z</td><td>bo</td><td><span class="decision undone">undone</span></td>`,
			`data-revision="2"`, "Not reviewed yet.",
			`<a id="back" href="/?verdict=flagged">`, "1 of 2",
			`<a id="next" rel="next" href="/findings/` + idFraming + `?verdict=flagged">`,
		} {
			if !strings.Contains(a.body, w) {
				t.Errorf("no %q in the page", w)
			}
		}
	})
}

// TestDocumentPage checks that a document's page shows its text with the
// quotes marked and linked to their findings.
func TestDocumentPage(t *testing.T) {
	fx := newFixture(t)
	d := newDesk(t, Config{Report: fx.report, Documents: fx.docs})
	a := d.get("/document?id=" + url.QueryEscape("a.txt"))
	q := strings.Index(textA, "40 people")
	for _, w := range []string{
		fmt.Sprintf(`<mark id="q-%d" class="v-number-mismatch">40 people</mark>`, q),
		`<a class="ref v-number-mismatch" href="/findings/` + idMismatch + `"`,
		`<a class="ref v-updated" href="/findings/` + idSeries + `"`,
		"Rescue teams reached Norport by boat.", "Norport Herald", "2026-03-02",
	} {
		if !strings.Contains(a.body, w) {
			t.Errorf("no %q in\n%s", w, a.body)
		}
	}
	// A document of the report whose text was not kept.
	d2 := newDesk(t, Config{Report: fx.report, Documents: fx.docs[:1]})
	if a := d2.get("/document?id=b.txt"); a.code != 200 || !strings.Contains(a.body, "The text of this document was not kept") {
		t.Errorf("document without text: %d %s", a.code, a.body)
	}
	if a := d2.get("/findings/" + idSeries); !strings.Contains(a.body, "text was not kept: its sentence alone") {
		t.Errorf("finding of a document without text does not say so:\n%s", a.body)
	}
}

// TestSeriesChart checks the chart of a running count: one point a
// dated figure, in the order of the counting dates, drawn as inline SVG.
func TestSeriesChart(t *testing.T) {
	fx := newFixture(t)
	var f *compare.Finding
	for i := range fx.report.Findings {
		if fx.report.Findings[i].ID == idSeries {
			f = &fx.report.Findings[i]
		}
	}
	ch := seriesChart(f)
	if ch == nil {
		t.Fatal("no chart for a series")
	}
	type point struct{ Date, Value, Doc string }
	var got []point
	for _, p := range ch.Points {
		got = append(got, point{p.Date, p.Value, p.Doc})
	}
	want := []point{{"2026-03-02", "40 people", "a.txt"}, {"2026-03-04", "at least 52 people", "b.txt"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("points mismatch (-want +got):\n%s", diff)
	}
	if ch.Points[0].X != ch.Left || ch.Points[1].X != ch.Right {
		t.Errorf("points at x %s and %s, want the plot's edges %s and %s", ch.Points[0].X, ch.Points[1].X, ch.Left, ch.Right)
	}
	if ch.Points[1].Y >= ch.Points[0].Y && len(ch.Points[1].Y) >= len(ch.Points[0].Y) {
		t.Errorf("the higher figure is not drawn higher: y %s vs %s", ch.Points[1].Y, ch.Points[0].Y)
	}

	d := newDesk(t, Config{Report: fx.report, Documents: fx.docs})
	body := d.get("/findings/" + idSeries).body
	svg := regexp.MustCompile(`(?s)<svg class="chart".*?</svg>`).FindString(body)
	if svg == "" {
		t.Fatalf("no SVG chart in the page:\n%s", body)
	}
	for _, w := range []string{`<polyline class="line" points="`, "<title>2026-03-02: 40 people (a.txt)</title>", "<title>2026-03-04: at least 52 people (b.txt)</title>", ">2026-03-02</text>"} {
		if !strings.Contains(svg, w) {
			t.Errorf("no %q in the chart:\n%s", w, svg)
		}
	}
	if n := strings.Count(svg, "<circle"); n != 2 {
		t.Errorf("%d points in the chart, want 2", n)
	}
	if seriesChart(&fx.report.Findings[0]) != nil {
		t.Error("a chart for a finding with no series")
	}
}
