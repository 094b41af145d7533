// Package lexicon holds the words claimcheck reads claims by: event nouns,
// what a count measures, who is counted, speech verbs, framing terms and
// named entities with their aliases. Lexicons are YAML files a journalist
// can edit; the built-in ones are embedded, and users add their own for
// other topics.
package lexicon

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims/token"
	"gopkg.in/yaml.v3"
)

//go:embed data/*.yaml
var builtin embed.FS

// Lexicon is the merged content of one or more lexicon files. Later files
// add entries and override entries of the same name.
type Lexicon struct {
	Events   []EventType `yaml:"events"`
	Anaphora []string    `yaml:"anaphora"`
	Sequels  []string    `yaml:"sequels"`
	// Others are the words before an event noun that name another event
	// of its type than the one a report tells of ("a second quake",
	// "another earthquake", "later a 7.5 quake").
	Others []string `yaml:"others"`
	// SameTime are the phrases that date an event by a time named
	// before them ("a 7.8 quake on Feb. 6 and later a 7.5 quake the same
	// day").
	SameTime []string  `yaml:"same_time"`
	Measures []Measure `yaml:"measures"`
	Groups   []Group   `yaml:"groups"`
	Speech   []string  `yaml:"speech"`
	Framing  []Frame   `yaml:"framing"`
	Control  Control   `yaml:"control"`
	Function Function  `yaml:"function"`
	// Scopes are the words that say a figure counts part of a place.
	Scopes []ScopePart `yaml:"scopes"`
	// AllPlaces are phrases that count in all the places a story is
	// about together ("the two countries").
	AllPlaces []string `yaml:"all_places"`
	// Settlements are nouns of places smaller than a country ("town",
	// "camp"): a figure counted in "a town" or "one camp" counts part of
	// the places it names.
	Settlements []string `yaml:"settlements"`
	// Tolls are the nouns that name a running count of a measure ("the
	// death toll", "the number of displaced"), which a figure far from
	// them counts when a level verb ties it to them ("the death toll
	// ... has passed 21,500").
	Tolls []Toll `yaml:"tolls"`
	// Levels are the verbs that give a count its figure ("rose to",
	// "reached", "passed", "stood at").
	Levels []string `yaml:"levels"`
	// Running are the words that report a count as still being counted
	// ("has killed", "so far", "the latest toll").
	Running []string `yaml:"running"`
	// Preliminary are the phrases that tell a vote's figures as an early
	// count of its ballots ("early projections", "preliminary results"):
	// history of the result, not a rival figure.
	Preliminary []string `yaml:"preliminary"`
	Entities    []Entity `yaml:"entities"`
}

// Control says how claims of who holds a territory are read: the role in
// a control claim of the words of each frame. A sentence needs a word of
// a Gain, Lose or Secede frame to make a claim.
type Control struct {
	// Gain are the frames whose words say that their subject took
	// control ("Azerbaijan liberated", "captured by Azerbaijan").
	Gain []string `yaml:"gain"`
	// Lose are the frames whose words say that their subject gave
	// control up ("Armenia ceded", "had to surrender").
	Lose []string `yaml:"lose"`
	// Secede are the frames whose words say that a territory broke away
	// ("split from Azerbaijan"): it gains control of itself.
	Secede []string `yaml:"secede"`
	// Hold are the frames whose words say who held a territory
	// ("occupied by Armenia" names the side that lost it when a change
	// follows).
	Hold []string `yaml:"hold"`
	// Territories are nouns that stand for a territory named before.
	Territories []string `yaml:"territories"`
}

// Frames returns the frames of the control section with the role of
// their words.
func (c *Control) Frames() map[string]ControlRole {
	m := map[string]ControlRole{}
	for _, l := range []struct {
		frames []string
		role   ControlRole
	}{{c.Hold, RoleHold}, {c.Gain, RoleGain}, {c.Lose, RoleLose}, {c.Secede, RoleSecede}} {
		for _, f := range l.frames {
			m[f] = l.role
		}
	}
	return m
}

// ControlRole is what a control word says its subject did.
type ControlRole uint8

// Roles of control words.
const (
	RoleGain   ControlRole = iota + 1 // took control
	RoleLose                          // gave control up
	RoleSecede                        // broke away
	RoleHold                          // held control
)

// Function lists the function words the extractor's rules read by, by
// their role: the grammar a rule needs, kept apart from the rule so that
// it can be read and extended.
type Function struct {
	// Negations deny the verb they stand before ("never captured").
	Negations []string `yaml:"negations"`
	// Predicates after a figure show that it stands without a noun of
	// its own ("22,168 were injured").
	Predicates []string `yaml:"predicates"`
	// Plurals before a plural event noun make it several events ("two
	// wars"), not one event named in the plural ("talks").
	Plurals []string `yaml:"plurals"`
	// Ordinals before an event noun tell one event from another of its
	// type ("the first war", "the other meeting").
	Ordinals []string `yaml:"ordinals"`
	// Relatives open a relative clause after an event noun ("the war
	// that ended in 2020").
	Relatives []string `yaml:"relatives"`
	// Relations after a time make it a time relative to the event, not
	// the event's own ("two weeks after the war").
	Relations []string `yaml:"relations"`
	// Since opens the start of a state that lasts ("since 1991").
	Since []string `yaml:"since"`
	// And joins the items of a list ("4 soldiers and 3 civilians").
	And []string `yaml:"and"`
	// Or joins alternatives.
	Or []string `yaml:"or"`
	// In places a count in a country ("died in Syria").
	In []string `yaml:"in"`
	// By names the agent of a passive verb ("captured by Azerbaijan").
	By []string `yaml:"by"`
	// From names the side something was taken from.
	From []string `yaml:"from"`
	// Of joins a part to its whole ("areas of Syria").
	Of []string `yaml:"of"`
	// Determiners stand before nouns ("the", "a", "its").
	Determiners []string `yaml:"determiners"`
	// PlaceModifiers stand in a place phrase without changing the place
	// ("in Turkey and neighbouring Syria").
	PlaceModifiers []string `yaml:"place_modifiers"`
	// Earlier words give a figure as an earlier count than the report's
	// own ("Earlier, ...", "initially", "the previous toll").
	Earlier []string `yaml:"earlier"`
	// Starts say that an event began ("began", "broke out", "the
	// outbreak of"): a date with one of them is the event's start.
	Starts []string `yaml:"starts"`
	// Including opens the parts of a count just given ("89, including
	// 77 insurgents"): they count what it counts.
	Including []string `yaml:"including"`
	// Into names where people fled to ("fled to Bangladesh", "crossed
	// into Chad"): the place of a count of refugees.
	Into []string `yaml:"into"`
	// Indefinites stand before a noun that names no one thing ("a
	// single town", "one village").
	Indefinites []string `yaml:"indefinites"`
	// Future words tell of what is yet to come ("will", "scheduled"):
	// a day after publication in their sentence is to come, not a year
	// before.
	Future []string `yaml:"future"`
	// Counting words tell how far a count of ballots has gone ("22% of
	// the ballots processed"): that percentage is no share of the vote,
	// and the shares beside it are preliminary.
	Counting []string `yaml:"counting"`
	// Clauses open a clause of their own inside a sentence ("where",
	// "while"): a time after one is that clause's.
	Clauses []string `yaml:"clauses"`
	// On stands between a word and the day it is dated by ("said on
	// Wednesday", "by Tuesday").
	On []string `yaml:"on"`
	// Bodies are the nouns that end the name of a body ("Commission",
	// "Fund"): an event noun inside such a name names no event ("the
	// Central Election Commission").
	Bodies []string `yaml:"bodies"`
	// Forecasts tell a figure as one yet to come ("is predicted", "is
	// expected to reach"): no claim.
	Forecasts []string `yaml:"forecasts"`
	// For gives whom a share went to ("44% for the opposition
	// candidate").
	For []string `yaml:"for"`
	// Asides open a clause that tells something beside a figure ("with
	// the toll expected to rise", "amid fears of more deaths"): what they
	// say is not said of the figure.
	Asides []string `yaml:"asides"`
	// Periods introduce the period a figure was counted over ("in the 42
	// days after", "over the past week", "during the first month").
	Periods []string `yaml:"periods"`
	// PeriodsNow end a period at the report ("the past ten days").
	PeriodsNow []string `yaml:"periods_now"`
	// Lives are casualty words that count the dead only after a verb
	// of TakeLives ("claimed 9,000 lives", not "saved 200 lives").
	Lives     []string `yaml:"lives"`
	TakeLives []string `yaml:"take_lives"`
	// Totals, in a level, make its figure the total of the count
	// before it ("bringing the total to 9,732").
	Totals []string `yaml:"totals"`
	// Increments make a figure what a count grew by ("300 more", "another
	// 40"), unless a comparison follows ("more ... than usual").
	Increments  []string `yaml:"increments"`
	Comparisons []string `yaml:"comparisons"`
	// NumberOf, before "of" and a casualty or displacement word, name a
	// toll the lexicon has no phrase for ("the number of Rohingya who
	// have fled").
	NumberOf []string `yaml:"number_of"`
	// Superlatives before an event noun make a "since" after it a
	// comparison ("the deadliest fire since 1918"), not its time.
	Superlatives []string `yaml:"superlatives"`
	// StartsWithParticle are start words that say so only before a
	// particle of Particles ("broke out", not "broke a ceasefire").
	StartsWithParticle []string `yaml:"starts_with_particle"`
	Particles          []string `yaml:"particles"`
	// Many, before a plural territory noun, count several parts of a
	// country ("across multiple states").
	Many []string `yaml:"many"`
	// Rises, before "up to" and a figure, make it the figure a count
	// reached ("inched up to 227"), not a bound.
	Rises []string `yaml:"rises"`
	// Samples, before a figure (through "of" at most), make it the size
	// of a sample ("a survey of 1,200 people", "interviewed 300
	// refugees"): whom a study asked, not a count of the fact.
	Samples []string `yaml:"samples"`
	// Likenesses, before "to" and an indefinite event noun, make the
	// event a yardstick, not one that happened ("equivalent to a
	// magnitude 3.3 earthquake").
	Likenesses []string `yaml:"likenesses"`
	// Likewise are nouns that count more of the group a figure listed
	// before them counts ("863 civilians were killed and 3,531 others
	// injured": civilians).
	Likewise []string `yaml:"likewise"`
	// Anniversaries, next to an event noun, make the times of the
	// sentence the anniversary's ("on Monday, the eve of Hurricane
	// María's fifth anniversary"), not the event's.
	Anniversaries []string `yaml:"anniversaries"`
	// Elapsed words, between a length and an event noun, tell how long
	// before the report the event was ("three years after the blast",
	// "two years since the quake").
	Elapsed []string `yaml:"elapsed"`
	// Intervals are time units that, before an elapsed word, tell a
	// length without a figure ("weeks after the deadly quake"), and after
	// an ordinal, the period a count covers ("in the first month").
	Intervals []string `yaml:"intervals"`
	// EventPronouns stand for the event the sentence before named, in a
	// sentence that names none ("it measured 7.6").
	EventPronouns []string `yaml:"event_pronouns"`
	// Stays are verbs that, after a count of the displaced and before
	// "in", tell where some of them stay ("930,000 are sheltering in UN
	// schools", "217,000 are living in camps"): a stock of a place, not a
	// count of the event's displaced.
	Stays []string `yaml:"stays"`
	// Severities, next to a count of the injured, make it the part
	// injured that badly ("1,404 critically"): no count of all the
	// injured.
	Severities []string `yaml:"severities"`
	// Potentials are auxiliaries that, before a verb of Growths, tell a
	// figure as what a count may come to ("it can reach 20,000", "the
	// toll will rise to 100"): no count yet.
	Potentials []string `yaml:"potentials"`
	// Growths are the verbs a count comes to a figure by, after a
	// potential.
	Growths []string `yaml:"growths"`
	// Respectively words, after a list of figures, give each the place
	// that stands where it stands in a list of places before them ("A
	// and B reported 308 and 223 deaths, respectively").
	Respectively []string `yaml:"respectively"`
	// Whens, after a time and a comma, open a clause that the time dates
	// ("since fall 2021, when the army seized power in a coup"): the
	// events of that clause took place then.
	Whens []string `yaml:"whens"`
	// Tellings are speech verbs whose object is who was told ("the
	// mayor told the Associated Press"): the speaker stands before them,
	// never after.
	Tellings []string `yaml:"tellings"`
	// NameParticles are the lower-case words inside a person's name
	// ("Luiz Inácio Lula da Silva", "Ursula von der Leyen").
	NameParticles []string `yaml:"name_particles"`
	// Labelings, before a loaded word set in quotes, tell it as
	// another's word ("a move decried by others as a "coup""): the report
	// keeps its distance from it.
	Labelings []string `yaml:"labelings"`
	// Excluding, right after a figure, leaves some of what it counts
	// out ("56% turnout, excluding the manual register", "340 dead, not
	// counting the missing"): a part of the count, never its whole.
	Excluding []string `yaml:"excluding"`
	// Figurative words, right before an event noun, make it a figure of
	// speech ("a political earthquake", "a diplomatic storm"): no event.
	Figurative []string `yaml:"figurative"`
	// Nations, after a place preposition and a determiner ("across the
	// country", "throughout the nation"), and Nationwide words count in
	// the whole country the report is about.
	Nations    []string `yaml:"nations"`
	Nationwide []string `yaml:"nationwide"`
	// PlaceAnaphora, after a figure, point back to the place named last
	// before it ("went into Malawi, killing at least 225 people there").
	PlaceAnaphora []string `yaml:"place_anaphora"`
	// Partial verbs, right after a count of the dead ("62 bodies have
	// been identified", "209 bodies delivered to their families"), make
	// it the part of the dead something was done to, not the toll.
	Partial []string `yaml:"partial"`
	// Modals, before a verb other than "have" or "be", tell a figure as
	// what may come ("as many as 4 million people may flee", "the toll
	// could rise to 300"): no claim; "may have killed 600" and "might be
	// as high as" are estimates, claims.
	Modals []string `yaml:"modals"`
}

// Toll is a noun that names a running count of a measure.
type Toll struct {
	Measure string   `yaml:"measure"`
	Words   []string `yaml:"words"`
	line    int
}

// Stage is a named part of an event (EventType.Stages): its name and the
// words that tell it.
type Stage struct {
	Name  string   `yaml:"name"`
	Words []string `yaml:"words"`
}

// ScopePart is a part of a place a figure may count ("government-held",
// "northwest"), with the words that name it after a preposition ("in the
// rebel-held northwest", "fled to neighbouring countries") and the words
// that name it alone ("displaced internally", "fled abroad").
type ScopePart struct {
	Name  string   `yaml:"name"`
	Words []string `yaml:"words"`
	Bare  []string `yaml:"bare"`
	line  int
}

// EventType is a kind of event and the nouns that name it.
type EventType struct {
	Type string `yaml:"type"`
	// Recurring events (meetings, clashes) happen again and again: two
	// dates for them name two events, never a contradiction.
	Recurring bool `yaml:"recurring"`
	// Harmless events (meetings, elections) are never the event of a
	// casualty count, however near its words stand.
	Harmless bool `yaml:"harmless"`
	// Sudden events (quakes, storms, strikes) happen in a day: two days
	// for one of them are more often two events than a contradiction.
	Sudden bool `yaml:"sudden"`
	// Family names the kind of event this type belongs to for its start
	// ("the clashes broke out", "the war began" start one conflict):
	// empty for the type itself.
	Family string `yaml:"family"`
	// Within names the lasting event type this one is an episode of,
	// whose counts are its counts (an offensive's dead are its war's,
	// told apart by time and place as a war's battles are); its dates
	// and lengths stay its own.
	Within string `yaml:"within"`
	// MeasuredBy are the words that join an event to the figure that
	// measures it ("magnitude" for earthquakes, "category" for storms):
	// events of one type with different measures are different events.
	MeasuredBy []string `yaml:"measured_by"`
	// Stages are the parts of an event of this type that reports tell
	// apart by name ("the first round" and "the runoff" of an election):
	// a stage is the event's name, so claims of two stages are never
	// compared.
	Stages []Stage `yaml:"stages"`
	// Also are nouns of other types that, with no time, place or name of
	// their own, name an event of this type when it is the story's ("the
	// attack" in a report on an airstrike).
	Also []string `yaml:"also"`
	// Fixed marks a type whose measure is one figure for an event's
	// whole life (an earthquake's magnitude, unlike a storm's category,
	// which changes as it goes): reports of it are claims, compared
	// with one another.
	Fixed bool     `yaml:"fixed"`
	Words []string `yaml:"words"`
	line  int
}

// Measure is what a count of people measures (deaths, wounded, deployed
// troops), the claim kind it makes and the words that signal it. The
// kind is checked against the claim kinds by the extractor, which names
// Pos in its error.
type Measure struct {
	Name  string   `yaml:"name"`
	Kind  string   `yaml:"kind"`
	Words []string `yaml:"words"`
	// BySubject marks a measure whose figures belong to the subject of
	// their verb ("the ruling party won 34%"): figures of different
	// subjects are different facts, and a figure with no subject is no
	// claim.
	BySubject bool `yaml:"by_subject"`
	// Stock marks a measure of what a place holds, which no event makes
	// ("Bangladesh already hosts 400,000 refugees", "local residents
	// have been hosting 92,000"): its figures belong to no event, and who
	// holds them is not read, so they are compared with nothing.
	Stock bool `yaml:"stock"`
	// Falls marks a running count that falls as well as rises: the
	// missing, found alive or dead. A later figure of it, higher or
	// lower, is a later count, not a contradiction.
	Falls bool `yaml:"falls"`
	// Pos is where the entry stands: "file:line".
	Pos  string `yaml:"-"`
	line int
}

// Group is a class of counted people (civilians, soldiers, peacekeepers).
type Group struct {
	Name  string   `yaml:"name"`
	Words []string `yaml:"words"`
	// Role is what the extractor does with the group beyond counting it.
	Role GroupRole `yaml:"role"`
	// CasualtiesAs is the group a casualty count of this group is filed
	// under ("peacekeepers" killed are "soldiers"); empty for itself.
	CasualtiesAs string `yaml:"casualties_as"`
	// DisplacedAs is the group a count of the displaced of this group is
	// filed under ("319,194 refugees" fled are people who fled, as "1.3
	// million people crossed into neighbouring countries" are); empty for
	// itself.
	DisplacedAs string `yaml:"displaced_as"`
	// StateAs is the group a count of this group is filed under when the
	// people it counts are a state's ("256 Ukrainian militants
	// surrendered": the other side's word for Ukraine's soldiers).
	StateAs string `yaml:"state_as"`
	line    int
}

// GroupRole is what the extractor does with a counted group beyond
// counting it.
type GroupRole uint8

// Group roles.
const (
	// GroupPlain is a group with no role of its own.
	GroupPlain GroupRole = iota
	// GroupDefault is who a figure counts when no noun of its own says
	// ("30 dead", "the death toll rose to 14,014"): people.
	GroupDefault
	// GroupDeployed is the forces of a deployment: a count of troops
	// near one of its words counts them (peacekeepers).
	GroupDeployed
	// GroupAbroad is counted outside its own country: the country it is
	// counted in is not its side (refugees "in Armenia").
	GroupAbroad
)

var groupRoleNames = [...]string{GroupPlain: "", GroupDefault: "default", GroupDeployed: "deployed", GroupAbroad: "abroad"}

// String returns the role as the lexicon writes it.
func (r GroupRole) String() string {
	if int(r) < len(groupRoleNames) {
		return groupRoleNames[r]
	}
	return fmt.Sprintf("GroupRole(%d)", r)
}

// UnmarshalYAML decodes a role name, naming the line of a bad one.
func (r *GroupRole) UnmarshalYAML(n *yaml.Node) error {
	for i, name := range groupRoleNames {
		if name == n.Value {
			*r = GroupRole(i)
			return nil
		}
	}
	return fmt.Errorf("line %d: group role %q: want one of default, deployed, abroad", n.Line, n.Value)
}

// Frame is a set of loaded words that describe one kind of event, each
// with what it connotes.
type Frame struct {
	Frame string            `yaml:"frame"`
	Words map[string]string `yaml:"words"`
	// About says what the frame's words describe, when they are compared
	// wherever they stand, with or without a figure: "actor" (an armed
	// group or a government, named in the phrase or before), "event" (an
	// act or a vote of the report's country) or "territory" (the status
	// of a territory). Frames without it are compared only on the claims
	// they bear on (claims.KindInfo.Frames).
	About string `yaml:"about"`
	line  int
}

// Entity is a named thing with its canonical name, type and other names.
type Entity struct {
	Name string `yaml:"name"`
	// TypeName is the type as the file writes it, and Type its value.
	TypeName string     `yaml:"type"`
	Type     EntityType `yaml:"-"`
	Aliases  []string   `yaml:"aliases"`
	// Demonyms name the entity's people or qualify things as its
	// ("Armenian", "Armenians"): they tell a side, never a place.
	Demonyms []string `yaml:"demonyms"`
	Metonyms []string `yaml:"metonyms"`
	PartOf   string   `yaml:"part_of"`
	line     int
}

// EntityType is the type of a named entity.
type EntityType uint8

// Entity types.
const (
	TypeAgency       EntityType = iota + 1 // a relief or news agency, a ministry: "WHO", "AFAD"
	TypeCity                               // a city, town or village: "Shusha"
	TypeCountry                            // a state: "Armenia"
	TypeEvent                              // a named event: "the Second Karabakh War"
	TypeGroup                              // an armed group or movement: "the RSF"
	TypeOrganization                       // an alliance or body of states: "NATO", "the EU"
	TypePerson                             // a person: "Ilham Aliyev"
	TypeRegion                             // a region, province or territory: "Nagorno-Karabakh"
)

var entityTypeNames = [...]string{TypeAgency: "agency", TypeCity: "city", TypeCountry: "country", TypeEvent: "event",
	TypeGroup: "group", TypeOrganization: "organization", TypePerson: "person", TypeRegion: "region"}

// String returns the type as the lexicon writes it.
func (t EntityType) String() string {
	if t > 0 && int(t) < len(entityTypeNames) {
		return entityTypeNames[t]
	}
	return fmt.Sprintf("EntityType(%d)", t)
}

// Party reports whether entities of the type take sides: they fight,
// hold territory, count their dead and are sources of claims.
func (t EntityType) Party() bool { return t == TypeCountry || t == TypeOrganization || t == TypeGroup }

// Territory reports whether entities of the type are places whose
// control can change and where figures are counted.
func (t EntityType) Territory() bool { return t == TypeRegion || t == TypeCity }

// ParseEntityType returns the type named s ("country", "region", ...).
func ParseEntityType(s string) (EntityType, bool) {
	for i, n := range entityTypeNames {
		if i > 0 && n == s {
			return EntityType(i), true
		}
	}
	return 0, false
}

// builtinFirst are the embedded lexicon files loaded before the others,
// in this order: core.yaml, which the topic lexicons may override, then
// the countries of world.yaml and the places of places.yaml that are
// parts of them. The other files (the bodies of agencies.yaml and the
// topic lexicons) follow in alphabetical order.
var builtinFirst = []string{"core.yaml", "world.yaml", "places.yaml"}

// Builtin returns the names of the embedded lexicon files, in load order.
func Builtin() []string {
	ents, err := builtin.ReadDir("data")
	if err != nil {
		panic(err) // the embedded directory always exists
	}
	names := make([]string, 0, len(ents))
	for _, e := range ents {
		names = append(names, e.Name())
	}
	rank := func(name string) int {
		if i := slices.Index(builtinFirst, name); i >= 0 {
			return i
		}
		return len(builtinFirst)
	}
	sort.Slice(names, func(i, j int) bool {
		if ri, rj := rank(names[i]), rank(names[j]); ri != rj {
			return ri < rj
		}
		return names[i] < names[j]
	})
	return names
}

// Default loads the built-in lexicons and then each named file over them.
// Errors name the file and line of the bad entry.
func Default(files ...string) (*Lexicon, error) {
	lx := new(Lexicon)
	for _, name := range Builtin() {
		b, err := builtin.ReadFile(path.Join("data", name))
		if err != nil {
			return nil, err
		}
		if err := lx.Add("lexicon/"+name, b); err != nil {
			return nil, err
		}
	}
	for _, f := range files {
		b, err := readFile(f)
		if err != nil {
			return nil, fmt.Errorf("read lexicon: %w", err)
		}
		if err := lx.Add(f, b); err != nil {
			return nil, err
		}
	}
	return lx, nil
}

// Add parses one lexicon file and merges it into lx: list entries add
// words; entries with a name that already exists replace the old entry,
// except frames, whose words are added to the frame of that name.
// name is used in error messages, which have the form "name:line: what".
func (lx *Lexicon) Add(name string, data []byte) error {
	var add Lexicon
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&add); err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("%s", yamlError(name, err))
	}
	// Decode again into nodes to learn the line of every entry.
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err == nil && len(root.Content) == 1 {
		setLines(root.Content[0], &add)
	}
	for i := range add.Measures {
		add.Measures[i].Pos = fmt.Sprintf("%s:%d", name, add.Measures[i].line)
	}
	if err := add.validate(name); err != nil {
		return err
	}
	isType := func(t string) bool {
		is := func(x EventType) bool { return x.Type == t }
		return indexOf(lx.Events, is) >= 0 || indexOf(add.Events, is) >= 0
	}
	for _, e := range add.Events {
		if w := e.Within; w != "" && (w == e.Type || !isType(w)) {
			return fmt.Errorf("%s:%d: event %q is within %q, which is no other event type: name a type of this file or of the lexicons before it", name, e.line, e.Type, w)
		}
	}
	lx.merge(&add)
	return nil
}

// yamlError rewrites a yaml.v3 error as "name:line: message".
func yamlError(name string, err error) string {
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		return prefixLine(name, te.Errors[0])
	}
	return prefixLine(name, err.Error())
}

func prefixLine(name, msg string) string {
	msg = strings.TrimPrefix(msg, "yaml: ")
	var line int
	if _, err := fmt.Sscanf(msg, "line %d:", &line); err == nil {
		msg = strings.TrimSpace(msg[strings.Index(msg, ":")+1:])
		return fmt.Sprintf("%s:%d: %s", name, line, msg)
	}
	return name + ": " + msg
}

// setLines records the line of each list entry so validation can name it.
func setLines(doc *yaml.Node, lx *Lexicon) {
	for i := 0; i+1 < len(doc.Content); i += 2 {
		key, val := doc.Content[i].Value, doc.Content[i+1]
		for j, item := range val.Content {
			switch key {
			case "events":
				if j < len(lx.Events) {
					lx.Events[j].line = item.Line
				}
			case "measures":
				if j < len(lx.Measures) {
					lx.Measures[j].line = item.Line
				}
			case "groups":
				if j < len(lx.Groups) {
					lx.Groups[j].line = item.Line
				}
			case "framing":
				if j < len(lx.Framing) {
					lx.Framing[j].line = item.Line
				}
			case "entities":
				if j < len(lx.Entities) {
					lx.Entities[j].line = item.Line
				}
			}
		}
	}
}

func (lx *Lexicon) validate(name string) error {
	var errs []error
	bad := func(line int, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s:%d: %s", name, line, fmt.Sprintf(format, args...)))
	}
	for _, e := range lx.Events {
		if e.Type == "" {
			bad(e.line, "event has no type: add `type: war` or similar")
		}
		if len(e.Words) == 0 {
			bad(e.line, "event %q has no words", e.Type)
		}
	}
	for _, m := range lx.Measures {
		if m.Name == "" {
			bad(m.line, "measure has no name")
		}
		if m.Kind == "" {
			bad(m.line, "measure %q has no kind: add `kind: casualties` or similar", m.Name)
		}
	}
	for _, g := range lx.Groups {
		if g.Name == "" || len(g.Words) == 0 {
			bad(g.line, "group needs a name and words")
		}
	}
	for _, f := range lx.Framing {
		switch f.About {
		case "", "actor", "event", "territory":
		default:
			bad(f.line, "frame %q is about %q: want actor, event or territory", f.Frame, f.About)
		}
		if f.Frame == "" || len(f.Words) == 0 {
			bad(f.line, "frame needs a name (frame:) and words")
		}
	}
	for i, e := range lx.Entities {
		if e.Name == "" {
			bad(e.line, "entity has no name")
		}
		t, ok := ParseEntityType(e.TypeName)
		if !ok {
			bad(e.line, "entity %q has type %q: want one of %s", e.Name, e.TypeName, strings.Join(sortedNames(entityTypeNames[1:]), ", "))
		}
		lx.Entities[i].Type = t
		for _, l := range [][]string{{e.Name}, e.Aliases, e.Demonyms, e.Metonyms} {
			for _, w := range l {
				if w != "" && !hasWord(w) {
					bad(e.line, "entity %q has the name %q, which has no letters or digits: remove it", e.Name, w)
				}
			}
		}
	}
	return errors.Join(errs...)
}

// hasWord reports whether the phrase s has a letter or a digit: a word the
// tokenizer reads.
func hasWord(s string) bool {
	var tok token.Stream
	tok.Reset(s)
	return len(tok.Words) > 0
}

// MaxFile is the largest lexicon file read, in bytes.
const MaxFile = 16 << 20

// readFile reads the lexicon file name, refusing what is not a regular
// file (a device, a pipe) and files over MaxFile before reading them.
func readFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file: name a YAML file", name)
	}
	if fi.Size() > MaxFile {
		return nil, fmt.Errorf("%s: larger than %d MiB: is it a lexicon?", name, MaxFile>>20)
	}
	b, err := io.ReadAll(io.LimitReader(f, MaxFile+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxFile {
		return nil, fmt.Errorf("%s: larger than %d MiB: is it a lexicon?", name, MaxFile>>20)
	}
	return b, nil
}

func sortedNames(names []string) []string {
	out := slices.Clone(names)
	sort.Strings(out)
	return out
}

// merge adds b's entries to lx; named entries replace those of the same name.
func (lx *Lexicon) merge(b *Lexicon) {
	for _, e := range b.Events {
		if i := indexOf(lx.Events, func(x EventType) bool { return x.Type == e.Type }); i >= 0 {
			lx.Events[i] = e
		} else {
			lx.Events = append(lx.Events, e)
		}
	}
	for _, m := range b.Measures {
		if i := indexOf(lx.Measures, func(x Measure) bool { return x.Name == m.Name }); i >= 0 {
			lx.Measures[i] = m
		} else {
			lx.Measures = append(lx.Measures, m)
		}
	}
	for _, g := range b.Groups {
		if i := indexOf(lx.Groups, func(x Group) bool { return x.Name == g.Name }); i >= 0 {
			lx.Groups[i] = g
		} else {
			lx.Groups = append(lx.Groups, g)
		}
	}
	for _, f := range b.Framing {
		// A frame named again adds words to it, or gives a word a new
		// tone: a topic lexicon extends "actors" with its own names.
		if i := indexOf(lx.Framing, func(x Frame) bool { return x.Frame == f.Frame }); i >= 0 {
			merged := make(map[string]string, len(lx.Framing[i].Words)+len(f.Words))
			for w, t := range lx.Framing[i].Words {
				merged[w] = t
			}
			for w, t := range f.Words {
				merged[w] = t
			}
			lx.Framing[i].Words = merged
			if f.About != "" {
				lx.Framing[i].About = f.About
			}
		} else {
			lx.Framing = append(lx.Framing, f)
		}
	}
	for _, e := range b.Entities {
		if i := indexOf(lx.Entities, func(x Entity) bool { return x.Name == e.Name }); i >= 0 {
			lx.Entities[i] = e
		} else {
			lx.Entities = append(lx.Entities, e)
		}
	}
	lx.Control.Gain = append(lx.Control.Gain, b.Control.Gain...)
	lx.Control.Lose = append(lx.Control.Lose, b.Control.Lose...)
	lx.Control.Secede = append(lx.Control.Secede, b.Control.Secede...)
	lx.Control.Hold = append(lx.Control.Hold, b.Control.Hold...)
	lx.Function.merge(&b.Function)
	lx.Control.Territories = append(lx.Control.Territories, b.Control.Territories...)
	for _, sp := range b.Scopes {
		if i := indexOf(lx.Scopes, func(x ScopePart) bool { return x.Name == sp.Name }); i >= 0 {
			lx.Scopes[i].Words = append(lx.Scopes[i].Words, sp.Words...)
			lx.Scopes[i].Bare = append(lx.Scopes[i].Bare, sp.Bare...)
		} else {
			lx.Scopes = append(lx.Scopes, sp)
		}
	}
	lx.AllPlaces = append(lx.AllPlaces, b.AllPlaces...)
	lx.Settlements = append(lx.Settlements, b.Settlements...)
	lx.Tolls = append(lx.Tolls, b.Tolls...)
	lx.Levels = append(lx.Levels, b.Levels...)
	lx.Running = append(lx.Running, b.Running...)
	lx.Preliminary = append(lx.Preliminary, b.Preliminary...)
	lx.Anaphora = append(lx.Anaphora, b.Anaphora...)
	lx.Sequels = append(lx.Sequels, b.Sequels...)
	lx.Others = append(lx.Others, b.Others...)
	lx.SameTime = append(lx.SameTime, b.SameTime...)
	lx.Speech = append(lx.Speech, b.Speech...)
}

func indexOf[T any](s []T, f func(T) bool) int {
	for i, x := range s {
		if f(x) {
			return i
		}
	}
	return -1
}

// merge adds b's words to f.
func (f *Function) merge(b *Function) {
	f.Negations = append(f.Negations, b.Negations...)
	f.Predicates = append(f.Predicates, b.Predicates...)
	f.Plurals = append(f.Plurals, b.Plurals...)
	f.Ordinals = append(f.Ordinals, b.Ordinals...)
	f.Relatives = append(f.Relatives, b.Relatives...)
	f.Relations = append(f.Relations, b.Relations...)
	f.Since = append(f.Since, b.Since...)
	f.And = append(f.And, b.And...)
	f.Or = append(f.Or, b.Or...)
	f.In = append(f.In, b.In...)
	f.By = append(f.By, b.By...)
	f.From = append(f.From, b.From...)
	f.Of = append(f.Of, b.Of...)
	f.Determiners = append(f.Determiners, b.Determiners...)
	f.PlaceModifiers = append(f.PlaceModifiers, b.PlaceModifiers...)
	f.Earlier = append(f.Earlier, b.Earlier...)
	f.Starts = append(f.Starts, b.Starts...)
	f.Including = append(f.Including, b.Including...)
	f.Into = append(f.Into, b.Into...)
	f.Indefinites = append(f.Indefinites, b.Indefinites...)
	f.Future = append(f.Future, b.Future...)
	f.Counting = append(f.Counting, b.Counting...)
	f.Clauses = append(f.Clauses, b.Clauses...)
	f.On = append(f.On, b.On...)
	f.Bodies = append(f.Bodies, b.Bodies...)
	f.Forecasts = append(f.Forecasts, b.Forecasts...)
	f.For = append(f.For, b.For...)
	f.Asides = append(f.Asides, b.Asides...)
	f.Periods = append(f.Periods, b.Periods...)
	f.PeriodsNow = append(f.PeriodsNow, b.PeriodsNow...)
	f.Lives = append(f.Lives, b.Lives...)
	f.TakeLives = append(f.TakeLives, b.TakeLives...)
	f.Totals = append(f.Totals, b.Totals...)
	f.Increments = append(f.Increments, b.Increments...)
	f.Comparisons = append(f.Comparisons, b.Comparisons...)
	f.NumberOf = append(f.NumberOf, b.NumberOf...)
	f.Superlatives = append(f.Superlatives, b.Superlatives...)
	f.StartsWithParticle = append(f.StartsWithParticle, b.StartsWithParticle...)
	f.Particles = append(f.Particles, b.Particles...)
	f.Many = append(f.Many, b.Many...)
	f.Rises = append(f.Rises, b.Rises...)
	f.Samples = append(f.Samples, b.Samples...)
	f.Likenesses = append(f.Likenesses, b.Likenesses...)
	f.Likewise = append(f.Likewise, b.Likewise...)
	f.Anniversaries = append(f.Anniversaries, b.Anniversaries...)
	f.Elapsed = append(f.Elapsed, b.Elapsed...)
	f.Intervals = append(f.Intervals, b.Intervals...)
	f.EventPronouns = append(f.EventPronouns, b.EventPronouns...)
	f.Stays = append(f.Stays, b.Stays...)
	f.Severities = append(f.Severities, b.Severities...)
	f.Potentials = append(f.Potentials, b.Potentials...)
	f.Respectively = append(f.Respectively, b.Respectively...)
	f.Growths = append(f.Growths, b.Growths...)
	f.Figurative = append(f.Figurative, b.Figurative...)
	f.Nations = append(f.Nations, b.Nations...)
	f.Nationwide = append(f.Nationwide, b.Nationwide...)
	f.PlaceAnaphora = append(f.PlaceAnaphora, b.PlaceAnaphora...)
	f.Partial = append(f.Partial, b.Partial...)
	f.Modals = append(f.Modals, b.Modals...)
	f.Whens = append(f.Whens, b.Whens...)
	f.Tellings = append(f.Tellings, b.Tellings...)
	f.NameParticles = append(f.NameParticles, b.NameParticles...)
	f.Labelings = append(f.Labelings, b.Labelings...)
	f.Excluding = append(f.Excluding, b.Excluding...)
}
