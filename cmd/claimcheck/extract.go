package main

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/load"
)

// runExtract prints the claims of the documents, one JSON object a line,
// as each document is read; with --all, every number, time and duration
// expression too, in the order they stand. Skipped inputs and warnings
// go to stderr as they come, in input order.
func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("extract", "extract [flags] [PATH...]", stderr)
	var in inputFlags
	in.register(fs)
	output := fs.StringP("output", "o", "", "write the claims to `FILE` (atomically) instead of stdout")
	all := fs.Bool("all", false, `also list every number, time and duration expression found, normalized ({"mention": ...} lines)`)
	if ok, code := parse(fs, args, stdout); !ok {
		return code
	}
	ex, l, paths, err := in.setup(fs.Args(), stdin)
	if err != nil {
		msgf(stderr, "claimcheck: %v", err)
		return exitUsage
	}
	var skipped []load.Skipped
	err = writeOutput(*output, stdout, func(w io.Writer) error {
		bw := bufio.NewWriter(w)
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		var werr error
		ex.Run(l, paths, claims.RunOptions{Workers: in.jobs(), Mentions: *all}, func(r *claims.Result) {
			if r.Skip != nil {
				skipped = append(skipped, *r.Skip)
				msgf(stderr, "claimcheck: %s", r.Skip.Error())
				return
			}
			for _, w := range r.Warnings {
				printWarning(stderr, w)
			}
			if werr != nil {
				return
			}
			// Claims and mentions in the order they stand in the text.
			cs, ms := r.Claims, r.Mentions
			for (len(cs) > 0 || len(ms) > 0) && werr == nil {
				if len(ms) > 0 && (len(cs) == 0 || ms[0].Start <= cs[0].QuoteStart) {
					werr = enc.Encode(&ms[0])
					ms = ms[1:]
				} else {
					werr = enc.Encode(&cs[0])
					cs = cs[1:]
				}
			}
		})
		if werr != nil {
			return werr
		}
		return bw.Flush()
	})
	if err != nil {
		msgf(stderr, "claimcheck: %v", err)
		return exitUsage
	}
	return inputStatus(skipped)
}

// inputStatus is the exit status for a run that skipped the given inputs:
// 2 when any input was skipped, so scripts notice, 0 otherwise. The output
// still covers every document that could be read.
func inputStatus(skipped []load.Skipped) int {
	if len(skipped) > 0 {
		return exitUsage
	}
	return exitOK
}
