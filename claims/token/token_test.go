package token

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// show writes the tokens of s as "kind:text", a space marked by "_"
// before a token that has one (the first token always has).
func show(s *Stream) []string {
	var out []string
	for i, t := range s.Tokens {
		sp := ""
		if t.Space {
			sp = "_"
		}
		c := ""
		if t.Cap {
			c = "^"
		}
		out = append(out, fmt.Sprintf("%s%s%s:%s", sp, c, t.Kind, s.Str(i)))
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"killed 6,500 people", "_word:killed _number:6,500 _word:people"},
		{"2.5bn dollars", "_number:2.5bn _word:dollars"},
		{"the 1990s", "_word:the _number:1990s"},
		{"O'Brien's G7", "_^word:O'Brien punct:' word:s _^word:G7"},
		{"Azerbaijan’s army", "_^word:Azerbaijan punct:’ word:s _word:army"},
		{"COVID-19", "_^word:COVID punct:- number:19"},
		{"5%, $3", "_number:5 punct:% punct:, _punct:$ number:3"},
		{"a\u00a0b", "_word:a _word:b"},
		{"Naxçıvan İlham", "_^word:Naxçıvan _^word:İlham"},
		{"6,500.", "_number:6,500 punct:."},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var s Stream
			s.Reset(tt.in)
			if diff := cmp.Diff(tt.want, strings.Join(show(&s), " ")); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Nagorno-Karabakh", []string{"nagorno", "karabakh"}},
		{"Azerbaijan’s president", []string{"azerbaijan", "president"}},
		{"Armenia's army", []string{"armenia", "army"}},
		{"the U.S. and the E.U.", []string{"the", "u.s.", "and", "the", "e.u."}},
		{"doesn't", []string{"doesnt"}},
		{"Upper -Karabakh", []string{"upper", "karabakh"}},
		{"Naxçıvan İlham", []string{"naxçıvan", "ilham"}},
		{"6,500 dead", []string{"6,500", "dead"}},
		{"5 p.m. today", []string{"5", "p.m.", "today"}},
		{"A.B", []string{"a", "b"}}, // one dotted letter is no initials
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var s Stream
			s.Reset(tt.in)
			var got []string
			for i, w := range s.Words {
				got = append(got, s.Norm(i))
				if w.Start < 0 || w.End > len(tt.in) || w.Start >= w.End {
					t.Errorf("word %d span [%d,%d) out of range", i, w.Start, w.End)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPossessive(t *testing.T) {
	tests := []struct {
		in   string
		want []string // the possessive words
	}{
		{"Varga's 49.1%", []string{"varga"}},
		{"Brenner’s army", []string{"brenner"}},
		{"compared to Mr Anies’ 24.95%", []string{"anies"}},
		{"the Ministers' figures", []string{"ministers"}},
		{"what they called 'the heroes' today", nil}, // a quotation closed, not a possessive
		{"the ‘liberators’ came", nil},
		{"the boss' car", []string{"boss"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var s Stream
			s.Reset(tt.in)
			var got []string
			for i, w := range s.Words {
				if w.Possessive {
					got = append(got, s.Norm(i))
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBreaks(t *testing.T) {
	var s Stream
	s.Reset("This conflict, which killed 2.5 million people; ended — here (now).")
	// This conflict ,which killed 2.5 million people ;ended —here (now
	// (the decimal point of 2.5 is no break)
	want := []byte{0, 0, ',', 0, 0, 0, 0, ';', '-', '('}
	var got []byte
	for _, w := range s.Words {
		got = append(got, w.Break)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("breaks mismatch (-want +got):\n%q\n%q", want, got)
	}
}

// TestScanRange checks that a sentence scanned inside its document
// carries document offsets, and that a dash at the start of the range is
// a break even though a word ends right before it in the document.
func TestScanRange(t *testing.T) {
	doc := "First one.-Then 40 dead."
	var s Stream
	s.Scan(doc, 10, len(doc))
	if got := s.WordText(0, 0); got != "Then" {
		t.Errorf("first word %q, want Then", got)
	}
	if s.Words[0].Start != 11 {
		t.Errorf("first word at %d, want 11", s.Words[0].Start)
	}
	if s.Words[0].Break != '-' {
		t.Errorf("break %q, want '-'", s.Words[0].Break)
	}
	if s.Phrase(1, 2) == nil || string(s.Phrase(1, 2)) != "40 dead" {
		t.Errorf("phrase %q", s.Phrase(1, 2))
	}
}

func TestScansCounter(t *testing.T) {
	var s Stream
	before := Scans()
	s.Reset("one")
	s.Scan("two three", 4, 9)
	if got := Scans() - before; got != 2 {
		t.Errorf("Scans rose by %d, want 2", got)
	}
}

func FuzzStream(f *testing.F) {
	for _, s := range []string{"killed 6,500 people", "U.S. O'Brien's", "Naxçıvan — 2.5bn", "a\u00a0b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var s Stream
		s.Reset(text)
		prev := int32(0)
		for i, tk := range s.Tokens {
			if tk.Start < prev || tk.End <= tk.Start || int(tk.End) > len(text) {
				t.Fatalf("token %d [%d,%d) out of order or range", i, tk.Start, tk.End)
			}
			prev = tk.End
		}
		pw := 0
		for i, w := range s.Words {
			if w.Start < pw || w.End <= w.Start || w.End > len(text) {
				t.Fatalf("word %d [%d,%d) out of order or range", i, w.Start, w.End)
			}
			pw = w.End
			_ = s.Norm(i)
		}
	})
}

func TestChunks(t *testing.T) {
	tests := []struct {
		in   string
		want string // words in [brackets]
	}{
		{"a six-week war, Azerbaijan's army.", "[a] [six-week] [war], [Azerbaijan's] [army]."},
		{"killed 6,500 — at least", "[killed] [6,500] — [at] [least]"},
		{"  (liberated) ", "  ([liberated]) "},
		{"", ""},
	}
	for _, tt := range tests {
		var s Stream
		s.Reset(tt.in)
		var b strings.Builder
		for _, c := range s.Chunks(nil) {
			if c.Word {
				b.WriteString("[" + tt.in[c.Start:c.End] + "]")
			} else {
				b.WriteString(tt.in[c.Start:c.End])
			}
		}
		if b.String() != tt.want {
			t.Errorf("Chunks(%q) = %q, want %q", tt.in, b.String(), tt.want)
		}
	}
}
