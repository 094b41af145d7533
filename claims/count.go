package claims

import (
	"math"
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims/lexicon"
	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/claimcheck/claimcheck/claims/norm"
	"github.com/claimcheck/claimcheck/claims/token"
)

// Counts: claims of how many people were killed, wounded, missing,
// deployed, held or displaced.

// countClaim makes a claim of a count of people: what it measures (from
// the nearest trigger word), who is counted and which event it belongs to.
func (e *Extractor) countClaim(st *sentenceState, mi int, sty *story, d *load.Document) (Claim, bool) {
	m := &st.mentions[mi]
	q := m.Quantity
	if q.Class != norm.Count || slices.Contains(st.magnitudes, mi) || figureOf(&q) > maxCount {
		// No count of people is larger than the world's people.
		return Claim{}, false
	}
	r := st.mtok[mi]
	if st.territoryNoun(r[1]) || r[1]+1 < len(st.tok.Words) && st.territoryNoun(r[1]+1) {
		// "Three towns were hit, killing 12": a count of places.
		return Claim{}, false
	}
	if st.delta(mi) {
		// "the death toll grew by eight from Saturday to Sunday": what
		// the count grew by.
		return Claim{}, false
	}
	if r[0] > 0 && st.earlierOne(r[0]-1, r[0]+1) {
		// "after an earlier one killed more than 2,000": a pronoun for
		// an event, no count.
		return Claim{}, false
	}
	if st.countsEvents(r) {
		// "the death toll from two 6.3-magnitude quakes": how many
		// events, not how many people.
		return Claim{}, false
	}
	if st.sampleSize(r) {
		// "Surveys of more than 11,000 people in the camps": whom a
		// study asked.
		return Claim{}, false
	}
	if st.increment(r) && e.totalAfter(st, mi) || e.summand(st, mi, sty) || st.addedTo(mi) {
		// "300 more bodies were found, bringing the total to 9,732":
		// what the count grew by, not the count. Alone, "a further 72
		// were killed in India" is a count of its own.
		return Claim{}, false
	}
	group, groupTok := e.countedGroup(st, r)
	if groupTok < 0 && group == e.defaultGroup || group == e.defaultGroup && st.is(groupTok, lexicon.FnLikewise) {
		// "2,783 Azerbaijani servicemen died and more than 100 are
		// missing": the second figure counts the people of the first.
		if sib := st.listSibling(mi); sib >= 0 {
			if sg, _ := e.countedGroup(st, st.mtok[sib]); sg >= 0 {
				group = sg
			}
		}
	}
	tollMeasure, tollTok, toll := e.tollOf(st, mi)
	if !toll && group < 0 {
		// "300 more bodies were found, bringing the total to 9,732": the
		// total of what the count before it counts.
		for mj := st.totalOf(mi); mj >= 0 && !toll; mj-- {
			// The nearest count before that tells what it counts: "38,044
			// died in Turkey and 3,688 in Syria, bringing the total to".
			if !st.isCount(mj) {
				continue
			}
			if g, gt := e.countedGroup(st, st.mtok[mj]); g >= 0 {
				if m, _, ok := e.nearestTrigger(st, mj, st.mtok[mj], gt); ok {
					group, tollMeasure, toll = g, m, true
				}
			}
		}
	}
	if group < 0 && toll {
		// "The death toll ... has passed 21,500": the toll's people;
		// "the number of households displaced ... stands at 40,702":
		// the households the number counts.
		group = e.defaultGroup
		if st.is(tollTok, lexicon.FnNumberOf) && st.is(tollTok+1, lexicon.FnOf) {
			if g := st.groupHit(tollTok + 2); g >= 0 {
				group = g
			}
		}
	}
	if group < 0 {
		// "3,549 people were killed and 22,168 were injured": the
		// second figure counts the people of the first.
		if sib := st.listSibling(mi); sib >= 0 && st.bareFigure(r) && q.Unit == "" {
			// Not "killed 719,558 livestock and destroyed 949,858
			// homes": a figure with a noun of its own.
			group, _ = e.countedGroup(st, st.mtok[sib])
		}
	}
	if group < 0 || group == e.defaultGroup && e.partOfDead(st, r) || st.partialDead(r, groupTok) || st.severity(r) {
		return Claim{}, false
	}
	measure, ok := tollMeasure, toll
	if head := st.listedPartOf(mi); head >= 0 && !e.ownTrigger(st, mi) {
		if hg, _ := e.countedGroup(st, st.mtok[head]); group == e.defaultGroup || group == hg {
			// "The toll reached 700, including 60 foreigners", "40
			// civilians, including 12 in the market", "1,102 arrests,
			// including five indigenous people": a part the lexicon
			// cannot tell from its whole counts a subset of the
			// head's people, which no report's total is.
			return Claim{}, false
		}
	}
	if _, hm, inc := e.includedIn(st, mi, sty, d); inc {
		if !ok {
			// "The death toll has climbed to 89, including 77
			// insurgents and 12 members of the security forces":
			// parts of the toll.
			measure, ok = hm, true
		}
	}
	if !ok {
		// "2,800 others were injured": the verb the figure is the
		// subject of, over a casualty word before it ("in addition to
		// the 700 killed").
		measure, ok = e.subjectVerb(st, r)
	}
	if !ok {
		var trig int
		measure, trig, ok = e.nearestTrigger(st, mi, r, groupTok)
		if gh := st.groupHit(trig); ok && e.measureKind[measure].Info().Standing && gh >= 0 && gh != st.groupHit(groupTok) &&
			e.lex.Groups[gh].Role != lexicon.GroupDeployed {
			// "15 are from the security forces, and 22 are civilians":
			// another figure's noun does not make 22 troops; the list
			// they share may tell what they count.
			measure, ok = e.listMeasure(st, mi)
		}
	}
	if !ok {
		measure, ok = e.listMeasure(st, mi)
	}
	if !ok {
		return Claim{}, false
	}
	kind := e.measureKind[measure]
	if group == e.defaultGroup && toll {
		// "the civilian death toll has passed 10,000", "civilian deaths
		// rose to 3,000": the group the toll's noun is of (not "gunmen
		// killed 12", the killers, before a verb).
		k := tollTok
		for k > 0 && st.tollCovers(k-1) && st.tok.Words[k].Break == 0 {
			k-- // "civilian death toll": before the whole toll
		}
		if gh := st.groupHit(k - 1); gh >= 0 && k > 0 && st.tok.Words[k].Break == 0 && gh != e.defaultGroup && e.lex.Groups[gh].Role != lexicon.GroupDeployed {
			group = gh
		}
	}
	if groupTok > 0 && groupTok-1 == r[1]+1 && st.unknownName(r[1]+1) && !kind.Info().Running {
		// A name the lexicon does not know after a figure is a people
		// only when the figure is a toll or a count of refugees ("700,000
		// Rohingya fled"), not in "the 737 Max carried the troops".
		return Claim{}, false
	}
	if q.Qualifier == norm.AtMost && r[0] > 0 && st.is(r[0]-1, lexicon.FnRise) && st.tok.Is(r[0], "up") {
		// "The toll inched up to 227": the figure the toll reached, not
		// a bound.
		q.Qualifier, q.Low, q.High, q.HighOpen = norm.Exact, q.Stated, q.Stated, false
	}
	sibNoun := ""
	if group == e.defaultGroup && groupTok < 0 && q.Unit == "" && st.bareFigure(r) && e.peopleNoun(st, r) == "" {
		// "killed 12 firefighters and injured 40", "86 health
		// personnel have been killed, more than 150 injured": a figure
		// with no noun after a count of a group counts that group.
		if sib := st.listSibling(mi); sib >= 0 && st.mtok[sib][1] < r[0] {
			if sg, _ := e.countedGroup(st, st.mtok[sib]); sg >= 0 && sg != e.defaultGroup {
				group = sg
			} else {
				sibNoun = e.peopleNoun(st, st.mtok[sib])
			}
		}
	}
	c := Claim{Kind: kind, Measure: e.lex.Measures[measure].Name, Value: norm.Value{Quantity: &q}}
	g := &e.lex.Groups[group]
	c.Subject.Group = g.Name
	if sibNoun != "" {
		c.Subject.Group = sibNoun
	}
	if group == e.defaultGroup && (groupTok < 0 || groupTok > r[1]) {
		// A noun of its own before the group word ("132 medics dead").
		noun := e.peopleNoun(st, r)
		if u := q.Unit; noun == "" && u != "" && u == strings.ToLower(u) && isPlural(u) && !strings.ContainsRune(u, ' ') && !st.hitAt(r[1]) {
			// "12 journalists", whose noun the number reader took as
			// the figure's unit.
			noun = u
		}
		if noun != "" {
			// "101 medics were killed": a group of its own, never
			// compared with the toll of all the dead.
			c.Subject.Group = noun
		}
	}
	if kind == Casualties && g.CasualtiesAs != "" {
		c.Subject.Group = g.CasualtiesAs // peacekeepers killed are soldiers
	}
	if kind == Displaced && g.DisplacedAs != "" {
		c.Subject.Group = g.DisplacedAs // refugees who fled are people who fled
	}
	if kind.Info().Standing && e.deployed >= 0 && st.groupNear(e.deployed, r, 8) {
		c.Subject.Group = e.lex.Groups[e.deployed].Name
		g = &e.lex.Groups[e.deployed]
	}
	c.Subject.Side = st.side(e, r, groupTok, kind, g)
	if c.Subject.Side == "" && st.bareFigure(r) {
		// "In Turkey alone, 3,549 people were killed and 22,168 were
		// injured": the listed figure shares the side of the first.
		if sib := st.listSibling(mi); sib >= 0 {
			_, gt := e.countedGroup(st, st.mtok[sib])
			c.Subject.Side = st.side(e, st.mtok[sib], gt, kind, g)
		}
	}
	if g.StateAs != "" && c.Subject.Side != "" {
		if i := e.entityIndex(c.Subject.Side); i >= 0 && e.lex.Entities[i].Type == lexicon.TypeCountry {
			// "256 Ukrainian militants surrendered": Ukraine's
			// soldiers, in the other side's word.
			c.Subject.Group = g.StateAs
		}
	}
	c.Subject.Place = st.place(e, r)
	if !kind.Info().Standing {
		// A deployment is a standing state, told apart by whose troops
		// and where, not by an event named elsewhere in the sentence.
		c.Event = e.eventOf(st, r, kind, toll)
		switch {
		case st.afterComparison(mi):
			// "the deadliest hurricane since Zora devastated the capital
			// two decades ago, which left 900 people dead": the toll of
			// the event compared with, which the sentence does not name.
			c.Event = Event{}
		case c.Event.Type == "" && sty != nil && sty.ev != nil && e.lex.Events[sty.ev.typ].Sudden && st.oldTimeIn(mi):
			// "Zora left 1,400 people dead after it flooded the capital
			// on Aug. 25, 2005", in a report on this year's storm: an
			// event of long ago the lexicon has no noun for, not the
			// sudden event of the story. (A year of a lasting story, "In
			// 1988 some 200,000 were expelled" in a history of a
			// conflict, is a moment of it.)
		case sty.of(e, &c, st.pub) && kind.Info().Running && (c.Event.Time == nil || !c.Event.Time.Anchored):
			if t := st.sinceDay(mi); t != nil {
				// "The number who have fled since Aug. 25 has risen to
				// 618,000", in a report whose story has no date: the
				// story's event began that day.
				c.Event.Time = t
				c.Event.Key = EventKey(c.Event)
			}
		}
		if e.lex.Measures[measure].Stock || kind == Displaced && st.staysIn(r) {
			// "Bangladesh already hosts 400,000 refugees", "930,000
			// are sheltering in UN schools": what a place holds.
			c.Event = Event{}
		}
	}
	if !kind.Info().Standing {
		// A deployment is told apart by its place and whose it is.
		c.Scope = e.scopeOf(st, mi, kind, &c.Event, sty, tollTok)
		if sc := c.Scope; sc != nil && c.Event.Sudden && sc.From == "story" && len(sc.Places) > 1 && sc.Part == "" && sc.Period == "" {
			// "Malawi has reported 225 dead so far", in a report on a
			// storm in Malawi and Mozambique: the count of the country
			// that reports it, when it counts no other side's people.
			// (In a war, a state speaks of places it does not hold.)
			if p := e.speakerCountry(st, mi); p != "" && slices.Contains(sc.Places, p) && (c.Subject.Side == "" || c.Subject.Side == p) {
				c.Scope = &Scope{Places: []string{p}, From: "text"}
			}
		}
	}
	if kind.Info().Running && st.increment(r) && (c.Scope == nil || c.Scope.Period == "" && (c.Scope.From != "text" || c.Scope.Part == "" && !st.placeAfter(mi))) && (!st.countBefore(mi) || e.sameTollBefore(st, mi, c.Measure)) {
		// "Three more fatalities have been recorded": what the count
		// grew by. A place or a period of its own ("a further 72 were
		// killed in India", "in the last 48 hours, 12 more died") makes it
		// a count of its own, and after another count "more" counts
		// others ("5 were killed and dozens more injured"); the place of
		// the toll it grew ("the toll from Nepal's floods continues to
		// rise with 57 more people reported dead") is not its own.
		return Claim{}, false
	}
	if kind.Info().Running {
		c.Counted = e.countedOf(st, mi, d, toll)
		if c.Counted != nil && e.lex.Measures[measure].Falls {
			c.Counted.Falls = true
		}
	}
	return c, true
}

// countedGroup finds the group counted by a figure: a group word inside
// the figure's words or just after them, skipping adjectives and names
// ("thirty-two Armenian prisoners of war"). It returns the group and the
// token of the group word, or -1.
func (e *Extractor) countedGroup(st *sentenceState, r [2]int) (int, int) {
	mi := st.mentionAt(r[0])
	best, bestTok := -1, -1
	if e.defaultGroup >= 0 && r[1]+1 < len(st.tok.Words) {
		// A people named by their nation: "3,890 Azerbaijanis", "300,000
		// Armenians". The group token is set past the name, so that the
		// name is read as the side.
		for _, en := range st.entities {
			if en.tok == r[1]+1 && e.lex.Entities[en.entity].Type == lexicon.TypeCountry && isPlural(st.tok.Norm(en.tok+en.n-1)) {
				return e.defaultGroup, en.tok + en.n
			}
		}
	}

	if e.defaultGroup >= 0 && r[1]+1 < len(st.tok.Words) {
		// A people the lexicon does not know, named after the figure:
		// "700,000 Rohingya", "6,700 Rohingya Muslims", "300 Yazidis".
		n := r[1] + 1
		if w := st.tok.Words[n]; w.Cap && w.Break == 0 && !st.titleCase && !st.coveredByEntity(n) && st.mentionAt(n) < 0 &&
			st.tok.Tokens[w.Tok].Kind == token.Word && !st.hitAt(n) {
			return e.defaultGroup, n + 1
		}
	}
	for _, h := range st.hits {
		if h.I < r[0] || h.I > r[1]+groupWindow {
			continue
		}
		if h.I > r[1] && (st.distance(r[0], r[1], h.I, h.I) > groupWindow || st.figureBetween(r[1]+1, h.I)) {
			// "89, including 77 insurgents": the noun is the next
			// figure's.
			continue
		}
		if en, ok := h.Has(lexicon.CatGroup); ok && !st.inProperName(h.I, h.I+h.N-1) {
			if e := h.I + h.N; e < len(st.tok.Words) && st.tok.Words[e].Joined {
				// "in the rebel-held northwest", "army-run camps": a
				// word of a compound, not the counted group.
				continue
			}
			if h.I > r[1] && st.speaksAt(h.I+h.N) {
				// "with 260 injured, the police said": who told the
				// figure, not whom it counts.
				continue
			}
			if best < 0 || h.I < bestTok {
				best, bestTok = en.ID, h.I
			}
		}
	}
	if g, gt := e.predicateGroup(st, r, best, bestTok); g >= 0 {
		return g, gt
	}
	if g, gt := e.bodiesOf(st, r, best, bestTok); g >= 0 {
		return g, gt
	}
	if best < 0 && e.defaultGroup >= 0 && e.peopleNoun(st, r) != "" {
		return e.defaultGroup, -1
	}
	if best < 0 && e.defaultGroup >= 0 {
		// A figure with no noun of its own counts people when a casualty
		// word stands in its words or follows it at once ("371 deaths",
		// "30 dead", "44,218 earthquake-related deaths", "5,000 quake
		// deaths"), ends right before
		// it ("killed 3,500", "claimed the lives of 45,000"), a toll names
		// it a few words before ("the death toll rose to 14,014"), or the
		// figure stands bare before the verb ("3,377 are known to have
		// died").
		bare := st.bareFigure(r)
		for _, h := range st.hits {
			en, ok := h.Has(lexicon.CatMeasure)
			if !ok || !e.measureKind[en.ID].Info().Running || st.tok.Words[h.I].Joined {
				continue
			}
			switch {
			case h.I >= r[0] && h.I <= r[1]+1,
				h.I == st.compoundEnd(r[1]+1)+1 && h.I > r[1]+1 && st.tok.Words[h.I].Break == 0 && st.tok.Words[r[1]+1].Break == 0 && st.joinedCompound(r[1]+1),
				// "5,000 quake deaths": the event noun qualifies the word.
				h.I == r[1]+2 && st.eventNounAt(r[1]+1) && st.tok.Words[h.I].Break == 0 && st.tok.Words[r[1]+1].Break == 0,
				h.I+h.N == r[0] && e.measureKind[en.ID] == Casualties,
				strings.HasSuffix(en.Word, "toll") && h.I < r[0] && st.distance(h.I, h.I, r[0], r[1]) <= 5,
				bare && h.I > r[1] && st.distance(r[0], r[1], h.I, h.I) <= measureWindow && !st.crossesCount(mi, h.I):
				return e.defaultGroup, -1
			}
		}
	}
	return best, bestTok
}

// inProperName reports whether words a..b are capitalized inside a name
// of capitalized words ("the Maui Police Department"): a body, not a
// group it counts.
func (st *sentenceState) inProperName(a, b int) bool {
	if st.titleCase || a == 0 || !st.tok.Words[a].Cap {
		return false
	}
	next := b + 1
	return next < len(st.tok.Words) && st.tok.Words[next].Cap && st.tok.Words[next].Break == 0 && !st.tok.Words[a].Joined
}

// figureBetween reports whether a count figure starts among words
// [a, b).
func (st *sentenceState) figureBetween(a, b int) bool {
	for j, o := range st.mtok {
		if o[0] >= a && o[0] < b && st.isCount(j) {
			return true
		}
	}
	return false
}

// predicateGroup reads the group a figure is said to be, when it stands
// bare or counts a part of the dead: "370 of the dead were insurgents",
// "15 are from the security forces", "22 were children". It returns -1
// when the sentence says no such thing.
func (e *Extractor) predicateGroup(st *sentenceState, r [2]int, best, bestTok int) (int, int) {
	k := r[1] + 1
	if best >= 0 {
		// Only a figure of the dead: "370 of the dead were ...".
		if bestTok > r[1]+3 || !st.is(k, lexicon.FnOf) || e.lex.Groups[best].Role != lexicon.GroupDefault {
			return -1, -1
		}
		k = bestTok + 1
	}
	if k >= len(st.tok.Words) || st.tok.Words[k-1].Break != 0 || !st.is(k, lexicon.FnPredicate) {
		return -1, -1
	}
	return e.groupAfter(st, k, 3)
}

// bodiesOf reads the group of the dead a figure's noun phrase names after
// "of": "59 dead bodies of extremist terrorists", "the remains of 30
// migrants" is read elsewhere. The noun right after the figure must be
// a word of the default group or a casualty word ("dead", "bodies"),
// and the group stand within three words of the "of". It returns -1 when
// the sentence says no such thing.
func (e *Extractor) bodiesOf(st *sentenceState, r [2]int, best, bestTok int) (int, int) {
	if best >= 0 && (e.lex.Groups[best].Role != lexicon.GroupDefault || bestTok > r[1]+1) {
		return -1, -1
	}
	// The noun is in the figure ("40 dead") or right after it.
	noun := st.casualtyWord(e, r[1]) || best >= 0 && bestTok == r[1]
	k := r[1] + 1
	for n := 0; n < 2 && k < len(st.tok.Words) && !st.is(k, lexicon.FnOf); n++ {
		if st.tok.Words[k].Break != 0 || !st.casualtyWord(e, k) && !(best >= 0 && k == bestTok) {
			return -1, -1
		}
		noun = true
		k++
	}
	if !noun || k >= len(st.tok.Words) || !st.is(k, lexicon.FnOf) {
		return -1, -1
	}
	return e.groupAfter(st, k, 4)
}

// groupAfter returns the first group word of the lexicon other than the
// default group within reach words after word k, with no figure between,
// and its word; -1 when there is none.
func (e *Extractor) groupAfter(st *sentenceState, k, reach int) (int, int) {
	for _, h := range st.hits {
		if h.I <= k || h.I > k+reach || st.figureBetween(k, h.I) || st.distance(k, k, h.I, h.I) >= 1<<20 {
			continue
		}
		if en, ok := h.Has(lexicon.CatGroup); ok && e.lex.Groups[en.ID].Role != lexicon.GroupDefault {
			return en.ID, h.I
		}
	}
	return -1, -1
}

// subjectVerb returns the casualty measure of the verb that figure r is
// the subject of: the figure, at most two nouns, predicates ("were",
// "have been") and the verb ("2,800 others were injured").
func (e *Extractor) subjectVerb(st *sentenceState, r [2]int) (int, bool) {
	k := r[1] + 1
	for n := 0; n < 2 && k < len(st.tok.Words) && st.tok.Words[k].Break == 0 && st.tok.Tokens[st.tok.Words[k].Tok].Kind == token.Word &&
		!st.is(k, lexicon.FnPredicate) && st.mentionAt(k) < 0 && !st.casualtyWord(e, k); n++ {
		k++
	}
	preds := 0
	for ; k < len(st.tok.Words) && preds < 3 && (st.is(k, lexicon.FnPredicate) || st.tok.Is(k, "been")); preds++ {
		k++
	}
	if preds == 0 || k >= len(st.tok.Words) || st.tok.Words[k].Break != 0 {
		return 0, false
	}
	for _, h := range st.hits {
		if en, ok := h.Has(lexicon.CatMeasure); ok && h.I == k && e.measureKind[en.ID] == Casualties {
			return en.ID, true
		}
	}
	return 0, false
}

// afterComparison reports whether the figure of mention mi stands in a
// relative clause after a superlative and the "since" of its comparison,
// which names no event noun ("the deadliest hurricane since Zora
// devastated the capital ..., which left 900 dead"): the figure is of
// the event compared with, not of the superlative's noun. (After "since
// Hurricane Zora struck ..." the figure is Zora's.)
func (st *sentenceState) afterComparison(mi int) bool {
	r := st.mtok[mi]
	for k := 0; k < r[0]; k++ {
		if !st.is(k, lexicon.FnSuperlative) {
			continue
		}
		for j := k + 1; j < r[0] && j <= k+8; j++ {
			if !st.is(j, lexicon.FnSince) {
				continue
			}
			// A relative clause of the event compared with holds the
			// figure: not "The quake, the deadliest since 1999, killed
			// 2,000".
			for _, ev := range st.events {
				if ev.tok > j && ev.tok < r[0] {
					return false
				}
			}
			for i := j + 1; i < r[0]; i++ {
				if st.is(i, lexicon.FnRelative) {
					return !st.figureBetween(k, r[0])
				}
			}
			return false
		}
	}
	return false
}

// oldTimeIn reports whether the clause of mention mi gives a time with
// its year that ended more than a year before the report.
func (st *sentenceState) oldTimeIn(mi int) bool {
	if st.pub.Year == 0 {
		return false
	}
	lo, hi, _ := st.countClause(mi)
	for mj, m := range st.mentions {
		o := st.mtok[mj]
		if m.Kind != norm.TimeKind || o[0] < lo || o[1] > hi || !m.Time.Anchored || m.Time.Start.Year == 0 || m.Time.Since {
			continue
		}
		end := m.Time.End
		if end.IsZero() || end.Year == 0 {
			end = m.Time.Start
		}
		if end.Year < st.pub.Year-1 {
			return true
		}
	}
	return false
}

// speaksAt reports whether a speech verb starts at word k, after an
// auxiliary maybe ("said", "have said", "told").
func (st *sentenceState) speaksAt(k int) bool {
	if st.is(k, lexicon.FnPredicate) {
		k++
	}
	return st.startsAt(k, lexicon.CatSpeech)
}

// peopleNoun reads people the lexicon has no word for, told by the
// casualty verb their plural noun is the subject of ("three aid workers
// were killed", "5 firefighters have died", "left 132 medics dead") or
// the object of ("killed 101 medics"). "3 towns were hit, killing 12"
// counts no one.
//
// It returns their plural noun ("aid workers", "firefighters"),
// lower-cased, or "".
func (e *Extractor) peopleNoun(st *sentenceState, r [2]int) string {
	k, nouns := r[1]+1, 0
	for ; k < len(st.tok.Words) && nouns < 2; k++ {
		w := st.tok.Words[k]
		if w.Cap || w.Break != 0 || st.tok.Tokens[w.Tok].Kind != token.Word || st.hitAt(k) || st.fn[k] != 0 || st.mentionAt(k) >= 0 {
			break
		}
		nouns++
	}
	if nouns == 0 || !isPlural(st.tok.Norm(k-1)) {
		return ""
	}
	noun := strings.ToLower(st.tok.WordText(r[1]+1, k-1))
	for skip := 0; k < len(st.tok.Words) && skip < 3 && (st.is(k, lexicon.FnPredicate) || st.tok.Is(k, "been")); skip++ {
		k++
	}
	if k < len(st.tok.Words) && st.tok.Words[k].Break == 0 && st.casualtyWord(e, k) {
		return noun
	}
	if r[0] > 0 && st.tok.Words[r[0]].Break == 0 && st.casualtyWord(e, r[0]-1) {
		return noun // "killed 101 medics"
	}
	return ""
}

// casualtyWord reports whether word k is a casualty word ("dead",
// "bodies").
func (st *sentenceState) casualtyWord(e *Extractor, k int) bool {
	for _, h := range st.hits {
		if h.I <= k && k < h.I+h.N {
			if en, ok := h.Has(lexicon.CatMeasure); ok && e.measureKind[en.ID] == Casualties {
				return true
			}
		}
	}
	return false
}

// listSibling returns the count mention listed with mention mi, joined
// to it by "and" or a comma a few words away, or -1.
func (st *sentenceState) listSibling(mi int) int {
	r := st.mtok[mi]
	for mj, o := range st.mtok {
		if mj == mi || !st.isCount(mj) {
			continue
		}
		var gap0, gap1 int // the words between the two figures
		switch {
		case o[0] > r[1]:
			gap0, gap1 = r[1]+1, o[0]
		case o[1] < r[0]:
			gap0, gap1 = o[1]+1, r[0]
		default:
			continue
		}
		if gap1-gap0 <= listGap && st.joinedByAnd(gap0, gap1) && st.distance(gap0, gap0, gap1, gap1) < 1<<20 {
			return mj
		}
	}
	return -1
}

// bareFigure reports whether the figure r stands without a noun of its
// own: it ends the clause or a verb follows it ("22,168 were injured",
// "511 wounded"), not a noun ("1,000 buildings", "two countries").
func (st *sentenceState) bareFigure(r [2]int) bool {
	n := r[1] + 1
	if n >= len(st.tok.Words) || st.tok.Words[n].Break != 0 {
		return true
	}
	if st.is(n, lexicon.FnPredicate|lexicon.FnIn|lexicon.FnRelative) {
		// "22,168 were injured", "3,688 in Syria", "319,194 who fled".
		return true
	}
	if st.is(n, lexicon.FnAnd) && n+1 < len(st.tok.Words) && st.tok.Words[n+1].Break == 0 {
		if mj := st.mentionAt(n + 1); mj >= 0 && st.mtok[mj][0] == n+1 && st.isCount(mj) {
			// "reported 1,414 and 2,274 deaths": the pair's noun.
			return true
		}
	}
	for _, h := range st.hits {
		if _, ok := h.Has(lexicon.CatMeasure); ok && h.I == n {
			return true
		}
		if _, ok := h.Has(lexicon.CatSpeech); ok && h.I == n && st.startsAt(n+h.N, lexicon.CatMeasure) {
			// "5,000 reported missing"
			return true
		}
	}
	return false
}

// listGap is how many words may stand between two figures of a list
// ("2,783 Azerbaijani servicemen died in the fighting and more than 100").
const listGap = 6

// listMeasure returns the measure of a count listed with figure mi
// ("killed 4 soldiers and 3 civilians", "700,000 Azerbaijanis and 300,000
// Armenians became refugees"): the measure of the neighbouring count it
// is joined to by "and" or a comma.
func (e *Extractor) listMeasure(st *sentenceState, mi int) (int, bool) {
	mj := st.listSibling(mi)
	if mj < 0 || mj < mi && st.ownVerb(e, mi) {
		// "At least 73 people died, and 49,000 people lost their
		// roofs": a verb of its own that the lexicon does not know says
		// what the later figure counts, not the figure before it.
		return 0, false
	}
	o := st.mtok[mj]
	if mj > mi && o[0] > 0 && st.is(o[0]-1, lexicon.FnDeterminer) && !st.is(o[0]-1, lexicon.FnIndefinite) {
		// "The home looks after 120 people and the five deaths were
		// confirmed": a figure after "the" opens a subject of its
		// own, whose measure is not the figure's before it.
		return 0, false
	}
	_, gt := e.countedGroup(st, o)
	return e.nearestMeasure(st, mj, o, gt)
}

// andBetween reports whether "and" stands between the figure r and
// token tok.
func (st *sentenceState) andBetween(r [2]int, tok int) bool {
	return st.roleBetween(r, tok, lexicon.FnAnd)
}

// roleBetween reports whether a function word of the role stands between
// the figure r and token tok.
func (st *sentenceState) roleBetween(r [2]int, tok int, role lexicon.FuncRole) bool {
	lo, hi := tok+1, r[0]
	if tok > r[1] {
		lo, hi = r[1]+1, tok
	}
	for k := lo; k < hi; k++ {
		if st.is(k, role) {
			return true
		}
	}
	return false
}

// joinedByAnd reports whether "and" or a comma stands among tokens
// [a, b) or at b.
func (st *sentenceState) joinedByAnd(a, b int) bool {
	for k := a; k <= b && k < len(st.tok.Words); k++ {
		if st.is(k, lexicon.FnAnd) || k > a && st.tok.Words[k].Break == ',' {
			return true
		}
	}
	return false
}

// groupNear reports whether a word of group g is within n words of r.
func (st *sentenceState) groupNear(g int, r [2]int, n int) bool {
	for _, h := range st.hits {
		if en, ok := h.Has(lexicon.CatGroup); ok && en.ID == g && st.distance(r[0], r[1], h.I, h.I+h.N-1) <= n {
			return true
		}
	}
	return false
}

// nearestMeasure picks the trigger word that ties a figure to a measure:
// the nearest within measureWindow words that does not cross another
// figure, with casualty words preferred at equal distance. A group word
// that only names soldiers does not make a count of deployed troops.
func (e *Extractor) nearestMeasure(st *sentenceState, mi int, r [2]int, groupTok int) (int, bool) {
	m, _, ok := e.nearestTrigger(st, mi, r, groupTok)
	return m, ok
}

// nearestTrigger is nearestMeasure that also returns the trigger's word.
func (e *Extractor) nearestTrigger(st *sentenceState, mi int, r [2]int, groupTok int) (int, int, bool) {
	best, bestTok, bestScore := -1, -1, math.MaxInt
	for _, h := range st.hits {
		for _, en := range h.Entries {
			if en.Cat != lexicon.CatMeasure || e.measureKind[en.ID].Info().Value != CountValue {
				continue
			}
			d := st.distance(r[0], r[1], h.I, h.I+h.N-1)
			if d > measureWindow || st.crossesCount(mi, h.I) || st.insidePart(r, h.I) {
				continue
			}
			if h.N == 1 && st.is(h.I, lexicon.FnLives) && !st.is(r[0]-1, lexicon.FnTakeLives) {
				// "saved 200 lives": lives no verb took.
				continue
			}
			info := e.measureKind[en.ID].Info()
			rank := info.Rank
			if info.NounRank != 0 && (h.I == groupTok || h.I >= r[0] && h.I <= r[1]) {
				rank = info.NounRank // "2,000 troops" alone is a count of troops, weakly
			}
			if st.roleBetween(r, h.I, lexicon.FnAnd|lexicon.FnClause) {
				// "were killed and 22,168 were injured", "50 injured,
				// while more than one million children have fled": a
				// trigger across "and" or a clause word belongs to the
				// other clause.
				if h.I < r[0] && st.ownVerb(e, mi) {
					// "73 people died, and 49,000 people lost their
					// roofs": the later clause has a verb of its own.
					continue
				}
				rank += 6
			}
			score := 2*d + rank
			if h.I < r[0] && st.commasBetween(h.I, r[0]) > 0 || h.I > r[1] && st.commasBetween(r[1], h.I) > 0 {
				// "144 people dead, 730 people injured": a word past a
				// comma is less the figure's than one in its phrase.
				score++
			}
			if e.measureKind[en.ID] == Casualties && h.I >= r[0] && h.I <= r[1] {
				// "144 killed, 730 injured": the figure's own word of
				// harm over its neighbour's, as near as it stands (not
				// "hosts 900,000 refugees", whose noun says who).
				score--
			}
			if score < bestScore {
				best, bestTok, bestScore = en.ID, h.I, score
			}
		}
	}
	return best, bestTok, best >= 0
}

// groupHit returns the group of the group word that word k is part of,
// or -1.
func (st *sentenceState) groupHit(k int) int {
	for _, h := range st.hits {
		if en, ok := h.Has(lexicon.CatGroup); ok && h.I <= k && k < h.I+h.N {
			return en.ID
		}
	}
	return -1
}

// crossesCount reports whether another count stands between mention mi
// and token tok.
func (st *sentenceState) crossesCount(mi, tok int) bool {
	r := st.mtok[mi]
	for j, o := range st.mtok {
		if j == mi || st.mentions[j].Kind != norm.QuantityKind || slices.Contains(st.magnitudes, j) || st.partOfList(j) || st.delta(j) || st.countsEvents(o) || st.countingProgress(j) {
			// "the death toll from two quakes had climbed to 1,053":
			// how many events is no count between, nor is how far a
			// count of ballots has gone ("97% of voters, after 28% of
			// ballots were processed, supported").
			continue
		}
		if o[0] == r[1]+2 && st.is(r[1]+1, lexicon.FnAnd) && st.mentions[mi].Kind == norm.QuantityKind && st.mentions[mi].Quantity.Unit == "" &&
			st.tok.Words[r[1]+1].Break == 0 && st.tok.Words[o[0]].Break == 0 {
			// "reported 1,414 and 2,274 deaths": the noun of the pair.
			continue
		}
		if tok > r[1] && o[0] > r[1] && o[0] < tok || tok < r[0] && o[1] < r[0] && o[1] > tok {
			return true
		}
	}
	return false
}

// side is the party a counted group belongs to: a demonym or name just
// before the figure or the group word ("Russian peacekeeping force",
// "Armenian soldiers"), or else, for troops (whose owner is the subject
// that has them), the nearest country before the figure
// in its clause ("Russia has about 2,000 troops"); for people other than
// troops and refugees, the country they are counted in ("died in Syria"). The dead of "the
// earthquake that struck Turkey and Syria killed 5,000" belong to no side.
func (st *sentenceState) side(e *Extractor, r [2]int, groupTok int, kind Kind, group *lexicon.Group) string {
	clauseSubject := kind.Info().Owned
	lex := e.lex
	near := -1
	for _, en := range st.entities {
		end := en.tok + en.n - 1
		if !lex.Entities[en.entity].Type.Party() {
			continue
		}
		if groupTok >= 0 && end < groupTok && end >= r[0] {
			return lex.Entities[en.entity].Name // "32 Armenian prisoners"
		}
		if clauseSubject && end < r[0] && st.distance(end, end, r[0], r[1]) <= 4 {
			near = en.entity
		}
	}
	if near >= 0 {
		return lex.Entities[near].Name
	}
	if s := st.sideOfUnit(e, groupTok); s != "" {
		return s
	}
	// The country the people are counted in ("810 people died in
	// Syria") is the count's scope, not its side.
	return ""
}

// sideOfUnit returns the side of the armed group or state named after
// the group word at word groupTok and "of" ("2,439 fighters of the Azov
// regiment"): a unit of a state's forces is that state's; "" when none.
func (st *sentenceState) sideOfUnit(e *Extractor, groupTok int) string {
	if groupTok < 0 {
		return ""
	}
	end := groupTok + 1
	for _, h := range st.hits {
		if _, ok := h.Has(lexicon.CatGroup); ok && h.I == groupTok {
			end = h.I + h.N
		}
	}
	if !st.is(end, lexicon.FnOf) {
		return ""
	}
	j := end + 1
	for j < len(st.tok.Words) && st.is(j, lexicon.FnDeterminer) {
		j++
	}
	for _, en := range st.entities {
		if en.tok != j || !e.lex.Entities[en.entity].Type.Party() {
			continue
		}
		ent := &e.lex.Entities[en.entity]
		if ent.Type == lexicon.TypeGroup && ent.PartOf != "" {
			if i := e.entityIndex(ent.PartOf); i >= 0 && e.lex.Entities[i].Type == lexicon.TypeCountry {
				return e.lex.Entities[i].Name
			}
		}
		return ent.Name
	}
	return ""
}

// joinedCompound reports whether word k is a hyphenated compound of two
// words or more ("earthquake-related", "war-ravaged").
// compoundEnd returns the last word of the hyphenated compound word k
// starts ("earthquake-related"), or k.
func (st *sentenceState) compoundEnd(k int) int {
	for k+1 < len(st.tok.Words) && st.tok.Words[k+1].Joined {
		k++
	}
	return k
}

func (st *sentenceState) joinedCompound(k int) bool {
	return k+1 < len(st.tok.Words) && st.tok.Words[k+1].Joined || st.tok.Words[k].Joined
}

// tollOf returns the measure of the toll, and the toll's first word,
// that a level verb right before
// the figure of mention mi ties it to ("The death toll from the
// earthquakes ... has passed 21,500", "the number of dead exceeded
// 41,000"): the nearest toll noun before the verb in the sentence, with
// no other count between. ok is false when there is none.
func (e *Extractor) tollOf(st *sentenceState, mi int) (measure, tollTok int, ok bool) {
	r := st.mtok[mi]
	level := -1
	for _, h := range st.hits {
		// The level ends right before the figure, or its last word is
		// the figure's qualifier ("climbed above 5,000").
		if _, ok := h.Has(lexicon.CatLevel); ok && (h.I+h.N == r[0] || h.N > 1 && h.I+h.N-1 == r[0]) {
			if level < 0 || h.I < level {
				level = h.I
			}
		}
	}
	if level < 0 {
		return 0, -1, false
	}
	best, bestTok := -1, -1
	for _, h := range st.hits {
		en, ok := h.Has(lexicon.CatToll)
		if !ok || h.I+h.N > level || h.I < bestTok {
			continue
		}
		if st.distance(h.I, h.I+h.N-1, level, level) >= 1<<20 || st.crossesCount(mi, h.I) {
			continue
		}
		if m, ok := e.measureByName[e.lex.Tolls[en.ID].Measure]; ok {
			best, bestTok = m, h.I
		}
	}
	if best < 0 {
		best, bestTok = e.numberOf(st, mi, level)
	}
	return best, bestTok, best >= 0
}

// numberOf reads a toll the lexicon has no phrase for, before the level
// at word level: "the number of Rohingya who have fled Myanmar to
// Bangladesh since Aug. 25 has risen to 618,000" is the toll of the
// displaced. It returns the measure and the word of the number, or -1.
func (e *Extractor) numberOf(st *sentenceState, mi, level int) (int, int) {
	for k := level - 2; k >= 0 && k >= level-numberOfReach; k-- {
		if !st.is(k, lexicon.FnNumberOf) || !st.is(k+1, lexicon.FnOf) {
			continue
		}
		for _, h := range st.hits {
			en, ok := h.Has(lexicon.CatMeasure)
			if !ok || h.I <= k+1 || h.I+h.N > level || !e.measureKind[en.ID].Info().Running || st.crossesCount(mi, h.I) {
				continue
			}
			if st.distance(k, k, h.I, h.I) < 1<<20 {
				return en.ID, k
			}
		}
		return -1, -1
	}
	return -1, -1
}

// numberOfReach is how far before its level "the number of" may stand.
const numberOfReach = 14

// increment reports whether figure r gives what a count grew by ("300
// more bodies", "another 40", "a further 12") rather than the count. A
// figure compared with another ("1,427 more people died than a year
// before") is an excess, a count of its own.
func (st *sentenceState) increment(r [2]int) bool {
	inc := r[0] > 0 && st.is(r[0]-1, lexicon.FnIncrement)
	for k := r[0] + 1; k <= r[1] && !inc; k++ {
		inc = st.is(k, lexicon.FnIncrement)
	}
	if !inc {
		return false
	}
	for k := r[1] + 1; k < len(st.tok.Words) && k <= r[1]+incrementReach; k++ {
		if b := st.tok.Words[k].Break; b != 0 && b != ',' {
			break
		}
		if st.is(k, lexicon.FnComparison) {
			return false
		}
	}
	return true
}

// summand reports whether count mention mi is one of two parts of a sum
// the sentence does not give: "2,000 bodies have been retrieved, and
// another 900 are in hospital morgues". Parts told apart by their places
// ("300 died in Turkey and another 100 in Syria") are counts of their
// places.
func (e *Extractor) summand(st *sentenceState, mi int, sty *story) bool {
	count := func(j int) bool { return st.isCount(j) && !slices.Contains(st.magnitudes, j) }
	placeless := func(j int) bool {
		places, part := st.statedScope(e, j, -1, sty, false)
		return len(places) == 0 && part == ""
	}
	measure := func(j int) int {
		_, gt := e.countedGroup(st, st.mtok[j])
		m, _, ok := e.nearestTrigger(st, j, st.mtok[j], gt)
		if !ok {
			return -1
		}
		return m
	}
	pair := func(a, b int) bool {
		// b adds to a: "and another 900", "and 900 more"; not "killed
		// and hundreds more injured", another measure.
		if !st.increment(st.mtok[b]) || !st.andBetween(st.mtok[b], st.mtok[a][1]) ||
			st.mtok[b][0]-st.mtok[a][1] > 2*listGap || !placeless(a) || !placeless(b) {
			return false
		}
		mb := measure(b)
		return mb < 0 || mb == measure(a)
	}
	for j := mi + 1; j < len(st.mentions); j++ {
		if count(j) {
			if pair(mi, j) {
				return true
			}
			break
		}
	}
	for j := mi - 1; j >= 0; j-- {
		if count(j) {
			return pair(j, mi)
		}
	}
	return false
}

// totalAfter reports whether a count after mention mi gives a total: a
// toll's level or a total ("raising the death toll to 9,732").
func (e *Extractor) totalAfter(st *sentenceState, mi int) bool {
	for mj := mi + 1; mj < len(st.mentions); mj++ {
		if !st.isCount(mj) {
			continue
		}
		if _, _, ok := e.tollOf(st, mj); ok || st.totalOf(mj) >= 0 {
			return true
		}
	}
	return false
}

// countsEvents reports whether figure r counts the event nouns in the
// plural right after it, across a measure of theirs ("two quakes", "two
// 6.3-magnitude quakes", "three severe floods"); not an event noun that
// qualifies another ("5,000 earthquake deaths", "1,250 storm-related
// deaths").
func (st *sentenceState) countsEvents(r [2]int) bool {
	k := r[1] + 1
	if mj := st.mentionAt(k); mj >= 0 && st.mtok[mj][0] == k {
		k = st.mtok[mj][1] + 1
	}
	for k < len(st.tok.Words) && st.tok.Words[k].Break == 0 && !st.eventNounAt(k) && st.is(k, lexicon.FnSeverity) {
		k++ // "three severe floods"
	}
	if k >= len(st.tok.Words) || st.tok.Words[k].Break != 0 {
		return false
	}
	for _, ev := range st.events {
		if ev.tok == k {
			end := ev.tok + ev.n
			return isPlural(st.tok.Norm(end-1)) && (end >= len(st.tok.Words) || !st.tok.Words[end].Joined)
		}
	}
	return false
}

// addedTo reports whether count mention mi is what a total given after it
// in the sentence grew by: "one person died in Khyber Pakhtunkhwa,
// bringing the total to 1,391". The counts before a total that add up to
// it are its parts ("38,044 died in Turkey and 3,688 in Syria, bringing
// the total to 41,732"), counts of their own.
func (st *sentenceState) addedTo(mi int) bool {
	for mj := mi + 1; mj < len(st.mentions); mj++ {
		if !st.isCount(mj) || st.totalOf(mj) < 0 {
			continue
		}
		total := st.mentions[mj].Quantity.Stated
		sum := 0.0
		for k := 0; k < mj; k++ {
			if st.isCount(k) {
				sum += st.mentions[k].Quantity.Stated
			}
		}
		return st.mentions[mi].Quantity.Stated < total && math.Abs(sum-total) > total*0.01
	}
	return false
}

// incrementReach is how far after an increment a comparison may stand
// ("1,052 more people than usual died").
const incrementReach = 12

// totalOf returns the count mention before mention mi whose total a
// level ending right before mi gives ("bringing the total to 9,732"), or
// -1.
func (st *sentenceState) totalOf(mi int) int {
	r := st.mtok[mi]
	total := false
	for _, h := range st.hits {
		if _, ok := h.Has(lexicon.CatLevel); ok && h.I+h.N == r[0] {
			for k := h.I; k < h.I+h.N; k++ {
				total = total || st.is(k, lexicon.FnTotal)
			}
		}
	}
	if !total {
		return -1
	}
	for mj := mi - 1; mj >= 0; mj-- {
		if st.isCount(mj) {
			return mj
		}
	}
	return -1
}

// hitAt reports whether a lexicon phrase starts at word k.
func (st *sentenceState) hitAt(k int) bool {
	for _, h := range st.hits {
		if h.I == k {
			return true
		}
	}
	return false
}

// includedIn reports whether the count of mention mi is listed as a part
// of a count before it ("89, including 77 insurgents and 12 soldiers"),
// and returns that head count and its measure. Only a head tied to a toll
// or a casualty word makes its parts counts of the same measure.
func (e *Extractor) includedIn(st *sentenceState, mi int, sty *story, d *load.Document) (int, int, bool) {
	r := st.mtok[mi]
	for head := mi - 1; head >= 0; head-- {
		if !st.isCount(head) || slices.Contains(st.magnitudes, head) {
			continue
		}
		hr := st.mtok[head]
		inc := false
		for k := hr[1] + 1; k < r[0]; k++ {
			if st.is(k, lexicon.FnIncluding) {
				inc = true
				break
			}
		}
		if !inc && r[0]-hr[1] <= listGap && st.joinedByAnd(hr[1]+1, r[0]) && st.partOfList(head) {
			// "including 77 insurgents and 12 members of the security
			// forces": a later part of the same list.
			r = hr
			continue
		}
		if !inc || r[0]-hr[1] > 2*listGap || st.distance(hr[0], hr[1], r[0], r[1]) >= 1<<20 {
			return -1, 0, false
		}
		if m, _, ok := e.tollOf(st, head); ok {
			return head, m, true
		}
		if m, ok := e.nearestMeasure(st, head, hr, -1); ok && e.measureKind[m] == Casualties {
			return head, m, true
		}
		return -1, 0, false
	}
	return -1, 0, false
}

// partOfDead reports whether figure r counts some of the dead or the
// wounded and says no more of them: "investigators identified 12 of the
// dead", "two of the injured", "among the deceased, 2,854 have been
// buried". A part that the sentence names ("40 of
// the dead were soldiers") is read by predicateGroup.
func (e *Extractor) partOfDead(st *sentenceState, r [2]int) bool {
	if st.ofCountBefore(r) {
		// "Of the 1,100 injured, less than 200 are in hospital", "out
		// of 288 deaths, over 100 bodies": a part of that count.
		return true
	}
	// "Among the deceased, 2,854 have been buried": a part the clause
	// before the figure names.
	for j := r[0] - 1; j >= 0 && j >= r[0]-4; j-- {
		if st.casualtyWord(e, j) {
			for i := j - 1; i >= 0 && i >= j-2; i-- {
				if st.is(i, lexicon.FnIncluding) {
					return true
				}
				if !st.is(i, lexicon.FnDeterminer) {
					break
				}
			}
			break
		}
	}
	k := r[1] + 1
	if !st.is(k, lexicon.FnOf) || st.tok.Words[k].Break != 0 {
		return false
	}
	k++
	for k < len(st.tok.Words) && st.is(k, lexicon.FnDeterminer) && k <= r[1]+3 {
		k++
	}
	for _, h := range st.hits {
		if h.I != k {
			continue
		}
		if en, ok := h.Has(lexicon.CatMeasure); ok && e.measureKind[en.ID] == Casualties {
			return true
		}
	}
	return false
}

// ownTrigger reports whether a measure word follows figure mi in its own
// words, before any other figure: "1,042,114 displaced internally",
// "319,194 who have fled abroad" say what part they count.
func (e *Extractor) ownTrigger(st *sentenceState, mi int) bool {
	r := st.mtok[mi]
	for _, h := range st.hits {
		if en, ok := h.Has(lexicon.CatMeasure); ok && e.measureKind[en.ID].Info().Value == CountValue &&
			h.I > r[1] && st.distance(r[0], r[1], h.I, h.I) <= measureWindow && !st.crossesCount(mi, h.I) && !st.figureBetween(r[1]+1, h.I) {
			return true
		}
	}
	return false
}

// listedPartOf returns the count that mention mi is listed as a part of
// ("1,102 arrests, including 100 teenagers and five indigenous people"),
// whatever it counts, or -1.
func (st *sentenceState) listedPartOf(mi int) int {
	r := st.mtok[mi]
	for head := mi - 1; head >= 0; head-- {
		if !st.isCount(head) || slices.Contains(st.magnitudes, head) {
			continue
		}
		hr := st.mtok[head]
		for k := hr[1] + 1; k < r[0]; k++ {
			if st.is(k, lexicon.FnIncluding) {
				if r[0]-hr[1] > 2*listGap || st.distance(hr[0], hr[1], r[0], r[1]) >= 1<<20 {
					return -1
				}
				return head
			}
		}
		if r[0]-hr[1] <= listGap && st.joinedByAnd(hr[1]+1, r[0]) && st.partOfList(head) {
			r = hr // a later part of the same list
			continue
		}
		return -1
	}
	return -1
}

// maxCount is the largest count of people there can be.
const maxCount = 1e10

// figureOf is the largest finite figure a quantity gives.
func figureOf(q *norm.Quantity) float64 {
	v := q.Stated
	if !math.IsInf(q.High, 0) && q.High > v {
		v = q.High
	}
	if !math.IsInf(q.Low, 0) && q.Low > v {
		v = q.Low
	}
	return v
}

// partOfList reports whether count mention j is listed as a part of a
// count before it ("5,000 people, including about 210 children, have been
// killed"): it does not stand between the head count and its verb.
func (st *sentenceState) partOfList(j int) bool {
	o := st.mtok[j]
	for k := o[0] - 1; k >= 0 && k >= o[0]-2; k-- {
		if st.is(k, lexicon.FnIncluding) {
			return true
		}
	}
	return false
}

// sampleSize reports whether the figure r is the size of a sample: a
// sample word right before it, or before "of" and the figure ("a poll of
// 1,000 voters", "six surveys of more than 11,000 people", "surveyed
// 2,000 households").
func (st *sentenceState) sampleSize(r [2]int) bool {
	k := r[0] - 1
	if k >= 0 && st.is(k, lexicon.FnOf) {
		k--
	}
	return k >= 0 && st.is(k, lexicon.FnSample)
}

// insidePart reports whether word tok, after the figure r, stands in the
// phrase of a part of it listed after "including": right after the
// part's figure, with no break between ("264 soldiers, including 53
// wounded, had left": "wounded" is the part's, not the 264's).
func (st *sentenceState) insidePart(r [2]int, tok int) bool {
	inc := -1
	for k := r[1] + 1; k < tok; k++ {
		if st.is(k, lexicon.FnIncluding) {
			inc = k
			break
		}
	}
	if inc < 0 {
		return false
	}
	for j, o := range st.mtok {
		if o[0] <= inc || o[0] >= tok || st.mentions[j].Kind != norm.QuantityKind {
			continue
		}
		joined := true
		for k := o[0] + 1; k <= tok; k++ {
			if st.tok.Words[k].Break != 0 {
				joined = false
			}
		}
		if joined {
			return true
		}
	}
	return false
}

// countBefore reports whether a count mention stands before mention mi in
// its sentence.
func (st *sentenceState) countBefore(mi int) bool {
	for j, o := range st.mtok {
		if j != mi && o[1] < st.mtok[mi][0] && st.isCount(j) {
			return true
		}
	}
	return false
}

// placeAfter reports whether the clause of mention mi names a place
// after its figure, or opens with one ("a further 72 were killed in
// India", "In Syria, 12 more died").
func (st *sentenceState) placeAfter(mi int) bool {
	lo, hi, _ := st.countClause(mi)
	r := st.mtok[mi]
	for _, pl := range st.places {
		if pl.demonym {
			continue
		}
		if pl.tok > r[1] && pl.tok <= hi || pl.tok <= lo+1 && pl.tok < r[0] && st.commasBetween(pl.tok, r[0]) > 0 {
			return true
		}
	}
	return false
}

// sameTollBefore reports whether a figure before mention mi is a toll
// of measure the verb of a level gives ("the toll has risen to 1,508 as
// 22 more people have died"): the figure after it is what that toll grew
// by, not a count of others.
func (e *Extractor) sameTollBefore(st *sentenceState, mi int, measure string) bool {
	for j, o := range st.mtok {
		if j == mi || o[1] >= st.mtok[mi][0] || !st.isCount(j) {
			continue
		}
		if m, _, ok := e.tollOf(st, j); ok && e.lex.Measures[m].Name == measure {
			return true
		}
	}
	return false
}

// delta reports whether mention mi is what a count grew by: a figure
// after "by" and a verb of rising ("grew by eight", "rose by 300 to
// 9,732").
func (st *sentenceState) delta(mi int) bool {
	r := st.mtok[mi]
	return r[0] >= 2 && st.is(r[0]-1, lexicon.FnBy) && st.is(r[0]-2, lexicon.FnRise)
}

// ownVerb reports whether the figure of mention mi (with its counted
// noun) is followed by a word that no rule reads: a lower-case word that
// is no function word and no lexicon word, the verb of a clause of its
// own ("49,000 people lost their roofs").
func (st *sentenceState) ownVerb(e *Extractor, mi int) bool {
	k := st.mtok[mi][1] + 1
	if _, gt := e.countedGroup(st, st.mtok[mi]); gt > st.mtok[mi][1] {
		k = gt + 1
	}
	for k < len(st.tok.Words) && st.tok.Words[k].Break == 0 && st.is(k, lexicon.FnPredicate) {
		k++ // "more than 100 others were hospitalized"
	}
	if k >= len(st.tok.Words) || st.tok.Words[k].Break != 0 {
		return false
	}
	w := st.tok.Words[k]
	return !w.Cap && st.tok.Tokens[w.Tok].Kind == token.Word && st.fn[k] == 0 && !st.hitAt(k) && st.mentionAt(k) < 0
}

// speakerCountry returns the country that opens the clause of count
// mention mi as the subject of a speech verb ("Malawi has reported 225
// dead", "Mozambique said"), or "".
func (e *Extractor) speakerCountry(st *sentenceState, mi int) string {
	lo, _, _ := st.countClause(mi)
	for _, pl := range st.places {
		if pl.demonym || pl.entity < 0 || pl.tok < lo || pl.tok >= st.mtok[mi][0] || e.lex.Entities[pl.entity].Type != lexicon.TypeCountry {
			continue
		}
		for k := lo; k < pl.tok; k++ {
			if !st.is(k, lexicon.FnDeterminer) {
				return ""
			}
		}
		for _, h := range st.hits {
			if _, ok := h.Has(lexicon.CatSpeech); ok && h.I > pl.tok+pl.n-1 && h.I <= pl.tok+pl.n+1 && h.I < st.mtok[mi][0] {
				return e.lex.Entities[pl.entity].Name
			}
		}
		return ""
	}
	return ""
}

// severity reports whether a severity word stands right after the figure
// r, or right before it: "at least 2,059 injured, 1,404 critically",
// "of whom 1,220 seriously": the part of the injured told by how badly,
// not a count of all the injured.
func (st *sentenceState) severity(r [2]int) bool {
	return st.is(r[1]+1, lexicon.FnSeverity) && st.tok.Words[r[1]+1].Break == 0 || st.is(r[0]-1, lexicon.FnSeverity) && st.tok.Words[r[0]].Break == 0
}

// ofCountBefore reports whether "of" and a count (with its noun) stand
// right before figure r, a comma between: "of the 1,100 injured, less
// than 200".
func (st *sentenceState) ofCountBefore(r [2]int) bool {
	if r[0] == 0 || st.tok.Words[r[0]].Break != ',' {
		return false
	}
	for mj, o := range st.mtok {
		if !st.isCount(mj) || o[1] >= r[0] || o[1] < r[0]-3 {
			continue
		}
		k := o[0] - 1
		for k >= 0 && st.is(k, lexicon.FnDeterminer) {
			k--
		}
		return k >= 0 && st.is(k, lexicon.FnOf)
	}
	return false
}

// partialDead reports whether a partial verb ("identified", "buried",
// "delivered") follows the figure r (and its counted noun at groupTok),
// after auxiliaries at most: "62 bodies have been identified so far",
// "over 100 bodies are yet to be identified".
func (st *sentenceState) partialDead(r [2]int, groupTok int) bool {
	k := max(r[1], groupTok) + 1
	for n := 0; k < len(st.tok.Words) && n < 6 && st.tok.Words[k].Break == 0; k, n = k+1, n+1 {
		if st.is(k, lexicon.FnPartial) {
			return true
		}
		if !st.is(k, lexicon.FnPredicate|lexicon.FnBody) && !st.tok.Is(k, "been") && !st.tok.Is(k, "already") && !st.tok.Is(k, "yet") && !st.tok.Is(k, "to") && !st.tok.Is(k, "be") {
			return false
		}
	}
	return false
}

// tollCovers reports whether a toll phrase covers word k.
func (st *sentenceState) tollCovers(k int) bool {
	for _, h := range st.hits {
		if _, ok := h.Has(lexicon.CatToll); ok && h.I <= k && k < h.I+h.N {
			return true
		}
	}
	return false
}

// staysIn reports whether a stay verb and "in" follow figure r in its
// clause, within a few words ("930,000 displaced persons are now
// sheltering in 156 installations").
func (st *sentenceState) staysIn(r [2]int) bool {
	for k, n := r[1]+1, 0; k+1 < len(st.tok.Words) && n < stayReach; k, n = k+1, n+1 {
		if b := st.tok.Words[k].Break; b != 0 && b != '(' && b != ')' && st.mentionAt(k) < 0 {
			return false
		}
		if st.is(k, lexicon.FnStay) && st.is(k+1, lexicon.FnIn|lexicon.FnOn) {
			return true
		}
		if st.is(k, lexicon.FnAnd) {
			// "88,312 people have been displaced and are living in
			// 172 camps": the displaced, where they all live.
			return false
		}
	}
	return false
}

// stayReach is how many words after a figure its stay verb may stand.
const stayReach = 8

// isCount reports whether mention j is a count: a quantity of things or
// people, not a share, a sum of money or a measure.
func (st *sentenceState) isCount(j int) bool {
	m := &st.mentions[j]
	return m.Kind == norm.QuantityKind && m.Quantity.Class == norm.Count
}
