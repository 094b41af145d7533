package main

import (
	"fmt"
	"io"
	"os"
	"regexp"
	"time"

	"github.com/claimcheck/claimcheck/report"
)

// findingID is the form of a finding id: twelve hex digits, and "-N" for
// a repeat of one sentence in one document.
var findingID = regexp.MustCompile(`^[0-9a-f]{12}(-[0-9]+)?$`)

// runReview records or lists reviewers' decisions without reading the
// corpus: `review accept|dismiss ID... --note "…"`, `review list`.
func runReview(args []string, stdout, stderr io.Writer, now func() time.Time) int {
	fs := newFlagSet("review", "review accept|dismiss FINDING-ID... --note \"why\" [--by NAME] [--reviewed FILE]\n       claimcheck review list [--reviewed FILE]", stderr)
	note := fs.String("note", "", "why: what the reviewer found (required for accept and dismiss)")
	by := fs.String("by", os.Getenv("USER"), "who decides")
	reviewed := fs.String("reviewed", report.DefaultReviewFile, "the review `FILE`")
	if ok, code := parse(fs, args, stdout); !ok {
		return code
	}
	rest := fs.Args()
	if len(rest) == 0 {
		fmt.Fprintln(stderr, "claimcheck review: say accept, dismiss or list (see claimcheck review --help)")
		return exitUsage
	}
	rf, err := report.LoadReviews(*reviewed)
	if err != nil {
		fmt.Fprintf(stderr, "claimcheck: %v\n", err)
		return exitUsage
	}
	switch rest[0] {
	case "list":
		if len(rf.Reviews) == 0 {
			fmt.Fprintf(stdout, "no reviews in %s\n", *reviewed)
		}
		for _, r := range rf.Reviews {
			fmt.Fprintf(stdout, "%s  %-9s  %s  %s: %s\n", r.Finding, r.Decision, r.At, r.By, r.Note)
		}
		return exitOK
	case "accept", "dismiss":
	default:
		fmt.Fprintf(stderr, "claimcheck review: unknown action %q: want accept, dismiss or list\n", rest[0])
		return exitUsage
	}
	ids := rest[1:]
	if len(ids) == 0 {
		fmt.Fprintf(stderr, "claimcheck review %s: name the finding ids (the [id] of each finding in the report)\n", rest[0])
		return exitUsage
	}
	if *note == "" {
		fmt.Fprintf(stderr, "claimcheck review %s: --note is required: say why, for the next reviewer\n", rest[0])
		return exitUsage
	}
	for _, id := range ids {
		if !findingID.MatchString(id) {
			fmt.Fprintf(stderr, "claimcheck review: %q is not a finding id (twelve hex digits, as in [94d6a8137565])\n", id)
			return exitUsage
		}
	}
	decision := report.Accepted
	if rest[0] == "dismiss" {
		decision = report.Dismissed
	}
	at := now().UTC().Format(time.RFC3339)
	for _, id := range ids {
		rf.Set(report.Review{Finding: id, Decision: decision, Note: *note, By: *by, At: at})
	}
	if err := rf.Save(*reviewed); err != nil {
		fmt.Fprintf(stderr, "claimcheck: %v\n", err)
		return exitUsage
	}
	fmt.Fprintf(stdout, "%s %d finding(s) in %s\n", decision, len(ids), *reviewed)
	return exitOK
}
