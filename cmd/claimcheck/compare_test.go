package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/report"
	"github.com/google/go-cmp/cmp"
)

// compareCorpus writes two fictional articles that disagree on a toll,
// the first with front matter, and returns their folder and the id of
// their number_mismatch finding.
func compareCorpus(t *testing.T) (dir, id string) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), "corpus")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"a.txt": "---\ntitle: Ten years on\nsource: Norland Post\nurl: https://post.example/ten-years-on\npublished: 2024-03-02\n---\n" +
			"The war in 2014 killed 9,000 people in Norland.\n",
		"b.txt": "The war in 2014 killed 3,000 people in Norland.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errs, code := claimcheck(t, "", "compare", "-f", "json", dir)
	if code != 0 {
		t.Fatalf("compare: exit %d: %s", code, errs)
	}
	var r struct {
		Findings []struct{ ID, Verdict string }
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Findings {
		if f.Verdict == "number_mismatch" {
			return dir, f.ID
		}
	}
	t.Fatalf("no number_mismatch in %s", out)
	return "", ""
}

// writeReviews writes a review file of one decision on id.
func writeReviews(t *testing.T, path, id string, d report.Decision) {
	t.Helper()
	b, err := json.Marshal(report.ReviewFile{Version: 1, Reviews: []report.Review{
		{Finding: id, Decision: d, By: "ines", At: "2026-11-24T10:15:00Z", Note: "checked with the ministry"}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// claimReviewAuthor is what TestCompareReviewed reads of a ClaimReview:
// its url and its author.
type claimReviewAuthor struct {
	URL    string  `json:"url"`
	Author crThing `json:"author"`
}

// crThing is a ClaimReview's author, an Organization or a Person.
type crThing struct {
	Type string `json:"@type"`
	Name string `json:"name"`
	URL  string `json:"url"`
}

func TestCompareReviewed(t *testing.T) {
	dir, id := compareCorpus(t)
	elsewhere := filepath.Join(t.TempDir(), "decisions.json")
	writeReviews(t, elsewhere, id, report.Dismissed)

	for _, tc := range []struct {
		name    string
		atRoot  report.Decision // a review file at the corpus root, when set
		args    []string
		text    string // in the text report; "" for no review line
		authors []claimReviewAuthor
	}{
		{name: "no review file", authors: []claimReviewAuthor{}},
		{name: "default file at the corpus root", atRoot: report.Accepted,
			text:    "  reviewed: accepted by ines on 2026-11-24: checked with the ministry\n",
			authors: []claimReviewAuthor{{URL: "https://post.example/ten-years-on", Author: crThing{"Person", "ines", ""}}}},
		{name: "--reviewed wins over the default", atRoot: report.Accepted, args: []string{"--reviewed", elsewhere},
			text: "  reviewed: dismissed by ines on 2026-11-24: checked with the ministry\n", authors: []claimReviewAuthor{}},
		{name: "publisher flags", atRoot: report.Accepted,
			args: []string{"--author", "Norland Fact Desk", "--author-url", "https://factcheck.example/", "--page-url", "https://factcheck.example/war-toll"},
			text: "  reviewed: accepted by ines",
			authors: []claimReviewAuthor{{URL: "https://factcheck.example/war-toll",
				Author: crThing{"Organization", "Norland Fact Desk", "https://factcheck.example/"}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := filepath.Join(dir, report.DefaultReviewFile)
			os.Remove(root)
			if tc.atRoot != "" {
				writeReviews(t, root, id, tc.atRoot)
				defer os.Remove(root)
			}
			text, errs, code := claimcheck(t, "", append(append([]string{"compare", "--color", "never"}, tc.args...), dir)...)
			if code != 0 {
				t.Fatalf("text: exit %d: %s", code, errs)
			}
			if tc.text == "" && strings.Contains(text, "reviewed") {
				t.Errorf("the text report shows a review:\n%s", text)
			}
			if tc.text != "" && !strings.Contains(text, tc.text) {
				t.Errorf("the text report lacks %q:\n%s", tc.text, text)
			}
			if !strings.Contains(text, "«9,000 people»  Norland Post (post.example/ten-years-on), 2024-03-02\n") {
				t.Errorf("the text report lacks the outlet beside a.txt's quote:\n%s", text)
			}
			out, errs, code := claimcheck(t, "", append(append([]string{"compare", "-f", "claimreview"}, tc.args...), dir)...)
			if code != 0 {
				t.Fatalf("claimreview: exit %d: %s", code, errs)
			}
			var got []claimReviewAuthor
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("claimreview: %v\n%s", err, out)
			}
			if diff := cmp.Diff(tc.authors, got); diff != "" {
				t.Errorf("ClaimReviews mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCompareReviewedErrors(t *testing.T) {
	dir, _ := compareCorpus(t)
	broken := filepath.Join(t.TempDir(), "broken.json")
	if err := os.WriteFile(broken, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"broken review file", []string{"--reviewed", broken}, "not a review file"},
		{"page url not a web url", []string{"--page-url", "ftp://factcheck.example/x"}, "--page-url"},
		{"relative author url", []string{"--author", "Desk", "--author-url", "factcheck.example"}, "--author-url"},
		{"author url without author", []string{"--author-url", "https://factcheck.example/"}, "needs --author"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errs, code := claimcheck(t, "", append(append([]string{"compare", "-f", "claimreview"}, tc.args...), dir)...)
			if code != exitUsage || !strings.Contains(errs, tc.want) {
				t.Errorf("exit %d, stderr %q: want %d and %q", code, errs, exitUsage, tc.want)
			}
		})
	}
}

// TestClaimReviewWithoutURL: an accepted finding whose documents give
// no URL makes a ClaimReview without url, and the command says how to
// give one.
func TestClaimReviewWithoutURL(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt": "The war in 2014 killed 9,000 people in Norland.\n",
		"b.txt": "The war in 2014 killed 3,000 people in Norland.\n",
	})
	out, _, _ := claimcheck(t, "", "check", dir)
	m := checkedID.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no finding in:\n%s", out)
	}
	if _, errs, code := claimcheck(t, "", "review", "accept", m[2], "--note", "two counts", dir); code != 0 {
		t.Fatalf("review: exit %d: %s", code, errs)
	}
	if _, errs, _ := claimcheck(t, "", "compare", "-f", "claimreview", dir); !strings.Contains(errs, "1 ClaimReview(s) have no url") {
		t.Errorf("no warning about the missing url: %q", errs)
	}
	out, errs, _ := claimcheck(t, "", "compare", "-f", "claimreview", "--page-url", "https://checks.example/norland", dir)
	if errs != "" || !strings.Contains(out, `"url": "https://checks.example/norland"`) {
		t.Errorf("--page-url: stderr %q, output lacks the url:\n%s", errs, out)
	}
}
