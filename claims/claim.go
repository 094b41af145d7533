package claims

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/norm"
)

// Claim is one fact stated by one document, with where it stands and what
// it says in normalized form.
type Claim struct {
	// Doc is the ID of the document that states the claim.
	Doc string `json:"doc"`
	// Published is the document's publication date, as an ISO date, when
	// its metadata gives one.
	Published string `json:"published,omitempty"`
	// Line is the 1-based line of the file the sentence starts on.
	Line int `json:"line"`
	// Start and End are the byte offsets of the sentence in the file (for
	// JSONL documents: in the record's text field).
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is the sentence, exactly as in the source.
	Text string `json:"text"`
	// Quote is the words that carry the value ("more than 6,500 dead"),
	// at QuoteStart..QuoteEnd in the same coordinates as Start and End.
	Quote      string `json:"quote"`
	QuoteStart int    `json:"quote_start"`
	QuoteEnd   int    `json:"quote_end"`
	// QuoteLine and QuoteColumn place the quote's first character: the
	// 1-based line of the file and column in code points on that line.
	QuoteLine   int  `json:"quote_line"`
	QuoteColumn int  `json:"quote_column"`
	Kind        Kind `json:"kind"`
	// Measure says what a count measures: "deaths", "wounded",
	// "missing", "deployed", "held", "displaced"; for a date or duration,
	// the event's type.
	Measure string  `json:"measure"`
	Subject Subject `json:"subject"`
	// Scope is where a count is counted: the places it covers, or part
	// of a place; nil when the claim has none (dates, durations).
	Scope *Scope `json:"scope,omitempty"`
	Event Event  `json:"event"`
	// Counted is when a running count (a death toll, the displaced) was
	// counted: a day the text gives ("as of February 13", "on
	// Tuesday"), else the document's publication; nil when neither is
	// known. It is not the event's time: a toll of an earthquake of
	// Monday may be counted on Friday.
	Counted *CountTime `json:"counted,omitempty"`
	// Value is the normalized quantity, time or duration.
	Value norm.Value `json:"value"`
	// Framing lists the loaded words of the sentence that bear on the
	// claim, in the order they stand.
	Framing []FramingWord `json:"framing"`
	// Attribution is who the sentence reports the claim from ("Armenia"
	// for "according to Yerevan"), empty when the outlet asserts it.
	Attribution string `json:"attribution"`
	// Counter is the attribution as the lexicon knows it, when it does:
	// who counted, of what type, and the country it is an organ of.
	Counter *Counter `json:"counter,omitempty"`
	// Control is the neutral event of a control claim, apart from the
	// words used; nil for other kinds.
	Control *ControlChange `json:"control,omitempty"`
}

// ControlChange is the neutral event a control claim states: control of
// a territory passed from one side to another. "Azerbaijan liberated
// cities occupied by Armenia" and "Armenia ceded territory" state the same
// change in different words.
type ControlChange struct {
	// Territory is the canonical territory.
	Territory string `json:"territory"`
	// From is the side that lost control, To the side that gained it;
	// either is empty when the text does not tell. A territory that
	// broke away gains control of itself.
	From string `json:"from"`
	To   string `json:"to"`
}

// FramingWord is a loaded word of a sentence: the frame it belongs to
// (what it describes), the word as the lexicon writes it, and its tone
// (what it connotes). Two sources frame a fact differently when they use
// words of one frame with different tones ("liberated" and "captured");
// words of one tone are synonyms ("peacekeepers", "peacekeeping force").
type FramingWord struct {
	Frame string `json:"frame"`
	Word  string `json:"word"`
	Tone  string `json:"tone"`
}

// String writes the word as "frame:word".
func (w FramingWord) String() string { return w.Frame + ":" + w.Word }

// Subject is who or what a claim is about.
type Subject struct {
	// Group is who is counted: "people", "soldiers", "civilians",
	// "peacekeepers", "prisoners", "refugees".
	Group string `json:"group,omitempty"`
	// Side is the canonical entity the counted group belongs to
	// ("Russia" for "Russian peacekeepers").
	Side string `json:"side,omitempty"`
	// Place is the canonical territory the claim is about.
	Place string `json:"place,omitempty"`
	// Entities are the canonical entities the sentence names, sorted.
	Entities []string `json:"entities"`
	// Named marks, on a framing claim, a side named in the loaded
	// words' own phrase ("the paramilitary Rapid Support Forces"), not
	// taken from earlier in the report.
	Named bool `json:"named,omitempty"`
}

// Event is the event a claim belongs to.
type Event struct {
	// Type is the event's type from the lexicon ("war", "meeting"), empty
	// when the claim names none.
	Type string `json:"type"`
	// Text is the words that name the event ("a six-week war"), or the
	// words of the earlier sentence it was resolved from.
	Text string `json:"text"`
	// Time is when the event took place, when the text says; nil if not.
	Time *norm.Time `json:"time"`
	// Plural marks claims about several events together ("two wars").
	Plural bool `json:"plural,omitempty"`
	// Recurring marks event types that happen again and again, whose
	// dates tell one event from another.
	Recurring bool `json:"recurring,omitempty"`
	// Sudden marks event types that happen in a day (a quake, a storm):
	// two days for one of them are more often two events than a
	// contradiction.
	Sudden bool `json:"sudden,omitempty"`
	// Within is the type of the lasting event this one is an episode
	// of, whose counts are compared as its counts ("war" for an
	// offensive); empty for most types.
	Within string `json:"within,omitempty"`
	// Key names the event compactly: type, time and plurality
	// ("war@2020", "war@1990/1999", "war*2").
	Key string `json:"key"`
	// Name is a name that tells the event apart from others of its type
	// ("Maria" of Hurricane Maria, "İzmit" of the İzmit earthquake), and
	// Magnitude a measure of it that does (a 7.8 earthquake); empty and
	// 0 when the text gives none.
	Name      string  `json:"name,omitempty"`
	Magnitude float64 `json:"magnitude,omitempty"`
	// Places are the canonical places the event struck or took place in,
	// as the text names them with the event.
	Places []string `json:"places,omitempty"`
	// Another marks another event of its type than the one a report
	// tells of ("a second quake", "another earthquake"): never the
	// story's event, nor compared with claims of events not so told.
	Another bool `json:"another,omitempty"`
	// Planned marks an event its sentence tells of as to come, on a day
	// after the report's ("the runoff will be held on October 30"):
	// never compared with the event as held.
	Planned bool `json:"planned,omitempty"`
	// After marks an event its sentence says came a length after another
	// of its type ("a 6.4 quake on Monday, weeks after the deadly
	// quake"): not the story's event unless told by the story's
	// magnitude, name or day; compared like any other.
	After bool `json:"after,omitempty"`
	// From says where the event was read when not in the claim's own
	// sentence: "story" for the event the document reports on, read from
	// its headline and lead.
	From string `json:"from,omitempty"`
}

// Scope is where a count is counted.
type Scope struct {
	// Places are the canonical places the figure covers, sorted: one
	// country, or several together ("in Turkey and Syria", "in the two
	// countries").
	Places []string `json:"places,omitempty"`
	// Part names the part of the places the figure covers, when it
	// covers only part of them: "government-held", "opposition-held",
	// "northwest".
	Part string `json:"part,omitempty"`
	// Period is a counting period of the figure's own: its length as an
	// ISO duration ("in the 42 days after": "P42D"), or for a period that
	// ends at the report its days ("in the last 24 hours" of a report of
	// August 27: "2022-08-26/2022-08-27"). A figure of another period
	// counts something else.
	Period string `json:"period,omitempty"`
	// From says where the places were read: "text" when the sentence
	// names them, "story" when they are the places of the document's
	// story, "event" when they are the countries of the places its event
	// struck.
	From string `json:"from,omitempty"`
	// Within are the places the lexicon puts Places in (their regions
	// and countries), sorted: Donetsk and Ukraine for Mariupol.
	Within []string `json:"within,omitempty"`
	// Local marks places that are no whole country: regions, towns, or
	// places the lexicon does not know. Local scopes neither of which
	// lies in the other are told apart even when they were read from
	// reports' stories (see the compare package).
	Local bool `json:"local,omitempty"`
}

// Key is a compact form of the scope for grouping: "Syria+Turkey",
// "Syria/opposition-held", "" for none.
func (s *Scope) Key() string {
	if s == nil {
		return ""
	}
	k := strings.Join(s.Places, "+")
	if s.Part != "" {
		k += "/" + s.Part
	}
	if s.Period != "" {
		k += "~" + s.Period
	}
	return k
}

// CountTime is when a count was counted.
type CountTime struct {
	// Time is the day (or days) of the count.
	Time norm.Time `json:"time"`
	// At is the moment of the count, RFC 3339, when a time of day is
	// known (a publication time).
	At string `json:"at,omitempty"`
	// From says where it was read: "text" or "published".
	From string `json:"from"`
	// Running marks a count the text reports as still being counted
	// ("has killed", "so far", "rose to"): a figure of a series.
	Running bool `json:"running,omitempty"`
	// Earlier marks a figure the text gives as an earlier count than
	// the document's own ("Earlier, the ministry said 111 had died",
	// "up from 16", "the previous toll of 3,400"): history of the count,
	// not a rival figure.
	Earlier bool `json:"earlier,omitempty"`
	// Rose marks a figure the text tells the count rose to ("the toll
	// has climbed to 52", "rose to 1,200"): a later count than a lower
	// figure of an earlier day, even one it does not contradict ("at
	// least 40").
	Rose bool `json:"rose,omitempty"`
	// Falls marks a count that falls as well as rises (the missing, as
	// they are found): a later figure of it, lower or higher, is a later
	// count.
	Falls bool `json:"falls,omitempty"`
}

// Counter is who a figure is attributed to, as an entity of the lexicon.
type Counter struct {
	// Name is the entity's canonical name ("AFAD", "Syria").
	Name string `json:"name"`
	// Type is its type as the lexicon writes it: agency, country, group,
	// organization, person, region or city.
	Type string `json:"type"`
	// Country is the state it is an organ or a part of, when it has one
	// (AFAD of Turkey, a minister of his country).
	Country string `json:"country,omitempty"`
}

// Party returns the party of a conflict a counter speaks for: a country,
// an armed group, a region or a city itself (its authorities), or the
// country an agency or a person belongs to; "" for bodies of no side (UN
// agencies, relief groups, alliances).
func (c *Counter) Party() string {
	if c == nil {
		return ""
	}
	switch c.Type {
	case "country", "group", "region", "city":
		// A region or city speaks for its own authorities ("Nagorno-
		// Karabakh said"), not for the state it lies in.
		return c.Name
	}
	return c.Country
}
