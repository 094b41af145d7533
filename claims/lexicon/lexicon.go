// Package lexicon holds the words claimcheck reads claims by: event nouns,
// what a count measures, who is counted, speech verbs, framing terms and
// named entities with their aliases. Lexicons are YAML files a journalist
// can edit; the built-in ones are embedded, and users add their own for
// other topics.
package lexicon

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

//go:embed data/*.yaml
var builtin embed.FS

// Lexicon is the merged content of one or more lexicon files. Later files
// add entries and override entries of the same name.
type Lexicon struct {
	Events   []EventType `yaml:"events"`
	Anaphora []string    `yaml:"anaphora"`
	Sequels  []string    `yaml:"sequels"`
	Measures []Measure   `yaml:"measures"`
	Groups   []Group     `yaml:"groups"`
	Speech   []string    `yaml:"speech"`
	Framing  []Frame     `yaml:"framing"`
	Control  Control     `yaml:"control"`
	Entities []Entity    `yaml:"entities"`
}

// Control says how claims of who holds a territory are read.
type Control struct {
	// Changes are the frames whose words say that control passed from
	// one side to another ("liberated", "ceded", "seceded").
	Changes []string `yaml:"changes"`
	// Holds are the frames whose words say who held a territory.
	Holds []string `yaml:"holds"`
	// Territories are nouns that stand for a territory named before.
	Territories []string `yaml:"territories"`
}

// EventType is a kind of event and the nouns that name it.
type EventType struct {
	Type string `yaml:"type"`
	// Recurring events (meetings, clashes) happen again and again: two
	// dates for them name two events, never a contradiction.
	Recurring bool `yaml:"recurring"`
	// Harmless events (meetings, elections) are never the event of a
	// casualty count, however near its words stand.
	Harmless bool     `yaml:"harmless"`
	Words    []string `yaml:"words"`
	line     int
}

// Measure is what a count of people measures (deaths, wounded, deployed
// troops), the claim kind it makes and the words that signal it.
type Measure struct {
	Name  string   `yaml:"name"`
	Kind  string   `yaml:"kind"`
	Words []string `yaml:"words"`
	line  int
}

// Group is a class of counted people (civilians, soldiers, peacekeepers).
type Group struct {
	Name  string   `yaml:"name"`
	Words []string `yaml:"words"`
	line  int
}

// Frame is a set of loaded words that describe one kind of event, each
// with what it connotes.
type Frame struct {
	Frame string            `yaml:"frame"`
	Words map[string]string `yaml:"words"`
	line  int
}

// Entity is a named thing with its canonical name, type and other names.
type Entity struct {
	Name     string   `yaml:"name"`
	Type     string   `yaml:"type"`
	Aliases  []string `yaml:"aliases"`
	Metonyms []string `yaml:"metonyms"`
	PartOf   string   `yaml:"part_of"`
	line     int
}

// Kinds of claim a Measure may name.
var measureKinds = map[string]bool{
	"casualties": true, "troops": true, "prisoners": true, "displaced": true,
}

// Entity types a lexicon may use.
var entityTypes = map[string]bool{
	"country": true, "region": true, "city": true, "organization": true,
	"person": true, "event": true, "agency": true, "group": true,
}

// Builtin returns the names of the embedded lexicon files, in load order.
func Builtin() []string {
	ents, err := builtin.ReadDir("data")
	if err != nil {
		panic(err) // the embedded directory always exists
	}
	names := make([]string, 0, len(ents))
	for _, e := range ents {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	// core.yaml first: the topic lexicons may override it.
	sort.SliceStable(names, func(i, j int) bool { return names[i] == "core.yaml" && names[j] != "core.yaml" })
	return names
}

// Default loads the built-in lexicons and then each named file over them.
// Errors name the file and line of the bad entry.
func Default(files ...string) (*Lexicon, error) {
	lx := new(Lexicon)
	for _, name := range Builtin() {
		b, err := builtin.ReadFile(path.Join("data", name))
		if err != nil {
			return nil, err
		}
		if err := lx.Add("lexicon/"+name, b); err != nil {
			return nil, err
		}
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read lexicon: %w", err)
		}
		if err := lx.Add(f, b); err != nil {
			return nil, err
		}
	}
	return lx, nil
}

// Add parses one lexicon file and merges it into lx: list entries add
// words; entries with a name that already exists replace the old entry,
// except frames, whose words are added to the frame of that name.
// name is used in error messages, which have the form "name:line: what".
func (lx *Lexicon) Add(name string, data []byte) error {
	var add Lexicon
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&add); err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("%s", yamlError(name, err))
	}
	// Decode again into nodes to learn the line of every entry.
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err == nil && len(root.Content) == 1 {
		setLines(root.Content[0], &add)
	}
	if err := add.validate(name); err != nil {
		return err
	}
	lx.merge(&add)
	return nil
}

// yamlError rewrites a yaml.v3 error as "name:line: message".
func yamlError(name string, err error) string {
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		return prefixLine(name, te.Errors[0])
	}
	return prefixLine(name, err.Error())
}

func prefixLine(name, msg string) string {
	msg = strings.TrimPrefix(msg, "yaml: ")
	var line int
	if _, err := fmt.Sscanf(msg, "line %d:", &line); err == nil {
		msg = strings.TrimSpace(msg[strings.Index(msg, ":")+1:])
		return fmt.Sprintf("%s:%d: %s", name, line, msg)
	}
	return name + ": " + msg
}

// setLines records the line of each list entry so validation can name it.
func setLines(doc *yaml.Node, lx *Lexicon) {
	for i := 0; i+1 < len(doc.Content); i += 2 {
		key, val := doc.Content[i].Value, doc.Content[i+1]
		for j, item := range val.Content {
			switch key {
			case "events":
				if j < len(lx.Events) {
					lx.Events[j].line = item.Line
				}
			case "measures":
				if j < len(lx.Measures) {
					lx.Measures[j].line = item.Line
				}
			case "groups":
				if j < len(lx.Groups) {
					lx.Groups[j].line = item.Line
				}
			case "framing":
				if j < len(lx.Framing) {
					lx.Framing[j].line = item.Line
				}
			case "entities":
				if j < len(lx.Entities) {
					lx.Entities[j].line = item.Line
				}
			}
		}
	}
}

func (lx *Lexicon) validate(name string) error {
	var errs []error
	bad := func(line int, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s:%d: %s", name, line, fmt.Sprintf(format, args...)))
	}
	for _, e := range lx.Events {
		if e.Type == "" {
			bad(e.line, "event has no type: add `type: war` or similar")
		}
		if len(e.Words) == 0 {
			bad(e.line, "event %q has no words", e.Type)
		}
	}
	for _, m := range lx.Measures {
		if m.Name == "" {
			bad(m.line, "measure has no name")
		}
		if !measureKinds[m.Kind] {
			bad(m.line, "measure %q has kind %q: want one of casualties, troops, prisoners, displaced", m.Name, m.Kind)
		}
	}
	for _, g := range lx.Groups {
		if g.Name == "" || len(g.Words) == 0 {
			bad(g.line, "group needs a name and words")
		}
	}
	for _, f := range lx.Framing {
		if f.Frame == "" || len(f.Words) == 0 {
			bad(f.line, "frame needs a name (frame:) and words")
		}
	}
	for _, e := range lx.Entities {
		if e.Name == "" {
			bad(e.line, "entity has no name")
		}
		if !entityTypes[e.Type] {
			bad(e.line, "entity %q has type %q: want one of %s", e.Name, e.Type, strings.Join(sortedKeys(entityTypes), ", "))
		}
	}
	return errors.Join(errs...)
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// merge adds b's entries to lx; named entries replace those of the same name.
func (lx *Lexicon) merge(b *Lexicon) {
	for _, e := range b.Events {
		if i := indexOf(lx.Events, func(x EventType) bool { return x.Type == e.Type }); i >= 0 {
			lx.Events[i] = e
		} else {
			lx.Events = append(lx.Events, e)
		}
	}
	for _, m := range b.Measures {
		if i := indexOf(lx.Measures, func(x Measure) bool { return x.Name == m.Name }); i >= 0 {
			lx.Measures[i] = m
		} else {
			lx.Measures = append(lx.Measures, m)
		}
	}
	for _, g := range b.Groups {
		if i := indexOf(lx.Groups, func(x Group) bool { return x.Name == g.Name }); i >= 0 {
			lx.Groups[i] = g
		} else {
			lx.Groups = append(lx.Groups, g)
		}
	}
	for _, f := range b.Framing {
		// A frame named again adds words to it, or gives a word a new
		// tone: a topic lexicon extends "actors" with its own names.
		if i := indexOf(lx.Framing, func(x Frame) bool { return x.Frame == f.Frame }); i >= 0 {
			merged := make(map[string]string, len(lx.Framing[i].Words)+len(f.Words))
			for w, t := range lx.Framing[i].Words {
				merged[w] = t
			}
			for w, t := range f.Words {
				merged[w] = t
			}
			lx.Framing[i].Words = merged
		} else {
			lx.Framing = append(lx.Framing, f)
		}
	}
	for _, e := range b.Entities {
		if i := indexOf(lx.Entities, func(x Entity) bool { return x.Name == e.Name }); i >= 0 {
			lx.Entities[i] = e
		} else {
			lx.Entities = append(lx.Entities, e)
		}
	}
	lx.Control.Changes = append(lx.Control.Changes, b.Control.Changes...)
	lx.Control.Holds = append(lx.Control.Holds, b.Control.Holds...)
	lx.Control.Territories = append(lx.Control.Territories, b.Control.Territories...)
	lx.Anaphora = append(lx.Anaphora, b.Anaphora...)
	lx.Sequels = append(lx.Sequels, b.Sequels...)
	lx.Speech = append(lx.Speech, b.Speech...)
}

func indexOf[T any](s []T, f func(T) bool) int {
	for i, x := range s {
		if f(x) {
			return i
		}
	}
	return -1
}
