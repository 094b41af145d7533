package report

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// TerminalText escapes s for printing in terminal text: the text report,
// the summary of a check and the messages on standard error. Document ids,
// file names, article text and review notes come from files anyone may
// write, and a terminal obeys the control characters among them (ESC
// sequences that set the window title or clear the screen, a carriage
// return that writes over the line) and shows bidirectional overrides
// reordered (Trojan Source). TerminalText writes each of these as a
// visible escape instead:
//
//   - line feed, carriage return and tab as \n, \r and \t, so that an id
//     or a sentence never starts a new output line and never hides its
//     width in a tab;
//   - the other C0 controls and DEL as \xNN (ESC as \x1b);
//   - the C1 controls (U+0080–U+009F), the bidirectional embeddings,
//     overrides and isolates (U+202A–U+202E, U+2066–U+2069), the
//     directional marks U+200E, U+200F and U+061C, and the line and
//     paragraph separators U+2028 and U+2029 as \uNNNN;
//   - a byte that is not valid UTF-8 as \xNN.
//
// Everything else, backslashes included, is kept as it is: the escaping
// makes the text safe to show, not reversible.
func TerminalText(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return r == utf8.RuneError || terminalUnsafe(r) })
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for s = s[i:]; s != ""; {
		r, n := utf8.DecodeRuneInString(s)
		switch {
		case r == utf8.RuneError && n <= 1:
			fmt.Fprintf(&b, `\x%02x`, s[0])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x80 && terminalUnsafe(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case terminalUnsafe(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[:n])
		}
		s = s[n:]
	}
	return b.String()
}

// terminalUnsafe tells the characters TerminalText escapes.
func terminalUnsafe(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x200e, r == 0x200f, r == 0x061c, r == 0x2028, r == 0x2029:
		return true
	}
	return false
}

// terminalErrorText is TerminalText of err's message.
func terminalErrorText(err error) string { return TerminalText(err.Error()) }

// guardWorkflowCommands rewrites the lines of b that a GitHub Actions
// runner would take for a workflow command: a line whose first
// characters other than white space are "::". The runner reads every line
// a step prints to standard output or standard error, and a document id
// or sentence such as "::add-mask::x" or "::error::x" at the start of a
// line would hide the log's text or annotate the run. The first colon
// is replaced by esc: `\x3a` in terminal text, `\:` in Markdown (where it
// reads as a colon), `&#58;` in HTML (likewise).
func guardWorkflowCommands(b []byte, esc string) []byte {
	if !bytes.Contains(b, []byte("::")) {
		return b
	}
	var out bytes.Buffer
	out.Grow(len(b) + 16)
	for len(b) > 0 {
		line := b
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			line = b[:i+1]
		}
		b = b[len(line):]
		rest := bytes.TrimLeftFunc(line, unicode.IsSpace)
		if bytes.HasPrefix(rest, []byte("::")) {
			lead := len(line) - len(rest)
			out.Write(line[:lead])
			out.WriteString(esc)
			out.Write(rest[1:])
			continue
		}
		out.Write(line)
	}
	return out.Bytes()
}

// GuardWorkflowCommands rewrites the lines of plain text b that a GitHub
// Actions runner would take for a workflow command (a line whose first
// characters other than white space are "::"), replacing the first colon
// with the visible escape \x3a. Commands print their own messages
// through it, so that no document id or file name can issue a workflow
// command.
func GuardWorkflowCommands(b []byte) []byte { return guardWorkflowCommands(b, `\x3a`) }
