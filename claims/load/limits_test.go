package load

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"
)

// statFS is a file system whose files report the sizes in size, whatever
// their data, and that counts the files opened.
type statFS struct {
	fstest.MapFS
	size   map[string]int64
	opened map[string]int
}

func (s statFS) Open(name string) (fs.File, error) {
	s.opened[name]++
	return s.MapFS.Open(name)
}

func (s statFS) Stat(name string) (fs.FileInfo, error) {
	info, err := s.MapFS.Stat(name)
	if n, ok := s.size[name]; ok && err == nil {
		return sizedInfo{info, n}, nil
	}
	return info, err
}

func (s statFS) ReadDir(name string) ([]fs.DirEntry, error) {
	ents, err := s.MapFS.ReadDir(name)
	for i, e := range ents {
		if n, ok := s.size[filepath.ToSlash(filepath.Join(name, e.Name()))]; ok {
			info, _ := e.Info()
			ents[i] = fs.FileInfoToDirEntry(sizedInfo{info, n})
		}
	}
	return ents, err
}

type sizedInfo struct {
	fs.FileInfo
	size int64
}

func (s sizedInfo) Size() int64 { return s.size }

// TestWalkLimits checks that files over the size limit, and files that
// are not regular files, are skipped by their stat, without being
// opened, in a directory or named directly.
func TestWalkLimits(t *testing.T) {
	big := int64(maxFile + 1)
	fsys := statFS{
		MapFS: fstest.MapFS{
			"c/a.txt":            {Data: []byte("Read.")},
			"c/big.md":           {Data: []byte("Too big.")},
			"c/big.jsonl":        {Data: []byte(`{"text": "JSONL is read a line at a time."}`)},
			"c/big.claims.jsonl": {Data: []byte("{}")},
			"c/pipe.txt":         {Data: []byte("A pipe."), Mode: fs.ModeNamedPipe},
			"c/sock.html":        {Data: []byte("<p>A socket.</p>"), Mode: fs.ModeSocket},
			"c/dev.txt":          {Data: []byte("A device."), Mode: fs.ModeDevice | fs.ModeCharDevice},
			"c/odd.txt":          {Data: []byte("Irregular."), Mode: fs.ModeIrregular},
			"pipe":               {Data: []byte("Named directly."), Mode: fs.ModeNamedPipe},
			"huge.txt":           {Data: []byte("Named directly.")},
		},
		size:   map[string]int64{"c/big.md": big, "c/big.jsonl": big, "c/big.claims.jsonl": big, "huge.txt": big},
		opened: map[string]int{},
	}
	l := &Loader{FS: fsys, ClaimsFile: func(string, []byte) error { t.Error("claims file read"); return nil }}
	docs, skips := walkAll(t, l, "c", "pipe", "huge.txt")
	if diff := cmp.Diff([]string{"c/a.txt", "c/big.jsonl#1"}, ids(docs)); diff != "" {
		t.Errorf("IDs mismatch (-want +got):\n%s", diff)
	}
	const hint = ": name the file it stands for, or pipe what it gives to standard input (-)"
	want := []Skipped{
		{Path: "c/big.claims.jsonl", Err: "file larger than 64 MiB: split it"},
		{Path: "c/big.md", Err: "file larger than 64 MiB: split it"},
		{Path: "c/dev.txt", Err: "a device, not a regular file" + hint},
		{Path: "c/odd.txt", Err: "not a regular file" + hint},
		{Path: "c/pipe.txt", Err: "a named pipe, not a regular file" + hint},
		{Path: "c/sock.html", Err: "a socket, not a regular file" + hint},
		{Path: "pipe", Err: "a named pipe, not a regular file" + hint},
		{Path: "huge.txt", Err: "file larger than 64 MiB: split it"},
	}
	if diff := cmp.Diff(want, skips); diff != "" {
		t.Errorf("skipped mismatch (-want +got):\n%s", diff)
	}
	for _, name := range []string{"c/big.md", "c/big.claims.jsonl", "c/pipe.txt", "c/sock.html", "c/dev.txt", "c/odd.txt", "pipe", "huge.txt"} {
		if n := fsys.opened[name]; n > 0 {
			t.Errorf("%s opened %d times, want never", name, n)
		}
	}
}

// TestWalkLargeFile checks the size limit on a real (sparse) file.
func TestWalkLargeFile(t *testing.T) {
	dir := writeFiles(t, map[string]string{"ok.txt": "Small."})
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(maxFile + 1); err != nil {
		t.Skip("no sparse file:", err)
	}
	f.Close()
	start := time.Now()
	docs, skips := walkAll(t, new(Loader), dir)
	if diff := cmp.Diff([]Skipped{{Path: big, Err: "file larger than 64 MiB: split it"}}, skips); diff != "" {
		t.Errorf("skipped mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"ok.txt"}, ids(docs)); diff != "" {
		t.Errorf("IDs mismatch (-want +got):\n%s", diff)
	}
	t.Logf("walked in %v", time.Since(start))
}
