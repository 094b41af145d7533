package claims_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/load"
)

// TestNotClaimsNumbers checks that no claim is made from a number that is
// no figure, nor from any piece of it: each paragraph of
// testdata/claims/notclaims-numbers.txt puts a date, a time of day, a
// label, a score, an identifier, an ordinal, an age, a telephone or a
// street number beside the words a claim is made of (killed, soldiers,
// wounded, displaced), and must give no claim at all.
func TestNotClaimsNumbers(t *testing.T) {
	path := filepath.Join("..", "testdata", "claims", "notclaims-numbers.txt")
	ex, err := claims.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	var docs []*load.Document
	err = (&load.Loader{}).Walk([]string{path}, func(d *load.Document) error {
		docs = append(docs, d)
		return nil
	}, func(s load.Skipped) error {
		t.Errorf("skipped %s", s.Error())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("read %d documents from %s, want 1", len(docs), path)
	}
	byLine := map[int][]claims.Claim{}
	for _, c := range ex.Extract(docs[0]) {
		byLine[c.Line] = append(byLine[c.Line], c)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i, s := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(s) == "" {
			continue
		}
		n++
		line := i + 1
		t.Run(fmt.Sprintf("%d:%s", line, s[:min(30, len(s))]), func(t *testing.T) {
			for _, c := range byLine[line] {
				t.Errorf("want no claim, got %s %s «%s»", c.Kind, c.Measure, c.Quote)
			}
		})
		delete(byLine, line)
	}
	if n < 40 {
		t.Errorf("%s has %d sentences, want at least 40", path, n)
	}
	for line, cs := range byLine {
		t.Errorf("line %d: claims on a line that is not a sentence of its own: %v", line, cs)
	}
}

// TestNumbersKeepClaims checks that the numbers read beside a count that
// are no figures of their own (an age, a reference, a part of the people
// counted, a date) do not stand between the count and the words that make
// it a claim.
func TestNumbersKeepClaims(t *testing.T) {
	ex, err := claims.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, quote string
	}{
		{"Three soldiers, one of them a medic, were killed in the attack.", "Three soldiers"},
		{"Five people aged between 20 and 30 were killed in the blast.", "Five people"},
		{"An estimated 5 million children under the age of 5 years died.", "5 million children"},
		{"Two civilians, half of them children, were wounded.", "Two civilians"},
		{"Four soldiers, the two brothers among them, died.", "Four soldiers"},
		{"More than 3 200 people were killed in the fighting.", "3 200 people"},
		{"An estimated 5,000 to 6,000 people were killed.", "5,000 to 6,000 people"},
		{"From 27 September to 10 November 2020, the war killed 6,500 people.", "6,500 people"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := &load.Document{ID: "t", Text: tt.text}
			var quotes []string
			for _, c := range ex.Extract(d) {
				if c.Kind.String() == "casualties" {
					quotes = append(quotes, c.Quote)
				}
			}
			for _, q := range quotes {
				if strings.Contains(q, tt.quote) {
					return
				}
			}
			t.Errorf("want a casualty claim quoting %q, got %q", tt.quote, quotes)
		})
	}
}
