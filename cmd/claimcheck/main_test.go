package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/report"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// claimcheck runs the command with args and returns its stdout, stderr and
// exit status.
func claimcheck(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

// golden compares got with the golden file name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/claimcheck -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", name, diff)
	}
}

func TestGoldenSeeds(t *testing.T) {
	tests := []struct {
		golden string
		args   []string
	}{
		{"extract.seeds.jsonl", []string{"extract", "../../seeds"}},
		{"extract-all.seeds.jsonl", []string{"extract", "--all", "../../seeds"}},
		{"compare.seeds.json", []string{"compare", "--format", "json", "../../seeds"}},
		{"compare.seeds.txt", []string{"../../seeds"}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			out, errs, code := claimcheck(t, "", tt.args...)
			if code != 0 || errs != "" {
				t.Fatalf("exit %d, stderr:\n%s", code, errs)
			}
			golden(t, tt.golden, out)
		})
	}
}

// TestDefaultIsSeeds checks that with no path the command reads its
// built-in seeds, exactly as if given the seeds directory.
func TestDefaultIsSeeds(t *testing.T) {
	want, _, _ := claimcheck(t, "", "compare", "--format", "json", "../../seeds")
	want = strings.ReplaceAll(want, `"path":"../../seeds/`, `"path":"seeds/`)
	got, errs, code := claimcheck(t, "", "--format", "json")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("default corpus differs from seeds/ (-want +got):\n%s", diff)
	}
}

// TestDeterministic checks that the report is byte-identical whatever the
// number of workers.
func TestDeterministic(t *testing.T) {
	want, _, _ := claimcheck(t, "", "--format", "json", "-j", "1", "../../seeds")
	for _, j := range []string{"2", "8"} {
		got, _, _ := claimcheck(t, "", "--format", "json", "-j", j, "../../seeds")
		if got != want {
			t.Errorf("-j %s gives a different report than -j 1", j)
		}
	}
}

// report is the part of the JSON report these tests read.
type jsonReport struct {
	Version   int `json:"version"`
	Documents []struct {
		ID string `json:"id"`
	} `json:"documents"`
	Skipped []struct {
		Path  string `json:"path"`
		Line  int    `json:"line"`
		Error string `json:"error"`
	} `json:"skipped"`
	Findings []struct {
		Verdict string `json:"verdict"`
		Kind    string `json:"kind"`
		Fact    string `json:"fact"`
		Claims  []struct {
			Doc   string `json:"doc"`
			Quote string `json:"quote"`
		} `json:"claims"`
	} `json:"findings"`
}

func decode(t *testing.T, s string) jsonReport {
	t.Helper()
	var r jsonReport
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		t.Fatalf("bad JSON report: %v\n%s", err, s)
	}
	return r
}

// TestSeedFindings checks what must be found on the seeds: the agreements
// on the two wars' death tolls and on the Russian peacekeepers, the
// framing differences on the changes of control of 2020 and 1991, and no
// number or date contradiction anywhere (the seeds hold none; the
// Brussels meetings of different days are different meetings).
func TestSeedFindings(t *testing.T) {
	out, _, _ := claimcheck(t, "", "--format", "json", "../../seeds")
	r := decode(t, out)
	type want struct {
		kind   string
		quotes map[string]string // doc prefix → quote substring
	}
	wants := []want{
		{"casualties", map[string]string{"002": "6,500", "004": "6,500"}},
		{"casualties", map[string]string{"002": "30,000", "004": "30,000"}},
		{"troops", map[string]string{"001": "2,000", "002": "2,000"}},
	}
	framings := []want{
		// The change of control around 2020, told in four ways.
		{"control", map[string]string{"000": "liberated", "001": "captured", "002": "ceded", "004": "surrender"}},
		// The origin in 1991: occupied, split from, seceded.
		{"control", map[string]string{"000": "occupied", "002": "split from", "004": "seceded"}},
	}
	for _, w := range append(wants, framings...) {
		verdict := "agree"
		if w.kind == "control" {
			verdict = "framing_differs"
		}
		found := false
		for _, f := range r.Findings {
			if f.Kind != w.kind || f.Verdict != verdict {
				continue
			}
			hit := 0
			for _, c := range f.Claims {
				if q, ok := w.quotes[c.Doc[:3]]; ok && strings.Contains(c.Quote, q) {
					hit++
				}
			}
			if hit >= len(w.quotes) {
				found = true
			}
		}
		if !found {
			t.Errorf("no %s finding of %s with %v", verdict, w.kind, w.quotes)
		}
	}
	for _, f := range r.Findings {
		if f.Verdict == "number_mismatch" || f.Verdict == "date_mismatch" {
			t.Errorf("the seeds hold no contradiction, got %s on %q", f.Verdict, f.Fact)
		}
	}
}

func TestUsage(t *testing.T) {
	out, _, code := claimcheck(t, "", "--version")
	if code != 0 || !strings.HasPrefix(out, "claimcheck ") {
		t.Errorf("--version: exit %d, %q", code, out)
	}
	for _, args := range [][]string{{"--help"}, {"compare", "--help"}, {"extract", "--help"}, {"check", "--help"}, {"review", "--help"}, {"serve", "--help"}} {
		out, errs, code := claimcheck(t, "", args...)
		if code != 0 || strings.Count(out, "Usage") != 1 || errs != "" {
			t.Errorf("%v: exit %d, want the usage once on stdout and nothing on stderr; stdout %q, stderr %q", args, code, out, errs)
		}
	}
	_, errs, code := claimcheck(t, "", "--format", "yaml")
	if code != 2 || !strings.Contains(errs, `unknown format "yaml"`) {
		t.Errorf("--format yaml: exit %d, stderr %q", code, errs)
	}
	_, errs, code = claimcheck(t, "", "--no-such-flag")
	if code != 2 || errs == "" {
		t.Errorf("--no-such-flag: exit %d, stderr %q", code, errs)
	}
}

func TestStdin(t *testing.T) {
	text := "The earthquake killed more than 2,000 people, officials said on Monday.\n"
	out, errs, code := claimcheck(t, text, "extract", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, `"doc":"-"`) || !strings.Contains(out, `"kind":"casualties"`) {
		t.Errorf("claim from stdin missing:\n%s", out)
	}
}

// TestBadInput checks that each bad input is named on stderr and in the
// report, that the exit status is 2, and that the good documents are
// still read.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"good.txt":   "The war killed more than 6,500 people in 2020.\n",
		"empty.txt":  "",
		"binary.txt": "PK\x03\x04\x00\x00\x00binary",
		"latin1.txt": "Caf\xe9 in Baku.\n",
		"docs.jsonl": `{"id": "j1", "text": "The flood killed 12 people in 2021."}` + "\n" + `{"id": "j2", "text": ` + "\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errs, code := claimcheck(t, "", "--format", "json", dir, filepath.Join(dir, "missing.txt"))
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	r := decode(t, out)
	var ids []string
	for _, d := range r.Documents {
		ids = append(ids, d.ID)
	}
	if diff := cmp.Diff([]string{"j1", "good.txt"}, ids); diff != "" {
		t.Errorf("documents mismatch (-want +got):\n%s", diff)
	}
	skipped := map[string]bool{}
	for _, s := range r.Skipped {
		skipped[filepath.Base(s.Path)] = true
		if !strings.Contains(errs, filepath.Base(s.Path)) {
			t.Errorf("stderr does not name %s:\n%s", s.Path, errs)
		}
	}
	for _, name := range []string{"empty.txt", "binary.txt", "latin1.txt", "docs.jsonl", "missing.txt"} {
		if !skipped[name] {
			t.Errorf("%s not listed as skipped; skipped: %+v", name, r.Skipped)
		}
	}
	if n := strings.Count(strings.TrimSpace(errs), "\n") + 1; n != len(r.Skipped) {
		t.Errorf("stderr has %d lines for %d skipped inputs:\n%s", n, len(r.Skipped), errs)
	}
}

func TestOutputFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code := claimcheck(t, "", "--format", "json", "-o", path, "../../seeds")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	decode(t, string(b))
	ents, _ := os.ReadDir(dir)
	if len(ents) != 1 {
		t.Errorf("output directory holds %d files, want only the report (no temporary left)", len(ents))
	}
}

func TestBadLexicon(t *testing.T) {
	f := filepath.Join(t.TempDir(), "extra.yaml")
	if err := os.WriteFile(f, []byte("entities:\n  - name: Atlantis\n    type: island\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code := claimcheck(t, "", "--lexicon", f, "../../seeds")
	if code != 2 || !strings.Contains(errs, f+":2: entity \"Atlantis\" has type \"island\"") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

// TestGoldenFormats renders one perturbation case (a changed death toll
// and a swapped framing word against the seeds) in every format, so that
// each renderer's golden shows mismatches, framing diffs and agreements.
func TestGoldenFormats(t *testing.T) {
	for _, name := range []string{"toll2020-004-4000", "framing-000-seized"} {
		a, err := txtar.ParseFile(filepath.Join("..", "..", "testdata", "perturb", name+".txtar"))
		if err != nil {
			t.Fatal(err)
		}
		pc, err := parsePerturbCase(a)
		if err != nil {
			t.Fatal(err)
		}
		parent := t.TempDir()
		dir := filepath.Join(parent, "corpus")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := writePerturbCorpus(t, dir, pc); err != nil {
			t.Fatal(err)
		}
		outs := map[string]string{}
		t.Run(name, func(t *testing.T) {
			// Read the corpus by a relative path, as a CI job would, so
			// that the reports name it alike in every run.
			wd, _ := os.Getwd()
			t.Chdir(parent)
			t.Setenv("GITHUB_STEP_SUMMARY", "")
			for _, f := range report.Formats {
				out, errs, code := claimcheck(t, "", "compare", "--format", f.Name, "corpus")
				if code != 0 {
					t.Fatalf("%s: exit %d: %s", f.Name, code, errs)
				}
				outs[f.Name] = out
			}
			t.Chdir(wd)
		})
		for _, f := range report.Formats {
			golden(t, "perturb."+name+"."+f.Name, outs[f.Name])
		}
	}
}

// TestStepSummaryEnv checks that the github format appends the Markdown
// report to the file GITHUB_STEP_SUMMARY names, from compare and from
// check --output alike.
func TestStepSummaryEnv(t *testing.T) {
	markdown, _, _ := claimcheck(t, "", "compare", "--format", "markdown")
	path := filepath.Join(t.TempDir(), "summary.md")
	t.Setenv("GITHUB_STEP_SUMMARY", path)
	if _, errs, code := claimcheck(t, "", "compare", "--format", "github"); code != 0 {
		t.Fatalf("compare: exit %d: %s", code, errs)
	}
	out := filepath.Join(t.TempDir(), "annotations.txt")
	if _, errs, code := claimcheck(t, "", "check", "--reviewed", filepath.Join(t.TempDir(), "none.json"), "-f", "github", "-o", out); code != 1 {
		t.Fatalf("check: exit %d, want 1: %s", code, errs)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != markdown+markdown {
		t.Errorf("step summary is not the Markdown report twice (%d bytes, want %d)", len(b), 2*len(markdown))
	}
}

// TestREADMESample checks that the sample report in the README is the
// report the seeds give today: every line of it stands in the golden.
func TestREADMESample(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile(filepath.Join("..", "..", "testdata", "golden", "compare.seeds.txt"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "prints, in part:\n\n```\n")
	if !ok {
		t.Fatal("README has no sample report")
	}
	sample, _, _ := strings.Cut(rest, "```")
	lines := map[string]bool{}
	for _, l := range strings.Split(string(golden), "\n") {
		lines[l] = true
	}
	for _, l := range strings.Split(sample, "\n") {
		if l != "" && l != "..." && !lines[l] {
			t.Errorf("README sample line is not in the report (run the report and copy it again):\n%s", l)
		}
	}
}
