package claims

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"gopkg.in/yaml.v3"
)

// Skipped is an input that could not be read as a document, with the
// reason. Line is the 1-based line of the problem when there is one (a
// malformed JSONL record, bad front matter, invalid UTF-8), else 0.
type Skipped struct {
	Path string `json:"path"`
	Line int    `json:"line,omitempty"`
	Err  string `json:"error"`
}

// Error returns one line, "path:line: what is wrong" (":line" omitted when
// Line is 0), that can be printed to stderr as is.
func (s Skipped) Error() string {
	if s.Line > 0 {
		return s.Path + ":" + strconv.Itoa(s.Line) + ": " + s.Err
	}
	return s.Path + ": " + s.Err
}

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

// IsClaimsFile reports whether name is a claims file (*.claims.jsonl).
func IsClaimsFile(name string) bool {
	return strings.HasSuffix(strings.ToLower(name), ".claims.jsonl")
}

// Limits of what the loader reads.
const (
	// loadMaxFile is the largest text, Markdown or HTML file read.
	loadMaxFile = 64 << 20
	// loadMaxLine is the longest JSONL line read.
	loadMaxLine = 64 << 20
	// loadSniff is how much of a file is checked for binary content.
	loadSniff = 8 << 10
)

// loadExts are the extensions read inside directories, and their formats.
var loadExts = map[string]Format{
	".txt":      FormatText,
	".md":       FormatMarkdown,
	".markdown": FormatMarkdown,
	".jsonl":    FormatJSONL,
	".html":     FormatHTML,
	".htm":      FormatHTML,
}

// loadStop wraps an error returned by a callback, which ends the walk.
type loadStop struct{ err error }

func (e loadStop) Error() string { return e.err.Error() }

// loadWalk is the state of one Walk call.
type loadWalk struct {
	l    *Loader
	doc  func(*Document) error
	skip func(Skipped) error
}

// Walk reads every document under the given paths, calling doc for each
// document and skip for each input that cannot be read, in input order.
// A path is "-" (standard input, read as plain text), a file or a
// directory. Directories are walked recursively in sorted order; names
// starting with "." are ignored, as are files whose extension is not
// .txt, .md, .markdown, .jsonl, .html or .htm and symbolic links to
// directories. A file named directly is read whatever its extension, as
// plain text when the extension is none of those.
//
// Documents are read one at a time, so memory stays bounded by the
// largest file (64 MiB) or JSONL line (64 MiB), not the corpus. Bad input
// never stops the walk: each unreadable file, binary or non-UTF-8 file,
// empty file, malformed front matter or JSONL record is handed to skip
// with a message saying what is wrong. Walk stops early, returning the
// error, only when a callback returns a non-nil error.
func (l *Loader) Walk(paths []string, doc func(*Document) error, skip func(Skipped) error) error {
	w := &loadWalk{l: l, doc: doc, skip: skip}
	for _, p := range paths {
		if err := w.arg(p); err != nil {
			var stop loadStop
			if errors.As(err, &stop) {
				return stop.err
			}
			return err
		}
	}
	return nil
}

// emit hands a document on.
func (w *loadWalk) emit(d *Document) error {
	if err := w.doc(d); err != nil {
		return loadStop{err}
	}
	return nil
}

// skipped reports a skipped input.
func (w *loadWalk) skipped(p string, line int, msg string) error {
	msg = strings.ReplaceAll(msg, "\n", " ") // one line on stderr
	if err := w.skip(Skipped{Path: p, Line: line, Err: msg}); err != nil {
		return loadStop{err}
	}
	return nil
}

// arg reads one path argument.
func (w *loadWalk) arg(p string) error {
	if p == "-" {
		r := w.l.Stdin
		if r == nil {
			r = os.Stdin
		}
		b, err := io.ReadAll(io.LimitReader(r, loadMaxFile+1))
		if err != nil {
			return w.skipped("-", 0, "read standard input: "+loadErrText(err))
		}
		return w.file("-", "-", FormatText, b)
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
	format, ok := loadExts[strings.ToLower(path.Ext(name))]
	if !ok {
		format = FormatText
	}
	base := path.Base(filepath.ToSlash(p))
	return w.path(p, name, base, format)
}

// dir walks the directory name (argument arg), whose path relative to the
// argument is rel.
func (w *loadWalk) dir(arg, name, rel string) error {
	ents, err := w.readDir(name)
	if err != nil {
		return w.skipped(w.join(arg, rel), 0, "read directory: "+loadErrText(err))
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
				if _, ok := loadExts[strings.ToLower(path.Ext(n))]; ok {
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
		format, ok := loadExts[strings.ToLower(path.Ext(n))]
		if !ok {
			continue
		}
		if err := w.path(w.join(arg, childRel), childName, childRel, format); err != nil {
			return err
		}
	}
	return nil
}

// join joins a directory and a relative slash path the way the file
// system in use wants.
func (w *loadWalk) join(dir, rel string) string {
	if rel == "" {
		return dir
	}
	if w.l.FS != nil {
		return path.Join(dir, rel)
	}
	return filepath.Join(dir, filepath.FromSlash(rel))
}

func (w *loadWalk) stat(name string) (fs.FileInfo, error) {
	if w.l.FS != nil {
		return fs.Stat(w.l.FS, name)
	}
	return os.Stat(name)
}

func (w *loadWalk) readDir(name string) ([]fs.DirEntry, error) {
	if w.l.FS != nil {
		return fs.ReadDir(w.l.FS, name)
	}
	return os.ReadDir(name)
}

func (w *loadWalk) open(name string) (fs.File, error) {
	if w.l.FS != nil {
		return w.l.FS.Open(name)
	}
	return os.Open(name)
}

// statErrText describes why name could not be found or opened.
func (w *loadWalk) statErrText(name string, err error) string {
	if errors.Is(err, fs.ErrNotExist) && w.l.FS == nil {
		if li, lerr := os.Lstat(name); lerr == nil && li.Mode()&fs.ModeSymlink != 0 {
			return "dangling symbolic link: its target does not exist"
		}
	}
	return loadErrText(err)
}

// loadErrText turns a file system error into a lowercase message without
// the path, which Skipped already gives.
func loadErrText(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory: check the path"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied: make the file readable"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return strings.ToLower(err.Error())
}

// path reads the file name (shown as p, with document ID id).
func (w *loadWalk) path(p, name, id string, format Format) error {
	f, err := w.open(name)
	if err != nil {
		return w.skipped(p, 0, loadErrText(err))
	}
	defer f.Close()
	if IsClaimsFile(name) {
		if w.l.ClaimsFile == nil {
			return w.skipped(p, 0, "a claims file: compare and check read it, extract does not")
		}
		b, err := io.ReadAll(io.LimitReader(f, loadMaxFile+1))
		if err != nil {
			return w.skipped(p, 0, "read: "+loadErrText(err))
		}
		if err := w.l.ClaimsFile(p, b); err != nil {
			return loadStop{err}
		}
		return nil
	}
	if format == FormatJSONL {
		return w.jsonl(p, id, f)
	}
	b, err := io.ReadAll(io.LimitReader(f, loadMaxFile+1))
	if err != nil {
		return w.skipped(p, 0, "read: "+loadErrText(err))
	}
	return w.file(p, id, format, b)
}

// file reads the contents b of a text, Markdown or HTML file.
func (w *loadWalk) file(p, id string, format Format, b []byte) error {
	if len(b) > loadMaxFile {
		return w.skipped(p, 0, fmt.Sprintf("file larger than %d MiB: split it", loadMaxFile>>20))
	}
	if msg, line := loadCheckText(b); msg != "" {
		return w.skipped(p, line, msg)
	}
	d := &Document{ID: id, Path: p, Format: format, Line: 1}
	if format == FormatHTML {
		if err := loadHTML(d, b); err != nil {
			return w.skipped(p, 0, err.Error())
		}
		d.PublishedTime = loadParseTime(d.Published)
		return w.emit(d)
	}
	d.Text = string(b)
	body := 0
	if strings.HasPrefix(d.Text, "\uFEFF") {
		body = 3
	}
	body, line, err := loadFrontMatter(d, body)
	if err != nil {
		return w.skipped(p, line, err.Error())
	}
	d.Body = body
	if segTrimLeft(d.Text, body, len(d.Text)) == len(d.Text) {
		if body > 0 && d.Text[body-1] == '\n' {
			return w.skipped(p, 0, "no text after the front matter")
		}
		return w.skipped(p, 0, "whitespace-only file: no text to read")
	}
	d.PublishedTime = loadParseTime(d.Published)
	d.indexLines(b)
	return w.emit(d)
}

// loadCheckText checks that b is UTF-8 text, and returns what is wrong
// and on which line if it is not.
func loadCheckText(b []byte) (string, int) {
	if len(b) == 0 {
		return "empty file: no text to read", 0
	}
	if bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return "UTF-16 text: convert the file to UTF-8", 0
	}
	sniff := b[:min(len(b), loadSniff)]
	if i := bytes.IndexByte(sniff, 0); i >= 0 {
		return fmt.Sprintf("binary file (NUL byte at offset %d): not a text article", i), 0
	}
	odd := 0
	for i := 0; i < len(sniff); {
		c := sniff[i]
		if c < 0x80 {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B || c == 0x7F {
				odd++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(sniff[i:])
		if r == utf8.RuneError && n == 1 && len(sniff)-i >= utf8.UTFMax {
			odd++
		}
		i += n
	}
	if len(sniff) >= 16 && odd*10 > len(sniff)*3 {
		return "binary file (mostly non-text bytes): not a text article", 0
	}
	if utf8.Valid(b) {
		return "", 0
	}
	line, col := 1, 1
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return fmt.Sprintf("invalid UTF-8 at line %d, byte %d: convert the file to UTF-8", line, col), line
		}
		if b[i] == '\n' {
			line, col = line+1, 1
		} else {
			col += n
		}
		i += n
	}
	return "", 0
}

// frontMatter is the YAML metadata a text or Markdown file may start with.
type frontMatter struct {
	Title     string `yaml:"title"`
	Source    string `yaml:"source"`
	URL       string `yaml:"url"`
	Published string `yaml:"published"`
	Date      string `yaml:"date"` // an alias of published
}

// loadFrontMatter reads the YAML front matter of d.Text that starts at
// offset at, if any, and returns the offset of the body. On error it
// returns the file line of the problem.
func loadFrontMatter(d *Document, at int) (int, int, error) {
	text := d.Text
	first, ok := loadFenceLine(text, at)
	if !ok || strings.TrimRight(text[at:first], " \t\r\n") != "---" {
		return at, 0, nil
	}
	// Find the closing "---" (or "...") line.
	for i := first; i < len(text); {
		end, _ := loadFenceLine(text, i)
		fence := strings.TrimRight(text[i:end], " \t\r\n")
		if fence == "---" || fence == "..." {
			var fm frontMatter
			if err := yaml.Unmarshal([]byte(text[first:i]), &fm); err != nil {
				yl, msg := loadYAMLError(err)
				if yl > 0 {
					yl++ // the YAML starts on line 2
				}
				return at, yl, fmt.Errorf("bad front matter: %s: fix the YAML between the --- lines", msg)
			}
			d.Title, d.Source, d.URL, d.Published = fm.Title, fm.Source, fm.URL, fm.Published
			if d.Published == "" {
				d.Published = fm.Date
			}
			return end, 0, nil
		}
		i = end
	}
	return at, 1, errors.New("front matter not closed: add a line with --- after it")
}

// loadFenceLine returns the end of the line at i, after its newline; ok is
// false at the end of text.
func loadFenceLine(text string, i int) (int, bool) {
	if i >= len(text) {
		return i, false
	}
	if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
		return i + j + 1, true
	}
	return len(text), true
}

// loadYAMLError returns the line and message of a yaml.v3 error, without
// its "yaml: line N:" prefix.
func loadYAMLError(err error) (int, string) {
	var te *yaml.TypeError
	msg := err.Error()
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = strings.TrimSpace(te.Errors[0])
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if i := strings.IndexByte(rest, ':'); i > 0 {
			if n, err := strconv.Atoi(rest[:i]); err == nil {
				line, msg = n, strings.TrimSpace(rest[i+1:])
			}
		}
	}
	return line, msg
}

// loadTimeLayouts are the forms of a publication date the loader reads.
var loadTimeLayouts = []string{
	"2006-01-02",
	time.RFC3339,
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	time.RFC1123,
	time.RFC1123Z,
}

// loadParseTime parses a publication date; it returns the zero time when
// s is empty or in no known form.
func loadParseTime(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, layout := range loadTimeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// jsonlRecord is one line of a JSONL file.
type jsonlRecord struct {
	ID        string  `json:"id"`
	Title     string  `json:"title"`
	Source    string  `json:"source"`
	URL       string  `json:"url"`
	Published string  `json:"published"`
	Text      *string `json:"text"`
}

// jsonl reads a JSONL file line by line: one document per record.
func (w *loadWalk) jsonl(p, id string, r io.Reader) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(loadSniff); len(head) > 0 {
		if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
			return w.skipped(p, 0, "UTF-16 text: convert the file to UTF-8")
		}
		if i := bytes.IndexByte(head, 0); i >= 0 {
			return w.skipped(p, 0, fmt.Sprintf("binary file (NUL byte at offset %d): not a JSONL file", i))
		}
	}
	var buf []byte
	records, lines := 0, 0
	for n := 1; ; n++ {
		line, tooLong, err := loadReadLine(br, &buf)
		if err != nil && err != io.EOF {
			return w.skipped(p, n, "read: "+loadErrText(err))
		}
		if err == io.EOF && line == nil && !tooLong {
			break
		}
		lines++
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF"))
		}
		if serr := w.record(p, n, id, line, tooLong, &records); serr != nil {
			return serr
		}
		if err == io.EOF {
			break
		}
	}
	switch {
	case lines == 0:
		return w.skipped(p, 0, "empty file: no records to read")
	case records == 0:
		return w.skipped(p, 0, "no records: the file holds only blank lines")
	}
	return nil
}

// record reads line n of a JSONL file whose document ID is fileID: a
// record without an "id" is named fileID#n.
func (w *loadWalk) record(p string, n int, fileID string, line []byte, tooLong bool, records *int) error {
	if tooLong {
		*records++
		return w.skipped(p, n, fmt.Sprintf("line longer than %d MiB: split the record", loadMaxLine>>20))
	}
	if len(bytes.TrimSpace(line)) == 0 {
		return nil
	}
	*records++
	if !utf8.Valid(line) {
		col := 1
		for i := 0; i < len(line); {
			r, size := utf8.DecodeRune(line[i:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			i += size
			col += size
		}
		return w.skipped(p, n, fmt.Sprintf("invalid UTF-8 at byte %d: convert the file to UTF-8", col))
	}
	var rec jsonlRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return w.skipped(p, n, loadJSONError(err))
	}
	if rec.Text == nil {
		return w.skipped(p, n, `record has no "text" field: add the article's text`)
	}
	if segTrimLeft(*rec.Text, 0, len(*rec.Text)) == len(*rec.Text) {
		return w.skipped(p, n, `record's "text" is empty: add the article's text`)
	}
	id := rec.ID
	if id == "" {
		id = fileID + "#" + strconv.Itoa(n)
	}
	d := &Document{ID: id, Path: p, Format: FormatJSONL, Title: rec.Title, Source: rec.Source,
		URL: rec.URL, Published: rec.Published, Text: *rec.Text, Line: n}
	d.PublishedTime = loadParseTime(d.Published)
	d.lineStarts = []int{0}
	return w.emit(d)
}

// loadJSONError describes a JSON decoding error in a lowercase sentence.
func loadJSONError(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("malformed JSON at byte %d: %s", se.Offset, strings.TrimPrefix(se.Error(), "json: "))
	case errors.As(err, &te):
		if te.Field == "" {
			return fmt.Sprintf("record is a JSON %s: want an object with a \"text\" field", te.Value)
		}
		return fmt.Sprintf("field %q is a JSON %s: want a string", te.Field, te.Value)
	}
	return "malformed JSON: " + strings.TrimPrefix(err.Error(), "json: ")
}

// loadReadLine reads one line (without its newline) into *buf. A line
// longer than loadMaxLine is consumed and reported with tooLong set. It
// returns io.EOF with the last line, or with a nil line at the end.
func loadReadLine(br *bufio.Reader, buf *[]byte) (line []byte, tooLong bool, err error) {
	b := (*buf)[:0]
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(b)+len(chunk) > loadMaxLine+1 {
				tooLong, b = true, b[:0]
			} else {
				b = append(b, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		*buf = b
		if err == io.EOF && len(b) == 0 && !tooLong {
			return nil, false, io.EOF
		}
		b = bytes.TrimSuffix(bytes.TrimSuffix(b, []byte("\n")), []byte("\r"))
		if tooLong {
			return nil, true, err
		}
		return b, false, err
	}
}

// htmlSkip are the elements whose content is not visible article text.
var htmlSkip = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
	atom.Button: true, atom.Svg: true, atom.Iframe: true, atom.Object: true,
	atom.Select: true, atom.Textarea: true, atom.Math: true, atom.Canvas: true,
	atom.Dialog: true, atom.Menu: true,
}

// htmlMaxSkip bounds the nesting of hidden elements the loader tracks.
const htmlMaxSkip = 256

// htmlBlock are the elements that begin and end a block of text: they
// become a blank line, so that the segmenter ends a sentence there.
var htmlBlock = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Tr: true,
	atom.Table: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Main: true, atom.Blockquote: true, atom.Figure: true, atom.Figcaption: true,
	atom.Title: true, atom.Pre: true, atom.Hr: true, atom.Address: true,
	atom.Details: true, atom.Summary: true, atom.Caption: true, atom.Center: true,
	atom.Fieldset: true, atom.Legend: true, atom.Body: true, atom.Hgroup: true,
}

// htmlText builds the visible text of an HTML file and its Origin.
type htmlText struct {
	out   []byte
	spans []Span
}

// span records that out offset len(h.out) comes from file offset raw,
// unless that follows from the last span.
func (h *htmlText) span(raw int) {
	from := len(h.out)
	if n := len(h.spans); n > 0 {
		last := h.spans[n-1]
		if last.To+from-last.From == raw {
			return
		}
		if last.From == from {
			h.spans[n-1].To = raw
			return
		}
	}
	h.spans = append(h.spans, Span{From: from, To: raw})
}

// brk ends the current line and, for n == 2, leaves a blank line after it.
func (h *htmlText) brk(n, raw int) {
	if len(h.out) == 0 {
		return
	}
	k := 0
	for k < len(h.out) && h.out[len(h.out)-1-k] == '\n' {
		k++
	}
	if k == 0 && h.out[len(h.out)-1] == ' ' {
		h.out[len(h.out)-1] = '\n'
		k = 1
	}
	for ; k < n; k++ {
		h.span(raw)
		h.out = append(h.out, '\n')
	}
}

// space adds a space unless the text already ends with one.
func (h *htmlText) space(raw int) {
	if n := len(h.out); n > 0 && h.out[n-1] != ' ' && h.out[n-1] != '\n' {
		h.span(raw)
		h.out = append(h.out, ' ')
	}
}

// text adds the raw text r, which starts at file offset raw: white space
// collapsed, character references decoded.
func (h *htmlText) text(r []byte, raw int) {
	for i := 0; i < len(r); {
		c := r[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			h.space(raw + i)
			i++
		case c == '&':
			j := i + 1
			for j < len(r) && j-i < 40 && (r[j] == '#' || segIsASCIILetter(r[j]) || r[j] >= '0' && r[j] <= '9') {
				j++
			}
			if j < len(r) && r[j] == ';' && j > i+1 {
				h.span(raw + i)
				h.out = append(h.out, html.UnescapeString(string(r[i:j+1]))...)
				i = j + 1
				h.span(raw + i)
				continue
			}
			fallthrough
		default:
			h.span(raw + i)
			h.out = append(h.out, c)
			i++
		}
	}
}

// loadHTML sets d's Text to the visible text of the HTML file b, with its
// Origin, line table and metadata.
func loadHTML(d *Document, b []byte) error {
	z := html.NewTokenizer(bytes.NewReader(b))
	var h htmlText
	var skip []atom.Atom
	var title, h1, ogTitle []byte
	inHead, inTitle, inH1, h1Done := false, false, false, false
	var published, canonical string
	raw := 0
	for {
		tt := z.Next()
		r := z.Raw()
		at := raw
		raw += len(r)
		if tt == html.ErrorToken {
			if err := z.Err(); err != io.EOF {
				return fmt.Errorf("read HTML: %v", err)
			}
			break
		}
		switch tt {
		case html.TextToken:
			if len(skip) > 0 || inHead && !inTitle {
				continue
			}
			start := len(h.out)
			h.text(r, at)
			switch {
			case inTitle:
				title = append(title, h.out[start:]...)
			case inH1:
				h1 = append(h1, h.out[start:]...)
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if tt == html.EndTagToken {
				if i := htmlIndex(skip, a); i >= 0 {
					skip = skip[:i]
					continue
				}
				if len(skip) > 0 {
					continue
				}
				switch a {
				case atom.Head:
					inHead = false
				case atom.Title:
					inTitle = false
				case atom.H1:
					inH1, h1Done = false, h1Done || len(h1) > 0
				}
				if htmlBlock[a] {
					h.brk(2, at)
				}
				continue
			}
			if len(skip) > 0 {
				if htmlSkip[a] && tt == html.StartTagToken && len(skip) < htmlMaxSkip {
					skip = append(skip, a)
				}
				continue
			}
			if htmlSkip[a] {
				if tt == html.StartTagToken {
					skip = append(skip, a)
				}
				continue
			}
			switch a {
			case atom.Head:
				inHead = true
			case atom.Body:
				inHead = false
			case atom.Title:
				inTitle = tt == html.StartTagToken && len(title) == 0
				if !inTitle {
					// A second title is not shown; skip its text.
					if tt == html.StartTagToken {
						skip = append(skip, a)
					}
					continue
				}
			case atom.H1:
				inH1 = tt == html.StartTagToken && !h1Done
			case atom.Br:
				h.brk(1, at)
			case atom.Td, atom.Th:
				h.space(at)
			case atom.Meta, atom.Link:
				if hasAttr {
					htmlMeta(z, a, d, &ogTitle, &published, &canonical)
				}
			}
			if htmlBlock[a] {
				h.brk(2, at)
			}
		}
	}
	// Trim trailing space.
	n := len(h.out)
	for n > 0 && (h.out[n-1] == ' ' || h.out[n-1] == '\n') {
		n--
	}
	h.out = h.out[:n]
	for len(h.spans) > 0 && h.spans[len(h.spans)-1].From >= n {
		h.spans = h.spans[:len(h.spans)-1]
	}
	if segTrimLeft(string(h.out), 0, n) == n {
		return errors.New("no visible text in the HTML file")
	}
	d.Text = string(h.out)
	d.Origin = h.spans
	if d.Origin == nil {
		d.Origin = []Span{}
	}
	switch {
	case len(ogTitle) > 0:
		d.Title = string(ogTitle)
	case len(bytes.TrimSpace(title)) > 0:
		d.Title = string(bytes.TrimSpace(title))
	default:
		d.Title = string(bytes.TrimSpace(h1))
	}
	if d.URL == "" {
		d.URL = canonical
	}
	if d.Published == "" {
		d.Published = published
	}
	d.indexLines(b)
	return nil
}

// htmlIndex returns the index of the last a in stack, or -1.
func htmlIndex(stack []atom.Atom, a atom.Atom) int {
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i] == a {
			return i
		}
	}
	return -1
}

// htmlMeta reads the metadata of a meta or link tag: og:title,
// og:site_name, og:url, canonical links and publication dates.
func htmlMeta(z *html.Tokenizer, a atom.Atom, d *Document, ogTitle *[]byte, published, canonical *string) {
	var key, content, rel, href string
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		switch string(k) {
		case "property", "name", "itemprop":
			if key == "" {
				key = strings.ToLower(string(v))
			}
		case "content":
			content = strings.TrimSpace(string(v))
		case "rel":
			rel = strings.ToLower(string(v))
		case "href":
			href = strings.TrimSpace(string(v))
		}
	}
	if a == atom.Link {
		if rel == "canonical" && *canonical == "" {
			*canonical = href
		}
		return
	}
	if content == "" {
		return
	}
	switch key {
	case "og:title":
		if len(*ogTitle) == 0 {
			*ogTitle = []byte(content)
		}
	case "og:site_name":
		if d.Source == "" {
			d.Source = content
		}
	case "og:url":
		if d.URL == "" {
			d.URL = content
		}
	case "article:published_time":
		d.Published = content
	case "date", "pubdate", "publishdate", "datepublished", "dc.date", "dcterms.date":
		if *published == "" {
			*published = content
		}
	}
}
