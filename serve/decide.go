package serve

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/report"
)

// maxBody is the largest request body a write reads.
const maxBody = 64 << 10

// maxNote is the longest note a decision keeps, in bytes.
const maxNote = 4000

// conflictError is a write refused because the finding changed since
// the client loaded it.
type conflictError struct {
	msg      string
	revision int
	review   *report.Review
}

func (e *conflictError) Error() string { return e.msg }

// requestError is a write refused for what its request says.
type requestError struct {
	code int
	msg  string
}

func (e *requestError) Error() string { return e.msg }

func (s *Server) postDecision(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var req DecisionRequest
	if err := s.readRequest(r, &req, func(f func(string) string) error {
		req.Decision, req.Note, req.By = report.Decision(f("decision")), f("note"), f("by")
		return formRevision(f("revision"), &req.Revision)
	}); err != nil {
		s.answerWrite(w, r, id, nil, err)
		return
	}
	ans, err := s.decide(id, req)
	s.answerWrite(w, r, id, ans, err)
}

func (s *Server) postUndo(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var req UndoRequest
	if err := s.readRequest(r, &req, func(f func(string) string) error {
		req.By = f("by")
		return formRevision(f("revision"), &req.Revision)
	}); err != nil {
		s.answerWrite(w, r, id, nil, err)
		return
	}
	ans, err := s.undo(id, req)
	s.answerWrite(w, r, id, ans, err)
}

// readRequest reads the body of a write into v: JSON (unknown fields
// are an error, to catch a misspelt one), or a form read by fromForm.
func (s *Server) readRequest(r *http.Request, v any, fromForm func(func(string) string) error) error {
	if isForm(r) {
		r.Body = http.MaxBytesReader(nil, r.Body, maxBody)
		if err := r.ParseForm(); err != nil {
			return &requestError{http.StatusBadRequest, "read the form: " + err.Error()}
		}
		return fromForm(r.PostForm.Get)
	}
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		return &requestError{http.StatusUnsupportedMediaType, "send the request as JSON, with Content-Type: application/json"}
	}
	dec := json.NewDecoder(http.MaxBytesReader(nil, r.Body, maxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return &requestError{http.StatusBadRequest, "read the request: " + err.Error() + " (see the package documentation of serve for its fields)"}
	}
	return nil
}

// formRevision reads a form's revision field.
func formRevision(s string, rev *int) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return &requestError{http.StatusBadRequest, fmt.Sprintf("revision %q is not a revision: reload the page", s)}
	}
	*rev = n
	return nil
}

// decide records req as the decision on finding id, unless another was
// recorded since the client's revision.
func (s *Server) decide(id string, req DecisionRequest) (*DecisionAnswer, error) {
	if _, ok := s.byID[id]; !ok {
		return nil, &requestError{http.StatusNotFound, "no finding " + id + " in this report: reload the list"}
	}
	if req.Decision != report.Accepted && req.Decision != report.Dismissed {
		return nil, &requestError{http.StatusBadRequest, fmt.Sprintf("decision %q: want accepted (a real discrepancy) or dismissed (not one)", req.Decision)}
	}
	note := strings.TrimSpace(req.Note)
	if note == "" {
		return nil, &requestError{http.StatusBadRequest, "write a note: say why, for the next reviewer"}
	}
	if len(note) > maxNote {
		return nil, &requestError{http.StatusBadRequest, fmt.Sprintf("the note is over %d bytes: keep it to what the next reviewer needs", maxNote)}
	}
	by, err := s.by(req.By)
	if err != nil {
		return nil, err
	}
	return s.update(id, req.Revision, func(rf *report.ReviewFile) error {
		rf.Decide(report.Review{Finding: id, Decision: req.Decision, Note: note, By: by, At: s.now()})
		return nil
	})
}

// undo takes back the current decision on finding id, unless another
// was recorded since the client's revision.
func (s *Server) undo(id string, req UndoRequest) (*DecisionAnswer, error) {
	if _, ok := s.byID[id]; !ok {
		return nil, &requestError{http.StatusNotFound, "no finding " + id + " in this report: reload the list"}
	}
	by, err := s.by(req.By)
	if err != nil {
		return nil, err
	}
	return s.update(id, req.Revision, func(rf *report.ReviewFile) error {
		if _, _, err := rf.Undo(id, by, s.now()); err != nil {
			return &requestError{http.StatusConflict, err.Error() + ": reload to see its history"}
		}
		return nil
	})
}

// by is who decides: the name given, else the server's reviewer.
func (s *Server) by(name string) (string, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		name = s.cfg.By
	}
	if name == "" {
		return "", &requestError{http.StatusBadRequest, "say who decides: give your name in the by field (or start claimcheck serve with --by NAME)"}
	}
	if len(name) > 200 || strings.ContainsAny(name, "\n\r") {
		return "", &requestError{http.StatusBadRequest, "the by field is a name: one line, at most 200 bytes"}
	}
	return name, nil
}

// update changes the review file through report.UpdateReviews, holding
// its lock: it checks that finding id is still at revision rev, applies
// change and writes the file atomically.
func (s *Server) update(id string, rev int, change func(*report.ReviewFile) error) (*DecisionAnswer, error) {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	var ans *DecisionAnswer
	err := report.UpdateReviews(s.cfg.ReviewFile, func(rf *report.ReviewFile) error {
		if now := rf.Revision(id); now != rev {
			return conflict(rf, id, rev, now)
		}
		if err := change(rf); err != nil {
			return err
		}
		ans = &DecisionAnswer{Finding: id, Revision: rf.Revision(id), History: nonNil(rf.HistoryOf(id))}
		if rv, ok := rf.Lookup(id); ok {
			ans.Review = &rv
		}
		return nil
	})
	s.reviews.forget()
	if err != nil {
		return nil, err
	}
	return ans, nil
}

// conflict says who changed finding id since revision rev.
func conflict(rf *report.ReviewFile, id string, rev, now int) error {
	e := &conflictError{revision: now}
	if rv, ok := rf.Lookup(id); ok {
		e.review = &rv
	}
	h := rf.HistoryOf(id)
	if len(h) == 0 || now < rev {
		e.msg = fmt.Sprintf("finding %s has changed since you loaded it (revision %d, now %d); reload to see it", id, rev, now)
		return e
	}
	last := h[len(h)-1]
	who := last.By
	if who == "" {
		who = "someone"
	}
	verb := "decided"
	if last.Decision == report.Undone {
		verb = "undone"
	}
	e.msg = fmt.Sprintf("finding %s was %s by %s at %s since you loaded it; reload to see it", id, verb, who, last.At)
	return e
}

// answerWrite answers a write: JSON for the API, a redirect to the
// finding's page (or an error page) for a form.
func (s *Server) answerWrite(w http.ResponseWriter, r *http.Request, id string, ans *DecisionAnswer, err error) {
	if err == nil {
		if isForm(r) {
			http.Redirect(w, r, "/findings/"+id, http.StatusSeeOther)
			return
		}
		writeJSON(w, http.StatusOK, ans)
		return
	}
	code, body := http.StatusInternalServerError, ErrorAnswer{Error: "record the decision: " + err.Error()}
	var ce *conflictError
	var re *requestError
	switch {
	case errors.As(err, &ce):
		rev := ce.revision
		code, body = http.StatusConflict, ErrorAnswer{Error: ce.msg, Revision: &rev, Review: ce.review}
	case errors.As(err, &re):
		code, body = re.code, ErrorAnswer{Error: re.msg}
	}
	if isForm(r) {
		s.errorPage(w, code, body.Error)
		return
	}
	writeJSON(w, code, body)
}
