package report

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
)

func TestGitHubGolden(t *testing.T) {
	golden(t, "report.seeds.github.txt", renderFormat(t, GitHub{}, seedsFormats(t)))
	golden(t, "report.mismatch.github.txt", renderFormat(t, GitHub{}, mismatchFormats(t)))
}

// unescapeGitHub undoes githubProperty and githubMessage.
func unescapeGitHub(s string) string {
	return strings.NewReplacer("%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",", "%25", "%").Replace(s)
}

// ghAnnotation is a parsed workflow command.
type ghAnnotation struct {
	level   string
	props   map[string]string
	message string
}

// parseGitHub splits output into annotations and plain lines, failing on
// a line that is neither.
func parseGitHub(t *testing.T, out string) (anns []ghAnnotation, plain []string) {
	t.Helper()
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if !strings.HasPrefix(line, "::") {
			if !strings.HasPrefix(line, "claimcheck: ") {
				t.Errorf("plain line not from claimcheck: %q", line)
			}
			plain = append(plain, line)
			continue
		}
		cmd, rest, _ := strings.Cut(line[2:], " ")
		props, msg, ok := strings.Cut(rest, "::")
		if !ok || (cmd != "error" && cmd != "warning") {
			t.Errorf("not a workflow command: %q", line)
			continue
		}
		a := ghAnnotation{level: cmd, props: map[string]string{}, message: unescapeGitHub(msg)}
		for _, p := range strings.Split(props, ",") {
			k, v, ok := strings.Cut(p, "=")
			if !ok {
				t.Errorf("bad property %q in %q", p, line)
			}
			a.props[k] = unescapeGitHub(v)
		}
		anns = append(anns, a)
	}
	return anns, plain
}

func TestGitHubAnnotations(t *testing.T) {
	r := mismatchFormats(t)
	anns, plain := parseGitHub(t, string(renderFormat(t, GitHub{}, r)))
	var want []*compare.Finding
	for i := range r.Findings {
		f := &r.Findings[i]
		if _, reviewed := r.Reviews[f.ID]; f.Verdict.Flagged() && !reviewed {
			want = append(want, f)
		}
	}
	if len(anns) != len(want) {
		t.Fatalf("%d annotations, want one per unreviewed flagged finding (%d)", len(anns), len(want))
	}
	for i, a := range anns {
		f := want[i]
		c := f.Claims[0]
		if a.level != "error" {
			t.Errorf("ghAnnotation %d: level %s, want error for %s", i, a.level, f.Verdict)
		}
		if a.props["file"] != "corpus/"+c.Doc || a.props["line"] != fmt.Sprint(c.QuoteLine) || a.props["col"] != fmt.Sprint(c.QuoteColumn) {
			t.Errorf("ghAnnotation %d: properties %v, want corpus/%s line %d col %d", i, a.props, c.Doc, c.QuoteLine, c.QuoteColumn)
		}
		if a.props["title"] != f.Verdict.String()+": "+f.Fact {
			t.Errorf("ghAnnotation %d: title %q", i, a.props["title"])
		}
		if !strings.HasPrefix(a.message, f.Summary+"\n") || !strings.Contains(a.message, f.ID) {
			t.Errorf("ghAnnotation %d: message %q lacks the summary or the finding id", i, a.message)
		}
	}
	if len(plain) != 1 || plain[0] != "claimcheck: 1 reviewed finding not annotated (decided on in the review file)" {
		t.Errorf("plain lines = %q, want the count of reviewed findings", plain)
	}
}

func TestGitHubEscape(t *testing.T) {
	for _, tc := range []struct{ in, prop, msg string }{
		{"plain", "plain", "plain"},
		{"100% sure", "100%25 sure", "100%25 sure"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"x: 1, y", "x%3A 1%2C y", "x: 1, y"},
		{"%0A", "%250A", "%250A"},
	} {
		if got := githubProperty(tc.in); got != tc.prop {
			t.Errorf("githubProperty(%q) = %q, want %q", tc.in, got, tc.prop)
		}
		if got := githubMessage(tc.in); got != tc.msg {
			t.Errorf("githubMessage(%q) = %q, want %q", tc.in, got, tc.msg)
		}
		if got := unescapeGitHub(tc.prop); got != tc.in {
			t.Errorf("round trip of %q gives %q", tc.in, got)
		}
	}
}

// ghManyFindings is a report of n findings of verdict v, on claims whose
// paths and facts need escaping.
func ghManyFindings(v compare.Verdict, n int, summary string) []compare.Finding {
	var fs []compare.Finding
	for i := range n {
		id := fmt.Sprintf("%s%03d", v.String()[:3], i)
		fs = append(fs, compare.Finding{ID: id, Verdict: v, Kind: claims.Casualties, Fact: fmt.Sprintf("fact %d, with: punctuation", i),
			Summary: summary, Claims: []claims.Claim{
				{Doc: "dir, x/a:1.txt", Line: i + 1, QuoteLine: i + 1, QuoteColumn: 3, Quote: "100%\nx", Text: "A 100%\nx."},
				{Doc: "b.txt", Line: 2, QuoteLine: 2, QuoteColumn: 1, Quote: "5", Text: "5 dead."},
			}})
	}
	return fs
}

func TestGitHubLimit(t *testing.T) {
	r := &Report{}
	r.Findings = append(r.Findings, ghManyFindings(compare.NumberMismatch, 13, "s")...)
	r.Findings = append(r.Findings, ghManyFindings(compare.FramingDiffers, 12, "s")...)
	r.Findings = append(r.Findings, ghManyFindings(compare.Agree, 5, "s")...)
	r.Reviews = map[string]Review{"num000": {Decision: Accepted}, "fra011": {Decision: Dismissed}}
	out := string(renderFormat(t, GitHub{}, r))
	anns, plain := parseGitHub(t, out)
	count := map[string]int{}
	for _, a := range anns {
		count[a.level]++
		if a.props["file"] != "dir, x/a:1.txt" || a.props["line"] == "" || a.props["title"] == "" {
			t.Errorf("properties %v do not survive escaping", a.props)
		}
		if _, ok := a.props["col"]; ok {
			t.Errorf("col given for a quote over two lines: %v", a.props)
		}
	}
	if count["error"] != 10 || count["warning"] != 10 {
		t.Errorf("annotations per level = %v, want 10 each", count)
	}
	// The reviewed number mismatch is skipped, so the first error is
	// the second finding; errors come before warnings.
	if anns[0].props["title"] != "number_mismatch: fact 1, with: punctuation" || anns[10].level != "warning" {
		t.Errorf("order: first %v, eleventh %v", anns[0], anns[10])
	}
	want := []string{
		"claimcheck: 2 more errors and 1 more warning not annotated (GitHub shows only 10 annotations of each level per step); run claimcheck compare (or --format sarif for code scanning) to see them all",
		"claimcheck: 2 reviewed findings not annotated (decided on in the review file)",
	}
	if strings.Join(plain, "\n") != strings.Join(want, "\n") {
		t.Errorf("plain lines:\n%s\nwant:\n%s", strings.Join(plain, "\n"), strings.Join(want, "\n"))
	}

	// In a step, the findings not annotated are in the step summary.
	var buf strings.Builder
	if err := (GitHub{}).Render(&buf, r, Options{StepSummary: filepath.Join(t.TempDir(), "summary.md")}); err != nil {
		t.Fatal(err)
	}
	if _, plain = parseGitHub(t, buf.String()); len(plain) == 0 || !strings.HasSuffix(plain[0], "; the step summary lists them all") {
		t.Errorf("in a step, plain lines = %q, want the step summary named", plain)
	}
}

func TestGitHubStepSummary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "summary.md")
	if err := os.WriteFile(path, []byte("earlier step\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	opt := Options{StepSummary: path}
	r := mismatchFormats(t)
	var buf strings.Builder
	if err := (GitHub{}).Render(&buf, r, opt); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, "::error ") {
		t.Errorf("no annotations:\n%s", out)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var md strings.Builder
	if err := (Markdown{}).Render(&md, r, Options{}); err != nil {
		t.Fatal(err)
	}
	if string(b) != "earlier step\n"+md.String() {
		t.Errorf("step summary is not the earlier content followed by the Markdown report:\n%s", b)
	}

	// The summary is appended to, not replaced.
	if err := (GitHub{}).Render(&strings.Builder{}, r, opt); err != nil {
		t.Fatal(err)
	}
	b2, _ := os.ReadFile(path)
	if string(b2) != string(b)+md.String() {
		t.Error("a second rendering did not append to the step summary")
	}

	opt.StepSummary = filepath.Join(t.TempDir(), "no", "such", "dir", "summary.md")
	if err := (GitHub{}).Render(&strings.Builder{}, r, opt); err == nil || !strings.Contains(err.Error(), "step summary") {
		t.Errorf("unwritable step summary: error %v", err)
	}
}

func TestGitHubStepSummaryTooLarge(t *testing.T) {
	r := &Report{}
	big := strings.Repeat("a long summary of a finding; ", 200) // about 6 KB a finding
	r.Findings = ghManyFindings(compare.NumberMismatch, 400, big)
	var md strings.Builder
	if err := (Markdown{}).Render(&md, r, Options{}); err != nil {
		t.Fatal(err)
	}
	if md.Len() <= githubMaxSummary {
		t.Fatalf("the Markdown report is only %d bytes: the test needs more than %d", md.Len(), githubMaxSummary)
	}
	var buf strings.Builder
	if err := stepSummary(&buf, r, Options{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if len(out) > githubMaxSummary || !strings.Contains(out, "too large for a step summary") || strings.Count(out, "| number_mismatch |") != 400 {
		t.Errorf("step summary of %d bytes, %d rows:\n%.500s", len(out), strings.Count(out, "| number_mismatch |"), out)
	}
}
