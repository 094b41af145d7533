package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

// update rewrites the golden files: go test ./report -update.
var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// updateGolden reports whether -update was given.
func updateGolden() bool { return *update }

// seedsReport is the report of the seed articles, with one review
// decision recorded on its first flagged finding so that the goldens show
// how a reviewed finding looks.
var seedsReport = sync.OnceValues(func() (*Report, error) {
	ex, err := claims.NewExtractor()
	if err != nil {
		return nil, err
	}
	r := newReport(ex.ExtractCorpus(&load.Loader{}, []string{"../seeds"}, 1))
	for _, f := range r.Findings {
		if f.Verdict.Flagged() {
			r.Reviews = map[string]Review{f.ID: {Finding: f.ID, Decision: Accepted, By: "ana",
				Note: "known framing split", At: "2026-11-23T08:00:00Z"}}
			break
		}
	}
	return r, nil
})

// perturbReport is the report of the seed articles with two perturbations
// of testdata/perturb applied: a 2020 toll cut to 4,000 in one seed (a
// number mismatch) and a toll contested between two parties (a number
// mismatch with sides and parties).
var perturbReport = sync.OnceValues(func() (*Report, error) {
	fsys := fstest.MapFS{}
	seeds, err := filepath.Glob("../seeds/*.txt")
	if err != nil {
		return nil, err
	}
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		fsys["corpus/"+filepath.Base(p)] = &fstest.MapFile{Data: b}
	}
	for _, name := range []string{"toll2020-004-4000.txtar", "attributed-opposing.txtar"} {
		a, err := txtar.ParseFile(filepath.Join("..", "testdata", "perturb", name))
		if err != nil {
			return nil, err
		}
		for _, f := range a.Files {
			fsys["corpus/"+f.Name] = &fstest.MapFile{Data: f.Data}
		}
	}
	ex, err := claims.NewExtractor()
	if err != nil {
		return nil, err
	}
	return newReport(ex.ExtractCorpus(&load.Loader{FS: fsys}, []string{"corpus"}, 1)), nil
})

func loadPerturb(t *testing.T) *Report {
	t.Helper()
	r, err := perturbReport()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func loadSeeds(t *testing.T) *Report {
	t.Helper()
	r, err := seedsReport()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// golden compares got with testdata/golden/name, or rewrites the file
// with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("..", "testdata", "golden", name)
	if updateGolden() {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got); run go test ./report -update if the change is right:\n%s", name, diff)
	}
}

func TestMarkdownGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := (Markdown{}).Render(&buf, loadSeeds(t), Options{}); err != nil {
		t.Fatal(err)
	}
	golden(t, "report.seeds.md", buf.Bytes())
}

func TestMarkdownPerturbGolden(t *testing.T) {
	r := loadPerturb(t)
	var buf bytes.Buffer
	if err := (Markdown{}).Render(&buf, r, Options{}); err != nil {
		t.Fatal(err)
	}
	golden(t, "report.perturb.md", buf.Bytes())
	if !strings.Contains(buf.String(), "## Number mismatches") {
		t.Error("the perturbed corpus gives no number mismatch: pick other perturbations")
	}
}

func TestMarkdownSample(t *testing.T) {
	r := sample()
	r.Findings[0].Claims[0].Text = "A | B *c* _d_ `e` [f](g) <b> killed x."
	r.Findings[0].Claims[0].Quote = "killed"
	r.Reviews = map[string]Review{r.Findings[0].ID: {Finding: r.Findings[0].ID, Decision: Dismissed, By: "bo"}}
	var buf bytes.Buffer
	if err := (Markdown{}).Render(&buf, r, Options{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"| number_mismatch | 1 |",
		"### deaths (people) in the war of 2020",
		"> **Reviewed: dismissed** by bo",
		`A \| B \*c\* \_d\_ \` + "`e\\`" + ` \[f\](g) \<b\> **killed** x.`,
		// a.txt's time gives its day; b.txt's date "soon" is no date.
		"| side | document | source | line | value | quote in its sentence |",
		"| A | a.txt | 2023-02-06 | 3 |",
		"| B | b.txt |  | 3 |",
		"## Skipped inputs (1)",
		"- bad.bin: binary file: not a text article",
		"## Warnings (2)\n\n- a.txt:2: front matter is not valid YAML (mapping values are not allowed in this context): read it as key: value lines\n- b.txt:4: ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Every table row of the claims table has the same number of cells.
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "| A |") || strings.HasPrefix(line, "| B |") {
			if n := strings.Count(line, "|") - strings.Count(line, `\|`); n != 7 {
				t.Errorf("row has %d cell separators, want 7: %s", n, line)
			}
		}
	}
}

func TestMDCitation(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   citation
		want string
	}{
		{"none", citation{}, ""},
		{"all", citation{Outlet: "Norland Post", Published: "2024-03-02", URL: "https://post.example/a"},
			"[Norland Post](https://post.example/a), 2024-03-02"},
		{"no outlet", citation{URL: "https://www.post.example/a/"}, "[post.example/a](https://www.post.example/a/)"},
		{"no url", citation{Outlet: "Norport *Herald*", Published: "2024-03"}, `Norport \*Herald\*, 2024-03`},
		{"url to escape", citation{Outlet: "[Post]", URL: "https://post.example/a (b)|c"},
			`[\[Post\]](https://post.example/a%20%28b%29%7Cc)`},
		{"date only", citation{Published: "2024-03-02"}, "2024-03-02"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, mdCitation(tc.in)); diff != "" {
				t.Errorf("mdCitation mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMDEscape(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain text, 6,500 dead.", "plain text, 6,500 dead."},
		{"a|b", `a\|b`},
		{"*x* _y_ `z`", "\\*x\\* \\_y\\_ \\`z\\`"},
		{"[l](u) <i>", `\[l\](u) \<i\>`},
		{`back\slash ~~s~~`, `back\\slash \~\~s\~\~`},
		{"two\nlines", "two lines"},
	} {
		if got := mdEscape(tc.in); got != tc.want {
			t.Errorf("mdEscape(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSplitFraming(t *testing.T) {
	words := map[string]bool{"liberated": true, "split": true, "from": true}
	for _, tc := range []struct {
		in     string
		marked bool
		want   []piece
	}{
		{"In 2020, Azerbaijan liberated", true, []piece{{"In 2020, Azerbaijan ", false}, {"liberated", true}}},
		{"split from", true, []piece{{"split from", true}}},
		{"Liberated cities", true, []piece{{"Liberated", true}, {" cities", false}}},
		{"occupied", true, []piece{{"occupied", true}}}, // marked, word unknown: whole run
		{"liberated", false, []piece{{"liberated", false}}},
	} {
		got := splitFraming(tc.in, tc.marked, words)
		if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(piece{})); diff != "" {
			t.Errorf("splitFraming(%q) mismatch (-want +got):\n%s", tc.in, diff)
		}
	}
}
