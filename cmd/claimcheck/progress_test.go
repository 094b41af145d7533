package main

import (
	"strings"
	"testing"
	"time"
)

func TestProgress(t *testing.T) {
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	now := func() time.Time { return clock }
	var b strings.Builder
	p := newProgress(&b, now)
	for range 10 { // a quick run shows nothing
		clock = clock.Add(50 * time.Millisecond)
		p.add()
	}
	if b.Len() != 0 {
		t.Fatalf("progress shown within the first second: %q", b.String())
	}
	clock = clock.Add(time.Second)
	p.add()
	p.add() // too soon after the last line
	clock = clock.Add(300 * time.Millisecond)
	p.add()
	p.done()
	want := "\rclaimcheck: 11 documents read (2s)\rclaimcheck: 13 documents read (2s)\r\x1b[K"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}
