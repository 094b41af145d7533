package load

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// frontMatter is the metadata a text or Markdown file may start with:
// YAML between "---" lines.
type frontMatter struct {
	Title     string `yaml:"title"`
	Source    string `yaml:"source"`
	URL       string `yaml:"url"`
	Published string `yaml:"published"`
	Date      string `yaml:"date"` // an alias of published

	// publishedLine and dateLine are the 1-based lines of the header
	// that the published and date keys stand on; 0 when absent.
	publishedLine, dateLine int
}

// field returns the field of the key named key, and the line it was
// read from, or nils for a key the loader does not read.
func (fm *frontMatter) field(key string) (*string, *int) {
	switch key {
	case "title":
		return &fm.Title, nil
	case "source":
		return &fm.Source, nil
	case "url":
		return &fm.URL, nil
	case "published":
		return &fm.Published, &fm.publishedLine
	case "date":
		return &fm.Date, &fm.dateLine
	}
	return nil, nil
}

// maxHeaderSearch bounds the headers in which firstBadLine searches for
// the line of a YAML error by parsing prefixes: a header of at most this
// many bytes.
const maxHeaderSearch = 16 << 10

// readFrontMatter reads the front matter of d.Text that starts at offset
// at, if any, into d's metadata, and returns the offset of the body and
// the file line of the key the publication date was read from (0 when
// none). Nothing in the header keeps the article from being read: a
// header that yaml.v3 rejects is read as key: value lines
// (readHeaderLines), and a header with no closing fence is not taken as
// one at all, since nothing tells where it would end: the whole text is
// the body. Each of those is a warning in d.Warnings.
func readFrontMatter(d *Document, at int) (body, pubLine int) {
	text := d.Text
	first, ok := fenceLine(text, at)
	if !ok || strings.TrimRight(text[at:first], " \t\r\n") != "---" {
		return at, 0
	}
	// Find the closing "---" (or "...") line.
	for i := first; i < len(text); {
		end, _ := fenceLine(text, i)
		fence := strings.TrimRight(text[i:end], " \t\r\n")
		if fence != "---" && fence != "..." {
			i = end
			continue
		}
		// The header starts on the file's line 2, after the fence.
		header := text[first:i]
		fm, err := parseHeader(header)
		if err != nil {
			line, msg := firstBadLine(header, err)
			d.warn(line+1, fmt.Sprintf("front matter is not valid YAML (%s): read it as key: value lines", msg))
			fm = readHeaderLines(header)
		}
		d.Title, d.Source, d.URL = fm.Title, fm.Source, fm.URL
		d.Published, pubLine = fm.Published, fm.publishedLine
		if d.Published == "" {
			d.Published, pubLine = fm.Date, fm.dateLine
		}
		if pubLine > 0 {
			pubLine++
		}
		return end, pubLine
	}
	d.warn(1, "front matter not closed (no --- line after it): read the whole file as the article, without metadata")
	return at, 0
}

// parseHeader reads header as YAML, noting the lines of the date keys
// (lines of header, ending at "\n" as the document's do). It decodes
// only the values of the keys the loader reads, one key at a time:
// yaml.v3, decoding a whole mapping into a struct, compares every key
// with every other, which takes minutes for a header of 100,000 keys.
func parseHeader(header string) (frontMatter, error) {
	var fm frontMatter
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(header), &root); err != nil {
		return fm, err
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return fm, nil // empty, or only comments
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		// A scalar or a sequence: yaml.v3 says why it is no mapping.
		if err := root.Decode(&fm); err != nil {
			return fm, err
		}
		return fm, nil
	}
	if err := duplicateKey(m); err != nil {
		return fm, err
	}
	if err := fm.decode(m, map[string]bool{}, map[*yaml.Node]bool{}); err != nil {
		return fm, err
	}
	for _, line := range []*int{&fm.publishedLine, &fm.dateLine} {
		if *line > 0 {
			*line = headerLine(header, *line)
		}
	}
	return fm, nil
}

// decode reads the keys of the mapping m into fm, as yaml.v3 decodes a
// mapping into a struct: the value of each key the loader reads,
// decoded as a string, then the keys of the mappings that the last merge
// key ("<<") of m names, a key given before (in set) keeping its value.
// Each mapping is read once: done holds those read.
func (fm *frontMatter) decode(m *yaml.Node, set map[string]bool, done map[*yaml.Node]bool) error {
	done[m] = true
	var merge *yaml.Node
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.Value == "<<" && k.ShortTag() == "!!merge" {
			merge = v
			continue
		}
		var key string
		if err := k.Decode(&key); err != nil {
			return err
		}
		f, line := fm.field(key)
		if f == nil || set[key] {
			continue
		}
		set[key] = true
		if err := v.Decode(f); err != nil {
			return err
		}
		if line != nil && *line == 0 {
			*line = k.Line
		}
	}
	if merge == nil {
		return nil
	}
	srcs := []*yaml.Node{merge}
	if merge.Kind == yaml.SequenceNode {
		srcs = merge.Content
	}
	for _, src := range srcs {
		if src.Kind == yaml.AliasNode && src.Alias != nil {
			src = src.Alias
		}
		if src.Kind != yaml.MappingNode {
			return fmt.Errorf("yaml: line %d: map merge requires map or sequence of maps as the value", merge.Line)
		}
		if done[src] {
			continue
		}
		if err := fm.decode(src, set, done); err != nil {
			return err
		}
	}
	return nil
}

// headerLine returns the line of header, counting lines that end at
// "\n" as the document does, of yaml.v3's line n, for which a line also
// ends at a lone "\r" or at U+0085, U+2028 or U+2029. It is never past
// header's last line.
func headerLine(header string, n int) int {
	off := 0
	for l := 1; l < n && off < len(header); off++ {
		switch c := header[off]; {
		case c == '\n':
			l++
		case c == '\r':
			if off+1 < len(header) && header[off+1] == '\n' {
				off++
			}
			l++
		case c == 0xC2 && strings.HasPrefix(header[off:], "\u0085"):
			off++
			l++
		case c == 0xE2 && (strings.HasPrefix(header[off:], "\u2028") || strings.HasPrefix(header[off:], "\u2029")):
			off += 2
			l++
		}
	}
	return 1 + strings.Count(header[:min(off, len(header))], "\n")
}

// duplicateKey returns an error, worded as yaml.v3 words it, for the
// first key of the mapping m that stands in it twice. yaml.v3 finds
// duplicates too, but compares every key with every other and reports
// every pair, which takes seconds for a few thousand keys alike.
func duplicateKey(m *yaml.Node) error {
	seen := make(map[string]int, len(m.Content)/2)
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := m.Content[i]
		id := strconv.Itoa(int(k.Kind)) + ":" + k.Value
		if line, ok := seen[id]; ok {
			return fmt.Errorf("yaml: line %d: mapping key %q already defined at line %d", k.Line, k.Value, line)
		}
		seen[id] = k.Line
	}
	return nil
}

// firstBadLine returns the 1-based line of header where yaml.v3 rejects
// it with err, and the reason in a few words. The line yaml.v3 names is
// often that of the context of the problem rather than the problem's own
// (or missing, for the first line), so the line is that of the shortest
// prefix of the header's lines that fails for the same reason, found by
// binary search: a prefix that holds the bad line fails as the whole
// header does, a shorter one does not. Headers longer than
// maxHeaderSearch keep yaml.v3's line.
func firstBadLine(header string, err error) (int, string) {
	line, msg := yamlError(err)
	if line > 0 {
		line = headerLine(header, line)
	}
	if len(header) <= maxHeaderSearch {
		var ends []int // the end of each line
		for i := 0; i < len(header); {
			i, _ = fenceLine(header, i)
			ends = append(ends, i)
		}
		fails := func(n int) bool {
			_, err := parseHeader(header[:ends[n]])
			if err == nil {
				return false
			}
			_, m := yamlError(err)
			return m == msg
		}
		if n := sort.Search(len(ends), fails); n < len(ends) {
			line = n + 1
		}
	}
	return max(line, 1), headerReason(header, msg)
}

// headerReason rewords a yaml.v3 message for header: the lines it
// names are made lines of the file, and the loader's own type is not
// named.
func headerReason(header, msg string) string {
	if strings.HasSuffix(msg, fmt.Sprintf(" into %T", frontMatter{})) {
		return "not a mapping of keys to values"
	}
	if i := strings.LastIndex(msg, " at line "); i >= 0 {
		if n, err := strconv.Atoi(msg[i+len(" at line "):]); err == nil {
			return msg[:i] + " at line " + strconv.Itoa(headerLine(header, n)+1)
		}
	}
	return msg
}

// readHeaderLines reads a header that is not valid YAML as lines of
// "key: value": the key is what stands before the first colon, the value
// the rest of the line, without the white space around it and without
// quotes that surround it whole (a doubled single quote inside single
// quotes stands for one, \" inside double quotes for "). Indented lines continue the value of the key above them,
// joined by spaces, as YAML folds them; but an indented line with a key
// the loader reads, after a key line that holds its value, is a key line
// of its own (an indentation typo, such as a stray tab). A key line whose
// value is empty, or the block marker | or >, has its value on the
// indented lines below it. Blank lines, comments (#) and lines without a
// colon are ignored, as are keys the loader does not read. When a key is
// given twice, the first value that is not empty is kept.
func readHeaderLines(header string) frontMatter {
	var fm frontMatter
	var (
		haveKey bool            // a key line stands above, whose value indented lines continue
		key     string          // that key, "" when the loader does not read it
		keyLine int             // its line
		cont    bool            // its value goes on on the following indented lines
		val     strings.Builder // its value so far
	)
	flush := func() {
		if key == "" {
			return
		}
		f, line := fm.field(key)
		if v := unquote(strings.TrimSpace(val.String())); *f == "" && v != "" {
			*f = v
			if line != nil {
				*line = keyLine
			}
		}
	}
	for i, n := 0, 1; i < len(header); n++ {
		end, _ := fenceLine(header, i)
		raw := strings.TrimRight(header[i:end], "\r\n")
		i = end
		trimmed := strings.TrimSpace(raw)
		if trimmed == "" || trimmed[0] == '#' {
			continue
		}
		indented := raw[0] == ' ' || raw[0] == '\t'
		k, v, hasColon := strings.Cut(trimmed, ":")
		k = unquote(strings.TrimSpace(k))
		f, _ := fm.field(k)
		if indented && haveKey && (cont || !hasColon || f == nil) {
			val.WriteByte(' ')
			val.WriteString(trimmed)
			cont = true
			continue
		}
		flush()
		haveKey, key, cont = hasColon, "", false
		val.Reset()
		if !hasColon {
			continue
		}
		if f != nil {
			key, keyLine = k, n
		}
		switch v = strings.TrimSpace(v); v {
		case "", "|", ">", "|-", ">-", "|+", ">+":
			cont = true
		default:
			val.WriteString(v)
		}
	}
	flush()
	return fm
}

// unquote strips the quotes that surround s whole, if any: a doubled
// single quote inside single quotes stands for one, and \" inside double
// quotes for ".
func unquote(s string) string {
	if len(s) < 2 || s[0] != s[len(s)-1] {
		return s
	}
	switch s[0] {
	case '\'':
		return strings.ReplaceAll(s[1:len(s)-1], "''", "'")
	case '"':
		if u, err := strconv.Unquote(s); err == nil {
			return u
		}
		return strings.ReplaceAll(s[1:len(s)-1], `\"`, `"`)
	}
	return s
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
