package norm

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/norm/cases.txt with the reader's output")

const casesFile = "../../testdata/norm/cases.txt"

var (
	readerOnce sync.Once
	testReader *Reader
	readerErr  error
)

// reader returns a Reader shared by the tests.
func reader(t testing.TB) *Reader {
	t.Helper()
	readerOnce.Do(func() { testReader, readerErr = NewReader() })
	if readerErr != nil {
		t.Fatal(readerErr)
	}
	return testReader
}

// got is one mention as the cases file writes it.
type got struct {
	Start int
	Text  string
	Kind  string
	Value string // the value's JSON
}

func (g got) String() string {
	return fmt.Sprintf("= %d %s %s %s", g.Start, strconv.Quote(g.Text), g.Kind, g.Value)
}

func parseGot(line string) (got, error) {
	var g got
	rest := strings.TrimPrefix(line, "= ")
	sp := strings.IndexByte(rest, ' ')
	if sp < 0 {
		return g, fmt.Errorf("bad mention line %q", line)
	}
	var err error
	if g.Start, err = strconv.Atoi(rest[:sp]); err != nil {
		return g, fmt.Errorf("bad offset in %q", line)
	}
	rest = rest[sp+1:]
	q, err := strconv.QuotedPrefix(rest)
	if err != nil {
		return g, fmt.Errorf("bad text in %q", line)
	}
	g.Text, _ = strconv.Unquote(q)
	rest = strings.TrimPrefix(rest[len(q):], " ")
	g.Kind, g.Value, _ = strings.Cut(rest, " ")
	return g, nil
}

func mentions(r *Reader, text string, ctx Context) []got {
	var out []got
	for _, m := range r.Read(nil, text, ctx) {
		v, err := json.Marshal(m.Value())
		if err != nil {
			panic(err)
		}
		// The JSON form must read back to the same value.
		var back Value
		if err := json.Unmarshal(v, &back); err != nil {
			panic(fmt.Sprintf("%s: %v", v, err))
		}
		if v2, _ := json.Marshal(back); string(v2) != string(v) {
			panic(fmt.Sprintf("round trip: %s became %s", v, v2))
		}
		out = append(out, got{Start: m.Start, Text: m.Text, Kind: m.Kind.String(), Value: string(v)})
	}
	return out
}

// TestCases runs the cases of testdata/norm/cases.txt.
func TestCases(t *testing.T) {
	r := reader(t)
	data, err := os.ReadFile(casesFile)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	var out bytes.Buffer
	var ctx Context
	n := 0
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		switch {
		case strings.HasPrefix(line, "@pub "):
			p := strings.TrimSpace(strings.TrimPrefix(line, "@pub "))
			ctx.Published = time.Time{}
			if p != "-" {
				if ctx.Published, err = time.Parse("2006-01-02", p); err != nil {
					t.Fatalf("%s:%d: %v", casesFile, i+1, err)
				}
			}
		case strings.HasPrefix(line, "@order "):
			switch o := strings.TrimSpace(strings.TrimPrefix(line, "@order ")); o {
			case "dmy":
				ctx.DateOrder = DayFirst
			case "mdy":
				ctx.DateOrder = MonthFirst
			case "-":
				ctx.DateOrder = OrderUnknown
			default:
				t.Fatalf("%s:%d: unknown order %q (want dmy, mdy or -)", casesFile, i+1, o)
			}
		case strings.HasPrefix(line, "> "):
			n++
			text := line[2:]
			var want []got
			for i+1 < len(lines) && strings.HasPrefix(lines[i+1], "= ") {
				i++
				g, err := parseGot(lines[i])
				if err != nil {
					t.Fatalf("%s:%d: %v", casesFile, i+1, err)
				}
				want = append(want, g)
			}
			have := mentions(r, text, ctx)
			fmt.Fprintln(&out, line)
			for _, g := range have {
				fmt.Fprintln(&out, g)
			}
			if !*update {
				if diff := cmp.Diff(want, have); diff != "" {
					t.Errorf("%s:%d: %s\nmismatch (-want +got):\n%s", casesFile, i+1, text, diff)
				}
			}
			continue
		}
		fmt.Fprintln(&out, line)
	}
	if n < 300 {
		t.Errorf("only %d cases", n)
	}
	if *update {
		if err := os.WriteFile(casesFile, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestNewReaderTables checks that the embedded tables load.
func TestNewReaderTables(t *testing.T) {
	r := reader(t)
	if len(r.words) == 0 || len(r.nouns) == 0 || len(r.anchors) == 0 {
		t.Fatalf("tables not loaded: %d words", len(r.words))
	}
}

func TestParseTableErrors(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"one = 1 cardinal\nno separator here\n", "data/x.txt:2: want \"phrase = fields\", got \"no separator here\""},
		{"One = 1 cardinal\n", "data/x.txt:1: phrase \"One\" is not lower case"},
		{"a, , b = 1\n", "data/x.txt:1: empty phrase"},
	}
	for _, tt := range tests {
		_, err := parseTable("x.txt", tt.text)
		if err == nil || err.Error() != tt.want {
			t.Errorf("parseTable(%q) = %v, want %s", tt.text, err, tt.want)
		}
	}
	// Field errors come from the loaders.
	r := &Reader{words: map[string]*wordInfo{}}
	loaders := []struct {
		file string
		fn   func(entry) error
		text string
		want string
	}{
		{"numbers.txt", r.loadNumber, "two = 2 lots\n", "data/numbers.txt:1: unknown number kind \"lots\" (want cardinal, scale, suffix, ordinal, denominator, part, multiple or sign)"},
		{"numbers.txt", r.loadNumber, "two = two cardinal\n", "data/numbers.txt:1: bad number \"two\""},
		{"vague.txt", r.loadVague, "# c\nfew = 5 2\n", "data/vague.txt:2: low 5 is above high 2"},
		{"qualifiers.txt", r.loadQualifier, "over = above\n", "data/qualifiers.txt:1: unknown qualifier \"above\""},
		{"months.txt", r.loadMonth, "smarch = 13\n", "data/months.txt:1: want a whole number from 1 to 12, got \"13\""},
		{"weekdays.txt", r.loadWeekday, "funday = Funday\n", "data/weekdays.txt:1: unknown weekday \"Funday\""},
		{"relative.txt", r.loadRelative, "soon = soon fortnight 1 2\n", "data/relative.txt:1: unknown unit \"fortnight\" (want day, week, weekend, month or year)"},
		{"anchors.txt", r.loadAnchor, "big bang = 2020-13-01 Big Bang\n", "data/anchors.txt:1: bad date \"2020-13-01\" (want 2006-01-02 or a year)"},
		{"anchors.txt", r.loadAnchor, "war = 2020..2019 War\n", "data/anchors.txt:1: end 2019-12-31 is before start 2020-01-01"},
		{"measures.txt", r.loadMeasure, "mph = speed mph\n", "data/measures.txt:1: unknown class \"speed\" (want percent, measure or point)"},
		{"durations.txt", r.loadDuration, "week = week 7 Q\n", "data/durations.txt:1: bad ISO designator \"Q\" (want D, W, M, Y, H, N or S, maybe after a count)"},
		{"changes.txt", r.loadChange, "rose = sideways\n", "data/changes.txt:1: want up, down or either, got \"sideways\""},
	}
	for _, l := range loaders {
		es, err := parseTable(l.file, l.text)
		if err != nil {
			t.Fatalf("parseTable(%q): %v", l.text, err)
		}
		err = l.fn(es[0])
		if err == nil || err.Error() != l.want {
			t.Errorf("%s %q: error %v, want %s", l.file, l.text, err, l.want)
		}
	}
}

// TestPublishedMonth: against a publication known to the month alone, a
// day without a year takes the month's year and what only a day places
// stays unanchored.
func TestPublishedMonth(t *testing.T) {
	r := reader(t)
	ctx := Context{Published: time.Date(2023, 12, 1, 0, 0, 0, 0, time.UTC), PublishedMonth: true}
	for _, tt := range []struct {
		text     string
		anchored bool
		start    string
	}{
		{"Fighting began on April 15.", true, "2023-04-15"},
		{"Fighting began on December 20.", true, "2023-12-20"},
		{"Fighting resumed on Monday.", false, ""},
		{"Fighting resumed yesterday.", false, ""},
		{"Fighting resumed three days ago.", false, ""},
		{"Fighting began two months ago.", true, "2023-10-01"},
	} {
		ms := r.Read(nil, tt.text, ctx)
		if len(ms) != 1 || ms[0].Kind != TimeKind {
			t.Errorf("%q: want one time, got %v", tt.text, ms)
			continue
		}
		if tm := ms[0].Time; tm.Anchored != tt.anchored || tt.anchored && tm.Start.String() != tt.start {
			t.Errorf("%q: %+v, want anchored %v from %s", tt.text, tm, tt.anchored, tt.start)
		}
	}
}
