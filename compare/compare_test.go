package compare

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/norm"
	"github.com/google/go-cmp/cmp"
)

func exact(n float64) norm.Value {
	return norm.Value{Quantity: &norm.Quantity{Low: n, High: n, Stated: n, HasStated: true}}
}

func moreThan(n float64) norm.Value {
	return norm.Value{Quantity: &norm.Quantity{Low: n, High: math.Inf(1), LowOpen: true, Stated: n, HasStated: true, Qualifier: norm.MoreThan}}
}

func nearly(n float64) norm.Value {
	return norm.Value{Quantity: &norm.Quantity{Low: n * 0.9, High: n, Stated: n, HasStated: true, Qualifier: norm.Nearly}}
}

func atLeast(n float64) norm.Value {
	return norm.Value{Quantity: &norm.Quantity{Low: n, High: math.Inf(1), Stated: n, HasStated: true, Qualifier: norm.AtLeast}}
}

func year(y int) *norm.Time {
	return &norm.Time{Start: norm.Date{Year: y, Month: 1, Day: 1}, End: norm.Date{Year: y, Month: 12, Day: 31}, Anchored: true}
}

func decade(y int) *norm.Time {
	return &norm.Time{Start: norm.Date{Year: y, Month: 1, Day: 1}, End: norm.Date{Year: y + 9, Month: 12, Day: 31}, Anchored: true}
}

func day(y, m, d int) *norm.Time {
	return &norm.Time{Start: norm.Date{Year: y, Month: m, Day: d}, End: norm.Date{Year: y, Month: m, Day: d}, Anchored: true}
}

// deaths is a claim of deaths in a war of the given time.
func deaths(doc string, v norm.Value, t *norm.Time) claims.Claim {
	c := claims.Claim{Doc: doc, Kind: claims.Casualties, Measure: "deaths", Value: v, Quote: doc,
		Subject: claims.Subject{Group: "people"}}
	if t != nil {
		c.Event = claims.Event{Type: "war", Time: t}
	}
	return c
}

// actor is a framing claim: a report's word for an armed group, the
// group named (side) or not, in a report on Congo.
func actor(doc, side, word, tone string) claims.Claim {
	return claims.Claim{Doc: doc, Kind: claims.Framing, Measure: "actors", Quote: word,
		Subject: claims.Subject{Side: side, Named: side != ""},
		Scope:   &claims.Scope{Places: []string{"Congo"}, From: "text"},
		Framing: []claims.FramingWord{{Frame: "actors", Word: word, Tone: tone}}}
}

// share is a claim of a candidate's share of the vote in an election of
// 2023.
func share(doc string, pct float64) claims.Claim {
	v := norm.Value{Quantity: &norm.Quantity{Low: pct, High: pct, Stated: pct, HasStated: true, Class: norm.Percent}}
	return claims.Claim{Doc: doc, Kind: claims.Votes, Measure: "share", Value: v, Quote: doc,
		Subject: claims.Subject{Group: "voters", Side: "Ada Obi"}, Event: claims.Event{Type: "election", Time: year(2023)}}
}

func meeting(doc string, t *norm.Time) claims.Claim {
	return claims.Claim{Doc: doc, Kind: claims.Date, Measure: "meeting", Value: norm.Value{Time: t}, Quote: doc,
		Event: claims.Event{Type: "meeting", Time: t, Recurring: true}}
}

type got struct {
	Verdict Verdict
	Docs    []string
}

func summarize(fs []Finding) []got {
	var out []got
	for _, f := range fs {
		g := got{Verdict: f.Verdict}
		for _, c := range f.Claims {
			g.Docs = append(g.Docs, c.Doc)
		}
		out = append(out, g)
	}
	// Findings of one verdict and fact are ordered by id, a hash: compare
	// them in a fixed order instead.
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Verdict != out[j].Verdict {
			return out[i].Verdict < out[j].Verdict
		}
		return strings.Join(out[i].Docs, ",") < strings.Join(out[j].Docs, ",")
	})
	return out
}

func TestCompare(t *testing.T) {
	unanchored := &norm.Time{Weekday: "Sunday"}
	wednesday := &norm.Time{Weekday: "Wednesday"}
	withPub := func(c claims.Claim, p string) claims.Claim { c.Published = p; return c }
	withAttr := func(c claims.Claim, a string) claims.Claim { c.Attribution = a; return c }
	withFraming := func(c claims.Claim, f ...claims.FramingWord) claims.Claim { c.Framing = f; return c }
	withEvent := func(c claims.Claim, typ, place string) claims.Claim {
		c.Event = claims.Event{Type: typ}
		c.Subject.Place = place
		return c
	}
	withScope := func(c claims.Claim, period string) claims.Claim {
		c.Scope = &claims.Scope{Places: []string{"Puerto Rico"}, Period: period, From: "story"}
		c.Event.From = "story"
		return c
	}
	counted := func(c claims.Claim, dated bool) claims.Claim {
		// A count in progress, of a known day or of none.
		c.Counted = &claims.CountTime{Running: true}
		if dated {
			c.Counted.Time = *day(2023, 5, 24)
		}
		return c
	}
	separatists := claims.FramingWord{Frame: "actors", Word: "separatists", Tone: "hostile"}
	ethnic := claims.FramingWord{Frame: "actors", Word: "ethnic armenians", Tone: "sympathetic"}
	rebels := claims.FramingWord{Frame: "actors", Word: "rebels", Tone: "hostile"}
	tests := []struct {
		name string
		in   []claims.Claim
		want []got
	}{
		{"compatible figures agree",
			[]claims.Claim{deaths("a", moreThan(6500), year(2020)), deaths("b", exact(6700), year(2020))},
			[]got{{Agree, []string{"a", "b"}}}},
		{"incompatible figures mismatch",
			[]claims.Claim{deaths("a", exact(6500), year(2020)), deaths("b", exact(8000), year(2020))},
			[]got{{NumberMismatch, []string{"a", "b"}}}},
		{"different wars are different facts",
			[]claims.Claim{deaths("a", exact(6500), year(2020)), deaths("b", exact(30000), decade(1990))},
			[]got{{SingleSource, []string{"a"}}, {SingleSource, []string{"b"}}}},
		{"a year inside a decade is the same war",
			[]claims.Claim{deaths("a", exact(30000), year(1991)), deaths("b", exact(30000), decade(1990))},
			[]got{{Agree, []string{"a", "b"}}}},
		{"undated events with no place or side: never compared",
			[]claims.Claim{withEvent(deaths("a", exact(50), nil), "earthquake", ""), withEvent(deaths("b", exact(5000), nil), "earthquake", "")},
			[]got{{SingleSource, []string{"a"}}, {SingleSource, []string{"b"}}}},
		{"undated events in one place are one event",
			[]claims.Claim{withEvent(deaths("a", exact(50), nil), "earthquake", "Hatay"), withEvent(deaths("b", exact(5000), nil), "earthquake", "Hatay")},
			[]got{{NumberMismatch, []string{"a", "b"}}}},
		{"no event: never compared",
			[]claims.Claim{deaths("a", exact(3), nil), deaths("b", exact(5), nil)},
			[]got{{SingleSource, []string{"a"}}, {SingleSource, []string{"b"}}}},
		{"meetings on different days are different meetings",
			[]claims.Claim{meeting("a", day(2023, 5, 14)), meeting("b", day(2023, 7, 15))},
			[]got{{SingleSource, []string{"a"}}, {SingleSource, []string{"b"}}}},
		{"meetings on the same day agree",
			[]claims.Claim{meeting("a", day(2023, 5, 14)), meeting("b", day(2023, 5, 14))},
			[]got{{Agree, []string{"a", "b"}}}},
		{"unplaced weekdays are never compared",
			[]claims.Claim{meeting("a", unanchored), meeting("b", wednesday), meeting("c", unanchored)},
			[]got{{SingleSource, []string{"a"}}, {SingleSource, []string{"b"}}, {SingleSource, []string{"c"}}}},
		{"a toll rising with publication date is updated",
			[]claims.Claim{withPub(deaths("a", exact(1000), year(2023)), "2023-02-06"), withPub(deaths("b", exact(5000), year(2023)), "2023-02-10")},
			[]got{{Updated, []string{"a", "b"}}}},
		{"a toll falling with publication date is a mismatch",
			[]claims.Claim{withPub(deaths("a", exact(5000), year(2023)), "2023-02-06"), withPub(deaths("b", exact(1000), year(2023)), "2023-02-10")},
			[]got{{NumberMismatch, []string{"a", "b"}}}},
		{"one document disagreeing with itself is not a mismatch",
			[]claims.Claim{deaths("a", exact(1000), year(2023)), deaths("a", exact(5000), year(2023))},
			[]got{{SingleSource, []string{"a", "a"}}}},
		{"framing words differ",
			[]claims.Claim{withFraming(deaths("a", exact(100), year(2023)), separatists), withFraming(deaths("b", exact(100), year(2023)), ethnic)},
			[]got{{FramingDiffers, []string{"a", "b"}}}},
		{"synonyms of one tone agree",
			[]claims.Claim{withFraming(deaths("a", exact(100), year(2023)), separatists), withFraming(deaths("b", exact(100), year(2023)), rebels)},
			[]got{{Agree, []string{"a", "b"}}}},
		{"words of no named referent describe the one referent their reports name",
			[]claims.Claim{actor("a", "Kivu Front", "rebels", "hostile"), actor("b", "", "freedom fighters", "sympathetic")},
			[]got{{FramingDiffers, []string{"a", "b"}}}},
		{"words of no named referent join the referent named with the same word, not each other",
			[]claims.Claim{actor("a", "Kivu Front", "rebels", "hostile"), actor("b", "Hill Army", "freedom fighters", "sympathetic"),
				actor("c", "", "rebels", "hostile"), actor("d", "", "freedom fighters", "sympathetic")},
			nil},
		{"words that every report uses together name two things",
			[]claims.Claim{actor("a", "", "rebels", "hostile"), actor("a", "", "freedom fighters", "sympathetic"),
				actor("b", "", "rebels", "hostile"), actor("b", "", "freedom fighters", "sympathetic")},
			nil},
		{"a count of a period of its own is another fact",
			[]claims.Claim{withScope(deaths("a", exact(1052), year(2017)), "P42D"), withScope(deaths("b", exact(64), year(2017)), "")},
			[]got{{SingleSource, []string{"a"}}, {SingleSource, []string{"b"}}}},
		{"a figure is told with the figures nearest it",
			[]claims.Claim{withPub(deaths("a", exact(1500), year(2023)), "2023-02-06"), deaths("b", nearly(1600), year(2023)),
				withPub(deaths("c", atLeast(1602), year(2023)), "2023-02-07")},
			[]got{{Updated, []string{"a", "b", "c"}}, {Agree, []string{"b", "c"}}}},
		{"a later, lower share is a later count",
			[]claims.Claim{withPub(share("a", 33), "2023-02-28"), withPub(share("b", 29), "2023-03-01")},
			[]got{{Updated, []string{"a", "b"}}}},
		{"near lower bounds that nothing orders agree",
			[]claims.Claim{counted(deaths("a", atLeast(790), year(2023)), true), counted(deaths("b", atLeast(450), year(2023)), false)},
			[]got{{Agree, []string{"a", "b"}}}},
		{"far lower bounds that nothing orders are an unsure update",
			[]claims.Claim{counted(deaths("a", atLeast(863), year(2023)), true), counted(deaths("b", atLeast(97), year(2023)), false)},
			[]got{{Updated, []string{"a", "b"}}}},
		{"contested figures",
			[]claims.Claim{withAttr(deaths("a", exact(3), year(2022)), "Armenia"), withAttr(deaths("b", exact(30), year(2022)), "Azerbaijan")},
			[]got{{NumberMismatch, []string{"a", "b"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := Compare(tt.in)
			if diff := cmp.Diff(tt.want, summarize(fs)); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
				for _, f := range fs {
					t.Logf("%s: %s", f.Verdict, f.Summary)
				}
			}
			for _, f := range fs {
				if f.ID == "" || f.Summary == "" || f.Fact == "" {
					t.Errorf("finding lacks id, summary or fact: %+v", f)
				}
			}
		})
	}
}

func TestMismatchDetails(t *testing.T) {
	a, b := deaths("a", exact(3), year(2022)), deaths("b", exact(30), year(2022))
	a.Attribution, b.Attribution = "Armenia", "Azerbaijan"
	fs := Compare([]claims.Claim{a, b})
	if len(fs) != 1 {
		t.Fatalf("got %d findings, want 1", len(fs))
	}
	f := fs[0]
	if f.Contested != "Armenia vs Azerbaijan" {
		t.Errorf("Contested = %q, want %q", f.Contested, "Armenia vs Azerbaijan")
	}
	if diff := cmp.Diff(&Difference{Absolute: 27, Relative: 9}, f.Difference); diff != "" {
		t.Errorf("difference mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([][]int{{0}, {1}}, f.Sides); diff != "" {
		t.Errorf("sides mismatch (-want +got):\n%s", diff)
	}
}

// TestUncontested checks that a mismatch is contested only between
// parties: a speaker the lexicon does not know ("officials") is none.
func TestUncontested(t *testing.T) {
	a, b := deaths("a", exact(3), year(2022)), deaths("b", exact(30), year(2022))
	a.Attribution, b.Attribution = "officials", "Azerbaijan"
	fs := Compare([]claims.Claim{a, b})
	if len(fs) != 1 || fs[0].Verdict != NumberMismatch {
		t.Fatalf("got %v, want one mismatch", summarize(fs))
	}
	if fs[0].Contested != "" {
		t.Errorf("Contested = %q, want none", fs[0].Contested)
	}
}

// TestOrderIndependent checks that the findings do not depend on the order
// of the claims.
func TestOrderIndependent(t *testing.T) {
	var in []claims.Claim
	for i := 0; i < 60; i++ {
		doc := string(rune('a' + i%7))
		switch i % 4 {
		case 0:
			in = append(in, deaths(doc, exact(float64(1000+i%3*10)), year(2020)))
		case 1:
			in = append(in, deaths(doc, moreThan(6500), year(2020)))
		case 2:
			in = append(in, meeting(doc, day(2023, 5, 1+i%5)))
		case 3:
			in = append(in, deaths(doc, exact(30000), decade(1990)))
		}
		in[len(in)-1].Start = i
	}
	want := Compare(in)
	r := rand.New(rand.NewSource(1))
	for k := 0; k < 5; k++ {
		r.Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
		if diff := cmp.Diff(want, Compare(in)); diff != "" {
			t.Fatalf("shuffle %d changed the findings (-want +got):\n%s", k, diff)
		}
	}
}

// TestEveryClaimReported checks that each claim of a count stands in some
// finding, whatever its series makes of it: a figure that neither
// updates, conflicts nor agrees with another report's is reported as its
// source's alone.
func TestEveryClaimReported(t *testing.T) {
	running := func(doc string, v norm.Value, pub string, earlier bool) claims.Claim {
		c := deaths(doc, v, year(2024))
		c.Published = pub
		c.Counted = &claims.CountTime{Earlier: earlier}
		if !earlier {
			c.Counted.Time = *day(2024, 3, 30)
		}
		return c
	}
	tests := []struct {
		name string
		in   []claims.Claim
	}{
		{"a figure against another report's earlier count",
			[]claims.Claim{running("a", exact(5000), "2024-03-30", false), running("b", exact(300), "", true)}},
		{"an earlier count, a figure agreeing with it and one against both",
			[]claims.Claim{running("a", exact(5000), "2024-03-30", false), running("b", exact(300), "", true),
				running("c", exact(300), "2024-03-30", false)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := Compare(tt.in)
			for i := range tt.in {
				found := false
				for _, f := range fs {
					for _, c := range f.Claims {
						found = found || c.Doc == tt.in[i].Doc && c.Value.Quantity.Stated == tt.in[i].Value.Quantity.Stated
					}
				}
				if !found {
					t.Errorf("claim %s %v is in no finding", tt.in[i].Doc, tt.in[i].Value.Quantity.Stated)
				}
			}
		})
	}
}

func TestFingerprint(t *testing.T) {
	a, b := deaths("a", moreThan(6500), year(2020)), deaths("b", exact(6700), year(2020))
	id := Compare([]claims.Claim{a, b})[0].ID
	moved := a
	moved.Line, moved.Start, moved.End = 40, 1200, 1300
	if got := Compare([]claims.Claim{moved, b})[0].ID; got != id {
		t.Errorf("moving a claim changed the id: %s, then %s", id, got)
	}
	changed := b
	changed.Value = exact(6800)
	if got := Compare([]claims.Claim{a, changed})[0].ID; got == id {
		t.Errorf("changing a value kept the id %s", id)
	}

	// A mismatch keeps its id, and with it its review, when another
	// report repeats one of its figures, and gets a new one when a
	// report brings a new figure.
	x, y := deaths("a", exact(3000), year(2020)), deaths("b", exact(9000), year(2020))
	mm := Compare([]claims.Claim{x, y})
	if len(mm) != 1 || mm[0].Verdict != NumberMismatch {
		t.Fatalf("3,000 against 9,000: got %v, want one number_mismatch", mm)
	}
	repeat := deaths("c", exact(9000), year(2020))
	repeat.Text = "Another sentence that gives the same 9,000."
	mismatchID := func(fs []Finding) string {
		for _, f := range fs {
			if f.Verdict == NumberMismatch {
				return f.ID
			}
		}
		return ""
	}
	if got := mismatchID(Compare([]claims.Claim{x, y, repeat})); got != mm[0].ID {
		t.Errorf("a third report repeating 9,000 changed the mismatch's id: %s, then %q", mm[0].ID, got)
	}
	other := deaths("c", exact(12000), year(2020))
	if got := mismatchID(Compare([]claims.Claim{x, y, other})); got == "" || got == mm[0].ID {
		t.Errorf("a third report with a new figure: mismatch id %q, want a new one (not %s)", got, mm[0].ID)
	}
}

// TestFactNameStable: the fact is named after what the claims say, not
// after which report comes first, so a report that sorts first and
// leaves out the place the others name does not rename the fact.
func TestFactNameStable(t *testing.T) {
	quake := func(doc, place string) claims.Claim {
		return claims.Claim{Doc: doc, Kind: claims.Magnitude, Measure: "magnitude",
			Subject: claims.Subject{Place: place}, Event: claims.Event{Type: "earthquake"}}
	}
	want := factName([]claims.Claim{quake("b", "Norport"), quake("c", "Norport")})
	for _, g := range [][]claims.Claim{
		{quake("a", ""), quake("b", "Norport"), quake("c", "Norport")},
		{quake("b", "Norport"), quake("a", ""), quake("c", "Norport")},
	} {
		if got := factName(g); got != want {
			t.Errorf("fact %q, want %q", got, want)
		}
	}
}

func TestFormatNumber(t *testing.T) {
	for in, want := range map[float64]string{6500: "6,500", 1.5: "1.5", 120000: "120,000", 0: "0", 999: "999", 1234567: "1,234,567", 55.05: "55.05", 99.234: "99.23", 0.5: "0.5", -27: "-27", 12.999: "13"} {
		if got := formatNumber(in); got != want {
			t.Errorf("formatNumber(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestFramingDiff(t *testing.T) {
	a := deaths("a", exact(100), year(2023))
	b := deaths("b", exact(100), year(2023))
	a.Text, a.Framing = "The separatists split from the country in 2023, killing 100.", []claims.FramingWord{
		{Frame: "secession", Word: "split from", Tone: "the region's act"}, {Frame: "actors", Word: "separatists", Tone: "hostile"}}
	b.Text, b.Framing = "The population seceded from the country in 2023, killing 100.", []claims.FramingWord{
		{Frame: "secession", Word: "seceded", Tone: "the region's act"}, {Frame: "secession", Word: "occupied", Tone: "foreign occupation"}}
	fs := Compare([]claims.Claim{a, b})
	if len(fs) != 1 || fs[0].Verdict != FramingDiffers || fs[0].Diff == nil {
		t.Fatalf("want one framing_differs finding with a diff, got %+v", fs)
	}
	var marked, plus, minus []string
	for _, op := range fs[0].Diff.Ops {
		if op.Framing {
			marked = append(marked, op.Op+op.Text)
		}
		switch op.Op {
		case "-":
			minus = append(minus, op.Text)
		case "+":
			plus = append(plus, op.Text)
		}
	}
	if diff := cmp.Diff([]string{"-split", "+seceded"}, marked); diff != "" {
		t.Errorf("marked runs mismatch (-want +got):\n%s\nops: %+v", diff, fs[0].Diff.Ops)
	}
	if strings.Join(minus, "|") != "separatists|split" || strings.Join(plus, "|") != "population|seceded" {
		t.Errorf("diff runs: -%q +%q", minus, plus)
	}
}

// TestSalientWords: a framing finding lists what each report calls the
// thing, once a word: a report that says "fighters" once and "militants"
// twice of one group is quoted for "militants", once; a report that says only
// "fighters" is quoted for it.
func TestSalientWords(t *testing.T) {
	at := func(c claims.Claim, start int) claims.Claim {
		c.Start, c.QuoteStart, c.QuoteEnd = start, start, start+len(c.Quote)
		return c
	}
	in := []claims.Claim{
		at(actor("a", "M23", "fighters", "neutral"), 10),
		at(actor("a", "M23", "militants", "hostile"), 50),
		at(actor("a", "M23", "militants", "hostile"), 90),
		at(actor("b", "M23", "fighters", "neutral"), 10),
	}
	fs := Compare(in)
	if len(fs) != 1 || fs[0].Verdict != FramingDiffers {
		t.Fatalf("want one framing_differs finding, got %+v", fs)
	}
	var got []string
	for _, c := range fs[0].Claims {
		got = append(got, fmt.Sprintf("%s:%s@%d", c.Doc, c.Quote, c.QuoteStart))
	}
	if diff := cmp.Diff([]string{"a:militants@50", "b:fighters@10"}, got); diff != "" {
		t.Errorf("claims of the finding (-want +got):\n%s", diff)
	}
}

// TestStoryPartApart: a count of a part ("a single town in Norland"),
// its places taken from the story, is never compared with the count of
// the story's whole country.
func TestStoryPartApart(t *testing.T) {
	whole := deaths("a", exact(600), year(2023))
	whole.Scope = &claims.Scope{Places: []string{"Norland"}, From: "story"}
	part := deaths("b", exact(12000), year(2023))
	part.Scope = &claims.Scope{Places: []string{"Norland"}, Part: "town", From: "story"}
	for _, f := range Compare([]claims.Claim{whole, part}) {
		if f.Verdict != SingleSource {
			t.Errorf("a town's count and the country's: %s (%s), want two single sources", f.Verdict, f.Summary)
		}
	}
}

// TestRecurringDaysApart: protests on Thursday and on Friday, chained
// into one group by a report of "this week", are two occasions of a
// recurring event, not a date mismatch.
func TestRecurringDaysApart(t *testing.T) {
	protest := func(doc string, tm *norm.Time) claims.Claim {
		ev := claims.Event{Type: "protest", Recurring: true, Time: tm}
		return claims.Claim{Doc: doc, Kind: claims.Date, Measure: "protest", Value: norm.Value{Time: tm}, Quote: doc, Event: ev}
	}
	week := &norm.Time{Start: norm.Date{Year: 2024, Month: 7, Day: 15}, End: norm.Date{Year: 2024, Month: 7, Day: 21}, Anchored: true}
	got := Compare([]claims.Claim{protest("a", day(2024, 7, 18)), protest("b", day(2024, 7, 19)), protest("c", week)})
	for _, f := range got {
		if f.Verdict.Flagged() {
			t.Errorf("protests of two days: %s (%s), want no flag", f.Verdict, f.Summary)
		}
	}
}

// TestMissingFalls: the missing are found, so a later, lower count of
// them is an update, not a mismatch; deaths that fall still conflict.
func TestMissingFalls(t *testing.T) {
	missing := func(doc string, n float64, d int, falls bool) claims.Claim {
		c := deaths(doc, exact(n), year(2023))
		c.Measure = "missing"
		c.Counted = &claims.CountTime{Time: *day(2023, 8, d), From: "published", Falls: falls}
		return c
	}
	got := Compare([]claims.Claim{missing("a", 850, 20, true), missing("b", 31, 30, true)})
	if len(got) == 0 || got[0].Verdict != Updated {
		t.Errorf("850 missing, then 31: %v, want updated", got)
	}
	got = Compare([]claims.Claim{missing("a", 850, 20, false), missing("b", 31, 30, false)})
	if len(got) == 0 || got[0].Verdict != NumberMismatch {
		t.Errorf("a count that only rises, 850 then 31: %v, want number_mismatch", got)
	}
}
