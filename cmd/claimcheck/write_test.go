package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// failingWriter fails every write, as standard output does on a full
// disk (/dev/full) or a closed pipe.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestStdoutWriteErrors checks that a command whose output to stdout
// fails says so and exits non-zero, instead of passing with its output
// lost.
func TestStdoutWriteErrors(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt": "The war in 2020 killed more than 6,500 people.\n",
		"b.txt": "Officials said the war in 2020 killed more than 6,500 people.\n",
	})
	reviewed := filepath.Join(dir, "r.json")
	if err := os.WriteFile(reviewed, []byte(`{"version": 1, "reviews": [{"finding": "94d6a8137565", "decision": "accepted"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"check", dir},
		{"check", "--write-baseline", "--baseline", filepath.Join(dir, "base.json"), dir},
		{"compare", dir},
		{"compare", "-f", "json", dir},
		{"extract", dir},
		{"review", "list", "--reviewed", reviewed},
		{"review", "history", "--reviewed", reviewed},
		{"review", "undo", "94d6a8137565", "--by", "ana", "--reviewed", reviewed},
		{"--version"},
		{"--help"},
		{"check", "--help"},
	} {
		t.Run(strings.Join(args[:1], " "), func(t *testing.T) {
			var errb bytes.Buffer
			code := run(args, strings.NewReader(""), failingWriter{}, &errb)
			if code == 0 {
				t.Errorf("%v: exit 0 with stdout failing", args)
			}
			if !strings.Contains(errb.String(), "no space left on device") {
				t.Errorf("%v: stderr does not give the write error:\n%s", args, errb.String())
			}
		})
	}
}

// TestCheckDevFull is "claimcheck check seeds > /dev/full".
func TestCheckDevFull(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no /dev/full: %v", err)
	}
	defer full.Close()
	var errb bytes.Buffer
	if code := run([]string{"check", "../../seeds"}, strings.NewReader(""), full, &errb); code != exitUsage {
		t.Errorf("exit %d, want %d; stderr:\n%s", code, exitUsage, errb.String())
	}
	if !strings.Contains(errb.String(), "claimcheck: write standard output:") {
		t.Errorf("stderr does not say the write failed:\n%s", errb.String())
	}
}
