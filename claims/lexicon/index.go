package lexicon

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/agnivade/levenshtein"
	"github.com/claimcheck/claimcheck/claims/token"
)

// Cat is the category of a lexicon entry.
type Cat uint8

// Categories of lexicon entries.
const (
	CatEvent       Cat = iota + 1 // an event noun: Entry.ID indexes Lexicon.Events
	CatAnaphora                   // a word pointing back to an earlier event
	CatSequel                     // a word naming an event that followed an earlier one
	CatOther                      // a word naming another event of a type than the one told
	CatMeasure                    // a measure trigger: ID indexes Lexicon.Measures
	CatGroup                      // a counted group: ID indexes Lexicon.Groups
	CatSpeech                     // a speech verb or "according to"
	CatFrame                      // a framing word: ID indexes Lexicon.Framing
	CatTerritory                  // a noun standing for a territory named before
	CatEntity                     // a name or alias: ID indexes Lexicon.Entities
	CatMetonym                    // a name standing for an entity: ID indexes Lexicon.Entities
	CatScopePart                  // a part of a place: ID indexes Lexicon.Scopes
	CatAllPlaces                  // all the story's places together ("the two countries")
	CatSettlement                 // a noun of a place smaller than a country ("town")
	CatToll                       // a noun naming a running count: ID indexes Lexicon.Tolls
	CatLevel                      // a verb giving a count its figure ("rose to")
	CatRunning                    // a word reporting a count still being counted ("so far")
	CatPreliminary                // a phrase telling a vote's figures as an early count ("early projections")
	CatStage                      // a stage of an event: ID is StageID(event, stage)
	CatSameTime                   // a phrase dating an event by a time named before ("the same day")
)

// StageID packs an event type's index and one of its stages' into an
// Entry ID; StageOf unpacks it.
func StageID(event, stage int) int { return event<<8 | stage }

// StageOf returns the event type's index and the stage's of a StageID.
func StageOf(id int) (event, stage int) { return id >> 8, id & 0xff }

// Entry is one meaning of a lexicon phrase.
type Entry struct {
	Cat Cat
	ID  int
	// Word is the phrase as the lexicon writes it.
	Word string
	// Demonym marks an entity's demonym ("Armenian") rather than its
	// name.
	Demonym bool
	// Bare marks a scope part's word that names it with no preposition
	// ("displaced internally").
	Bare bool
}

// Hit is a lexicon phrase found in a text: words I to I+N-1 of the
// stream's word view.
type Hit struct {
	I, N    int
	Entries []Entry
}

// Has reports whether the hit has an entry of category c, and returns it.
func (h Hit) Has(c Cat) (Entry, bool) {
	for _, e := range h.Entries {
		if e.Cat == c {
			return e, true
		}
	}
	return Entry{}, false
}

// Index is a compiled lexicon: every phrase in normalized form, ready for
// lookups that do not allocate. Build it once with Compile; it is safe for
// concurrent use.
type Index struct {
	Lex     *Lexicon
	phrases map[string][]Entry
	// words holds what a single word opens: the most words of a phrase
	// starting with it, and its roles as a function word. One lookup a
	// word serves both.
	words    map[string]wordInfo
	fuzzy    map[byte][]fuzzyName
	maxWords int
}

type wordInfo struct {
	most int
	fn   FuncRole
}

type fuzzyName struct {
	norm   string
	entity int
}

// Compile builds the index of lx.
func Compile(lx *Lexicon) (*Index, error) {
	ix := &Index{Lex: lx, phrases: map[string][]Entry{}, words: map[string]wordInfo{}, fuzzy: map[byte][]fuzzyName{}}
	var tok token.Stream
	add := func(phrase string, e Entry) error {
		tok.Reset(phrase)
		if len(tok.Words) == 0 {
			return fmt.Errorf("lexicon phrase %q has no words", phrase)
		}
		key := string(tok.Phrase(0, len(tok.Words)-1))
		for _, old := range ix.phrases[key] {
			if old.Cat == e.Cat && old.ID == e.ID {
				return nil
			}
		}
		ix.phrases[key] = append(ix.phrases[key], e)
		first := tok.Norm(0)
		if w := ix.words[first]; len(tok.Words) > w.most {
			w.most = len(tok.Words)
			ix.words[first] = w
		}
		if len(tok.Words) > ix.maxWords {
			ix.maxWords = len(tok.Words)
		}
		return nil
	}
	var err error
	must := func(e error) {
		if err == nil {
			err = e
		}
	}
	for id, ev := range lx.Events {
		for _, w := range ev.Words {
			must(add(w, Entry{Cat: CatEvent, ID: id, Word: w}))
		}
		for si, sg := range ev.Stages {
			for _, w := range sg.Words {
				must(add(w, Entry{Cat: CatStage, ID: StageID(id, si), Word: w}))
			}
		}
	}
	for _, w := range lx.Anaphora {
		must(add(w, Entry{Cat: CatAnaphora, ID: 0, Word: w}))
	}
	for _, w := range lx.Sequels {
		must(add(w, Entry{Cat: CatSequel, ID: 0, Word: w}))
	}
	for _, w := range lx.Others {
		must(add(w, Entry{Cat: CatOther, ID: 0, Word: w}))
	}
	for _, w := range lx.SameTime {
		must(add(w, Entry{Cat: CatSameTime, ID: 0, Word: w}))
	}
	for id, m := range lx.Measures {
		for _, w := range m.Words {
			must(add(w, Entry{Cat: CatMeasure, ID: id, Word: w}))
		}
	}
	for id, g := range lx.Groups {
		for _, w := range g.Words {
			must(add(w, Entry{Cat: CatGroup, ID: id, Word: w}))
		}
	}
	for _, w := range lx.Control.Territories {
		must(add(w, Entry{Cat: CatTerritory, ID: 0, Word: w}))
	}
	for id, sp := range lx.Scopes {
		for _, w := range sp.Words {
			must(add(w, Entry{Cat: CatScopePart, ID: id, Word: w}))
		}
		for _, w := range sp.Bare {
			must(add(w, Entry{Cat: CatScopePart, ID: id, Word: w, Bare: true}))
		}
	}
	for _, w := range lx.AllPlaces {
		must(add(w, Entry{Cat: CatAllPlaces, ID: 0, Word: w}))
	}
	for _, w := range lx.Settlements {
		must(add(w, Entry{Cat: CatSettlement, ID: 0, Word: w}))
	}
	measures := map[string]bool{}
	for _, m := range lx.Measures {
		measures[m.Name] = true
	}
	for id, t := range lx.Tolls {
		if !measures[t.Measure] {
			must(fmt.Errorf("lexicon toll names measure %q, which no measures entry defines", t.Measure))
		}
		for _, w := range t.Words {
			must(add(w, Entry{Cat: CatToll, ID: id, Word: w}))
		}
	}
	for _, w := range lx.Levels {
		must(add(w, Entry{Cat: CatLevel, ID: 0, Word: w}))
	}
	for _, w := range lx.Running {
		must(add(w, Entry{Cat: CatRunning, ID: 0, Word: w}))
	}
	for _, w := range lx.Preliminary {
		must(add(w, Entry{Cat: CatPreliminary, ID: 0, Word: w}))
	}
	for _, w := range lx.Speech {
		must(add(w, Entry{Cat: CatSpeech, ID: 0, Word: w}))
	}
	for id, f := range lx.Framing {
		words := make([]string, 0, len(f.Words))
		for w := range f.Words {
			words = append(words, w)
		}
		sort.Strings(words)
		for _, w := range words {
			must(add(w, Entry{Cat: CatFrame, ID: id, Word: w}))
		}
	}
	for id, e := range lx.Entities {
		for _, w := range append([]string{e.Name}, e.Aliases...) {
			must(add(w, Entry{Cat: CatEntity, ID: id, Word: w}))
			tok.Reset(w)
			if len(tok.Words) != 1 {
				continue
			}
			if n := tok.Norm(0); len(n) >= 6 && e.Type != TypeGroup && !e.Type.Territory() {
				ix.fuzzy[n[0]] = append(ix.fuzzy[n[0]], fuzzyName{n, id})
			}
		}
		for _, w := range e.Demonyms {
			must(add(w, Entry{Cat: CatEntity, ID: id, Word: w, Demonym: true}))
		}
		for _, w := range e.Metonyms {
			must(add(w, Entry{Cat: CatMetonym, ID: id, Word: w}))
		}
	}
	fn := &lx.Function
	for _, l := range []struct {
		words []string
		role  FuncRole
	}{{fn.Negations, FnNegation}, {fn.Predicates, FnPredicate}, {fn.Plurals, FnPlural}, {fn.Ordinals, FnOrdinal},
		{fn.Relatives, FnRelative}, {fn.Relations, FnRelation}, {fn.Since, FnSince}, {fn.And, FnAnd}, {fn.Or, FnOr},
		{fn.In, FnIn}, {fn.By, FnBy}, {fn.From, FnFrom}, {fn.Of, FnOf}, {fn.Determiners, FnDeterminer},
		{fn.PlaceModifiers, FnPlaceModifier}, {fn.Earlier, FnEarlier}, {fn.Starts, FnStart}, {fn.Including, FnIncluding}, {fn.Into, FnInto},
		{fn.Indefinites, FnIndefinite}, {fn.Future, FnFuture},
		{fn.Counting, FnCounting}, {fn.Clauses, FnClause}, {fn.On, FnOn}, {fn.Bodies, FnBody}, {fn.Forecasts, FnForecast}, {fn.For, FnFor}, {fn.Asides, FnAside}, {fn.Periods, FnPeriod}, {fn.PeriodsNow, FnPeriodNow}, {fn.Lives, FnLives}, {fn.TakeLives, FnTakeLives}, {fn.Totals, FnTotal}, {fn.Increments, FnIncrement}, {fn.Comparisons, FnComparison}, {fn.NumberOf, FnNumberOf}, {fn.Superlatives, FnSuperlative}, {fn.StartsWithParticle, FnStartWithParticle}, {fn.Particles, FnParticle}, {fn.Many, FnMany}, {fn.Rises, FnRise}, {fn.Samples, FnSample}, {fn.Likenesses, FnLikeness}, {fn.Likewise, FnLikewise}, {fn.Anniversaries, FnAnniversary}, {fn.Elapsed, FnElapsed}, {fn.Intervals, FnInterval}, {fn.EventPronouns, FnEventPronoun}, {fn.Stays, FnStay}, {fn.Severities, FnSeverity}, {fn.Potentials, FnPotential}, {fn.Respectively, FnRespectively}, {fn.Growths, FnGrowth}, {fn.Figurative, FnFigurative}, {fn.Nations, FnNation}, {fn.Nationwide, FnNationwide}, {fn.PlaceAnaphora, FnPlaceAnaphor}, {fn.Partial, FnPartial}, {fn.Modals, FnModal}, {fn.Whens, FnWhen}, {fn.Tellings, FnTell}, {fn.NameParticles, FnNameParticle}, {fn.Labelings, FnLabeling}, {fn.Excluding, FnExcluding}} {
		for _, w := range l.words {
			tok.Reset(w)
			if len(tok.Words) != 1 {
				must(fmt.Errorf("lexicon function word %q is not one word", w))
				continue
			}
			w := ix.words[tok.Norm(0)]
			w.fn |= l.role
			ix.words[tok.Norm(0)] = w
		}
	}
	frames := map[string]bool{}
	for _, f := range lx.Framing {
		frames[f.Frame] = true
	}
	for _, f := range slices.Sorted(maps.Keys(lx.Control.Frames())) {
		if !frames[f] {
			must(fmt.Errorf("lexicon control section names frame %q, which no framing entry defines", f))
		}
	}
	if err != nil {
		return nil, err
	}
	return ix, nil
}

// Scan appends to dst the lexicon phrases found in the word view of t,
// longest first at each word, and returns dst. Hit.I and Hit.N index
// t.Words. Phrases may overlap: "peacekeeping force" and "force" are both
// found.
func (ix *Index) Scan(dst []Hit, t *token.Stream) []Hit {
	dst, _ = ix.ScanRoles(dst, nil, t)
	return dst
}

// ScanRoles is Scan that also appends to roles the function-word roles
// of each word of t (what Func gives), with the same one lookup a word.
// roles may be nil when the caller needs no roles.
func (ix *Index) ScanRoles(dst []Hit, roles []FuncRole, t *token.Stream) ([]Hit, []FuncRole) {
	want := roles != nil
	for i := range t.Words {
		w := ix.words[string(t.Phrase(i, i))]
		if want {
			roles = append(roles, w.fn)
		}
		for n := min(w.most, len(t.Words)-i); n >= 1; n-- {
			if n > 1 && t.Words[i+n-1].Break == '.' {
				continue
			}
			if es, ok := ix.phrases[string(t.Phrase(i, i+n-1))]; ok {
				dst = append(dst, Hit{I: i, N: n, Entries: es})
			}
		}
	}
	return dst, roles
}

// Fuzzy returns the entity whose one-word name or alias is within a small
// edit distance of word (a normalized token): one edit for names of six
// to eight letters, two for longer ones, and the first letter must agree.
// Short names ("Sudan", "Susan"), armed groups ("Hamas", "Hamad") and
// regions and cities are never guessed: the gazetteer is thousands of
// place names, each with its spellings, and a guess among them takes
// people and words for places ("Martin" for Mardin, "Katrina" for
// Katsina, "Sahara" for Samara).
// It catches transliterations the lexicon lacks ("Pashinyian") without
// merging different short names ("Iran", "Iraq") or a name with an
// ending added ("Aliyeva").
func (ix *Index) Fuzzy(word string) (entity int, ok bool) {
	if len(word) < 6 {
		return 0, false
	}
	best, bestD := -1, 3
	for _, f := range ix.fuzzy[word[0]] {
		if d := len(f.norm) - len(word); d > 2 || d < -2 || f.norm[1] != word[1] && f.norm[2] != word[2] {
			continue
		}
		limit := 1
		if len(f.norm) >= 9 && len(word) >= 9 {
			limit = 2
		}
		if strings.HasPrefix(word, f.norm) || strings.HasPrefix(f.norm, word) {
			// "Aliyeva" is not "Aliyev", nor "Armenians" "Armenia":
			// an added ending makes another word.
			continue
		}
		d := levenshtein.ComputeDistance(word, f.norm)
		if d <= limit && d < bestD {
			best, bestD = f.entity, d
		}
	}
	return best, best >= 0
}

// FuncRole is a set of the roles of a function word (Lexicon.Function).
type FuncRole uint64

// Roles of function words.
const (
	FnNegation FuncRole = 1 << iota
	FnPredicate
	FnPlural
	FnOrdinal
	FnRelative
	FnRelation
	FnSince
	FnAnd
	FnOr
	FnIn
	FnBy
	FnFrom
	FnOf
	FnDeterminer
	FnPlaceModifier
	FnEarlier
	FnStart
	FnIncluding
	FnInto
	FnIndefinite
	FnFuture
	FnCounting
	FnClause
	FnOn
	FnBody
	FnForecast
	FnFor
	FnAside
	FnPeriod
	FnPeriodNow
	FnLives
	FnTakeLives
	FnTotal
	FnIncrement
	FnComparison
	FnNumberOf
	FnSuperlative
	FnStartWithParticle
	FnParticle
	FnMany
	FnRise
	FnSample
	FnLikeness
	FnLikewise
	FnAnniversary
	FnElapsed
	FnInterval
	FnEventPronoun
	FnStay
	FnSeverity
	FnPotential
	FnRespectively
	FnGrowth
	FnFigurative
	FnNation
	FnNationwide
	FnPlaceAnaphor
	FnPartial
	FnModal
	FnWhen
	FnTell
	FnNameParticle
	FnLabeling
	FnExcluding
)

// Func returns the roles of word i of t as a function word: 0 when it
// has none or i is out of range.
func (ix *Index) Func(t *token.Stream, i int) FuncRole {
	if i < 0 || i >= len(t.Words) {
		return 0
	}
	return ix.words[string(t.Phrase(i, i))].fn
}

// Is reports whether word i of t is a function word of role r.
func (ix *Index) Is(t *token.Stream, i int, r FuncRole) bool { return ix.Func(t, i)&r != 0 }
