package main

import (
	"fmt"
	"io"
	"os"
	"os/user"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/report"
)

// findingID is the form of a finding id: twelve hex digits, and "-N" for
// a second finding with the same fingerprint.
var findingID = regexp.MustCompile(`^[0-9a-f]{12}(-[0-9]+)?$`)

// reviewUsage is the synopsis of the review command.
const reviewUsage = `review accept|dismiss ID... --note "why" [--by NAME] [PATH...]
       claimcheck review undo ID... [--by NAME] [PATH...]
       claimcheck review list [PATH...]
       claimcheck review history [ID...] [PATH...]

The review file is claimcheck-reviewed.json at the corpus root (the first
PATH when it is a folder, else its folder; the current folder for the
built-in seeds), the file that check and serve read; --reviewed names
another. accept and dismiss read the corpus and refuse ids that are not
among its findings (--any-id records them all the same).`

// runReview records, takes back or lists reviewers' decisions:
// `review accept|dismiss ID... --note "…"`, `review undo ID...`,
// `review list`, `review history [ID...]`. Arguments in the form of a
// finding id are ids; the others are the corpus's paths.
func runReview(args []string, stdin io.Reader, stdout, stderr io.Writer, now func() time.Time) int {
	out := &outWriter{w: stdout}
	return out.failed(stderr, review(args, stdin, out, stderr, now))
}

// review is runReview writing to stdout, whose errors runReview reports.
func review(args []string, stdin io.Reader, stdout, stderr io.Writer, now func() time.Time) int {
	fs := newFlagSet("review", reviewUsage, stderr)
	var in inputFlags
	in.register(fs)
	note := fs.String("note", "", "why: what the reviewer found (required for accept and dismiss)")
	by := fs.String("by", "", "who decides (default: the user's name)")
	reviewed := fs.String("reviewed", "", "the review `FILE` (default: "+report.DefaultReviewFile+" at the corpus root)")
	anyID := fs.Bool("any-id", false, "record decisions on ids that are not among the corpus's findings")
	if ok, code := parse(fs, args, stdout); !ok {
		return code
	}
	rest := fs.Args()
	if len(rest) == 0 {
		msgf(stderr, "claimcheck review: say accept, dismiss, undo, list or history (see claimcheck review --help)")
		return exitUsage
	}
	action := rest[0]
	var ids, paths []string
	for _, a := range rest[1:] {
		_, statErr := os.Stat(a)
		switch {
		case findingID.MatchString(a):
			ids = append(ids, a)
		case statErr == nil || a == "-":
			paths = append(paths, a)
		default:
			msgf(stderr, "claimcheck review: %q is neither a finding id (twelve hex digits, as in [94d6a8137565]) nor a file or folder of the corpus", a)
			return exitUsage
		}
	}
	path := *reviewed
	if path == "" {
		path = filepath.Join(corpusRoot(paths), report.DefaultReviewFile)
	}
	who := *by
	if who == "" {
		who = userName()
	}
	switch action {
	case "list", "history":
		rf, err := report.LoadReviews(path)
		if err != nil {
			msgf(stderr, "claimcheck: %v", err)
			return exitUsage
		}
		if action == "list" {
			if len(rf.Reviews) == 0 {
				msgf(stdout, "no reviews in %s", path)
			}
			for _, r := range rf.Reviews {
				writeReview(stdout, r)
			}
			return exitOK
		}
		entries := rf.History
		if len(entries) == 0 {
			entries = rf.Reviews
		}
		want := map[string]bool{}
		for _, id := range ids {
			want[id] = true
		}
		n := 0
		for _, r := range entries {
			if len(want) == 0 || want[r.Finding] {
				writeReview(stdout, r)
				n++
			}
		}
		if n == 0 {
			msgf(stdout, "no history in %s", path)
		}
		return exitOK
	case "accept", "dismiss", "undo":
	default:
		msgf(stderr, "claimcheck review: unknown action %q: want accept, dismiss, undo, list or history", action)
		return exitUsage
	}
	if len(ids) == 0 {
		msgf(stderr, "claimcheck review %s: name the finding ids (the [id] of each finding in the report, twelve hex digits)", action)
		return exitUsage
	}
	if action != "undo" && *note == "" {
		msgf(stderr, "claimcheck review %s: --note is required: say why, for the next reviewer", action)
		return exitUsage
	}
	if action != "undo" && !*anyID {
		c, err := in.corpus(paths, stdin, stderr)
		if err != nil {
			msgf(stderr, "claimcheck: %v", err)
			return exitUsage
		}
		known := map[string]bool{}
		for _, f := range newReport(c).Findings {
			known[f.ID] = true
		}
		for _, id := range ids {
			if !known[id] {
				msgf(stderr, "claimcheck review: %s is not a finding of %s: check the id in the report, or give --any-id to record it all the same", id, corpusName(paths))
				return exitUsage
			}
		}
	}
	at := now().UTC().Format(time.RFC3339)
	var msgs []string
	err := report.UpdateReviews(path, func(rf *report.ReviewFile) error {
		msgs = msgs[:0]
		for _, id := range ids {
			if action == "undo" {
				cur, ok, err := rf.Undo(id, who, at)
				if err != nil {
					return err
				}
				if ok {
					msgs = append(msgs, fmt.Sprintf("%s: undone; %s again (by %s at %s)", id, cur.Decision, cur.By, cur.At))
				} else {
					msgs = append(msgs, fmt.Sprintf("%s: undone; not reviewed", id))
				}
				continue
			}
			decision := report.Accepted
			if action == "dismiss" {
				decision = report.Dismissed
			}
			old, had := rf.Decide(report.Review{Finding: id, Decision: decision, Note: *note, By: who, At: at})
			if had {
				msgs = append(msgs, fmt.Sprintf("%s: %s; it was %s by %s at %s (review undo %s takes it back)", id, decision, old.Decision, old.By, old.At, id))
			} else {
				msgs = append(msgs, fmt.Sprintf("%s: %s", id, decision))
			}
		}
		return nil
	})
	if err != nil {
		msgf(stderr, "claimcheck review: %v", err)
		return exitUsage
	}
	for _, m := range msgs {
		msgf(stdout, "%s", m)
	}
	msgf(stdout, "recorded in %s", path)
	return exitOK
}

// writeReview prints one decision as a line of review list and history,
// escaped as msgf escapes a message: the review file is text anyone may
// edit.
func writeReview(w io.Writer, r report.Review) {
	line := fmt.Sprintf("%s  %-9s  %s  %s", r.Finding, r.Decision, r.At, r.By)
	if r.Note != "" {
		line += ": " + r.Note
	}
	msgf(w, "%s", line)
}

// userName is who decides when --by is not given: $USER, else the
// account's name, else "unknown".
func userName() string {
	if u := os.Getenv("USER"); u != "" {
		return u
	}
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return "unknown"
}

// corpusName names a corpus given as paths, for messages.
func corpusName(paths []string) string {
	switch {
	case len(paths) == 0:
		return "the built-in seeds"
	case len(paths) == 1 && paths[0] == "-":
		return "standard input"
	}
	return strings.Join(paths, " ")
}
