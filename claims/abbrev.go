package claims

import (
	_ "embed"
	"fmt"
	"strings"
)

// The word tables the segmenter decides sentence ends by. They are data a
// journalist can read and edit; each file documents its own format.
var (
	//go:embed data/abbreviations.txt
	segAbbrevData string
	//go:embed data/starters.txt
	segStartersData string
)

// segAbbrevClass says when the period after an abbreviation ends a
// sentence.
type segAbbrevClass uint8

const (
	segAbbrevNone   segAbbrevClass = iota // not an abbreviation
	segAbbrevPrefix                       // never ("Mr.", "No.")
	segAbbrevWord                         // before a capitalized function word ("U.S.")
	segAbbrevFinal                        // before any capitalized word ("etc.")
)

// segWords holds the segmenter's word tables.
type segWords struct {
	// abbrevs maps an abbreviation without its final period ("U.S") to
	// its class.
	abbrevs map[string]segAbbrevClass
	// starters are capitalized function words that begin a sentence.
	starters map[string]bool
	// joiners are lowercase words that cannot end a sentence.
	joiners map[string]bool
}

// segReadTable reads a sectioned word table: "[section]" lines, one entry a
// line, "#" comments and blank lines ignored. It calls fn for each entry
// with its section and line, and reports errors as "data/name:line: ...".
func segReadTable(name, data string, sections []string, fn func(section, entry string) error) error {
	section := ""
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		var err error
		if line[0] == '[' {
			if !strings.HasSuffix(line, "]") {
				err = fmt.Errorf("section header %q lacks its closing ]", line)
			} else {
				section = line[1 : len(line)-1]
				known := false
				for _, s := range sections {
					known = known || s == section
				}
				if !known {
					err = fmt.Errorf("unknown section [%s] (want one of %s)", section, strings.Join(sections, ", "))
				}
			}
		} else if section == "" {
			err = fmt.Errorf("entry %q before any [section] header", line)
		} else {
			err = fn(section, line)
		}
		if err != nil {
			return fmt.Errorf("data/%s:%d: %w", name, n+1, err)
		}
	}
	return nil
}

// newSegWords loads and validates the embedded word tables.
func newSegWords() (*segWords, error) {
	w := &segWords{abbrevs: map[string]segAbbrevClass{}, starters: map[string]bool{}, joiners: map[string]bool{}}
	classes := map[string]segAbbrevClass{"prefix": segAbbrevPrefix, "word": segAbbrevWord, "final": segAbbrevFinal}
	err := segReadTable("abbreviations.txt", segAbbrevData, []string{"prefix", "word", "final"}, func(section, e string) error {
		if !strings.HasSuffix(e, ".") || len(e) < 2 {
			return fmt.Errorf("abbreviation %q must be written with its final period", e)
		}
		key := e[:len(e)-1]
		for i := 0; i < len(key); i++ {
			if c := key[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.') {
				return fmt.Errorf("abbreviation %q may hold only ASCII letters and periods", e)
			}
		}
		if _, dup := w.abbrevs[key]; dup {
			return fmt.Errorf("abbreviation %q listed twice", e)
		}
		w.abbrevs[key] = classes[section]
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = segReadTable("starters.txt", segStartersData, []string{"start", "join"}, func(section, e string) error {
		for i := 0; i < len(e); i++ {
			if c := e[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
				return fmt.Errorf("word %q may hold only ASCII letters", e)
			}
		}
		m := w.joiners
		if section == "start" {
			m = w.starters
			if e[0] < 'A' || e[0] > 'Z' {
				return fmt.Errorf("starter %q must be capitalized", e)
			}
		} else if e != strings.ToLower(e) {
			return fmt.Errorf("joiner %q must be lowercase", e)
		}
		if m[e] {
			return fmt.Errorf("word %q listed twice", e)
		}
		m[e] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	return w, nil
}

// abbrev returns the class of the word w that stands before a period
// (without the period): a listed abbreviation, a single capital letter
// (an initial) or a dotted run of single letters ("U.S.A").
func (w *segWords) abbrev(word string) segAbbrevClass {
	if c, ok := w.abbrevs[word]; ok {
		return c
	}
	if len(word) == 1 {
		if c := word[0]; c >= 'A' && c <= 'Z' {
			return segAbbrevWord
		}
		return segAbbrevNone
	}
	// Dotted letters: odd length, letters at even positions, periods at odd.
	if len(word)%2 == 0 {
		return segAbbrevNone
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if i%2 == 0 && !letter || i%2 == 1 && c != '.' {
			return segAbbrevNone
		}
	}
	return segAbbrevWord
}
