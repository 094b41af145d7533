//go:build unix

package load

import (
	"net"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestWalkSpecialFiles checks that a named pipe, a socket and a device,
// in a directory or named directly, are skipped instead of read: reading
// a pipe that no one writes to would never end.
func TestWalkSpecialFiles(t *testing.T) {
	dir := writeFiles(t, map[string]string{"corpus/a.txt": "Read."})
	pipe := filepath.Join(dir, "corpus", "pipe.txt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skip("no named pipes:", err)
	}
	// A socket's path must be short.
	sdir, err := os.MkdirTemp("", "s")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(sdir)
	sock := filepath.Join(sdir, "s.txt")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Skip("no unix sockets:", err)
	}
	defer ln.Close()
	const hint = ": name the file it stands for, or pipe what it gives to standard input (-)"
	for _, tt := range []struct {
		name  string
		args  []string
		ids   []string
		skips []Skipped
	}{
		{name: "named pipe", args: []string{filepath.Join(dir, "corpus"), pipe}, ids: []string{"a.txt"},
			skips: []Skipped{
				{Path: pipe, Err: "a named pipe, not a regular file" + hint},
				{Path: pipe, Err: "already read as pipe.txt"},
			}},
		{name: "socket", args: []string{sdir, sock},
			skips: []Skipped{
				{Path: filepath.Join(sdir, "s.txt"), Err: "a socket, not a regular file" + hint},
				{Path: sock, Err: "already read as s.txt"},
			}},
		{name: "device", args: []string{os.DevNull},
			skips: []Skipped{{Path: os.DevNull, Err: "a device, not a regular file" + hint}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			type result struct {
				docs  []*Document
				skips []Skipped
			}
			done := make(chan result, 1)
			go func() {
				docs, skips := walkAll(t, new(Loader), tt.args...)
				done <- result{docs, skips}
			}()
			var r result
			select {
			case r = <-done:
			case <-time.After(time.Minute):
				// Let a reader blocked on the pipe go, then fail.
				if f, err := os.OpenFile(pipe, os.O_WRONLY, 0); err == nil {
					f.Close()
				}
				t.Fatal("Walk hangs")
			}
			if diff := cmp.Diff(tt.ids, ids(r.docs)); diff != "" {
				t.Errorf("IDs mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.skips, r.skips); diff != "" {
				t.Errorf("skipped mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
