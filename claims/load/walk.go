package load

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Loader reads documents from paths. Its zero value is ready to use and
// reads the operating system's files; a Loader is not safe for concurrent
// calls of Walk if Stdin is shared.
type Loader struct {
	// Stdin is read when a path is "-"; nil means os.Stdin.
	Stdin io.Reader
	// FS, when set, is the file system paths are read from instead of the
	// operating system's, with slash-separated relative paths ("." for its
	// root), as fs.FS wants. "-" still reads Stdin.
	FS fs.FS
	// ClaimsFile, when set, is called with the contents of each claims
	// file (*.claims.jsonl: claims, one JSON object a line, as extract
	// writes them) instead of reading it as documents; when nil, claims
	// files are skipped with a reason. A non-nil error ends the walk.
	ClaimsFile func(path string, data []byte) error
}

// walker is the state of one Walk call.
type walker struct {
	l *Loader
	sink
}

// Walk reads every document under the given paths, calling doc for each
// document and skip for each input that cannot be read, in input order.
// A path is "-" (standard input, read as plain text), a file or a
// directory. Directories are walked recursively in sorted order; names
// starting with "." are ignored, as are files whose extension is not
// .txt, .md, .markdown, .jsonl, .html or .htm and symbolic links to
// directories. A file named directly is read whatever its extension, as
// plain text when the extension is none of those. Each file is read as
// ReadFile reads it.
//
// Documents are read one at a time, so memory stays bounded by the
// largest file (64 MiB) or JSONL line (64 MiB), not the corpus. Bad input
// never stops the walk: each unreadable file, binary or non-UTF-8 file,
// empty file or malformed JSONL record is handed to skip with a message
// saying what is wrong. Metadata never keeps a document from being read:
// front matter that is not valid YAML or not closed, and a publication
// date in no known form, come with the document as its Warnings. Walk
// stops early, returning the error, only when a callback returns a
// non-nil error.
func (l *Loader) Walk(paths []string, doc func(*Document) error, skip func(Skipped) error) error {
	w := &walker{l: l, sink: sink{doc: doc, skip: skip}}
	for _, p := range paths {
		if err := w.arg(p); err != nil {
			var st stop
			if errors.As(err, &st) {
				return st.err
			}
			return err
		}
	}
	return nil
}

// arg reads one path argument.
func (w *walker) arg(p string) error {
	if p == "-" {
		r := w.l.Stdin
		if r == nil {
			r = os.Stdin
		}
		b, err := io.ReadAll(io.LimitReader(r, maxFile+1))
		if err != nil {
			return w.skipped("-", 0, "read standard input: "+errText(err))
		}
		return w.hand(readWhole("-", "-", FormatText, b))
	}
	name := p
	if w.l.FS != nil {
		name = path.Clean(filepath.ToSlash(p))
		if !fs.ValidPath(name) {
			return w.skipped(p, 0, "invalid path: want a relative slash-separated path")
		}
	}
	info, err := w.stat(name)
	if err != nil {
		return w.skipped(p, 0, w.statErrText(name, err))
	}
	if info.IsDir() {
		return w.dir(p, name, "")
	}
	format, _ := formatOf(name)
	base := path.Base(filepath.ToSlash(p))
	return w.path(p, name, base, format)
}

// dir walks the directory name (argument arg), whose path relative to the
// argument is rel.
func (w *walker) dir(arg, name, rel string) error {
	ents, err := w.readDir(name)
	if err != nil {
		return w.skipped(w.join(arg, rel), 0, "read directory: "+errText(err))
	}
	for _, e := range ents { // sorted by name
		n := e.Name()
		if strings.HasPrefix(n, ".") {
			continue
		}
		childName, childRel := w.join(name, n), path.Join(rel, n)
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			info, err := w.stat(childName)
			if err != nil {
				if _, ok := formatOf(n); ok {
					if err := w.skipped(w.join(arg, childRel), 0, w.statErrText(childName, err)); err != nil {
						return err
					}
				}
				continue
			}
			if info.IsDir() {
				continue // do not follow: links may loop
			}
			mode = info.Mode().Type()
		}
		if mode.IsDir() {
			if err := w.dir(arg, childName, childRel); err != nil {
				return err
			}
			continue
		}
		format, ok := formatOf(n)
		if !ok {
			continue
		}
		if err := w.path(w.join(arg, childRel), childName, childRel, format); err != nil {
			return err
		}
	}
	return nil
}

// path reads the file name (shown as p, with document ID id) in format.
func (w *walker) path(p, name, id string, format Format) error {
	f, err := w.open(name)
	if err != nil {
		return w.skipped(p, 0, errText(err))
	}
	defer f.Close()
	if IsClaimsFile(name) {
		if w.l.ClaimsFile == nil {
			return w.skipped(p, 0, claimsFileReason)
		}
		b, err := io.ReadAll(io.LimitReader(f, maxFile+1))
		if err != nil {
			return w.skipped(p, 0, "read: "+errText(err))
		}
		if err := w.l.ClaimsFile(p, b); err != nil {
			return stop{err}
		}
		return nil
	}
	if format == FormatJSONL {
		return w.jsonl(p, id, f)
	}
	b, err := io.ReadAll(io.LimitReader(f, maxFile+1))
	if err != nil {
		return w.skipped(p, 0, "read: "+errText(err))
	}
	return w.hand(readWhole(p, id, format, b))
}

// join joins a directory and a relative slash path the way the file
// system in use wants.
func (w *walker) join(dir, rel string) string {
	if rel == "" {
		return dir
	}
	if w.l.FS != nil {
		return path.Join(dir, rel)
	}
	return filepath.Join(dir, filepath.FromSlash(rel))
}

func (w *walker) stat(name string) (fs.FileInfo, error) {
	if w.l.FS != nil {
		return fs.Stat(w.l.FS, name)
	}
	return os.Stat(name)
}

func (w *walker) readDir(name string) ([]fs.DirEntry, error) {
	if w.l.FS != nil {
		return fs.ReadDir(w.l.FS, name)
	}
	return os.ReadDir(name)
}

func (w *walker) open(name string) (fs.File, error) {
	if w.l.FS != nil {
		return w.l.FS.Open(name)
	}
	return os.Open(name)
}

// statErrText describes why name could not be found or opened.
func (w *walker) statErrText(name string, err error) string {
	if errors.Is(err, fs.ErrNotExist) && w.l.FS == nil {
		if li, lerr := os.Lstat(name); lerr == nil && li.Mode()&fs.ModeSymlink != 0 {
			return "dangling symbolic link: its target does not exist"
		}
	}
	return errText(err)
}
