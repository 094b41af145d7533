package serve

import (
	"encoding/json"
	"net/http"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
)

// FindingsPage is the answer of GET /api/findings: one page of the
// findings the filters select.
type FindingsPage struct {
	// Total is the number of findings in the report, Matched the number
	// the filters select.
	Total   int `json:"total"`
	Matched int `json:"matched"`
	// Page is the page given, from 1; Pages the number of pages of
	// PerPage findings that Matched makes (at least 1).
	Page    int `json:"page"`
	PerPage int `json:"per_page"`
	Pages   int `json:"pages"`
	// Counts gives, for each verdict in report order, how many findings
	// every filter but the verdict's selects.
	Counts []VerdictCount `json:"counts"`
	// Items are the findings of the page, in report order.
	Items []ListItem `json:"items"`
}

// VerdictCount is how many findings of a verdict a list holds.
type VerdictCount struct {
	Verdict compare.Verdict `json:"verdict"`
	Count   int             `json:"count"`
}

// ListItem is one finding of the list, in short.
type ListItem struct {
	ID         string          `json:"id"`
	Verdict    compare.Verdict `json:"verdict"`
	Kind       claims.Kind     `json:"kind"`
	Fact       string          `json:"fact"`
	Confidence float64         `json:"confidence"`
	// Sources are the outlets of its documents, sorted; empty when the
	// documents name none.
	Sources []string `json:"sources"`
	// Documents are the ids of its documents, Quotes its claims' quotes,
	// in the order of its claims.
	Documents []string `json:"documents"`
	Quotes    []string `json:"quotes"`
	// Review is the current decision, nil when none; Revision counts the
	// decisions and undos recorded on the finding.
	Review   *report.Review `json:"review"`
	Revision int            `json:"revision"`
}

// FindingDetail is the answer of GET /api/findings/{id}.
type FindingDetail struct {
	// Finding is the finding as in the JSON report.
	Finding compare.Finding `json:"finding"`
	// Documents are the documents of its claims, in claim order.
	Documents []claims.DocInfo `json:"documents"`
	Review    *report.Review   `json:"review"`
	Revision  int              `json:"revision"`
	// History is every decision and undo recorded on the finding,
	// oldest first.
	History []report.Review `json:"history"`
}

// ReviewsAnswer is the answer of GET /api/reviews: the review file.
type ReviewsAnswer struct {
	// Path is the review file's path, as the server was given it.
	Path string `json:"path"`
	// Reviews are the current decisions, by finding id; History is every
	// decision and undo, oldest first.
	Reviews []report.Review `json:"reviews"`
	History []report.Review `json:"history"`
}

// DecisionRequest is the body of POST /api/findings/{id}/decision.
type DecisionRequest struct {
	Decision report.Decision `json:"decision"`
	Note     string          `json:"note"`
	// By is who decides; empty means the server's reviewer (Config.By).
	By string `json:"by"`
	// Revision is the finding's revision the client saw.
	Revision int `json:"revision"`
}

// UndoRequest is the body of POST /api/findings/{id}/undo.
type UndoRequest struct {
	By       string `json:"by"`
	Revision int    `json:"revision"`
}

// DecisionAnswer is the answer of a decision or an undo that was
// recorded: the finding's review now (nil when an undo left none), its
// new revision and its history.
type DecisionAnswer struct {
	Finding  string          `json:"finding"`
	Review   *report.Review  `json:"review"`
	Revision int             `json:"revision"`
	History  []report.Review `json:"history"`
}

// ErrorAnswer is the body of every error. A conflict (409) gives the
// finding's revision and review now, so that a client can show them.
type ErrorAnswer struct {
	Error    string         `json:"error"`
	Revision *int           `json:"revision,omitempty"`
	Review   *report.Review `json:"review,omitempty"`
}

// writeJSON answers v as JSON with status code.
func writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		code = http.StatusInternalServerError
		b, _ = json.Marshal(ErrorAnswer{Error: "encode the answer: " + err.Error()})
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	w.Write(append(b, '\n'))
}

// writeError answers msg as an ErrorAnswer.
func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, ErrorAnswer{Error: msg})
}

func (s *Server) apiFindings(w http.ResponseWriter, r *http.Request) {
	flt, err := parseFilter(r.URL.Query(), s.cfg.PerPage)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	st, err := s.reviews.load()
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	l := s.list(flt, st)
	page := FindingsPage{Total: len(s.findings), Matched: len(l.matched), Page: flt.page, PerPage: flt.perPage,
		Pages: l.pages, Counts: l.counts, Items: []ListItem{}}
	for _, i := range l.items {
		page.Items = append(page.Items, s.listItem(i, st))
	}
	writeJSON(w, http.StatusOK, page)
}

// listItem is finding i in short.
func (s *Server) listItem(i int, st *reviewState) ListItem {
	e := &s.findings[i]
	f := e.f
	it := ListItem{ID: f.ID, Verdict: f.Verdict, Kind: f.Kind, Fact: f.Fact, Confidence: f.Confidence,
		Sources: append([]string{}, e.sources...), Documents: append([]string{}, e.docs...), Quotes: []string{},
		Review: st.review(f.ID), Revision: st.rev[f.ID]}
	for _, c := range f.Claims {
		it.Quotes = append(it.Quotes, c.Quote)
	}
	return it
}

func (s *Server) apiFinding(w http.ResponseWriter, r *http.Request) {
	i, ok := s.byID[r.PathValue("id")]
	if !ok {
		writeError(w, http.StatusNotFound, "no finding "+r.PathValue("id")+" in this report: take the ids from GET /api/findings")
		return
	}
	st, err := s.reviews.load()
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	f := s.findings[i].f
	d := FindingDetail{Finding: *f, Documents: []claims.DocInfo{}, Review: st.review(f.ID), Revision: st.rev[f.ID],
		History: nonNil(st.file.HistoryOf(f.ID))}
	for _, id := range s.findings[i].docs {
		if de := s.docs[id]; de != nil {
			d.Documents = append(d.Documents, de.info)
		} else {
			d.Documents = append(d.Documents, claims.DocInfo{ID: id})
		}
	}
	writeJSON(w, http.StatusOK, d)
}

func (s *Server) apiReviews(w http.ResponseWriter, r *http.Request) {
	st, err := s.reviews.load()
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, ReviewsAnswer{Path: s.cfg.ReviewFile, Reviews: nonNil(st.file.Reviews), History: nonNil(st.file.History)})
}

// nonNil returns rs, or an empty list for nil, so that JSON says [].
func nonNil(rs []report.Review) []report.Review {
	if rs == nil {
		return []report.Review{}
	}
	return rs
}
