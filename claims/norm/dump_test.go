package norm

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"
)

// TestDump prints the mentions of $NORM_DUMP (a file or text), for
// looking at the reader by hand; NORM_PUB sets the publication date.
func TestDump(t *testing.T) {
	in := os.Getenv("NORM_DUMP")
	if in == "" {
		t.Skip("NORM_DUMP not set")
	}
	if b, err := os.ReadFile(in); err == nil {
		in = string(b)
	}
	var ctx Context
	if p := os.Getenv("NORM_PUB"); p != "" {
		ctx.Published, _ = time.Parse("2006-01-02", p)
	}
	r, err := NewReader()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range r.Read(nil, in, ctx) {
		v, _ := json.Marshal(m.Value())
		fmt.Printf("%-9s %q %s\n", m.Kind, m.Text, v)
	}
}
