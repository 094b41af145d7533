package main

import (
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
// usage, input or output errors.
func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", "check [flags] [PATH...]", stderr)
	var in inputFlags
	in.register(fs)
	failOn := fs.String("fail-on", "number_mismatch,date_mismatch,framing_differs", "comma-separated `VERDICTS` that fail the check when unreviewed")
	reviewed := fs.String("reviewed", "", "the review `FILE` (default: "+report.DefaultReviewFile+" at the corpus root)")
	format := fs.StringP("format", "f", "json", "the `FORMAT` ("+report.FormatNames()+") of the full report written to --output")
	output := fs.StringP("output", "o", "", "write the full report to `FILE` (atomically)")
	baseline := fs.String("baseline", "", "the baseline `FILE` of --new-only and --write-baseline (default: "+report.DefaultBaselineFile+" at the corpus root)")
	newOnly := fs.Bool("new-only", false, "fail only on findings that are not in the baseline")
	writeBaseline := fs.Bool("write-baseline", false, "write the findings that fail today to the baseline, and pass")
	if ok, code := parse(fs, args, stdout); !ok {
		return code
	}
	fail := map[compare.Verdict]bool{}
	for _, name := range strings.Split(*failOn, ",") {
		v, err := compare.ParseVerdict(strings.TrimSpace(name))
		if err != nil {
			msgf(stderr, "claimcheck check: --fail-on: %v", err)
			return exitUsage
		}
		fail[v] = true
	}
	if fs.Changed("format") && *output == "" {
		msgf(stderr, "claimcheck check: --format needs --output FILE (the check's own summary goes to stdout)")
		return exitUsage
	}
	if _, err := report.Lookup(*format); err != nil {
		msgf(stderr, "claimcheck: %v", err)
		return exitUsage
	}
	if *newOnly && *writeBaseline {
		msgf(stderr, "claimcheck check: --new-only reads the baseline that --write-baseline writes: give one of them")
		return exitUsage
	}
	path := *reviewed
	if path == "" {
		path = filepath.Join(corpusRoot(fs.Args()), report.DefaultReviewFile)
	}
	basePath := *baseline
	if basePath == "" {
		basePath = filepath.Join(corpusRoot(fs.Args()), report.DefaultBaselineFile)
	}
	var base *report.Baseline
	if *newOnly {
		b, err := report.LoadBaseline(basePath)
		if err != nil {
			msgf(stderr, "claimcheck: %v", err)
			return exitUsage
		}
		base = b
	}
	rf, err := report.LoadReviews(path)
	if err != nil {
		msgf(stderr, "claimcheck: %v", err)
		return exitUsage
	}
	paths := inputPaths(fs.Args(), stdin)
	c, err := in.corpus(paths, stdin, stderr)
	if err != nil {
		msgf(stderr, "claimcheck: %v", err)
		return exitUsage
	}
	if len(c.Documents) == 0 {
		// A check of nothing must not pass: the path is wrong, or the
		// folder holds no article of a known kind.
		msgf(stderr, "claimcheck check: no documents read from %s: give files or folders of .txt, .md, .jsonl or .html articles", corpusName(paths))
		return exitUsage
	}
	r := newReport(c)
	r.Reviews = rf.Map()
	if *output != "" {
		if err := render(*format, *output, r, report.Options{StepSummary: stepSummaryFile()}, stdout); err != nil {
			msgf(stderr, "claimcheck: %v", err)
			return exitUsage
		}
	}
	failing := func(v compare.Verdict) bool { return fail[v] }
	if *writeBaseline {
		b := report.NewBaseline(r.Findings, failing)
		if err := b.Save(basePath); err != nil {
			msgf(stderr, "claimcheck: %v", err)
			return exitUsage
		}
		if err := msgf(stdout, "claimcheck check: wrote %d findings (%s) to the baseline %s; check --new-only fails only on others",
			len(b.Findings), *failOn, basePath); err != nil {
			msgf(stderr, "claimcheck: write standard output: %v", err)
			return exitUsage
		}
		return inputStatus(c.Skipped)
	}
	t := report.NewTriage(r.Findings, rf, failing)
	opt := report.CheckOptions{FailOn: *failOn, ReviewFile: path, Corpus: paths}
	if base != nil {
		t.Apply(base)
		opt.Baseline = basePath
	}
	// A summary that could not be written is an error: a check whose
	// output is lost must not pass.
	if err := report.WriteCheck(stdout, r, t, opt); err != nil {
		msgf(stderr, "claimcheck: write standard output: %v", err)
		return exitUsage
	}
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
