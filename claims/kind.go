package claims

import (
	"fmt"
	"strconv"
	"strings"
)

// Kind is the kind of fact a claim states.
type Kind uint8

// Kinds of claim. Each has an entry in the kind table (Kind.Info), which
// says how its claims are read and compared.
const (
	Casualties Kind = iota + 1 // people killed, wounded or missing
	Troops                     // troops and peacekeepers deployed
	Prisoners                  // prisoners, detainees, exchanges
	Displaced                  // refugees and displaced people
	Date                       // when an event happened or will happen
	Duration                   // how long an event lasted
	Control                    // who held or took which territory
	Votes                      // the share of a vote that went one way
	Turnout                    // the share of voters who voted
	Framing                    // the loaded words a source chooses for an act, a group or a territory
	Magnitude                  // the measure of an event on its scale: an earthquake's magnitude
)

// ValueKind is the form of a kind's values.
type ValueKind uint8

// Value forms.
const (
	CountValue    ValueKind = iota + 1 // a quantity of people, read next to a measure word of the lexicon
	DateValue                          // the time of the claim's event
	DurationValue                      // how long the claim's event lasted
	ChangeValue                        // a change of control (Claim.Control), dated by its event
	ShareValue                         // a percentage, read next to a measure word of the lexicon
	WordsValue                         // no value: the claim is its loaded words (Claim.Framing)
	ScaleValue                         // a reading on the scale its event is measured by (an earthquake's magnitude)
)

// KindInfo is the kind table's entry for one claim kind: everything the
// extractor and the comparison need to know of it that is not a word of
// the lexicon.
//
// Adding a kind takes one entry in the table and its lexicon words: for a
// count, a measure in core.yaml (`kind:` naming the new kind) with the
// words that trigger it.
type KindInfo struct {
	// Name is the kind as written in JSON and in the lexicon.
	Name string
	// Value is the form of its values.
	Value ValueKind
	// Standing marks a standing state rather than the outcome of an
	// event (troops deployed): its claims are told apart by whose they
	// are and where, never by an event named in the sentence, and need
	// no event to be compared. Other claims without a stated event are
	// compared with nothing.
	Standing bool
	// Owned marks counts of a side's own (its troops): the side is the
	// subject that has them ("Russia has 2,000 troops"), never the
	// country they stand in.
	Owned bool
	// UndatedAlone marks kinds whose claims are compared only when their
	// event is dated: two undated dates or changes of control are never
	// known to be one.
	UndatedAlone bool
	// Running marks a count that can only rise over time (a death toll,
	// the displaced): a higher figure in a later report is an update,
	// not a contradiction.
	Running bool
	// Rank orders the measures of this kind when several trigger words
	// stand near one figure: lower wins at equal distance.
	Rank int
	// NounRank is the rank of a measure word that is also the counted
	// noun ("2,000 troops" alone counts troops, weakly); 0 means Rank.
	NounRank int
	// Frames are the framing frames of the lexicon whose words bear on
	// the kind's claims.
	Frames []string
}

// kindTable holds one entry per Kind.
var kindTable = [...]KindInfo{
	Casualties: {Name: "casualties", Value: CountValue, Running: true,
		Frames: []string{"operation", "actors"}},
	Troops: {Name: "troops", Value: CountValue, Standing: true, Owned: true, Rank: 3, NounRank: 6,
		Frames: []string{"deployment"}},
	Prisoners: {Name: "prisoners", Value: CountValue, Rank: 1},
	Displaced: {Name: "displaced", Value: CountValue, Running: true, Rank: 1,
		Frames: []string{"departure", "actors"}},
	Date:     {Name: "date", Value: DateValue, UndatedAlone: true},
	Duration: {Name: "duration", Value: DurationValue, Frames: []string{"actors"}},
	Control: {Name: "control", Value: ChangeValue, UndatedAlone: true,
		Frames: []string{"control_change", "control_held", "control_lost", "secession", "actors"}},
	// Shares change as the ballots are counted: a series, whose
	// preliminary figures are history of the final ones.
	Votes:   {Name: "votes", Value: ShareValue, Running: true, Frames: []string{"vote"}},
	Turnout: {Name: "turnout", Value: ShareValue, Running: true, Frames: []string{"vote"}},
	// A framing claim is told apart by what its words describe (its
	// referent), not by an event.
	Framing: {Name: "framing", Value: WordsValue, Standing: true},
	// A magnitude is one figure for its event's whole life, read with
	// the event it measures; two reports of it that differ disagree.
	Magnitude: {Name: "magnitude", Value: ScaleValue},
}

var noKind KindInfo

// Info returns the kind table's entry for k (an empty entry for an
// unknown kind).
func (k Kind) Info() *KindInfo {
	if k > 0 && int(k) < len(kindTable) {
		return &kindTable[k]
	}
	return &noKind
}

// Kinds returns every kind, in table order.
func Kinds() []Kind {
	out := make([]Kind, 0, len(kindTable)-1)
	for k := range kindTable {
		if k > 0 {
			out = append(out, Kind(k))
		}
	}
	return out
}

// CountKinds returns the names of the kinds whose values are counts or
// shares: the kinds a lexicon measure may name.
func CountKinds() []string {
	var out []string
	for _, k := range Kinds() {
		if v := k.Info().Value; v == CountValue || v == ShareValue {
			out = append(out, k.String())
		}
	}
	return out
}

// ParseKind returns the Kind named s ("casualties", "date", ...).
func ParseKind(s string) (Kind, error) {
	for _, k := range Kinds() {
		if k.Info().Name == s {
			return k, nil
		}
	}
	names := make([]string, 0, len(kindTable))
	for _, k := range Kinds() {
		names = append(names, k.String())
	}
	return 0, fmt.Errorf("unknown claim kind %q: want one of %s", s, strings.Join(names, ", "))
}

// String returns the kind's name as written in JSON.
func (k Kind) String() string {
	if n := k.Info().Name; n != "" {
		return n
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText encodes the kind as its name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a kind name.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}
