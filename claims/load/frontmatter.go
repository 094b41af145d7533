package load

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// frontMatter is the YAML metadata a text or Markdown file may start with.
type frontMatter struct {
	Title     string `yaml:"title"`
	Source    string `yaml:"source"`
	URL       string `yaml:"url"`
	Published string `yaml:"published"`
	Date      string `yaml:"date"` // an alias of published
}

// readFrontMatter reads the YAML front matter of d.Text that starts at
// offset at, if any, and returns the offset of the body. On error it
// returns the file line of the problem.
func readFrontMatter(d *Document, at int) (int, int, error) {
	text := d.Text
	first, ok := fenceLine(text, at)
	if !ok || strings.TrimRight(text[at:first], " \t\r\n") != "---" {
		return at, 0, nil
	}
	// Find the closing "---" (or "...") line.
	for i := first; i < len(text); {
		end, _ := fenceLine(text, i)
		fence := strings.TrimRight(text[i:end], " \t\r\n")
		if fence == "---" || fence == "..." {
			var fm frontMatter
			if err := yaml.Unmarshal([]byte(text[first:i]), &fm); err != nil {
				yl, msg := yamlError(err)
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

// fenceLine returns the end of the line at i, after its newline; ok is
// false at the end of text.
func fenceLine(text string, i int) (int, bool) {
	if i >= len(text) {
		return i, false
	}
	if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
		return i + j + 1, true
	}
	return len(text), true
}

// yamlError returns the line and message of a yaml.v3 error, without its
// "yaml: line N:" prefix.
func yamlError(err error) (int, string) {
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

// timeLayouts are the forms of a publication date the loader reads, in
// front matter, JSONL records and HTML meta tags alike.
var timeLayouts = []string{
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

// parseTime parses a publication date; it returns the zero time when s is
// empty or in no known form.
func parseTime(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}
