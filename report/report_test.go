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
)

// newReport is the report of a corpus as cmd/claimcheck builds it: the
// documents and skipped inputs of c with the findings of comparing its
// claims. It is the one place where the tests of report run the
// comparison; package report itself never does.
func newReport(c *claims.Corpus) *Report {
	return New(c.Documents, c.Skipped, compare.Compare(c.Claims))
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
		Documents: []claims.DocInfo{{ID: "a.txt"}, {ID: "b.txt"}},
		Skipped:   []load.Skipped{{Path: "bad.bin", Err: "binary file: not a text article"}},
		Claims:    []claims.Claim{c("a.txt", 100), c("b.txt", 900)},
	})
}

func TestJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := (JSON{}).Render(&buf, sample(), Options{}); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Version   int               `json:"version"`
		Documents []json.RawMessage `json:"documents"`
		Skipped   []load.Skipped    `json:"skipped"`
		Findings  []struct {
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
}

func TestText(t *testing.T) {
	for _, color := range []bool{false, true} {
		var buf bytes.Buffer
		if err := (Text{}).Render(&buf, sample(), Options{Color: color}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		for _, want := range []string{"2 documents, 2 claims, 1 findings, 1 inputs skipped", "number_mismatch (1)",
			"a.txt:3", "b.txt:3", "bad.bin: binary file: not a text article"} {
			if !strings.Contains(out, want) {
				t.Errorf("color=%v: output lacks %q:\n%s", color, want, out)
			}
		}
		if hasEsc := strings.Contains(out, "\x1b["); hasEsc != color {
			t.Errorf("color=%v but escape codes present=%v", color, hasEsc)
		}
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
