package load

import (
	"strconv"
	"strings"
)

// Skipped is an input that could not be read as a document, with the
// reason. Line is the 1-based line of the problem when there is one (a
// malformed JSONL record, invalid UTF-8), else 0. A problem that does not
// keep a document from being read is a Warning instead.
type Skipped struct {
	Path string `json:"path"`
	Line int    `json:"line,omitempty"`
	Err  string `json:"error"`
}

// Error returns one line, "path:line: what is wrong" (":line" omitted when
// Line is 0), that can be printed to stderr as is.
func (s Skipped) Error() string {
	if s.Line > 0 {
		return s.Path + ":" + strconv.Itoa(s.Line) + ": " + s.Err
	}
	return s.Path + ": " + s.Err
}

// skipped returns the Skipped of path at line for the reason msg, made
// one line.
func skipped(path string, line int, msg string) *Skipped {
	return &Skipped{Path: path, Line: line, Err: strings.ReplaceAll(msg, "\n", " ")}
}
