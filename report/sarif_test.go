package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

var formatsExtractor = sync.OnceValues(func() (*claims.Extractor, error) { return claims.NewExtractor() })

var formatsSeedCorpus = sync.OnceValues(func() (*claims.Corpus, error) {
	ex, err := formatsExtractor()
	if err != nil {
		return nil, err
	}
	return ex.ExtractCorpus(&load.Loader{}, []string{"../seeds"}, 1), nil
})

// seedsFormats is a fresh report of the seed articles, with an accepted
// review of its first flagged finding, so that the goldens show a
// reviewed finding.
func seedsFormats(t *testing.T) *Report {
	t.Helper()
	c, err := formatsSeedCorpus()
	if err != nil {
		t.Fatal(err)
	}
	r := newReport(c)
	for _, f := range r.Findings {
		if f.Verdict.Flagged() {
			r.Reviews = map[string]Review{f.ID: {Finding: f.ID, Decision: Accepted, By: "ana",
				Note: "known framing split", At: "2026-11-23T08:00:00Z"}}
			break
		}
	}
	return r
}

// mismatchFiles is a small corpus whose two documents disagree: on the
// toll of the war of 2020 and of the war of the 1990s (one of them
// attributed), and on the words for the change of control in 2020. The
// second document has front matter (so its lines are not its text's)
// and a non-ASCII character before a quote (so code-point columns differ
// from byte columns).
var mismatchFiles = map[string]string{
	"a.txt": "The war in 2020 killed more than 6,500 people.\n\n" +
		"According to Yerevan, the first war in the early 1990s killed 30,000 people.\n\n" +
		"Nagorno-Karabakh declared independence in 1991.\n" +
		"In 2020, Azerbaijan liberated Nagorno-Karabakh, occupied by Armenia.\n",
	"b.txt": "---\ntitle: The war, revisited\nsource: Example News\nurl: https://example.com/war\npublished: 2024-01-15\n---\n" +
		"The war in 2020 killed 3,000 people.\n\n" +
		"«Sources» say the first war in the 1990s killed 20,000 people.\n\n" +
		"Nagorno-Karabakh declared independence in 1988.\n" +
		"In 2020, Azerbaijan captured Nagorno-Karabakh, controlled by Armenia.\n",
}

// corpusFilesReport is the report of files (name → text) written under
// a temporary folder and read as "corpus/NAME".
func corpusFilesReport(t *testing.T, files map[string]string) *Report {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "corpus"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, "corpus", name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ex, err := formatsExtractor()
	if err != nil {
		t.Fatal(err)
	}
	return newReport(ex.ExtractCorpus(&load.Loader{FS: os.DirFS(dir)}, []string{"corpus"}, 1))
}

// mismatchFormats is the report of mismatchFiles written under a
// temporary folder and read as "corpus/a.txt" and "corpus/b.txt", with
// its framing_differs finding dismissed.
func mismatchFormats(t *testing.T) *Report {
	t.Helper()
	r := corpusFilesReport(t, mismatchFiles)
	if len(r.Skipped) > 0 {
		t.Fatalf("skipped inputs: %v", r.Skipped)
	}
	n := 0
	for _, f := range r.Findings {
		switch f.Verdict {
		case compare.NumberMismatch:
			n++
		case compare.FramingDiffers:
			r.Reviews = map[string]Review{f.ID: {Finding: f.ID, Decision: Dismissed, By: "bo",
				Note: "one event, told in each outlet's words"}}
		}
	}
	if n != 2 || r.Reviews == nil {
		t.Fatalf("mismatch corpus gives %d number mismatches and reviews %v, want 2 and a framing_differs finding", n, r.Reviews)
	}
	return r
}

func renderFormat(t *testing.T, rd Renderer, r *Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := rd.Render(&buf, r, Options{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var sarifSchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	f, err := os.Open(filepath.Join("..", "testdata", "schema", "sarif-2.1.0.json"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat() // check uri, uri-reference and date-time values too
	const loc = "sarif-2.1.0.json"
	if err := c.AddResource(loc, doc); err != nil {
		return nil, err
	}
	return c.Compile(loc)
})

// validateSARIF checks log against the official SARIF 2.1.0 schema.
func validateSARIF(t *testing.T, log []byte) {
	t.Helper()
	sch, err := sarifSchema()
	if err != nil {
		t.Fatalf("SARIF schema: %v", err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(log))
	if err != nil {
		t.Fatalf("not JSON: %v\n%s", err, log)
	}
	if err := sch.Validate(inst); err != nil {
		t.Errorf("not valid SARIF 2.1.0: %v", err)
	}
}

func TestSARIFSchemaRejects(t *testing.T) {
	// The validator is not vacuous: a log breaking the schema fails.
	sch, err := sarifSchema()
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{
		`{"version": "2.1.0"}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "level": "fatal"}]}]}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "columnKind": "bytes"}]}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a.txt"}, "region": {"startLine": 0}}}]}]}]}`,
	} {
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(bad))
		if err != nil {
			t.Fatal(err)
		}
		if sch.Validate(inst) == nil {
			t.Errorf("schema accepts %s", bad)
		}
	}
}

func TestSARIFValid(t *testing.T) {
	empty := New(nil, nil, nil)
	for name, r := range map[string]*Report{
		"seeds":    seedsFormats(t),
		"mismatch": mismatchFormats(t),
		"sample":   sample(), // a skipped input, claims without columns
		"empty":    empty,
	} {
		t.Run(name, func(t *testing.T) {
			validateSARIF(t, renderFormat(t, SARIF{ToolVersion: "v1.2.3"}, r))
		})
	}
}

func TestSARIFGolden(t *testing.T) {
	golden(t, "report.seeds.sarif", renderFormat(t, SARIF{}, seedsFormats(t)))
	golden(t, "report.mismatch.sarif", renderFormat(t, SARIF{}, mismatchFormats(t)))
}

func TestSARIFDeterministic(t *testing.T) {
	a := renderFormat(t, SARIF{}, mismatchFormats(t))
	b := renderFormat(t, SARIF{}, mismatchFormats(t))
	if !bytes.Equal(a, b) {
		t.Error("two renderings of one corpus differ")
	}
}

func TestSARIFResults(t *testing.T) {
	r := mismatchFormats(t)
	var log sarifLog
	if err := json.Unmarshal(renderFormat(t, SARIF{}, r), &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(log.Runs))
	}
	run := log.Runs[0]
	if run.ColumnKind != "unicodeCodePoints" || run.Tool.Driver.Name != "claimcheck" || len(run.Tool.Driver.Rules) != len(rules) {
		t.Errorf("run = %+v", run)
	}
	var flagged []*compare.Finding
	for i := range r.Findings {
		if r.Findings[i].Verdict.Flagged() {
			flagged = append(flagged, &r.Findings[i])
		}
	}
	if len(run.Results) != len(flagged) {
		t.Fatalf("%d results, want one per flagged finding (%d)", len(run.Results), len(flagged))
	}
	for i, res := range run.Results {
		f := flagged[i]
		wantLevel := map[compare.Verdict]string{compare.NumberMismatch: "error", compare.DateMismatch: "error", compare.FramingDiffers: "warning"}[f.Verdict]
		if res.RuleID != f.Verdict.String() || run.Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID || res.Level != wantLevel {
			t.Errorf("result %d: ruleId %q, ruleIndex %d, level %q; want %q at its rule, %q", i, res.RuleID, res.RuleIndex, res.Level, f.Verdict, wantLevel)
		}
		if res.PartialFingerprints[sarifFingerprint] != f.ID {
			t.Errorf("result %d: fingerprints %v, want %s", i, res.PartialFingerprints, f.ID)
		}
		if !strings.HasPrefix(res.Message.Text, f.Fact+" — ") || !strings.Contains(res.Message.Text, f.Summary) {
			t.Errorf("result %d: message %q lacks the fact and summary", i, res.Message.Text)
		}
		if len(res.RelatedLocations) != len(f.Claims)-1 {
			t.Errorf("result %d: %d related locations, want %d", i, len(res.RelatedLocations), len(f.Claims)-1)
		}
		locs := append([]sarifLocation{res.Locations[0]}, res.RelatedLocations...)
		for j, loc := range locs {
			c := f.Claims[j]
			pl := loc.PhysicalLocation
			if want := "corpus/" + c.Doc; pl.ArtifactLocation.URI != want {
				t.Errorf("result %d location %d: uri %q, want %q", i, j, pl.ArtifactLocation.URI, want)
			}
			if pl.Region.StartLine != c.QuoteLine || pl.Region.StartColumn != c.QuoteColumn || pl.Region.Snippet.Text != c.Quote {
				t.Errorf("result %d location %d: region %+v, want line %d column %d snippet %q", i, j, pl.Region, c.QuoteLine, c.QuoteColumn, c.Quote)
			}
			if j > 0 && (loc.ID != j || loc.Message == nil || !strings.Contains(loc.Message.Text, c.Quote)) {
				t.Errorf("result %d related location %d: id %d, message %v", i, j, loc.ID, loc.Message)
			}
		}
		_, reviewed := r.Reviews[f.ID]
		if reviewed != (len(res.Suppressions) == 1) {
			t.Errorf("result %d: reviewed %v but suppressions %+v", i, reviewed, res.Suppressions)
		}
		if reviewed {
			s := res.Suppressions[0]
			if s.Kind != "external" || s.Status != "accepted" || s.Properties.Decision != Dismissed || s.Justification == "" {
				t.Errorf("result %d: suppression %+v", i, s)
			}
		}
	}

	// Columns count code points: the quote after "«Sources»" on line 9
	// of b.txt (after six lines of front matter) is further left than
	// its byte offset says.
	line := "«Sources» say the first war in the 1990s killed 20,000 people."
	byteCol := strings.Index(line, "20,000") + 1
	wantCol := utf8.RuneCountInString(line[:byteCol-1]) + 1
	found := false
	for _, res := range run.Results {
		for _, loc := range append(res.Locations, res.RelatedLocations...) {
			reg := loc.PhysicalLocation.Region
			if reg.Snippet.Text == "20,000 people" {
				found = true
				if reg.StartLine != 9 || reg.StartColumn != wantCol || reg.EndColumn != wantCol+len("20,000 people") {
					t.Errorf("region of «20,000 people» = %+v, want line 9, columns %d-%d (not the byte column %d)", reg, wantCol, wantCol+len("20,000 people"), byteCol)
				}
				ctx := loc.PhysicalLocation.ContextRegion
				if ctx == nil || ctx.StartColumn != 1 || ctx.Snippet.Text != line {
					t.Errorf("context region of «20,000 people» = %+v, want the sentence from column 1", ctx)
				}
			}
		}
	}
	if !found {
		t.Error("no location of «20,000 people»")
	}
}

func TestSARIFSkipped(t *testing.T) {
	var log sarifLog
	if err := json.Unmarshal(renderFormat(t, SARIF{}, sample()), &log); err != nil {
		t.Fatal(err)
	}
	inv := log.Runs[0].Invocations
	if len(inv) != 1 {
		t.Fatalf("invocations = %+v, want one", inv)
	}
	type note struct {
		Level, Text, URI string
		Line             int
	}
	var got []note
	for _, n := range inv[0].ToolExecutionNotifications {
		nt := note{Level: n.Level, Text: n.Message.Text}
		if len(n.Locations) == 1 {
			pl := n.Locations[0].PhysicalLocation
			nt.URI = pl.ArtifactLocation.URI
			if pl.Region != nil {
				nt.Line = pl.Region.StartLine
			}
		}
		got = append(got, nt)
	}
	want := []note{
		{"warning", "bad.bin: binary file: not a text article", "bad.bin", 0},
		{"note", sampleWarnings[0].String(), "a.txt", 2},
		{"note", sampleWarnings[1].String(), "b.txt", 4},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("notifications mismatch (-want +got):\n%s", diff)
	}
}

func TestDocURI(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"seeds/000_a.txt", "seeds/000_a.txt"},
		{"../seeds/a.txt", "../seeds/a.txt"},
		{"my notes/a b.txt", "my%20notes/a%20b.txt"},
		{"x#1?.txt", "x%231%3F.txt"},
		{"100%.txt", "100%25.txt"},
		{"é.txt", "%C3%A9.txt"},
		{"a:b.txt", "./a:b.txt"},
		{"/tmp/a.txt", "file:///tmp/a.txt"},
		{"-", "-"},
	} {
		if got := docURI(tc.in); got != tc.want {
			t.Errorf("docURI(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestEndOf(t *testing.T) {
	for _, tc := range []struct {
		line, col int
		text      string
		wantLine  int
		wantCol   int
	}{
		{3, 5, "6,500", 3, 10},
		{3, 5, "«é»", 3, 8},
		{3, 5, "majority-Armenian\nregion", 4, 7},
		{3, 5, "a\r\nbc", 4, 3},
	} {
		l, c := endOf(tc.line, tc.col, tc.text)
		if l != tc.wantLine || c != tc.wantCol {
			t.Errorf("endOf(%d, %d, %q) = %d, %d, want %d, %d", tc.line, tc.col, tc.text, l, c, tc.wantLine, tc.wantCol)
		}
	}
}

func TestRules(t *testing.T) {
	var got []compare.Verdict
	names := map[string]bool{}
	for _, r := range Rules() {
		got = append(got, r.Verdict)
		if r.Name == "" || r.Short == "" || r.Full == "" || r.Help == "" || r.Rating == "" {
			t.Errorf("rule %s has an empty field: %+v", r.ID(), r)
		}
		if r.Severity != SeverityWarning && r.Severity != SeverityError {
			t.Errorf("rule %s has severity %v", r.ID(), r.Severity)
		}
		if names[r.Name] {
			t.Errorf("rule name %s twice", r.Name)
		}
		names[r.Name] = true
		if strings.ContainsAny(r.HelpText(), "`*") {
			t.Errorf("rule %s: help text keeps Markdown marks: %q", r.ID(), r.HelpText())
		}
	}
	// One rule per flagged verdict, in report order.
	var want []compare.Verdict
	for _, v := range compare.Verdicts() {
		if v.Flagged() {
			want = append(want, v)
		}
		if _, ok := RuleFor(v); ok != v.Flagged() {
			t.Errorf("RuleFor(%s) ok = %v, want %v", v, ok, v.Flagged())
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rules mismatch (-want +got):\n%s", diff)
	}
}

// TestSARIFRegionsMatchFiles reads every region of the seeds' SARIF log
// back from the file it names: the code points from startColumn to
// endColumn on startLine are the snippet, for regions and context regions.
func TestSARIFRegionsMatchFiles(t *testing.T) {
	var log sarifLog
	if err := json.Unmarshal(renderFormat(t, SARIF{}, seedsFormats(t)), &log); err != nil {
		t.Fatal(err)
	}
	check := func(uri string, reg *sarifRegion) {
		if reg == nil || reg.EndLine != reg.StartLine {
			return
		}
		b, err := os.ReadFile(filepath.FromSlash(uri))
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(b), "\n")
		line := []rune(lines[reg.StartLine-1])
		if reg.EndColumn-1 > len(line) {
			t.Errorf("%s:%d: region %+v past the end of the line", uri, reg.StartLine, reg)
			return
		}
		if got := string(line[reg.StartColumn-1 : reg.EndColumn-1]); got != reg.Snippet.Text {
			t.Errorf("%s:%d:%d: file has %q, snippet %q", uri, reg.StartLine, reg.StartColumn, got, reg.Snippet.Text)
		}
	}
	n := 0
	for _, res := range log.Runs[0].Results {
		for _, loc := range append(res.Locations, res.RelatedLocations...) {
			pl := loc.PhysicalLocation
			check(pl.ArtifactLocation.URI, pl.Region)
			check(pl.ArtifactLocation.URI, pl.ContextRegion)
			n++
		}
	}
	if n == 0 {
		t.Error("no locations in the seeds' SARIF log")
	}
}
