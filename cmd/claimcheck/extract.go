package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/claimcheck/claimcheck/claims"
)

// runExtract prints the claims of the documents, one JSON object a line.
func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("extract", "extract [flags] [PATH...]", stderr)
	var in inputFlags
	in.register(fs)
	output := fs.StringP("output", "o", "", "write the claims to `FILE` (atomically) instead of stdout")
	if ok, code := parse(fs, args, stdout); !ok {
		return code
	}
	c, err := in.corpus(fs.Args(), stdin, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "claimcheck: %v\n", err)
		return exitUsage
	}
	err = writeOutput(*output, stdout, func(w io.Writer) error {
		bw := bufio.NewWriter(w)
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		for i := range c.Claims {
			if err := enc.Encode(&c.Claims[i]); err != nil {
				return err
			}
		}
		return bw.Flush()
	})
	if err != nil {
		fmt.Fprintf(stderr, "claimcheck: %v\n", err)
		return exitUsage
	}
	return inputStatus(c.Skipped)
}

// inputStatus is the exit status for a run that skipped the given inputs:
// 2 when any input was skipped, so scripts notice, 0 otherwise. The report
// still covers every document that could be read.
func inputStatus(skipped []claims.Skipped) int {
	if len(skipped) > 0 {
		return exitUsage
	}
	return exitOK
}
