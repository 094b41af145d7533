package load

import (
	"errors"
	"fmt"
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

// File is a file that Walk reads, as Loader.Files lists it.
type File struct {
	// Path is the file as Walk names it in documents and skipped inputs:
	// the argument, or the argument joined with the path inside it.
	Path string
	// Name is the file's name in the Loader's file system: Path for the
	// operating system's, the cleaned slash path for Loader.FS.
	Name string
	// ID is the ID of the file's document, unique among the files of
	// one call (for a JSONL file, the base of its records' default IDs).
	ID string
	// Format is the format the file is read in.
	Format Format
}

// walker is the state of one Walk or Files call.
type walker struct {
	l *Loader
	sink
	// root is the common root of the arguments, which IDs are relative
	// to: an absolute path of the operating system's, or a slash path of
	// l.FS; "" when the arguments share none (different volumes).
	root string
	// seen maps the ID of each file reached so far to true.
	seen map[string]bool
	// file reads (Walk) or lists (Files) a file that passed the checks.
	file func(f File) error
}

// arg is a path argument, resolved before the walk.
type arg struct {
	p, name string // as given, and its name in the file system
	info    fs.FileInfo
	err     error  // from resolving or stat; nil when info is set
	msg     string // the reason the argument cannot be read, when err is set
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
// Document IDs are unique in a walk and never merge two inputs. A file's
// ID is its slash path relative to the common root of the arguments: the
// deepest directory that holds every argument, a directory argument
// counting as itself and a file argument as its parent. So a single
// directory argument gives IDs relative to it ("sub/a.txt"), a single
// file its base name ("a.txt"), and two directories A and B holding
// x.txt give "A/x.txt" and "B/x.txt". Standard input is "-". With FS set
// the same holds for its slash paths. A file reached a second time (named
// twice, or named and inside a directory argument) is skipped the second
// time ("already read as ID"), as is a second "-". A JSONL record is
// named by its "id" field, else by its file's ID, "#" and its line
// ("news.jsonl#3"); a record whose ID another document of the walk
// already has is renamed to that default, made unique with a "~2" (then
// "~3" ...) suffix when taken too, with a Warning on its line naming the
// clash (IDs).
//
// Only regular files are read: named pipes, sockets and devices, in a
// directory or named directly, are skipped with the reason, without
// being opened, so that none can hang the walk; standard input is read
// whatever it is. A text, Markdown, HTML or claims file larger than 64
// MiB is skipped by its size before it is opened.
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
	w := &walker{l: l, sink: sink{doc: doc, skip: skip, ids: new(IDs)}}
	w.file = w.read
	return w.walk(paths, true)
}

// Files lists the files Walk reads for paths, in the order it reads
// them, each with the ID Walk gives its document, without reading them;
// inputs Walk skips before reading (missing files, non-regular files,
// files over the size limit, files reached twice) go to skip as from
// Walk. Standard input ("-") is not listed. It is for a runner that
// hands files out to be read elsewhere by ReadFile: the IDs it lists are
// unique, and passing every document ReadFile returns, in this order,
// through one IDs renames JSONL records as Walk does. A non-nil error
// from a callback ends the listing and is returned.
func (l *Loader) Files(paths []string, file func(File) error, skip func(Skipped) error) error {
	w := &walker{l: l, sink: sink{skip: skip}}
	w.file = func(f File) error {
		if err := file(f); err != nil {
			return stop{err}
		}
		return nil
	}
	return w.walk(paths, false)
}

// walk resolves the arguments, finds their common root and reads or
// lists each; stdin says whether "-" is read.
func (w *walker) walk(paths []string, stdin bool) error {
	args := make([]arg, len(paths))
	for i, p := range paths {
		if p != "-" {
			args[i] = w.resolve(p)
		}
	}
	w.root = w.commonRoot(args)
	w.seen = make(map[string]bool)
	for i, p := range paths {
		var err error
		switch a := args[i]; {
		case p == "-":
			if stdin {
				err = w.stdin()
			}
		case a.err != nil:
			err = w.skipped(p, 0, a.msg)
		case a.info.IsDir():
			err = w.dir(p, a.name, w.relID(a.name))
		default:
			format, _ := formatOf(a.name)
			err = w.path(p, a.name, w.relID(a.name), format, a.info)
		}
		if err != nil {
			var st stop
			if errors.As(err, &st) {
				return st.err
			}
			return err
		}
	}
	return nil
}

// resolve finds the file system name of the argument p and stats it.
func (w *walker) resolve(p string) arg {
	a := arg{p: p, name: p}
	if w.l.FS != nil {
		a.name = path.Clean(filepath.ToSlash(p))
		if !fs.ValidPath(a.name) {
			a.err, a.msg = fs.ErrInvalid, "invalid path: want a relative slash-separated path"
			return a
		}
	}
	a.info, a.err = w.stat(a.name)
	if a.err != nil {
		a.msg = w.statErrText(a.name, a.err)
	}
	return a
}

// stdin reads standard input as one plain-text document, "-".
func (w *walker) stdin() error {
	if w.seen["-"] {
		return w.skipped("-", 0, alreadyRead("-"))
	}
	w.seen["-"] = true
	r := w.l.Stdin
	if r == nil {
		r = os.Stdin
	}
	b, err := io.ReadAll(io.LimitReader(r, maxFile+1))
	if err != nil {
		return w.skipped("-", 0, "read standard input: "+errText(err))
	}
	d, sk := readWhole("-", "-", FormatText, b)
	return w.hand("-", d, sk)
}

// alreadyRead is why a file reached a second time is skipped.
func alreadyRead(id string) string {
	return "already read as " + id
}

// dir walks the directory name (argument arg), whose ID is id ("" for
// the common root).
func (w *walker) dir(arg, name, id string) error {
	ents, err := w.readDir(name)
	if err != nil {
		return w.skipped(arg, 0, "read directory: "+errText(err))
	}
	return w.entries(arg, name, id, "", ents)
}

// entries reads the entries ents of the directory name, whose path
// relative to the argument arg is rel and whose ID is id.
func (w *walker) entries(arg, name, id, rel string, ents []fs.DirEntry) error {
	for _, e := range ents { // sorted by name
		n := e.Name()
		if strings.HasPrefix(n, ".") {
			continue
		}
		childName, childRel, childID := w.join(name, n), path.Join(rel, n), path.Join(id, n)
		format, known := formatOf(n)
		mode := e.Type()
		var info fs.FileInfo
		if mode&fs.ModeSymlink != 0 {
			var err error
			info, err = w.stat(childName)
			if err != nil {
				if known {
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
			ents, err := w.readDir(childName)
			if err != nil {
				err = w.skipped(w.join(arg, childRel), 0, "read directory: "+errText(err))
			} else {
				err = w.entries(arg, childName, childID, childRel, ents)
			}
			if err != nil {
				return err
			}
			continue
		}
		if !known {
			continue
		}
		if info == nil {
			var err error
			if info, err = e.Info(); err != nil {
				if err := w.skipped(w.join(arg, childRel), 0, errText(err)); err != nil {
					return err
				}
				continue
			}
		}
		if err := w.path(w.join(arg, childRel), childName, childID, format, info); err != nil {
			return err
		}
	}
	return nil
}

// path checks the file name (shown as p, with ID id, in format, whose
// stat is info) and hands it to w.file, or skips it: a file reached
// before, one that is not a regular file, one over the size limit.
func (w *walker) path(p, name, id string, format Format, info fs.FileInfo) error {
	if w.seen[id] {
		return w.skipped(p, 0, alreadyRead(id))
	}
	w.seen[id] = true
	if msg := notRegular(info.Mode()); msg != "" {
		return w.skipped(p, 0, msg)
	}
	if (format != FormatJSONL || IsClaimsFile(name)) && info.Size() > maxFile {
		return w.skipped(p, 0, tooLarge)
	}
	return w.file(File{Path: p, Name: name, ID: id, Format: format})
}

// notRegular says why a file of mode m is not read, or "" when it is a
// regular file.
func notRegular(m fs.FileMode) string {
	const hint = ": name the file it stands for, or pipe what it gives to standard input (-)"
	switch {
	case m.IsRegular():
		return ""
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe, not a regular file" + hint
	case m&fs.ModeSocket != 0:
		return "a socket, not a regular file" + hint
	case m&fs.ModeDevice != 0:
		return "a device, not a regular file" + hint
	}
	return "not a regular file" + hint
}

// tooLarge is why a file over maxFile is skipped.
var tooLarge = fmt.Sprintf("file larger than %d MiB: split it", maxFile>>20)

// read opens and reads the file f.
func (w *walker) read(f File) error {
	fh, err := w.open(f.Name)
	if err != nil {
		return w.skipped(f.Path, 0, errText(err))
	}
	defer fh.Close()
	if IsClaimsFile(f.Name) {
		if w.l.ClaimsFile == nil {
			return w.skipped(f.Path, 0, claimsFileReason)
		}
		b, err := io.ReadAll(io.LimitReader(fh, maxFile+1))
		if err != nil {
			return w.skipped(f.Path, 0, "read: "+errText(err))
		}
		if len(b) > maxFile {
			return w.skipped(f.Path, 0, tooLarge)
		}
		if err := w.l.ClaimsFile(f.Path, b); err != nil {
			return stop{err}
		}
		return nil
	}
	if f.Format == FormatJSONL {
		return w.jsonl(f.Path, f.ID, fh)
	}
	b, err := io.ReadAll(io.LimitReader(fh, maxFile+1))
	if err != nil {
		return w.skipped(f.Path, 0, "read: "+errText(err))
	}
	d, sk := readWhole(f.Path, f.ID, f.Format, b)
	return w.hand(f.ID, d, sk)
}

// commonRoot returns the deepest directory that holds every argument
// that could be stat'ed: a directory counts as itself, a file as its
// parent. It is an absolute path for the operating system's files, a
// slash path for l.FS, and "" when there is no argument or the
// arguments share no root.
func (w *walker) commonRoot(args []arg) string {
	root, first := "", true
	for _, a := range args {
		if a.info == nil {
			continue
		}
		d := a.name
		if w.l.FS == nil {
			abs, err := filepath.Abs(d)
			if err != nil {
				return ""
			}
			d = abs
		}
		if !a.info.IsDir() {
			d = w.parent(d)
		}
		if first {
			root, first = d, false
			continue
		}
		for !w.within(d, root) {
			up := w.parent(root)
			if up == root {
				return ""
			}
			root = up
		}
	}
	return root
}

// parent returns the directory that holds name.
func (w *walker) parent(name string) string {
	if w.l.FS != nil {
		return path.Dir(name)
	}
	return filepath.Dir(name)
}

// within reports whether the directory d is root or inside it.
func (w *walker) within(d, root string) bool {
	if w.l.FS != nil {
		return root == "." || d == root || strings.HasPrefix(d, root+"/")
	}
	rel, err := filepath.Rel(root, d)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// relID returns the ID of the file or directory name: its slash path
// relative to the common root, "" for the root itself.
func (w *walker) relID(name string) string {
	if w.l.FS != nil {
		switch {
		case name == ".":
			return ""
		case w.root == "." || w.root == "":
			return name
		case name == w.root:
			return ""
		}
		return strings.TrimPrefix(name, w.root+"/")
	}
	abs, err := filepath.Abs(name)
	if err != nil {
		return filepath.ToSlash(name)
	}
	if w.root != "" {
		if rel, err := filepath.Rel(w.root, abs); err == nil {
			if rel == "." {
				return ""
			}
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(abs)
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
