package load

import (
	"bytes"
	"errors"
	"io/fs"
	"path"
	"strings"
)

// Limits of what the loader reads.
const (
	// maxFile is the largest text, Markdown or HTML file read.
	maxFile = 64 << 20
	// maxLine is the longest JSONL line read.
	maxLine = 64 << 20
	// sniffLen is how much of a file is checked for binary content.
	sniffLen = 8 << 10
)

// exts are the extensions read inside directories, and their formats.
var exts = map[string]Format{
	".txt":      FormatText,
	".md":       FormatMarkdown,
	".markdown": FormatMarkdown,
	".jsonl":    FormatJSONL,
	".html":     FormatHTML,
	".htm":      FormatHTML,
}

// formatOf returns the format of the file name, by its extension, and
// whether the extension is one read inside directories; when it is not,
// the format is FormatText, the format of a file named directly.
func formatOf(name string) (Format, bool) {
	f, ok := exts[strings.ToLower(path.Ext(name))]
	if !ok {
		return FormatText, false
	}
	return f, true
}

// IsClaimsFile reports whether name is a claims file (*.claims.jsonl):
// claims, one JSON object a line, as `claimcheck extract` writes them,
// rather than articles.
func IsClaimsFile(name string) bool {
	return strings.HasSuffix(strings.ToLower(name), ".claims.jsonl")
}

// claimsFileReason is why a claims file is skipped when nothing reads it.
const claimsFileReason = "a claims file: compare and check read it, extract does not"

// ReadFile reads data, the whole contents of the file at path, as the
// documents it holds, in the format its extension names: .md and
// .markdown as Markdown, .jsonl as JSON Lines (one document a record),
// .html and .htm as HTML, any other extension as plain text, as Walk reads
// a file named directly. id is the ID of the file's document; a JSONL
// record without an "id" is named id, "#" and its line ("news.jsonl#3"),
// and a record whose "id" an earlier record of data has is renamed so
// (see IDs). path is only named, never opened.
//
// ReadFile sees one file, so the caller must make id unique among the
// files of a run, as Walk does: Loader.Files lists the files Walk would
// read with the IDs Walk gives them. Records' IDs are only unique within
// data; passing the documents of every file, in order, through one IDs
// makes them unique in the run.
//
// Whatever cannot be read is returned as Skipped, each with the reason
// Walk gives, in file order; the documents that could be read are
// returned all the same, each with its Warnings. A claims file (IsClaimsFile) is not read: it
// comes back as one Skipped, as from Walk when Loader.ClaimsFile is nil.
//
// Walk reads every file through the same code, only streaming a JSONL
// file from disk rather than holding it whole; ReadFile is that reader
// for a file whose contents are already in memory, as in a distributed
// runner that hands out files. It is safe for concurrent use.
func ReadFile(path, id string, data []byte) ([]*Document, []Skipped) {
	var docs []*Document
	var skips []Skipped
	s := sink{
		doc:  func(d *Document) error { docs = append(docs, d); return nil },
		skip: func(sk Skipped) error { skips = append(skips, sk); return nil },
	}
	s.ids = new(IDs)
	// The callbacks never fail, so neither does s.
	format, _ := formatOf(path)
	switch {
	case IsClaimsFile(path):
		s.skipped(path, 0, claimsFileReason)
	case format == FormatJSONL:
		s.jsonl(path, id, bytes.NewReader(data))
	default:
		d, sk := readWhole(path, id, format, data)
		s.hand(id, d, sk)
	}
	return docs, skips
}

// readWhole reads b, the whole contents of the text, Markdown or HTML
// file p, as one document with the ID id, or says why it cannot.
func readWhole(p, id string, format Format, b []byte) (*Document, *Skipped) {
	if len(b) > maxFile {
		return nil, skipped(p, 0, tooLarge)
	}
	if msg, line := checkText(b); msg != "" {
		return nil, skipped(p, line, msg)
	}
	d := &Document{ID: id, Path: p, Format: format, Line: 1}
	var pubLine int
	if format == FormatHTML {
		var err error
		if pubLine, err = readHTML(d, b); err != nil {
			return nil, skipped(p, 0, err.Error())
		}
	} else {
		var s *Skipped
		if pubLine, s = readText(d, b); s != nil {
			return nil, s
		}
	}
	d.readPublished(pubLine)
	d.sortWarnings()
	return d, nil
}

// sink is where reading hands what it reads: doc gets each document, skip
// each input that cannot be read. A callback's error ends the reading: it
// comes back wrapped in a stop. ids, when set, makes the IDs of the
// documents handed on unique.
type sink struct {
	doc  func(*Document) error
	skip func(Skipped) error
	ids  *IDs
}

// stop wraps an error returned by a callback, which ends the reading.
type stop struct{ err error }

// Error returns the callback's error message.
func (e stop) Error() string { return e.err.Error() }

// hand hands on d, a document of the file whose ID is fileID, or, when s
// is set, the skipped input s.
func (k sink) hand(fileID string, d *Document, s *Skipped) error {
	var err error
	if s != nil {
		err = k.skip(*s)
	} else {
		if k.ids != nil {
			k.ids.Add(fileID, d)
		}
		err = k.doc(d)
	}
	if err != nil {
		return stop{err}
	}
	return nil
}

// skipped hands on a skipped input.
func (k sink) skipped(p string, line int, msg string) error {
	return k.hand("", nil, skipped(p, line, msg))
}

// errText turns a file system error into a lowercase message without
// the path, which Skipped already gives.
func errText(err error) string {
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
