package main

import (
	"fmt"
	"io"
	"time"
)

// progress shows on a terminal how many documents have been read, once a
// run has taken longer than a second, at most five times a second, and
// clears its line when the run ends. It writes nothing for runs that end
// within the second.
type progress struct {
	w           io.Writer
	now         func() time.Time
	start, last time.Time
	docs        int
	shown       bool
}

func newProgress(w io.Writer, now func() time.Time) *progress {
	t := now()
	return &progress{w: w, now: now, start: t, last: t}
}

// add counts one more document read.
func (p *progress) add() {
	p.docs++
	t := p.now()
	if t.Sub(p.start) < time.Second || t.Sub(p.last) < 200*time.Millisecond {
		return
	}
	p.last = t
	p.shown = true
	fmt.Fprintf(p.w, "\rclaimcheck: %d documents read (%s)", p.docs, t.Sub(p.start).Round(time.Second))
}

// done clears the progress line, if one was shown.
func (p *progress) done() {
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
