package claims

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/claimcheck/claimcheck/claims/load"
)

// TestReadClaimsChecks checks that a claims file line whose claim is
// impossible (a line 0, offsets out of order, a low above its high, a
// date that ends before it starts, a negative length) is skipped with its
// line and a reason, and the other lines are read.
func TestReadClaimsChecks(t *testing.T) {
	good := `{"doc":"a.txt","line":3,"start":0,"end":30,"text":"The flood in 2021 killed 40 people.","quote":"40 people","quote_start":25,"quote_end":34,"kind":"casualties","measure":"deaths","value":{"low":40,"high":40,"stated":40,"qualifier":"exact","class":"count","unit":"people"}}`
	edit := func(from, to string) string {
		if !strings.Contains(good, from) {
			t.Fatalf("%q is not in the claim", from)
		}
		return strings.Replace(good, from, to, 1)
	}
	date := `{"doc":"a.txt","line":1,"start":0,"end":10,"text":"x","quote":"x","quote_start":0,"quote_end":1,"kind":"date","measure":"flood","value":{"start":"2021-05-03","end":"2021-05-01","anchored":true}}`
	length := `{"doc":"a.txt","line":1,"start":0,"end":10,"text":"x","quote":"x","quote_start":0,"quote_end":1,"kind":"duration","measure":"war","value":{"iso":"P6W","min_days":-42,"max_days":42}}`
	cases := []struct {
		name, line, want string
	}{
		{"valid", good, ""},
		{"line 0", edit(`"line":3`, `"line":0`), `claim's "line" is 0`},
		{"negative line", edit(`"line":3`, `"line":-2`), `claim's "line" is -2`},
		{"sentence backwards", edit(`"end":30`, `"end":-1`), "sentence runs from byte 0 to -1"},
		{"quote backwards", edit(`"quote_end":34`, `"quote_end":20`), "quote runs from byte 25 to 20"},
		{"low above high", edit(`"low":40,"high":40`, `"low":90,"high":40`), "has its low 90 above its high 40"},
		{"ends before it starts", date, "ends on 2021-05-01, before it starts on 2021-05-03"},
		{"negative length", length, "lasts -42 days"},
		{"no doc", edit(`"doc":"a.txt"`, `"doc":""`), `claim has no "doc"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := "\n" + c.line + "\n" + good + "\n"
			cs, bad := ReadClaims("x.claims.jsonl", []byte(data))
			if c.want == "" {
				if len(bad) != 0 || len(cs) != 2 {
					t.Fatalf("got %d claims and %v, want 2 claims", len(cs), bad)
				}
				return
			}
			if len(cs) != 1 || len(bad) != 1 {
				t.Fatalf("got %d claims and %d skipped, want 1 and 1", len(cs), len(bad))
			}
			if b := bad[0]; b.Line != 2 || !strings.Contains(b.Err, c.want) {
				t.Errorf("skipped %s line %d: %q, want line 2: %q", b.Path, b.Line, b.Err, c.want)
			}
		})
	}
}

// TestClaimsFileBesideSources checks that a claims file saved next to the
// articles it was extracted from adds no claim twice, and says so.
func TestClaimsFileBesideSources(t *testing.T) {
	e := extractor(t)
	texts := map[string]string{
		"a.txt": "The flood in 2021 killed 40 people in the valley.\n",
		"b.txt": "The flood in 2021 killed 45 people in the valley.\n",
	}
	fsys := fstest.MapFS{}
	var lines []string
	for _, id := range slices.Sorted(maps.Keys(texts)) {
		text := texts[id]
		fsys[id] = &fstest.MapFile{Data: []byte(text)}
		for _, c := range e.Extract(load.NewDocument(id, text)) {
			b, err := json.Marshal(c)
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, string(b))
		}
	}
	// A claims file with the claims of both articles and of one more,
	// c.txt, whose source is not at hand.
	lines = append(lines, strings.ReplaceAll(lines[0], `"doc":"a.txt"`, `"doc":"c.txt"`))
	claimsFile := strings.Join(lines, "\n") + "\n"
	fsys["all.claims.jsonl"] = &fstest.MapFile{Data: []byte(claimsFile)}
	fsys["copy.claims.jsonl"] = &fstest.MapFile{Data: []byte(claimsFile)}

	alone := e.ExtractCorpus(&load.Loader{FS: fstest.MapFS{"a.txt": fsys["a.txt"], "b.txt": fsys["b.txt"]}}, []string{"."}, 1)
	c := e.ExtractCorpus(&load.Loader{FS: fsys}, []string{"."}, 1)
	perDoc := func(cs []Claim) map[string]int {
		n := map[string]int{}
		for _, c := range cs {
			n[c.Doc]++
		}
		return n
	}
	got, want := perDoc(c.Claims), perDoc(alone.Claims)
	want["c.txt"] = 1
	if len(got) != len(want) || got["a.txt"] != want["a.txt"] || got["b.txt"] != want["b.txt"] || got["c.txt"] != 1 {
		t.Errorf("claims per document %v, want %v", got, want)
	}
	var warned []string
	for _, w := range c.Warnings {
		warned = append(warned, w.String())
	}
	if len(warned) != 2 || !strings.HasPrefix(warned[0], "all.claims.jsonl: ") || !strings.Contains(warned[0], "a.txt, b.txt, read from their sources") ||
		!strings.HasPrefix(warned[1], "copy.claims.jsonl: ") || !strings.Contains(warned[1], "c.txt") {
		t.Errorf("warnings %q, want one on each claims file naming what it left out", warned)
	}
	for _, d := range c.Documents {
		if d.ID == "all.claims.jsonl" && d.Claims != 1 {
			t.Errorf("all.claims.jsonl gives %d claims, want 1", d.Claims)
		}
	}
}
