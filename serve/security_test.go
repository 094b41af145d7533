package serve

import (
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/report"
)

// decisionBody is a decision any test may send.
var decisionBody = DecisionRequest{Decision: report.Accepted, Note: "the counts are of different days", By: "ana"}

// TestCSRF checks that a write without the server's token is refused
// and writes nothing, and that the token is taken from the header or
// from a form.
func TestCSRF(t *testing.T) {
	d := newDesk(t, Config{})
	path := "/api/findings/" + idMismatch + "/decision"
	tests := []struct {
		name    string
		headers []string
		code    int
	}{
		{"no token", []string{"X-CSRF-Token", ""}, http.StatusForbidden},
		{"a wrong token", []string{"X-CSRF-Token", strings.Repeat("0", 64)}, http.StatusForbidden},
		{"the token of another start", []string{"X-CSRF-Token", newDesk(t, Config{}).srv.Token()}, http.StatusForbidden},
		{"the token cut short", []string{"X-CSRF-Token", d.srv.Token()[:10]}, http.StatusForbidden},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := d.post(path, decisionBody, tt.headers...)
			if a.code != tt.code || !strings.Contains(errorOf(t, a), "missing or wrong CSRF token: reload the page") {
				t.Errorf("%d %s, want %d and the token's message", a.code, a.body, tt.code)
			}
			if _, err := os.Stat(d.path); err == nil {
				t.Errorf("a refused write made the review file")
			}
		})
	}
	t.Run("undo without a token", func(t *testing.T) {
		if a := d.post("/api/findings/"+idMismatch+"/undo", UndoRequest{}, "X-CSRF-Token", ""); a.code != http.StatusForbidden {
			t.Errorf("%d %s, want 403", a.code, a.body)
		}
	})
	t.Run("the token in the header", func(t *testing.T) {
		if a := d.post(path, decisionBody); a.code != http.StatusOK {
			t.Errorf("%d %s, want 200", a.code, a.body)
		}
	})
	t.Run("a form without its token", func(t *testing.T) {
		a := d.form("/api/findings/"+idSeries+"/decision", url.Values{"decision": {"dismissed"}, "note": {"one count"}, "revision": {"0"}})
		if a.code != http.StatusForbidden || !strings.Contains(a.body, "missing or wrong CSRF token") {
			t.Errorf("%d %s, want 403 with a page", a.code, a.body)
		}
	})
	t.Run("a form with its token", func(t *testing.T) {
		a := d.form("/api/findings/"+idSeries+"/decision", url.Values{"csrf": {d.srv.Token()}, "decision": {"dismissed"},
			"note": {"one count"}, "by": {"bo"}, "revision": {"0"}})
		if a.code != http.StatusSeeOther || a.header.Get("Location") != "/findings/"+idSeries {
			t.Fatalf("%d %v %s, want 303 to the finding", a.code, a.header, a.body)
		}
		if rv, ok := d.reviewFile().Lookup(idSeries); !ok || rv.Decision != report.Dismissed || rv.By != "bo" {
			t.Errorf("review %+v, want dismissed by bo", rv)
		}
	})
	t.Run("a form of a stale revision", func(t *testing.T) {
		a := d.form("/api/findings/"+idSeries+"/decision", url.Values{"csrf": {d.srv.Token()}, "decision": {"accepted"},
			"note": {"two counts"}, "by": {"cy"}, "revision": {"0"}})
		if a.code != http.StatusConflict || !strings.Contains(a.body, "since you loaded it; reload to see it") {
			t.Errorf("%d %s, want 409 with a page", a.code, a.body)
		}
	})
}

// form posts v as an HTML form, without the token header.
func (d *desk) form(path string, v url.Values) answer {
	d.t.Helper()
	req, err := http.NewRequest("POST", d.ts.URL+path, strings.NewReader(v.Encode()))
	if err != nil {
		d.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return d.do(req)
}

// TestCrossOrigin checks that writes from another site are refused,
// even with the token, and that a name that is not the server's is
// refused on every request (DNS rebinding).
func TestCrossOrigin(t *testing.T) {
	d := newDesk(t, Config{})
	path := "/api/findings/" + idMismatch + "/decision"
	own := d.ts.URL
	tests := []struct {
		name    string
		headers []string
		code    int
		want    string
	}{
		{"another site by Sec-Fetch-Site", []string{"Sec-Fetch-Site", "cross-site"}, 403, "cross-origin request refused"},
		{"a sibling site by Sec-Fetch-Site", []string{"Sec-Fetch-Site", "same-site"}, 403, "cross-origin request refused"},
		{"another site by Origin", []string{"Origin", "https://norport-news.example"}, 403, "cross-origin request refused"},
		{"another port by Origin", []string{"Origin", "http://127.0.0.1:1"}, 403, "cross-origin request refused"},
		{"Origin null", []string{"Origin", "null"}, 403, "cross-origin request refused"},
		{"another host", []string{"Host", "norport-news.example"}, 403, "is not the address this review desk listens on"},
		{"own Origin", []string{"Origin", own}, 200, ""},
		{"own page by Sec-Fetch-Site", []string{"Sec-Fetch-Site", "same-origin", "Origin", own}, 409, "since you loaded it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := d.post(path, decisionBody, tt.headers...)
			if a.code != tt.code {
				t.Fatalf("%d %s, want %d", a.code, a.body, tt.code)
			}
			if tt.want != "" && !strings.Contains(errorOf(t, a), tt.want) {
				t.Errorf("%s, want %q", a.body, tt.want)
			}
		})
	}
	if n := len(d.reviewFile().History); n != 1 {
		t.Errorf("%d decisions recorded, want the one from the own origin", n)
	}

	for _, host := range []string{"norport-news.example", "norport-news.example:" + d.ts.Listener.Addr().String()[len("127.0.0.1:"):], "127.0.0.1:1"} {
		req, _ := http.NewRequest("GET", d.ts.URL+"/api/findings", nil)
		req.Host = host
		if a := d.do(req); a.code != http.StatusForbidden || strings.Contains(a.body, idMismatch) {
			t.Errorf("GET with Host %s: %d, want 403 and no finding", host, a.code)
		}
	}
}

// TestHostCheck checks which Host headers name the listening address.
func TestHostCheck(t *testing.T) {
	name, _ := os.Hostname()
	tests := []struct {
		addr  string
		hosts map[string]bool
	}{
		{"127.0.0.1:8080", map[string]bool{
			"127.0.0.1:8080": true, "localhost:8080": true, "LOCALHOST:8080": true, "[::1]:8080": true, "127.0.0.2:8080": true,
			"desk.localhost:8080": true, "127.0.0.1:8081": false, "127.0.0.1": false, "norport.example:8080": false,
			"10.1.2.3:8080": false, "": false, "localhost.norport.example:8080": false,
		}},
		{"[::1]:9000", map[string]bool{"[::1]:9000": true, "localhost:9000": true, "127.0.0.1:9000": true, "norport.example:9000": false}},
		{"0.0.0.0:8080", map[string]bool{"192.0.2.7:8080": true, "localhost:8080": true, name + ":8080": true, "norport.example:8080": false, "192.0.2.7:80": false}},
		{"192.0.2.7:80", map[string]bool{"192.0.2.7": true, "192.0.2.7:80": true, "127.0.0.1:80": false, "norport.example": false}},
	}
	for _, tt := range tests {
		hc, err := newHostCheck(tt.addr)
		if err != nil {
			t.Fatal(err)
		}
		for host, want := range tt.hosts {
			if got := hc.allowed(host); got != want {
				t.Errorf("listening on %s, Host %q allowed: %v, want %v", tt.addr, host, got, want)
			}
		}
	}
	for _, addr := range []string{"", "127.0.0.1", "127.0.0.1:0", "localhost:"} {
		if _, err := newHostCheck(addr); err == nil || !strings.Contains(err.Error(), "want HOST:PORT") {
			t.Errorf("address %q: %v, want an error", addr, err)
		}
	}
}

// TestPathTraversal checks that no file outside the embedded ones and
// no document outside the report's list is served, whatever the path.
func TestPathTraversal(t *testing.T) {
	fx := newFixture(t)
	// The desk holds the text of a document that is not in the report:
	// it must never be shown.
	secret := fx.docs[0]
	secretDoc := *secret
	secretDoc.ID = "secret.txt"
	d := newDesk(t, Config{Report: fx.report, Documents: append(fx.docs, &secretDoc)})
	paths := []string{
		"/static/../../etc/passwd",
		"/static/%2e%2e/%2e%2e/etc/passwd",
		"/static/..%2f..%2fetc%2fpasswd",
		"/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
		"/static/....//....//etc/passwd",
		"/static/",
		"/static",
		"/static/.",
		"/static/app.css/../../../go.mod",
		"/static/%2fetc%2fpasswd",
		"/static/templates",
		"/static/..%5c..%5cetc%5cpasswd",
		"/findings/..%2f..%2fetc%2fpasswd",
		"/document?id=../../etc/passwd",
		"/document?id=%2fetc%2fpasswd",
		"/document?id=corpus/a.txt",
		"/document?id=./a.txt",
		"/document?id=a.txt/../b.txt",
		"/document?id=secret.txt",
		"/document?id=",
		"/document",
		"/../../etc/passwd",
		"/%2e%2e/%2e%2e/etc/passwd",
	}
	for _, p := range paths {
		t.Run(p, func(t *testing.T) {
			req, err := http.NewRequest("GET", d.ts.URL, nil)
			if err != nil {
				t.Fatal(err)
			}
			req.URL.Opaque = strings.SplitN(p, "?", 2)[0] // sent as written, not cleaned by the client
			if _, q, ok := strings.Cut(p, "?"); ok {
				req.URL.RawQuery = q
			}
			a := d.do(req)
			switch a.code {
			case http.StatusNotFound, http.StatusBadRequest, http.StatusMovedPermanently, http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
			default:
				t.Errorf("status %d, want not found, a bad request or a redirect: %.300s", a.code, a.body)
			}
			for _, leak := range []string{"root:", "module github.com", "Rescue teams reached Norport"} {
				if strings.Contains(a.body, leak) {
					t.Errorf("the answer holds %q: %.300s", leak, a.body)
				}
			}
			if loc := a.header.Get("Location"); loc != "" && !strings.HasPrefix(loc, "/") {
				t.Errorf("redirect to %q, off the server", loc)
			}
		})
	}
}

// TestReadOnly checks that a read-only desk refuses every write on the
// server's side, shows no buttons, and leaves the review file alone.
func TestReadOnly(t *testing.T) {
	d := newDesk(t, Config{ReadOnly: true})
	a := d.post("/api/findings/"+idMismatch+"/decision", decisionBody)
	if a.code != http.StatusForbidden || !strings.Contains(errorOf(t, a), "read-only (claimcheck serve --read-only)") {
		t.Errorf("decision: %d %s, want 403 read-only", a.code, a.body)
	}
	if a := d.post("/api/findings/"+idMismatch+"/undo", UndoRequest{}); a.code != http.StatusForbidden {
		t.Errorf("undo: %d %s, want 403", a.code, a.body)
	}
	a = d.form("/api/findings/"+idMismatch+"/decision", url.Values{"csrf": {d.srv.Token()}, "decision": {"accepted"}, "note": {"n"}, "revision": {"0"}})
	if a.code != http.StatusForbidden {
		t.Errorf("form: %d, want 403", a.code)
	}
	if _, err := os.Stat(d.path); err == nil {
		t.Error("a read-only desk wrote the review file")
	}
	page := d.get("/findings/" + idMismatch).body
	if strings.Contains(page, `id="decision-form"`) || !strings.Contains(page, "This review desk is read-only") {
		t.Error("the read-only finding page offers decisions")
	}
	if list := d.get("/").body; !strings.Contains(list, `<span class="tag">read-only</span>`) {
		t.Error("the read-only list does not say so")
	}
}
