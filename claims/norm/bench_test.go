package norm

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkRead reads the seed articles repeated to about 5 MB.
func BenchmarkRead(b *testing.B) {
	files, _ := filepath.Glob("../../seeds/*.txt")
	var sb strings.Builder
	for sb.Len() < 5<<20 {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(data)
			sb.WriteString("\n\n")
		}
	}
	text := sb.String()
	r, err := NewReader()
	if err != nil {
		b.Fatal(err)
	}
	var dst []Mention
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		dst = r.Read(dst[:0], text, Context{})
	}
}
