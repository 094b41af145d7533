package claims

import (
	"math"
	"strings"

	"github.com/claimcheck/claimcheck/claims/lexicon"
	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/claimcheck/claimcheck/claims/norm"
	"github.com/claimcheck/claimcheck/claims/token"
)

// Shares: claims of what share of a vote went one way ("99.2% voted in
// favour", "89 percent of voters backed independence") and of how many
// voted ("turnout was 76.9%").

// shareClaim makes a claim of a percentage next to a measure word of a
// share kind, for the vote the sentence or the story names.
func (e *Extractor) shareClaim(st *sentenceState, mi int, sty *story, d *load.Document) (Claim, bool) {
	m := &st.mentions[mi]
	q := m.Quantity
	r := st.mtok[mi]
	best := e.shareMeasure(st, mi)
	if m, _, ok := e.tollOf(st, mi); best < 0 && ok && e.measureKind[m].Info().Value == ShareValue {
		// "Turnout in Slovenia's referendum on electoral reform on
		// June 8 was 41.5%": the toll noun far before its figure.
		best = m
	}
	for mj := mi; best < 0; {
		// "99.23% voted in favour, 98.42% in the LPR, 87.05% in the
		// Kherson region": the shares of a list share its measure.
		if mj = st.prevShare(mj); mj < 0 {
			break
		}
		best = e.shareMeasure(st, mj)
	}
	if best < 0 || st.countingProgress(mi) {
		// "after 22.48% of the ballots were processed": how far the
		// count has gone, not how the vote went.
		return Claim{}, false
	}
	if st.survey {
		// "the latest Ipsos poll showed Varga with 52%":
		// what a survey says voters will do, not how they voted.
		return Claim{}, false
	}
	if st.negatedShare(mi) {
		// "Neither Brenner nor her rival won more than 50%",
		// "failed to win more than 50%": what no one got.
		return Claim{}, false
	}
	kind := e.measureKind[best]
	c := Claim{Kind: kind, Measure: e.lex.Measures[best].Name, Value: norm.Value{Quantity: &q}}
	c.Subject.Group = "voters"
	if kind == Votes {
		// "Nicolás Maduro obtained 5,150,092 votes, 51.2%", "44% for
		// opposition candidate Edmundo González": a candidate's share.
		c.Subject.Side = st.candidateOf(e, mi)
	}
	if e.lex.Measures[best].BySubject && c.Subject.Side == "" {
		// "The ruling party won 34% of the vote": the party's share.
		// "The vote won 97.2% support" is the vote's own share.
		who := e.shareSubject(st, r)
		switch {
		case who != "":
			c.Subject.Side = who
		case e.subjectIsVote(st, r) && e.plainShare >= 0:
			c.Measure = e.lex.Measures[e.plainShare].Name
		default:
			return Claim{}, false
		}
	}
	if c.Subject.Side != "" && e.lex.Measures[best].BySubject && e.plainShare >= 0 {
		// A candidate's share is one fact whatever the verb: "won",
		// "received" and "was supported by" tell the same share.
		c.Measure = e.lex.Measures[e.plainShare].Name
	}
	c.Subject.Place = st.place(e, r)
	c.Event = e.voteEvent(st, r)
	if c.Event.Type == "" && sty != nil && sty.election != nil && sty.electionAt >= sty.sentences-2 {
		// "Referendums were held on September 23-27, 2022. According
		// to the results, 99.23% voted in favour": the vote just told.
		c.Event = e.makeEvent(sty.election)
	} else if sty != nil && sty.vote0 != nil && (c.Event.Type == "" || c.Event.Time == nil && !c.Event.Plural && (c.Event.Name == "" || c.Event.Name == sty.vote0.name)) {
		// The vote the headline and lead report on, named or not ("a
		// turnout of 45.86% over two days of the referendum").
		c.Event = e.makeEvent(sty.vote0)
		c.Event.Plural = false
		c.Event.Key = EventKey(c.Event)
		c.Event.From = "story"
	}
	sty.of(e, &c, st.pub)
	if t := c.Event.Type; t != "" && t != "election" && t != StoryEvent {
		// "Russian forces took 20% of the territory in the first weeks
		// of the war": a share of no vote.
		return Claim{}, false
	}
	c.Scope = e.scopeOf(st, mi, kind, &c.Event, sty, -1)
	if c.Scope == nil || c.Scope.From != "text" {
		// "The DPR stated that 99.23% voted in favour of joining
		// Russia": the region that reports its vote is where it was
		// held, not the country it votes to join; "The voter turnout
		// reached 97.51%" in the sentence after is that region's too.
		if pl := e.voteRegion(st, r); pl != "" {
			c.Scope = &Scope{Places: []string{pl}, From: "text"}
		} else if sty != nil && sty.vote != nil && sty.voteAt == sty.sentences-1 {
			v := *sty.vote
			if v.Part == excludedPart {
				// What one figure left out is that figure's alone.
				v.Part = ""
			}
			if len(v.Places) > 0 || v.Part != "" {
				c.Scope = &v
			}
		}
	}
	if sty != nil && c.Scope != nil && c.Scope.From == "text" {
		sty.vote, sty.voteAt = c.Scope, sty.sentences
	}
	if kind.Info().Running {
		c.Counted = e.countedOf(st, mi, d, false)
	}
	if st.hasCat(lexicon.CatPreliminary) {
		// "early projections showed Brenner ahead with 51.2%": an
		// early count of the ballots, history of the result.
		if c.Counted == nil {
			c.Counted = &CountTime{From: "text"}
		}
		c.Counted.Earlier = true
	}
	for mj := range st.mentions {
		if mj != mi && st.mentions[mj].Kind == norm.QuantityKind && st.countingProgress(mj) && st.mentions[mj].Quantity.Low < 100 {
			// A share told with how far the count had gone is a
			// preliminary figure: history of the final one.
			if c.Counted == nil {
				c.Counted = &CountTime{From: "text"}
			}
			c.Counted.Earlier = true
		}
	}
	if t := c.Event.Time; t != nil && t.Anchored && t.Start.Year != 0 && st.pub.Year != 0 && laterDay(t.Start, st.pub) {
		// "Neither received more than 50% of the votes, so a runoff
		// will be held on Oct. 30", in a report of Oct. 2: no vote
		// has results before it is held.
		return Claim{}, false
	}
	return c, true
}

// hasCat reports whether a lexicon phrase of category c stands in the
// sentence.
func (st *sentenceState) hasCat(c lexicon.Cat) bool {
	for _, h := range st.hits {
		if _, ok := h.Has(c); ok {
			return true
		}
	}
	return false
}

// negatedShare reports whether a negation stands in the clause of
// percentage mi, a few words before it ("did not win 50%", "neither ...
// nor his rival won more than 50%").
func (st *sentenceState) negatedShare(mi int) bool {
	r := st.mtok[mi]
	for k := r[0] - 1; k >= 0 && k >= r[0]-negationReach; k-- {
		if st.is(k, lexicon.FnNegation) {
			return true
		}
		if b := st.tok.Words[k].Break; b != 0 && b != ',' {
			break
		}
	}
	return false
}

// negationReach is how many words before a share its negation may stand.
const negationReach = 6

// shareMeasure returns the share measure whose trigger word is nearest
// percentage mi, or -1.
func (e *Extractor) shareMeasure(st *sentenceState, mi int) int {
	r := st.mtok[mi]
	best, bestD := -1, math.MaxInt
	for _, h := range st.hits {
		en, ok := h.Has(lexicon.CatMeasure)
		if !ok || e.measureKind[en.ID].Info().Value != ShareValue {
			continue
		}
		dist := st.distance(r[0], r[1], h.I, h.I+h.N-1)
		if a := st.asideBefore(r[1], h.I); a > 0 {
			// "97.05% of voters, following the results of processing
			// 28% of ballots, supported the accession": the verb after
			// the aside.
			dist = a - r[1]
		}
		if dist > measureWindow || st.crossesCount(mi, h.I) {
			continue
		}
		if dist < bestD {
			best, bestD = en.ID, dist
		}
	}
	return best
}

// asideBefore returns the word that opens a clause set off by commas
// between a figure ending at word end and the word v right after the
// aside's closing comma ("97% of voters, following the results of
// processing 28% of ballots, supported"), or 0: the aside opens within a
// few words of the figure and is at most asideLength words long.
func (st *sentenceState) asideBefore(end, v int) int {
	w := st.tok.Words
	if v <= end || v >= len(w) || w[v].Break != ',' {
		return 0
	}
	open := 0
	for k := end + 1; k < v; k++ {
		if b := w[k].Break; b == ',' {
			if open > 0 {
				return 0 // two asides, or a list
			}
			open = k
		} else if b != 0 {
			return 0
		}
	}
	if open == 0 || open-end > 3 || v-open > asideLength {
		return 0
	}
	return open
}

// asideLength is the longest aside asideBefore reads past.
const asideLength = 12

// prevShare returns the percentage listed right before percentage mi,
// joined to it by a comma or "and" a few words before, or -1.
func (st *sentenceState) prevShare(mi int) int {
	r := st.mtok[mi]
	for mj := mi - 1; mj >= 0; mj-- {
		m := &st.mentions[mj]
		if m.Kind != norm.QuantityKind || m.Quantity.Class != norm.Percent {
			continue
		}
		o := st.mtok[mj]
		if r[0]-o[1]-1 > 2*listGap || !st.joinedByAnd(o[1]+1, r[0]) && !st.toPossessive(o[1]+1, r[0]) {
			return -1
		}
		return mj
	}
	return -1
}

// possessiveBeforeFigure reports whether a possessive word among words
// a..b stands right before a figure ("Varga's 49.1%").
func (st *sentenceState) possessiveBeforeFigure(a, b int) bool {
	for j := a; j <= b && j+1 < len(st.tok.Words); j++ {
		if st.tok.Words[j].Possessive && st.mentionAt(j+1) >= 0 {
			return true
		}
	}
	return false
}

// toPossessive reports whether words a..b-1 are "to" and a possessive
// name: "Brenner secured 50.9% to Varga's 49.1%".
func (st *sentenceState) toPossessive(a, b int) bool {
	if b-a < 2 || b-a > 4 || !st.is(a, lexicon.FnFor) || !st.tok.Words[b-1].Possessive {
		return false
	}
	for k := a + 1; k < b; k++ {
		if !st.tok.Words[k].Cap || k > a+1 && st.tok.Words[k].Break != 0 {
			return false
		}
	}
	return true
}

// countingProgress reports whether percentage mi tells how far a count
// of ballots has gone: a counting word within a few words of it
// ("22.48% of the ballots were processed", "processing 29% of ballots",
// "with 100% of the ballots counted").
func (st *sentenceState) countingProgress(mi int) bool {
	if st.mentions[mi].Quantity.Class != norm.Percent {
		return false
	}
	r := st.mtok[mi]
	for k := r[1] + 1; k <= r[1]+5 && k < len(st.tok.Words); k++ {
		if st.tok.Words[k].Break != 0 {
			break
		}
		if st.is(k, lexicon.FnCounting) {
			return true
		}
	}
	for k := r[0] - 1; k >= 0 && k >= r[0]-2; k-- {
		if st.tok.Words[k+1].Break != 0 {
			break
		}
		if st.is(k, lexicon.FnCounting) {
			return true
		}
	}
	return false
}

// voteEvent returns the vote a share belongs to: the nearest election
// noun of the sentence (harmless events included: a vote kills no one).
func (e *Extractor) voteEvent(st *sentenceState, r [2]int) Event {
	best, bestD := -1, math.MaxInt
	for i, ev := range st.events {
		if e.lex.Events[ev.typ].Type != "election" || st.inMeasure(ev.tok, func(h lexicon.Hit, en lexicon.Entry) bool {
			return e.measureKind[en.ID].Info().Value == ShareValue
		}) {
			// "58.2% voting in favour": the words of the share, not a
			// vote of their own.
			continue
		}
		if d := st.distance(r[0], r[1], ev.tok, ev.tok+ev.n-1); d < bestD && d < 1<<20 {
			best, bestD = i, d
		}
	}
	if best < 0 {
		return Event{}
	}
	return e.makeEvent(&st.events[best])
}

// voteRegion returns the region or city the sentence names before a
// share, the voting body that reports it ("The Kherson regional
// government reported that 87.05% had voted in favour"), or "".
func (e *Extractor) voteRegion(st *sentenceState, r [2]int) string {
	for _, en := range st.entities {
		if en.tok >= r[0] || en.metonym {
			continue
		}
		if ent := &e.lex.Entities[en.entity]; ent.Type.Territory() {
			return ent.Name
		}
	}
	return ""
}

// shareSubject returns who a share belongs to: the subject of the verb
// before the figure, as a canonical entity where the lexicon knows one
// ("Erdogan won 52.2%"), else its words ("the ruling party won 34%" is
// "ruling party"); "" when the clause names none.
func (e *Extractor) shareSubject(st *sentenceState, r [2]int) string {
	v := -1
	for _, h := range st.hits {
		if en, ok := h.Has(lexicon.CatMeasure); ok && e.lex.Measures[en.ID].BySubject && h.I < r[0] && r[0]-h.I <= 3 {
			v = h.I
		}
	}
	if v < 0 {
		// "34% of the vote went to the ruling party": no subject read.
		return ""
	}
	start := v
	for start > 0 && v-start < 5 && st.tok.Words[start].Break == 0 && !st.is(start-1, lexicon.FnClause|lexicon.FnRelative|lexicon.FnAnd) {
		start--
	}
	for start < v && st.is(start, lexicon.FnDeterminer) {
		start++
	}
	if start >= v {
		return ""
	}
	for k := start; k < v; k++ {
		if st.is(k, lexicon.FnPredicate) || st.eventNounAt(k) {
			// "was reported to have won": the subject stands
			// elsewhere; "the vote won": the vote itself.
			return ""
		}
	}
	for _, en := range st.entities {
		if en.tok >= start && en.tok < v {
			return e.lex.Entities[en.entity].Name
		}
	}
	return strings.ToLower(st.tok.WordText(start, v-1))
}

// subjectIsVote reports whether the sentence's vote noun comes before
// share r: "A similar vote in 2006 ... was reported to have won 97.2%".
func (e *Extractor) subjectIsVote(st *sentenceState, r [2]int) bool {
	for _, ev := range st.events {
		if ev.tok < r[0] && e.lex.Events[ev.typ].Type == "election" {
			return true
		}
	}
	return false
}

// eventNounAt reports whether an event noun starts at word k.
func (st *sentenceState) eventNounAt(k int) bool {
	for _, ev := range st.events {
		if ev.tok == k {
			return true
		}
	}
	return false
}

// candidateOf returns the candidate a share of a vote is given to: a
// person's name after "for" just after the figure ("44% for opposition
// candidate Edmundo González"), else the name nearest before the figure
// in its sentence ("Candidate Nicolas Maduro has received 6,408,855
// votes, which amounts to 51.95%"), with no other share between; "" when
// none. A name is a person of the lexicon or capitalized words no other
// entity, place or time covers.
func (st *sentenceState) candidateOf(e *Extractor, mi int) string {
	r := st.mtok[mi]
	for k := r[1] + 1; k < len(st.tok.Words) && k <= r[1]+6; k++ {
		if st.tok.Words[k].Break != 0 && st.tok.Words[k].Break != ',' || st.mentionAt(k) >= 0 {
			// "51% of the vote compared to 44% for González": the
			// name after another figure is that figure's.
			break
		}
		if st.is(k, lexicon.FnFor) {
			if st.possessiveBeforeFigure(k+1, k+3) {
				// "50.9% to Varga's 49.1%": the next figure's
				// candidate.
				break
			}
			for j := k + 1; j < len(st.tok.Words) && j <= k+4; j++ {
				if st.mentionAt(j) >= 0 {
					// "48.3%, compared to 43.3% for Bolsonaro": the
					// name after another figure is that figure's.
					break
				}
				if a, b, ok := st.nameAt(e, j); ok {
					return st.tok.WordText(a, b)
				}
			}
			break
		}
	}
	for k := r[0] - 1; k >= 0 && k >= r[0]-14; k-- {
		if mj := st.mentionAt(k); mj >= 0 && mj != mi && st.mentions[mj].Kind == norm.QuantityKind && st.mentions[mj].Quantity.Class == norm.Percent {
			return "" // another share's candidate
		}
		if a, b, ok := st.nameAt(e, k); ok && b == k {
			// "Peter Obi of the Labour Party got 18%": the candidate,
			// not the party named after "of".
			j := a - 1
			for j > 0 && st.is(j, lexicon.FnDeterminer) {
				j--
			}
			if j > 0 && st.is(j, lexicon.FnOf) {
				if pa, pb, ok := st.nameAt(e, j-1); ok && pb == j-1 {
					return st.tok.WordText(pa, pb)
				}
			}
			return st.tok.WordText(a, b)
		}
	}
	return ""
}

// nameAt returns the run of capitalized words that word k is the last
// of, or starts, when it names a person: a person of the lexicon, or
// words no other entity, place or time covers.
func (st *sentenceState) nameAt(e *Extractor, k int) (int, int, bool) {
	w := st.tok.Words[k]
	if !w.Cap || st.titleCase || st.mentionAt(k) >= 0 || st.tok.Tokens[w.Tok].Kind != token.Word {
		return 0, 0, false
	}
	for _, en := range st.entities {
		if k >= en.tok && k < en.tok+en.n {
			if e.lex.Entities[en.entity].Type == lexicon.TypePerson {
				return en.tok, en.tok + en.n - 1, true
			}
			return 0, 0, false
		}
	}
	if st.placeCovering(k) >= 0 || st.hitAt(k) {
		return 0, 0, false
	}
	a, b := k, k
	nameWord := func(j int) bool {
		return st.tok.Words[j].Cap && st.placeCovering(j) < 0 && !st.coveredByEntity(j) && st.mentionAt(j) < 0
	}
	for a > 0 && st.tok.Words[a].Break == 0 {
		switch {
		case nameWord(a - 1):
			a--
			continue
		case a > 1 && st.is(a-1, lexicon.FnNameParticle) && st.tok.Words[a-1].Break == 0 && nameWord(a-2):
			a -= 2 // "Lula da Silva"
			continue
		}
		break
	}
	for b+1 < len(st.tok.Words) && st.tok.Words[b+1].Break == 0 {
		switch {
		case nameWord(b + 1):
			b++
			continue
		case b+2 < len(st.tok.Words) && st.is(b+1, lexicon.FnNameParticle) && st.tok.Words[b+2].Break == 0 && nameWord(b+2):
			b += 2
			continue
		}
		break
	}
	if a == 0 && b == 0 && !st.names[string(st.tok.Norm(0))] {
		// One capitalized word opening the sentence is as often a
		// common word ("Officials said", "Reeling under a crisis") as a
		// name: a name there must be a person of the lexicon, or a word
		// the document capitalizes inside its sentences too ("Brenner
		// won 48.9%" after "President Ada Brenner").
		return 0, 0, false
	}
	for a < b && (a == 0 || st.is(a, lexicon.FnDeterminer)) && st.is(a, lexicon.FnDeterminer|lexicon.FnIn) {
		a++
	}
	return a, b, true
}
