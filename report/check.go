package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/claimcheck/claimcheck/compare"
)

// CheckOptions are what the summary of a check names besides its
// triage.
type CheckOptions struct {
	// FailOn names the verdicts the check fails on, as the user wrote
	// them ("number_mismatch,date_mismatch,framing_differs"); the first
	// line quotes it as it is.
	FailOn string
	// ReviewFile is the path of the review file, which the lines on
	// stale reviews and on recording a decision name.
	ReviewFile string
	// Corpus is the paths the check read, which the command that
	// records a decision repeats; none for the built-in seeds.
	Corpus []string
	// Baseline is the path of the baseline a check with --new-only
	// read, or "" when it read none.
	Baseline string
}

// WriteCheck writes the summary of a check of r that gave t, for people
// and CI logs: one line of counts; each unreviewed finding with its
// verdict, fact, id, reason and claims at their file and quote line;
// the stale reviews, when there are some; and, when a finding is still
// to review, the command that records a decision. It writes nothing
// about findings that do not fail or that are reviewed, and it does not
// decide the exit status: a check fails when t.Unreviewed is not empty.
// Like the text report, it escapes what comes from the
// inputs with TerminalText and never begins a line with "::" (see Text),
// so that a check run in a GitHub Actions step prints no workflow command
// of a document's making. It returns the first error writing to w.
func WriteCheck(w io.Writer, r *Report, t Triage, opt CheckOptions) error {
	var bw bytes.Buffer
	esc := TerminalText
	fmt.Fprintf(&bw, "claimcheck check: %d documents, %d findings to review (%s), %d reviewed, %d not reviewed",
		len(r.Documents), len(t.Reviewed)+len(t.Unreviewed)+len(t.Baselined), opt.FailOn, len(t.Reviewed), len(t.Unreviewed))
	if opt.Baseline != "" {
		fmt.Fprintf(&bw, ", %d in the baseline %s", len(t.Baselined), esc(opt.Baseline))
	}
	fmt.Fprintln(&bw)
	for _, f := range t.Unreviewed {
		fmt.Fprintf(&bw, "\n%s  %s  [%s]\n  %s\n", f.Verdict, esc(f.Fact), esc(f.ID), esc(f.Summary))
		for i := range f.Claims {
			cl := &f.Claims[i]
			fmt.Fprintf(&bw, "  - %s:%d  %s  «%s»\n", esc(r.Path(cl.Doc)), cl.QuoteLine, esc(compare.Describe(cl.Value)), esc(oneLine(cl.Quote)))
		}
	}
	if len(t.Stale) > 0 {
		ids := make([]string, len(t.Stale))
		for i, rv := range t.Stale {
			ids[i] = esc(rv.Finding)
		}
		fmt.Fprintf(&bw, "\nstale reviews in %s (their findings no longer exist; remove them when you like): %s\n", esc(opt.ReviewFile), strings.Join(ids, ", "))
	}
	if len(t.Unreviewed) > 0 {
		fmt.Fprintf(&bw, "\nrecord a decision with: claimcheck review accept|dismiss ID... --note \"why\"")
		for _, p := range opt.Corpus {
			fmt.Fprintf(&bw, " %s", esc(shellQuote(p)))
		}
		if opt.ReviewFile != "" {
			fmt.Fprintf(&bw, " --reviewed %s", esc(shellQuote(opt.ReviewFile)))
		}
		fmt.Fprintln(&bw)
	}
	_, err := w.Write(guardWorkflowCommands(bw.Bytes(), `\x3a`))
	return err
}

// shellQuote quotes s for a POSIX shell when it holds anything but
// letters, digits and -_./:=@+,.
func shellQuote(s string) string {
	safe := s != ""
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./:=@+,", r)) {
			safe = false
			break
		}
	}
	if safe {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
