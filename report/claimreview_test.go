package report

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestClaimReviewGolden(t *testing.T) {
	golden(t, "report.seeds.claimreview.json", renderFormat(t, ClaimReview{}, seedsFormats(t)))
	golden(t, "report.mismatch.claimreview.json", renderFormat(t, ClaimReview{}, mismatchFormats(t)))
}

// crObject is a ClaimReview as a consumer reads it: generic JSON.
type crObject = map[string]any

func decodeClaimReviews(t *testing.T, b []byte) []crObject {
	t.Helper()
	var out []crObject
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, b)
	}
	return out
}

// crStr reads the string at a path of keys in o, or "".
func crStr(o crObject, keys ...string) string {
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

func TestClaimReviewStructure(t *testing.T) {
	for name, r := range map[string]*Report{"seeds": seedsFormats(t), "mismatch": mismatchFormats(t)} {
		t.Run(name, func(t *testing.T) {
			got := decodeClaimReviews(t, renderFormat(t, ClaimReview{}, r))
			// One ClaimReview per claim of each flagged finding that no
			// reviewer dismissed, in report order.
			var wantIDs []string
			for _, f := range r.Findings {
				if !f.Verdict.Flagged() || r.Reviews[f.ID].Decision == Dismissed {
					continue
				}
				for j := range f.Claims {
					wantIDs = append(wantIDs, f.ID+"/"+string(rune('1'+j)))
				}
			}
			if len(got) != len(wantIDs) || len(got) == 0 {
				t.Fatalf("%d ClaimReviews, want %d (one per flagged claim)", len(got), len(wantIDs))
			}
			for i, o := range got {
				for _, path := range [][]string{
					{"@context"}, {"@type"}, {"claimReviewed"}, {"reviewBody"}, {"identifier"},
					{"itemReviewed", "@type"}, {"itemReviewed", "appearance", "@type"}, {"itemReviewed", "appearance", "name"},
					{"reviewRating", "@type"}, {"reviewRating", "alternateName"},
				} {
					if crStr(o, path...) == "" {
						t.Errorf("ClaimReview %d lacks %s", i, strings.Join(path, "."))
					}
				}
				if crStr(o, "@context") != "https://schema.org" || crStr(o, "@type") != "ClaimReview" ||
					crStr(o, "itemReviewed", "@type") != "Claim" || crStr(o, "reviewRating", "@type") != "Rating" {
					t.Errorf("ClaimReview %d has the wrong types: %v", i, o)
				}
				if crStr(o, "identifier") != wantIDs[i] {
					t.Errorf("ClaimReview %d is %s, want %s", i, crStr(o, "identifier"), wantIDs[i])
				}
				if strings.Contains(crStr(o, "claimReviewed"), "\n") {
					t.Errorf("ClaimReview %d: claimReviewed spans lines", i)
				}
			}
		})
	}
}

func TestClaimReviewDetails(t *testing.T) {
	r := mismatchFormats(t)
	got := decodeClaimReviews(t, renderFormat(t, ClaimReview{}, r))
	var attributed, fromB crObject
	for _, o := range got {
		if crStr(o, "itemReviewed", "author", "name") == "Armenia" {
			attributed = o
		}
		if strings.HasPrefix(crStr(o, "claimReviewed"), "The war in 2020 killed 3,000") {
			fromB = o
		}
		if crStr(o, "reviewRating", "alternateName") != "Conflicts with other sources" {
			t.Errorf("rating %q, want the number_mismatch rating", crStr(o, "reviewRating", "alternateName"))
		}
	}
	if attributed == nil || crStr(attributed, "itemReviewed", "author", "@type") != "Organization" {
		t.Errorf("no claim attributed to Armenia as an Organization in %v", got)
	}
	if fromB == nil {
		t.Fatal("no ClaimReview of b.txt's 2020 toll")
	}
	app := fromB["itemReviewed"].(map[string]any)["appearance"].(map[string]any)
	if app["url"] != "https://example.com/war" || app["name"] != "The war, revisited" || app["datePublished"] != "2024-01-15" ||
		crStr(app, "publisher", "name") != "Example News" {
		t.Errorf("appearance of b.txt from its front matter = %v", app)
	}
	if want := "Other sources: “more than 6,500 people” (corpus/a.txt:1)."; crStr(fromB, "reviewRating", "ratingExplanation") != want {
		t.Errorf("ratingExplanation = %q, want %q", crStr(fromB, "reviewRating", "ratingExplanation"), want)
	}
	if _, ok := fromB["author"]; ok {
		t.Errorf("an unreviewed finding has a review author: %v", fromB["author"])
	}

	// An accepted review names its reviewer and adds the note.
	seeds := decodeClaimReviews(t, renderFormat(t, ClaimReview{}, seedsFormats(t)))
	if crStr(seeds[0], "author", "name") != "ana" || crStr(seeds[0], "author", "@type") != "Person" ||
		!strings.HasSuffix(crStr(seeds[0], "reviewRating", "ratingExplanation"), "Reviewer's note: known framing split") ||
		crStr(seeds[0], "reviewRating", "alternateName") != "Framed differently" {
		t.Errorf("reviewed seed finding: %v", seeds[0])
	}
}

func TestClaimReviewEmpty(t *testing.T) {
	r := New(nil, nil, nil)
	if got := string(renderFormat(t, ClaimReview{}, r)); got != "[]\n" {
		t.Errorf("empty report renders %q, want an empty array", got)
	}
}
