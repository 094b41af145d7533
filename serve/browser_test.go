package serve

import (
	"context"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
	"github.com/claimcheck/claimcheck/seeds"
)

// chromium finds Debian's chromium. The test skips without it, unless
// CLAIMCHECK_BROWSER=required, when it fails.
func chromium(t *testing.T) string {
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CLAIMCHECK_BROWSER") == "required" {
		t.Fatal("chromium is not installed (apt-get install chromium) and CLAIMCHECK_BROWSER=required")
	}
	t.Skip("chromium is not installed (apt-get install chromium); set CLAIMCHECK_BROWSER=required to fail instead")
	return ""
}

// seedCorpus copies the seed articles to a new folder with one figure
// changed, so that two sources disagree, and the outlets of two of them
// in front matter.
func seedCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	edits := map[string][2]string{
		"002_8217971c83910f01.txt": {"", "---\nsource: Norport Herald\nurl: https://herald.example/talks\n---\n"},
		"004_532b4bf01f840d6e.txt": {"which killed more than 6,500 people", "---\nsource: Norland Courier\nurl: https://courier.example/talks\n---\n"},
	}
	err := fs.WalkDir(seeds.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(seeds.FS, p)
		if err != nil {
			return err
		}
		text := string(b)
		if e, ok := edits[p]; ok {
			if e[0] != "" {
				if !strings.Contains(text, e[0]) {
					t.Fatalf("%s no longer says %q: change the test's edit", p, e[0])
				}
				text = strings.Replace(text, e[0], "which killed 3,000 people", 1)
			}
			text = e[1] + text
		}
		return os.WriteFile(filepath.Join(dir, p), []byte(text), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// corpusReport reads the corpus under dir as claimcheck serve does: its
// report, and its documents for their text.
func corpusReport(t *testing.T, dir string) (*report.Report, []*load.Document) {
	t.Helper()
	ex, err := claims.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	l := &load.Loader{}
	c := ex.ExtractCorpus(l, []string{dir}, 0)
	var docs []*load.Document
	if err := l.Walk([]string{dir}, func(d *load.Document) error { docs = append(docs, d); return nil }, func(load.Skipped) error { return nil }); err != nil {
		t.Fatal(err)
	}
	return report.New(c.Documents, c.Skipped, compare.Compare(c.Claims)), docs
}

// TestBrowser drives the review desk in headless Chromium as a
// fact-checker would: filter the list, search it, open the number
// mismatch, accept it with a note from the keyboard, reload, and find
// the decision in the review file on disk. On failure it writes a
// screenshot; with CLAIMCHECK_SCREENSHOTS=DIR it writes screenshots of
// the list and the finding page into DIR.
func TestBrowser(t *testing.T) {
	exe := chromium(t)
	if testing.Short() {
		t.Skip("a browser test: not in -short mode")
	}
	dir := seedCorpus(t)
	r, docs := corpusReport(t, dir)
	var mismatch *compare.Finding
	for i := range r.Findings {
		if r.Findings[i].Verdict == compare.NumberMismatch {
			mismatch = &r.Findings[i]
		}
	}
	if mismatch == nil {
		t.Fatal("the edited seeds make no number_mismatch")
	}
	d := newDesk(t, Config{Report: r, Documents: docs, ReviewFile: filepath.Join(dir, report.DefaultReviewFile), By: "ana", Now: time.Now})

	shots := os.Getenv("CLAIMCHECK_SCREENSHOTS")
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	bctx, cancel := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	defer cancel()
	// The browser lives as long as the context of its first run: start
	// it on bctx, not on a step's.
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}

	// step runs f within a time limit; on failure it keeps a screenshot
	// of the page.
	step := func(name string, f func(ctx context.Context) error) {
		t.Helper()
		ctx, cancel := context.WithTimeout(bctx, 30*time.Second)
		defer cancel()
		if err := f(ctx); err != nil {
			sctx, scancel := context.WithTimeout(bctx, 10*time.Second)
			defer scancel()
			if png, serr := chromedp.Run(sctx, chromedp.FullScreenshot(100)); serr == nil {
				out := failureShot(t, shots, name)
				if os.WriteFile(out, png, 0o644) == nil {
					t.Logf("screenshot of the failure: %s", out)
				}
			}
			t.Fatalf("%s: %v", name, err)
		}
	}
	// shoot writes a screenshot of the page to name in the folder of
	// CLAIMCHECK_SCREENSHOTS, when set.
	shoot := func(ctx context.Context, name string) error {
		if shots == "" {
			return nil
		}
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(shots, name), png, 0o644)
	}
	css := func(sel string) chromedp.CSS { return chromedp.CSS(sel) }
	rowCount := func(ctx context.Context) (int, error) {
		return chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#findings tr.row").length`))
	}

	step("open the list and move down", func(ctx context.Context) error {
		err := chromedp.Do(ctx,
			chromedp.Navigate(d.ts.URL+"/"),
			chromedp.WaitVisible(css("#findings tr.row.selected")),
			chromedp.KeyEvent("j"),
		)
		if err != nil {
			return err
		}
		sel, err := chromedp.Run(ctx, chromedp.AttributeValue(css("#findings tr.row.selected"), "data-id"))
		if err != nil {
			return err
		}
		if sel.Value != r.Findings[1].ID {
			t.Errorf("j selected %s, want the second finding %s", sel.Value, r.Findings[1].ID)
		}
		return shoot(ctx, "list.png")
	})

	step("filter by verdict and outlet", func(ctx context.Context) error {
		err := chromedp.Do(ctx,
			chromedp.SetValue(css(`select[name="verdict"]`), "flagged"),
			chromedp.SetValue(css(`select[name="source"]`), "Norland Courier"),
			chromedp.Click(css(`#filters button[type="submit"]`)),
			chromedp.WaitReady(css(`select[name="source"] option[selected]`)),
		)
		if err != nil {
			return err
		}
		url, err := chromedp.Run(ctx, chromedp.Location())
		if err != nil {
			return err
		}
		if !strings.Contains(url, "verdict=flagged") || !strings.Contains(url, "source=Norland+Courier") {
			t.Errorf("the filters are not in the URL: %s", url)
		}
		n, err := rowCount(ctx)
		if n < 2 {
			t.Errorf("%d findings flagged in the Norland Courier, want the mismatch and the framing", n)
		}
		return err
	})

	step("search from the keyboard", func(ctx context.Context) error {
		err := chromedp.Do(ctx,
			chromedp.KeyEvent("/"),
			chromedp.WaitReady(css("#q:focus")),
			chromedp.KeyEvent("deaths 3,000"),
			chromedp.KeyEvent(kb.Enter),
			chromedp.WaitReady(css(`#q[value="deaths 3,000"]`)),
			chromedp.WaitVisible(css("#findings tr.row.selected")),
		)
		if err != nil {
			return err
		}
		url, err := chromedp.Run(ctx, chromedp.Location())
		if err != nil {
			return err
		}
		n, err := rowCount(ctx)
		if err != nil {
			return err
		}
		text, err := chromedp.Run(ctx, chromedp.Text(css("#findings tr.row.selected")))
		if err != nil {
			return err
		}
		if n != 1 || !strings.Contains(text, mismatch.Fact) || !strings.Contains(url, "q=deaths+3%2C000") || strings.Contains(url, "kind=") || !strings.Contains(url, "source=Norland+Courier") {
			t.Errorf("the search gave %d rows, the first %q, at %s; want the mismatch alone, the filters kept", n, text, url)
		}
		return nil
	})

	step("open the finding", func(ctx context.Context) error {
		if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter), chromedp.WaitVisible(css("#decide"))); err != nil {
			return err
		}
		text, err := chromedp.Run(ctx, chromedp.Text(css("#finding")))
		if err != nil {
			return err
		}
		for _, w := range []string{"Norland Courier", "Norport Herald", "3,000 people", "more than 6,500", "NumberMismatch", "https://courier.example/talks", "Not reviewed yet."} {
			if !strings.Contains(text, w) {
				t.Errorf("the finding page does not show %q", w)
			}
		}
		return shoot(ctx, "finding.png")
	})

	const note = "the ministry counts soldiers only"
	step("accept with a note from the keyboard", func(ctx context.Context) error {
		return chromedp.Do(ctx,
			chromedp.KeyEvent("a"),
			chromedp.WaitReady(css("#note:focus")),
			chromedp.KeyEvent(note),
			chromedp.KeyEvent(kb.Enter),
			chromedp.WaitVisible(css(".history table")),
		)
	})

	step("reload", func(ctx context.Context) error {
		if err := chromedp.Do(ctx, chromedp.Reload(), chromedp.WaitVisible(css(".history table"))); err != nil {
			return err
		}
		text, err := chromedp.Run(ctx, chromedp.Text(css("#decide .current")))
		if err != nil {
			return err
		}
		if !strings.Contains(text, "accepted by ana") || !strings.Contains(text, note) {
			t.Errorf("after a reload the page says %q, want the decision", text)
		}
		return shoot(ctx, "finding-decided.png")
	})

	rf, err := report.LoadReviews(filepath.Join(dir, report.DefaultReviewFile))
	if err != nil {
		t.Fatal(err)
	}
	rv, ok := rf.Lookup(mismatch.ID)
	if !ok || rv.Decision != report.Accepted || rv.Note != note || rv.By != "ana" {
		t.Errorf("the review file holds %+v (ok %v), want the acceptance", rv, ok)
	}

	status := css("#findings tr.row.selected td.status")
	step("dismiss and undo on the list", func(ctx context.Context) error {
		err := chromedp.Do(ctx,
			chromedp.KeyEvent(kb.Escape),
			chromedp.WaitVisible(css("#findings tr.row.selected")),
			chromedp.KeyEvent("d"),
			chromedp.WaitReady(css("#row-note:focus")),
			chromedp.KeyEvent("one side counts soldiers"),
			chromedp.KeyEvent(kb.Enter),
			chromedp.WaitNotPresent(css("tr.note-row")),
		)
		if err != nil {
			return err
		}
		text, err := chromedp.Run(ctx, chromedp.Text(status))
		if err != nil {
			return err
		}
		if !strings.Contains(text, "dismissed") {
			t.Errorf("after d the row says %q, want dismissed", text)
		}
		if err := chromedp.Do(ctx, chromedp.KeyEvent("u"), chromedp.Poll[chromedp.Void]("/accepted/.test(document.querySelector('#findings tr.row.selected td.status').textContent)")); err != nil {
			return err
		}
		return shoot(ctx, "list-after-undo.png")
	})
	rf, err = report.LoadReviews(filepath.Join(dir, report.DefaultReviewFile))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range rf.HistoryOf(mismatch.ID) {
		got = append(got, string(h.Decision)+" "+h.Note)
	}
	want := []string{"accepted " + note, "dismissed one side counts soldiers", "undone "}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("history %q, want %q", got, want)
	}

	// The decision made in the browser lasts: a copy of an article that
	// repeats its figures keeps the mismatch reviewed; a new figure makes
	// a new mismatch to review.
	mismatches := func() []compare.Finding {
		r, _ := corpusReport(t, dir)
		rf, err := report.LoadReviews(filepath.Join(dir, report.DefaultReviewFile))
		if err != nil {
			t.Fatal(err)
		}
		return report.NewTriage(r.Findings, rf, func(v compare.Verdict) bool { return v == compare.NumberMismatch }).Unreviewed
	}
	src := filepath.Join(dir, "004_532b4bf01f840d6e.txt")
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "005_copy.txt"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	if left := mismatches(); len(left) != 0 {
		t.Errorf("after adding a copy of an article, %d number mismatches are unreviewed, want 0: %s", len(left), left[0].Summary)
	}
	if err := os.WriteFile(src, []byte(strings.Replace(string(b), "which killed 3,000 people", "which killed 2,000 people", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if left := mismatches(); len(left) == 0 {
		t.Errorf("after a new figure, no number mismatch is unreviewed, want the new one")
	}
}

// failureShot is the file a failure's screenshot goes to: in dir when
// set, else a new file in the system's temporary folder, kept for
// reading after the test.
func failureShot(t *testing.T, dir, name string) string {
	name = "failure-" + strings.ReplaceAll(name, " ", "-") + ".png"
	if dir != "" {
		return filepath.Join(dir, name)
	}
	f, err := os.CreateTemp("", "claimcheck-browser-*-"+name)
	if err != nil {
		return filepath.Join(t.TempDir(), name)
	}
	f.Close()
	return f.Name()
}
