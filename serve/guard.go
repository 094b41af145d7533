package serve

import (
	"crypto/subtle"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
)

// hostCheck tells the Host headers of the listening address from others.
type hostCheck struct {
	addr        string // as given, for messages
	host, port  string
	loopback    bool // listening on a loopback address or "localhost"
	unspecified bool // listening on every address (0.0.0.0, ::)
	hostname    string
}

// newHostCheck reads the listening address addr ("127.0.0.1:8080").
func newHostCheck(addr string) (hostCheck, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil || port == "" || port == "0" {
		return hostCheck{}, fmt.Errorf("serve: listening address %q: want HOST:PORT with the port listened on (net.Listener.Addr().String())", addr)
	}
	hc := hostCheck{addr: addr, host: strings.ToLower(host), port: port}
	ip := net.ParseIP(host)
	switch {
	case host == "" || ip != nil && ip.IsUnspecified():
		hc.unspecified = true
	case hc.host == "localhost" || ip != nil && ip.IsLoopback():
		hc.loopback = true
	}
	if name, err := os.Hostname(); err == nil {
		hc.hostname = strings.ToLower(name)
	}
	return hc, nil
}

// allowed reports whether a request's Host header names the listening
// address: its port, and the host listened on, or for a loopback
// address any loopback address or "localhost", or for every address any
// address of the machine written as a number, "localhost" or the
// machine's name. A name that is none of these is refused, even when it
// leads here: that is what DNS rebinding looks like.
func (hc hostCheck) allowed(hostport string) bool {
	host, port, err := net.SplitHostPort(hostport)
	if err != nil {
		host, port = hostport, "80"
	}
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	if port != hc.port {
		return false
	}
	if host == hc.host {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	local := host == "localhost" || strings.HasSuffix(host, ".localhost")
	switch {
	case hc.unspecified:
		return ip != nil || local || host == hc.hostname
	case hc.loopback:
		return local || ip != nil && ip.IsLoopback()
	}
	return host == hc.hostname
}

// write guards a handler that changes the review file: the request must
// come from this site, carry the CSRF token, and the server must not be
// read-only. Each refusal is a 403 that says why.
func (s *Server) write(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := s.cross.Check(r); err != nil {
			s.refuse(w, r, http.StatusForbidden, "cross-origin request refused: decisions are taken only from the review desk's own pages (open it at http://"+s.hosts.addr+"/)")
			return
		}
		if !s.tokenOK(r) {
			s.refuse(w, r, http.StatusForbidden, "missing or wrong CSRF token: reload the page (the token changes each time claimcheck serve starts) and send it in the X-CSRF-Token header")
			return
		}
		if s.cfg.ReadOnly {
			s.refuse(w, r, http.StatusForbidden, "this review desk is read-only (claimcheck serve --read-only): start it without --read-only to record decisions")
			return
		}
		h(w, r)
	}
}

// tokenOK reports whether r carries the CSRF token, in the X-CSRF-Token
// header or, for a form, in its field csrf.
func (s *Server) tokenOK(r *http.Request) bool {
	got := r.Header.Get("X-CSRF-Token")
	if got == "" && isForm(r) {
		r.Body = http.MaxBytesReader(nil, r.Body, maxBody)
		if err := r.ParseForm(); err == nil {
			got = r.PostForm.Get("csrf")
		}
	}
	return subtle.ConstantTimeCompare([]byte(got), []byte(s.token)) == 1
}

// isForm reports whether r's body is an HTML form.
func isForm(r *http.Request) bool {
	ct := r.Header.Get("Content-Type")
	return strings.HasPrefix(ct, "application/x-www-form-urlencoded") || strings.HasPrefix(ct, "multipart/form-data")
}

// refuse answers a write with an error: JSON for the API's clients, a
// page for a form posted without JavaScript.
func (s *Server) refuse(w http.ResponseWriter, r *http.Request, code int, msg string) {
	if isForm(r) {
		s.errorPage(w, code, msg)
		return
	}
	writeError(w, code, msg)
}
