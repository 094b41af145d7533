package serve

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/claimcheck/claimcheck/claims/norm"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
)

// The fixture: three fictional reports on floods in Norland, and the
// findings a comparison could make of them.
const (
	textA = "Floods struck Norland on Monday.\nThe floods killed 40 people in Norland, officials said.\nRescue teams reached Norport by boat.\n"
	textB = "The death toll from the Norland floods rose to 52 on Wednesday.\nRivers were still rising near Norport.\n"
	textC = "The floods killed 12 people, the ministry in Norport said.\nThe rebels blamed the dam operators.\n"
	textD = "The insurgents blamed the dam operators, witnesses said.\n"
)

// Finding ids of the fixture.
const (
	idMismatch = "aa0000000001"
	idSeries   = "aa0000000002"
	idFraming  = "aa0000000003"
	idSingle   = "aa0000000004"
)

// fixture is a report with its documents.
type fixture struct {
	report *report.Report
	docs   []*load.Document
}

// newFixture builds the fixture's report.
func newFixture(t testing.TB) fixture {
	t.Helper()
	da, db, dc, dd := load.NewDocument("a.txt", textA), load.NewDocument("b.txt", textB), load.NewDocument("c.txt", textC), load.NewDocument("d.txt", textD)
	infos := []claims.DocInfo{
		{ID: "a.txt", Path: "corpus/a.txt", Title: "Floods in Norland", Source: "Norport Herald", URL: "https://herald.example/floods", Published: "2026-03-02"},
		{ID: "b.txt", Path: "corpus/b.txt", Title: "Toll rises", Source: "Norland Courier", URL: "javascript:alert(1)", Published: "2026-03-04", PublishedAt: "2026-03-04T18:00:00Z"},
		{ID: "c.txt", Path: "corpus/c.txt", Title: "Ministry figures", Source: "Eastbay Times", Published: "2026-03-02"},
		{ID: "d.txt", Path: "corpus/d.txt", Source: "Norport Herald"},
	}
	a40 := claimIn(t, da, "The floods killed 40 people in Norland, officials said.", "40 people", count(40), counted(2026, 3, 2))
	c12 := claimIn(t, dc, "The floods killed 12 people, the ministry in Norport said.", "12 people", count(12), counted(2026, 3, 2))
	b52 := claimIn(t, db, "The death toll from the Norland floods rose to 52 on Wednesday.", "52", atLeast(52), counted(2026, 3, 4))
	rebels := claimIn(t, dc, "The rebels blamed the dam operators.", "rebels", norm.Value{}, nil)
	rebels.Framing = []claims.FramingWord{{Frame: "armed_group", Word: "rebels", Tone: "neutral"}}
	insurgents := claimIn(t, dd, "The insurgents blamed the dam operators, witnesses said.", "insurgents", norm.Value{}, nil)
	insurgents.Framing = []claims.FramingWord{{Frame: "armed_group", Word: "insurgents", Tone: "hostile"}}
	monday := claimIn(t, da, "Floods struck Norland on Monday.", "on Monday", norm.Value{Time: &norm.Time{Start: norm.Date{Year: 2026, Month: 3, Day: 2}, End: norm.Date{Year: 2026, Month: 3, Day: 2}, Anchored: true}}, nil)
	monday.Kind = claims.Date
	findings := []compare.Finding{
		{ID: idMismatch, Verdict: compare.NumberMismatch, Kind: claims.Casualties, Fact: "deaths (people) in the Norland floods",
			Summary: "number mismatch: 40 people (a.txt) vs 12 people (c.txt)", Confidence: 0.9, Contested: "officials vs the ministry",
			Difference: &compare.Difference{Absolute: 28, Relative: 28.0 / 12}, Sides: [][]int{{0}, {1}}, Claims: []claims.Claim{a40, c12}},
		{ID: idSeries, Verdict: compare.Updated, Kind: claims.Casualties, Fact: "deaths (people) in the Norland floods, counted",
			Summary: "updated: the count rises with the day it was counted (40 on 2026-03-02, at least 52 on 2026-03-04)", Confidence: 0.8,
			Series: []int{0, 1}, Claims: []claims.Claim{a40, b52}},
		{ID: idFraming, Verdict: compare.FramingDiffers, Kind: claims.Framing, Fact: "the armed group that blamed the dam operators",
			Summary: "framing differs: \"rebels\" (c.txt) vs \"insurgents\" (d.txt)", Confidence: 0.6,
			Diff: &compare.WordDiff{A: "c.txt", B: "d.txt", Ops: []compare.DiffOp{
				{Op: "=", Text: "The "}, {Op: "-", Text: "rebels", Framing: true}, {Op: "+", Text: "insurgents", Framing: true},
				{Op: "=", Text: " blamed the dam operators"}, {Op: "+", Text: ", witnesses said"}, {Op: "=", Text: "."}}},
			Claims: []claims.Claim{rebels, insurgents}},
		{ID: idSingle, Verdict: compare.SingleSource, Kind: claims.Date, Fact: "date of the Norland floods",
			Summary: "single source: on Monday (a.txt)", Confidence: 0.5, Claims: []claims.Claim{monday}},
	}
	return fixture{report: report.New(infos, nil, findings), docs: []*load.Document{da, db, dc, dd}}
}

// claimIn is the claim of sentence in d whose quote is quote.
func claimIn(t testing.TB, d *load.Document, sentence, quote string, v norm.Value, ct *claims.CountTime) claims.Claim {
	t.Helper()
	start := strings.Index(d.Text, sentence)
	q := strings.Index(sentence, quote)
	if start < 0 || q < 0 {
		t.Fatalf("fixture: %q not in %s, or %q not in it", sentence, d.ID, quote)
	}
	return claims.Claim{Doc: d.ID, Line: d.LineAt(start), Start: start, End: start + len(sentence), Text: sentence,
		Quote: quote, QuoteStart: start + q, QuoteEnd: start + q + len(quote), Kind: claims.Casualties, Counted: ct, Value: v}
}

func count(n float64) norm.Value {
	return norm.Value{Quantity: &norm.Quantity{Low: n, High: n, Stated: n, HasStated: true, Unit: "people"}}
}

func atLeast(n float64) norm.Value {
	return norm.Value{Quantity: &norm.Quantity{Low: n, High: math.Inf(1), Stated: n, HasStated: true, Qualifier: norm.AtLeast, Unit: "people"}}
}

func counted(y, m, d int) *claims.CountTime {
	day := norm.Date{Year: y, Month: m, Day: d}
	return &claims.CountTime{Time: norm.Time{Start: day, End: day, Anchored: true}, From: "text", Running: true}
}

// desk is a review desk under test, on a loopback port.
type desk struct {
	t      testing.TB
	ts     *httptest.Server
	srv    *Server
	path   string // the review file
	client *http.Client
}

// fixedNow is the clock of the desks under test.
func fixedNow() time.Time { return time.Date(2026, 3, 5, 9, 30, 0, 0, time.UTC) }

// newDesk serves cfg, with the fixture's report and documents unless cfg
// has its own, and a review file in a new folder unless cfg names one.
func newDesk(t testing.TB, cfg Config) *desk {
	t.Helper()
	if cfg.Report == nil {
		fx := newFixture(t)
		cfg.Report, cfg.Documents = fx.report, fx.docs
	}
	if cfg.ReviewFile == "" {
		cfg.ReviewFile = filepath.Join(t.TempDir(), report.DefaultReviewFile)
	}
	if cfg.Now == nil {
		cfg.Now = fixedNow
	}
	ts := httptest.NewUnstartedServer(nil)
	cfg.Addr = ts.Listener.Addr().String()
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts.Config.Handler = srv
	ts.Start()
	t.Cleanup(ts.Close)
	client := ts.Client()
	client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return &desk{t: t, ts: ts, srv: srv, path: cfg.ReviewFile, client: client}
}

// answer is an HTTP answer read whole.
type answer struct {
	code   int
	header http.Header
	body   string
}

// do sends req and reads its answer.
func (d *desk) do(req *http.Request) answer {
	d.t.Helper()
	res, err := d.client.Do(req)
	if err != nil {
		d.t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		d.t.Fatal(err)
	}
	return answer{res.StatusCode, res.Header, string(b)}
}

// get fetches path.
func (d *desk) get(path string) answer {
	d.t.Helper()
	req, err := http.NewRequest("GET", d.ts.URL+path, nil)
	if err != nil {
		d.t.Fatal(err)
	}
	return d.do(req)
}

// getJSON fetches path and decodes its JSON into v, failing unless the
// answer is 200.
func (d *desk) getJSON(path string, v any) {
	d.t.Helper()
	a := d.get(path)
	if a.code != http.StatusOK {
		d.t.Fatalf("GET %s: %d %s", path, a.code, a.body)
	}
	if err := json.Unmarshal([]byte(a.body), v); err != nil {
		d.t.Fatalf("GET %s: %v in %s", path, err, a.body)
	}
}

// post sends body as JSON to path with the desk's token and the headers
// given as name, value pairs (which may override the token).
func (d *desk) post(path string, body any, headers ...string) answer {
	d.t.Helper()
	b, err := json.Marshal(body)
	if err != nil {
		d.t.Fatal(err)
	}
	req, err := http.NewRequest("POST", d.ts.URL+path, bytes.NewReader(b))
	if err != nil {
		d.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-CSRF-Token", d.srv.Token())
	for i := 0; i+1 < len(headers); i += 2 {
		if headers[i] == "Host" {
			req.Host = headers[i+1]
			continue
		}
		if headers[i+1] == "" {
			req.Header.Del(headers[i])
		} else {
			req.Header.Set(headers[i], headers[i+1])
		}
	}
	return d.do(req)
}

// decide records a decision on id at revision rev.
func (d *desk) decide(id string, decision report.Decision, note, by string, rev int) answer {
	d.t.Helper()
	return d.post("/api/findings/"+id+"/decision", DecisionRequest{Decision: decision, Note: note, By: by, Revision: rev})
}

// reviewFile reads the review file from disk.
func (d *desk) reviewFile() *report.ReviewFile {
	d.t.Helper()
	rf, err := report.LoadReviews(d.path)
	if err != nil {
		d.t.Fatal(err)
	}
	return rf
}

// errorOf is the error message of a JSON error answer.
func errorOf(t testing.TB, a answer) string {
	t.Helper()
	var e ErrorAnswer
	if err := json.Unmarshal([]byte(a.body), &e); err != nil {
		t.Fatalf("not an error answer: %v: %s", err, a.body)
	}
	return e.Error
}
