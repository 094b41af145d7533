package main

import (
	"fmt"
	"io"
	"os"

	"github.com/claimcheck/claimcheck/report"
)

// runCompare runs the whole pipeline and prints the report.
func runCompare(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("compare", "[compare] [flags] [PATH...]", stderr)
	var in inputFlags
	in.register(fs)
	format := fs.StringP("format", "f", "text", "output `FORMAT`: "+report.FormatNames())
	output := fs.StringP("output", "o", "", "write the report to `FILE` (atomically) instead of stdout")
	color := fs.String("color", "auto", "colour the text report: auto (on a terminal, unless NO_COLOR is set), always, never")
	if ok, code := parse(fs, args, stdout); !ok {
		return code
	}
	if _, err := report.Lookup(*format); err != nil {
		fmt.Fprintf(stderr, "claimcheck: %v\n", err)
		return exitUsage
	}
	opt := report.Options{StepSummary: stepSummaryFile()}
	switch *color {
	case "always":
		opt.Color = true
	case "never":
	case "auto":
		opt.Color = (*output == "" || *output == "-") && isTerminal(stdout) && os.Getenv("NO_COLOR") == ""
	default:
		fmt.Fprintf(stderr, "claimcheck: --color %q: want auto, always or never\n", *color)
		return exitUsage
	}
	c, err := in.corpus(fs.Args(), stdin, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "claimcheck: %v\n", err)
		return exitUsage
	}
	r := newReport(c)
	if err := render(*format, *output, r, opt, stdout); err != nil {
		fmt.Fprintf(stderr, "claimcheck: %v\n", err)
		return exitUsage
	}
	return inputStatus(c.Skipped)
}
