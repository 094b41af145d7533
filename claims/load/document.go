package load

import (
	"bytes"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// Format is the file format a document was read from.
type Format string

// The formats the loader reads.
const (
	FormatText     Format = "text"     // .txt, standard input, and any file named directly with another extension
	FormatMarkdown Format = "markdown" // .md, .markdown
	FormatJSONL    Format = "jsonl"    // .jsonl, one document a line
	FormatHTML     Format = "html"     // .html, .htm
)

// Document is one article. Text is the article's readable text; offsets of
// sentences and claims are byte offsets into Text. For plain text and
// Markdown, Text is the whole file (front matter included, so offsets are
// offsets into the file) and Body tells where the article starts. For HTML,
// Text is the visible text and Origin maps its offsets back to the file.
// For JSONL, Text is the record's "text" field and Line is the line of the
// record in the file. A UTF-8 byte order mark that starts a file is no
// part of the article: for text and Markdown it stays in Text, so that
// offsets stay offsets into the file, but Body starts after it and
// ColumnAt does not count it; HTML's Text leaves it out.
//
// The later stages only read a Document: none modifies it, so one
// Document may be read from several goroutines at once.
type Document struct {
	// ID identifies the document in reports, and no other document read
	// by the same Walk has it: the file's slash path relative to the
	// common root of the walk's arguments (for a single directory, the
	// path inside it; for a single file, its base name), the "id" field
	// of a JSONL record (else, or when another document has it, the
	// file's ID, "#" and the record's line: "news.jsonl#3"), or "-" for
	// standard input. See Loader.Walk and IDs.
	ID string
	// Path is the file the document was read from, as given ("-" for stdin).
	Path string
	// Format is the format the document was read in.
	Format Format
	// Title, Source and URL come from the document's metadata (front
	// matter, the record's fields, the HTML head); empty when absent.
	Title  string
	Source string
	URL    string
	// Published is the publication date as written in the metadata
	// (kept as written even when it cannot be read). PublishedTime is its
	// value: the date, with its time of day when one is given, in the
	// offset from UTC written (UTC when none is, and for a date alone);
	// zero when absent or in no known form (a Warning then says so).
	// PublishedClock reports whether a time of day was given: when it is
	// false, PublishedTime is midnight UTC of the date and only its date
	// means anything.
	// PublishedMonth reports a date given to the month alone ("2023-12",
	// "December 2023"): PublishedTime is then the first day of that
	// month, and only its year and month mean anything.
	Published      string
	PublishedTime  time.Time
	PublishedClock bool
	PublishedMonth bool
	// Text is the document's text; Body is the offset in Text where the
	// article body starts (after front matter).
	Text string
	Body int
	// Line is the 1-based line of the file that Text starts on: 1 for a
	// whole file, the record's line for JSONL.
	Line int
	// Origin maps offsets in Text to offsets in the file for formats whose
	// text is not a slice of the file (HTML); nil means identity.
	Origin []Span
	// Warnings are the problems of the input that did not stop the
	// document from being read, in file order: front matter that is not
	// valid YAML or not closed, a publication date in no known form. Nil
	// when there is none.
	Warnings []Warning

	// lineStarts are the offsets in the file where its lines start, set
	// once when the document is made; nil for a Document literal.
	lineStarts []int
}

// NewDocument returns a plain-text document with the given ID and text,
// as the loader makes of a .txt file without front matter: Format
// FormatText, Line 1, Body 0, and a table of its line starts, so that
// LineAt is a binary search. It is the way to build a document by hand
// (in a test, or from text that was never a file). The other fields may
// be set afterwards; Text must stay as it is, for the table is of it.
func NewDocument(id, text string) *Document {
	d := &Document{ID: id, Format: FormatText, Text: text, Line: 1}
	d.indexLines([]byte(text))
	return d
}

// Span maps a run of Text, starting at Text offset From, to the file
// offset To; offsets inside the run map linearly.
type Span struct {
	From, To int
}

// FileOffset returns the byte offset in the original file of the Text
// offset off.
func (d *Document) FileOffset(off int) int {
	if d.Origin == nil {
		return off
	}
	i := sort.Search(len(d.Origin), func(i int) bool { return d.Origin[i].From > off }) - 1
	if i < 0 {
		return off
	}
	return d.Origin[i].To + off - d.Origin[i].From
}

// LineAt returns the 1-based line, in the original file, of the Text offset
// off. For JSONL it is always the record's line. Documents made by the
// Loader or by NewDocument carry a table of line starts, so LineAt is a
// binary search; for a Document literal it counts the newlines before off
// each time. Either way it does not modify d and is safe for concurrent
// use.
func (d *Document) LineAt(off int) int {
	base := d.Line
	if base == 0 {
		base = 1
	}
	if d.Format == FormatJSONL {
		return base
	}
	if d.lineStarts == nil {
		n := 0
		for i := 0; i < off && i < len(d.Text); i++ {
			if d.Text[i] == '\n' {
				n++
			}
		}
		return base + n
	}
	return base + max(sort.SearchInts(d.lineStarts, d.FileOffset(off)+1)-1, 0)
}

// ColumnAt returns the 1-based column, in Unicode code points, of the Text
// offset off on its line of the file (for HTML, whose text is not the
// file's, the column counts bytes of the file; for JSONL, code points of
// the record's text). A byte order mark that starts the file is not a
// column: line 1 starts after it.
func (d *Document) ColumnAt(off int) int {
	off = min(max(off, 0), len(d.Text))
	if d.Origin != nil && d.lineStarts != nil {
		fo := d.FileOffset(off)
		i := max(sort.SearchInts(d.lineStarts, fo+1)-1, 0)
		return max(fo-d.lineStarts[i], 0) + 1
	}
	start := strings.LastIndexByte(d.Text[:off], '\n') + 1
	if start == 0 && d.Format != FormatJSONL && strings.HasPrefix(d.Text[:off], bom) {
		start = len(bom)
	}
	return utf8.RuneCountInString(d.Text[start:off]) + 1
}

// bom is the UTF-8 byte order mark, which a file may start with.
const bom = "\uFEFF"

// indexLines records the line starts of file, the bytes the document was
// read from, for LineAt and ColumnAt; line 1 starts after a byte order
// mark. Whoever makes the document calls it once, before the document is
// handed on.
func (d *Document) indexLines(file []byte) {
	starts := make([]int, 1, bytes.Count(file, []byte{'\n'})+1)
	if bytes.HasPrefix(file, []byte(bom)) {
		starts[0] = len(bom)
	}
	for i := 0; ; {
		j := bytes.IndexByte(file[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		starts = append(starts, i)
	}
	d.lineStarts = starts
}
