package report

import (
	"bufio"
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
}

// WriteCheck writes the summary of a check of r that gave t, for people
// and CI logs: one line of counts; each unreviewed finding with its
// verdict, fact, id, reason and claims at their file and quote line;
// the stale reviews, when there are some; and, when a finding is still
// to review, the command that records a decision. It writes nothing
// about findings that do not fail or that are reviewed, and it does not
// decide the exit status: a check fails when t.Unreviewed is not empty.
func WriteCheck(w io.Writer, r *Report, t Triage, opt CheckOptions) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "claimcheck check: %d documents, %d findings to review (%s), %d reviewed, %d not reviewed\n",
		len(r.Documents), len(t.Reviewed)+len(t.Unreviewed), opt.FailOn, len(t.Reviewed), len(t.Unreviewed))
	for _, f := range t.Unreviewed {
		fmt.Fprintf(bw, "\n%s  %s  [%s]\n  %s\n", f.Verdict, f.Fact, f.ID, f.Summary)
		for _, cl := range f.Claims {
			fmt.Fprintf(bw, "  - %s:%d  %s  «%s»\n", r.Path(cl.Doc), cl.QuoteLine, compare.Describe(cl.Value), cl.Quote)
		}
	}
	if len(t.Stale) > 0 {
		ids := make([]string, len(t.Stale))
		for i, rv := range t.Stale {
			ids[i] = rv.Finding
		}
		fmt.Fprintf(bw, "\nstale reviews in %s (their findings no longer exist; remove them when you like): %s\n", opt.ReviewFile, strings.Join(ids, ", "))
	}
	if len(t.Unreviewed) > 0 {
		fmt.Fprintf(bw, "\nrecord a decision with: claimcheck review accept|dismiss ID... --note \"why\" --reviewed %s\n", opt.ReviewFile)
	}
	return bw.Flush()
}
