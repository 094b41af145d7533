package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strconv"
)

// JSON renders the report as one JSON document, streamed: each document,
// skipped input, warning and finding is written compactly on a line of
// its own, so that large reports are written fast and diffs show one
// finding a line. The "warnings" list is written only when there is a
// warning.
type JSON struct{}

// Render writes r as JSON followed by a newline.
func (JSON) Render(w io.Writer, r *Report, _ Options) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // keep quotes from articles readable
	list := func(name string, n int, item func(i int) any) error {
		bw.WriteString(",\n\"" + name + "\": [")
		for i := 0; i < n; i++ {
			if i > 0 {
				bw.WriteByte(',')
			}
			bw.WriteByte('\n')
			buf.Reset()
			if err := enc.Encode(item(i)); err != nil {
				return err
			}
			// Encode ends each value with a newline: drop it, so that
			// the comma follows on the same line.
			bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte{'\n'}))
		}
		if n > 0 {
			bw.WriteByte('\n')
		}
		bw.WriteByte(']')
		return nil
	}
	bw.WriteString(`{"version": ` + strconv.Itoa(r.Version))
	if err := list("documents", len(r.Documents), func(i int) any { return &r.Documents[i] }); err != nil {
		return err
	}
	if err := list("skipped", len(r.Skipped), func(i int) any { return &r.Skipped[i] }); err != nil {
		return err
	}
	if len(r.Warnings) > 0 {
		if err := list("warnings", len(r.Warnings), func(i int) any { return &r.Warnings[i] }); err != nil {
			return err
		}
	}
	if err := list("findings", len(r.Findings), func(i int) any { return &r.Findings[i] }); err != nil {
		return err
	}
	bw.WriteString("}\n")
	return bw.Flush()
}
