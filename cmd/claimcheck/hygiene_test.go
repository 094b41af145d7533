package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/report"
)

// hostileCorpus writes a corpus whose file names (and so document ids)
// hold terminal escapes and GitHub Actions workflow commands after line
// breaks: two documents in a number mismatch, one binary file that is
// skipped and one with broken front matter, which gives a warning.
func hostileCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt": "The war in 2020 killed 6,500 people.\n",
		"evil\n::add-mask::x\n::error::x\x1b]0;pwned\x07\x1b[2J\u202e.txt": "The war in 2020 killed 3,000 people.\n",
		"bin\r\n::error::b.txt":         "\x00\x01 binary",
		"w\n::warning::w.txt":           "---\ntitle: [x\n---\nThe war in 2020 killed 6,500 people.\n",
		"note\n::add-mask::n\u0085.txt": "No figures here.\n",
	})
	return dir
}

// githubCommand is a line of the github format: an annotation with
// escaped properties.
var githubCommand = regexp.MustCompile(`^::(error|warning) file=[^:,]*(,[a-zA-Z]+=[^:,]*)*::`)

// checkLines fails when a line of out, after its leading white space,
// begins with "::" (a workflow command), other than the annotations of
// the github format when github is set, or when terminal is set and out
// holds a control character other than a line feed.
func checkLines(t *testing.T, what, out string, github, terminal bool) {
	t.Helper()
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(strings.TrimLeft(line, " \t\u00a0"), "::") {
			continue
		}
		if github && githubCommand.MatchString(line) {
			continue
		}
		t.Errorf("%s: line is a workflow command: %q", what, line)
	}
	if terminal {
		if i := strings.IndexFunc(out, func(r rune) bool {
			return r != '\n' && (r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069)
		}); i >= 0 {
			t.Errorf("%s: output holds a control character at byte %d: %q", what, i, out)
		}
	}
}

// TestCheckHostileNames runs check on a corpus whose file names hold
// terminal escapes and workflow commands, with the full report in every
// format written to stdout beside the summary: no line of stdout or
// stderr may be a workflow command the corpus made, and the summary and
// messages hold no control character.
func TestCheckHostileNames(t *testing.T) {
	dir := hostileCorpus(t)
	out, errs, code := claimcheck(t, "", "check", dir)
	if code != exitUsage {
		t.Fatalf("check: exit %d, want 2 (a skipped input)\n%s%s", code, out, errs)
	}
	if !strings.Contains(out, `evil\n::add-mask::x\n::error::x\x1b]0;pwned\x07\x1b[2J\u202e.txt`) {
		t.Errorf("summary does not name the document, escaped:\n%s", out)
	}
	if !strings.Contains(errs, `bin\r\n::error::b.txt`) || !strings.Contains(errs, `w\n::warning::w.txt`) {
		t.Errorf("stderr does not name the skipped file and the warned one, escaped:\n%s", errs)
	}
	checkLines(t, "check stdout", out, false, true)
	checkLines(t, "check stderr", errs, false, true)
	for _, f := range report.Formats {
		t.Run(f.Name, func(t *testing.T) {
			out, errs, _ := claimcheck(t, "", "check", "-f", f.Name, "-o", "-", dir)
			checkLines(t, "stdout", out, f.Name == "github", false)
			checkLines(t, "stderr", errs, false, true)
			out, errs, _ = claimcheck(t, "", "compare", "-f", f.Name, dir)
			checkLines(t, "compare stdout", out, f.Name == "github", f.Name == "text")
			checkLines(t, "compare stderr", errs, false, true)
		})
	}
	out, errs, _ = claimcheck(t, "", "extract", dir)
	checkLines(t, "extract stdout", out, false, false)
	checkLines(t, "extract stderr", errs, false, true)
}

// TestReviewListHostile lists a review file whose ids, reviewers and
// notes hold terminal escapes and workflow commands.
func TestReviewListHostile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.json")
	body := `{"version": 1, "reviews": [{"finding": "\n::error::id\u001b[2J", "decision": "accepted",
		"by": "ana\r\n::add-mask::by", "note": "known\n::error::note\u202e", "at": "2026-11-23T08:00:00Z"}]}`
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, action := range []string{"list", "history"} {
		out, errs, code := claimcheck(t, "", "review", action, "--reviewed", path)
		if code != 0 {
			t.Fatalf("review %s: exit %d: %s", action, code, errs)
		}
		if !strings.Contains(out, `\n::error::id\x1b[2J`) {
			t.Errorf("review %s does not show the id escaped:\n%s", action, out)
		}
		checkLines(t, "review "+action, out, false, true)
	}
}
