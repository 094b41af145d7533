package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"golang.org/x/net/html"
)

func renderHTML(t *testing.T, r *Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := (HTML{}).Render(&buf, r, Options{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestHTMLGolden(t *testing.T) {
	golden(t, "report.seeds.html", renderHTML(t, loadSeeds(t)))
}

func TestHTMLDeterministic(t *testing.T) {
	r := loadSeeds(t)
	if a, b := renderHTML(t, r), renderHTML(t, r); !bytes.Equal(a, b) {
		t.Error("two renderings of one report differ")
	}
}

// htmlFacts is what TestHTMLStructure checks in a parsed page.
type htmlFacts struct {
	ids      map[string]bool
	findings int      // elements whose id starts with "finding-"
	hrefs    []string // every href
	links    []string // links to documents: <a href="http(s)://..." rel="noopener noreferrer">
	external []string // attributes that would load anything, or link outside the page otherwise
	del, ins int      // <del> and <ins> inside .diff, framing class counted below
	framing  int      // <del> or <ins> with class "framing"
}

func parseHTML(t *testing.T, page []byte) *htmlFacts {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	hf := &htmlFacts{ids: map[string]bool{}}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				switch a.Key {
				case "id":
					if hf.ids[a.Val] {
						t.Errorf("duplicate id %q", a.Val)
					}
					hf.ids[a.Val] = true
					if strings.HasPrefix(a.Val, "finding-") {
						hf.findings++
					}
				case "href":
					hf.hrefs = append(hf.hrefs, a.Val)
					switch {
					case strings.HasPrefix(a.Val, "#"):
					case n.Data == "a" && webURL(a.Val) == a.Val && relOf(n) == "noopener noreferrer":
						hf.links = append(hf.links, a.Val)
					default:
						hf.external = append(hf.external, "<"+n.Data+" href="+a.Val+" rel="+relOf(n)+">")
					}
				case "src", "srcset", "action", "formaction", "poster", "data":
					hf.external = append(hf.external, "<"+n.Data+" "+a.Key+"="+a.Val+">")
				case "style":
					if strings.Contains(a.Val, "url(") {
						hf.external = append(hf.external, "<"+n.Data+" style="+a.Val+">")
					}
				}
			}
			switch n.Data {
			case "link", "script", "iframe", "img", "object", "embed":
				hf.external = append(hf.external, "<"+n.Data+">")
			case "del", "ins":
				if n.Data == "del" {
					hf.del++
				} else {
					hf.ins++
				}
				for _, a := range n.Attr {
					if a.Key == "class" && strings.Contains(" "+a.Val+" ", " framing ") {
						hf.framing++
					}
				}
			case "style":
				if css := textOf(n); strings.Contains(css, "url(") || strings.Contains(css, "@import") {
					hf.external = append(hf.external, "<style> with url( or @import")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return hf
}

// relOf returns the rel attribute of n.
func relOf(n *html.Node) string {
	for _, a := range n.Attr {
		if a.Key == "rel" {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

func TestHTMLStructure(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    *Report
	}{
		{"seeds", loadSeeds(t)},
		{"perturb", loadPerturb(t)},
		{"sample", sample()},
		{"norland", norlandReport(t)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.r
			hf := parseHTML(t, renderHTML(t, r))
			if hf.findings != len(r.Findings) {
				t.Errorf("%d elements with id finding-*, want %d (one per finding)", hf.findings, len(r.Findings))
			}
			for _, f := range r.Findings {
				if !hf.ids["finding-"+f.ID] {
					t.Errorf("finding %s has no element id=finding-%s", f.ID, f.ID)
				}
				for i := range f.Claims {
					if id := claimAnchor(&f, i); !hf.ids[id] {
						t.Errorf("claim %d of finding %s has no anchor %s", i, f.ID, id)
					}
				}
			}
			for _, h := range hf.hrefs {
				if strings.HasPrefix(h, "#") && !hf.ids[h[1:]] {
					t.Errorf("link %s points to no id", h)
				}
			}
			if len(hf.external) > 0 {
				t.Errorf("the page loads or links outside itself: %v", hf.external)
			}
			// A link beside every quote of a document with a URL, and one
			// in the documents section.
			withURL := map[string]bool{}
			links := 0
			for _, d := range r.Documents {
				if webURL(d.URL) != "" {
					withURL[d.ID] = true
					links++
				}
			}
			for _, f := range r.Findings {
				for _, c := range f.Claims {
					if withURL[c.Doc] {
						links++
					}
				}
			}
			if len(hf.links) != links || (tc.name == "norland" && links == 0) {
				t.Errorf("%d links to documents, want %d: %v", len(hf.links), links, hf.links)
			}
			framing := 0
			for _, f := range r.Findings {
				if f.Verdict == compare.FramingDiffers && f.Diff != nil {
					framing++
				}
			}
			if framing > 0 && (hf.del <= 1 || hf.ins <= 1 || hf.framing <= 1) {
				// The legend holds one of each; a diff adds more.
				t.Errorf("%d framing_differs findings with a diff but %d <del>, %d <ins>, %d of class framing", framing, hf.del, hf.ins, hf.framing)
			}
			for _, id := range []string{"summary", "documents"} {
				if !hf.ids[id] {
					t.Errorf("no section id=%s", id)
				}
			}
		})
	}
}

// TestHTMLEscapes checks that text from the articles cannot inject markup.
func TestHTMLEscapes(t *testing.T) {
	r := sample()
	r.Findings[0].Claims[0].Text = `The war <script>alert(1)</script> killed "x" & <img src=http://e/x.png>.`
	r.Findings[0].Claims[0].Quote = "killed"
	r.Findings[0].Fact = "<b>fact</b>"
	page := string(renderHTML(t, r))
	for _, bad := range []string{"<script>", "<img", "<b>fact</b>"} {
		if strings.Contains(page, bad) {
			t.Errorf("page holds unescaped %q", bad)
		}
	}
	if !strings.Contains(page, "&lt;script&gt;") {
		t.Error("escaped text missing from the page")
	}
	// The skipped input, the warnings and a reviewed, dismissed finding
	// are shown.
	r.Reviews = map[string]Review{r.Findings[0].ID: {Finding: r.Findings[0].ID, Decision: Dismissed}}
	page = string(renderHTML(t, r))
	for _, want := range []string{`id="skipped"`, "bad.bin: binary file: not a text article", `class="review dismissed"`,
		`href="#warnings"`, `id="warnings"`, "<li>a.txt:2: front matter is not valid YAML"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

// TestHTMLCitations checks the outlet, date and link beside a quote, and
// that a URL of another scheme, or metadata with markup, is shown as
// text and never as a link or markup.
func TestHTMLCitations(t *testing.T) {
	for _, tc := range []struct {
		name string
		doc  claims.DocInfo
		want string // in the .where of the first claim
	}{
		{"all", claims.DocInfo{Source: "Norland Post", URL: "https://post.example/a?x=1&y=2", Title: "Ten years on", Published: "2024-03-02"},
			` · line 3 · <a class="outlet" href="https://post.example/a?x=1&amp;y=2" rel="noopener noreferrer" title="Ten years on">Norland Post</a> · <span class="published">2024-03-02</span></div>`},
		{"no outlet", claims.DocInfo{URL: "https://www.post.example/a/"},
			` · line 3 · <a class="outlet" href="https://www.post.example/a/" rel="noopener noreferrer">post.example/a</a></div>`},
		{"not a web URL", claims.DocInfo{Source: "<b>Post</b>", URL: "javascript:alert(1)"},
			` · line 3 · <span class="outlet">&lt;b&gt;Post&lt;/b&gt;</span></div>`},
		{"nothing", claims.DocInfo{}, ` · line 3</div>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := sample()
			tc.doc.ID = "a.txt"
			r.Documents[0] = tc.doc
			page := string(renderHTML(t, r))
			if !strings.Contains(page, tc.want) {
				t.Errorf("page lacks %q:\n%s", tc.want, page)
			}
			if strings.Contains(page, "javascript:") && !strings.Contains(page, "· javascript:alert(1)</p>") {
				t.Errorf("a javascript: URL is more than text in the page:\n%s", page)
			}
			hf := parseHTML(t, []byte(page))
			if len(hf.external) > 0 {
				t.Errorf("the page loads or links outside itself: %v", hf.external)
			}
		})
	}
}

// chromium returns the path of a Chromium or Chrome binary, or skips.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("chromium not installed; .ci/run installs Debian's chromium")
	return ""
}

// TestHTMLInChromium opens the seeds report in headless Chromium, checks
// the DOM it builds and takes a screenshot.
func TestHTMLInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	bin := chromium(t)
	r := loadSeeds(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	if err := os.WriteFile(page, renderHTML(t, r), 0o644); err != nil {
		t.Fatal(err)
	}
	browse := func(args ...string) []byte {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		defer cancel()
		base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--user-data-dir=" + filepath.Join(dir, "profile")}
		cmd := exec.CommandContext(ctx, bin, append(append(base, args...), "file://"+page)...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%s: %v\n%s", bin, err, stderr.String())
		}
		return out
	}

	dom := browse("--dump-dom")
	hf := parseHTML(t, dom)
	if hf.findings != len(r.Findings) {
		t.Errorf("the browser's DOM has %d findings, want %d", hf.findings, len(r.Findings))
	}
	for _, f := range r.Findings {
		if !hf.ids["finding-"+f.ID] {
			t.Errorf("the browser's DOM lacks finding-%s", f.ID)
		}
		if f.Verdict == compare.FramingDiffers && f.Diff != nil && hf.framing < 2 {
			t.Errorf("the browser's DOM lacks the diff marks of %s", f.ID)
		}
	}
	s := string(dom)
	for _, want := range []string{`<table class="by-verdict">`, `<table class="by-kind">`, `class="framing"`, "<del", "<ins"} {
		if !strings.Contains(s, want) {
			t.Errorf("the browser's DOM lacks %s", want)
		}
	}

	png := filepath.Join(dir, "report.png")
	browse("--screenshot="+png, "--window-size=1280,2000", "--hide-scrollbars")
	b, err := os.ReadFile(png)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	if len(b) < 1000 || !bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")) {
		t.Errorf("screenshot is not a PNG image (%d bytes)", len(b))
	}
	if dst := os.Getenv("CLAIMCHECK_SCREENSHOT"); dst != "" {
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			t.Error(err)
		}
	}
}

// TestHTMLOverlappingQuotes checks that quotes that overlap in one
// sentence (or that the offsets do not place) still each get an anchor.
func TestHTMLOverlappingQuotes(t *testing.T) {
	r := sample()
	text := "The war of 2020 killed 6,500 people."
	mk := func(quote string, qs int) claims.Claim {
		c := r.Findings[0].Claims[0]
		c.Start, c.End, c.Text = 100, 100+len(text), text
		c.Quote, c.QuoteStart, c.QuoteEnd = quote, 100+qs, 100+qs+len(quote)
		return c
	}
	r.Findings = []compare.Finding{
		{ID: "f1", Verdict: compare.NumberMismatch, Fact: "one", Claims: []claims.Claim{mk("killed 6,500 people", 16), mk("6,500", 23)}},
		{ID: "f2", Verdict: compare.SingleSource, Fact: "two", Claims: []claims.Claim{mk("war of 2020 killed", 4)}},
		{ID: "f3", Verdict: compare.SingleSource, Fact: "three", Claims: []claims.Claim{mk("not in the text", 0)}},
	}
	page := renderHTML(t, r)
	hf := parseHTML(t, page)
	for _, id := range []string{"claim-f1-0", "claim-f1-1", "claim-f2-0", "claim-f3-0", "finding-f1", "finding-f2", "finding-f3"} {
		if !hf.ids[id] {
			t.Errorf("no anchor %s", id)
		}
	}
	for _, h := range hf.hrefs {
		if !hf.ids[strings.TrimPrefix(h, "#")] {
			t.Errorf("link %s points to no id", h)
		}
	}
	if !strings.Contains(string(page), "war of 2020 killed 6,500 people</mark>") {
		t.Errorf("overlapping quotes are not marked as one run:\n%s", page)
	}
}
