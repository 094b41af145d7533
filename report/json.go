package report

import (
	"encoding/json"
	"io"
)

// JSON renders the report as one indented JSON document.
type JSON struct{}

// Render writes r as JSON followed by a newline.
func (JSON) Render(w io.Writer, r *Report, _ Options) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
