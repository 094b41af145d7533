package load

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// readText sets d's Text to b, the contents of a plain-text or Markdown
// file, with its front matter, body and line table, and returns the line
// the publication date was read from (0 when none); or it says why the
// file cannot be read: only when it holds no text to read, never because
// of its front matter. b has passed checkText.
func readText(d *Document, b []byte) (int, *Skipped) {
	d.Text = string(b)
	start := 0
	if strings.HasPrefix(d.Text, bom) {
		start = len(bom) // Body starts after it, and it is no column
	}
	body, pubLine := readFrontMatter(d, start)
	d.Body = body
	if blank(d.Text[body:]) {
		if body > start {
			return 0, skipped(d.Path, 0, "no text after the front matter")
		}
		return 0, skipped(d.Path, 0, "whitespace-only file: no text to read")
	}
	d.indexLines(b)
	return pubLine, nil
}

// checkText checks that b is UTF-8 text, and returns what is wrong and on
// which line if it is not.
func checkText(b []byte) (string, int) {
	if len(b) == 0 {
		return "empty file: no text to read", 0
	}
	if bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return "UTF-16 text: convert the file to UTF-8", 0
	}
	sniff := b[:min(len(b), sniffLen)]
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

// blank reports whether s holds nothing but white space, so that the
// segmenter would find no sentence in it.
func blank(s string) bool {
	return strings.TrimLeftFunc(s, isSpace) == ""
}

// isSpace reports whether r is white space as the segmenter counts it:
// ASCII white space, the no-break spaces U+00A0 and U+202F, the spaces
// U+2000–U+200B, U+205F, U+3000 and U+FEFF. It is not unicode.IsSpace,
// which counts U+0085, U+1680, U+2028 and U+2029 and not U+200B or
// U+FEFF.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', '\u00A0', '\u202F', '\u205F', '\u3000', '\uFEFF':
		return true
	}
	return r >= '\u2000' && r <= '\u200B'
}
