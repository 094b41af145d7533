package claims

import (
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims/lexicon"
	"github.com/claimcheck/claimcheck/claims/norm"
)

// Framing claims: the loaded words a source chooses for an act, a group
// or a territory, compared wherever they stand, with or without a figure:
// "sham referendums" and "referendums", "annexation" and "reunification",
// "militia" and "paramilitary". The frames compared so are those whose
// lexicon entry says what they are about.

// framedClaims appends to out a framing claim for each frame of the
// lexicon with an About whose words stand in the sentence: the frame as
// its measure, what the words describe as its subject, the words as its
// framing, the first of them as its quote.
func (e *Extractor) framedClaims(st *sentenceState, sty *story, add func(c Claim, qs, qe int)) {
	// One pass over the hits: the loaded words of each frame, in order.
	type use struct{ hit, word int }
	var frames []int // frame ids in the order they first stand
	var uses map[int][]use
	for hi, h := range st.hits {
		hasFrame := false
		for _, en := range h.Entries {
			if en.Cat == lexicon.CatFrame && e.lex.Framing[en.ID].About != "" {
				hasFrame = true
			}
		}
		if !hasFrame || st.insideFrame(hi) {
			continue
		}
		for k, en := range h.Entries {
			if en.Cat != lexicon.CatFrame || e.lex.Framing[en.ID].About == "" {
				continue
			}
			if uses == nil {
				uses = map[int][]use{}
			}
			if _, ok := uses[en.ID]; !ok {
				frames = append(frames, en.ID)
			}
			uses[en.ID] = append(uses[en.ID], use{hi, k})
		}
	}
	for _, id := range frames {
		f := &e.lex.Framing[id]
		var group string
		var named bool
		var places []string
		first := -1
		for _, u := range uses[id] {
			// The first words of the frame whose referent tells.
			h := st.hits[u.hit]
			if group, named, places = e.referent(st, sty, f.Frame, f.About, h.I, h.I+h.N-1); group != "" || len(places) > 0 {
				first = u.hit
				break
			}
		}
		if first < 0 {
			continue
		}
		c := Claim{Kind: Framing, Measure: f.Frame}
		c.Subject.Side = group
		c.Subject.Named = named
		if len(places) > 0 {
			c.Scope = &Scope{Places: places, From: "text"}
		}
		words := make([]FramingWord, 0, len(uses[id]))
		for _, u := range uses[id] {
			w := st.hits[u.hit].Entries[u.word].Word
			tone := f.Words[w]
			if st.distanced(st.hits[u.hit].I) {
				tone = DistancedTone
			}
			words = append(words, FramingWord{Frame: f.Frame, Word: w, Tone: tone})
		}
		c.Framing = words
		if t := st.oldTime(sty); t != nil {
			// "Crimea, which Russia annexed in 2014", in a report of
			// 2022: the words of another, earlier act.
			c.Event = Event{Time: t}
			c.Event.Key = EventKey(c.Event)
		}
		h := st.hits[first]
		add(c, st.tok.Words[h.I].Start, st.tok.Words[h.I+h.N-1].End)
	}
}

// DistancedTone is the tone of a loaded word a report sets in quotes as
// another's word ("a move decried by political forces as a "coup""):
// the report keeps its distance from the word, and from its tone.
const DistancedTone = "another's word, which the report keeps its distance from"

// distanced reports whether the loaded word at word k is set in quotes
// after a labelling verb a few words before it ("decried by political
// forces as a "coup"", "what it called a 'liberation'").
func (st *sentenceState) distanced(k int) bool {
	if st.tok.Words[k].Break != '"' && !st.singleQuoted(k) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-labelReach; j-- {
		if st.is(j, lexicon.FnLabeling) {
			return true
		}
		if b := st.tok.Words[j+1].Break; b != 0 && b != '"' && j+1 != k {
			return false
		}
	}
	return false
}

// singleQuoted reports whether word k follows a single quotation mark
// ("as a 'coup'").
func (st *sentenceState) singleQuoted(k int) bool {
	w := st.tok.Words[k]
	return w.Start > 0 && (strings.HasSuffix(st.tok.Text[:w.Start], "'") || strings.HasSuffix(st.tok.Text[:w.Start], "‘"))
}

// labelReach is how many words before a quoted loaded word its labelling
// verb may stand ("decried by political forces as a").
const labelReach = 6

// referent returns what the loaded words at tokens a..b describe: for an
// actor, the armed group named in their phrase or, else, the last one
// the report named; and the countries the sentence and the report's story
// are about, which tell one story's framing from another's. Both are
// empty when nothing tells.
func (e *Extractor) referent(st *sentenceState, sty *story, frame, about string, a, b int) (group string, named bool, places []string) {
	if about == "actor" {
		best, bestD := -1, 1<<30
		for _, en := range st.entities {
			// An armed group ("the paramilitary Rapid Support Forces"),
			// or the side a demonym right before the words names
			// ("pro-Russian separatists", "Ukrainian defenders").
			d := st.distance(a, b, en.tok, en.tok+en.n-1)
			switch {
			case e.lex.Entities[en.entity].Type == lexicon.TypeGroup && d <= 4:
			case en.demonym && en.tok+en.n-1 < a && d <= 1:
			default:
				continue
			}
			if d < bestD {
				best, bestD = en.entity, d
			}
		}
		switch {
		case best >= 0:
			group = e.lex.Entities[best].Name
			named = true
		case sty != nil:
			group = sty.group
		}
		if g := e.entityIndex(group); g >= 0 && e.lex.Entities[g].Type == lexicon.TypeGroup {
			// "Azov militants" and "Ukrainian fighters": a unit of a
			// state's forces is described as that state's fighters are.
			if p := e.entityIndex(e.lex.Entities[g].PartOf); p >= 0 && e.lex.Entities[p].Type == lexicon.TypeCountry {
				group = e.lex.Entities[p].Name
			}
		}
		if group == "" && frame == "government_label" {
			// "the regime", "the government": of the country the
			// sentence names nearest them ("the Assad regime-held
			// territory in Syria"), else the one the report last named.
			bestD := 1 << 30
			for _, pl := range st.places {
				if pl.entity < 0 {
					continue
				}
				if d := st.distance(a, b, pl.tok, pl.tok+pl.n-1); d <= 8 && d < bestD {
					// "the government-held provinces of Aleppo": the
					// government of the country Aleppo is in.
					if c := e.countryOf(pl); e.entityIndex(c) >= 0 && e.lex.Entities[e.entityIndex(c)].Type == lexicon.TypeCountry {
						group, bestD = c, d
					}
				}
			}
			if group == "" && sty != nil {
				group = sty.country
			}
		}
	}
	if about == "territory" {
		// "Crimea, which Russia annexed in 2014", "the annexation of
		// Crimea": the territory named next to the words.
		bestD := territoryReach + 1
		for _, en := range st.entities {
			if !e.lex.Entities[en.entity].Type.Territory() || en.metonym {
				continue
			}
			if d := st.distance(a, b, en.tok, en.tok+en.n-1); d < bestD {
				group, named, bestD = e.lex.Entities[en.entity].Name, true, d
			}
		}
	}
	for _, en := range st.entities {
		// A name that is itself the loaded word ("Liwa Iskenderun",
		// "Artsakh"): the place it names, whatever the name.
		if en.tok <= a && en.tok+en.n-1 >= b && e.lex.Entities[en.entity].Type.Territory() {
			group, named = e.lex.Entities[en.entity].Name, true
		}
	}
	add := func(c string) {
		if c != "" && !slices.Contains(places, c) {
			places = append(places, c)
		}
	}
	for _, pl := range st.places {
		add(e.countryOf(pl))
	}
	if sty != nil {
		for _, p := range sty.places {
			add(e.countryOf(placeHit{name: p, entity: e.entityIndex(p)}))
		}
		add(sty.country)
	}
	slices.Sort(places)
	return group, named, places
}

// territoryReach is how far from loaded words of a territory the
// territory they describe may be named ("Crimea, which Russia annexed").
const territoryReach = 3

// countryOf returns the country a place is or is part of, or the place
// itself when the lexicon does not know it.
func (e *Extractor) countryOf(pl placeHit) string {
	if pl.entity < 0 {
		return pl.name
	}
	ent := &e.lex.Entities[pl.entity]
	if ent.Type == lexicon.TypeCountry {
		return ent.Name
	}
	if o := e.owner[ent.Name]; o != "" {
		return o
	}
	return ent.Name
}

// entityIndex returns the index of the lexicon entity named name, or -1.
func (e *Extractor) entityIndex(name string) int {
	if i, ok := e.entityByName[name]; ok {
		return i
	}
	return -1
}

// oldTime returns the first time of the sentence that lies more than a
// year before the report's publication or, for a report with no date,
// before the time of its story's event; nil if none.
func (st *sentenceState) oldTime(sty *story) *norm.Time {
	ref := st.pub
	if ref.Year == 0 && sty != nil && sty.ev != nil && sty.ev.time != nil && sty.ev.time.Anchored {
		ref = sty.ev.time.Start
	}
	for i := range st.mentions {
		m := &st.mentions[i]
		if m.Kind == norm.TimeKind && old(&event{time: &m.Time}, ref) {
			t := m.Time
			return &t
		}
	}
	return nil
}
