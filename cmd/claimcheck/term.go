package main

import (
	"io"
	"os"
)

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// isPipeOrFile reports whether r is a pipe, a socket or a regular file:
// standard input that a shell redirected or piped ("claimcheck <
// article.txt", "curl ... | claimcheck"). A terminal, /dev/null and
// other character devices are not, nor is a reader that is not an
// *os.File (tests give their own).
func isPipeOrFile(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	if err != nil {
		return false
	}
	m := st.Mode()
	return m.IsRegular() || m&(os.ModeNamedPipe|os.ModeSocket) != 0
}

// inputPaths is what a command reads given the paths of its command
// line: those paths; with none, standard input ("-") when it is a pipe
// or a file (isPipeOrFile); else none, which stands for the built-in
// seeds.
func inputPaths(paths []string, stdin io.Reader) []string {
	if len(paths) == 0 && isPipeOrFile(stdin) {
		return []string{"-"}
	}
	return paths
}
