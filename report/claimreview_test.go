package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/google/go-cmp/cmp"
)

func TestClaimReviewGolden(t *testing.T) {
	golden(t, "report.seeds.claimreview.json", renderFormat(t, ClaimReview{}, seedsFormats(t)))
	golden(t, "report.mismatch.claimreview.json", renderFormat(t, ClaimReview{}, mismatchFormats(t)))
	golden(t, "report.norland.claimreview.json", renderFormat(t, ClaimReview{}, norlandReport(t)))
}

// renderClaimReviews renders r with opt and decodes the JSON array.
func renderClaimReviews(t *testing.T, r *Report, opt Options) []crClaimReview {
	t.Helper()
	var buf bytes.Buffer
	if err := (ClaimReview{}).Render(&buf, r, opt); err != nil {
		t.Fatal(err)
	}
	var out []crClaimReview
	dec := json.NewDecoder(&buf)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&out); err != nil {
		t.Fatalf("not a JSON array of ClaimReviews: %v\n%s", err, buf.String())
	}
	if out == nil {
		t.Fatalf("not a JSON array: %s", buf.String())
	}
	return out
}

// findingOf returns the finding of r with verdict v and fact.
func findingOf(t *testing.T, r *Report, v compare.Verdict, fact string) *compare.Finding {
	t.Helper()
	for i := range r.Findings {
		if f := &r.Findings[i]; f.Verdict == v && f.Fact == fact {
			return f
		}
	}
	t.Fatalf("no %s finding of %q", v, fact)
	return nil
}

// TestClaimReviewReviewed checks that only accepted findings are
// published, each as one ClaimReview with every field schema.org and the
// search engines ask for.
func TestClaimReviewReviewed(t *testing.T) {
	base := norlandReport(t)
	war := findingOf(t, base, compare.NumberMismatch, norlandWar)
	quake := findingOf(t, base, compare.NumberMismatch, norlandEarthquake)
	post := &crThing{Type: "Organization", Name: "Norland Post"}
	postWork := crCreativeWork{Type: "CreativeWork", URL: "https://post.example/norland/ten-years-on",
		Headline: "Ten years on, Norland counts its dead", Author: post, DatePublished: "2024-03-02"}
	warReview := crClaimReview{
		Context: "https://schema.org", Type: "ClaimReview",
		URL:           "https://post.example/norland/ten-years-on",
		Identifier:    war.ID,
		Author:        &crThing{Type: "Person", Name: "ines"},
		DatePublished: "2026-11-24",
		ClaimReviewed: "The war in 2014 killed 9,000 people in Norland, the ministry said.",
		ItemReviewed: crClaim{
			Type:   "Claim",
			Author: &crThing{Type: "Organization", Name: "the ministry"},
			// a.txt and c.txt say 9,000; b.txt, the other side, is in
			// the explanation.
			Appearance:      []crCreativeWork{postWork, {Type: "CreativeWork", Name: "corpus/c.txt"}},
			FirstAppearance: postWork,
		},
		ReviewRating: crRating{Type: "Rating", RatingValue: 1, BestRating: 3, WorstRating: 1,
			AlternateName: "Conflicts with other sources: 9,000 people vs 3,000 people",
			RatingExplanation: "The sources say: “9,000 people” (Norland Post, according to the ministry); “3,000 people” (Norport Herald); " +
				"“9,000 people” (corpus/c.txt:1). Reviewer's note: the ministry's figure counts the missing"},
		ReviewBody: war.Summary,
	}
	published := warReview
	published.URL = "https://factcheck.example/norland-war"
	published.Author = &crThing{Type: "Organization", Name: "Norland Fact Desk", URL: "https://factcheck.example/"}

	accepted := func(f *compare.Finding) Review {
		return Review{Finding: f.ID, Decision: Accepted, By: "ines", At: "2026-11-24T10:15:00Z", Note: "the ministry's figure counts the missing"}
	}
	dismissed := func(f *compare.Finding) Review { return Review{Finding: f.ID, Decision: Dismissed, By: "ola"} }
	for _, tc := range []struct {
		name    string
		reviews map[string]Review
		opt     Options
		want    []crClaimReview
	}{
		{"accepted and dismissed", base.Reviews, Options{}, []crClaimReview{warReview}},
		{"no review", nil, Options{}, []crClaimReview{}},
		{"all dismissed", map[string]Review{war.ID: dismissed(war), quake.ID: dismissed(quake)}, Options{}, []crClaimReview{}},
		{"publisher options", base.Reviews, Options{ClaimReviewAuthor: "Norland Fact Desk", ClaimReviewAuthorURL: "https://factcheck.example/",
			ClaimReviewURL: "https://factcheck.example/norland-war"}, []crClaimReview{published}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := *base
			r.Reviews = tc.reviews
			got := renderClaimReviews(t, &r, tc.opt)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ClaimReviews mismatch (-want +got):\n%s", diff)
			}
		})
	}

	t.Run("both accepted", func(t *testing.T) {
		r := *base
		r.Reviews = map[string]Review{war.ID: accepted(war), quake.ID: accepted(quake)}
		got := renderClaimReviews(t, &r, Options{})
		var ids []string
		for _, cr := range got {
			ids = append(ids, cr.Identifier)
		}
		// Report order: the earthquake's finding comes first.
		if diff := cmp.Diff([]string{quake.ID, war.ID}, ids); diff != "" {
			t.Errorf("identifiers mismatch (-want +got):\n%s", diff)
		}
	})
}

// TestClaimReviewStructure checks every ClaimReview of the test reports
// for the fields a consumer needs, in the schema.org types.
func TestClaimReviewStructure(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    *Report
		n    int // ClaimReviews: one per accepted finding
	}{
		{"seeds", seedsFormats(t), 1},
		{"mismatch", mismatchFormats(t), 0},
		{"norland", norlandReport(t), 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opt := Options{ClaimReviewURL: "https://factcheck.example/review"}
			var buf bytes.Buffer
			if err := (ClaimReview{}).Render(&buf, tc.r, opt); err != nil {
				t.Fatal(err)
			}
			var got []map[string]any
			if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
				t.Fatalf("not a JSON array: %v\n%s", err, buf.String())
			}
			if len(got) != tc.n {
				t.Fatalf("%d ClaimReviews, want %d", len(got), tc.n)
			}
			for i, o := range got {
				for _, want := range []struct {
					path []string
					val  string // "" for any value but the empty one
				}{
					{[]string{"@context"}, "https://schema.org"},
					{[]string{"@type"}, "ClaimReview"},
					{[]string{"url"}, opt.ClaimReviewURL},
					{[]string{"author", "name"}, ""},
					{[]string{"datePublished"}, ""},
					{[]string{"claimReviewed"}, ""},
					{[]string{"itemReviewed", "@type"}, "Claim"},
					{[]string{"itemReviewed", "firstAppearance", "@type"}, "CreativeWork"},
					{[]string{"reviewRating", "@type"}, "Rating"},
					{[]string{"reviewRating", "alternateName"}, ""},
				} {
					v := jsonString(o, want.path...)
					if v == "" || (want.val != "" && v != want.val) {
						t.Errorf("ClaimReview %d: %s = %q, want %q", i, strings.Join(want.path, "."), v, want.val)
					}
				}
				apps, _ := o["itemReviewed"].(map[string]any)["appearance"].([]any)
				if len(apps) == 0 {
					t.Errorf("ClaimReview %d has no appearance", i)
				}
				rating := o["reviewRating"].(map[string]any)
				for _, k := range []string{"ratingValue", "bestRating", "worstRating"} {
					if _, ok := rating[k].(float64); !ok {
						t.Errorf("ClaimReview %d: reviewRating.%s = %v, want a number", i, k, rating[k])
					}
				}
				if strings.Contains(jsonString(o, "claimReviewed"), "\n") {
					t.Errorf("ClaimReview %d: claimReviewed spans lines", i)
				}
			}
		})
	}
}

// jsonString reads the string at a path of keys in o, or "".
func jsonString(o map[string]any, keys ...string) string {
	var v any = o
	for _, k := range keys {
		m, ok := v.(map[string]any)
		if !ok {
			return ""
		}
		v = m[k]
	}
	s, _ := v.(string)
	return s
}

// TestClaimReviewFraming checks the rating of an accepted framing
// difference: the words of each frame, and no url without one.
func TestClaimReviewFraming(t *testing.T) {
	fw := func(frame, word string) []claims.FramingWord { return []claims.FramingWord{{Frame: frame, Word: word}} }
	r := New([]claims.DocInfo{{ID: "a.txt", Path: "corpus/a.txt"}, {ID: "b.txt", Path: "corpus/b.txt", Published: "2025-05-01"}}, nil,
		[]compare.Finding{{ID: "f1", Verdict: compare.FramingDiffers, Fact: "control of Norport passes to Norland in 2024",
			Summary: "framing differs", Claims: []claims.Claim{
				{Doc: "a.txt", QuoteLine: 3, Text: "In 2024 Norland\nliberated Norport.", Quote: "liberated", Framing: fw("control_change", "liberated")},
				{Doc: "b.txt", QuoteLine: 5, Text: "In 2024 Norland captured Norport.", Quote: "captured", Framing: fw("control_change", "Captured")},
			}}})
	r.Reviews = map[string]Review{"f1": {Finding: "f1", Decision: Accepted, At: "not a time"}}
	got := renderClaimReviews(t, r, Options{})
	bWork := crCreativeWork{Type: "CreativeWork", Name: "corpus/b.txt", DatePublished: "2025-05-01"}
	want := []crClaimReview{{
		Context: "https://schema.org", Type: "ClaimReview", Identifier: "f1",
		// b.txt is dated and a.txt is not: b.txt is the first appearance.
		ClaimReviewed: "In 2024 Norland captured Norport.",
		ItemReviewed: crClaim{Type: "Claim",
			Appearance:      []crCreativeWork{bWork, {Type: "CreativeWork", Name: "corpus/a.txt"}},
			FirstAppearance: bWork},
		ReviewRating: crRating{Type: "Rating", RatingValue: 2, BestRating: 3, WorstRating: 1,
			AlternateName:     "Framed differently: “captured” vs “liberated”",
			RatingExplanation: "The sources say: “liberated” (corpus/a.txt:3); “captured” (corpus/b.txt:5)."},
		ReviewBody: "framing differs",
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ClaimReviews mismatch (-want +got):\n%s", diff)
	}
}

func TestClaimReviewEmpty(t *testing.T) {
	r := New(nil, nil, nil)
	if got := string(renderFormat(t, ClaimReview{}, r)); got != "[]\n" {
		t.Errorf("empty report renders %q, want an empty array", got)
	}
}
