package report

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/claimcheck/claimcheck/claims/norm"
)

func TestTerminalText(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"plain a.txt", "plain a.txt"},
		{"", ""},
		{"Zürich’s toll — 6,500", "Zürich’s toll — 6,500"},
		{`C:\corpus\a.txt`, `C:\corpus\a.txt`},
		{"title\x1b]0;pwned\x07.txt", `title\x1b]0;pwned\x07.txt`},
		{"\x1b[2J\x1b[H", `\x1b[2J\x1b[H`},
		{"a\rb", `a\rb`},
		{"a\nb", `a\nb`},
		{"a\tb", `a\tb`},
		{"nul\x00del\x7f", `nul\x00del\x7f`},
		{"c1\u0085\u009b", `c1\u0085\u009b`},
		{"evil\u202egnp.txt", `evil\u202egnp.txt`},
		{"\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069", `\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069`},
		{"marks\u200e\u200f\u061c", `marks\u200e\u200f\u061c`},
		{"sep\u2028\u2029", `sep\u2028\u2029`},
		{"bad\xffutf8", `bad\xffutf8`},
		{"\n::add-mask::x", `\n::add-mask::x`},
	} {
		got := TerminalText(tt.in)
		if got != tt.want {
			t.Errorf("TerminalText(%q) = %q, want %q", tt.in, got, tt.want)
		}
		for _, r := range got {
			if terminalUnsafe(r) {
				t.Errorf("TerminalText(%q) = %q keeps %U", tt.in, got, r)
			}
		}
		if !utf8.ValidString(got) {
			t.Errorf("TerminalText(%q) = %q is not valid UTF-8", tt.in, got)
		}
	}
}

func TestGuardWorkflowCommands(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"claimcheck: a::b\n", "claimcheck: a::b\n"},
		{"::error::x\n", `\x3a:error::x` + "\n"},
		{"ok\n  ::add-mask::x\nok", "ok\n  " + `\x3a:add-mask::x` + "\nok"},
		{"\u00a0\t::warning::x", "\u00a0\t" + `\x3a:warning::x`},
		{": :x\n", ": :x\n"},
	} {
		if got := string(GuardWorkflowCommands([]byte(tt.in))); got != tt.want {
			t.Errorf("GuardWorkflowCommands(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// hostileID is a document id that, printed raw, retitles the terminal,
// clears the screen, reverses the text after it and issues GitHub
// Actions workflow commands.
const hostileID = "evil\x1b]0;pwned\x07\x1b[2J\u202etxt.a\r\n::add-mask::x\n::error::x"

// hostileReport is a report whose document id, path, article text,
// metadata, review and skipped and warned inputs hold control characters
// and workflow commands.
func hostileReport() *Report {
	count := func(n float64) norm.Value {
		return norm.Value{Quantity: &norm.Quantity{Low: n, High: n, Stated: n, HasStated: true}}
	}
	year := &norm.Time{Start: norm.Date{Year: 2020, Month: 1, Day: 1}, End: norm.Date{Year: 2020, Month: 12, Day: 31}, Anchored: true}
	c := func(doc string, n float64, text string) claims.Claim {
		return claims.Claim{Doc: doc, Line: 1, Text: text, Quote: "killed\n::error::q", QuoteLine: 1, QuoteColumn: 9,
			Kind: claims.Casualties, Measure: "deaths", Subject: claims.Subject{Group: "people", Entities: []string{}},
			Event: claims.Event{Type: "war", Time: year}, Value: count(n), Framing: []claims.FramingWord{}}
	}
	r := newReport(&claims.Corpus{
		Documents: []claims.DocInfo{
			{ID: hostileID, Path: "corpus/" + hostileID, Source: "Post\x1b[31m\n::error::o", Published: "2024\r\n::error::p"},
			{ID: "b.txt", Path: "corpus/b.txt"},
		},
		Skipped:  []load.Skipped{{Path: "corpus/" + hostileID, Err: "binary file\n::error::s"}},
		Warnings: []load.Warning{{Path: "corpus/" + hostileID, Line: 2, Msg: "bad date\n::error::w"}},
		Claims: []claims.Claim{
			c(hostileID, 100, "The war\x1b[2J\n::error::t killed 100 people."),
			c("b.txt", 900, "::add-mask::secret The war killed 900 people."),
		},
	})
	for _, f := range r.Findings {
		if f.Verdict.Flagged() {
			r.Reviews = map[string]Review{f.ID: {Finding: f.ID, Decision: Accepted, By: "ana\x1b[8m", Note: "fine\n::error::n"}}
		}
	}
	return r
}

// checkTerminalSafe fails when out holds a control character other than
// the line feeds that end its lines (and, with color, the SGR codes the
// renderer writes itself), a bidirectional override, or a line that a
// GitHub Actions runner reads as a workflow command.
func checkTerminalSafe(t *testing.T, name, out string, color bool) {
	t.Helper()
	if color {
		for _, code := range []string{ansiReset, ansiBold, ansiRed, ansiGreen, ansiYel, ansiDim} {
			out = strings.ReplaceAll(out, code, "")
		}
	}
	for _, r := range out {
		if r != '\n' && terminalUnsafe(r) {
			t.Errorf("%s: output holds %U:\n%s", name, r, out)
			break
		}
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(strings.TrimLeft(line, " \t\u00a0"), "::") {
			t.Errorf("%s: line %q is a workflow command", name, line)
		}
	}
}

func TestTextEscapesInputs(t *testing.T) {
	r := hostileReport()
	for _, color := range []bool{false, true} {
		var buf bytes.Buffer
		if err := (Text{}).Render(&buf, r, Options{Color: color}); err != nil {
			t.Fatal(err)
		}
		checkTerminalSafe(t, "text", buf.String(), color)
		if !strings.Contains(buf.String(), `evil\x1b]0;pwned\x07\x1b[2J\u202etxt.a\r\n::add-mask::x\n::error::x`) {
			t.Errorf("text report does not show the id escaped:\n%s", buf.String())
		}
	}
}

func TestWriteCheckEscapesInputs(t *testing.T) {
	r := hostileReport()
	t2 := NewTriage(r.Findings, nil, nil)
	if len(t2.Unreviewed) == 0 {
		t.Fatalf("no flagged finding in %v", r.Findings)
	}
	var buf bytes.Buffer
	opt := CheckOptions{FailOn: "number_mismatch", ReviewFile: "corpus/" + hostileID + "/r.json", Corpus: []string{"corpus/" + hostileID},
		Baseline: "b\n::error::b"}
	if err := WriteCheck(&buf, r, t2, opt); err != nil {
		t.Fatal(err)
	}
	checkTerminalSafe(t, "check", buf.String(), false)
}
