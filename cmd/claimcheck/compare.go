package main

import (
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"

	"github.com/claimcheck/claimcheck/report"
)

// runCompare runs the whole pipeline and prints the report. The review
// decisions of the review file (--reviewed, or report.DefaultReviewFile
// at the corpus root when there is one) are shown in every format; the
// claimreview format publishes the accepted findings only.
func runCompare(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("compare", "[compare] [flags] [PATH...]", stderr)
	var in inputFlags
	in.register(fs)
	format := fs.StringP("format", "f", "text", "output `FORMAT`: "+report.FormatNames())
	output := fs.StringP("output", "o", "", "write the report to `FILE` (atomically) instead of stdout")
	color := fs.String("color", "auto", "colour the text report: auto (on a terminal, unless NO_COLOR is set), always, never")
	reviewed := fs.String("reviewed", "", "show the decisions of the review `FILE` (default: "+report.DefaultReviewFile+" at the corpus root, when there is one)")
	author := fs.String("author", "", "claimreview: the `NAME` of the organization that publishes the reviews (default: each finding's reviewer, as a person)")
	authorURL := fs.String("author-url", "", "claimreview: the `URL` of the --author organization")
	pageURL := fs.String("page-url", "", "claimreview: the `URL` of the page that publishes the reviews (default: the URL of the document the claim first appeared in)")
	if ok, code := parse(fs, args, stdout); !ok {
		return code
	}
	if _, err := report.Lookup(*format); err != nil {
		msgf(stderr, "claimcheck: %v", err)
		return exitUsage
	}
	for _, u := range []struct{ flag, val string }{{"author-url", *authorURL}, {"page-url", *pageURL}} {
		if err := checkWebURL(u.val); err != nil {
			msgf(stderr, "claimcheck compare: --%s: %v", u.flag, err)
			return exitUsage
		}
	}
	if *authorURL != "" && *author == "" {
		msgf(stderr, "claimcheck compare: --author-url needs --author NAME")
		return exitUsage
	}
	opt := report.Options{StepSummary: stepSummaryFile(), ClaimReviewAuthor: *author, ClaimReviewAuthorURL: *authorURL, ClaimReviewURL: *pageURL}
	switch *color {
	case "always":
		opt.Color = true
	case "never":
	case "auto":
		opt.Color = (*output == "" || *output == "-") && isTerminal(stdout) && os.Getenv("NO_COLOR") == ""
	default:
		msgf(stderr, "claimcheck: --color %q: want auto, always or never", *color)
		return exitUsage
	}
	// A review file given, or the default one at the corpus root; a
	// default that does not exist is no review (LoadReviews).
	path := *reviewed
	if path == "" {
		path = filepath.Join(corpusRoot(fs.Args()), report.DefaultReviewFile)
	}
	rf, err := report.LoadReviews(path)
	if err != nil {
		msgf(stderr, "claimcheck: %v", err)
		return exitUsage
	}
	c, err := in.corpus(fs.Args(), stdin, stderr)
	if err != nil {
		msgf(stderr, "claimcheck: %v", err)
		return exitUsage
	}
	r := newReport(c)
	if len(rf.Reviews) > 0 {
		r.Reviews = rf.Map()
	}
	if *format == "claimreview" && *pageURL == "" {
		if n := reviewsWithoutURL(r); n > 0 {
			msgf(stderr, "claimcheck: warning: %d ClaimReview(s) have no url, as their documents give none: give --page-url, the page that publishes them", n)
		}
	}
	if err := render(*format, *output, r, opt, stdout); err != nil {
		msgf(stderr, "claimcheck: %v", err)
		return exitUsage
	}
	return inputStatus(c.Skipped)
}

// checkWebURL reports whether s, when given, is an absolute http or https
// URL, as schema.org's url wants.
func checkWebURL(s string) error {
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil {
		return err
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%q is not an absolute http or https URL", s)
	}
	return nil
}

// reviewsWithoutURL counts the accepted findings of r none of whose
// documents gives a URL: their ClaimReviews have no url unless the
// command names the page that publishes them.
func reviewsWithoutURL(r *report.Report) int {
	urls := map[string]bool{}
	for _, d := range r.Documents {
		urls[d.ID] = d.URL != ""
	}
	n := 0
	for _, f := range r.Findings {
		if rv, ok := r.Reviews[f.ID]; !ok || rv.Decision != report.Accepted {
			continue
		}
		has := false
		for _, c := range f.Claims {
			has = has || urls[c.Doc]
		}
		if !has {
			n++
		}
	}
	return n
}
