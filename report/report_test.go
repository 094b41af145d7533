package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

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
