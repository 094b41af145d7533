package norm

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSeeds checks that the expressions of the seed articles that matter
// to claimcheck are read as expected. where is the phrase of the article
// the mention lies in; text is the mention's own text.
func TestSeeds(t *testing.T) {
	tests := []struct {
		seed, where, text, kind, value string
	}{
		{"002", "more than 6,500 dead", "more than 6,500 dead", "quantity", `{"low":6500,"high":null,"low_open":true,"stated":6500,"qualifier":"more_than","class":"count","unit":"dead"}`},
		{"004", "killed more than 6,500 people", "more than 6,500 people", "quantity", `{"low":6500,"high":null,"low_open":true,"stated":6500,"qualifier":"more_than","class":"count","unit":"people"}`},
		{"002", "around 30,000 people dead", "around 30,000 people", "quantity", `{"low":27000,"high":33000,"stated":30000,"qualifier":"about","class":"count","unit":"people"}`},
		{"002", "About 30,000 dead", "About 30,000 dead", "quantity", `{"low":27000,"high":33000,"stated":30000,"qualifier":"about","class":"count","unit":"dead"}`},
		{"004", "the death of 30,000 people", "30,000 people", "quantity", `{"low":30000,"high":30000,"stated":30000,"qualifier":"exact","class":"count","unit":"people"}`},
		{"001", "about 2,000 troops", "about 2,000 troops", "quantity", `{"low":1800,"high":2200,"stated":2000,"qualifier":"about","class":"count","unit":"troops"}`},
		{"002", "2,000 men", "2,000 men", "quantity", `{"low":2000,"high":2000,"stated":2000,"qualifier":"exact","class":"count","unit":"men"}`},
		{"003", "thirty-two Armenian prisoners of war", "thirty-two Armenian prisoners of war", "quantity", `{"low":32,"high":32,"stated":32,"qualifier":"exact","class":"count","unit":"prisoners"}`},
		{"003", "two Azerbaijani soldiers", "two Azerbaijani soldiers", "quantity", `{"low":2,"high":2,"stated":2,"qualifier":"exact","class":"count","unit":"troops"}`},
		{"003", "more than 100,000 people out of the 120,000 recorded", "more than 100,000 people out of the 120,000", "quantity", `{"low":100000,"high":null,"low_open":true,"stated":100000,"qualifier":"more_than","class":"count","unit":"people","whole":{"low":120000,"high":120000,"stated":120000,"qualifier":"exact","class":"count","unit":"people"}}`},
		{"003", "tens of thousands dead", "tens of thousands dead", "quantity", `{"low":20000,"high":99999,"stated":null,"qualifier":"vague","class":"count","unit":"dead"}`},
		{"004", "hundreds of thousands of refugees", "hundreds of thousands of refugees", "quantity", `{"low":200000,"high":999999,"stated":null,"qualifier":"vague","class":"count","unit":"refugees"}`},
		{"001", "Hundreds of troops", "Hundreds of troops", "quantity", `{"low":200,"high":999,"stated":null,"qualifier":"vague","class":"count","unit":"troops"}`},
		{"000", "over 300 settlements", "over 300 settlements", "quantity", `{"low":300,"high":null,"low_open":true,"stated":300,"qualifier":"more_than","class":"count","unit":"settlements"}`},
		{"004", "Three Armenian soldiers", "Three Armenian soldiers", "quantity", `{"low":3,"high":3,"stated":3,"qualifier":"exact","class":"count","unit":"troops"}`},
		{"002", "thousands of people", "thousands of people", "quantity", `{"low":2000,"high":9999,"stated":null,"qualifier":"vague","class":"count","unit":"people"}`},
		{"001", "thousands of mines", "thousands of mines", "quantity", `{"low":2000,"high":9999,"stated":null,"qualifier":"vague","class":"count","unit":"mines"}`},
		{"002", "six-week war", "six-week", "duration", `{"iso":"P6W","min_days":42,"max_days":42}`},
		{"004", "six-week war", "six-week", "duration", `{"iso":"P6W","min_days":42,"max_days":42}`},
		{"003", "for six weeks", "six weeks", "duration", `{"iso":"P6W","min_days":42,"max_days":42}`},
		{"002", "thirty years", "thirty years", "duration", `{"iso":"P30Y","min_days":10958,"max_days":10958}`},
		{"003", "three decades of conflict", "three decades", "duration", `{"iso":"P30Y","min_days":10958,"max_days":10958}`},
		{"003", "for decades", "decades", "duration", `{"iso":"P20Y","min_days":7305,"max_days":null,"vague":true}`},
		{"000", "within a month", "within a month", "time", `{"start":null,"end":null,"anchored":false,"relative":"within_a_month"}`},
		{"002", "weeks of anti-government protests", "weeks", "duration", `{"iso":"P2W","min_days":14,"max_days":null,"vague":true}`},
		{"000", "since 1991", "since 1991", "time", `{"start":"1991-01-01","end":null,"anchored":true,"since":true}`},
		{"002", "collapsed in 1991", "the Soviet Union collapsed in 1991", "time", `{"start":"1991-12-26","end":"1991-12-26","anchored":true,"anchor":"collapse of the USSR"}`},
		{"002", "war in the early 1990s", "the early 1990s", "time", `{"start":"1990-01-01","end":"1993-12-31","anchored":true}`},
		{"004", "war in the 1990s", "the 1990s", "time", `{"start":"1990-01-01","end":"1999-12-31","anchored":true}`},
		{"000", "the fall of 2020", "the fall of 2020", "time", `{"start":"2020-09-01","end":"2020-11-30","anchored":true}`},
		{"003", "the fall of 2020", "the fall of 2020", "time", `{"start":"2020-09-01","end":"2020-11-30","anchored":true}`},
		{"000", "In 2020,", "2020", "time", `{"start":"2020-01-01","end":"2020-12-31","anchored":true}`},
		{"001", "brokering the 2020", "2020", "time", `{"start":"2020-01-01","end":"2020-12-31","anchored":true}`},
		{"002", "won in September", "September", "time", `{"start":"--09-01","end":"--09-30","anchored":true}`},
		{"003", "Thursday, December 7", "Thursday, December 7", "time", `{"start":"--12-07","end":"--12-07","anchored":true,"weekday":"Thursday"}`},
		{"004", "Thursday, April 7", "Thursday, April 7", "time", `{"start":"--04-07","end":"--04-07","anchored":true,"weekday":"Thursday"}`},
		{"004", "In November 2020", "November 2020", "time", `{"start":"2020-11-01","end":"2020-11-30","anchored":true}`},
		{"004", "since November 2020", "since November 2020", "time", `{"start":"2020-11-01","end":null,"anchored":true,"since":true}`},
		{"004", "at the end of March", "the end of March", "time", `{"start":"--03-22","end":"--03-31","anchored":true}`},
		{"001", "on Sunday", "Sunday", "time", `{"start":null,"end":null,"anchored":false,"weekday":"Sunday"}`},
		{"004", "on Wednesday", "Wednesday", "time", `{"start":null,"end":null,"anchored":false,"weekday":"Wednesday"}`},
		{"001", "Washington last week", "last week", "time", `{"start":null,"end":null,"anchored":false,"relative":"last_week"}`},
		{"000", "Last week,", "Last week", "time", `{"start":null,"end":null,"anchored":false,"relative":"last_week"}`},
		{"003", "In mid-November", "mid-November", "time", `{"start":"--11-11","end":"--11-20","anchored":true}`},
		{"001", "June 1", "June 1", "time", `{"start":"--06-01","end":"--06-01","anchored":true}`},
		{"001", "in February", "February", "time", `{"start":"--02-01","end":"--02-29","anchored":true}`},
		{"002", "the coming weeks", "the coming weeks", "time", `{"start":null,"end":null,"anchored":false,"relative":"coming_weeks"}`},
		{"002", "July or August", "July", "time", `{"start":"--07-01","end":"--07-31","anchored":true}`},
		{"002", "July or August", "August", "time", `{"start":"--08-01","end":"--08-31","anchored":true}`},
		{"001", "since the collapse of the USSR", "since the collapse of the USSR", "time", `{"start":"1991-12-26","end":null,"anchored":true,"since":true,"anchor":"collapse of the USSR"}`},
		{"004", "at the collapse of the USSR", "the collapse of the USSR", "time", `{"start":"1991-12-26","end":"1991-12-26","anchored":true,"anchor":"collapse of the USSR"}`},
		{"002", "the September 2021 elections", "September 2021", "time", `{"start":"2021-09-01","end":"2021-09-30","anchored":true}`},
		{"001", "Limited 2023", "2023", "time", `{"start":"2023-01-01","end":"2023-12-31","anchored":true}`},
		{"000", "in early August", "early August", "time", `{"start":"--08-01","end":"--08-10","anchored":true}`},
		{"000", "earlier this week", "earlier this week", "time", `{"start":null,"end":null,"anchored":false,"relative":"earlier_this_week"}`},
		{"003", "In recent weeks", "recent weeks", "time", `{"start":null,"end":null,"anchored":false,"relative":"recent_weeks"}`},
	}
	// Phrases that must give no mention at all.
	nothing := []struct{ seed, where string }{
		{"003", "one of its soldiers"},
		{"004", "France 24 week"},
		{"004", "the France 24 app"},
		{"001", "one of the three"},
	}
	r := reader(t)
	files, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(files) != 5 {
		t.Fatalf("seeds: %v, %d files", err, len(files))
	}
	texts := map[string]string{}
	read := map[string][]Mention{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		id := filepath.Base(f)[:3]
		texts[id] = string(b)
		read[id] = r.Read(nil, string(b), Context{})
	}
	for _, tt := range tests {
		text := texts[tt.seed]
		at := strings.Index(text, tt.where)
		if at < 0 {
			t.Fatalf("seed %s has no %q", tt.seed, tt.where)
		}
		var found *Mention
		for i, m := range read[tt.seed] {
			if m.Text == tt.text && m.Start < at+len(tt.where) && m.End > at {
				found = &read[tt.seed][i]
				break
			}
		}
		if found == nil {
			t.Errorf("seed %s: no mention %q at %q", tt.seed, tt.text, tt.where)
			continue
		}
		v, _ := json.Marshal(found.Value())
		if found.Kind.String() != tt.kind || string(v) != tt.value {
			t.Errorf("seed %s: %q: got %s %s\nwant %s %s", tt.seed, tt.text, found.Kind, v, tt.kind, tt.value)
		}
	}
	for _, tt := range nothing {
		text := texts[tt.seed]
		at := strings.Index(text, tt.where)
		if at < 0 {
			t.Fatalf("seed %s has no %q", tt.seed, tt.where)
		}
		for _, m := range read[tt.seed] {
			if m.Start < at+len(tt.where) && m.End > at && m.Kind == QuantityKind && m.Quantity.Class == Count {
				if tt.where == "one of the three" && strings.Fields(m.Text)[0] == "three" {
					continue
				}
				t.Errorf("seed %s: %q: unexpected count %q", tt.seed, tt.where, m.Text)
			}
		}
	}
}
