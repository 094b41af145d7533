package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/claimcheck/claimcheck/claims/norm"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/google/go-cmp/cmp"
)

// newReport is the report of a corpus as cmd/claimcheck builds it: the
// documents, skipped inputs and warnings of c with the findings of
// comparing its claims. It is the one place where the tests of report run
// the comparison; package report itself never does.
func newReport(c *claims.Corpus) *Report {
	r := New(c.Documents, c.Skipped, compare.Compare(c.Claims))
	r.Warnings = c.Warnings
	return r
}

// sampleWarnings are the warnings of the sample report.
var sampleWarnings = []load.Warning{
	{Path: "a.txt", Line: 2, Msg: "front matter is not valid YAML (mapping values are not allowed in this context): read it as key: value lines"},
	{Path: "b.txt", Line: 4, Msg: `publication date "soon" is in no known form: read the document without one (write it as 2023-02-06 or 2023-02-06T14:30:00Z)`},
}

func sample() *Report {
	q := func(n float64) norm.Value {
		return norm.Value{Quantity: &norm.Quantity{Low: n, High: n, Stated: n, HasStated: true}}
	}
	year := &norm.Time{Start: norm.Date{Year: 2020, Month: 1, Day: 1}, End: norm.Date{Year: 2020, Month: 12, Day: 31}, Anchored: true}
	c := func(doc string, n float64) claims.Claim {
		return claims.Claim{Doc: doc, Line: 3, Text: "The war <of> 2020 killed people.", Quote: "killed", QuoteLine: 3, QuoteColumn: 19,
			Kind: claims.Casualties, Measure: "deaths", Subject: claims.Subject{Group: "people", Entities: []string{}},
			Event: claims.Event{Type: "war", Time: year}, Value: q(n), Framing: []claims.FramingWord{}}
	}
	return newReport(&claims.Corpus{
		Documents: []claims.DocInfo{{ID: "a.txt", Published: "2023-02-06 14:30 +03:00", PublishedAt: "2023-02-06T14:30:00+03:00"}, {ID: "b.txt", Published: "soon"}},
		Skipped:   []load.Skipped{{Path: "bad.bin", Err: "binary file: not a text article"}},
		Warnings:  sampleWarnings,
		Claims:    []claims.Claim{c("a.txt", 100), c("b.txt", 900)},
	})
}

// norlandFiles is a small fictional corpus whose documents carry front
// matter (outlet, title, URL, publication date; the third none): two
// number mismatches, one of which has two documents on one side.
var norlandFiles = map[string]string{
	"a.txt": "---\ntitle: Ten years on, Norland counts its dead\nsource: Norland Post\nurl: https://post.example/norland/ten-years-on\npublished: 2024-03-02\n---\n" +
		"The war in 2014 killed 9,000 people in Norland, the ministry said.\n\n" +
		"The earthquake in 2019 killed 450 people in Norport.\n",
	"b.txt": "---\ntitle: A decade after the war [analysis]\nsource: Norport Herald\n" +
		"url: https://www.herald.example/news/2024/03/05/a-decade-after-the-war-(norland)?ref=home&utm_source=feed\npublished: 2024-03-05T09:30:00+01:00\n---\n" +
		"The war in 2014 killed 3,000 people in Norland.\n\n" +
		"The earthquake in 2019 killed 120 people in Norport.\n",
	"c.txt": "The war in 2014 killed 9,000 people in Norland.\n",
}

// Facts of norlandFiles' two number mismatches.
const (
	norlandWar        = "deaths (people) in the war of 2014"
	norlandEarthquake = "deaths (people) in the earthquake of 2019"
)

// norlandReport is the report of norlandFiles read as "corpus/a.txt" and
// so on, with the reviews that a review file written beside it records:
// the war's toll accepted, the earthquake's dismissed.
func norlandReport(t *testing.T) *Report {
	t.Helper()
	r := corpusFilesReport(t, norlandFiles)
	if len(r.Skipped) > 0 || len(r.Warnings) > 0 {
		t.Fatalf("skipped inputs %v, warnings %v", r.Skipped, r.Warnings)
	}
	rf := ReviewFile{Version: 1}
	for _, f := range r.Findings {
		if f.Verdict != compare.NumberMismatch {
			continue
		}
		switch f.Fact {
		case norlandWar:
			rf.Reviews = append(rf.Reviews, Review{Finding: f.ID, Decision: Accepted, By: "ines", At: "2026-11-24T10:15:00Z",
				Note: "the ministry's figure counts the missing"})
		case norlandEarthquake:
			rf.Reviews = append(rf.Reviews, Review{Finding: f.ID, Decision: Dismissed, By: "ola", At: "2026-11-24T11:00:00Z",
				Note: "two quakes of 2019"})
		}
	}
	if len(rf.Reviews) != 2 {
		t.Fatalf("norland corpus: findings %v: want number mismatches of %q and %q", r.Findings, norlandWar, norlandEarthquake)
	}
	path := filepath.Join(t.TempDir(), DefaultReviewFile)
	b, err := json.Marshal(rf)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	loaded, err := LoadReviews(path)
	if err != nil {
		t.Fatal(err)
	}
	r.Reviews = loaded.Map()
	return r
}

func TestJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := (JSON{}).Render(&buf, sample(), Options{}); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Version   int `json:"version"`
		Documents []struct {
			Published   string  `json:"published"`
			PublishedAt *string `json:"published_at"`
		} `json:"documents"`
		Skipped  []load.Skipped `json:"skipped"`
		Warnings []load.Warning `json:"warnings"`
		Findings []struct {
			Verdict string `json:"verdict"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, buf.String())
	}
	if got.Version != Version || len(got.Documents) != 2 || len(got.Skipped) != 1 || len(got.Findings) != 1 || got.Findings[0].Verdict != "number_mismatch" {
		t.Errorf("unexpected report: %+v", got)
	}
	if !strings.Contains(buf.String(), "<of>") {
		t.Errorf("quotes are HTML-escaped:\n%s", buf.String())
	}
	if diff := cmp.Diff(sampleWarnings, got.Warnings); diff != "" {
		t.Errorf("warnings mismatch (-want +got):\n%s", diff)
	}
	if a, b := got.Documents[0].PublishedAt, got.Documents[1].PublishedAt; a == nil || *a != "2023-02-06T14:30:00+03:00" || b != nil {
		t.Errorf("published_at %v, %v: want the time of a.txt, none for b.txt", a, b)
	}
	if !strings.Contains(buf.String(), "\n\"warnings\": [\n{\"path\":\"a.txt\",\"line\":2,\"warning\":") {
		t.Errorf("warnings are not one a line after the skipped inputs:\n%s", buf.String())
	}
}

// TestNoWarnings checks that a report without warnings is as it was
// before there were warnings: no "warnings" list in JSON, no word of them
// in text, Markdown or HTML.
func TestNoWarnings(t *testing.T) {
	r := sample()
	r.Warnings = nil
	for _, f := range []Format{{Name: "json", Renderer: JSON{}}, {Name: "text", Renderer: Text{}}, {Name: "markdown", Renderer: Markdown{}}, {Name: "html", Renderer: HTML{}}} {
		var buf bytes.Buffer
		if err := f.Renderer.Render(&buf, r, Options{}); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(strings.ToLower(buf.String()), "warning") {
			t.Errorf("%s: a report without warnings speaks of them:\n%s", f.Name, buf.String())
		}
	}
}

func TestText(t *testing.T) {
	for _, color := range []bool{false, true} {
		var buf bytes.Buffer
		if err := (Text{}).Render(&buf, sample(), Options{Color: color}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		for _, want := range []string{"2 documents, 2 claims, 1 findings, 1 inputs skipped, 2 warnings\n", "number_mismatch (1)",
			"a.txt:3", "b.txt:3", "bad.bin: binary file: not a text article",
			"== warnings (2)" + end(color) + "\n  " + sampleWarnings[0].String() + "\n  " + sampleWarnings[1].String() + "\n"} {
			if !strings.Contains(out, want) {
				t.Errorf("color=%v: output lacks %q:\n%s", color, want, out)
			}
		}
		if hasEsc := strings.Contains(out, "\x1b["); hasEsc != color {
			t.Errorf("color=%v but escape codes present=%v", color, hasEsc)
		}
	}
}

// end is what ends a bold heading of the text report: the reset code
// when colours are on.
func end(color bool) string {
	if color {
		return ansiReset
	}
	return ""
}

func TestTextOneWarning(t *testing.T) {
	r := sample()
	r.Skipped, r.Warnings = nil, sampleWarnings[1:]
	var buf bytes.Buffer
	if err := (Text{}).Render(&buf, r, Options{}); err != nil {
		t.Fatal(err)
	}
	if first, _, _ := strings.Cut(buf.String(), "\n"); first != "claimcheck: 2 documents, 2 claims, 1 findings, 1 warning" {
		t.Errorf("header line %q", first)
	}
}

func TestLookup(t *testing.T) {
	for _, f := range Formats {
		if got, err := Lookup(f.Name); err != nil || got.Name != f.Name {
			t.Errorf("Lookup(%q) = %v, %v", f.Name, got.Name, err)
		}
	}
	if _, err := Lookup("yaml"); err == nil || !strings.Contains(err.Error(), FormatNames()) {
		t.Errorf("Lookup(yaml) error = %v, want the list of formats", err)
	}
}

// TestNorlandGoldens renders the corpus whose documents give their
// outlet, title, URL and date, with one finding accepted and one
// dismissed, in the formats for people.
func TestNorlandGoldens(t *testing.T) {
	r := norlandReport(t)
	for _, tc := range []struct {
		name string
		rd   Renderer
	}{
		{"report.norland.txt", Text{}},
		{"report.norland.md", Markdown{}},
		{"report.norland.html", HTML{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			golden(t, tc.name, renderFormat(t, tc.rd, r))
		})
	}
}

func TestTextCitation(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   citation
		want string
	}{
		{"none", citation{}, ""},
		{"all", citation{Outlet: "Norland Post", Published: "2024-03-02", URL: "https://www.post.example/norland/ten-years-on/"},
			"Norland Post (post.example/norland/ten-years-on), 2024-03-02"},
		{"outlet", citation{Outlet: "Norland Post"}, "Norland Post"},
		{"url", citation{URL: "http://post.example/a?id=7#top"}, "post.example/a?id=7"},
		{"date", citation{Published: "2024-03"}, "2024-03"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, textCitation(tc.in)); diff != "" {
				t.Errorf("textCitation mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestShortURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://post.example/", "post.example"},
		{"https://www.post.example/a/b.html#c", "post.example/a/b.html"},
		{"https://post.example/a?id=7", "post.example/a?id=7"},
		// A query that would make it long goes; a path still too long is cut.
		{"https://post.example/a?utm_source=feed&utm_medium=rss&utm_campaign=norland", "post.example/a"},
		{"https://herald.example/news/2024/03/05/a-decade-after-the-war-in-norland", "herald.example/news/2024/03/05/a-decade-after-the…"},
		{"not a url", "not a url"},
	} {
		if got := shortURL(tc.in); got != tc.want {
			t.Errorf("shortURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if n := utf8.RuneCountInString(shortURL(tc.in)); n > maxShortURL {
			t.Errorf("shortURL(%q) has %d runes, over %d", tc.in, n, maxShortURL)
		}
	}
}

func TestWebURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://post.example/a", "https://post.example/a"},
		{" http://post.example ", "http://post.example"},
		{"javascript:alert(1)", ""},
		{"file:///etc/passwd", ""},
		{"post.example/a", ""},
		{"", ""},
	} {
		if got := webURL(tc.in); got != tc.want {
			t.Errorf("webURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestReviewedInEveryFormat checks that text, Markdown and HTML each show
// a review's decision, reviewer, day and note, in full findings and in
// compact tables alike.
func TestReviewedInEveryFormat(t *testing.T) {
	r := sample()
	id := r.Findings[0].ID
	r.Findings = append(r.Findings, compare.Finding{ID: "s1", Verdict: compare.SingleSource, Fact: "population of Norport",
		Summary: "single source", Claims: r.Findings[0].Claims[:1]})
	r.Reviews = map[string]Review{
		id:   {Finding: id, Decision: Accepted, By: "ines", At: "2026-11-24T10:15:00Z", Note: "known split"},
		"s1": {Finding: "s1", Decision: Dismissed, By: "ola", At: "2026-11-25T09:00:00Z", Note: "not a count"},
	}
	for _, tc := range []struct {
		name string
		rd   Renderer
		want []string
	}{
		// Only flagged findings count as reviewed in the summary.
		{"text", Text{}, []string{"2 findings (1 reviewed)",
			"  reviewed: accepted by ines on 2026-11-24: known split\n", "  reviewed: dismissed by ola on 2026-11-25: not a count\n"}},
		{"markdown", Markdown{}, []string{"> **Reviewed: accepted** by ines on 2026-11-24: known split",
			"`s1` (dismissed by ola on 2026-11-25: not a count) |"}},
		{"html", HTML{}, []string{`<p class="review accepted">Reviewed: <b>accepted</b> by ines on 2026-11-24: known split</p>`,
			`class="finding v-number-mismatch reviewed-accepted"`,
			`<span class="reviewed-tag">reviewed: dismissed by ola on 2026-11-25: not a count</span>`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := string(renderFormat(t, tc.rd, r))
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}
