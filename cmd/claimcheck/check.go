package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
)

// runCheck runs the pipeline for CI: it fails (exit 1) when there are
// flagged findings that the review file does not record, lists reviews
// that no longer match a finding (stale) without failing, and exits 2 on
// usage or input errors.
func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", "check [flags] [PATH...]", stderr)
	var in inputFlags
	in.register(fs)
	failOn := fs.String("fail-on", "number_mismatch,date_mismatch,framing_differs", "comma-separated `VERDICTS` that fail the check when unreviewed")
	reviewed := fs.String("reviewed", "", "the review `FILE` (default: "+report.DefaultReviewFile+" at the corpus root)")
	format := fs.StringP("format", "f", "json", "the `FORMAT` ("+report.FormatNames()+") of the full report written to --output")
	output := fs.StringP("output", "o", "", "write the full report to `FILE` (atomically)")
	if ok, code := parse(fs, args, stdout); !ok {
		return code
	}
	fail := map[compare.Verdict]bool{}
	for _, name := range strings.Split(*failOn, ",") {
		v, err := compare.ParseVerdict(strings.TrimSpace(name))
		if err != nil {
			fmt.Fprintf(stderr, "claimcheck check: --fail-on: %v\n", err)
			return exitUsage
		}
		fail[v] = true
	}
	if fs.Changed("format") && *output == "" {
		fmt.Fprintln(stderr, "claimcheck check: --format needs --output FILE (the check's own summary goes to stdout)")
		return exitUsage
	}
	if _, err := report.Lookup(*format); err != nil {
		fmt.Fprintf(stderr, "claimcheck: %v\n", err)
		return exitUsage
	}
	path := *reviewed
	if path == "" {
		path = filepath.Join(corpusRoot(fs.Args()), report.DefaultReviewFile)
	}
	rf, err := report.LoadReviews(path)
	if err != nil {
		fmt.Fprintf(stderr, "claimcheck: %v\n", err)
		return exitUsage
	}
	c, err := in.corpus(fs.Args(), stdin, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "claimcheck: %v\n", err)
		return exitUsage
	}
	r := report.New(c.Documents, c.Skipped, compare.Compare(c.Claims))
	r.Reviews = rf.Map()
	if *output != "" {
		if err := render(*format, *output, r, report.Options{StepSummary: stepSummaryFile()}, stdout); err != nil {
			fmt.Fprintf(stderr, "claimcheck: %v\n", err)
			return exitUsage
		}
	}
	current := map[string]bool{}
	var unreviewed []compare.Finding
	reviewedCount := 0
	for _, f := range r.Findings {
		current[f.ID] = true
		if !fail[f.Verdict] {
			continue
		}
		if _, ok := r.Reviews[f.ID]; ok {
			reviewedCount++
			continue
		}
		unreviewed = append(unreviewed, f)
	}
	fmt.Fprintf(stdout, "claimcheck check: %d documents, %d findings to review (%s), %d reviewed, %d not reviewed\n",
		len(r.Documents), reviewedCount+len(unreviewed), *failOn, reviewedCount, len(unreviewed))
	for _, f := range unreviewed {
		fmt.Fprintf(stdout, "\n%s  %s  [%s]\n  %s\n", f.Verdict, f.Fact, f.ID, f.Summary)
		for _, cl := range f.Claims {
			fmt.Fprintf(stdout, "  - %s:%d  %s  «%s»\n", r.Path(cl.Doc), cl.QuoteLine, compare.Describe(cl.Value), cl.Quote)
		}
	}
	var stale []string
	for _, rv := range rf.Reviews {
		if !current[rv.Finding] {
			stale = append(stale, rv.Finding)
		}
	}
	if len(stale) > 0 {
		fmt.Fprintf(stdout, "\nstale reviews in %s (their findings no longer exist; remove them when you like): %s\n", path, strings.Join(stale, ", "))
	}
	if len(unreviewed) > 0 {
		fmt.Fprintf(stdout, "\nrecord a decision with: claimcheck review accept|dismiss ID... --note \"why\" --reviewed %s\n", path)
	}
	switch {
	case len(c.Skipped) > 0:
		return exitUsage
	case len(unreviewed) > 0:
		return exitFound
	}
	return exitOK
}

// corpusRoot is the folder a corpus given as paths stands in: the first
// path when it is a folder, else its folder; the current folder for the
// built-in seeds and standard input.
func corpusRoot(paths []string) string {
	if len(paths) == 0 || paths[0] == "-" {
		return "."
	}
	if st, err := os.Stat(paths[0]); err == nil && st.IsDir() {
		return paths[0]
	}
	return filepath.Dir(paths[0])
}
