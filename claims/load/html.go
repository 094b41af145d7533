package load

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hiddenElems are the elements whose content is not visible article text.
var hiddenElems = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
	atom.Button: true, atom.Svg: true, atom.Iframe: true, atom.Object: true,
	atom.Select: true, atom.Textarea: true, atom.Math: true, atom.Canvas: true,
	atom.Dialog: true, atom.Menu: true,
}

// voidElems are the elements that have no content and no end tag.
var voidElems = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Param: true, atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Keygen: true,
}

// siblingEnds are the elements whose start tag ends an open element of
// their name: <p> ends a <p>, <li> an <li>.
var siblingEnds = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Option: true,
	atom.Tr: true, atom.Td: true, atom.Th: true,
}

// openElems are the elements open inside a hidden one, whose text is
// skipped: a stack of runs of one name, so that a thousand nested <div>
// take one entry, with the number of elements of each name on it, so
// that an end tag of an element not on it costs nothing. Each end tag
// closes the last element of its name and those opened after it, as
// HTML's end tags do; the stack empties when the hidden element closes.
type openElems struct {
	runs []elemRun
	n    map[string]int
}

// elemRun is a run of nested elements of one name.
type elemRun struct {
	name string
	n    int
}

// empty reports whether no element is open.
func (o *openElems) empty() bool { return len(o.runs) == 0 }

// top returns the name of the last element opened, "" when none is.
func (o *openElems) top() string {
	if len(o.runs) == 0 {
		return ""
	}
	return o.runs[len(o.runs)-1].name
}

// push opens an element.
func (o *openElems) push(name []byte) {
	if k := len(o.runs); k > 0 && o.runs[k-1].name == string(name) {
		o.runs[k-1].n++
	} else {
		o.runs = append(o.runs, elemRun{string(name), 1})
	}
	if o.n == nil {
		o.n = make(map[string]int)
	}
	o.n[string(name)]++
}

// pop closes the last element named name, and those opened after it;
// it does nothing when none is open.
func (o *openElems) pop(name []byte) {
	if o.n[string(name)] == 0 {
		return
	}
	for {
		k := len(o.runs) - 1
		top := &o.runs[k]
		if top.name != string(name) {
			o.n[top.name] -= top.n
			o.runs = o.runs[:k]
			continue
		}
		top.n--
		o.n[top.name]--
		if top.n == 0 {
			o.runs = o.runs[:k]
		}
		return
	}
}

// blockElems are the elements that begin and end a block of text: they
// become a blank line, so that the segmenter ends a sentence there.
var blockElems = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Tr: true,
	atom.Table: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Main: true, atom.Blockquote: true, atom.Figure: true, atom.Figcaption: true,
	atom.Title: true, atom.Pre: true, atom.Hr: true, atom.Address: true,
	atom.Details: true, atom.Summary: true, atom.Caption: true, atom.Center: true,
	atom.Fieldset: true, atom.Legend: true, atom.Body: true, atom.Hgroup: true,
}

// visibleText builds the visible text of an HTML file and its Origin.
type visibleText struct {
	out   []byte
	spans []Span
}

// span records that out offset len(h.out) comes from file offset raw,
// unless that follows from the last span.
func (h *visibleText) span(raw int) {
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
func (h *visibleText) brk(n, raw int) {
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
func (h *visibleText) space(raw int) {
	if n := len(h.out); n > 0 && h.out[n-1] != ' ' && h.out[n-1] != '\n' {
		h.span(raw)
		h.out = append(h.out, ' ')
	}
}

// text adds the raw text r, which starts at file offset raw: white space
// collapsed, character references decoded.
func (h *visibleText) text(r []byte, raw int) {
	for i := 0; i < len(r); {
		c := r[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			h.space(raw + i)
			i++
		case c == '&':
			j := i + 1
			for j < len(r) && j-i < 40 && (r[j] == '#' || isAlnum(r[j])) {
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

// readHTML sets d's Text to the visible text of the HTML file b, with its
// Origin, line table and metadata, and returns the line of the meta tag
// the publication date was read from (0 when none).
func readHTML(d *Document, b []byte) (int, error) {
	raw := 0 // the file offset of the token
	if bytes.HasPrefix(b, []byte(bom)) {
		raw = len(bom) // not text: the file's encoding
	}
	z := html.NewTokenizer(bytes.NewReader(b[raw:]))
	var h visibleText
	var skip openElems // inside a hidden element when not empty
	var title, h1 []byte
	inHead, inTitle, inH1, h1Done := false, false, false, false
	var meta htmlMeta
	for {
		tt := z.Next()
		r := z.Raw()
		at := raw
		raw += len(r)
		if tt == html.ErrorToken {
			if err := z.Err(); err != io.EOF {
				return 0, fmt.Errorf("read HTML: %v", err)
			}
			break
		}
		switch tt {
		case html.TextToken:
			if !skip.empty() || inHead && !inTitle {
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
			if !skip.empty() {
				switch {
				case tt == html.EndTagToken:
					skip.pop(name)
					continue
				case tt != html.StartTagToken || voidElems[a]:
					continue
				case siblingEnds[a] && skip.top() == string(name):
					// <p> ends an open <p>: when that was the
					// hidden one, this one is read.
					skip.pop(name)
					if !skip.empty() {
						skip.push(name)
						continue
					}
				default:
					skip.push(name)
					continue
				}
			}
			if tt == html.EndTagToken {
				switch a {
				case atom.Head:
					inHead = false
				case atom.Title:
					inTitle = false
				case atom.H1:
					inH1, h1Done = false, h1Done || len(h1) > 0
				}
				if blockElems[a] {
					h.brk(2, at)
				}
				continue
			}
			var attrs htmlAttrs
			if hasAttr {
				attrs.read(z)
			}
			if hiddenElems[a] || attrs.hidden {
				if tt == html.StartTagToken && !voidElems[a] {
					skip.push(name)
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
						skip.push(name)
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
				meta.read(&attrs, a, at, d)
			}
			if blockElems[a] {
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
	text := string(h.out)
	if blank(text) {
		return 0, errors.New("no visible text in the HTML file")
	}
	d.Text = text
	d.Origin = h.spans
	if d.Origin == nil {
		d.Origin = []Span{}
	}
	switch {
	case len(meta.ogTitle) > 0:
		d.Title = string(meta.ogTitle)
	case len(bytes.TrimSpace(title)) > 0:
		d.Title = string(bytes.TrimSpace(title))
	default:
		d.Title = string(bytes.TrimSpace(h1))
	}
	if d.URL == "" {
		d.URL = meta.canonical
	}
	pubAt := meta.publishedTimeAt
	if d.Published == "" {
		d.Published, pubAt = meta.published, meta.publishedAt
	}
	pubLine := 0
	if d.Published != "" {
		pubLine = 1 + bytes.Count(b[:pubAt], []byte{'\n'})
	}
	d.indexLines(b)
	return pubLine, nil
}

// htmlMeta is what the meta and link tags of an HTML file say that does
// not go into the Document directly.
type htmlMeta struct {
	ogTitle   []byte // og:title
	canonical string // the canonical link
	// published is the first of the other publication dates (date,
	// pubdate, dc.date, ...), which article:published_time overrides;
	// publishedAt and publishedTimeAt are the file offsets of the tags
	// that gave it and article:published_time.
	published                    string
	publishedAt, publishedTimeAt int
}

// htmlAttrs are the attributes of a tag that the loader reads.
type htmlAttrs struct {
	// hidden is set by the hidden attribute, aria-hidden="true" and an
	// inline style of display: none or visibility: hidden.
	hidden bool
	// key is the first property, name or itemprop; the others are the
	// attributes of their names.
	key, content, rel, href string
}

// read reads the attributes of the tag z is on.
func (t *htmlAttrs) read(z *html.Tokenizer) {
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		switch string(k) {
		case "hidden":
			t.hidden = true
		case "aria-hidden":
			t.hidden = t.hidden || strings.EqualFold(strings.TrimSpace(string(v)), "true")
		case "style":
			t.hidden = t.hidden || styleHides(string(v))
		case "property", "name", "itemprop":
			if t.key == "" {
				t.key = strings.ToLower(string(v))
			}
		case "content":
			t.content = strings.TrimSpace(string(v))
		case "rel":
			t.rel = strings.ToLower(string(v))
		case "href":
			t.href = strings.TrimSpace(string(v))
		}
	}
}

// styleHides reports whether the inline style s hides its element:
// display: none or visibility: hidden, !important or not. It does not
// know style sheets, nor that a child may be made visible again.
func styleHides(s string) bool {
	for decl := range strings.SplitSeq(s, ";") {
		prop, val, ok := strings.Cut(decl, ":")
		if !ok {
			continue
		}
		prop = strings.ToLower(strings.TrimSpace(prop))
		val = strings.ToLower(strings.TrimSpace(val))
		val = strings.TrimSpace(strings.TrimSuffix(val, "!important"))
		if prop == "display" && val == "none" || prop == "visibility" && val == "hidden" {
			return true
		}
	}
	return false
}

// read reads the metadata of a meta or link tag a with the attributes
// t, at file offset at: og:title, og:site_name, og:url, canonical links
// and publication dates.
func (m *htmlMeta) read(t *htmlAttrs, a atom.Atom, at int, d *Document) {
	key, content, rel, href := t.key, t.content, t.rel, t.href
	if a == atom.Link {
		if rel == "canonical" && m.canonical == "" {
			m.canonical = href
		}
		return
	}
	if content == "" {
		return
	}
	switch key {
	case "og:title":
		if len(m.ogTitle) == 0 {
			m.ogTitle = []byte(content)
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
		d.Published, m.publishedTimeAt = content, at
	case "date", "pubdate", "publishdate", "datepublished", "dc.date", "dcterms.date":
		if m.published == "" {
			m.published, m.publishedAt = content, at
		}
	}
}

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
