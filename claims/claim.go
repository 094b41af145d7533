package claims

import (
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
	Event   Event   `json:"event"`
	// Value is the normalized quantity, time or duration.
	Value norm.Value `json:"value"`
	// Framing lists the loaded words of the sentence that bear on the
	// claim, in the order they stand.
	Framing []FramingWord `json:"framing"`
	// Attribution is who the sentence reports the claim from ("Armenia"
	// for "according to Yerevan"), empty when the outlet asserts it.
	Attribution string `json:"attribution"`
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
	// Key names the event compactly: type, time and plurality
	// ("war@2020", "war@1990/1999", "war*2").
	Key string `json:"key"`
}
