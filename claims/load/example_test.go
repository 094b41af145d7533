package load_test

import (
	"fmt"
	"testing/fstest"
	"time"

	"github.com/claimcheck/claimcheck/claims/load"
)

// Walk reads a directory tree (here an in-memory one) in sorted order and
// hands on each document and each input it cannot read.
func ExampleLoader_Walk() {
	l := &load.Loader{FS: fstest.MapFS{
		"corpus/a.txt":        {Data: []byte("The war ended in 2020.\n")},
		"corpus/b/news.jsonl": {Data: []byte(`{"id": "n1", "text": "Talks resume."}` + "\n" + `{"text": " "}` + "\n" + `{"text": "Peace came."}` + "\n")},
		"corpus/empty.md":     {Data: []byte("")},
		"corpus/notes.pdf":    {Data: []byte("not read: not an article's extension")},
	}}
	err := l.Walk([]string{"corpus"}, func(d *load.Document) error {
		fmt.Printf("%s (%s, line %d): %q\n", d.ID, d.Format, d.Line, d.Text)
		return nil
	}, func(s load.Skipped) error {
		fmt.Println("skipped", s.Error())
		return nil
	})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// a.txt (text, line 1): "The war ended in 2020.\n"
	// n1 (jsonl, line 1): "Talks resume."
	// skipped corpus/b/news.jsonl:2: record's "text" is empty: add the article's text
	// b/news.jsonl#3 (jsonl, line 3): "Peace came."
	// skipped corpus/empty.md: empty file: no text to read
}

// ReadFile reads one file already in memory, by its extension: here
// Markdown with front matter, whose body starts on the file's line 5.
func ExampleReadFile() {
	data := []byte("---\ntitle: Talks resume\npublished: 2023-05-14\n---\nThe war in 2020 killed\nmore than 6,500 people.\n")
	docs, skipped := load.ReadFile("news/talks.md", "talks.md", data)
	for _, d := range docs {
		fmt.Printf("%s (%s): %q, published %s\n", d.ID, d.Format, d.Title, d.PublishedTime.Format("2006-01-02"))
		fmt.Printf("body from line %d to %d: %q\n", d.LineAt(d.Body), d.LineAt(len(d.Text)-1), d.Text[d.Body:])
	}
	fmt.Println(len(skipped), "skipped")
	// Output:
	// talks.md (markdown): "Talks resume", published 2023-05-14
	// body from line 5 to 6: "The war in 2020 killed\nmore than 6,500 people.\n"
	// 0 skipped
}

// ReadRecord reads one line of a JSONL file, for a runner that splits
// the files into lines itself.
func ExampleReadRecord() {
	lines := []string{
		`{"id": "a1", "source": "Wire", "text": "The war killed 6,500 people."}`,
		``,
		`{"text": "Talks resume on Sunday."}`,
		`{"text": 7}`,
	}
	for i, line := range lines {
		d, skipped := load.ReadRecord("news.jsonl", i+1, "news.jsonl", []byte(line))
		switch {
		case d != nil:
			fmt.Printf("%s from %q on line %d: %q\n", d.ID, d.Source, d.LineAt(0), d.Text)
		case skipped != nil:
			fmt.Println("skipped", skipped.Error())
		default:
			fmt.Println("line", i+1, "is blank")
		}
	}
	// Output:
	// a1 from "Wire" on line 1: "The war killed 6,500 people."
	// line 2 is blank
	// news.jsonl#3 from "" on line 3: "Talks resume on Sunday."
	// skipped news.jsonl:4: field "text" is a JSON number: want a string
}

// NewDocument builds a document by hand, with the line table the loader
// would give it.
func ExampleNewDocument() {
	d := load.NewDocument("note", "Talks resume.\nThe war ended\nin 2020.")
	off := len("Talks resume.\nThe war ended\n")
	fmt.Println(d.LineAt(off), d.ColumnAt(off+3))
	// Output:
	// 3 4
}

// A header that is not valid YAML (here a title with ": " in it) is read
// as key: value lines, with a warning; a date with a time of day keeps
// it.
func ExampleWarning() {
	data := []byte("---\ntitle: Libya floods: death toll rises\npublished: September 12, 2023 3:45 PM\n---\nThe flood killed 11,300 people.\n")
	docs, _ := load.ReadFile("news/derna.md", "derna.md", data)
	d := docs[0]
	fmt.Printf("%q, published %s (time of day given: %v)\n", d.Title, d.PublishedTime.Format(time.RFC3339), d.PublishedClock)
	for _, w := range d.Warnings {
		fmt.Println(w)
	}
	// Output:
	// "Libya floods: death toll rises", published 2023-09-12T15:45:00Z (time of day given: true)
	// news/derna.md:2: front matter is not valid YAML (mapping values are not allowed in this context): read it as key: value lines
}

// Files lists what Walk would read, with the IDs Walk would give, for a
// runner that hands files out to be read by ReadFile elsewhere; IDs
// makes the IDs of JSONL records unique across the files as Walk does.
func ExampleLoader_Files() {
	fsys := fstest.MapFS{
		"wire/a.jsonl":  {Data: []byte(`{"id": "x1", "text": "The war killed 12."}` + "\n")},
		"daily/a.jsonl": {Data: []byte(`{"id": "x1", "text": "The war killed 13."}` + "\n")},
		"daily/b.txt":   {Data: []byte("Talks resume.\n")},
	}
	l := &load.Loader{FS: fsys}
	var ids load.IDs
	err := l.Files([]string{"wire", "daily"}, func(f load.File) error {
		data, err := fsys.ReadFile(f.Name)
		if err != nil {
			return err
		}
		docs, _ := load.ReadFile(f.Path, f.ID, data) // elsewhere, in a real runner
		for _, d := range docs {
			ids.Add(f.ID, d)
			fmt.Println(d.ID, d.Warnings)
		}
		return nil
	}, func(s load.Skipped) error {
		fmt.Println("skipped", s.Error())
		return nil
	})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// x1 []
	// daily/a.jsonl#1 [daily/a.jsonl:1: ID "x1" is already that of a document of wire/a.jsonl: read this one as "daily/a.jsonl#1" (give each document its own id)]
	// daily/b.txt []
}
