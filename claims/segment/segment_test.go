package segment

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/google/go-cmp/cmp"
)

var (
	testSeg     *Segmenter
	testSegErr  error
	testSegOnce sync.Once
)

// segmenter returns a segmenter shared by the tests.
func testSegmenter(t testing.TB) *Segmenter {
	t.Helper()
	testSegOnce.Do(func() { testSeg, testSegErr = NewSegmenter() })
	if testSegErr != nil {
		t.Fatal(testSegErr)
	}
	return testSeg
}

// seg is the part of a sentence the table tests check.
type brief struct {
	Text string
	Role Role
}

func wBody(s string) brief    { return brief{s, RoleBody} }
func wHeading(s string) brief { return brief{s, RoleHeading} }
func wList(s string) brief    { return brief{s, RoleList} }
func wCaption(s string) brief { return brief{s, RoleCaption} }
func wFurn(s string) brief    { return brief{s, RoleBoilerplate} }

func briefs(ss []Sentence) []brief {
	var out []brief
	for _, s := range ss {
		out = append(out, brief{s.Text, s.Role})
	}
	return out
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []brief
	}{
		{"two sentences", "The war ended. Peace came.",
			[]brief{wBody("The war ended."), wBody("Peace came.")}},
		{"hard wrap joins", "The war in the region\nkilled 12 people last year.\n",
			[]brief{wBody("The war in the region\nkilled 12 people last year.")}},
		{"blank line ends sentence", "The war in the region killed\n\nmany people in the end.",
			[]brief{wHeading("The war in the region killed"), wBody("many people in the end.")}},
		{"blank line of no-break spaces", "The war began in 2020 and\n\u00a0\u202f \nit ended.",
			[]brief{wBody("The war began in 2020 and"), wBody("it ended.")}},
		{"standfirst before function word", "EU mediation comes after progress in Washington\nThe leaders will meet on Sunday.",
			[]brief{wHeading("EU mediation comes after progress in Washington"), wBody("The leaders will meet on Sunday.")}},
		{"function word break in paragraph", "Peace talks began in\nBrussels on Monday\nThey ended on Tuesday.",
			[]brief{wBody("Peace talks began in\nBrussels on Monday"), wBody("They ended on Tuesday.")}},
		{"line ending in joiner continues", "Three officials told the\nFinancial Times.",
			[]brief{wBody("Three officials told the\nFinancial Times.")}},
		{"joiner before function word", "He visited the\nThe Hague court.",
			[]brief{wBody("He visited the\nThe Hague court.")}},
		{"capitalized non-starter continues", "The talks took place in\nBrussels last week.",
			[]brief{wBody("The talks took place in\nBrussels last week.")}},
		{"sentence ending in a year", "The Soviet Union collapsed in 1991. The resulting conflict left around 30,000 people dead.",
			[]brief{wBody("The Soviet Union collapsed in 1991."), wBody("The resulting conflict left around 30,000 people dead.")}},
		{"sentence ending in a count", "The toll rose to 6,500. Officials confirmed it.",
			[]brief{wBody("The toll rose to 6,500."), wBody("Officials confirmed it.")}},
		{"decimals and thousands", "The economy shrank 1.5 percent, or 3.14 billion, and 6,500 lost jobs.",
			[]brief{wBody("The economy shrank 1.5 percent, or 3.14 billion, and 6,500 lost jobs.")}},
		{"sentence starting with a number", "The war ended. 2020 was a hard year.",
			[]brief{wBody("The war ended."), wBody("2020 was a hard year.")}},
		{"U.S. inside a sentence", "The U.S. Army said the U.K. and U.N. agreed.",
			[]brief{wBody("The U.S. Army said the U.K. and U.N. agreed.")}},
		{"U.S. before a function word", "He lives in the U.S. The next day he left.",
			[]brief{wBody("He lives in the U.S."), wBody("The next day he left.")}},
		{"E.U. before a name", "Talks led by the E.U. Michel called them useful.",
			[]brief{wBody("Talks led by the E.U. Michel called them useful.")}},
		{"titles", "Mr. Aliyev met Mrs. Smith, Ms. Jones, Dr. Brown and Prof. Green.",
			[]brief{wBody("Mr. Aliyev met Mrs. Smith, Ms. Jones, Dr. Brown and Prof. Green.")}},
		{"ranks", "Gen. Ivanov, Lt. Col. Petrov and Sgt. Popov spoke to Gov. Hall, Sen. Reed and Rep. Cole.",
			[]brief{wBody("Gen. Ivanov, Lt. Col. Petrov and Sgt. Popov spoke to Gov. Hall, Sen. Reed and Rep. Cole.")}},
		{"places", "They met in St. Petersburg near Mt. Ararat.",
			[]brief{wBody("They met in St. Petersburg near Mt. Ararat.")}},
		{"months", "Talks on Jan. 5, Feb. 6, Aug. 7, Sept. 8, Oct. 9, Nov. 10 and Dec. 11 failed.",
			[]brief{wBody("Talks on Jan. 5, Feb. 6, Aug. 7, Sept. 8, Oct. 9, Nov. 10 and Dec. 11 failed.")}},
		{"number sign", "Resolution No. 822 was adopted. It demanded a withdrawal.",
			[]brief{wBody("Resolution No. 822 was adopted."), wBody("It demanded a withdrawal.")}},
		{"versus", "Armenia vs. Azerbaijan ended 2-1.",
			[]brief{wBody("Armenia vs. Azerbaijan ended 2-1.")}},
		{"times of day", "The attack began at 5 a.m. and ended at 7 p.m. The army withdrew.",
			[]brief{wBody("The attack began at 5 a.m. and ended at 7 p.m."), wBody("The army withdrew.")}},
		{"e.g. and i.e.", "Some groups, e.g. Amnesty, disagreed, i.e. They objected.",
			[]brief{wBody("Some groups, e.g. Amnesty, disagreed, i.e. They objected.")}},
		{"etc. before a capital", "They sent tanks, drones etc. Russia objected.",
			[]brief{wBody("They sent tanks, drones etc."), wBody("Russia objected.")}},
		{"a unit before a name", "The quake struck at a depth of 10 km. Chile's agency said it was deeper.",
			[]brief{wBody("The quake struck at a depth of 10 km."), wBody("Chile's agency said it was deeper.")}},
		{"a unit inside a sentence", "The fire spread 5 km. along the ridge.",
			[]brief{wBody("The fire spread 5 km. along the ridge.")}},
		{"etc. inside a sentence", "Tanks, drones etc. were sent.",
			[]brief{wBody("Tanks, drones etc. were sent.")}},
		{"etc. at the end", "They sent tanks, drones etc.",
			[]brief{wBody("They sent tanks, drones etc.")}},
		{"companies", "Acme Inc. said profits rose at Foo Ltd. and Bar Corp. too.",
			[]brief{wBody("Acme Inc. said profits rose at Foo Ltd. and Bar Corp. too.")}},
		{"company before function word", "He joined Acme Inc. The firm grew.",
			[]brief{wBody("He joined Acme Inc."), wBody("The firm grew.")}},
		{"suffixes", "Martin Luther King Jr. spoke before John Smith Sr. arrived.",
			[]brief{wBody("Martin Luther King Jr. spoke before John Smith Sr. arrived.")}},
		{"initials", "James O. Brien met J. R. R. Tolkien.",
			[]brief{wBody("James O. Brien met J. R. R. Tolkien.")}},
		{"initial before quote", "the Deputy Secretary, James O. 'Brien. It was then announced.",
			[]brief{wBody("the Deputy Secretary, James O. 'Brien."), wBody("It was then announced.")}},
		{"dotted acronym", "The U.S.A. team won.",
			[]brief{wBody("The U.S.A. team won.")}},
		{"closing curly quote", "He said “it is over.” Then he left.",
			[]brief{wBody("He said “it is over.”"), wBody("Then he left.")}},
		{"closing bracket", "The vote was final (see the report.) Results came later.",
			[]brief{wBody("The vote was final (see the report.)"), wBody("Results came later.")}},
		{"question in single quotes", "She asked 'Who is next?' The crowd waited.",
			[]brief{wBody("She asked 'Who is next?'"), wBody("The crowd waited.")}},
		{"quote then said", "“We will win,” he said. “Why?” she asked.",
			[]brief{wBody("“We will win,” he said."), wBody("“Why?” she asked.")}},
		{"period inside quote then said", "“The road is open.” said Hajiyev.",
			[]brief{wBody("“The road is open.” said Hajiyev.")}},
		{"straight quotes", `He called it "a victory." Others disagreed.`,
			[]brief{wBody(`He called it "a victory."`), wBody("Others disagreed.")}},
		{"ellipsis before lowercase", "He paused... and went on. She paused … then left.",
			[]brief{wBody("He paused... and went on."), wBody("She paused … then left.")}},
		{"ellipsis before capital", "He paused... Then he left. She waited… Nothing came.",
			[]brief{wBody("He paused..."), wBody("Then he left."), wBody("She waited…"), wBody("Nothing came.")}},
		{"ellipsis in brackets", "An agreement was reached (…) to set up a commission.",
			[]brief{wBody("An agreement was reached (…) to set up a commission.")}},
		{"exclamation and question", "Stop! Why now? Because.",
			[]brief{wBody("Stop!"), wBody("Why now?"), wBody("Because.")}},
		{"lowercase after period", "fighting for control of the enclave. independence of Karabakh.",
			[]brief{wBody("fighting for control of the enclave. independence of Karabakh.")}},
		{"comma after period", "during a meeting on Wednesday. , under the mediation of Michel.",
			[]brief{wBody("during a meeting on Wednesday. , under the mediation of Michel.")}},
		{"dashes", "The war – which began in 2020 — ended. Peace came.",
			[]brief{wBody("The war – which began in 2020 — ended."), wBody("Peace came.")}},
		{"no-break spaces", "The war ended.\u00a0The peace began.\u00a0\u00a0",
			[]brief{wBody("The war ended."), wBody("The peace began.")}},
		{"narrow no-break space", "The war ended.\u202fThe peace began.",
			[]brief{wBody("The war ended."), wBody("The peace began.")}},
		{"opening curly quote after period", "He left. “The war is over,” he said.",
			[]brief{wBody("He left."), wBody("“The war is over,” he said.")}},
		{"CRLF", "First sentence.\r\nSecond line\r\ngoes on.\r\n\r\nNew block\r\n",
			[]brief{wBody("First sentence."), wBody("Second line\r\ngoes on."), wHeading("New block")}},
		{"heading", "Upcoming Talks\n\nThe talks will begin soon.",
			[]brief{wHeading("Upcoming Talks"), wBody("The talks will begin soon.")}},
		{"heading in quotes", "“Build Confidence”\n\nText follows.",
			[]brief{wHeading("“Build Confidence”"), wBody("Text follows.")}},
		{"heading with colon", "Armenia: President announces resignation\n",
			[]brief{wHeading("Armenia: President announces resignation")}},
		{"one line with period is body", "A war broke out in the region in 2020.\n",
			[]brief{wBody("A war broke out in the region in 2020.")}},
		{"bullets", "  • World\n\n  • Armenia\n",
			[]brief{wList("World"), wList("Armenia")}},
		{"bullets without blank lines", "• World\n• Armenia\n- Azerbaijan\n* Europe\n– Asia\n· Africa",
			[]brief{wList("World"), wList("Armenia"), wList("Azerbaijan"), wList("Europe"), wList("Asia"), wList("Africa")}},
		{"numbered list", "1. First item\n2) Second item\n3. Third item",
			[]brief{wList("First item"), wList("Second item"), wList("Third item")}},
		{"list item with sentences", "• The war ended. Peace came.\n• Talks resume",
			[]brief{wList("The war ended."), wList("Peace came."), wList("Talks resume")}},
		{"list item wrapped", "• The war ended after\n  six weeks of fighting\n• Talks resume",
			[]brief{wList("The war ended after\n  six weeks of fighting"), wList("Talks resume")}},
		{"list then paragraph", "• World\nThe war ended.",
			[]brief{wList("World"), wBody("The war ended.")}},
		{"hyphen in text is no bullet", "The war ended.\n-5 degrees were measured.",
			[]brief{wBody("The war ended."), wBody("-5 degrees were measured.")}},
		{"caption prefix", "Photo: Soldiers in Baku.\nThe war ended.",
			[]brief{wCaption("Photo: Soldiers in Baku."), wBody("The war ended.")}},
		{"caption agency suffix", "Soldiers in Stepanakert on Monday / AFP\n\nThe war ended.",
			[]brief{wCaption("Soldiers in Stepanakert on Monday / AFP"), wBody("The war ended.")}},
		{"caption getty", "Refugees at the border. Getty Images\n",
			[]brief{wCaption("Refugees at the border."), wCaption("Getty Images")}},
		{"caption AP photo", "A soldier stands guard. (AP Photo/John Doe)\n",
			[]brief{wCaption("A soldier stands guard."), wCaption("(AP Photo/John Doe)")}},
		{"credit line", "The war ended.\n\nWith AFP and Reuters\u00a0\n",
			[]brief{wBody("The war ended."), wCaption("With AFP and Reuters")}},
		{"copyright", "Copyright The Financial Times Limited 2023. All rights reserved.\nThe talks are likely to focus on checkpoints.",
			[]brief{wFurn("Copyright The Financial Times Limited 2023."), wFurn("All rights reserved."), wBody("The talks are likely to focus on checkpoints.")}},
		{"site furniture", "The end.\n\nSearch in archive\n\nDownload the France 24 app\n\ngoogle-play-badge_EN\n\nI subscribe\n\nAdvertisement\n\nRead more: the war in 2020\n\n© 2023 Reuters",
			[]brief{wBody("The end."), wFurn("Search in archive"), wFurn("Download the France 24 app"), wFurn("google-play-badge_EN"),
				wFurn("I subscribe"), wFurn("Advertisement"), wFurn("Read more: the war in 2020"), wFurn("© 2023 Reuters")}},
		{"newsletter teaser", "The summary of the\n\nFrance 24 week invites you to come back to the news\n\nTake international news everywhere with you!",
			[]brief{wFurn("The summary of the"), wFurn("France 24 week invites you to come back to the news"), wFurn("Take international news everywhere with you!")}},
		{"cookie notice", "We use cookies to improve your experience. Accept all\n",
			[]brief{wFurn("We use cookies to improve your experience."), wFurn("Accept all")}},
		{"furniture wrapped in lowercase", "Sign up for our daily newsletter and\nget the news first.\nThe war ended.",
			[]brief{wFurn("Sign up for our daily newsletter and\nget the news first."), wBody("The war ended.")}},
		{"invalid UTF-8", "Caf\xe9 open. The \xff\xfe end.\xe2\x80",
			[]brief{wBody("Caf\xe9 open."), wBody("The \xff\xfe end.\xe2\x80")}},
		{"empty", "", nil},
		{"only space", "  \n\u00a0\n\t\r\n", nil},
	}
	s := testSegmenter(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &load.Document{ID: "t", Path: "t.txt", Text: tt.text, Line: 1}
			got := s.Segment(nil, d)
			if diff := cmp.Diff(tt.want, briefs(got)); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
			checkSentences(t, d, got)
		})
	}
}

// TestSegmentOffsets checks every field of the sentences of a document
// whose body starts after front matter.
func TestSegmentOffsets(t *testing.T) {
	text := "---\ntitle: T\n---\nWar ended in 1991. Peace\ncame later.\r\n\r\n• Item one\n"
	d := &load.Document{Text: text, Body: 17, Line: 1}
	want := []Sentence{
		{Start: 17, End: 35, Line: 4, Para: 0, Index: 0, Text: "War ended in 1991.", Role: RoleBody},
		{Start: 36, End: 53, Line: 4, Para: 0, Index: 1, Text: "Peace\ncame later.", Role: RoleBody},
		{Start: 61, End: 69, Line: 7, Para: 1, Index: 2, Text: "Item one", Role: RoleList},
	}
	got := testSegmenter(t).Segment(nil, d)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	// Appending keeps what dst holds and numbers from zero.
	got = testSegmenter(t).Segment(got[:1], d)
	if len(got) != 4 || got[1].Index != 0 || got[0] != want[0] {
		t.Errorf("Segment(dst) = %+v", got)
	}
}

// TestSegmentJSONLLines checks that the sentences of a JSONL record are on
// the record's line.
func TestSegmentJSONLLines(t *testing.T) {
	d := &load.Document{Format: load.FormatJSONL, Text: "One.\nTwo.\n\nThree.", Line: 7}
	for _, s := range testSegmenter(t).Segment(nil, d) {
		if s.Line != 7 {
			t.Errorf("%q on line %d, want 7", s.Text, s.Line)
		}
	}
}

// TestSegmentLoaded checks the sentences of documents as the loader reads
// them: after front matter, in a JSONL record, in HTML and on standard
// input, each on the line of the file where it starts.
func TestSegmentLoaded(t *testing.T) {
	s := testSegmenter(t)
	fixtures := filepath.Join("..", "..", "testdata", "load")
	walk := func(t *testing.T, l *load.Loader, path string) []*load.Document {
		t.Helper()
		var docs []*load.Document
		err := l.Walk([]string{path}, func(d *load.Document) error {
			docs = append(docs, d)
			return nil
		}, func(sk load.Skipped) error {
			t.Errorf("skipped %v", sk)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return docs
	}
	t.Run("front matter", func(t *testing.T) {
		d := walk(t, new(load.Loader), filepath.Join(fixtures, "article.md"))[0]
		ss := s.Segment(nil, d)
		if len(ss) != 2 || ss[0].Line != 7 || ss[1].Line != 7 || ss[1].Text != "The\nwar in 2020 killed more than 6,500 people." {
			t.Errorf("front matter sentences: %+v", ss)
		}
		checkSentences(t, d, ss)
	})
	t.Run("JSONL", func(t *testing.T) {
		docs := walk(t, new(load.Loader), filepath.Join(fixtures, "docs.jsonl"))
		ss := s.Segment(nil, docs[1])
		if len(ss) != 2 {
			t.Errorf("JSONL sentences: %+v", ss)
		}
		for _, x := range ss {
			if x.Line != 3 {
				t.Errorf("JSONL sentence %q on line %d, want 3", x.Text, x.Line)
			}
		}
		checkSentences(t, docs[1], ss)
	})
	t.Run("HTML", func(t *testing.T) {
		path := filepath.Join(fixtures, "page.html")
		file, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		d := walk(t, new(load.Loader), path)[0]
		ss := s.Segment(nil, d)
		want := []brief{
			wHeading("Talks resume in Brussels"),
			wHeading("Talks resume"),
			wBody("Armenia and Azerbaijan will resume peace talks in Brussels & Washington."),
			wHeading("The war in 2020 killed more than 6,500 people"),
			wHeading("First item"),
			wHeading("Second item"),
		}
		if diff := cmp.Diff(want, briefs(ss)); diff != "" {
			t.Errorf("sentences mismatch (-want +got):\n%s", diff)
		}
		checkSentences(t, d, ss)
		for _, x := range ss {
			off := d.FileOffset(x.Start)
			first := strings.Fields(x.Text)[0]
			if off < 0 || off > len(file) || !strings.HasPrefix(string(file[off:]), first) {
				t.Errorf("%q maps to file offset %d: %.20q", x.Text, off, file[min(max(off, 0), len(file)):])
				continue
			}
			if want := 1 + strings.Count(string(file[:off]), "\n"); x.Line != want {
				t.Errorf("%q on line %d, want file line %d", x.Text, x.Line, want)
			}
			end := d.FileOffset(x.End - 1)
			if end < off || end >= len(file) {
				t.Errorf("%q ends at file offset %d", x.Text, end)
			}
		}
	})
	t.Run("stdin", func(t *testing.T) {
		l := &load.Loader{Stdin: strings.NewReader("\uFEFFThe war ended.\r\nPeace came.\r\n")}
		d := walk(t, l, "-")[0]
		ss := s.Segment(nil, d)
		if diff := cmp.Diff([]brief{wBody("The war ended."), wBody("Peace came.")}, briefs(ss)); diff != "" {
			t.Errorf("mismatch (-want +got):\n%s", diff)
		}
		if ss[0].Start != 3 || ss[1].Line != 2 {
			t.Errorf("sentences %+v", ss)
		}
	})
}

// checkSentences checks the invariants of the sentences of d: each Text
// is the slice of the document it says, trimmed, in order, on the line
// LineAt gives, and no sentence spans a blank line.
func checkSentences(t *testing.T, d *load.Document, ss []Sentence) {
	t.Helper()
	prevEnd, prevPara := d.Body, -1
	for i, s := range ss {
		if s.Start < prevEnd || s.End < s.Start || s.End > len(d.Text) {
			t.Fatalf("sentence %d [%d,%d) out of order or bounds (previous end %d, text %d)", i, s.Start, s.End, prevEnd, len(d.Text))
		}
		if s.Text != d.Text[s.Start:s.End] {
			t.Errorf("sentence %d: Text %q != Text[%d:%d] %q", i, s.Text, s.Start, s.End, d.Text[s.Start:s.End])
		}
		if s.Text == "" || trimLeft(s.Text, 0, len(s.Text)) != 0 || trimRight(s.Text, 0, len(s.Text)) != len(s.Text) {
			t.Errorf("sentence %d %q is empty or not trimmed", i, s.Text)
		}
		if s.Index != i {
			t.Errorf("sentence %d has Index %d", i, s.Index)
		}
		if s.Para < prevPara {
			t.Errorf("sentence %d has Para %d after %d", i, s.Para, prevPara)
		}
		if want := d.LineAt(s.Start); s.Line != want {
			t.Errorf("sentence %d %q: Line %d, want %d", i, s.Text, s.Line, want)
		}
		if d.Origin == nil && d.Format != load.FormatJSONL {
			if want := 1 + strings.Count(d.Text[:s.Start], "\n"); s.Line != want {
				t.Errorf("sentence %d %q: Line %d, want %d", i, s.Text, s.Line, want)
			}
		}
		for _, line := range strings.Split(s.Text, "\n")[1:] {
			if trimLeft(line, 0, len(line)) == len(line) {
				t.Errorf("sentence %d %q spans a blank line", i, s.Text)
			}
		}
		prevEnd, prevPara = s.End, s.Para
	}
}

// readSeeds loads the seed articles.
func readSeeds(t testing.TB) []*load.Document {
	t.Helper()
	var docs []*load.Document
	err := new(load.Loader).Walk([]string{filepath.Join("..", "..", "seeds")}, func(d *load.Document) error {
		docs = append(docs, d)
		return nil
	}, func(s load.Skipped) error {
		t.Errorf("seed skipped: %v", s)
		return nil
	})
	if err != nil || len(docs) == 0 {
		t.Fatalf("no seeds read: %v", err)
	}
	return docs
}

// TestSegmentSeeds checks the invariants on every seed article, that the
// site furniture in them is marked as such, and a few exact sentences.
func TestSegmentSeeds(t *testing.T) {
	s := testSegmenter(t)
	byRole := map[string]Role{}
	texts := map[string]Sentence{}
	for _, d := range readSeeds(t) {
		t.Run(d.ID, func(t *testing.T) {
			ss := s.Segment(nil, d)
			if len(ss) < 10 {
				t.Errorf("only %d sentences", len(ss))
			}
			checkSentences(t, d, ss)
			for _, x := range ss {
				byRole[x.Text] = x.Role
				texts[d.ID[:3]+":"+x.Text] = x
			}
		})
	}
	for _, text := range []string{
		"Search in archive",
		"Copyright The Financial Times Limited 2023.",
		"All rights reserved.",
		"google-play-badge_EN",
		"Download the France 24 app",
		"I subscribe",
		"The summary of the",
		"Take international news everywhere with you!",
	} {
		if r, ok := byRole[text]; !ok || r != RoleBoilerplate {
			t.Errorf("%q: role %v (found %v), want boilerplate", text, r, ok)
		}
	}
	for _, w := range []struct {
		key  string
		line int
		role Role
	}{
		{"002:Nagorny Karabakh's Armenian separatists split from Azerbaijan when the Soviet Union collapsed in 1991.", 31, RoleBody},
		{"002:The resulting conflict left around 30,000 people dead.", 31, RoleBody},
		{"001:The two former Soviet republics have fought for control of the territory of\nNagorno-Karabakh since the collapse of the USSR.", 24, RoleBody},
		{"001:Armenia and Azerbaijan to resume peace talks in Brussels", 1, RoleHeading},
		{"001:The leaders of Azerbaijan and Armenia will resume peace talks in Brussels this\nweekend, according to officials, as western allies are stepping up mediation\nefforts between the conflict-wracked neighbours following a recent uptick in\nfighting over their disputed border.", 4, RoleBody},
		{"001:European Council president Charles Michel will host a meeting on Sunday\nbetween Azerbaijan’s president Ilham Aliyev and Armenia’s prime minister\nNikol Pashinyan, three officials with knowledge of the preparations told the\nFinancial Times.", 8, RoleBody},
		{"002:About 30,000 dead", 27, RoleHeading},
		{"002:World", 39, RoleList},
		{"003:It was then announced that James O'Brien would visit the Azerbaijani capital in December for talks aimed at fostering peace.", 29, RoleBody},
		{"004:With AFP and Reuters", 35, RoleCaption},
	} {
		got, ok := texts[w.key]
		if !ok {
			t.Errorf("no sentence %q", w.key)
			continue
		}
		if got.Line != w.line || got.Role != w.role {
			t.Errorf("%q: line %d role %v, want line %d role %v", w.key, got.Line, got.Role, w.line, w.role)
		}
	}
}

// TestSegmentConcurrent runs one segmenter from several goroutines (run
// with -race).
func TestSegmentConcurrent(t *testing.T) {
	s := testSegmenter(t)
	docs := readSeeds(t)
	want := make([][]Sentence, len(docs))
	for i, d := range docs {
		want[i] = s.Segment(nil, d)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, d := range docs {
				if got := s.Segment(nil, d); !cmp.Equal(want[i], got) {
					t.Errorf("%s: concurrent result differs", d.ID)
				}
			}
		}()
	}
	wg.Wait()
}

func TestRoleText(t *testing.T) {
	for r := RoleBody; r <= RoleBoilerplate; r++ {
		b, err := r.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Role
		if err := back.UnmarshalText(b); err != nil || back != r {
			t.Errorf("%v round-trips to %v, %v", r, back, err)
		}
	}
	if _, err := Role(99).MarshalText(); err == nil {
		t.Error("Role(99) marshals")
	}
	var r Role
	if err := r.UnmarshalText([]byte("footer")); err == nil {
		t.Error(`"footer" unmarshals`)
	}
}

// TestTables checks that bad entries in the word tables are reported
// with their file and line.
func TestTables(t *testing.T) {
	for _, tt := range []struct {
		data, want string
	}{
		{"[prefix]\nMr.\nDr\n", "data/x.txt:3: abbreviation \"Dr\" must be written with its final period"},
		{"# c\nMr.\n", "data/x.txt:2: entry \"Mr.\" before any [section] header"},
		{"[nope]\n", "data/x.txt:1: unknown section [nope] (want one of prefix, word, final)"},
		{"[prefix\n", "data/x.txt:1: section header \"[prefix\" lacks its closing ]"},
	} {
		err := readTable("x.txt", tt.data, []string{"prefix", "word", "final"}, func(section, e string) error {
			if !strings.HasSuffix(e, ".") {
				return testErr("abbreviation \"" + e + "\" must be written with its final period")
			}
			return nil
		})
		if err == nil || err.Error() != tt.want {
			t.Errorf("error %v, want %s", err, tt.want)
		}
	}
	saved := boilerplateData
	defer func() { boilerplateData = saved }()
	boilerplateData = "[boilerplate]\ncopyright*\n*\n"
	if _, err := NewSegmenter(); err == nil || err.Error() != `data/boilerplate.txt:3: pattern "*" matches every line` {
		t.Errorf("NewSegmenter with a match-all pattern: %v", err)
	}
}

type testErr string

func (e testErr) Error() string { return string(e) }

// globMatch reports whether s matches the folded glob p.
func globMatch(p string, s []byte) bool {
	pat := newLinePattern(p, RoleBoilerplate)
	return pat.match(s)
}

func TestGlob(t *testing.T) {
	for _, tt := range []struct {
		pat, s string
		want   bool
	}{
		{"copyright*", "copyright the ft 2023.", true},
		{"*all rights reserved*", "2023. all rights reserved.", true},
		{"download the *app*", "download the france 24 app", true},
		{"download the *app*", "download the report", false},
		{"*/ afp", "soldiers / afp", true},
		{"*/ afp", "soldiers / afp said", false},
		{"a*b*c", "aXbYbZc", true},
		{"a*b*c", "aXbYbZ", false},
	} {
		if got := globMatch(tt.pat, []byte(tt.s)); got != tt.want {
			t.Errorf("globMatch(%q, %q) = %v", tt.pat, tt.s, got)
		}
	}
}

// benchCorpus is the seed articles repeated to about 5 MB.
func benchCorpus(b *testing.B) *load.Document {
	var buf bytes.Buffer
	for _, d := range readSeeds(b) {
		buf.WriteString(d.Text)
		buf.WriteString("\n\n")
	}
	one := buf.Bytes()
	var all bytes.Buffer
	for all.Len() < 5<<20 {
		all.Write(one)
	}
	return load.NewDocument("bench", all.String())
}

func BenchmarkSegment(b *testing.B) {
	s := testSegmenter(b)
	d := benchCorpus(b)
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	var dst []Sentence
	for b.Loop() {
		dst = s.Segment(dst[:0], d)
	}
}

// TestSpacesAgreeWithLoader checks that the loader skips a file as
// whitespace-only exactly when it holds nothing but what the segmenter
// takes for white space: the loader keeps its own copy of that set.
func TestSpacesAgreeWithLoader(t *testing.T) {
	n := 0
	for r := rune(1); r < 0x10000; r++ {
		text := "\n" + string(r) + " "
		docs, skips := load.ReadFile("s.txt", "s.txt", []byte(text))
		loaderBlank := len(skips) == 1 && skips[0].Err == "whitespace-only file: no text to read"
		if !loaderBlank && len(docs) != 1 {
			continue // not text at all (a NUL byte)
		}
		segBlank := trimLeft(text, 0, len(text)) == len(text)
		if loaderBlank != segBlank {
			t.Errorf("%U: the loader finds the file blank: %v; the segmenter: %v", r, loaderBlank, segBlank)
		}
		if segBlank {
			n++
		}
	}
	// ASCII white space (6), U+00A0, U+2000-U+200B (12), U+202F, U+205F,
	// U+3000 and U+FEFF.
	if n != 23 {
		t.Errorf("%d characters are white space, want 23", n)
	}
}

// TestRunOnSentence checks that text without sentence-final punctuation
// is cut into pieces of at most MaxSentence bytes at clause breaks, with
// every word in exactly one piece and each piece on its own line.
func TestRunOnSentence(t *testing.T) {
	clause := func(i int) string {
		return fmt.Sprintf("the river rose by %d metres overnight, and crews moved inland", i)
	}
	cases := []struct {
		name string
		join string // between clauses
		ends string // what a piece ends with
	}{
		{"semicolons", "; ", ";"},
		{"commas", ", ", ","},
		{"wrapped lines", "\n", ""},
		{"no breaks", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var b strings.Builder
			for i := range 120 {
				if i > 0 {
					b.WriteString(c.join)
				}
				b.WriteString(clause(i))
			}
			text := b.String()
			d := load.NewDocument("t.txt", text)
			got := testSegmenter(t).Segment(nil, d)
			if len(got) < len(text)/MaxSentence {
				t.Fatalf("%d bytes gave %d sentences, want at least %d", len(text), len(got), len(text)/MaxSentence)
			}
			var words []string
			for i, s := range got {
				if s.End-s.Start > MaxSentence || s.Text != text[s.Start:s.End] || s.Index != i || s.Line != d.LineAt(s.Start) {
					t.Errorf("sentence %d: %d bytes at %d..%d, line %d (want %d)", i, s.End-s.Start, s.Start, s.End, s.Line, d.LineAt(s.Start))
				}
				if i < len(got)-1 && c.ends != "" && !strings.HasSuffix(s.Text, c.ends) {
					t.Errorf("sentence %d ends %q, want a cut after %q", i, s.Text[len(s.Text)-20:], c.ends)
				}
				words = append(words, strings.Fields(s.Text)...)
			}
			if want := strings.Fields(text); !slices.Equal(words, want) {
				t.Errorf("the pieces hold %d words, want the text's %d", len(words), len(want))
			}
		})
	}
}
