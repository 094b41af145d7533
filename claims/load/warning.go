package load

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Warning is a problem in an input that did not stop it from being read:
// front matter that is not valid YAML (read as key: value lines instead),
// front matter with no closing fence (read as part of the article), a
// publication date in no known form (the document is read without one).
// Line is the 1-based line of the file the problem is on (for a JSONL
// record, the record's line); 0 when unknown.
type Warning struct {
	Path string `json:"path"`
	Line int    `json:"line,omitempty"`
	// Msg says in one line what is wrong and what was done about it.
	Msg string `json:"warning"`
}

// String returns one line, "path:line: what is wrong: what was done"
// (":line" omitted when Line is 0), that can be printed as is.
func (w Warning) String() string {
	if w.Line > 0 {
		return w.Path + ":" + strconv.Itoa(w.Line) + ": " + w.Msg
	}
	return w.Path + ": " + w.Msg
}

// warn adds a warning about line of d's file, made one line.
func (d *Document) warn(line int, msg string) {
	d.Warnings = append(d.Warnings, Warning{Path: d.Path, Line: line, Msg: strings.ReplaceAll(msg, "\n", " ")})
}

// sortWarnings puts d's warnings in file order, keeping the order in
// which they were found for warnings of one line.
func (d *Document) sortWarnings() {
	sort.SliceStable(d.Warnings, func(i, j int) bool { return d.Warnings[i].Line < d.Warnings[j].Line })
}

// readPublished parses d.Published into PublishedTime, PublishedClock and
// PublishedMonth. A date in no known form leaves the document without a
// publication date and is a warning about line, the line it was read from
// (the document's first line when unknown).
func (d *Document) readPublished(line int) {
	t, clock, err := parseTime(d.Published)
	if errors.Is(err, errDateForm) {
		if m, ok := parseMonth(d.Published); ok {
			d.PublishedTime, d.PublishedMonth = m, true
			return
		}
	}
	if err != nil {
		if line < 1 {
			line = max(d.Line, 1)
		}
		d.warn(line, fmt.Sprintf("publication date %q is %v: read the document without one (write it as 2023-02-06 or 2023-02-06T14:30:00Z)", strings.TrimSpace(d.Published), err))
		return
	}
	d.PublishedTime, d.PublishedClock = t, clock
}
