package claims

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/claimcheck/claimcheck/claims/token"
	"github.com/google/go-cmp/cmp"
)

var (
	testExtractor     *Extractor
	testExtractorErr  error
	testExtractorOnce sync.Once
)

func extractor(t testing.TB) *Extractor {
	t.Helper()
	testExtractorOnce.Do(func() { testExtractor, testExtractorErr = NewExtractor() })
	if testExtractorErr != nil {
		t.Fatal(testExtractorErr)
	}
	return testExtractor
}

// brief is the part of a claim the table tests check.
type brief struct {
	Kind        string
	Measure     string
	Group       string
	Side        string
	Event       string
	Quote       string // a substring of the quote
	Attribution string
}

func briefs(cs []Claim) []brief {
	var out []brief
	for _, c := range cs {
		out = append(out, brief{c.Kind.String(), c.Measure, c.Subject.Group, c.Subject.Side, c.Event.Key, c.Quote, c.Attribution})
	}
	return out
}

func extractText(t *testing.T, text string) []Claim {
	t.Helper()
	d := load.NewDocument("t", text)
	d.Path = "t.txt"
	return extractor(t).Extract(d)
}

func TestExtractCounts(t *testing.T) {
	tests := []struct {
		text string
		want []brief
	}{
		{"Nagorny Karabakh was the stake in 2020 of a six-week war which left more than 6,500 dead before a ceasefire negotiated by Russia.",
			[]brief{{Kind: "casualties", Measure: "deaths", Group: "people", Event: "war@2020", Quote: "6,500"}}},
		{"In November 2020, a ceasefire ended a six-week war. This conflict, which killed more than 6,500 people, ended in a heavy defeat for Armenia, which had to surrender territories it had controlled since a first war in the early 1990s.",
			[]brief{{Kind: "casualties", Measure: "deaths", Group: "people", Event: "war@2020", Quote: "6,500"}}},
		{"Russia has about 2,000 troops stationed in Nagorno-Karabakh as peacekeepers.",
			[]brief{{Kind: "troops", Measure: "deployed", Group: "peacekeepers", Side: "Russia", Quote: "2,000"}}},
		{"A Russian peacekeeping force of 2,000 men is deployed in Nagorny Karabakh.",
			[]brief{{Kind: "troops", Measure: "deployed", Group: "peacekeepers", Side: "Russia", Quote: "2,000"}}},
		{"Hundreds of troops have been killed in sporadic clashes since a full-scale war in 2020 ended.",
			[]brief{{Kind: "casualties", Measure: "deaths", Group: "soldiers", Event: "clashes@2020-", Quote: "undreds"}}},
		{"Three Armenian soldiers were killed, according to Yerevan.",
			[]brief{{Kind: "casualties", Measure: "deaths", Group: "soldiers", Side: "Armenia", Quote: "hree", Attribution: "Armenia"}}},
		{"The attack in 2023 killed 12 civilians and wounded 30 others.",
			[]brief{
				{Kind: "casualties", Measure: "deaths", Group: "civilians", Event: "offensive@2023", Quote: "12"},
				{Kind: "casualties", Measure: "wounded", Group: "civilians", Event: "offensive@2023", Quote: "30"},
			}},
		{"The earthquake that struck Turkey and Syria on February 6, 2023 killed more than 5,000 people, officials said on Wednesday.",
			[]brief{{Kind: "casualties", Measure: "deaths", Group: "people", Event: "earthquake@2023", Quote: "5,000", Attribution: "officials"}}},
		{"The earthquake that struck southern Turkey and northern Syria before dawn on 6 February 2023 killed at least 1,500 people.",
			[]brief{{Kind: "casualties", Measure: "deaths", Group: "people", Event: "earthquake@2023", Quote: "1,500"}}},
		{"Preparations began for talks between the two countries, which clashed in 2020, and 40 soldiers were killed.",
			[]brief{{Kind: "casualties", Measure: "deaths", Group: "soldiers", Quote: "40"}}},
		{"The earthquake killed at least 1,200 people and injured 5,000 people, the agency said.",
			[]brief{
				{Kind: "casualties", Measure: "deaths", Group: "people", Event: "earthquake", Quote: "1,200", Attribution: "the agency"},
				{Kind: "casualties", Measure: "wounded", Group: "people", Event: "earthquake", Quote: "5,000", Attribution: "the agency"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.text[:min(40, len(tt.text))], func(t *testing.T) {
			got := briefs(countClaims(extractText(t, tt.text)))
			for i := range got {
				if i < len(tt.want) && strings.Contains(got[i].Quote, tt.want[i].Quote) {
					got[i].Quote = tt.want[i].Quote
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func countClaims(cs []Claim) []Claim {
	var out []Claim
	for _, c := range cs {
		if c.Value.Quantity != nil {
			out = append(out, c)
		}
	}
	return out
}

// TestExtractNotClaims checks precision: sentences with numbers that state
// no claim of the kinds claimcheck reads yield no count claim.
func TestExtractNotClaims(t *testing.T) {
	for _, text := range []string{
		"The 45-year-old minister was appointed in 2019.",
		"The report runs to 300 pages and cites 45 sources.",
		"The team won 3-1 in front of 40,000 fans.",
		"The government pledged $800 million for reconstruction.",
		"Inflation rose to 19 per cent in March.",
		"Resolution 822 was adopted by the Security Council in 1993.",
		"The G7 leaders met for two days.",
		"Thousands of people gathered at the call of the opposition.",
		"Efforts to remove thousands of mines continue.",
		"Azerbaijan liberated over 300 settlements and villages.",
		"Call 112 for help, or visit page 4.",
		"The talks began at 10:30 on Monday.",
	} {
		t.Run(text[:min(30, len(text))], func(t *testing.T) {
			if got := countClaims(extractText(t, text)); len(got) > 0 {
				t.Errorf("want no count claim, got %+v", briefs(got))
			}
		})
	}
}

func TestExtractControl(t *testing.T) {
	type ctl struct {
		Territory, From, To, Event, Quote string
	}
	tests := []struct {
		text string
		want []ctl
	}{
		{"In 2020, Azerbaijan liberated several cities in Nagorno-Karabakh that were occupied by Armenia.",
			[]ctl{{"Nagorno-Karabakh", "Armenia", "Azerbaijan", "control@2020", "liberated"}}},
		{"The region of Nagorno-Karabakh was previously controlled by Armenia before being largely captured by Azerbaijan in 2020.",
			[]ctl{{"Nagorno-Karabakh", "Armenia", "Azerbaijan", "control@2020", "captured"}}},
		{"Nagorny Karabakh's Armenian separatists split from Azerbaijan when the Soviet Union collapsed in 1991.",
			[]ctl{{"Nagorno-Karabakh", "Azerbaijan", "Nagorno-Karabakh", "control@1991", "split from"}}},
		{"In 1991 the Armenian military occupied Nagorno-Karabakh.",
			[]ctl{{"Nagorno-Karabakh", "Azerbaijan", "Armenia", "control@1991", "occupied"}}},
		{"In 2020 Armenia ceded whole swaths of territory in Upper Karabakh.",
			[]ctl{{"Nagorno-Karabakh", "Armenia", "Azerbaijan", "control@2020", "ceded"}}},
		{"The enclave of Artsakh was reconquered in September 2023 by Baku.",
			[]ctl{{"Nagorno-Karabakh", "", "Azerbaijan", "control@2023", "reconquered"}}},
		// Not claims of control: no territory, or no change.
		{"Refugees returned to their homes after the war.", nil},
		{"Talks were held in Brussels on Sunday.", nil},
		{"Moscow has lost influence in the region.", nil},
		{"The region was controlled by Armenia for decades.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text[:min(40, len(tt.text))], func(t *testing.T) {
			var got []ctl
			for _, c := range extractText(t, tt.text) {
				if c.Kind == Control {
					got = append(got, ctl{c.Control.Territory, c.Control.From, c.Control.To, c.Event.Key, c.Quote})
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestControlQuoteIsItsWord checks that a control claim's quote is the
// word the claim was read from, not the first word of the same spelling
// in the sentence.
func TestControlQuoteIsItsWord(t *testing.T) {
	text := "Officials in Yerevan said troops never captured Lachin in 2019, but in 2020 Azerbaijan captured Shusha."
	var n int
	for _, c := range extractText(t, text) {
		if c.Kind != Control {
			continue
		}
		n++
		if want := strings.LastIndex(text, "captured"); c.QuoteStart != want || c.Quote != "captured" || c.QuoteColumn != want+1 {
			t.Errorf("quote %q at %d (column %d), want \"captured\" at %d", c.Quote, c.QuoteStart, c.QuoteColumn, want)
		}
	}
	if n != 1 {
		t.Errorf("%d control claims, want 1", n)
	}
}

// TestControlUsesArticleRegion checks that "the region" in a control
// sentence stands for the region the article named before.
func TestControlUsesArticleRegion(t *testing.T) {
	cs := extractText(t, "The fighting over Nagorno-Karabakh went on for years.\n\nThe region was captured by Azerbaijan in 2020.\n")
	var got []string
	for _, c := range cs {
		if c.Kind == Control {
			got = append(got, c.Control.Territory+" "+c.Control.To)
		}
	}
	if diff := cmp.Diff([]string{"Nagorno-Karabakh Azerbaijan"}, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

// TestSentenceTokenizedOnce checks that extraction scans each sentence it
// reads exactly once: the number reader, the lexicon matcher and the
// extractor share one token stream.
func TestSentenceTokenizedOnce(t *testing.T) {
	e := extractor(t)
	text := "The war in 2020 killed more than 6,500 people. Talks were held in Brussels on Sunday.\n\n" +
		"In 2020, Azerbaijan liberated several cities in Nagorno-Karabakh that were occupied by Armenia."
	d := load.NewDocument("t", text)
	sents := e.seg.Segment(nil, d)
	if len(sents) != 3 {
		t.Fatalf("%d sentences, want 3", len(sents))
	}
	before := token.Scans()
	if cs := e.Extract(d); len(cs) == 0 {
		t.Fatal("no claims")
	}
	if got := token.Scans() - before; got != int64(len(sents)) {
		t.Errorf("%d scans for %d sentences, want one each", got, len(sents))
	}
}

// TestEventStages checks that the stage words of an event name it, so
// that the shares of two rounds of one election are two facts.
func TestEventStages(t *testing.T) {
	tests := []struct{ text, name string }{
		{"The incumbent won the runoff with 51.3% of the vote.", "runoff"},
		{"In the second round of the presidential election, the incumbent won 51.3% of the vote.", "runoff"},
		{"The challenger took 46.1% in the first round of the election.", "first round"},
		{"The incumbent won 51.3% of the vote in the election.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text[:min(40, len(tt.text))], func(t *testing.T) {
			var names []string
			for _, c := range extractText(t, tt.text) {
				if c.Kind == Votes {
					names = append(names, c.Event.Name)
				}
			}
			if len(names) != 1 || names[0] != tt.name {
				t.Errorf("share events named %q, want one named %q", names, tt.name)
			}
		})
	}
}

// TestSeveralEventsStory checks that in a report whose headline names
// several events of one type ("Wildfires spread"), the one its lead names
// ("the Ridge fire") is not its story: the toll of all of them is not
// that fire's.
func TestSeveralEventsStory(t *testing.T) {
	d := load.NewDocument("t", "Firefighters battled the Ridge fire overnight.\n\nThe death toll rose to 21 on Monday.")
	d.Path, d.Title = "t.txt", "Wildfires spread across the hills"
	// "The Ridge and Canyon fires": two fires, neither the story's name.
	d2 := load.NewDocument("t2", "The death toll rose to 21 on Monday.")
	d2.Path, d2.Title = "t2.txt", "The Ridge and Canyon fires burn on"
	for _, d := range []*load.Document{d, d2} {
		for _, c := range extractor(t).Extract(d) {
			if c.Quote == "21" && c.Event.Name != "" {
				t.Errorf("%s: the toll of all the fires is named %q, want no name", d.Title, c.Event.Name)
			}
		}
	}
}

// TestLaterEvent: an event a sentence says came a length after another of
// its type is a later one, not the report's story, and the story keeps
// its own time and magnitude.
func TestLaterEvent(t *testing.T) {
	text := "The quake toll rose past 900 on Friday, after the earthquake that struck the north on May 2.\n\n" +
		"Four people died after a 5.4-magnitude earthquake struck the coast on Tuesday, weeks after the deadly quake."
	d := load.NewDocument("t", text)
	d.Path, d.Title = "t.txt", "Earthquake toll passes 900"
	var toll, later *Claim
	cs := extractor(t).Extract(d)
	for i := range cs {
		switch c := &cs[i]; {
		case c.Kind == Casualties && strings.Contains(c.Quote, "900"):
			toll = c
		case c.Kind == Casualties && strings.Contains(c.Quote, "Four"):
			later = c
		}
	}
	if toll == nil || later == nil {
		t.Fatalf("want the toll and the later quake's dead, got %d claims", len(cs))
	}
	if toll.Event.From != "story" || toll.Event.Magnitude != 0 || toll.Event.Time == nil || toll.Event.Time.Start.Month != 5 {
		t.Errorf("toll event = %+v, want the story's quake of May 2, of no magnitude", toll.Event)
	}
	if !later.Event.After || later.Event.From == "story" || later.Event.Magnitude != 5.4 {
		t.Errorf("later quake's event = %+v, want a later quake of magnitude 5.4, not the story", later.Event)
	}
}

// TestNamedStormMeasure: the category of a named storm at one moment does
// not tell it apart from itself at another; a quake's magnitude does.
func TestNamedStormMeasure(t *testing.T) {
	for _, tc := range []struct {
		text string
		want float64
	}{
		{"Hurricane Delia made landfall on Sept. 20 as a Category 4 storm, killing 30 people.", 0},
		{"A Category 4 storm made landfall on Sept. 20, killing 30 people.", 4},
		{"A magnitude 6.1 earthquake struck on Sept. 20, killing 30 people.", 6.1},
	} {
		d := load.NewDocument("t", tc.text)
		d.Path, d.PublishedTime = "t.txt", time.Date(2025, 9, 21, 0, 0, 0, 0, time.UTC)
		found := false
		for _, c := range extractor(t).Extract(d) {
			if c.Kind == Casualties {
				found = true
				if c.Event.Magnitude != tc.want {
					t.Errorf("%q: event magnitude %v, want %v", tc.text, c.Event.Magnitude, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no toll read", tc.text)
		}
	}
}

// TestPublishedMonthClaims: the claims of a report dated to the month are
// counted in that month and say so; its year-less days take its year.
func TestPublishedMonthClaims(t *testing.T) {
	d := load.NewDocument("t", "At least 2,000 people have been killed since the war began on April 15.")
	d.Path, d.PublishedTime, d.PublishedMonth = "t.txt", time.Date(2023, 12, 1, 0, 0, 0, 0, time.UTC), true
	var toll *Claim
	cs := extractor(t).Extract(d)
	for i := range cs {
		if cs[i].Kind == Casualties {
			toll = &cs[i]
		}
	}
	if toll == nil {
		t.Fatalf("no toll read of %d claims", len(cs))
	}
	if toll.Published != "2023-12" {
		t.Errorf("published %q, want 2023-12", toll.Published)
	}
	if ct := toll.Counted; ct == nil || ct.Time.Start.String() != "2023-12-01" || ct.Time.End.String() != "2023-12-31" {
		t.Errorf("counted %+v, want December 2023", ct)
	}
	if ev := toll.Event.Time; ev == nil || ev.Start.String() != "2023-04-15" {
		t.Errorf("event time %+v, want from 2023-04-15", ev)
	}
}

// TestApposition: an event noun in apposition to a named event is that
// event ("Hurricane Ida, a Category 4 storm that ..."), in a report on
// another storm.
func TestApposition(t *testing.T) {
	d := load.NewDocument("t", "Lee made landfall on Saturday, a week before the anniversary of Hurricane Ida, a Category 4 storm that left 90 dead.")
	d.Path, d.Title, d.PublishedTime = "t.txt", "Hurricane Lee lashes the coast of Maine", time.Date(2023, 9, 17, 0, 0, 0, 0, time.UTC)
	found := false
	for _, c := range extractor(t).Extract(d) {
		if c.Kind == Casualties {
			found = true
			if c.Event.Name != "Ida" || c.Event.From == "story" {
				t.Errorf("the dead of Ida: event %+v, want Ida's, not the story's", c.Event)
			}
		}
	}
	if !found {
		t.Error("no toll read")
	}
}
