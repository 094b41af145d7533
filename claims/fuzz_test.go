package claims

import (
	"encoding/json"
	"strings"
	"testing"
)

// FuzzReadClaims checks that any bytes read as a claims file give, without
// panicking, claims that pass the checks a claims file's claims must pass
// and that read back the same when written out again, and a reason with a
// line of the file for every line left out. testdata/fuzz/FuzzReadClaims
// holds the inputs that once broke it.
func FuzzReadClaims(f *testing.F) {
	f.Add([]byte(`{"doc":"a.txt","line":1,"start":0,"end":5,"text":"x","quote":"x","quote_start":0,"quote_end":1,"kind":"casualties","measure":"deaths","value":{"low":4,"high":4,"class":"count"}}`))
	f.Add([]byte("{\"mention\":\"quantity\"}\n\n{\"doc\":\"a\",\"kind\":\"date\",\"line\":1,\"value\":{\"start\":\"2020-01-01\"}}\n{"))
	f.Fuzz(func(t *testing.T, b []byte) {
		cs, bad := ReadClaims("x.claims.jsonl", b)
		lines := strings.Count(string(b), "\n") + 1
		for _, s := range bad {
			if s.Line < 1 || s.Line > lines || s.Err == "" {
				t.Fatalf("skipped line %d of %d: %q", s.Line, lines, s.Err)
			}
		}
		if len(cs)+len(bad) > lines {
			t.Fatalf("%d claims and %d skipped from %d lines", len(cs), len(bad), lines)
		}
		var out strings.Builder
		for i := range cs {
			if msg := checkClaim(&cs[i]); msg != "" {
				t.Fatalf("claim %d was read, but %s", i, msg)
			}
			j, err := json.Marshal(cs[i])
			if err != nil {
				t.Fatalf("claim %d was read but does not write: %v", i, err)
			}
			out.Write(j)
			out.WriteByte('\n')
		}
		again, bad2 := ReadClaims("y.claims.jsonl", []byte(out.String()))
		if len(again) != len(cs) || len(bad2) != 0 {
			t.Fatalf("%d claims written read back as %d, with %v", len(cs), len(again), bad2)
		}
	})
}
