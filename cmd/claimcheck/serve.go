package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/claimcheck/claimcheck/report"
	"github.com/claimcheck/claimcheck/serve"
)

// runServe runs the review desk: a local web application over the
// findings of the corpus under the paths, which records reviewers'
// decisions in the review file. It serves until interrupted.
func runServe(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("serve", "serve [flags] [PATH...]", stderr)
	var in inputFlags
	in.register(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`; an address that is not loopback (127.0.0.1, ::1) lets anyone who reaches the machine read the findings and record decisions")
	readOnly := fs.Bool("read-only", false, "show the findings and decisions, record none")
	reviewed := fs.String("reviewed", "", "the review `FILE` (default: "+report.DefaultReviewFile+" at the corpus root)")
	by := fs.String("by", userName(), "who decides: the `NAME` the review file records (the page can change it)")
	if ok, code := parse(fs, args, stdout); !ok {
		return code
	}
	paths := inputPaths(fs.Args(), stdin)
	path := *reviewed
	if path == "" {
		path = filepath.Join(corpusRoot(paths), report.DefaultReviewFile)
	}
	if _, err := report.LoadReviews(path); err != nil {
		msgf(stderr, "claimcheck: %v", err)
		return exitUsage
	}

	// Listen first, so that a port taken fails at once, before the
	// corpus is read.
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		hint := "give --addr as HOST:PORT, such as 127.0.0.1:8080"
		if errors.Is(err, syscall.EADDRINUSE) {
			hint = "another server has that port: choose another with --addr HOST:PORT"
		}
		msgf(stderr, "claimcheck serve: %v (%s)", err, hint)
		return exitUsage
	}
	defer ln.Close()

	// The documents are read twice: for their claims, and again for
	// their text, which the pages show around each quote. Standard input
	// is kept from the first reading for the second.
	var kept bytes.Buffer
	c, err := in.corpus(paths, io.TeeReader(stdin, &kept), stderr)
	if err != nil {
		msgf(stderr, "claimcheck: %v", err)
		return exitUsage
	}
	docs, err := documents(&in, paths, &kept)
	if err != nil {
		msgf(stderr, "claimcheck: %v", err)
		return exitUsage
	}
	r := newReport(c)

	srv, err := serve.New(serve.Config{Report: r, Documents: docs, ReviewFile: path, Addr: ln.Addr().String(),
		ReadOnly: *readOnly, By: *by})
	if err != nil {
		ln.Close()
		msgf(stderr, "claimcheck: %v", err)
		return exitUsage
	}
	if host, _, _ := net.SplitHostPort(ln.Addr().String()); !isLoopback(host) {
		what := "read the findings and record decisions (add --read-only to prevent the decisions)"
		if *readOnly {
			what = "read the findings"
		}
		msgf(stderr, "claimcheck serve: warning: %s is not a loopback address: anyone who can reach this machine can %s", ln.Addr(), what)
	}
	mode := ""
	if *readOnly {
		mode = ", read-only"
	}
	msgf(stdout, "claimcheck serve: %d findings of %d documents, decisions in %s%s", len(r.Findings), len(r.Documents), path, mode)
	msgf(stdout, "http://%s/", ln.Addr())

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		if !errors.Is(err, http.ErrServerClosed) {
			msgf(stderr, "claimcheck serve: %v", err)
			return exitUsage
		}
	case <-ctx.Done():
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		hs.Shutdown(shut)
		fmt.Fprintln(stdout, "claimcheck serve: stopped")
	}
	return exitOK
}

// documents reads the documents under paths again, for their text,
// with the loader the corpus was read with; stdin holds what standard
// input gave the first time.
func documents(in *inputFlags, paths []string, stdin io.Reader) ([]*load.Document, error) {
	_, l, paths, err := in.setup(paths, stdin)
	if err != nil {
		return nil, err
	}
	l.ClaimsFile = func(string, []byte) error { return nil } // claims files have no text
	var docs []*load.Document
	err = l.Walk(paths, func(d *load.Document) error {
		docs = append(docs, d)
		return nil
	}, func(load.Skipped) error { return nil }) // already reported
	return docs, err
}

// isLoopback reports whether host is a loopback address or localhost.
func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
