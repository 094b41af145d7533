package norm

import (
	"math"
	"testing"
)

// readOne reads the single mention of text.
func readOne(t *testing.T, text string) Mention {
	t.Helper()
	ms := reader(t).Read(nil, text, Context{})
	if len(ms) != 1 {
		t.Fatalf("%q: want one mention, got %d: %+v", text, len(ms), ms)
	}
	return ms[0]
}

func TestCompatible(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"more than 6,500 dead", "6,700 dead", true},
		{"more than 6,500 dead", "over 6,500 dead", true},
		{"more than 6,500 dead", "nearly 7,000 dead", true},
		{"more than 6,500 dead", "more than 65,000 dead", false},
		{"more than 6,500 dead", "6,500 dead", true}, // a round 6,500 may be 6,520
		{"more than 6,512 dead", "6,512 dead", false},
		{"more than 6,500 dead", "9,000 dead", true},
		{"more than 6,500 dead", "12,000 dead", false},
		{"about 2,000 troops", "2,000 troops", true},
		{"30,000 people", "around 30,000 people", true},
		{"about 5,000 people", "4,600 people", true},
		{"about 18,000 dead", "17,200 dead", true},
		{"about 18,000 dead", "16,500 dead", false}, // rounded to the thousand, give or take 5%
		{"about 125,000 displaced", "114,000 displaced", false},
		{"about 125,000 displaced", "about 140,000 displaced", false},
		{"about 120,000 displaced", "about 140,000 displaced", false},
		{"about 120,000 displaced", "123,000 displaced", true},
		{"6,500 dead", "6,512 dead", true},
		{"6,512 dead", "6,513 dead", false},
		{"6,500 dead", "6,600 dead", false},
		{"6,500 dead", "8,000 dead", false},
		{"30,000 people", "32,000 people", true},
		{"30,000 people", "34,000 people", false},
		{"100 people", "104 people", true},
		{"100 people", "115 people", false},
		{"3 soldiers", "30 soldiers", false},
		{"3 soldiers", "3 soldiers", true},
		{"thirty-two prisoners", "32 prisoners", true},
		{"tens of thousands dead", "around 30,000 dead", true},
		{"tens of thousands dead", "more than 6,500 dead", false},
		{"hundreds of troops", "300 troops", true},
		{"hundreds of troops", "thousands of troops", false},
		{"dozens of people", "scores of people", true},
		{"several soldiers", "two soldiers", false},
		{"a few soldiers", "two soldiers", true},
		{"between 5,000 and 6,000 troops", "5,500 troops", true},
		{"between 5,000 and 6,000 troops", "7,000 troops", false},
		{"fewer than 100 people", "90 people", true},
		{"fewer than 100 people", "100 people", true}, // a round 100 may be 96
		{"fewer than 100 people", "112 people", false},
		{"fewer than 123 people", "123 people", false},
		{"fewer than 100 people", "20 people", false},
		{"up to 100 people", "100 people", true},
		{"at least 40 civilians", "40 civilians", true},
		{"at least 40 civilians", "55 civilians", true},
		{"at least 40 civilians", "80 civilians", false},
		{"nearly 7,000 homes", "7,200 homes", false},
		{"nearly 7,000 homes", "6,800 homes", true},
		{"$800 million", "800 million euros", false},
		{"$800 million", "$800 million", true},
		{"19 per cent", "19%", true},
		{"19 per cent", "19 people", false},
		{"60%", "about 60%", true},
		{"87 mph", "87 km/h", false},
		{"the two countries", "two soldiers", false},
		{"rose 2%", "up 2%", true},
		{"rose 2%", "fell 2%", false},
		{"fell 3.5 points", "dropped 3.5 points", true},
		{"a third of the residents", "one in three residents", true},
		{"a 45-year-old", "45 people", false},
		{"5% to 10%", "7%", true},
		{"5% to 10%", "12%", false},
		{"-5 yards", "5 yards", false},
	}
	for _, tt := range tests {
		a, b := readOne(t, tt.a), readOne(t, tt.b)
		if a.Kind != QuantityKind || b.Kind != QuantityKind {
			t.Fatalf("%q, %q: not quantities", tt.a, tt.b)
		}
		if got := Compatible(a.Quantity, b.Quantity); got != tt.want {
			t.Errorf("Compatible(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := Compatible(b.Quantity, a.Quantity); got != tt.want {
			t.Errorf("Compatible(%q, %q) = %v, want %v (reversed)", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b     string
		abs, rel float64
	}{
		{"6,500 dead", "10,000 dead", 3500, 3500.0 / 6500},
		{"more than 6,500 dead", "around 30,000 dead", 23500, 23500.0 / 6500},
		{"hundreds of troops", "2,000 troops", 1001, 1001.0 / 999},
		{"hundreds of troops", "500 troops", 0, 0},
		{"0 people", "5 people", 5, math.Inf(1)},
	}
	for _, tt := range tests {
		a, b := readOne(t, tt.a), readOne(t, tt.b)
		abs, rel := Distance(a.Quantity, b.Quantity)
		if math.Abs(abs-tt.abs) > 1e-9 || !(math.Abs(rel-tt.rel) < 1e-9 || rel == tt.rel) {
			t.Errorf("Distance(%q, %q) = %v, %v, want %v, %v", tt.a, tt.b, abs, rel, tt.abs, tt.rel)
		}
		abs2, rel2 := Distance(b.Quantity, a.Quantity)
		if abs2 != abs || rel2 != rel && !(math.IsInf(rel, 1) && math.IsInf(rel2, 1)) {
			t.Errorf("Distance not symmetric for %q, %q", tt.a, tt.b)
		}
	}
}

func TestDurationsCompatible(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"six weeks", "44 days", true},
		{"a six-week war", "44 days", true},
		{"three decades", "thirty years", true},
		{"32 years", "30 years", true},
		{"six weeks", "six months", false},
		{"for decades", "thirty years", true},
		{"for decades", "five years", false},
		{"a fortnight", "two weeks", true},
		{"18 months", "a year and a half", true},
		{"18 months", "two years", false},
		{"a few weeks", "three weeks", true},
		{"a few weeks", "three months", false},
		{"a month", "30 days", true},
		{"44 days", "two months", false},
	}
	for _, tt := range tests {
		a, b := readOne(t, tt.a), readOne(t, tt.b)
		if a.Kind != DurationKind || b.Kind != DurationKind {
			t.Fatalf("%q, %q: not durations: %v %v", tt.a, tt.b, a.Kind, b.Kind)
		}
		if got := DurationsCompatible(a.Duration, b.Duration); got != tt.want {
			t.Errorf("DurationsCompatible(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := DurationsCompatible(b.Duration, a.Duration); got != tt.want {
			t.Errorf("DurationsCompatible(%q, %q) = %v, want %v (reversed)", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestTimesCompatible(t *testing.T) {
	pub := Context{}
	tests := []struct {
		a, b string
		want bool
	}{
		{"in 2020", "in November 2020", true},
		{"in 2020", "in 2021", false},
		{"the fall of 2020", "November 2020", true},
		{"the fall of 2020", "December 2020", false},
		{"the early 1990s", "in 1991", true},
		{"the early 1990s", "in 1995", false},
		{"the 1990s", "the early 1990s", true},
		{"since 1991", "in 2020", true},
		{"since 1991", "in 1990", false},
		{"the collapse of the USSR", "in 1991", true},
		{"the collapse of the USSR", "in 1992", false},
		{"December 7", "7 December 2023", true},
		{"December 7", "December 8, 2023", false},
		{"December 7", "in 2023", true},
		{"the winter of 2020", "January 2021", true},
		{"in mid-November", "November 15", true},
		{"in mid-November", "November 25", false},
		{"on Sunday", "on Sunday", true},
		{"on Sunday", "on Wednesday", false},
		{"on Sunday", "December 10, 2023", true}, // a Sunday
		{"on Sunday", "December 7, 2023", false}, // a Thursday
		{"last week", "last week", true},
		{"last week", "next week", false},
		{"on Thursday, December 7", "7 December 2023", true},
	}
	for _, tt := range tests {
		ma := reader(t).Read(nil, tt.a, pub)
		mb := reader(t).Read(nil, tt.b, pub)
		if len(ma) != 1 || len(mb) != 1 || ma[0].Kind != TimeKind || mb[0].Kind != TimeKind {
			t.Fatalf("%q, %q: want one time each, got %+v / %+v", tt.a, tt.b, ma, mb)
		}
		if got := TimesCompatible(ma[0].Time, mb[0].Time); got != tt.want {
			t.Errorf("TimesCompatible(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := TimesCompatible(mb[0].Time, ma[0].Time); got != tt.want {
			t.Errorf("TimesCompatible(%q, %q) = %v, want %v (reversed)", tt.b, tt.a, got, tt.want)
		}
	}
}
