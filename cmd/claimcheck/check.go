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
	r := newReport(c)
	r.Reviews = rf.Map()
	if *output != "" {
		if err := render(*format, *output, r, report.Options{StepSummary: stepSummaryFile()}, stdout); err != nil {
			fmt.Fprintf(stderr, "claimcheck: %v\n", err)
			return exitUsage
		}
	}
	t := report.NewTriage(r.Findings, rf, func(v compare.Verdict) bool { return fail[v] })
	// The exit status says what the check found; as with the rest of
	// the commands' output to stdout, a failed write does not change it.
	_ = report.WriteCheck(stdout, r, t, report.CheckOptions{FailOn: *failOn, ReviewFile: path})
	switch {
	case len(c.Skipped) > 0:
		return exitUsage
	case len(t.Unreviewed) > 0:
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
