package report_test

import (
	"fmt"
	"os"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/claimcheck/claimcheck/claims/norm"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
)

// count is the value of an exact count of people.
func count(n float64) norm.Value {
	return norm.Value{Quantity: &norm.Quantity{Low: n, High: n, Stated: n, HasStated: true, Unit: "people"}}
}

// A report is built from the documents read, the inputs skipped and the
// findings of package compare (here written out), with the warnings
// about the inputs read, and rendered by one of the formats.
func ExampleNew() {
	docs := []claims.DocInfo{{ID: "a.txt", Path: "corpus/a.txt"}, {ID: "b.txt", Path: "corpus/b.txt"}}
	skipped := []load.Skipped{{Path: "corpus/notes.bin", Err: "binary file: not a text article"}}
	findings := []compare.Finding{{
		ID: "9572cb0fc268", Verdict: compare.NumberMismatch, Kind: claims.Casualties,
		Fact:    "deaths (people) in the war of 2020",
		Summary: "number_mismatch: incompatible figures: 6,500 people in a.txt vs 3,000 people in b.txt",
		Sides:   [][]int{{0}, {1}},
		Claims: []claims.Claim{
			{Doc: "a.txt", Line: 1, Text: "The war in 2020 killed 6,500 people.", Quote: "6,500 people", Value: count(6500)},
			{Doc: "b.txt", Line: 4, Text: "The war in 2020 killed 3,000 people.", Quote: "3,000 people", Value: count(3000)},
		},
	}}
	r := report.New(docs, skipped, findings)
	r.Warnings = []load.Warning{{Path: "corpus/b.txt", Line: 2, Msg: "front matter is not valid YAML (mapping values are not allowed in this context): read it as key: value lines"}}
	if err := (report.Text{}).Render(os.Stdout, r, report.Options{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// claimcheck: 2 documents, 2 claims, 1 findings, 1 inputs skipped, 1 warning
	//   number_mismatch 1
	//
	// == number_mismatch (1)
	//
	// * deaths (people) in the war of 2020  [9572cb0fc268]
	//   number_mismatch: incompatible figures: 6,500 people in a.txt vs 3,000 people in b.txt
	//   - a.txt:1  6,500 people  «6,500 people»
	//       The war in 2020 killed 6,500 people.
	//   - b.txt:4  3,000 people  «3,000 people»
	//       The war in 2020 killed 3,000 people.
	//
	// == skipped (1)
	//   corpus/notes.bin: binary file: not a text article
	//
	// == warnings (1)
	//   corpus/b.txt:2: front matter is not valid YAML (mapping values are not allowed in this context): read it as key: value lines
}

// The JSON report lists the documents, the skipped inputs and the
// findings, each on a line of its own; a list with nothing in it is [].
// The warnings, when there are, are listed after the skipped inputs.
func ExampleJSON() {
	docs := []claims.DocInfo{{ID: "a.txt", Path: "corpus/a.txt", Published: "2024-01-15", Sentences: 1, Claims: 1}}
	findings := []compare.Finding{{
		ID: "fd6bf77b67c0", Verdict: compare.SingleSource, Kind: claims.Casualties, Confidence: 0.9,
		Fact:    "deaths (people) in the war of 2020",
		Summary: "single source: 6,500 people in a.txt",
		Claims: []claims.Claim{{Doc: "a.txt", Line: 1, Start: 0, End: 36, Text: "The war in 2020 killed 6,500 people.",
			Quote: "6,500 people", QuoteStart: 23, QuoteEnd: 35, QuoteLine: 1, QuoteColumn: 24,
			Kind: claims.Casualties, Measure: "deaths", Subject: claims.Subject{Group: "people", Entities: []string{}},
			Value: count(6500), Framing: []claims.FramingWord{}}},
	}}
	r := report.New(docs, nil, findings)
	if err := (report.JSON{}).Render(os.Stdout, r, report.Options{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"version": 1,
	// "documents": [
	// {"id":"a.txt","path":"corpus/a.txt","title":"","source":"","url":"","published":"2024-01-15","sentences":1,"claims":1}
	// ],
	// "skipped": [],
	// "findings": [
	// {"id":"fd6bf77b67c0","verdict":"single_source","kind":"casualties","fact":"deaths (people) in the war of 2020","summary":"single source: 6,500 people in a.txt","confidence":0.9,"claims":[{"doc":"a.txt","line":1,"start":0,"end":36,"text":"The war in 2020 killed 6,500 people.","quote":"6,500 people","quote_start":23,"quote_end":35,"quote_line":1,"quote_column":24,"kind":"casualties","measure":"deaths","subject":{"group":"people","entities":[]},"event":{"type":"","text":"","time":null,"key":""},"value":{"low":6500,"high":6500,"stated":6500,"qualifier":"exact","class":"count","unit":"people"},"framing":[],"attribution":""}]}
	// ]}
}

// A format is looked up by the name a user gives.
func ExampleLookup() {
	f, err := report.Lookup("markdown")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.Name+":", f.Help)
	_, err = report.Lookup("yaml")
	fmt.Println(err)
	// Output:
	// markdown: Markdown for a pull-request comment or wiki: summary tables, discrepancies in full with word diffs
	// unknown format "yaml": want one of claimreview, github, html, json, markdown, sarif, text
}

// A check sorts the flagged findings against the review file and prints
// what is still to review.
func ExampleNewTriage() {
	mismatch := compare.Finding{ID: "9572cb0fc268", Verdict: compare.NumberMismatch, Fact: "deaths (people) in the war of 2020",
		Summary: "number_mismatch: incompatible figures", Claims: []claims.Claim{
			{Doc: "a.txt", QuoteLine: 1, Quote: "6,500 people", Value: count(6500)},
			{Doc: "b.txt", QuoteLine: 4, Quote: "3,000 people", Value: count(3000)},
		}}
	framing := compare.Finding{ID: "e048fa3ed65b", Verdict: compare.FramingDiffers, Fact: "control of Nagorno-Karabakh"}
	agree := compare.Finding{ID: "fd6bf77b67c0", Verdict: compare.Agree, Fact: "deaths (people) in the war of the 1990s"}
	findings := []compare.Finding{mismatch, framing, agree}
	rf := &report.ReviewFile{Version: 1, Reviews: []report.Review{
		{Finding: "e048fa3ed65b", Decision: report.Accepted, Note: "known framing split"},
		{Finding: "94d6a8137565", Decision: report.Dismissed, Note: "a finding since changed"},
	}}

	t := report.NewTriage(findings, rf, nil) // nil: fail on the flagged verdicts
	fmt.Println(len(t.Reviewed), "reviewed,", len(t.Unreviewed), "to review,", len(t.Stale), "stale")

	r := report.New([]claims.DocInfo{{ID: "a.txt", Path: "corpus/a.txt"}, {ID: "b.txt", Path: "corpus/b.txt"}}, nil, findings)
	opt := report.CheckOptions{FailOn: "number_mismatch,date_mismatch,framing_differs", ReviewFile: "corpus/claimcheck-reviewed.json"}
	if err := report.WriteCheck(os.Stdout, r, t, opt); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 1 reviewed, 1 to review, 1 stale
	// claimcheck check: 2 documents, 2 findings to review (number_mismatch,date_mismatch,framing_differs), 1 reviewed, 1 not reviewed
	//
	// number_mismatch  deaths (people) in the war of 2020  [9572cb0fc268]
	//   number_mismatch: incompatible figures
	//   - corpus/a.txt:1  6,500 people  «6,500 people»
	//   - corpus/b.txt:4  3,000 people  «3,000 people»
	//
	// stale reviews in corpus/claimcheck-reviewed.json (their findings no longer exist; remove them when you like): 94d6a8137565
	//
	// record a decision with: claimcheck review accept|dismiss ID... --note "why" --reviewed corpus/claimcheck-reviewed.json
}
