package serve

import (
	"crypto/rand"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/claimcheck/claimcheck/claims/segment"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
)

// Config is what a Server serves and how.
type Config struct {
	// Report is the report reviewed: its findings, in the order the list
	// shows them, and its documents. Required.
	Report *report.Report
	// Documents are the documents read, by the same ids as the report's:
	// the finding pages quote the sentences around each claim from their
	// text, and the document pages show it whole. A document of the
	// report that is not among them is shown by the sentences of its
	// claims alone; one that is not in the report is never shown.
	Documents []*load.Document
	// ReviewFile is the review file decisions are read from and
	// recorded in. Required.
	ReviewFile string
	// Addr is the address the server listens on, as host:port
	// (net.Listener.Addr().String()). Requests whose Host header names
	// another host or port are refused, so that a web page whose name
	// was pointed at this machine (DNS rebinding) cannot read it.
	// Required.
	Addr string
	// ReadOnly refuses every write with 403 Forbidden; the pages show no
	// buttons.
	ReadOnly bool
	// By is who decides when a decision names no one (claimcheck serve
	// --by).
	By string
	// Now is the clock decisions are dated by; nil means time.Now.
	Now func() time.Time
	// PerPage is how many findings a page of the list shows when the
	// request does not say; 0 means 50.
	PerPage int
}

// Server is the review desk's web application, an http.Handler. It
// keeps the report as given and reads the review file again whenever it
// changes on disk; it is safe for concurrent use.
type Server struct {
	cfg      Config
	token    string
	mux      *http.ServeMux
	pages    *template.Template
	static   map[string]bool
	hosts    hostCheck
	cross    *http.CrossOriginProtection
	reviews  reviewCache
	writeMu  sync.Mutex // one write at a time from this process; the file lock covers the others
	seg      *segment.Segmenter
	findings []entry
	byID     map[string]int
	docs     map[string]*docEntry
	docOrder []string
	kinds    []string
	sources  []string
}

// entry is a finding of the report with what the list filters on.
type entry struct {
	f       *compare.Finding
	search  string   // lower case: id, fact, quotes and sentences
	sources []string // the outlets of its documents, sorted, distinct
	docs    []string // its documents, in claim order, distinct
}

// docEntry is a document of the report, with its text when kept.
type docEntry struct {
	info claims.DocInfo
	doc  *load.Document // nil when the text was not kept

	once      sync.Once
	sentences []segment.Sentence
	claims    []claimRef // the claims of the report in this document
}

// claimRef points at one claim of one finding.
type claimRef struct {
	finding, claim int
}

//go:embed templates/*.tmpl
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// defaultPerPage is the list's page size when neither the request nor
// the Config says.
const defaultPerPage = 50

// maxPerPage is the largest page the list gives.
const maxPerPage = 500

// New builds the server of cfg: it checks the config, reads the review
// file once (a review file that cannot be read is an error now rather
// than on the first page) and draws a new CSRF token.
func New(cfg Config) (*Server, error) {
	if cfg.Report == nil {
		return nil, errors.New("serve: no report to serve (Config.Report is nil)")
	}
	if cfg.ReviewFile == "" {
		return nil, errors.New("serve: no review file (set Config.ReviewFile, as claimcheck serve --reviewed does)")
	}
	hosts, err := newHostCheck(cfg.Addr)
	if err != nil {
		return nil, err
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.PerPage <= 0 {
		cfg.PerPage = defaultPerPage
	}
	cfg.PerPage = min(cfg.PerPage, maxPerPage)
	seg, err := segment.NewSegmenter()
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	pages, err := template.New("pages").Funcs(templateFuncs).ParseFS(templateFS, "templates/*.tmpl")
	if err != nil {
		return nil, fmt.Errorf("serve: templates: %w", err)
	}
	tok := make([]byte, 32)
	if _, err := rand.Read(tok); err != nil {
		return nil, fmt.Errorf("serve: draw a CSRF token: %w", err)
	}
	s := &Server{cfg: cfg, token: hex.EncodeToString(tok), pages: pages, hosts: hosts,
		cross: http.NewCrossOriginProtection(), seg: seg, reviews: reviewCache{path: cfg.ReviewFile}}
	if _, err := s.reviews.load(); err != nil {
		return nil, err
	}
	s.static = map[string]bool{}
	err = fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			s.static[strings.TrimPrefix(p, "static/")] = true
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("serve: static files: %w", err)
	}
	s.index()
	s.routes()
	return s, nil
}

// Token returns the CSRF token every write must carry: random at each
// start of the server, embedded in its pages and given in the
// X-CSRF-Token header of every GET answer.
func (s *Server) Token() string { return s.token }

// index builds the lookup tables of the report: findings by id, the
// documents with their claims, and what the list filters on.
func (s *Server) index() {
	r := s.cfg.Report
	texts := make(map[string]*load.Document, len(s.cfg.Documents))
	for _, d := range s.cfg.Documents {
		texts[d.ID] = d
	}
	s.docs = make(map[string]*docEntry, len(r.Documents))
	for _, d := range r.Documents {
		if _, ok := s.docs[d.ID]; ok {
			continue
		}
		s.docs[d.ID] = &docEntry{info: d, doc: texts[d.ID]}
		s.docOrder = append(s.docOrder, d.ID)
	}
	s.byID = make(map[string]int, len(r.Findings))
	s.findings = make([]entry, len(r.Findings))
	kinds := map[claims.Kind]bool{}
	sources := map[string]bool{}
	var sb strings.Builder
	for i := range r.Findings {
		f := &r.Findings[i]
		s.byID[f.ID] = i
		kinds[f.Kind] = true
		e := entry{f: f}
		sb.Reset()
		sb.WriteString(f.ID + "\n" + f.Fact)
		for ci := range f.Claims {
			c := &f.Claims[ci]
			sb.WriteString("\n" + c.Quote + "\n" + c.Text)
			if !slices.Contains(e.docs, c.Doc) {
				e.docs = append(e.docs, c.Doc)
			}
			if d := s.docs[c.Doc]; d != nil {
				d.claims = append(d.claims, claimRef{i, ci})
				if src := d.info.Source; src != "" && !slices.Contains(e.sources, src) {
					e.sources = append(e.sources, src)
					sources[src] = true
				}
			}
		}
		slices.Sort(e.sources)
		e.search = strings.ToLower(strings.Join(strings.Fields(sb.String()), " "))
		s.findings[i] = e
	}
	for _, k := range claims.Kinds() {
		if kinds[k] {
			s.kinds = append(s.kinds, k.String())
		}
	}
	for src := range sources {
		s.sources = append(s.sources, src)
	}
	slices.Sort(s.sources)
}

// routes registers the pages and the API.
func (s *Server) routes() {
	m := http.NewServeMux()
	m.HandleFunc("GET /{$}", s.listPage)
	m.HandleFunc("GET /findings/{id}", s.findingPage)
	m.HandleFunc("GET /document", s.documentPage)
	m.HandleFunc("GET /static/{file}", s.staticFile)
	m.HandleFunc("GET /api/findings", s.apiFindings)
	m.HandleFunc("GET /api/findings/{id}", s.apiFinding)
	m.HandleFunc("GET /api/reviews", s.apiReviews)
	m.HandleFunc("POST /api/findings/{id}/decision", s.write(s.postDecision))
	m.HandleFunc("POST /api/findings/{id}/undo", s.write(s.postUndo))
	for _, action := range []string{"decision", "undo"} {
		m.HandleFunc("GET /api/findings/{id}/"+action, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", "POST")
			writeError(w, http.StatusMethodNotAllowed, "POST a "+action+" here, as JSON with the CSRF token (see the package documentation of serve)")
		})
	}
	m.HandleFunc("GET /api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such API route: see the package documentation of serve for the routes")
	})
	m.HandleFunc("GET /", func(w http.ResponseWriter, r *http.Request) {
		s.errorPage(w, http.StatusNotFound, "There is no page at this address: start from the findings list.")
	})
	s.mux = m
}

// ServeHTTP checks the Host of every request, sets the headers that keep
// the pages to themselves, and hands the request to its route.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
	if !s.hosts.allowed(r.Host) {
		writeError(w, http.StatusForbidden, fmt.Sprintf("host %q is not the address this review desk listens on: open http://%s/ instead", r.Host, s.hosts.addr))
		return
	}
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		h.Set("X-CSRF-Token", s.token)
	}
	s.mux.ServeHTTP(w, r)
}

// staticFile serves a file of the embedded static folder by its name;
// any other name is not found.
func (s *Server) staticFile(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	if !s.static[name] {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Cache-Control", "no-cache")
	http.ServeFileFS(w, r, staticFS, "static/"+name)
}

// now is the time a decision is dated by.
func (s *Server) now() string { return s.cfg.Now().UTC().Format(time.RFC3339) }
