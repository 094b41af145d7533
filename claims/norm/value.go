package norm

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"time"
)

// Qualifier says how a figure bounds the true value: exactly, from below,
// from above, approximately, as a range or as a vague amount.
type Qualifier uint8

// Qualifiers, in the order of their names below.
const (
	Exact    Qualifier = iota // "6,500"
	MoreThan                  // more than, over, upwards of, in excess of (exclusive lower bound)
	AtLeast                   // at least, no fewer than, "X or more" (inclusive lower bound)
	LessThan                  // fewer than, less than, under (exclusive upper bound)
	AtMost                    // up to, at most, no more than (inclusive upper bound)
	Nearly                    // nearly, almost, close to (upper bound, close below)
	About                     // about, around, some, roughly, approximately, an estimated
	Range                     // between X and Y, X to Y, X-Y
	Vague                     // dozens, hundreds, tens of thousands, several, a handful
)

var qualifierNames = [...]string{
	Exact:    "exact",
	MoreThan: "more_than",
	AtLeast:  "at_least",
	LessThan: "less_than",
	AtMost:   "at_most",
	Nearly:   "nearly",
	About:    "about",
	Range:    "range",
	Vague:    "vague",
}

// String returns the qualifier's JSON name, such as "more_than".
func (q Qualifier) String() string {
	if int(q) < len(qualifierNames) {
		return qualifierNames[q]
	}
	return "Qualifier(" + strconv.Itoa(int(q)) + ")"
}

// MarshalText encodes the qualifier as its name.
func (q Qualifier) MarshalText() ([]byte, error) { return []byte(q.String()), nil }

// UnmarshalText decodes a qualifier name written by MarshalText.
func (q *Qualifier) UnmarshalText(b []byte) error {
	for i, n := range qualifierNames {
		if n == string(b) {
			*q = Qualifier(i)
			return nil
		}
	}
	return fmt.Errorf("unknown qualifier %q", b)
}

// Class says what sort of quantity a figure is. Only counts become claims;
// the other classes are read so that they are never mistaken for counts.
type Class uint8

// Classes of quantity.
const (
	Count Class = iota // people, troops, settlements
	// Ordinal is a rank ("first", "2nd"). The reader no longer gives
	// ranks as mentions (a rank is no quantity); the class stays so that
	// values written before still read.
	Ordinal
	Money   // $800 million, 2.5bn euros
	Percent // 19 per cent, 60%
	Measure // 87 mph, 140 km/h, 30 yards
	Change  // up 19 cents, fell 3.5 points: see Quantity.Direction
	// Fraction is a part of a whole, from 0 to 1: "half of the 120,000
	// residents" (0.5, with the whole), "a third of", "one in five",
	// "1/2".
	Fraction
	// Age is how old someone or something is, in Unit ("year", "month"):
	// "a 45-year-old man", "aged 45", "Maddon, 66,".
	Age
	// Reference is a definite figure that names things the text speaks
	// of, not a new count of them: "the two countries", "the three
	// leaders". A figure before a counted noun ("the 120 detainees")
	// stays a Count.
	Reference
)

var classNames = [...]string{
	Count:     "count",
	Ordinal:   "ordinal",
	Money:     "money",
	Percent:   "percent",
	Measure:   "measure",
	Change:    "change",
	Fraction:  "fraction",
	Age:       "age",
	Reference: "reference",
}

// Direction is the direction of a change: up, down, or none given.
type Direction int8

// Directions of change.
const (
	NoDirection Direction = 0
	Up          Direction = 1
	Down        Direction = -1
)

// String returns "up", "down" or "".
func (d Direction) String() string {
	switch d {
	case Up:
		return "up"
	case Down:
		return "down"
	}
	return ""
}

// MarshalText encodes the direction as its name.
func (d Direction) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText decodes a direction name written by MarshalText.
func (d *Direction) UnmarshalText(b []byte) error {
	switch string(b) {
	case "up":
		*d = Up
	case "down":
		*d = Down
	case "":
		*d = NoDirection
	default:
		return fmt.Errorf("unknown direction %q", b)
	}
	return nil
}

// String returns the class's JSON name, such as "count".
func (c Class) String() string {
	if int(c) < len(classNames) {
		return classNames[c]
	}
	return "Class(" + strconv.Itoa(int(c)) + ")"
}

// MarshalText encodes the class as its name.
func (c Class) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText decodes a class name written by MarshalText.
func (c *Class) UnmarshalText(b []byte) error {
	for i, n := range classNames {
		if n == string(b) {
			*c = Class(i)
			return nil
		}
	}
	return fmt.Errorf("unknown quantity class %q", b)
}

// Quantity is a numeric interval read from text. Low and High are the bounds
// the words state; an unbounded side is math.Inf (-1 for Low, +1 for High)
// and is written as null in JSON. An exact figure has Low == High.
//
// Figures keep the sign they are written with: "fell 7%" is 7 with
// Direction Down, "-5 yards" and "minus 130 degrees" are negative.
type Quantity struct {
	Low, High float64
	// LowOpen and HighOpen say that a finite bound is exclusive
	// ("more than 6,500" excludes 6,500 itself).
	LowOpen, HighOpen bool
	// Stated is the single figure the text gives, when it gives one
	// (6,500 in "more than 6,500"); HasStated is false for ranges and
	// vague amounts.
	Stated    float64
	HasStated bool
	Qualifier Qualifier
	Class     Class
	// Unit is the counted thing or the unit of measure, lower case and
	// singular where the lexicon knows it ("dead", "troops", "people",
	// "usd", "percent"); empty when the text names none.
	Unit string
	// Whole is the total a part is taken from: 120,000 in
	// "more than 100,000 people out of the 120,000 recorded" and in
	// "half of the 120,000 residents".
	Whole *Quantity
	// Direction is the direction of a Change ("rose 2%" is Up, "fell
	// 3.5 points" Down); NoDirection for every other class.
	Direction Direction
}

// quantityJSON is the wire form of a Quantity.
type quantityJSON struct {
	Low       *float64  `json:"low"`
	High      *float64  `json:"high"`
	LowOpen   bool      `json:"low_open,omitempty"`
	HighOpen  bool      `json:"high_open,omitempty"`
	Stated    *float64  `json:"stated"`
	Qualifier Qualifier `json:"qualifier"`
	Class     Class     `json:"class"`
	Unit      string    `json:"unit"`
	Whole     *Quantity `json:"whole,omitempty"`
	Direction Direction `json:"direction,omitempty"`
}

func finite(f float64) *float64 {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return nil
	}
	return &f
}

// MarshalJSON writes {"low", "high", "stated", "qualifier", "class", "unit"}
// with null for an open bound or a missing stated figure, and "whole" and
// "direction" when set.
func (q Quantity) MarshalJSON() ([]byte, error) {
	w := quantityJSON{
		Low: finite(q.Low), High: finite(q.High),
		LowOpen: q.LowOpen, HighOpen: q.HighOpen,
		Qualifier: q.Qualifier, Class: q.Class, Unit: q.Unit, Whole: q.Whole,
		Direction: q.Direction,
	}
	if q.HasStated {
		w.Stated = finite(q.Stated)
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads the form written by MarshalJSON.
func (q *Quantity) UnmarshalJSON(b []byte) error {
	var w quantityJSON
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*q = Quantity{Low: math.Inf(-1), High: math.Inf(1), LowOpen: w.LowOpen, HighOpen: w.HighOpen,
		Qualifier: w.Qualifier, Class: w.Class, Unit: w.Unit, Whole: w.Whole, Direction: w.Direction}
	if w.Low != nil {
		q.Low = *w.Low
	}
	if w.High != nil {
		q.High = *w.High
	}
	if w.Stated != nil {
		q.Stated, q.HasStated = *w.Stated, true
	}
	return nil
}

// Date is a calendar date at some precision. Year 0 means the year is not
// known ("December 7" with no publication date); Month 0 and Day 0 mean the
// date is only known to the year or the month. Dates in Time values are
// always filled in to the day by the reader.
type Date struct {
	Year, Month, Day int
}

// IsZero reports whether d is the zero Date, used for an open end.
func (d Date) IsZero() bool { return d == Date{} }

// String writes d as ISO 8601: "2020-09-01", or "--12-07" without a year.
func (d Date) String() string {
	if d.Year == 0 {
		return fmt.Sprintf("--%02d-%02d", d.Month, d.Day)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Time is a time interval read from text: both ends inclusive, a zero end
// is open ("since 1991" has no End). Anchored is false when the text is
// relative ("on Sunday", "last week") and no publication date was given to
// resolve it; then Start and End are zero and Weekday or Relative say what
// the text said.
type Time struct {
	Start, End Date
	Anchored   bool
	// Weekday is the day named by an unanchored weekday ("Sunday").
	Weekday string
	// Relative is the relative expression in canonical form ("last_week",
	// "yesterday", "next_month") when the text was relative.
	Relative string
	// Since marks an interval that runs from Start to the time of writing
	// ("since 1991", "since the collapse of the USSR").
	Since bool
	// Anchor is the lexicon event a time was read from ("collapse of the USSR").
	Anchor string
}

type timeJSON struct {
	Start    *string `json:"start"`
	End      *string `json:"end"`
	Anchored bool    `json:"anchored"`
	Weekday  string  `json:"weekday,omitempty"`
	Relative string  `json:"relative,omitempty"`
	Since    bool    `json:"since,omitempty"`
	Anchor   string  `json:"anchor,omitempty"`
}

func dateString(d Date) *string {
	if d.IsZero() {
		return nil
	}
	s := d.String()
	return &s
}

// MarshalJSON writes {"start", "end", "anchored"} with ISO dates or null.
func (t Time) MarshalJSON() ([]byte, error) {
	return json.Marshal(timeJSON{
		Start: dateString(t.Start), End: dateString(t.End), Anchored: t.Anchored,
		Weekday: t.Weekday, Relative: t.Relative, Since: t.Since, Anchor: t.Anchor,
	})
}

// UnmarshalJSON reads the form written by MarshalJSON.
func (t *Time) UnmarshalJSON(b []byte) error {
	var w timeJSON
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*t = Time{Anchored: w.Anchored, Weekday: w.Weekday, Relative: w.Relative, Since: w.Since, Anchor: w.Anchor}
	var err error
	if w.Start != nil {
		if t.Start, err = parseISODate(*w.Start); err != nil {
			return err
		}
	}
	if w.End != nil {
		if t.End, err = parseISODate(*w.End); err != nil {
			return err
		}
	}
	return nil
}

func parseISODate(s string) (Date, error) {
	var d Date
	if len(s) == 7 && s[:2] == "--" {
		if _, err := fmt.Sscanf(s, "--%02d-%02d", &d.Month, &d.Day); err != nil {
			return Date{}, fmt.Errorf("bad date %q", s)
		}
		return d, nil
	}
	tm, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Date{}, fmt.Errorf("bad date %q", s)
	}
	return Date{tm.Year(), int(tm.Month()), tm.Day()}, nil
}

// Duration is a length of time read from text, as a range of days
// ("six weeks" is 42 to 42; "three decades" about 10,950; "for decades" is
// vague, from 20 years with no upper bound; "90 minutes" is 0.0625).
type Duration struct {
	// ISO is the ISO 8601 duration as stated, such as "P6W", "P30Y" or
	// "PT90M"; for a range ("seven to 10 years") its lower end.
	ISO string
	// MinDays and MaxDays bound the length; MaxDays is +Inf when open.
	MinDays, MaxDays float64
	// Vague marks "for decades", "for years", "weeks of".
	Vague bool
	// Qualifier says how the stated length bounds the true one, as for
	// a Quantity: "nearly six weeks" is Nearly (38 to 42 days), "more
	// than three months" MoreThan, "seven to 10 years" Range. Exact
	// for a plain length and for a vague one.
	Qualifier Qualifier
}

type durationJSON struct {
	ISO       string     `json:"iso"`
	MinDays   float64    `json:"min_days"`
	MaxDays   *float64   `json:"max_days"`
	Vague     bool       `json:"vague,omitempty"`
	Qualifier *Qualifier `json:"qualifier,omitempty"`
}

// MarshalJSON writes {"iso", "min_days", "max_days"}; max_days is null when
// open, and "qualifier" is written when it is not exact.
func (d Duration) MarshalJSON() ([]byte, error) {
	w := durationJSON{ISO: d.ISO, MinDays: d.MinDays, MaxDays: finite(d.MaxDays), Vague: d.Vague}
	if d.Qualifier != Exact {
		q := d.Qualifier
		w.Qualifier = &q
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads the form written by MarshalJSON.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var w durationJSON
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*d = Duration{ISO: w.ISO, MinDays: w.MinDays, MaxDays: math.Inf(1), Vague: w.Vague}
	if w.Qualifier != nil {
		d.Qualifier = *w.Qualifier
	}
	if w.MaxDays != nil {
		d.MaxDays = *w.MaxDays
	}
	return nil
}

// Kind is the kind of a Mention.
type Kind uint8

// Kinds of mention.
const (
	QuantityKind Kind = iota + 1
	TimeKind
	DurationKind
)

var kindNames = [...]string{QuantityKind: "quantity", TimeKind: "time", DurationKind: "duration"}

// String returns "quantity", "time" or "duration".
func (k Kind) String() string {
	if k > 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText encodes the kind as its name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a kind name written by MarshalText.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if i > 0 && n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("unknown mention kind %q", b)
}

// Mention is one number, time or duration expression found in a text.
// Start and End are byte offsets into the text the reader was given, with
// Text == text[Start:End]. Exactly one of Quantity, Time and Duration is
// meaningful, as Kind says.
type Mention struct {
	Kind       Kind
	Start, End int
	Text       string
	Quantity   Quantity
	Time       Time
	Duration   Duration
}

// Value returns the mention's normalized value as a Value.
func (m *Mention) Value() Value {
	switch m.Kind {
	case QuantityKind:
		q := m.Quantity
		return Value{Quantity: &q}
	case TimeKind:
		t := m.Time
		return Value{Time: &t}
	case DurationKind:
		d := m.Duration
		return Value{Duration: &d}
	}
	return Value{}
}

// Value holds one normalized value: exactly one field is non-nil. It is
// written in JSON as the object of that field alone.
type Value struct {
	Quantity *Quantity
	Time     *Time
	Duration *Duration
}

// MarshalJSON writes the one value that is set, or null.
func (v Value) MarshalJSON() ([]byte, error) {
	switch {
	case v.Quantity != nil:
		return json.Marshal(v.Quantity)
	case v.Time != nil:
		return json.Marshal(v.Time)
	case v.Duration != nil:
		return json.Marshal(v.Duration)
	}
	return []byte("null"), nil
}

// UnmarshalJSON tells the three forms apart by their fields: "iso" for a
// duration, "anchored" for a time, "qualifier" for a quantity.
func (v *Value) UnmarshalJSON(b []byte) error {
	*v = Value{}
	if string(b) == "null" {
		return nil
	}
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(b, &probe); err != nil {
		return err
	}
	switch {
	case probe["iso"] != nil:
		v.Duration = new(Duration)
		return json.Unmarshal(b, v.Duration)
	case probe["anchored"] != nil:
		v.Time = new(Time)
		return json.Unmarshal(b, v.Time)
	case probe["qualifier"] != nil:
		v.Quantity = new(Quantity)
		return json.Unmarshal(b, v.Quantity)
	}
	return fmt.Errorf("value has none of the fields iso, anchored or qualifier")
}
