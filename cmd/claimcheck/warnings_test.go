package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// warnedCorpus writes a corpus whose every document has a problem in its
// metadata and returns its folder and the warnings each command must
// give, in input order. The documents agree, so check passes.
func warnedCorpus(t *testing.T) (string, []load.Warning) {
	t.Helper()
	const text = "The war in 2020 killed more than 6,500 people."
	dir := filepath.Join(t.TempDir(), "corpus")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, map[string]string{
		"a.md": "---\ntitle: Karabakh: the war of 2020\nsource: Wire\npublished: 2023-02-06 14:30:00 +03:00\n---\n" + text + "\n",
		"b.md": "---\r\ntitle: 'Six weeks': the toll\r\npublished: the day before yesterday\r\n---\r\n" + text + "\r\n",
		"c.md": "---\ntitle: a header never closed\n" + text + "\n",
		"d.jsonl": `{"id": "d1", "published": "Feb 6, 2023 3:45 PM", "text": "` + text + `"}` + "\n" +
			`{"id": "d2", "published": "Thursday next", "text": "` + text + `"}` + "\n",
		"e.html":   "<html><head>\n<meta property=\"article:published_time\" content=\"soon\">\n</head><body><p>" + text + "</p></body></html>",
		"good.txt": text + "\n",
	})
	p := func(name string) string { return filepath.Join(dir, name) }
	unreadable := func(date string) string {
		return `publication date "` + date + `" is in no known form: read the document without one (write it as 2023-02-06 or 2023-02-06T14:30:00Z)`
	}
	notYAML := "front matter is not valid YAML (mapping values are not allowed in this context): read it as key: value lines"
	return dir, []load.Warning{
		{Path: p("a.md"), Line: 2, Msg: notYAML},
		{Path: p("b.md"), Line: 2, Msg: notYAML},
		{Path: p("b.md"), Line: 3, Msg: unreadable("the day before yesterday")},
		{Path: p("c.md"), Line: 1, Msg: "front matter not closed (no --- line after it): read the whole file as the article, without metadata"},
		{Path: p("d.jsonl"), Line: 2, Msg: unreadable("Thursday next")},
		{Path: p("e.html"), Line: 2, Msg: unreadable("soon")},
	}
}

// stderrLines is what the command prints on stderr for the warnings.
func stderrLines(ws []load.Warning) string {
	var b strings.Builder
	for _, w := range ws {
		b.WriteString("claimcheck: warning: " + w.Path + ":" + strconv.Itoa(w.Line) + ": " + w.Msg + "\n")
	}
	return b.String()
}

// TestWarnings checks that every command reads the documents whose
// metadata is bad, prints one line on stderr for each warning, in input
// order, and exits as if there were none; and that the reports list the
// warnings.
func TestWarnings(t *testing.T) {
	dir, want := warnedCorpus(t)
	wantErr := stderrLines(want)
	docs := []string{"a.md", "b.md", "c.md", "d1", "d2", "e.html", "good.txt"}

	t.Run("json", func(t *testing.T) {
		out, errs, code := claimcheck(t, "", "--format", "json", dir)
		if code != 0 {
			t.Errorf("exit %d, want 0", code)
		}
		if diff := cmp.Diff(wantErr, errs); diff != "" {
			t.Errorf("stderr mismatch (-want +got):\n%s", diff)
		}
		validateReport(t, out)
		var r struct {
			Documents []struct {
				ID          string `json:"id"`
				Title       string `json:"title"`
				Published   string `json:"published"`
				PublishedAt string `json:"published_at"`
			} `json:"documents"`
			Warnings []load.Warning `json:"warnings"`
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, r.Warnings); diff != "" {
			t.Errorf("warnings mismatch (-want +got):\n%s", diff)
		}
		var ids []string
		at := map[string]string{}
		for _, d := range r.Documents {
			ids = append(ids, d.ID)
			at[d.ID] = d.PublishedAt
		}
		if diff := cmp.Diff(docs, ids); diff != "" {
			t.Errorf("documents mismatch (-want +got):\n%s", diff)
		}
		wantAt := map[string]string{"a.md": "2023-02-06T14:30:00+03:00", "b.md": "", "c.md": "", "d1": "2023-02-06T15:45:00Z", "d2": "", "e.html": "", "good.txt": ""}
		if diff := cmp.Diff(wantAt, at); diff != "" {
			t.Errorf("published_at mismatch (-want +got):\n%s", diff)
		}
		if r.Documents[0].Title != "Karabakh: the war of 2020" || r.Documents[1].Title != "'Six weeks': the toll" {
			t.Errorf("titles %q, %q", r.Documents[0].Title, r.Documents[1].Title)
		}
	})

	t.Run("text", func(t *testing.T) {
		out, errs, code := claimcheck(t, "", dir)
		if code != 0 || errs != wantErr {
			t.Errorf("exit %d, stderr:\n%s", code, errs)
		}
		if first, _, _ := strings.Cut(out, "\n"); !strings.HasSuffix(first, ", 6 warnings") {
			t.Errorf("header line %q does not count the warnings", first)
		}
		section := "\n== warnings (6)\n"
		for _, w := range want {
			section += "  " + w.String() + "\n"
		}
		if !strings.HasSuffix(out, section) {
			t.Errorf("the report does not end with the warnings:\n%s", out)
		}
	})

	t.Run("extract", func(t *testing.T) {
		out, errs, code := claimcheck(t, "", "extract", dir)
		if code != 0 {
			t.Errorf("exit %d, want 0", code)
		}
		if diff := cmp.Diff(wantErr, errs); diff != "" {
			t.Errorf("stderr mismatch (-want +got):\n%s", diff)
		}
		for _, id := range docs {
			if !strings.Contains(out, `"doc":"`+id+`"`) {
				t.Errorf("no claim of %s:\n%s", id, out)
			}
		}
		// The claims of a document with a time of day give its date.
		if !strings.Contains(out, `"doc":"a.md","published":"2023-02-06"`) {
			t.Errorf("the claim of a.md lacks its publication date:\n%s", out)
		}
	})

	t.Run("check", func(t *testing.T) {
		report := filepath.Join(t.TempDir(), "report.json")
		_, errs, code := claimcheck(t, "", "check", "-o", report, dir)
		if code != 0 || errs != wantErr {
			t.Errorf("exit %d, want 0; stderr:\n%s", code, errs)
		}
		b, err := os.ReadFile(report)
		if err != nil {
			t.Fatal(err)
		}
		validateReport(t, string(b))
		if !strings.Contains(string(b), "\n\"warnings\": [\n") {
			t.Errorf("check --output report lacks the warnings")
		}
	})

	t.Run("stdin", func(t *testing.T) {
		_, errs, code := claimcheck(t, "---\ntitle: From: stdin\n---\nThe war in 2020 killed 6,500 people.\n", "extract", "-")
		want := "claimcheck: warning: -:2: front matter is not valid YAML (mapping values are not allowed in this context): read it as key: value lines\n"
		if code != 0 || errs != want {
			t.Errorf("exit %d, stderr %q; want 0, %q", code, errs, want)
		}
	})

	t.Run("skipped and warned", func(t *testing.T) {
		writeFiles(t, dir, map[string]string{"empty.txt": ""})
		defer os.Remove(filepath.Join(dir, "empty.txt"))
		_, errs, code := claimcheck(t, "", "--format", "json", dir)
		wantErr := "claimcheck: " + filepath.Join(dir, "empty.txt") + ": empty file: no text to read\n" + stderrLines(want)
		if code != 2 || errs != wantErr {
			t.Errorf("exit %d (want 2, for the skipped file), stderr:\n%s", code, errs)
		}
	})
}

// validateReport validates a JSON report against schema/report.schema.json.
func validateReport(t *testing.T, report string) {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "schema", "report.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("report.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("report.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(report)))
	if err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Errorf("the JSON report does not match schema/report.schema.json: %v", err)
	}
}
