package claims

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The news corpora pin down how the extractor reads the constructions
// of running news: a flood reported day after day, the siege of a town
// and a disputed referendum. They use the expectation syntax of
// corpus_test.go and run with runCorpus.
//
// The framing corpus checks the framing claims the other corpora leave
// out: the loaded words a source chooses for an act, a group or a
// territory, alone. Its expectation is one line:
//
//	LINE FRAME SIDE SCOPE «QUOTE» [by=ATTRIBUTION] [words=[WORD, ...]] [named] [ev=EVENT]
//
// FRAME is the claim's measure (the frame's name: vote, actors,
// operation, incorporation, territory_status, government_label,
// surrender), SIDE what the words describe (Subject.Side, for actors and
// government labels) and SCOPE the places they bear on (Scope.Key); "-"
// is an empty field, and "_" stands for a space in SIDE and SCOPE
// ("Rapid_Support_Forces"). QUOTE is a substring of the claim's quote, the
// first loaded word. words lists the claim's loaded words as the lexicon
// writes them, in the order they stand (the quote in lower case when
// omitted); named marks a side named in the words' own phrase
// (Subject.Named); ev is the event key of an earlier act the words are
// dated to ("@2014"). Every field is checked: an omitted by, named or
// ev means none. Each sentence of a framing document is a test of its
// own, and a sentence with no expectation must yield no framing claim.
// "LINE known: REASON" marks a sentence the extractor gets wrong today,
// as in corpus_test.go.

// floodWant: a fictional monsoon flood in Pakistan and India, reported
// on four successive days: tolls that rise, are counted on a day or
// given as earlier counts, tolls of one country, of both, of a
// province and of a subset, and the tolls of older floods.
var floodWant = corpusDocs{
	"01_rains.md": `
6  date flood - - - flood@2026 «Sunday»
8  casualties deaths people - - flood@2026 «47» by=officials in=Pakistan on=2026-08-24
8  casualties deaths people - - flood@2026 «19» by=officials in=India on=2026-08-24
10 casualties wounded people - - flood@2026 «112» by=National Disaster Management Authority in=Pakistan on=2026-08-24
12 casualties deaths people - Sindh flood@2026 «23 people» by=the provincial governor in=Sindh on=2026-08-24
14 displaced evacuated people - - flood@2026 «30,000» by=the authorities in=India+Pakistan on=2026-08-24
18 casualties missing people - Sindh flood@2026 «Dozens of people» by=police in=Sindh on=2026-08-24
20 casualties deaths people - - flood@2026 «66» in=India+Pakistan on=2026-08-24
22 date flood - - - flood@2022 «2022»
22 casualties deaths people - - flood@2022 «1,700» in=Pakistan
`,
	"02_toll_rises.md": `
6  casualties deaths people - - flood «96» by=the disaster authority in=Pakistan on=2026-08-25
6  casualties deaths people - - flood «47» by=the disaster authority in=Pakistan on=earlier
10 casualties deaths people - - flood «31» by=the home ministry in=India on=2026-08-25
12 casualties deaths people - - flood «120» in=India+Pakistan on=2026-08-25
12 known: "The combined toll in the two countries": the two countries are read from the story's places, which name Pakistan alone (India is named after the lead), so the toll is scoped to Pakistan
14 casualties deaths people - Sindh flood «58 people» by=the provincial government in=Sindh on=2026-08-25
14 casualties deaths civilians - Sindh flood «12» by=the provincial government in=Sindh on=2026-08-25
14 known: "In Sindh, 58 people have died, 12 of them children": the part takes the story's scope (Pakistan), not the scope of the count it is part of (Sindh)
16 displaced homeless people - - flood «220,000» by=OCHA in=Pakistan on=2026-08-25
16 known: "The floods have left 220,000 people homeless": "left" is framed departure:left; it is no departure there
18 casualties deaths people - - flood «71 people» by=Pakistan in=Pakistan on=earlier
20 casualties deaths people - - flood «96» in=Pakistan on=2026-08-25
22 displaced displaced people - - flood «85,000» by=Red Cross in=India on=2026-08-25
`,
	"03_disease.md": `
6  date flood - - - flood@2026 «Sunday»
6  casualties deaths people - - flood@2026 «190» in=India+Pakistan on=2026-08-26
8  casualties deaths people - - flood@2026 «153 people» by=the disaster authority in=Pakistan on=2026-08-26
10 casualties deaths people - - flood@2026 «44 people» by=the home ministry in=India on=2026-08-25
12 casualties deaths children - - flood@2026 «39 children» by=UNICEF in=Pakistan on=2026-08-26
14 displaced displaced people - - flood@2026 «1.1 million» by=OCHA in=Pakistan on=2026-08-26
16 casualties wounded people - - flood@2026 «400» by=Red Cross in=India+Pakistan on=2026-08-26
18 casualties missing people - Sindh flood@2026 «13 people» by=the governor in=Sindh on=2026-08-25
22 date flood - - - flood@2010 «2010»
22 casualties deaths people - - flood@2010 «2,000» in=Pakistan
`,
	"04_relief.md": `
6  casualties deaths people - - flood «200» by=officials in=India+Pakistan on=2026-08-27
8  casualties deaths people - - flood «167 deaths» by=National Disaster Management Authority in=Pakistan on=2026-08-27
8  casualties deaths people - - flood «153» by=National Disaster Management Authority in=Pakistan on=earlier
8  known: "167 deaths have been confirmed, up from 153 on Wednesday": a figure followed by a day is not read as a bare figure, so the earlier count gives no claim
10 casualties deaths people - Sindh flood «11 more bodies» in=Sindh on=2026-08-27
10 casualties deaths people - Sindh flood «84» in=Sindh on=2026-08-27
10 known: "In Sindh, 11 more bodies were recovered on Thursday, bringing the total to 84": "the total" is no toll noun, and the total is tied to the count before it only as a list member within six words (here nine), so it gives no claim
12 casualties deaths people - - flood «48 people» by=India in=India on=2026-08-27
12 casualties missing people - - flood «27» by=India in=India on=2026-08-27
14 displaced displaced people - - flood «1.3 million» by=OCHA in=Pakistan on=2026-08-27
14 displaced displaced people - - flood «110,000» by=OCHA in=India on=2026-08-27
18 displaced evacuated people - Sindh flood «60,000» by=the governor in=Sindh on=2026-08-27
18 known: "Nearly 60,000 people have been evacuated from riverside villages in Sindh": Sindh stands seven words after the count, within the reach of its scope (eight words) but not of its place (six), so the claim has no place
`,
}

// siegeWant: a fictional siege of Amrawa, a town in Sudan the lexicon
// does not know, told by both parties: soldiers killed, captured and
// surrendered, civilians killed, the exodus, the start of the fighting
// and the length of the siege. "A further 40 troops were wounded in an
// ambush" (line 18 of 03_exodus) is what a count grew by, with no place
// or period of its own: no claim.
var siegeWant = corpusDocs{
	"01_encircled.md": `
6  casualties deaths soldiers Sudan - blockade «214 soldiers» by=Sudan in=Amrawa on=2026-11-02
6  duration blockade - - - blockade «80-day» by=Sudan
6  known: "The Sudanese army said ... it had lost 214 soldiers": "lost" is no deaths trigger, so a side's own losses give no claim
8  date start - - - war@2026 «August 14»
10 casualties deaths soldiers Sudan - blockade «600» by=Rapid Support Forces in=Amrawa on=2026-11-02
12 casualties deaths civilians - - blockade «350 civilians» by=Human Rights Watch in=Amrawa on=2026-11-02
18 displaced displaced people - - blockade «120,000» by=UNHCR frame=[departure:exodus] in=Amrawa on=2026-11-02
`,
	"02_surrender.md": `
6  prisoners held soldiers Sudan - blockade «400 Sudanese soldiers» by=the paramilitary group in=Amrawa
8  prisoners held soldiers Sudan - blockade «52 Sudanese soldiers» by=the army in=Amrawa
10 prisoners held prisoners - - blockade «610 prisoners of war» by=Rapid Support Forces in=Amrawa
10 prisoners held soldiers - - blockade «45 officers» by=Rapid Support Forces in=Amrawa
10 known: "610 prisoners of war, including 45 officers": the measure word inside the head figure ("610 prisoners of war") counts as crossed by that figure, so the part gets no measure and no claim; "officers" alone would be read as police
12 casualties deaths soldiers Sudan - blockade «38 Sudanese servicemen» by=the military in=Amrawa on=2026-11-03
12 casualties deaths police Sudan - blockade «11 police officers» by=the military in=Amrawa on=2026-11-03
12 known: "The military said 38 Sudanese servicemen and 11 police officers were killed on Tuesday": a speaker that opens the sentence is read only when the lexicon knows it, and the day dates only the last count of the list
14 casualties deaths children - - blockade «nine children» by=local doctors in=Amrawa on=2026-11-04
14 casualties deaths civilians - - blockade «Twenty-seven civilians» by=local doctors in=Amrawa on=2026-11-04
16 casualties deaths prisoners - - blockade «19 captives» by=Sudan in=Amrawa
16 known: "accused the RSF of executing 19 captives": "executing" is no deaths trigger, so the dead are read as captives held
18 prisoners held prisoners - - blockade «230 detainees» by=International Committee of the Red Cross in=Amrawa
20 prisoners held soldiers Rapid_Support_Forces - blockade «Thirty-five RSF fighters» by=the army in=Amrawa
`,
	"03_exodus.md": `
6  displaced displaced people - - blockade «Tens of thousands of people» by=International Organization for Migration frame=[departure:fled] on=2026-11-06
8  displaced displaced people - - blockade «46,000 people» by=International Organization for Migration on=2026-11-06
10 displaced displaced people - - blockade «12,000 refugees» by=UNHCR in=Chad on=2026-11-06
12 casualties deaths soldiers Sudan - blockade «289 soldiers» by=a military spokesman on=2026-11-06
12 known: "The Sudanese army's losses in the siege have risen to 289 soldiers": the side of the losses' owner, named before the figure, is not read
14 casualties deaths soldiers Rapid_Support_Forces - blockade «130» by=Rapid Support Forces frame=[actors:fighters] on=2026-11-06
14 known: "The RSF said 130 of its fighters had been killed": the side "its" stands for (the speaker) is not read
16 casualties deaths soldiers Sudan - blockade «300 Sudanese military personnel» by=United Nations in=Amrawa on=2026-11-06
20 prisoners held soldiers Rapid_Support_Forces - blockade «90 RSF fighters» by=the army
22 prisoners held prisoners - - exchange «150 prisoners»
24 date start - - - war@2026 «August 14»
26 duration blockade - - Darfur blockade «84-day»
`,
}

// referendumWant: a fictional referendum in Transnistria on joining
// Russia, reported by a wire, by an outlet that speaks of reunification
// and by one that speaks of a sham: shares, turnout, the day of the
// vote, and an earlier vote and election.
var referendumWant = corpusDocs{
	"01_results.md": `
6  date election - - Transnistria election@2027 «Sunday» by=the election commission
8  votes share voters - - election@2027 «97.6%» by=the commission frame=[vote:referendum]
8  votes share_against voters - - election@2027 «2.1%» by=the commission frame=[vote:referendum]
10 turnout turnout voters - - election@2027 «78.3%» by=the commission on=2027-03-15
16 control change - - - control@1992 «broke away» frame=[secession:broke away] ctl=[Transnistria:Moldova>Transnistria]
18 troops deployed soldiers Russia Transnistria - «1,500 troops»
20 date election - - - election@2026 «last November»
20 votes share voters - - election@2026 «71%» frame=[vote:vote]
20 known: "In a parliamentary election ... last November, the ruling party won 71% of the vote": the "vote" of "of the vote" is taken as the share's own, undated event
`,
	"02_reunification.md": `
6  date election - - Transnistria election@2027 «Sunday»
6  votes share voters - Transnistria election@2027 «97.6 percent» frame=[vote:referendum]
8  turnout turnout voters - - election@2027 «78 percent» by=officials in tiraspol frame=[vote:referendum] in=Transnistria on=2027-03-15
8  known: "Turnout in the referendum reached 78 percent, officials in Tiraspol said": the place of the speakers is read as the turnout's scope
`,
	"03_sham.md": `
6  date election - - Transnistria election@2027 «Sunday»
8  turnout turnout voters - - election@2027 «below 40%» by=opposition activists frame=[vote:vote] on=2027-03-16
10 votes share voters - - election@2027 «97.6%» by=the separatist authorities frame=[vote:vote]
14 date election - - - election@2006 «2006»
14 votes share voters - - election@2006 «97.2%» frame=[vote:vote]
16 date ceasefire - - Transnistria ceasefire@1992 «1992» by=Moldova
`,
}

// framingWant: the framing claims of short reports on several topics:
// a war, an annexation, an evacuation before a storm and one of a
// garrison, clearance operations and ethnic cleansing, a paramilitary
// force and a militia, a government and a regime.
var framingWant = corpusDocs{
	"01_offensive.md": `
6  operation - Russia+Ukraine «offensive»
8  operation - Russia+Ukraine «special military operation» by=Russia
10 operation - Russia+Ukraine «assault» words=[assault, aggression]
12 actors Ukraine Russia+Ukraine «defenders» by=the general staff named
14 territory_status - Russia+Ukraine «new territories»
16 territory_status - Russia+Ukraine «occupied territories»
`,
	"02_crimea.md": `
6  incorporation Crimea Russia+Ukraine «annexed» named ev=@2014
6  vote - Russia+Ukraine «referendum» ev=@2014
8  incorporation Crimea Russia+Ukraine «reunification» named
10 vote - Russia+Ukraine «vote» words=[vote, sham referendum]
12 incorporation - Russia+Ukraine «annexation»
14 incorporation - Russia+Ukraine «accession»
`,
	"03_cyclone.md": `
8  known: "More than 800,000 people were evacuated from coastal districts before the storm arrived": the evacuation of residents before a storm is read as the surrender frame's "evacuated"
10 government_label Bangladesh Bangladesh «government» by=the government
`,
	"04_garrison.md": `
8  surrender - Sudan «evacuated» by=the army
10 surrender - Sudan «surrendered» by=Rapid Support Forces words=[surrendered, laid down their weapons]
`,
	"05_rakhine.md": `
6  operation - Myanmar «clearance operations» ev=@2017
8  operation - Myanmar «ethnic cleansing» words=[ethnic cleansing, genocide]
12 government_label Myanmar Myanmar «junta»
12 known: "Myanmar's junta", after a sentence on refugees in Bangladesh: the label takes the last country named before the sentence (Bangladesh) as its side and adds it to its places, not the country its own phrase names
14 actors Arakan_Army Myanmar «rebels» named
`,
	"06_militia.md": `
8  actors Rapid_Support_Forces Sudan «paramilitary» named
8  operation - Sudan «attack»
12 actors Rapid_Support_Forces Sudan «terrorist» words=[terrorist, militia]
`,
	"07_idlib.md": `
6  government_label Syria Russia+Syria «government» named
8  government_label Syria Syria «regime»
10 actors Hayat_Tahrir_al-Sham Syria «terrorists» by=state media named
12 actors Hayat_Tahrir_al-Sham Syria «rebels» by=rebels
`,
	"08_border.md": `
10 government_label Pakistan India+Pakistan «government»
12 government_label Pakistan India+Pakistan «authorities» by=Pakistan named
`,
}

func TestCorpusFlood(t *testing.T) {
	runCorpus(t, filepath.Join("..", "testdata", "claims", "flood"), floodWant)
}

func TestCorpusSiege(t *testing.T) {
	runCorpus(t, filepath.Join("..", "testdata", "claims", "siege"), siegeWant)
}

func TestCorpusReferendum(t *testing.T) {
	runCorpus(t, filepath.Join("..", "testdata", "claims", "referendum"), referendumWant)
}

func TestCorpusFraming(t *testing.T) {
	runFramingCorpus(t, filepath.Join("..", "testdata", "claims", "framing"), framingWant)
}

// runFramingCorpus extracts the framing claims of every document under
// dir and checks them, sentence by sentence, against want: every
// sentence of a document is checked, those with no expectation for
// giving none. Each document must have sentences of both sorts.
func runFramingCorpus(t *testing.T, dir string, want corpusDocs) {
	docs := loadCorpus(t, dir)
	seen := map[string]bool{}
	for _, d := range docs {
		seen[d.ID] = true
		spec, ok := want[d.ID]
		if !ok {
			t.Errorf("%s: no expectations", d.ID)
			continue
		}
		if d.PublishedTime.IsZero() {
			t.Errorf("%s: no publication date", d.ID)
		}
		wants, known, err := parseFramingWant(spec)
		if err != nil {
			t.Fatalf("%s: %v", d.ID, err)
		}
		sentences := sentenceLines(t, filepath.Join(dir, d.ID))
		gots := map[int][]Claim{}
		for _, c := range extractor(t).Extract(d) {
			if c.Kind == Framing {
				gots[c.Line] = append(gots[c.Line], c)
			}
		}
		lines := map[int]bool{}
		for l := range sentences {
			lines[l] = true
		}
		for l := range gots {
			lines[l] = true
		}
		for l := range wants {
			if !sentences[l] {
				t.Errorf("%s: expectation for line %d, which is no sentence", d.ID, l)
			}
		}
		for l := range known {
			if !sentences[l] {
				t.Errorf("%s: known marker for line %d, which is no sentence", d.ID, l)
			}
		}
		var order []int
		for l := range lines {
			order = append(order, l)
		}
		sort.Ints(order)
		none := 0
		for _, l := range order {
			if len(wants[l]) == 0 && known[l] == "" {
				none++
			}
			t.Run(fmt.Sprintf("%s:%d", d.ID, l), func(t *testing.T) {
				w, g := compareFraming(wants[l], gots[l])
				diff := ""
				if d := cmp.Diff(w, g); d != "" {
					diff = "mismatch (-want +got):\n" + d
				}
				checkKnown(t, diff, known[l])
			})
		}
		if len(wants) == 0 || none == 0 {
			t.Errorf("%s: want both sentences with framing claims and sentences without", d.ID)
		}
	}
	for id := range want {
		if !seen[id] {
			t.Errorf("%s: expectations for a document that is not in %s", id, dir)
		}
	}
}

// sentenceLines returns the lines of a corpus article that hold a
// sentence: the non-blank lines after its front matter.
func sentenceLines(t *testing.T, path string) map[int]bool {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[int]bool{}
	sc := bufio.NewScanner(f)
	fences := 0
	for n := 1; sc.Scan(); n++ {
		s := strings.TrimSpace(sc.Text())
		switch {
		case s == "---" && fences < 2:
			fences++
		case fences >= 2 && s != "":
			out[n] = true
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// framingClaim is the part of a framing claim the framing corpus checks.
type framingClaim struct {
	Line                      int
	Frame, Side, Scope        string
	Quote, Attribution, Event string
	Words                     []string // in text order
	Named                     bool
}

func framingBrief(c Claim) framingClaim {
	b := framingClaim{Line: c.Line, Frame: c.Measure, Side: c.Subject.Side, Scope: c.Scope.Key(),
		Quote: c.Quote, Attribution: c.Attribution, Event: c.Event.Key, Named: c.Subject.Named}
	for _, w := range c.Framing {
		b.Words = append(b.Words, w.Word)
	}
	return b
}

// String renders the claim in the expectation syntax, with its words
// always listed.
func (c framingClaim) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s %s %s «%s»", c.Line, dash(c.Frame), dash(c.Side), dash(c.Scope), c.Quote)
	if c.Attribution != "" {
		b.WriteString(" by=" + c.Attribution)
	}
	b.WriteString(" words=[" + strings.Join(c.Words, ", ") + "]")
	if c.Named {
		b.WriteString(" named")
	}
	if c.Event != "" {
		b.WriteString(" ev=" + c.Event)
	}
	return b.String()
}

// compareFraming renders a sentence's expected and extracted framing
// claims as sorted lines, taking a wanted quote for the extracted one it
// is part of.
func compareFraming(want []framingClaim, got []Claim) ([]string, []string) {
	var w, g []string
	for _, c := range want {
		w = append(w, c.String())
	}
	used := make([]bool, len(want))
	for _, c := range got {
		b := framingBrief(c)
		for i, wc := range want {
			if !used[i] && wc.Frame == b.Frame && strings.Contains(b.Quote, wc.Quote) {
				used[i] = true
				b.Quote = wc.Quote
				break
			}
		}
		g = append(g, b.String())
	}
	sort.Strings(w)
	sort.Strings(g)
	return w, g
}

// parseFramingWant reads the framing expectations of one document: the
// claims and the known markers, by line.
func parseFramingWant(spec string) (map[int][]framingClaim, map[int]string, error) {
	return parseWant(spec, parseFramingClaim)
}

func parseFramingClaim(line int, s string) (framingClaim, error) {
	c := framingClaim{Line: line}
	var rest string
	var err error
	c.Quote, rest, err = cutExpectation(s, "FRAME SIDE SCOPE", &c.Frame, &c.Side, &c.Scope)
	if err != nil {
		return c, err
	}
	c.Side = strings.ReplaceAll(c.Side, "_", " ")
	c.Scope = strings.ReplaceAll(c.Scope, "_", " ")
	rest, ev, ok := strings.Cut(rest, " ev=")
	if ok {
		c.Event = strings.TrimSpace(ev)
	}
	rest = strings.TrimRight(rest, " ")
	if r, ok := strings.CutSuffix(rest, " named"); ok {
		c.Named, rest = true, r
	}
	rest, words, ok := strings.Cut(rest, " words=[")
	if ok {
		for _, w := range strings.Split(strings.TrimSuffix(strings.TrimSpace(words), "]"), ",") {
			c.Words = append(c.Words, strings.TrimSpace(w))
		}
	} else {
		c.Words = []string{strings.ToLower(c.Quote)}
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
