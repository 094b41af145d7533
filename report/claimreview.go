package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
)

// ClaimReview renders the flagged claims as schema.org ClaimReview
// objects in JSON-LD (https://schema.org/ClaimReview), a starting point
// for fact-checkers who publish their reviews in the markup search
// engines read. The output is one JSON array with one ClaimReview per
// claim of each flagged finding, in report order:
//
//   - claimReviewed is the claim's sentence;
//   - itemReviewed is the Claim, with the party it is reported from as
//     author (an Organization) when the sentence attributes it, and the
//     document it appears in as appearance (a CreativeWork with the
//     document's url, title or path, publisher and publication date, as
//     far as the document's metadata gives them);
//   - reviewRating gives the verdict in words (the rule's Rating:
//     "Conflicts with other sources", "Framed differently") and, as
//     ratingExplanation, what the other sources say;
//   - reviewBody is the finding's summary.
//
// A finding a reviewer dismissed (not a discrepancy) is left out; one a
// reviewer accepted names the reviewer as the review's author (a Person)
// and adds the reviewer's note to the explanation. Fields a publisher
// must add itself are left out rather than invented: the url of the
// published fact check, the publishing organization when no reviewer is
// named, and datePublished (which would make the output depend on the
// day it is run). The output is deterministic.
type ClaimReview struct{}

// The types below are the schema.org vocabulary claimcheck writes, in
// JSON-LD; empty fields are omitted.

type crClaimReview struct {
	Context       string   `json:"@context"`
	Type          string   `json:"@type"`
	ClaimReviewed string   `json:"claimReviewed"`
	ItemReviewed  crClaim  `json:"itemReviewed"`
	ReviewRating  crRating `json:"reviewRating"`
	ReviewBody    string   `json:"reviewBody"`
	Author        *crThing `json:"author,omitempty"`
	Identifier    string   `json:"identifier"`
}

type crClaim struct {
	Type       string         `json:"@type"`
	Author     *crThing       `json:"author,omitempty"`
	Appearance crCreativeWork `json:"appearance"`
}

type crCreativeWork struct {
	Type          string   `json:"@type"`
	URL           string   `json:"url,omitempty"`
	Name          string   `json:"name"`
	Publisher     *crThing `json:"publisher,omitempty"`
	DatePublished string   `json:"datePublished,omitempty"`
}

// crThing is an Organization or a Person, by name.
type crThing struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

type crRating struct {
	Type              string `json:"@type"`
	AlternateName     string `json:"alternateName"`
	RatingExplanation string `json:"ratingExplanation,omitempty"`
}

// Render writes the ClaimReview objects of r as one indented JSON array
// followed by a newline; an empty array when nothing is flagged.
func (ClaimReview) Render(w io.Writer, r *Report, _ Options) error {
	out := []crClaimReview{}
	for i := range r.Findings {
		f := &r.Findings[i]
		rule, ok := RuleFor(f.Verdict)
		if !ok {
			continue
		}
		rv, reviewed := r.Reviews[f.ID]
		if reviewed && rv.Decision == Dismissed {
			continue
		}
		for j := range f.Claims {
			c := &f.Claims[j]
			cr := crClaimReview{
				Context:       "https://schema.org",
				Type:          "ClaimReview",
				ClaimReviewed: crFold(c.Text),
				ItemReviewed:  crClaim{Type: "Claim", Appearance: appearance(r, c.Doc)},
				ReviewRating: crRating{
					Type:              "Rating",
					AlternateName:     rule.Rating,
					RatingExplanation: otherSources(r, f, j),
				},
				ReviewBody: f.Summary,
				// identifier names the finding and the claim, so that a
				// publisher can match a review to claimcheck's report.
				Identifier: f.ID + "/" + strconv.Itoa(j+1),
			}
			if cr.ClaimReviewed == "" {
				cr.ClaimReviewed = c.Quote
			}
			if c.Attribution != "" {
				cr.ItemReviewed.Author = &crThing{Type: "Organization", Name: c.Attribution}
			}
			if reviewed && rv.Decision == Accepted {
				if rv.By != "" {
					cr.Author = &crThing{Type: "Person", Name: rv.By}
				}
				if rv.Note != "" {
					cr.ReviewRating.RatingExplanation += " Reviewer's note: " + crFold(rv.Note)
				}
			}
			out = append(out, cr)
		}
	}
	b, err := marshalIndent(out)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// appearance describes the document a claim appears in, from what its
// metadata gives: its url, its title (or its path), its source as
// publisher and its publication date.
func appearance(r *Report, doc string) crCreativeWork {
	cw := crCreativeWork{Type: "CreativeWork", Name: docPath(r, doc)}
	for _, d := range r.Documents {
		if d.ID != doc {
			continue
		}
		cw.URL = d.URL
		if d.Title != "" {
			cw.Name = d.Title
		}
		if d.Source != "" {
			cw.Publisher = &crThing{Type: "Organization", Name: d.Source}
		}
		cw.DatePublished = d.Published
		break
	}
	return cw
}

// otherSources says what the finding's other claims say, for the claim
// at index self: "Other sources: “3,000 people” (b.txt:1); ...".
func otherSources(r *Report, f *compare.Finding, self int) string {
	var parts []string
	for i := range f.Claims {
		if i == self {
			continue
		}
		parts = append(parts, claimRef(r, &f.Claims[i]))
	}
	if len(parts) == 0 {
		return ""
	}
	return "Other sources: " + strings.Join(parts, "; ") + "."
}

// claimRef is a claim's quote and place, with its attribution.
func claimRef(r *Report, c *claims.Claim) string {
	s := fmt.Sprintf("“%s” (%s:%d", crFold(c.Quote), docPath(r, c.Doc), c.QuoteLine)
	if c.Attribution != "" {
		s += ", according to " + c.Attribution
	}
	return s + ")"
}

// crFold joins the lines of s with spaces and trims it.
func crFold(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
