package serve

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/claimcheck/claimcheck/report"
)

// TestPagination serves 10,000 findings: the list comes in pages of 50,
// with the filters kept in the links, and each page is quick.
func TestPagination(t *testing.T) {
	const n = 10000
	r := manyFindings(n)
	d := newDesk(t, Config{Report: r})
	for i := 0; i < 30; i++ {
		d.decide(r.Findings[i].ID, report.Accepted, "checked", "ana", 0)
	}
	id := func(i int) string { return r.Findings[i].ID }
	tests := []struct {
		query                      string
		matched, pages, page, size int
		first, last                string
	}{
		{"", n, 200, 1, 50, id(0), id(49)},
		{"page=2", n, 200, 2, 50, id(50), id(99)},
		{"page=200", n, 200, 200, 50, id(9950), id(9999)},
		{"page=201", n, 200, 201, 0, "", ""},
		{"page=99999999999999", n, 200, 99999999999999, 0, "", ""},
		{"per_page=500&page=3", n, 20, 3, 500, id(1000), id(1499)},
		{"verdict=agree", n / 6, 34, 1, 50, id(4), id(298)},
		{"verdict=agree&page=34", n / 6, 34, 34, 16, id(9904), id(9994)},
		{"reviewed=yes", 30, 1, 1, 30, id(0), id(29)},
		{"reviewed=no&min=0.9", 997, 20, 1, 50, id(39), id(529)},
		{"q=number+9999", 1, 1, 1, 1, id(9999), id(9999)},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			start := time.Now()
			var page FindingsPage
			d.getJSON("/api/findings?"+tt.query, &page)
			if took := time.Since(start); took > 2*time.Second {
				t.Errorf("the page took %v", took)
			}
			type shape struct {
				Total, Matched, Pages, Page, Size int
				First, Last                       string
			}
			got := shape{page.Total, page.Matched, page.Pages, page.Page, len(page.Items), "", ""}
			if len(page.Items) > 0 {
				got.First, got.Last = page.Items[0].ID, page.Items[len(page.Items)-1].ID
			}
			want := shape{n, tt.matched, tt.pages, tt.page, tt.size, tt.first, tt.last}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("page mismatch (-want +got):\n%s", diff)
			}
		})
	}

	t.Run("the list page", func(t *testing.T) {
		start := time.Now()
		a := d.get("/?verdict=agree&min=0.4&page=2")
		if took := time.Since(start); took > 2*time.Second {
			t.Errorf("the list page took %v", took)
		}
		if rows := strings.Count(a.body, `<tr class="row"`); rows != 50 {
			t.Errorf("%d rows, want 50", rows)
		}
		for _, w := range []string{
			"page 2 of ",
			`<a rel="prev" id="prev-page" href="/?min=0.4&amp;verdict=agree">`,
			`<a rel="next" id="next-page" href="/?min=0.4&amp;page=3&amp;verdict=agree">`,
			`<a class="chip v-agree active" href="/?min=0.4&amp;verdict=agree">agree <b>` + fmt.Sprint(countWhere(r, func(i int) bool { return i%6 == 4 && i%10 >= 4 })) + `</b></a>`,
		} {
			if !strings.Contains(a.body, w) {
				t.Errorf("no %q in the page", w)
			}
		}
		// Every finding's link keeps the filters, for its previous and next.
		link := regexp.MustCompile(`href="/findings/([0-9a-f]{12})\?([^"]*)"`).FindStringSubmatch(a.body)
		if link == nil || link[2] != "min=0.4&amp;verdict=agree" {
			t.Errorf("finding link %v, want the filters", link)
		}
		fp := d.get("/findings/" + link[1] + "?min=0.4&verdict=agree")
		if !strings.Contains(fp.body, `<a id="back" href="/?min=0.4&amp;page=2&amp;verdict=agree">`) {
			t.Error("the finding page does not lead back to its page of the list")
		}
	})
}

func countWhere(r *report.Report, ok func(int) bool) int {
	n := 0
	for i := range r.Findings {
		if ok(i) {
			n++
		}
	}
	return n
}
