// Package serve is the review desk: a local web application over a
// claimcheck report, in which fact-checkers read its findings and record
// their decisions in the review file.
//
// A Server (New) shows the findings list, with counts per verdict,
// filters, search and pages of 50; a page for each finding, with its
// sources side by side, the word diff, each quote in the sentences around
// it, the normalized values, the rule that fired and, for a running
// count, its series as a chart; and each document of the corpus, by its
// id. Decisions go to the review file through report.UpdateReviews, so
// that two reviewers, two tabs or a reviewer and the review command never
// lose each other's decisions. The pages use nothing but the server
// itself: templates, CSS and JavaScript are embedded.
//
// # Pages
//
//	/                    the findings list; its filters are the query parameters of GET /api/findings
//	/findings/{id}       a finding; the list's query parameters, when given, set its previous and next
//	/document?id={id}    a document of the report, by its id, with the quotes marked
//	/static/{file}       the embedded CSS and JavaScript
//
// Keys: j and k move down and up the list (on a finding's page: to the
// next and previous finding of the list it was opened from), Enter
// opens, a accepts and d dismisses (each asks for the note first; Enter
// records it), u undoes, / goes to the search box, n and p turn the
// list's pages, Esc leaves a finding for its list.
//
// # Security
//
// The desk is meant for the machine it runs on (listen on 127.0.0.1).
// Every request must name the listening host in its Host header (a name
// that points elsewhere, as in DNS rebinding, is refused with 403). Every
// write must carry the server's CSRF token, random at each start, in the
// X-CSRF-Token header (or the form field csrf), and must not come from
// another site (Sec-Fetch-Site, Origin); a read-only server refuses every
// write with 403. Documents are served by their id in the report's list
// alone, never by a path from the request, and static files from the
// embedded files alone.
//
// # JSON API
//
// Every answer is JSON; an error is {"error": "what went wrong and what to
// do"} with a 4xx or 5xx status. Every GET answer carries the CSRF token
// in its X-CSRF-Token header, for scripts that record decisions (a page
// of another site cannot read it).
//
//	GET /api/findings
//
// The findings list, filtered and cut into pages (FindingsPage). Query
// parameters, all optional, the same as the list page's, so that a URL
// can be shared:
//
//	verdict    a verdict name (number_mismatch, date_mismatch,
//	           framing_differs, updated, agree, single_source), or
//	           "flagged" for the first three; repeat it or separate
//	           names with commas for several
//	kind       a claim kind (casualties, date, control, ...)
//	source     an outlet: findings with a claim of a document of it
//	reviewed   "yes" (any decision), "no" (none), "accepted", "dismissed"
//	min        the least confidence, from 0 to 1
//	q          words that must all appear, in any case, in the fact, the
//	           finding id, the quotes or their sentences
//	page       the page, from 1 (a page past the last gives no items)
//	per_page   findings a page, 50 unless given, at most 500
//
// The answer:
//
//	{"total": 46, "matched": 2, "page": 1, "per_page": 50, "pages": 1,
//	 "counts": [{"verdict": "number_mismatch", "count": 1}, ...],
//	 "items": [{"id": "bae72bb9c156", "verdict": "number_mismatch",
//	   "kind": "casualties", "fact": "deaths (people) in the war of 2020",
//	   "confidence": 0.9, "sources": ["Norport Herald"],
//	   "documents": ["a.txt", "c.txt"], "quotes": ["3,000 people", ...],
//	   "review": null, "revision": 0}]}
//
// total counts the report's findings and matched those the filters
// select. counts gives, for each verdict in report order, the findings
// that all filters but verdict select, so that a list can offer each
// verdict with its count. review is the current decision (null when
// none) and revision the number of decisions and undos recorded on the
// finding, to send back with a decision.
//
//	GET /api/findings/{id}
//
// One finding (FindingDetail): the finding as in the JSON report, the
// documents its claims come from, its current review, its revision and
// its decision history, oldest first. 404 when the report has no such
// finding.
//
//	GET /api/reviews
//
// The review file (ReviewsAnswer): its path, the current decisions and
// the history of every decision and undo.
//
//	POST /api/findings/{id}/decision
//	{"decision": "accepted" | "dismissed", "note": "why", "by": "ana", "revision": 0}
//
// Records a decision. note is required; by defaults to the server's
// reviewer (claimcheck serve --by); revision is the revision of the
// finding the client saw. When another decision or undo was recorded on
// the finding since, nothing is written and the answer is 409 Conflict:
// {"error": "finding X was decided by Y at Z since you loaded it; reload
// to see it", "revision": N, "review": {...}}. On success the answer is
// the finding's review, its new revision and its history
// (DecisionAnswer).
//
//	POST /api/findings/{id}/undo
//	{"by": "ana", "revision": 1}
//
// Takes back the current decision, as the review command's undo does:
// the decision before it, if any, is current again. The revision check
// and the answer are those of a decision; a finding with no decision to
// undo is a 409 too.
//
// Both writes take a JSON body (Content-Type: application/json) with the
// CSRF token in the X-CSRF-Token header, or an HTML form with the token
// in the field csrf (the page's fallback without JavaScript), answered
// by a redirect to the finding's page. They are refused with 403 when
// the token is missing or wrong, when the request comes from another
// site, and when the server is read-only.
//
// An example with curl:
//
//	token=$(curl -sI http://127.0.0.1:8080/api/reviews | sed -n 's/^X-Csrf-Token: //ip' | tr -d '\r')
//	curl -s http://127.0.0.1:8080/api/findings/bae72bb9c156/decision \
//	  -H "X-CSRF-Token: $token" -H 'Content-Type: application/json' \
//	  -d '{"decision": "accepted", "note": "the ministry counts soldiers only", "revision": 0}'
package serve
