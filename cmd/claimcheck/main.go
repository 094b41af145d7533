// Command claimcheck reads news articles, extracts their factual claims and
// reports where the sources agree, give different numbers for the same
// fact, or describe it in different words.
//
// Usage:
//
//	claimcheck [compare] [flags] [PATH...]
//	claimcheck extract [flags] [PATH...]
//
// With no PATH it reads the seed articles built into it. Run
// "claimcheck --help" for the flags.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// Exit codes.
const (
	exitOK    = 0 // success
	exitFound = 1 // check: unreviewed discrepancies (reserved)
	exitUsage = 2 // usage or input errors
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

PATH is a file or a directory (read recursively, in sorted order) of .txt,
.md, .jsonl or .html articles; "-" reads one article from standard input.
With no PATH, claimcheck reads its built-in seed articles.

Run "claimcheck COMMAND --help" for the flags of a command.

Exit status: 0 success, 2 usage or input errors (and, when there is no
document left to read, 2 as well).
`

// run is the whole command: it parses args, does the work and returns the
// exit status. Only main exits.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "--version", "-version", "version":
			fmt.Fprintln(stdout, "claimcheck", versionString())
			return exitOK
		case "--help", "-h", "-help", "help":
			fmt.Fprint(stdout, usage)
			return exitOK
		case "compare":
			return runCompare(args[1:], stdin, stdout, stderr)
		case "extract":
			return runExtract(args[1:], stdin, stdout, stderr)
		}
	}
	return runCompare(args, stdin, stdout, stderr)
}
