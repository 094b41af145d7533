package load

import (
	"strings"
	"testing"
)

// htmlText returns the visible text of the HTML file data, or "" when it
// has none.
func htmlText(t *testing.T, data string) string {
	t.Helper()
	docs, skips := ReadFile("a.html", "a.html", []byte(data))
	if len(docs) == 0 {
		if len(skips) != 1 || skips[0].Err != "no visible text in the HTML file" {
			t.Fatalf("skipped %v", skips)
		}
		return ""
	}
	return docs[0].Text
}

// TestHTMLHidden checks that the text of hidden elements is not read: by
// element, by the hidden and aria-hidden attributes and by inline
// style, at any depth of nesting.
func TestHTMLHidden(t *testing.T) {
	r := strings.Repeat
	tests := []struct {
		name, html, want string
	}{
		{"hidden attribute", "<div hidden><div>in</div>still hidden</div><p>Body.</p>", "Body."},
		{"hidden attribute with a value", `<p hidden="until-found">Hidden.</p><p>Body.</p>`, "Body."},
		{"custom element", "<my-widget hidden><my-widget>x</my-widget>y</my-widget><p>Body.</p>", "Body."},
		{"aria-hidden", `<span aria-hidden="TRUE">★</span><p>Body.</p>`, "Body."},
		{"aria-hidden false", `<span aria-hidden="false">Shown.</span>`, "Shown."},
		{"display none", `<div style="color: red; Display : NONE !important">Hidden.</div><p>Body.</p>`, "Body."},
		{"visibility hidden", `<div style="visibility:hidden">Hidden.</div><p>Body.</p>`, "Body."},
		{"other styles", `<div style="display: block; visibility: visible">Shown.</div>`, "Shown."},
		{"hidden void element", "<p>One<img hidden src=x> two.</p>", "One two."},
		{"a hidden p ended by the next p", "<p hidden>Hidden.<p>Body.</p>", "Body."},
		{"a p inside a hidden div", "<div hidden><p>a<p>b</div><p>Body.</p>", "Body."},
		{"end tags close what opened after", "<nav><aside><nav></aside>Hidden.</nav><p>Body.</p>", "Body."},
		{"stray end tags inside", "<nav></p></div></aside>Hidden.</nav><p>Body.</p>", "Body."},
		{"300 nested nav", r("<nav>", 300) + "Menu." + r("</nav>", 300) + "<p>Body.</p>", "Body."},
		{"300 nested nav, 260 closed", r("<nav>", 300) + r("</nav>", 260) + "Leak." + r("</nav>", 40) + "<p>Body.</p>", "Body."},
		{"300 nested hidden divs", r("<div hidden>", 300) + r("</div>", 299) + "Leak.</div><p>Body.</p>", "Body."},
		{"hidden nested deep in nav", "<nav>" + r("<div>", 1000) + "<div hidden>x</div>" + r("</div>", 1000) + "Menu.</nav>Body.", "Body."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := htmlText(t, tt.html); got != tt.want {
				t.Errorf("text %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHTMLLinear checks that reading HTML takes time in proportion to
// the file, however deep its elements nest.
func TestHTMLLinear(t *testing.T) {
	r := strings.Repeat
	tests := []struct {
		name string
		gen  func(n int) string
	}{
		{"nested nav", func(n int) string { return r("<nav>", n) + "x" + r("</nav>", n) + "<p>Body.</p>" }},
		{"nested divs in a hidden one", func(n int) string { return "<div hidden>" + r("<div>", n) + r("</div>", n+1) + "<p>Body.</p>" }},
		{"stray end tags in a hidden element", func(n int) string { return "<nav>" + r("<div>", n) + r("</p>", n) + "</nav><p>Body.</p>" }},
		{"alternating elements in a hidden one", func(n int) string {
			return "<nav>" + r("<div><span>", n) + r("</span></div>", n) + "</nav><p>Body.</p>"
		}},
		{"one end tag closes all", func(n int) string { return "<nav>" + r("<div><span>", n) + "</nav><p>Body.</p>" }},
		{"hidden attributes", func(n int) string {
			return r(`<p style="color: red; display: none" aria-hidden="true" hidden>x</p>`, n) + "<p>Body.</p>"
		}},
		{"text and references", func(n int) string { return "<p>" + r("Caf&eacute; &amp; bar. ", n) + "</p>" }},
		{"unclosed elements", func(n int) string { return r("<p><li><td>Body ", n) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkGrowth(t, 20000, func(n int) []byte { return []byte(tt.gen(n)) }, func(b []byte) {
				if htmlText(t, string(b)) == "" {
					t.Fatal("no text")
				}
			})
		})
	}
}
