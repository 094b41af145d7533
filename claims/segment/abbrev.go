package segment

import (
	_ "embed"
	"fmt"
	"strings"
)

// The word tables the segmenter decides sentence ends by. They are data a
// journalist can read and edit; each file documents its own format.
var (
	//go:embed data/abbreviations.txt
	abbrevData string
	//go:embed data/starters.txt
	startersData string
)

// abbrevClass says when the period after an abbreviation ends a
// sentence.
type abbrevClass uint8

const (
	abbrevNone   abbrevClass = iota // not an abbreviation
	abbrevPrefix                    // never ("Mr.", "No.")
	abbrevWord                      // before a capitalized function word ("U.S.")
	abbrevFinal                     // before any capitalized word ("etc.")
)

// wordTables holds the segmenter's word tables.
type wordTables struct {
	// abbrevs maps an abbreviation without its final period ("U.S") to
	// its class.
	abbrevs map[string]abbrevClass
	// starters are capitalized function words that begin a sentence.
	starters map[string]bool
	// joiners are lowercase words that cannot end a sentence.
	joiners map[string]bool
}

// newWordTables loads and validates the embedded word tables.
func newWordTables() (*wordTables, error) {
	w := &wordTables{abbrevs: map[string]abbrevClass{}, starters: map[string]bool{}, joiners: map[string]bool{}}
	classes := map[string]abbrevClass{"prefix": abbrevPrefix, "word": abbrevWord, "final": abbrevFinal}
	err := readTable("abbreviations.txt", abbrevData, []string{"prefix", "word", "final"}, func(section, e string) error {
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
	err = readTable("starters.txt", startersData, []string{"start", "join"}, func(section, e string) error {
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
func (w *wordTables) abbrev(word string) abbrevClass {
	if c, ok := w.abbrevs[word]; ok {
		return c
	}
	if len(word) == 1 {
		if c := word[0]; c >= 'A' && c <= 'Z' {
			return abbrevWord
		}
		return abbrevNone
	}
	// Dotted letters: odd length, letters at even positions, periods at odd.
	if len(word)%2 == 0 {
		return abbrevNone
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if i%2 == 0 && !letter || i%2 == 1 && c != '.' {
			return abbrevNone
		}
	}
	return abbrevWord
}
