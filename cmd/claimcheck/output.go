package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/report"
)

// msgf writes one line to w: what format makes of args, with what came
// from the inputs or the command line made safe for a terminal and a CI
// log. Control characters and bidirectional overrides are escaped
// (report.TerminalText), so a file name or document id never moves the
// cursor or starts a line of its own, and a line that would begin with
// "::" (a GitHub Actions workflow command) has its first colon escaped
// (report.GuardWorkflowCommands). A newline ending format is the line's
// own; msgf adds one when format has none. It returns the write's error.
func msgf(w io.Writer, format string, args ...any) error {
	s := strings.TrimSuffix(fmt.Sprintf(format, args...), "\n")
	_, err := w.Write(report.GuardWorkflowCommands([]byte(report.TerminalText(s) + "\n")))
	return err
}

// outWriter is the standard output of a command, which remembers the
// first write that failed (a full disk, a closed pipe): a command that
// prints its result there checks Err before it exits, and fails when its
// output was lost.
type outWriter struct {
	w   io.Writer
	err error
}

// Write writes p, unless an earlier write failed.
func (o *outWriter) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err != nil {
		o.err = err
	}
	return n, err
}

// failed reports, on stderr, that writing to standard output failed, and
// returns the exit status of an output error; it returns code when
// every write succeeded.
func (o *outWriter) failed(stderr io.Writer, code int) int {
	if o.err == nil {
		return code
	}
	msgf(stderr, "claimcheck: write standard output: %v", o.err)
	return exitUsage
}
