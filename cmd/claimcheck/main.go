// Command claimcheck reads news articles, extracts their factual claims and
// reports where the sources agree, give different numbers for the same
// fact, or describe it in different words.
//
// Usage:
//
//	claimcheck [compare] [flags] [PATH...]
//	claimcheck extract [flags] [PATH...]
//
// With no PATH it reads standard input when that is a pipe or a file,
// else the seed articles built into it. Run "claimcheck --help" for the
// flags.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/agnivade/levenshtein"
)

// Exit codes.
const (
	exitOK    = 0 // success
	exitFound = 1 // check: flagged findings that are not reviewed
	exitUsage = 2 // usage, input or output errors (a failed write to stdout)
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// version is set by the linker (-ldflags "-X main.version=...") or read
// from the module's build information.
var version = ""

func versionString() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

const usage = `claimcheck checks news sources against each other.

Usage:
  claimcheck [compare] [flags] [PATH...]   compare the claims of the articles (default)
  claimcheck extract [flags] [PATH...]     print the claims, one JSON object a line
  claimcheck check [flags] [PATH...]       fail (exit 1) on flagged findings not yet reviewed
  claimcheck review accept|dismiss ID... --note "why" [PATH...]
                                           record a reviewer's decision on findings
  claimcheck review undo ID... [PATH...]   take back the last decision on findings
  claimcheck review list|history [PATH...] show the decisions, or every decision made
  claimcheck serve [flags] [PATH...]       the review desk: review the findings in a browser

PATH is a file or a directory (read recursively, in sorted order) of .txt,
.md, .jsonl or .html articles, or .claims.jsonl claims (as extract writes
them); "-" reads one article from standard input.
With no PATH, claimcheck reads standard input as one article when it is
a pipe or a file (claimcheck < article.txt), else its built-in seed
articles.

Run "claimcheck COMMAND --help" for the flags of a command.

Exit status: 0 success; 1 from check when flagged findings are not
reviewed; 2 usage, input or output errors (the report still covers every
document that could be read).
`

// run is the whole command: it parses args, does the work and returns the
// exit status. Only main exits.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "--version", "-version", "version":
			out := &outWriter{w: stdout}
			fmt.Fprintln(out, "claimcheck", versionString())
			return out.failed(stderr, exitOK)
		case "--help", "-h", "-help", "help":
			out := &outWriter{w: stdout}
			fmt.Fprint(out, usage)
			return out.failed(stderr, exitOK)
		case "compare":
			return runCompare(args[1:], stdin, stdout, stderr)
		case "extract":
			return runExtract(args[1:], stdin, stdout, stderr)
		case "check":
			return runCheck(args[1:], stdin, stdout, stderr)
		case "serve":
			return runServe(args[1:], stdin, stdout, stderr)
		case "review":
			return runReview(args[1:], stdin, stdout, stderr, time.Now)
		}
		if name, ok := mistypedCommand(args[0]); ok {
			msgf(stderr, "claimcheck: unknown command %q: did you mean %q?", args[0], name)
			return exitUsage
		}
	}
	return runCompare(args, stdin, stdout, stderr)
}

// commands are the names of the subcommands, which mistypedCommand
// matches a first argument against.
var commands = []string{"compare", "extract", "check", "review", "serve", "help", "version"}

// mistypedCommand reports whether arg, the first argument, is a
// subcommand's name mistyped ("compaer", "extarct"): not a flag, not
// standard input, not an existing file or folder (which is a path to
// read, whatever its name), and at most two edits (levenshtein) from a
// command's name, which it returns, the nearest first. Each command is
// at least five letters long, or its name would be too near too many
// words; "help" is four and is matched at one edit.
func mistypedCommand(arg string) (string, bool) {
	if arg == "" || arg == "-" || strings.HasPrefix(arg, "-") || strings.ContainsAny(arg, `/\.`) {
		return "", false
	}
	if _, err := os.Lstat(arg); err == nil {
		return "", false
	}
	best, bestD := "", 3
	for _, c := range commands {
		limit := 2
		if len(c) < 5 {
			limit = 1
		}
		if d := levenshtein.ComputeDistance(strings.ToLower(arg), c); d <= limit && d < bestD {
			best, bestD = c, d
		}
	}
	return best, best != ""
}
