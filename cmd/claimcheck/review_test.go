package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// copySeeds copies the seed articles into a new folder and returns it.
func copySeeds(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	names, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(n)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// editFile replaces the first old in file with new.
func editFile(t *testing.T, file, old, new string) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s does not say %q", file, old)
	}
	if err := os.WriteFile(file, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

var checkedID = regexp.MustCompile(`(?m)^(\w+)  .*\[([0-9a-f]{12}(?:-\d+)?)\]$`)

// TestReviewsLast is the fact-checker's day on the seeds with one figure
// changed: every flagged finding reviewed, a copy of an article that
// repeats figures already there added, and the check still passes; a
// new figure makes a new finding to review.
func TestReviewsLast(t *testing.T) {
	dir := copySeeds(t)
	changed := filepath.Join(dir, "002_8217971c83910f01.txt")
	editFile(t, changed, "more than 6,500", "more than 9,500")
	out, _, code := claimcheck(t, "", "check", dir)
	if code != 1 || !strings.Contains(out, "number_mismatch") {
		t.Fatalf("changed figure: exit %d, want 1 with a number_mismatch\n%s", code, out)
	}
	var ids []string
	var mismatch string
	for _, m := range checkedID.FindAllStringSubmatch(out, -1) {
		ids = append(ids, m[2])
		if m[1] == "number_mismatch" {
			mismatch = m[2]
		}
	}
	args := append([]string{"review", "accept"}, ids...)
	if _, errs, code := claimcheck(t, "", append(args, "--note", "both figures are reported", "--by", "ana", dir)...); code != 0 {
		t.Fatalf("review accept: exit %d: %s", code, errs)
	}
	if out, _, code := claimcheck(t, "", "check", dir); code != 0 {
		t.Fatalf("after review: exit %d, want 0\n%s", code, out)
	}

	// A copy of an article repeats its figures: no new finding to review.
	b, _ := os.ReadFile(filepath.Join(dir, "004_532b4bf01f840d6e.txt"))
	writeFiles(t, dir, map[string]string{"005_copy.txt": string(b)})
	out, _, code = claimcheck(t, "", "check", dir)
	if code != 0 || !strings.Contains(out, "0 not reviewed") || strings.Contains(out, "stale") {
		t.Fatalf("after adding a copy: exit %d, want 0\n%s", code, out)
	}

	// The figure changes again: a new value, a new finding to review,
	// and the old review is stale.
	editFile(t, changed, "more than 9,500", "more than 12,500")
	out, _, code = claimcheck(t, "", "check", dir)
	if code != 1 || !strings.Contains(out, "stale reviews") || !strings.Contains(out, mismatch) {
		t.Fatalf("figure changed again: exit %d, want 1 with %s stale\n%s", code, mismatch, out)
	}
}

func TestReviewHistoryAndUndo(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt": "The war in 2020 killed 3,000 people.\n",
		"b.txt": "The war in 2020 killed 9,000 people.\n",
	})
	out, _, _ := claimcheck(t, "", "check", dir)
	m := checkedID.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no finding in:\n%s", out)
	}
	id := m[2]
	steps := []struct {
		args []string
		want string
	}{
		{[]string{"accept", id, "--note", "two counters", "--by", "ana"}, id + ": accepted"},
		{[]string{"dismiss", id, "--note", "a typo", "--by", "bo"}, "it was accepted by ana"},
		{[]string{"undo", id, "--by", "bo"}, "undone; accepted again (by ana"},
		{[]string{"list"}, id + "  accepted"},
		{[]string{"history", id}, "undone"},
		{[]string{"undo", id, "--by", "bo"}, "undone; not reviewed"},
		{[]string{"list"}, "no reviews"},
	}
	for _, s := range steps {
		out, errs, code := claimcheck(t, "", append(append([]string{"review"}, s.args...), dir)...)
		if code != 0 || !strings.Contains(out, s.want) {
			t.Fatalf("review %v: exit %d, want %q in\n%s%s", s.args, code, s.want, out, errs)
		}
	}
	out, _, _ = claimcheck(t, "", "review", "history", dir)
	if n := strings.Count(out, id); n != 4 {
		t.Errorf("history has %d entries, want 4:\n%s", n, out)
	}
	// The review file is the one at the corpus root, which check reads.
	if _, err := os.Stat(filepath.Join(dir, "claimcheck-reviewed.json")); err != nil {
		t.Errorf("no review file at the corpus root: %v", err)
	}
	// An id of no finding of this corpus is refused, unless told.
	if _, errs, code := claimcheck(t, "", "review", "accept", "0123456789ab", "--note", "x", dir); code != 2 || !strings.Contains(errs, "is not a finding of") {
		t.Errorf("unknown id: exit %d, stderr %q", code, errs)
	}
	if _, errs, code := claimcheck(t, "", "review", "accept", "0123456789ab", "--any-id", "--note", "x", dir); code != 0 {
		t.Errorf("unknown id with --any-id: exit %d, stderr %q", code, errs)
	}
}

func TestCheckBaseline(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt": "The war in 2020 killed 3,000 people.\n",
		"b.txt": "The war in 2020 killed 9,000 people.\n",
	})
	if _, errs, code := claimcheck(t, "", "check", "--new-only", dir); code != 2 || !strings.Contains(errs, "--write-baseline") {
		t.Errorf("--new-only with no baseline: exit %d, stderr %q", code, errs)
	}
	if out, _, code := claimcheck(t, "", "check", "--write-baseline", dir); code != 0 || !strings.Contains(out, "wrote 1 findings") {
		t.Fatalf("--write-baseline: exit %d\n%s", code, out)
	}
	if out, _, code := claimcheck(t, "", "check", "--new-only", dir); code != 0 || !strings.Contains(out, "1 in the baseline") {
		t.Errorf("--new-only on the baseline's corpus: exit %d, want 0\n%s", code, out)
	}
	if _, _, code := claimcheck(t, "", "check", dir); code != 1 {
		t.Errorf("without --new-only the old mismatch still fails: exit %d, want 1", code)
	}
	writeFiles(t, dir, map[string]string{"c.txt": "The flood in 2021 killed 40 people.\n", "d.txt": "The flood in 2021 killed 400 people.\n"})
	if out, _, code := claimcheck(t, "", "check", "--new-only", dir); code != 1 || !strings.Contains(out, "1 not reviewed") {
		t.Errorf("--new-only with a new mismatch: exit %d, want 1\n%s", code, out)
	}
}
