package norm

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// FuzzRead checks that Read never panics or loops, and that its mentions
// are ordered, non-overlapping slices of the text.
func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob("../../seeds/*.txt")
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err == nil {
			for _, para := range strings.Split(string(b), "\n\n") {
				f.Add(para, false)
			}
		}
	}
	if b, err := os.ReadFile(casesFile); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "> ") {
				f.Add(line[2:], true)
			}
		}
	}
	for _, s := range []string{"", "1", "-", "$", "1,", "1.", "9/11", "2020-", "mid-", "the", "a", "one and a",
		"between 1 and", "more than", "Thursday,", "December", "£", "€1", "1e999", "99999999999999999999999 people",
		"1,000,000,000,000,000,000,000 dead", "5 6 7 8 9 10 11", "+1 2", "((((", "\xff\xfe", "Dec.", "the end of",
		"half a", "a year and a", "P6W", "10:", "3 p.", "twenty-", "thirty-first-", "1990s-2000s"} {
		f.Add(s, false)
	}
	r, err := NewReader()
	if err != nil {
		f.Fatal(err)
	}
	pub := Context{Published: time.Date(2023, 12, 8, 0, 0, 0, 0, time.UTC)}
	f.Fuzz(func(t *testing.T, text string, withPub bool) {
		ctx := Context{}
		if withPub {
			ctx = pub
		}
		ms := r.Read(nil, text, ctx)
		last := 0
		for _, m := range ms {
			if m.Start < last || m.Start > m.End || m.End > len(text) {
				t.Fatalf("bad span %d..%d after %d in %q", m.Start, m.End, last, text)
			}
			if m.Text != text[m.Start:m.End] {
				t.Fatalf("text %q is not text[%d:%d]", m.Text, m.Start, m.End)
			}
			if m.Kind < QuantityKind || m.Kind > DurationKind {
				t.Fatalf("bad kind %v", m.Kind)
			}
			if _, err := m.Value().MarshalJSON(); err != nil {
				t.Fatalf("%q: %v", m.Text, err)
			}
			last = m.End
		}
	})
}
