package load

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// jsonlRecord is one line of a JSONL file.
type jsonlRecord struct {
	ID        string  `json:"id"`
	Title     string  `json:"title"`
	Source    string  `json:"source"`
	URL       string  `json:"url"`
	Published string  `json:"published"`
	Text      *string `json:"text"`
}

// ReadRecord reads one record of a JSONL file: record is line number line
// (1-based) of the file at path, without its line ending, and fileID is
// the ID of the file's documents. It returns the record's document, or
// why the record cannot be read (malformed JSON, invalid UTF-8, no "text"
// or only white space in it); both are nil for a blank line, which holds
// no record. A byte order mark that starts line 1 is ignored.
//
// The document's ID is the record's "id" field, else fileID, "#" and
// line ("news.jsonl#3"); its Line is line, and its Text the record's
// "text". Its "published" field is read in the forms front matter's is;
// one in no known form is a Warning on line, and the document has no
// publication date. ReadRecord keeps no reference to record, and sets no limit to
// its length: Walk and ReadFile skip lines longer than 64 MiB without
// holding them. It is the reader Walk and ReadFile use for each line, for
// a runner that splits JSONL files into lines itself, and is safe for
// concurrent use.
func ReadRecord(path string, line int, fileID string, record []byte) (*Document, *Skipped) {
	if line == 1 {
		record = bytes.TrimPrefix(record, []byte("\uFEFF"))
	}
	if len(bytes.TrimSpace(record)) == 0 {
		return nil, nil
	}
	if !utf8.Valid(record) {
		col := 1
		for i := 0; i < len(record); {
			r, size := utf8.DecodeRune(record[i:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			i += size
			col += size
		}
		return nil, skipped(path, line, fmt.Sprintf("invalid UTF-8 at byte %d: convert the file to UTF-8", col))
	}
	var rec jsonlRecord
	if err := json.Unmarshal(record, &rec); err != nil {
		return nil, skipped(path, line, jsonError(err))
	}
	if rec.Text == nil {
		return nil, skipped(path, line, `record has no "text" field: add the article's text`)
	}
	if blank(*rec.Text) {
		return nil, skipped(path, line, `record's "text" is empty: add the article's text`)
	}
	id := rec.ID
	if id == "" {
		id = fileID + "#" + strconv.Itoa(line)
	}
	d := &Document{ID: id, Path: path, Format: FormatJSONL, Title: rec.Title, Source: rec.Source,
		URL: rec.URL, Published: rec.Published, Text: *rec.Text, Line: line}
	d.readPublished(line)
	return d, nil
}

// jsonl reads the JSONL file p, whose documents have the ID id, from r a
// line at a time: one document per record.
func (k sink) jsonl(p, id string, r io.Reader) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(sniffLen); len(head) > 0 {
		if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
			return k.skipped(p, 0, "UTF-16 text: convert the file to UTF-8")
		}
		if i := bytes.IndexByte(head, 0); i >= 0 {
			return k.skipped(p, 0, fmt.Sprintf("binary file (NUL byte at offset %d): not a JSONL file", i))
		}
	}
	var buf []byte
	records, lines := 0, 0
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, &buf)
		if err != nil && err != io.EOF {
			return k.skipped(p, n, "read: "+errText(err))
		}
		if err == io.EOF && line == nil && !tooLong {
			break
		}
		lines++
		var herr error
		if tooLong {
			records++
			herr = k.skipped(p, n, fmt.Sprintf("line longer than %d MiB: split the record", maxLine>>20))
		} else if d, s := ReadRecord(p, n, id, line); d != nil || s != nil {
			records++
			herr = k.hand(id, d, s)
		}
		if herr != nil {
			return herr
		}
		if err == io.EOF {
			break
		}
	}
	switch {
	case lines == 0:
		return k.skipped(p, 0, "empty file: no records to read")
	case records == 0:
		return k.skipped(p, 0, "no records: the file holds only blank lines")
	}
	return nil
}

// jsonError describes a JSON decoding error in a lowercase sentence.
func jsonError(err error) string {
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

// readLine reads one line (without its newline) into *buf. A line longer
// than maxLine is consumed and reported with tooLong set. It returns
// io.EOF with the last line, or with a nil line at the end.
func readLine(br *bufio.Reader, buf *[]byte) (line []byte, tooLong bool, err error) {
	b := (*buf)[:0]
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(b)+len(chunk) > maxLine+1 {
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
