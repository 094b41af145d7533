package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
	"github.com/claimcheck/claimcheck/seeds"
	"github.com/spf13/pflag"
)

// inputFlags are the flags every command that reads a corpus shares.
type inputFlags struct {
	lexicons []string
	workers  int
}

func (f *inputFlags) register(fs *pflag.FlagSet) {
	fs.StringArrayVar(&f.lexicons, "lexicon", nil, "add or override lexicon entries from this YAML `FILE` (repeatable)")
	fs.IntVarP(&f.workers, "jobs", "j", 0, "documents to read at once (0 or less: one per core; at most "+strconv.Itoa(maxJobs)+")")
}

// maxJobs is the most documents read at once: -j above it is taken as
// maxJobs. Reading is bound by the processors, and each worker holds a
// few documents, so more workers than this only cost memory (and -j
// 1000000000 would exhaust it).
const maxJobs = 256

// jobs is -j as the extractor takes it: 0 (one per core) for zero or
// less, at most maxJobs.
func (f *inputFlags) jobs() int {
	switch {
	case f.workers <= 0:
		return 0
	case f.workers > maxJobs:
		return maxJobs
	}
	return f.workers
}

// newFlagSet returns a flag set for a command that reports its own errors.
func newFlagSet(name, synopsis string, stderr io.Writer) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.SortFlags = false
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: claimcheck %s\n\nFlags:\n%s", synopsis, fs.FlagUsages())
	}
	return fs
}

// parse parses args and reports whether the command should go on; when not,
// code is the exit status.
func parse(fs *pflag.FlagSet, args []string, stdout io.Writer) (ok bool, code int) {
	// pflag prints the usage itself on --help, to the flag set's output:
	// keep it quiet, and print the usage once, to stdout.
	usage := fs.Usage
	fs.Usage = func() {}
	err := fs.Parse(args)
	fs.Usage = usage
	if err != nil {
		if err == pflag.ErrHelp {
			stderr := fs.Output()
			out := &outWriter{w: stdout}
			fs.SetOutput(out)
			fs.Usage()
			return false, out.failed(stderr, exitOK)
		}
		msgf(fs.Output(), "claimcheck %s: %v (see claimcheck %s --help)", fs.Name(), err, fs.Name())
		return false, exitUsage
	}
	return true, exitOK
}

// setup builds the extractor and the loader for the documents under
// paths; with no path, for standard input when it is a pipe or a file
// (see inputPaths), else for the built-in seeds.
func (f *inputFlags) setup(paths []string, stdin io.Reader) (*claims.Extractor, *load.Loader, []string, error) {
	ex, err := claims.NewExtractor(f.lexicons...)
	if err != nil {
		return nil, nil, nil, err
	}
	l := &load.Loader{Stdin: stdin}
	paths = inputPaths(paths, stdin)
	if len(paths) == 0 {
		l.FS = seeds.FS
		paths = []string{"."}
	}
	return ex, l, paths, nil
}

// corpus reads and extracts the claims of the documents under paths, or of
// the built-in seeds when there is none, printing one line to stderr for
// each input it skips, then one for each warning about an input it read.
func (f *inputFlags) corpus(paths []string, stdin io.Reader, stderr io.Writer) (*claims.Corpus, error) {
	ex, l, paths, err := f.setup(paths, stdin)
	if err != nil {
		return nil, err
	}
	opt := claims.RunOptions{Workers: f.jobs()}
	if isTerminal(stderr) {
		prog := newProgress(stderr, time.Now)
		opt.Progress = prog.add
		defer prog.done()
	}
	c := ex.Collect(l, paths, opt)
	if l.FS != nil {
		// The built-in documents are where they stand in the source tree.
		for i := range c.Documents {
			c.Documents[i].Path = "seeds/" + c.Documents[i].Path
		}
	}
	for _, s := range c.Skipped {
		msgf(stderr, "claimcheck: %s", s.Error())
	}
	for _, w := range c.Warnings {
		printWarning(stderr, w)
	}
	return c, nil
}

// printWarning prints a warning about an input that was read, as one
// line on stderr: "claimcheck: warning: PATH:LINE: ...". Warnings never
// change the exit status.
func printWarning(stderr io.Writer, w load.Warning) {
	msgf(stderr, "claimcheck: warning: %s", w)
}

// newReport builds the report of the corpus c with the findings of
// comparing its claims, warnings included.
func newReport(c *claims.Corpus) *report.Report {
	r := report.New(c.Documents, c.Skipped, compare.Compare(c.Claims))
	r.Warnings = c.Warnings
	return r
}

// stepSummaryFile is the file of the GitHub Actions step summary, as the
// runner names it in the environment variable GITHUB_STEP_SUMMARY, or ""
// outside a step. The github format appends the Markdown report to it
// (report.Options.StepSummary).
func stepSummaryFile() string {
	return os.Getenv("GITHUB_STEP_SUMMARY")
}

// writeOutput writes what render produces to the file name, atomically
// (report.WriteAtomic), or to stdout when name is "" or "-".
func writeOutput(name string, stdout io.Writer, render func(io.Writer) error) error {
	if name == "" || name == "-" {
		return render(stdout)
	}
	return report.WriteAtomic(name, render)
}

// render writes r in the format named format to output (stdout when
// output is "" or "-"), atomically when it is a file.
func render(format, output string, r *report.Report, opt report.Options, stdout io.Writer) error {
	f, err := report.Lookup(format)
	if err != nil {
		return err
	}
	return writeOutput(output, stdout, func(w io.Writer) error { return f.Renderer.Render(w, r, opt) })
}
