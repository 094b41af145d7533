package claims

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/google/go-cmp/cmp"
)

// The corpus tests read the articles under testdata/claims with the
// Loader (so front matter and publication dates apply), extract their
// claims and compare them, sentence by sentence, with hand-checked
// expectations. The articles put one sentence on each line, so a line
// number names a sentence.
//
// An expectation is one line:
//
//	LINE KIND MEASURE GROUP SIDE PLACE EVENT «QUOTE» [by=ATTRIBUTION] [frame=[F, ...]] [ctl=[TERRITORY:FROM>TO]] [in=SCOPE] [on=COUNTED] [stage=STAGE]
//
// "-" is an empty field, and "_" stands for a space in GROUP, SIDE and
// PLACE ("Rapid_Support_Forces"). QUOTE is a substring of the claim's
// quote.
// frame lists the claim's framing (order does not matter); ctl is the
// neutral change of a control claim, whose GROUP, SIDE and PLACE are
// always "-" (they repeat ctl). in is the claim's scope (Scope.Key, "-"
// for none) and on its counting day (an ISO date or a weekday,
// "earlier" for an earlier count, "-" for none), and stage the name of
// its event's stage ("first_round", "-" for none); each is checked only
// when given. Every claim of a sentence must be expected: a sentence with
// no expectation must yield no claim. Framing claims (the loaded words
// alone) have their own corpus (corpus_news_test.go).
//
//	LINE known: REASON
//
// marks a sentence the extractor gets wrong today: its test is skipped
// with REASON while it fails, and fails once it passes, so that the
// marker is removed.

// corpusDocs are the expectations of each document of a corpus, by
// document ID.
type corpusDocs map[string]string

// quakeWant: a fictional earthquake in Turkey and Syria, read with the
// disasters lexicon; nothing in it depends on the Caucasus.
var quakeWant = corpusDocs{
	"01_first_day.md": `
6  date earthquake - - - earthquake@2023 «Monday»
6  magnitude magnitude - - - earthquake@2023 «magnitude 7.8»
10 casualties deaths people - - earthquake@2023 «1,498» by=AFAD in=Turkey on=2023-02-06
10 casualties wounded people - - earthquake@2023 «7,600» by=AFAD in=Turkey on=2023-02-06
12 casualties deaths people - - earthquake@2023 «810» by=White Helmets in=Syria/opposition-held
16 casualties missing people - Hatay earthquake@2023 «Hundreds of people» by=the governor in=Hatay
`,
	"02_toll_rises.md": `
6  date earthquake - - - earthquake@2023 «Monday»
6  casualties deaths people - - earthquake@2023 «above 5,000» in=Syria+Turkey on=2023-02-07
8  casualties deaths people - - earthquake@2023 «3,549» by=AFAD in=Turkey
8  casualties wounded people - - earthquake@2023 «22,168» by=AFAD in=Turkey
10 casualties deaths people - - earthquake@2023 «812» by=Syria in=Syria/government-held
12 casualties deaths people - - earthquake@2023 «1,020» by=White Helmets in=Syria/opposition-held
16 displaced homeless people - - earthquake@2023 «380,000» by=AFAD
16 known: "left homeless" is framed departure:left; "left" there is not a departure
20 date earthquake - - - earthquake@1999 «1999»
20 casualties deaths people - - earthquake@1999 «17,000»
20 known: "since 1999, when a quake ... killed": the quake of 1999 is read as "since 1999" (earthquake@1999-), for the date and the deaths
`,
	"03_syria.md": `
6  casualties deaths people - - earthquake@2023 «11,000» by=officials in=Syria+Turkey
8  casualties deaths people - - earthquake@2023 «1,280» by=White Helmets in=Syria
8  casualties wounded people - - earthquake@2023 «2,600» by=White Helmets in=Syria
10 displaced displaced people - - earthquake@2023 «5.3 million» by=UNHCR in=Syria
14 displaced displaced people - Hatay earthquake@2023 «Thousands of residents» by=Red Cross frame=[departure:fled]
`,
	"04_rescue.md": `
8  casualties deaths people - - earthquake@2023 «14,014» by=AFAD in=Turkey on=2023-02-09
10 casualties deaths people - - earthquake@2023 «3,162» by=United Nations in=Syria
12 casualties wounded people - - earthquake@2023 «63,000» by=AFAD in=Turkey
14 casualties deaths people - Kahramanmaras earthquake@2023 «3,200» by=the governor's office in=Kahramanmaras
16 date earthquake - - - earthquake@2023 «Monday» by=seismologists
16 duration earthquake - - - earthquake@2023 «80 seconds» by=seismologists
22 displaced displaced people - - - «1.2 million» by=AFAD
22 known: "About 1.2 million people are staying in tents, dormitories and hotels after fleeing their homes": "fleeing" is too far from the count
24 casualties missing people - Hatay earthquake@2023 «Hundreds of people» by=the provincial governor in=Hatay
`,
}

// caucasusWant: articles on the Armenia–Azerbaijan conflict using every
// alias, metonym, attribution form and control and framing word of the
// lexicons.
var caucasusWant = corpusDocs{
	"01_ceasefire.md": `
6  troops deployed peacekeepers Russia Nagorno-Karabakh - «1,960 peacekeepers» by=Russia frame=[deployment:peacekeepers]
6  date ceasefire - - Nagorno-Karabakh ceasefire@2020 «November 10» by=Russia
6  known: "deploying ... on Thursday under a ceasefire signed on November 10": the ceasefire is dated by "Thursday"
8  troops deployed peacekeepers Russia - - «1,960» by=Russia frame=[deployment:peacekeeping]
10 duration war - - - war@2020 «44-day» by=Armenia
10 casualties deaths soldiers Armenia - war@2020 «2,425» by=Armenia
12 casualties deaths soldiers Azerbaijan - war@2020 «2,783» by=Azerbaijan
12 casualties missing soldiers Azerbaijan - war@2020 «more than 100» by=Azerbaijan
14 control change - - - control@2020 «ceded» frame=[control_lost:ceded] ctl=[Lachin:Armenia>Azerbaijan]
16 control change - - - control@2020 «captured» frame=[control_change:captured] ctl=[Shusha:Nagorno-Karabakh>Azerbaijan]
18 control change - - - control «liberation» frame=[control_change:liberation, control_held:occupation] ctl=[Shusha:Nagorno-Karabakh>Azerbaijan]
18 known: "Aliev hailed ... the liberation of Shushi": the person (Ilham Aliyev) is not read as his side, so the change has no sides
20 date ceasefire - - - ceasefire@2020 «October 10, 2020» by=Russia
24 displaced displaced people - - war@2020 «90,000» by=Nagorno-Karabakh frame=[departure:fled] in=Armenia
`,
	"02_talks.md": `
6  date meeting - - - meeting@2023 «Sunday»
8  date war - - - war@2020 «2020» by=Charles Michel
10 date meeting - - - meeting@2023 «June 1» by=European Union
10 known: "the next summit, in Chisinau, would take place on June 1": no date claim
12 date ceasefire - - - ceasefire@2020 «2020» by=Russia
12 known: "Moscow, which mediated the 2020 ceasefire, said": a speaker before a relative clause is not read
14 troops deployed peacekeepers Russia Nagorno-Karabakh - «2,000» by=Russia frame=[deployment:peacekeepers]
16 casualties missing people Azerbaijan - war@1990-1999 «3,890» by=Ilham Aliyev
16 date war - - - war@1990-1999 «the 1990s» by=Ilham Aliyev
18 prisoners held prisoners Armenia - - «33» by=Armenia
20 prisoners held prisoners Armenia - exchange «6 Armenian detainees» by=Hikmet Hajiyev
20 prisoners held soldiers Azerbaijan - exchange «2 Azerbaijani servicemen» by=Hikmet Hajiyev
24 displaced displaced people - Nagorno-Karabakh - «100,000» by=Nikol Pashinyan
26 date clashes - - - clashes@2023 «April 11»
26 casualties deaths soldiers Armenia - clashes@2023 «4 Armenian soldiers»
26 casualties deaths soldiers Azerbaijan - clashes@2023 «3 Azerbaijani soldiers»
`,
	"03_offensive.md": `
6  date start - - Nagorno-Karabakh offensive@2023 «September 19, 2023»
8  duration war - - - war «24 hours» frame=[actors:separatist]
10 casualties deaths people - - offensive@2023 «200» by=the separatist officials frame=[operation:offensive, actors:separatist]
10 casualties deaths civilians - - offensive@2023 «10 civilians» by=the separatist officials frame=[operation:offensive, actors:separatist]
12 casualties deaths soldiers Azerbaijan - offensive@2023 «192» by=Azerbaijan frame=[operation:anti-terrorist operation]
12 casualties wounded soldiers Azerbaijan - offensive@2023 «511» by=Azerbaijan frame=[operation:anti-terrorist operation]
12 known: "192 Azerbaijani soldiers were killed and 511 wounded": the second count gets no side
14 casualties deaths civilians - Stepanakert offensive@2023 «dozens of civilians» by=Armenia frame=[operation:assault, operation:aggression]
16 displaced displaced people Armenia Nagorno-Karabakh - «70,000» by=Armenia frame=[departure:fled, actors:ethnic armenians]
16 known: "70,000 of the 120,000 ethnic Armenians of Nagorno-Karabakh had fled": no claim
18 displaced displaced people - - - «28,000» by=Nikol Pashinyan frame=[departure:ethnic cleansing, departure:left]
18 known: "more than 28,000 people had left": "left" (a departure word) is not a displacement trigger
20 displaced displaced people Armenia Nagorno-Karabakh - «120,000 people» by=Nikol Pashinyan frame=[actors:armenian population, departure:forced out]
20 known: "The entire Armenian population of Karabakh, some 120,000 people, was forced out": the count gets neither the side nor the event of the sentence before
22 displaced evacuated people - Stepanakert offensive@2023 «5,000 residents» by=Russia
24 troops deployed soldiers Russia Nagorno-Karabakh - «2,000 troops»
26 duration blockade - - Lachin blockade «nine months»
30 control change - - - control «restored» by=Ilham Aliyev frame=[control_change:restored] ctl=[Nagorno-Karabakh:>Azerbaijan]
32 control change - - - control@2023 «took control» frame=[control_change:took control, actors:separatist] ctl=[Stepanakert:Nagorno-Karabakh>Azerbaijan]
34 casualties deaths civilians - Shusha offensive@2023 «two civilians» by=Azerbaijan
36 casualties deaths soldiers Azerbaijan - offensive@2023 «six» by=Ilham Aliyev frame=[actors:terrorists]
38 casualties deaths soldiers - Nagorno-Karabakh war «12 soldiers» by=the agency
40 displaced displaced people - - offensive@2023 «100,417» by=Armenia frame=[departure:exodus, actors:local population]
`,
	"04_history.md": `
6  control change - - - control@1991 «broke away» frame=[secession:broke away] ctl=[Nagorno-Karabakh:Azerbaijan>Nagorno-Karabakh]
8  date election - - - election@1991 «December 1991»
8  control change - - - control@1991 «declared independence» frame=[secession:declared independence] ctl=[Nagorno-Karabakh:Azerbaijan>Nagorno-Karabakh]
8  known: "Its Armenian majority declared independence": "declared" is read as a speech verb (attribution Armenia), and no control claim is made
10 control change - - - control@1991 «seceded» frame=[secession:seceded] ctl=[Nagorno-Karabakh:Azerbaijan>Nagorno-Karabakh]
12 date war - - - war@1988-1994 «1988 to 1994»
12 casualties deaths people - - war@1988-1994 «30,000»
14 displaced displaced people Azerbaijan - war «700,000»
14 displaced displaced people Armenia - war «300,000»
16 displaced displaced people Azerbaijan - war «200,000» frame=[departure:expelled]
18 displaced displaced civilians Armenia - war «Thousands of Armenian civilians» frame=[departure:deported]
20 control change - - - control@1992 «seized» frame=[control_change:seized] ctl=[Shusha:Azerbaijan>Armenia]
22 control change - - - control@1992 «overran» frame=[control_change:overran] ctl=[Lachin:Azerbaijan>Armenia]
24 control change - - - control@1990-1999 «annexed» by=Ilham Aliyev frame=[control_change:annexed] ctl=[Nagorno-Karabakh:Azerbaijan>Armenia]
28 control change - - - control «liberated» by=Azerbaijan frame=[control_change:liberated, control_held:occupied, secession:occupied] ctl=[Nagorno-Karabakh:Armenia>Azerbaijan]
28 known: "Baku says Azerbaijan liberated lands occupied by Armenia": read as Armenia gaining control
30 control change - - - control@2020 «took over» frame=[control_held:administered, control_change:took over] ctl=[Lachin:Armenia>Russia]
30 known: "Armenia had administered the Lachin corridor until Russian peacekeepers took over": the loser is read as Azerbaijan, not the administering Armenia
32 control change - - - control@2020 «recaptured» frame=[control_change:recaptured, control_held:held] ctl=[Nagorno-Karabakh:Armenia>Azerbaijan]
32 duration war - - Nagorno-Karabakh war@2020 «44-day»
32 date war - - Nagorno-Karabakh war@2020 «2020»
32 known: "recaptured the districts ..., which Armenia had held since 1994, in a 44-day war in 2020": the change is dated "since 1994" and loses Armenia; no date claim for the war
34 control change - - - control@2020 «lost control» frame=[control_lost:lost control] ctl=[Shusha:Armenia>Azerbaijan]
36 control change - - - control@2020 «handed over» frame=[control_lost:handed over] ctl=[Lachin:Armenia>Azerbaijan]
38 control change - - - control@2020 «surrender» frame=[control_lost:surrender] ctl=[Nagorno-Karabakh:Armenia>Azerbaijan]
40 control change - - - control@2021 «withdrew from» by=Nikol Pashinyan frame=[control_lost:withdrew from] ctl=[Nagorno-Karabakh:Armenia>Azerbaijan]
42 control change - - - control@2022 «gave up» by=Hikmet Hajiyev frame=[control_lost:gave up] ctl=[Lachin:Armenia>Azerbaijan]
44 control change - - - control@2022 «retook» by=the agency frame=[control_change:retook] ctl=[Lachin:>Azerbaijan]
46 control change - - - control@2023 «regained» frame=[control_change:regained] ctl=[Stepanakert:Nagorno-Karabakh>Azerbaijan]
48 control change - - - control@2023 «surrendered» by=Azerbaijan frame=[actors:separatist, control_lost:surrendered, control_held:occupation] ctl=[Nagorno-Karabakh:Armenia>Azerbaijan]
48 known: "Separatist leaders surrendered Artsakh ..., ending the Armenian occupation of the region": neither side is read
50 control change - - - control@2023 «conquered» by=Nikol Pashinyan frame=[control_change:conquered] ctl=[Nagorno-Karabakh:>Azerbaijan]
52 control change - - - control@1991 «split from» frame=[secession:split from, control_change:reconquered] ctl=[Nagorno-Karabakh:Azerbaijan>Nagorno-Karabakh]
52 control change - - - control@2023 «reconquered» frame=[secession:split from, control_change:reconquered] ctl=[Nagorno-Karabakh:>Azerbaijan]
52 known: "The region split from Baku in 1991 and was reconquered in 2023": one claim mixing both changes (Nagorno-Karabakh:>Azerbaijan, 1991)
`,
}

// notClaimsKnown are the sentences of testdata/claims/notclaims.txt that
// yield a claim today, by line, with the reason.
var notClaimsKnown = map[int]string{}

func TestCorpusQuake(t *testing.T) {
	runCorpus(t, filepath.Join("..", "testdata", "claims", "quake"), quakeWant)
}

func TestCorpusCaucasus(t *testing.T) {
	runCorpus(t, filepath.Join("..", "testdata", "claims", "caucasus"), caucasusWant)
}

// TestCorpusNotClaims checks precision: each paragraph of notclaims.txt
// has numbers (ages, years, scores, money, ...) but states no claim, and
// names no event, so it must yield no claim of any kind.
func TestCorpusNotClaims(t *testing.T) {
	path := filepath.Join("..", "testdata", "claims", "notclaims.txt")
	docs := loadCorpus(t, path)
	if len(docs) != 1 {
		t.Fatalf("read %d documents from %s, want 1", len(docs), path)
	}
	byLine := map[int][]Claim{}
	for _, c := range extractor(t).Extract(docs[0]) {
		if c.Kind == Framing {
			// The loaded words alone ("Hatay", "the government") are
			// no figure: the framing corpus checks them.
			continue
		}
		byLine[c.Line] = append(byLine[c.Line], c)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i, s := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(s) == "" {
			continue
		}
		n++
		line := i + 1
		t.Run(fmt.Sprintf("%d:%s", line, s[:min(30, len(s))]), func(t *testing.T) {
			var got []string
			for _, c := range byLine[line] {
				got = append(got, corpusBrief(c).String())
			}
			var diff string
			if len(got) > 0 {
				diff = "want no claim, got:\n" + strings.Join(got, "\n")
			}
			checkKnown(t, diff, notClaimsKnown[line])
		})
		delete(byLine, line)
	}
	if n < 40 {
		t.Errorf("notclaims.txt has %d sentences, want at least 40", n)
	}
	for line, cs := range byLine {
		t.Errorf("line %d: claims on a line that is not a sentence of its own: %v", line, cs)
	}
	for line := range notClaimsKnown {
		if line > n*2 {
			t.Errorf("notClaimsKnown: line %d is past the end of the file", line)
		}
	}
}

// loadCorpus reads the documents under path with the Loader; any
// skipped input fails the test.
func loadCorpus(t *testing.T, path string) []*load.Document {
	t.Helper()
	var docs []*load.Document
	err := (&load.Loader{}).Walk([]string{path}, func(d *load.Document) error {
		docs = append(docs, d)
		return nil
	}, func(s load.Skipped) error {
		t.Errorf("skipped %s", s.Error())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// runCorpus extracts the claims of every document under dir and checks
// them, sentence by sentence, against want.
func runCorpus(t *testing.T, dir string, want corpusDocs) {
	docs := loadCorpus(t, dir)
	seen := map[string]bool{}
	for _, d := range docs {
		seen[d.ID] = true
		spec, ok := want[d.ID]
		if !ok {
			t.Errorf("%s: no expectations", d.ID)
			continue
		}
		if strings.HasSuffix(d.ID, ".md") && d.PublishedTime.IsZero() && !strings.Contains(d.ID, "undated") {
			// A forgotten front matter; a document meant to have no
			// date says so in its name.
			t.Errorf("%s: no publication date", d.ID)
		}
		wants, known, err := parseCorpusWant(spec)
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		gots := map[int][]Claim{}
		for _, c := range extractor(t).Extract(d) {
			if c.Kind == Framing {
				continue
			}
			gots[c.Line] = append(gots[c.Line], c)
		}
		lines := map[int]bool{}
		for l := range wants {
			lines[l] = true
		}
		for l := range gots {
			lines[l] = true
		}
		for l := range known {
			lines[l] = true
		}
		var order []int
		for l := range lines {
			order = append(order, l)
		}
		sort.Ints(order)
		for _, l := range order {
			t.Run(fmt.Sprintf("%s:%d", d.ID, l), func(t *testing.T) {
				w, g := compareLine(wants[l], gots[l])
				diff := ""
				if d := cmp.Diff(w, g); d != "" {
					diff = "mismatch (-want +got):\n" + d
				}
				checkKnown(t, diff, known[l])
			})
		}
	}
	for id := range want {
		if !seen[id] {
			t.Errorf("%s: expectations for a document that is not in %s", id, dir)
		}
	}
}

// checkKnown reports diff, or, for a case marked known, skips while it
// fails and fails once it passes.
func checkKnown(t *testing.T, diff, known string) {
	t.Helper()
	switch {
	case known == "" && diff != "":
		t.Error(diff)
	case known != "" && diff != "":
		t.Skipf("known: %s\n%s", known, diff)
	case known != "":
		t.Errorf("marked known (%s) but passes: remove the marker", known)
	}
}

// compareLine renders a sentence's expected and extracted claims as
// sorted lines, taking a wanted quote for the extracted one it is part
// of.
func compareLine(want []corpusClaim, got []Claim) ([]string, []string) {
	var w, g []string
	for _, c := range want {
		w = append(w, c.String())
	}
	used := make([]bool, len(want))
	for _, c := range got {
		b := corpusBrief(c)
		matched := false
		for i, wc := range want {
			if !used[i] && wc.Kind == b.Kind && wc.Measure == b.Measure && strings.Contains(b.Quote, wc.Quote) {
				used[i], matched = true, true
				b.Quote = wc.Quote
				// Scope and counting day are checked where expected.
				if wc.Scope == "" {
					b.Scope = ""
				}
				if wc.Counted == "" {
					b.Counted = ""
				}
				if wc.Stage == "" {
					b.Stage = ""
				}
				break
			}
		}
		if !matched {
			b.Scope, b.Counted, b.Stage = "", "", ""
		}
		g = append(g, b.String())
	}
	sort.Strings(w)
	sort.Strings(g)
	return w, g
}

// corpusClaim is the part of a claim the corpus tests check.
type corpusClaim struct {
	Line                                     int
	Kind, Measure, Group, Side, Place, Event string
	Quote, Attribution                       string
	Framing                                  []string // sorted
	Control                                  string   // "Territory:From>To"
	Scope, Counted                           string   // "" when not checked, "-" for none
	Stage                                    string   // the event's stage name; "" when not checked, "-" for none
}

func corpusBrief(c Claim) corpusClaim {
	b := corpusClaim{Line: c.Line, Kind: c.Kind.String(), Measure: c.Measure, Group: c.Subject.Group,
		Side: c.Subject.Side, Place: c.Subject.Place, Event: c.Event.Key, Quote: c.Quote, Attribution: c.Attribution}
	for _, fw := range c.Framing {
		b.Framing = append(b.Framing, fw.String())
	}
	sort.Strings(b.Framing)
	b.Scope = "-"
	if k := c.Scope.Key(); k != "" {
		b.Scope = k
	}
	b.Stage = dash(c.Event.Name)
	b.Counted = "-"
	if ct := c.Counted; ct != nil {
		switch {
		case ct.Earlier:
			b.Counted = "earlier"
		case ct.Time.Anchored && !ct.Time.Start.IsZero():
			b.Counted = ct.Time.Start.String()
		case ct.Time.Weekday != "":
			b.Counted = ct.Time.Weekday
		}
	}
	if c.Control != nil {
		b.Group, b.Side, b.Place = "", "", ""
		b.Control = c.Control.Territory + ":" + c.Control.From + ">" + c.Control.To
	}
	return b
}

// dash writes an empty field of an expectation as "-".
func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// String renders the claim in the expectation syntax.
func (c corpusClaim) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s %s %s %s %s %s «%s»", c.Line, c.Kind, dash(c.Measure), dash(c.Group),
		dash(c.Side), dash(c.Place), dash(c.Event), c.Quote)
	if c.Attribution != "" {
		b.WriteString(" by=" + c.Attribution)
	}
	if len(c.Framing) > 0 {
		b.WriteString(" frame=[" + strings.Join(c.Framing, ", ") + "]")
	}
	if c.Control != "" {
		b.WriteString(" ctl=[" + c.Control + "]")
	}
	if c.Scope != "" {
		b.WriteString(" in=" + c.Scope)
	}
	if c.Counted != "" {
		b.WriteString(" on=" + c.Counted)
	}
	if c.Stage != "" {
		b.WriteString(" stage=" + strings.ReplaceAll(c.Stage, " ", "_"))
	}
	return b.String()
}

// parseCorpusWant reads the expectations of one document: the claims
// and the known markers, by line.
func parseCorpusWant(spec string) (map[int][]corpusClaim, map[int]string, error) {
	return parseWant(spec, parseCorpusClaim)
}

// parseWant reads expectation lines, "LINE CLAIM" or "LINE known:
// REASON", with parse reading a CLAIM: the claims and the known markers,
// by line.
func parseWant[T any](spec string, parse func(line int, s string) (T, error)) (map[int][]T, map[int]string, error) {
	wants := map[int][]T{}
	known := map[int]string{}
	for _, s := range strings.Split(spec, "\n") {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		num, rest, _ := strings.Cut(s, " ")
		line, err := strconv.Atoi(num)
		if err != nil {
			return nil, nil, fmt.Errorf("%q: want a line number first", s)
		}
		rest = strings.TrimSpace(rest)
		if r, ok := strings.CutPrefix(rest, "known:"); ok {
			if known[line] != "" {
				return nil, nil, fmt.Errorf("line %d marked known twice", line)
			}
			known[line] = strings.TrimSpace(r)
			continue
		}
		c, err := parse(line, rest)
		if err != nil {
			return nil, nil, fmt.Errorf("%q: %v", s, err)
		}
		wants[line] = append(wants[line], c)
	}
	return wants, known, nil
}

// cutExpectation reads the fields before the «quote» of an expectation
// into fields ("-" is empty), named as names says for its error, and
// returns the quote and what follows it.
func cutExpectation(s, names string, fields ...*string) (quote, rest string, err error) {
	head, rest, ok := strings.Cut(s, "«")
	if !ok {
		return "", "", fmt.Errorf("no «quote»")
	}
	quote, rest, ok = strings.Cut(rest, "»")
	if !ok {
		return "", "", fmt.Errorf("no closing »")
	}
	f := strings.Fields(head)
	if len(f) != len(fields) {
		return "", "", fmt.Errorf("want %s before the quote, got %d fields", names, len(f))
	}
	for i, p := range fields {
		if f[i] != "-" {
			*p = f[i]
		}
	}
	return quote, rest, nil
}

func parseCorpusClaim(line int, s string) (corpusClaim, error) {
	c := corpusClaim{Line: line}
	var rest string
	var err error
	c.Quote, rest, err = cutExpectation(s, "KIND MEASURE GROUP SIDE PLACE EVENT", &c.Kind, &c.Measure, &c.Group, &c.Side, &c.Place, &c.Event)
	if err != nil {
		return c, err
	}
	for _, p := range []*string{&c.Group, &c.Side, &c.Place} {
		*p = strings.ReplaceAll(*p, "_", " ")
	}
	if _, err := ParseKind(c.Kind); err != nil {
		return c, err
	}
	rest, stage, ok := strings.Cut(rest, " stage=")
	if ok {
		c.Stage = strings.ReplaceAll(strings.TrimSpace(stage), "_", " ")
	}
	rest, on, ok := strings.Cut(rest, " on=")
	if ok {
		c.Counted = strings.TrimSpace(on)
	}
	rest, in, ok := strings.Cut(rest, " in=")
	if ok {
		c.Scope = strings.TrimSpace(in)
	}
	rest, ctl, ok := strings.Cut(rest, " ctl=[")
	if ok {
		c.Control = strings.TrimSuffix(strings.TrimSpace(ctl), "]")
	}
	rest, frame, ok := strings.Cut(rest, " frame=[")
	if ok {
		for _, w := range strings.Split(strings.TrimSuffix(strings.TrimSpace(frame), "]"), ",") {
			c.Framing = append(c.Framing, strings.TrimSpace(w))
		}
		sort.Strings(c.Framing)
	}
	rest = strings.TrimSpace(rest)
	if rest != "" {
		by, ok := strings.CutPrefix(rest, "by=")
		if !ok {
			return c, fmt.Errorf("unexpected %q after the quote", rest)
		}
		c.Attribution = by
	}
	return c, nil
}
