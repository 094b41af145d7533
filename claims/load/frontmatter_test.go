package load

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// header is the part of a document TestFrontMatter checks.
type header struct {
	Title, Source, URL, Published string
	PublishedTime                 time.Time
	PublishedClock                bool
	Body                          string // the text from Body on, up to 12 bytes
	Warnings                      []string
}

func headerOf(d *Document) header {
	h := header{Title: d.Title, Source: d.Source, URL: d.URL, Published: d.Published,
		PublishedTime: d.PublishedTime, PublishedClock: d.PublishedClock,
		Body: d.Text[d.Body:min(len(d.Text), d.Body+12)]}
	for _, w := range d.Warnings {
		h.Warnings = append(h.Warnings, w.String())
	}
	return h
}

// notYAML is the warning for a header that yaml.v3 rejects for reason.
func notYAML(line, reason string) string {
	return "corpus/a.md:" + line + ": front matter is not valid YAML (" + reason + "): read it as key: value lines"
}

// badDate is the warning for a publication date in no known form.
func badDate(line, date string) string {
	return "corpus/a.md:" + line + `: publication date "` + date + `" is in no known form: read the document without one (write it as 2023-02-06 or 2023-02-06T14:30:00Z)`
}

func TestFrontMatter(t *testing.T) {
	feb6 := time.Date(2023, 2, 6, 0, 0, 0, 0, time.UTC)
	sep12 := time.Date(2023, 9, 12, 0, 0, 0, 0, time.UTC)
	const body = "The flood killed 11,300 people.\n"
	tests := []struct {
		name string
		file string
		want header
	}{
		{name: "valid YAML",
			file: "---\ntitle: Libya floods\nsource: Wire\nurl: https://example.com/a\npublished: 2023-02-06\n---\n" + body,
			want: header{Title: "Libya floods", Source: "Wire", URL: "https://example.com/a", Published: "2023-02-06", PublishedTime: feb6, Body: "The flood ki"}},
		{name: "title with a colon",
			file: "---\ntitle: Libya floods: death toll rises\nsource: Wire\npublished: 2023-09-12\n---\n" + body,
			want: header{Title: "Libya floods: death toll rises", Source: "Wire", Published: "2023-09-12", PublishedTime: sep12, Body: "The flood ki",
				Warnings: []string{notYAML("2", "mapping values are not allowed in this context")}}},
		{name: "colon on a later line",
			file: "---\nsource: Wire\npublished: 2023-09-12\ntitle: Libya floods: death toll rises\n---\n" + body,
			want: header{Title: "Libya floods: death toll rises", Source: "Wire", Published: "2023-09-12", PublishedTime: sep12, Body: "The flood ki",
				Warnings: []string{notYAML("4", "mapping values are not allowed in this context")}}},
		{name: "title that starts with a quote and goes on after it",
			file: "---\nsource: Wire\ntitle: 'Crisis within a crisis': Up to 5.3M displaced\n---\n" + body,
			want: header{Title: "'Crisis within a crisis': Up to 5.3M displaced", Source: "Wire", Body: "The flood ki",
				Warnings: []string{notYAML("3", "mapping values are not allowed in this context")}}},
		{name: "unbalanced double quote",
			file: "---\ntitle: \"Libya floods\nsource: Wire\n---\n" + body,
			want: header{Title: `"Libya floods`, Source: "Wire", Body: "The flood ki",
				Warnings: []string{notYAML("2", "found unexpected end of stream")}}},
		{name: "unbalanced single quote",
			file: "---\ntitle: Libya's floods'\nsource: 'Wire\n---\n" + body,
			want: header{Title: "Libya's floods'", Source: "'Wire", Body: "The flood ki",
				Warnings: []string{notYAML("3", "found unexpected end of stream")}}},
		{name: "quotes stripped, doubled quotes kept once",
			file: "---\ntitle: 'Crisis: ''within'' a crisis'\nsource: \"Wire \\\"A\\\"\"\nurl: x: y\n---\n" + body,
			want: header{Title: "Crisis: 'within' a crisis", Source: `Wire "A"`, URL: "x: y", Body: "The flood ki",
				Warnings: []string{notYAML("4", "mapping values are not allowed in this context")}}},
		{name: "tab after the colon is YAML",
			file: "---\ntitle:\tTabbed\n---\n" + body,
			want: header{Title: "Tabbed", Body: "The flood ki"}},
		{name: "line indented with a tab",
			file: "---\nsource: Wire\n\ttitle: Tabbed\n---\n" + body,
			want: header{Title: "Tabbed", Source: "Wire", Body: "The flood ki",
				Warnings: []string{notYAML("3", "found a tab character that violates indentation")}}},
		{name: "first line indented with a tab",
			file: "---\n\ttitle: Tabbed\nsource: Wire\n---\n" + body,
			want: header{Title: "Tabbed", Source: "Wire", Body: "The flood ki",
				Warnings: []string{notYAML("2", "found character that cannot start any token")}}},
		{name: "empty published",
			file: "---\ntitle: T\npublished: \n---\n" + body,
			want: header{Title: "T", Body: "The flood ki"}},
		{name: "empty published, header read as lines",
			file: "---\ntitle: T: t\npublished:\n---\n" + body,
			want: header{Title: "T: t", Body: "The flood ki", Warnings: []string{notYAML("2", "mapping values are not allowed in this context")}}},
		{name: "unreadable published",
			file: "---\ntitle: T\npublished: yesterday\n---\n" + body,
			want: header{Title: "T", Published: "yesterday", Body: "The flood ki", Warnings: []string{badDate("3", "yesterday")}}},
		{name: "unreadable date, header read as lines: warnings in line order",
			file: "---\ndate: the 12th\nsource: Wire\ntitle: Libya: floods\n---\n" + body,
			want: header{Title: "Libya: floods", Source: "Wire", Published: "the 12th", Body: "The flood ki",
				Warnings: []string{badDate("2", "the 12th"), notYAML("4", "mapping values are not allowed in this context")}}},
		{name: "date with a time of day",
			file: "---\ndate: 2023-02-06 14:30:00 +03:00\n---\n" + body,
			want: header{Published: "2023-02-06 14:30:00 +03:00", PublishedTime: time.Date(2023, 2, 6, 14, 30, 0, 0, time.FixedZone("", 3*3600)), PublishedClock: true, Body: "The flood ki"}},
		{name: "published over date",
			file: "---\ndate: 2020-01-01\npublished: February 6, 2023\n---\n" + body,
			want: header{Published: "February 6, 2023", PublishedTime: feb6, Body: "The flood ki"}},
		{name: "stray colons in URLs",
			file: "---\nurl: https://example.com/a:b?q=1: 2\npublished: Mon, 06 Feb 2023 14:30:00 GMT\n---\n" + body,
			want: header{URL: "https://example.com/a:b?q=1: 2", Published: "Mon, 06 Feb 2023 14:30:00 GMT",
				PublishedTime: feb6.Add(14*time.Hour + 30*time.Minute), PublishedClock: true, Body: "The flood ki",
				Warnings: []string{notYAML("2", "mapping values are not allowed in this context")}}},
		{name: "no space after the colon",
			file: "---\nurl:https://example.com/a\n---\n" + body,
			want: header{URL: "https://example.com/a", Body: "The flood ki", Warnings: []string{notYAML("2", "not a mapping of keys to values")}}},
		{name: "key given twice",
			file: "---\ntitle: First\nsource: Wire\ntitle: Second\n---\n" + body,
			want: header{Title: "First", Source: "Wire", Body: "The flood ki", Warnings: []string{notYAML("4", `mapping key "title" already defined at line 2`)}}},
		{name: "list where a string is wanted",
			file: "---\ntitle: [a, b]\n---\n" + body,
			want: header{Title: "[a, b]", Body: "The flood ki", Warnings: []string{notYAML("2", "cannot unmarshal !!seq into string")}}},
		{name: "value on the lines below",
			file: "---\ntitle:\n  Libya floods:\n  toll rises\nsource: >\n  Wire\n---\n" + body,
			want: header{Title: "Libya floods: toll rises", Source: "Wire", Body: "The flood ki", Warnings: []string{notYAML("4", "could not find expected ':'")}}},
		{name: "value folded over two lines",
			file: "---\ntitle: Libya floods:\n  death toll rises\n---\n" + body,
			want: header{Title: "Libya floods: death toll rises", Body: "The flood ki", Warnings: []string{notYAML("2", "mapping values are not allowed in this context")}}},
		{name: "unknown keys, lists, nested keys and comments",
			file: "---\n# a comment\nauthor: A. Writer\ntags:\n  - floods\n  - Libya\nseo:\n  title: SEO title\n\ntitle: Derna: the dam broke\nnot a key\n---\n" + body,
			want: header{Title: "Derna: the dam broke", Body: "The flood ki", Warnings: []string{notYAML("10", "mapping values are not allowed in this context")}}},
		{name: "empty header",
			file: "---\n---\n" + body,
			want: header{Body: "The flood ki"}},
		{name: "comments only",
			file: "---\n# nothing\n...\n" + body,
			want: header{Body: "The flood ki"}},
		{name: "no closing fence",
			file: "---\ntitle: T\n" + body,
			want: header{Body: "---\ntitle: T", Warnings: []string{"corpus/a.md:1: front matter not closed (no --- line after it): read the whole file as the article, without metadata"}}},
		{name: "CRLF line ends",
			file: "---\r\ntitle: Libya floods: toll rises\r\nsource: 'Wire'\r\npublished: 2023-09-12\r\n---\r\n" + body,
			want: header{Title: "Libya floods: toll rises", Source: "Wire", Published: "2023-09-12", PublishedTime: sep12, Body: "The flood ki",
				Warnings: []string{notYAML("2", "mapping values are not allowed in this context")}}},
		{name: "CRLF line ends, valid YAML",
			file: "---\r\ntitle: Libya floods\r\npublished: 2023-09-12\r\n---\r\n" + body,
			want: header{Title: "Libya floods", Published: "2023-09-12", PublishedTime: sep12, Body: "The flood ki"}},
		{name: "byte order mark",
			file: "\uFEFF---\ntitle: Libya floods: toll rises\npublished: nonsense\n---\n" + body,
			want: header{Title: "Libya floods: toll rises", Published: "nonsense", Body: "The flood ki",
				Warnings: []string{notYAML("2", "mapping values are not allowed in this context"), badDate("3", "nonsense")}}},
		{name: "byte order mark, no closing fence",
			file: "\uFEFF---\ntitle: T\n" + body,
			want: header{Body: "---\ntitle: T", Warnings: []string{"corpus/a.md:1: front matter not closed (no --- line after it): read the whole file as the article, without metadata"}}},
		{name: "merge key: the mapping's own keys win",
			file: "---\nbase: &b\n  source: Wire\n  title: Base\n<<: *b\ntitle: Own\n---\n" + body,
			want: header{Title: "Own", Source: "Wire", Body: "The flood ki"}},
		{name: "merge keys of a sequence: the first wins",
			file: "---\na: &a {source: A, url: u}\nb: &b {source: B, title: T}\n<<: [*a, *b]\n---\n" + body,
			want: header{Title: "T", Source: "A", URL: "u", Body: "The flood ki"}},
		{name: "merge of a scalar",
			file: "---\ntitle: T\n<<: x\n---\n" + body,
			want: header{Title: "T", Body: "The flood ki", Warnings: []string{notYAML("3", "map merge requires map or sequence of maps as the value")}}},
		{name: "no front matter",
			file: "Title: not a header\n" + body,
			want: header{Body: "Title: not a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, skips := ReadFile("corpus/a.md", "a.md", []byte(tt.file))
			if len(skips) > 0 || len(docs) != 1 {
				t.Fatalf("%d documents, skipped %v", len(docs), skips)
			}
			if diff := cmp.Diff(tt.want, headerOf(docs[0])); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
			// The body starts on the line after the header.
			d := docs[0]
			if want := 1 + strings.Count(tt.file[:d.Body], "\n"); d.LineAt(d.Body) != want {
				t.Errorf("body on line %d, want %d", d.LineAt(d.Body), want)
			}
		})
	}
}

// TestFrontMatterNoText checks that a file with front matter and no
// article is still skipped, whatever its header.
func TestFrontMatterNoText(t *testing.T) {
	for _, file := range []string{"---\ntitle: T\n---\n\n", "---\ntitle: T: t\n---\n", "---\n---\n"} {
		docs, skips := ReadFile("a.md", "a.md", []byte(file))
		want := []Skipped{{Path: "a.md", Err: "no text after the front matter"}}
		if diff := cmp.Diff(want, skips); diff != "" || len(docs) > 0 {
			t.Errorf("%q: %d documents; skipped mismatch (-want +got):\n%s", file, len(docs), diff)
		}
	}
}

// TestFrontMatterLinear checks that reading front matter takes time in
// proportion to its keys, valid YAML or not.
func TestFrontMatterLinear(t *testing.T) {
	for _, tt := range []struct {
		name string
		last string // the header's last line
	}{
		{"valid YAML", "title: T\n"},
		{"read as lines", "title: T: t\n"},
		{"key given twice", "title: T\nk0: again\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkGrowth(t, 10000, func(n int) []byte {
				var b strings.Builder
				b.WriteString("---\n")
				for i := 0; i < n; i++ {
					fmt.Fprintf(&b, "k%d: v\n", i)
				}
				b.WriteString(tt.last + "---\nText.\n")
				return []byte(b.String())
			}, func(b []byte) {
				if docs, _ := ReadFile("a.md", "a.md", b); len(docs) != 1 || docs[0].Title == "" {
					t.Fatal("header not read")
				}
			})
		})
	}
}

// TestFrontMatterLines checks that the lines of warnings about front
// matter are lines of the file as the document counts them (ending at
// "\n"), whatever line breaks yaml.v3 counts, and never past the file's
// end.
func TestFrontMatterLines(t *testing.T) {
	keys := func(n int, eol string) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "k%d: v%s", i, eol)
		}
		return b.String()
	}
	tests := []struct {
		name, file string
		want       []string // "line: message", a date's message cut before " form"
	}{
		{name: "bad date after a lone CR",
			file: "---\ntitle: x\rpublished: soon\n---\nText.",
			want: []string{`2: publication date "soon" is in no known`}},
		{name: "bad date after lone CRs only",
			file: "---\n\r\r\r\rpublished: soon\n---\nText.",
			want: []string{`2: publication date "soon" is in no known`}},
		{name: "key twice, lines split by lone CRs",
			file: "---\na: 1\r\rtitle: A\ntitle: B\n---\nText.",
			want: []string{`3: front matter is not valid YAML (mapping key "title" already defined at line 2): read it as key: value lines`}},
		{name: "long header of lone CRs",
			file: "---\n" + keys(3000, "\r") + "title: a: b\n---\nText.",
			want: []string{`2: front matter is not valid YAML (mapping values are not allowed in this context): read it as key: value lines`}},
		{name: "long header of CRLFs",
			file: "---\r\n" + keys(3000, "\r\n") + "title: a: b\r\n---\r\nText.",
			want: []string{`3002: front matter is not valid YAML (mapping values are not allowed in this context): read it as key: value lines`}},
		{name: "long header, bad date after NEL",
			file: "---\n" + keys(3000, "\n") + "x: \u0085\u2028published: soon\n---\nText.",
			want: []string{`3002: publication date "soon" is in no known`}},
		{name: "CRLF, key twice",
			file: "---\r\ntitle: A\r\n\r\ntitle: B\r\n---\r\nText.",
			want: []string{`4: front matter is not valid YAML (mapping key "title" already defined at line 2): read it as key: value lines`}},
		{name: "unclosed flow after lone CRs",
			file: "---\ntitle: [\r\r\r\r\n---\nText.",
			want: []string{`2: front matter is not valid YAML (did not find expected node content): read it as key: value lines`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, skips := ReadFile("a.md", "a.md", []byte(tt.file))
			if len(docs) != 1 {
				t.Fatalf("skipped %v", skips)
			}
			lines := strings.Count(tt.file, "\n") + 1
			var got []string
			for _, w := range docs[0].Warnings {
				if w.Line < 1 || w.Line > lines {
					t.Errorf("warning on line %d of %d: %s", w.Line, lines, w)
				}
				msg := w.Msg
				if strings.HasPrefix(msg, "publication date") {
					msg = msg[:strings.Index(msg, " form")]
				}
				got = append(got, fmt.Sprintf("%d: %s", w.Line, msg))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("warnings mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
