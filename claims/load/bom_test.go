package load

import (
	"strings"
	"testing"
)

// TestByteOrderMark checks that a byte order mark at the start of a file
// is not a column of line 1, nor text of the article, and that the
// document's offsets still find the words in its Text and in the file.
func TestByteOrderMark(t *testing.T) {
	tests := []struct {
		name, path, file string
		word             string // a word on line 1 or 2
		line, col        int
	}{
		{"text", "a.txt", "War ended.\nPeace came.", "War", 1, 1},
		{"text, later on line 1", "a.txt", "The war ended.\nPeace came.", "war", 1, 5},
		{"text, line 2", "a.txt", "War ended.\nPeace came.", "came", 2, 7},
		{"text, CRLF", "a.txt", "War ended.\r\nPeace came.", "ended", 1, 5},
		{"Markdown with front matter", "a.md", "---\ntitle: T\n---\nWar ended.", "War", 4, 1},
		{"Markdown without", "a.md", "# War ended", "War", 1, 3},
		{"HTML", "a.html", "<p>War ended.</p>", "War", 1, 4},
		{"HTML, text first", "a.html", "War ended.", "ended", 1, 5},
		{"HTML, line 2", "a.html", "<title>T</title>\n<p>War ended.</p>", "War", 2, 4},
	}
	for _, tt := range tests {
		for _, mark := range []string{"", bom} {
			name := tt.name
			if mark != "" {
				name += ", byte order mark"
			}
			t.Run(name, func(t *testing.T) {
				file := mark + tt.file
				docs, skips := ReadFile(tt.path, tt.path, []byte(file))
				if len(docs) != 1 {
					t.Fatalf("skipped %v", skips)
				}
				d := docs[0]
				if strings.Contains(d.Text[d.Body:], bom) {
					t.Errorf("byte order mark in the article: %q", d.Text[d.Body:])
				}
				off := strings.Index(d.Text, tt.word)
				if off < d.Body {
					t.Fatalf("%q at %d, body at %d: %q", tt.word, off, d.Body, d.Text)
				}
				if fo := d.FileOffset(off); !strings.HasPrefix(file[fo:], tt.word) {
					t.Errorf("%q maps to file offset %d: %.10q", tt.word, fo, file[fo:])
				}
				if line, col := d.LineAt(off), d.ColumnAt(off); line != tt.line || col != tt.col {
					t.Errorf("%q at %d:%d, want %d:%d", tt.word, line, col, tt.line, tt.col)
				}
				for o := 0; o <= len(d.Text); o++ {
					if line, col := d.LineAt(o), d.ColumnAt(o); line < 1 || col < 1 {
						t.Fatalf("offset %d at %d:%d", o, line, col)
					}
				}
			})
		}
	}
}
