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
