package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// writeFiles writes name → content under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestCheckWorkflow is the README's CI example: a curated corpus, a check
// that fails on a new unreviewed mismatch, a review that accepts it, a
// check that passes, and a stale review once the mismatch is gone.
func TestCheckWorkflow(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt": "The war in 2020 killed more than 6,500 people.\n",
		"b.txt": "Officials said the war in 2020 killed more than 6,500 people.\n",
	})
	out, errs, code := claimcheck(t, "", "check", dir)
	if code != 0 {
		t.Fatalf("agreeing corpus: exit %d, want 0\n%s%s", code, out, errs)
	}

	// A new source disagrees: the check fails and names the finding.
	writeFiles(t, dir, map[string]string{"c.txt": "The war in 2020 killed 3,000 people, the ministry said.\n"})
	out, _, code = claimcheck(t, "", "check", dir)
	if code != 1 {
		t.Fatalf("new mismatch: exit %d, want 1\n%s", code, out)
	}
	id := regexp.MustCompile(`number_mismatch .*\[([0-9a-f]{12})\]`).FindStringSubmatch(out)
	if id == nil {
		t.Fatalf("no number_mismatch id in:\n%s", out)
	}

	// The reviewer accepts it: the review file at the corpus root records it.
	reviewed := filepath.Join(dir, "claimcheck-reviewed.json")
	_, errs, code = claimcheck(t, "", "review", "accept", id[1], "--note", "the ministry counts soldiers only", "--by", "ana", dir)
	if code != 0 {
		t.Fatalf("review accept: exit %d: %s", code, errs)
	}
	out, _, code = claimcheck(t, "", "check", dir)
	if code != 0 || !strings.Contains(out, "1 reviewed, 0 not reviewed") {
		t.Fatalf("after review: exit %d, want 0\n%s", code, out)
	}
	out, _, _ = claimcheck(t, "", "review", "list", "--reviewed", reviewed)
	if !strings.Contains(out, id[1]) || !strings.Contains(out, "accepted") || !strings.Contains(out, "ana") {
		t.Errorf("review list does not show the decision:\n%s", out)
	}

	// Editing another sentence keeps the finding's id.
	writeFiles(t, dir, map[string]string{"b.txt": "A new first line.\n\nOfficials said the war in 2020 killed more than 6,500 people.\n"})
	if _, _, code = claimcheck(t, "", "check", dir); code != 0 {
		t.Errorf("an edit elsewhere changed the finding's id (exit %d)", code)
	}

	// The figure changes: the old review is stale and the new mismatch fails.
	writeFiles(t, dir, map[string]string{"c.txt": "The war in 2020 killed 2,000 people, the ministry said.\n"})
	out, _, code = claimcheck(t, "", "check", dir)
	if code != 1 || !strings.Contains(out, "stale reviews") || !strings.Contains(out, id[1]) {
		t.Errorf("changed figure: exit %d, want 1 with the stale review listed\n%s", code, out)
	}
}

func TestCheckFailOn(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt": "The war in 2020 killed more than 6,500 people.\n",
		"b.txt": "The war in 2020 killed 3,000 people.\n",
	})
	if _, _, code := claimcheck(t, "", "check", "--fail-on", "date_mismatch", dir); code != 0 {
		t.Errorf("--fail-on date_mismatch: exit %d, want 0 (the mismatch is of numbers)", code)
	}
	if _, errs, code := claimcheck(t, "", "check", "--fail-on", "bogus", dir); code != 2 || !strings.Contains(errs, "bogus") {
		t.Errorf("--fail-on bogus: exit %d, stderr %q", code, errs)
	}
}

func TestReviewErrors(t *testing.T) {
	f := filepath.Join(t.TempDir(), "r.json")
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"review"}, "say accept, dismiss, undo, list or history"},
		{[]string{"review", "approve", "0123456789ab", "--note", "x"}, `unknown action "approve"`},
		{[]string{"review", "accept", "0123456789ab"}, "--note is required"},
		{[]string{"review", "accept", "xyz", "--note", "x"}, "neither a finding id"},
		{[]string{"review", "accept", "0123456789ab", "--note", "x"}, "is not a finding of the built-in seeds"},
		{[]string{"review", "undo", "0123456789ab"}, "no decision to undo"},
		{[]string{"review", "dismiss", "--note", "x"}, "name the finding ids"},
	} {
		_, errs, code := claimcheck(t, "", append(tt.args, "--reviewed", f)...)
		if code != 2 || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d, stderr %q, want %q", tt.args, code, errs, tt.want)
		}
	}
	if err := os.WriteFile(f, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errs, code := claimcheck(t, "", "review", "list", "--reviewed", f); code != 2 || !strings.Contains(errs, "not a review file") {
		t.Errorf("bad review file: exit %d, stderr %q", code, errs)
	}
}

func TestReviewRecordsTime(t *testing.T) {
	f := filepath.Join(t.TempDir(), "r.json")
	var out, errb strings.Builder
	at := time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC)
	if code := runReview([]string{"dismiss", "0123456789ab", "--any-id", "--note", "misread", "--by", "bo", "--reviewed", f}, nil, &out, &errb, func() time.Time { return at }); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	b, _ := os.ReadFile(f)
	for _, want := range []string{`"decision": "dismissed"`, `"at": "2026-11-23T08:00:00Z"`, `"by": "bo"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("review file lacks %s:\n%s", want, b)
		}
	}
}

// TestClaimsFile checks that a claims file (the output of extract) is
// compared as the documents it came from are.
func TestClaimsFile(t *testing.T) {
	claimsOut, _, _ := claimcheck(t, "", "extract", "../../seeds")
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"seeds.claims.jsonl": claimsOut})
	fromDocs, _, _ := claimcheck(t, "", "--format", "json", "../../seeds")
	fromClaims, errs, code := claimcheck(t, "", "--format", "json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	findings := func(s string) string { return s[strings.Index(s, `"findings"`):] }
	if findings(fromDocs) != findings(fromClaims) {
		t.Errorf("findings from the claims file differ from the findings from the documents")
	}
	writeFiles(t, dir, map[string]string{"bad.claims.jsonl": "{\"doc\": \"x\"}\n"})
	_, errs, code = claimcheck(t, "", "--format", "json", dir)
	if code != 2 || !strings.Contains(errs, "bad.claims.jsonl:1: claim has no \"kind\"") {
		t.Errorf("bad claims file: exit %d, stderr %q", code, errs)
	}
}
