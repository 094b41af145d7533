package report

import (
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
)

// ClaimReview renders the findings that a reviewer accepted as
// schema.org ClaimReview objects in JSON-LD (https://schema.org/ClaimReview),
// for fact-checkers who publish their reviews in the markup search
// engines read. The output is one JSON array, in report order, with one
// ClaimReview for each flagged finding whose review decision is
// accepted; a finding no one reviewed, or one a reviewer dismissed (not
// a discrepancy), yields nothing, so that nothing is published that no
// person has checked. Each object has:
//
//   - url: Options.ClaimReviewURL, the page that publishes the reviews;
//     when it is empty, the URL of the document the claim first appeared in;
//   - author: the Organization Options.ClaimReviewAuthor names (with
//     Options.ClaimReviewAuthorURL as its url); when it is empty, the
//     reviewer (Review.By) as a Person;
//   - datePublished: the day of the review decision (Review.At);
//   - claimReviewed: the sentence of the claim as it first appeared, the
//     one of the document published first (the first in report order
//     when no date tells);
//   - itemReviewed: the Claim, with the party the sentence reports it
//     from as its author (an Organization) when it names one, each
//     document that makes the claim (for a mismatch, those on the side of
//     the claim reviewed) as an appearance and the first of them as
//     firstAppearance: CreativeWorks with the document's url, title as
//     headline, outlet as author (an Organization) and publication date,
//     as far as its metadata gives them (its path as name when it gives
//     neither url nor title);
//   - reviewRating: a Rating whose alternateName gives the verdict in
//     words with the values or words the sources differ on ("Conflicts
//     with other sources: 9,000 people vs 3,000 people"), rated on a scale
//     from 1 to 3 (see crRatingValue), and whose ratingExplanation says
//     what every source says, then the reviewer's note;
//   - reviewBody: the finding's summary; identifier: the finding's id.
//
// claimcheck does not know which side of a mismatch the reviewer found
// wrong: the claim reviewed is the one first published, and the rating
// names the others. Fields that metadata does not give are left out
// rather than invented. The output is deterministic: it depends on the
// report, its reviews and the options only.
type ClaimReview struct{}

// The types below are the schema.org vocabulary claimcheck writes, in
// JSON-LD; empty fields are omitted.

type crClaimReview struct {
	Context       string   `json:"@context"`
	Type          string   `json:"@type"`
	URL           string   `json:"url,omitempty"`
	Identifier    string   `json:"identifier"`
	Author        *crThing `json:"author,omitempty"`
	DatePublished string   `json:"datePublished,omitempty"`
	ClaimReviewed string   `json:"claimReviewed"`
	ItemReviewed  crClaim  `json:"itemReviewed"`
	ReviewRating  crRating `json:"reviewRating"`
	ReviewBody    string   `json:"reviewBody,omitempty"`
}

type crClaim struct {
	Type            string           `json:"@type"`
	Author          *crThing         `json:"author,omitempty"`
	Appearance      []crCreativeWork `json:"appearance"`
	FirstAppearance crCreativeWork   `json:"firstAppearance"`
}

type crCreativeWork struct {
	Type     string `json:"@type"`
	URL      string `json:"url,omitempty"`
	Headline string `json:"headline,omitempty"`
	// Name is the document's path, when it has neither url nor title.
	Name          string   `json:"name,omitempty"`
	Author        *crThing `json:"author,omitempty"`
	DatePublished string   `json:"datePublished,omitempty"`
}

// crThing is an Organization or a Person.
type crThing struct {
	Type string `json:"@type"`
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

type crRating struct {
	Type              string `json:"@type"`
	RatingValue       int    `json:"ratingValue"`
	BestRating        int    `json:"bestRating"`
	WorstRating       int    `json:"worstRating"`
	AlternateName     string `json:"alternateName"`
	RatingExplanation string `json:"ratingExplanation,omitempty"`
}

// The rating scale: 1, the sources contradict each other and cannot all
// be right; 2, they agree on the facts and differ in their words; 3,
// they agree (a verdict never flagged, so never rated).
const (
	crWorstRating = 1
	crBestRating  = 3
)

// crRatingValue rates a rule's findings on the scale from crWorstRating
// to crBestRating, by the rule's severity.
func crRatingValue(s Severity) int {
	if s == SeverityError {
		return 1
	}
	return 2
}

// Render writes the ClaimReview objects of r as one indented JSON array
// followed by a newline; an empty array when no finding is accepted.
func (ClaimReview) Render(w io.Writer, r *Report, opt Options) error {
	docs := &crDocs{r: r, info: make(map[string]claims.DocInfo, len(r.Documents)), cites: newCitations(r)}
	for _, d := range r.Documents {
		docs.info[d.ID] = d
	}
	out := []crClaimReview{}
	for i := range r.Findings {
		f := &r.Findings[i]
		rule, ok := RuleFor(f.Verdict)
		if !ok || len(f.Claims) == 0 {
			continue
		}
		rv, reviewed := r.Reviews[f.ID]
		if !reviewed || rv.Decision != Accepted {
			continue
		}
		out = append(out, newClaimReview(r, docs, f, rule, rv, opt))
	}
	b, err := marshalIndent(out)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// crDocs is what ClaimReview knows of the report's documents, by id.
type crDocs struct {
	r     *Report
	info  map[string]claims.DocInfo
	cites citations
}

// time is when document id was published, for ordering: the time its
// metadata gives, or the start of the day; ok is false when it gives
// neither.
func (x *crDocs) time(id string) (t time.Time, ok bool) {
	if t, err := time.Parse(time.RFC3339, x.info[id].PublishedAt); err == nil {
		return t, true
	}
	t, err := time.Parse(time.DateOnly, x.date(id))
	return t, err == nil
}

// date is the publication date of document id in ISO 8601, as
// schema.org reads it: the time when the metadata gives one
// (PublishedAt), else the day (citation.Published, when it is a whole
// day); else "".
func (x *crDocs) date(id string) string {
	if at := x.info[id].PublishedAt; at != "" {
		return at
	}
	return isoDay(x.cites[id].Published)
}

func newClaimReview(r *Report, docs *crDocs, f *compare.Finding, rule Rule, rv Review, opt Options) crClaimReview {
	side := crSide(f, docs)
	first := &f.Claims[side[0]]
	cr := crClaimReview{
		Context:       "https://schema.org",
		Type:          "ClaimReview",
		URL:           opt.ClaimReviewURL,
		Identifier:    f.ID,
		DatePublished: isoDay(rv.At),
		ClaimReviewed: crFold(first.Text),
		ItemReviewed:  crClaim{Type: "Claim"},
		ReviewRating: crRating{
			Type:              "Rating",
			RatingValue:       crRatingValue(rule.Severity),
			BestRating:        crBestRating,
			WorstRating:       crWorstRating,
			AlternateName:     rule.Rating,
			RatingExplanation: crExplanation(docs, f),
		},
		ReviewBody: crFold(f.Summary),
	}
	if cr.URL == "" {
		cr.URL = docs.cites[first.Doc].URL
	}
	switch {
	case opt.ClaimReviewAuthor != "":
		cr.Author = &crThing{Type: "Organization", Name: opt.ClaimReviewAuthor, URL: opt.ClaimReviewAuthorURL}
	case rv.By != "":
		cr.Author = &crThing{Type: "Person", Name: rv.By}
	}
	if cr.ClaimReviewed == "" {
		cr.ClaimReviewed = crFold(first.Quote)
	}
	if first.Attribution != "" {
		cr.ItemReviewed.Author = &crThing{Type: "Organization", Name: first.Attribution}
	}
	seen := map[string]bool{}
	for _, i := range side {
		doc := f.Claims[i].Doc
		if !seen[doc] {
			seen[doc] = true
			cr.ItemReviewed.Appearance = append(cr.ItemReviewed.Appearance, crAppearance(docs, doc))
		}
	}
	cr.ItemReviewed.FirstAppearance = cr.ItemReviewed.Appearance[0]
	if d := crDifference(f, side); d != "" {
		cr.ReviewRating.AlternateName += ": " + d
	}
	if rv.Note != "" {
		if cr.ReviewRating.RatingExplanation != "" {
			cr.ReviewRating.RatingExplanation += " "
		}
		cr.ReviewRating.RatingExplanation += "Reviewer's note: " + crFold(rv.Note)
	}
	return cr
}

// crSide returns the indexes of the claims that make the claim reviewed,
// first appearance first: the claim of the document published first
// (the first in report order among equals or when no date tells) and,
// for a finding with sides, the others of its side; for one without, all
// the others, in report order.
func crSide(f *compare.Finding, docs *crDocs) []int {
	first := 0
	firstAt, dated := docs.time(f.Claims[0].Doc)
	for i := 1; i < len(f.Claims); i++ {
		if at, ok := docs.time(f.Claims[i].Doc); ok && (!dated || at.Before(firstAt)) {
			first, firstAt, dated = i, at, true
		}
	}
	side := []int{first}
	var members []int
	for _, s := range f.Sides {
		for _, i := range s {
			if i == first {
				members = s
			}
		}
	}
	for i := range f.Claims {
		if i != first && (members == nil || slices.Contains(members, i)) {
			side = append(side, i)
		}
	}
	return side
}

// crAppearance describes the document doc as a CreativeWork, from what
// its metadata gives: its url, title (or else its path), outlet and
// publication date.
func crAppearance(docs *crDocs, doc string) crCreativeWork {
	c := docs.cites[doc]
	cw := crCreativeWork{Type: "CreativeWork", URL: c.URL, Headline: c.Title, DatePublished: docs.date(doc)}
	if cw.URL == "" && cw.Headline == "" {
		cw.Name = docPath(docs.r, doc)
	}
	if c.Outlet != "" {
		cw.Author = &crThing{Type: "Organization", Name: c.Outlet}
	}
	return cw
}

// crDifference says what the sources differ on, the claim reviewed
// first: the values of each side ("9,000 people vs 3,000 people"), or
// for framing the loaded words of each frame ("“liberated” vs
// “captured”"); "" when there is nothing to say.
func crDifference(f *compare.Finding, side []int) string {
	order := append([]int(nil), side...)
	for i := range f.Claims {
		if !slices.Contains(order, i) {
			order = append(order, i)
		}
	}
	if f.Verdict == compare.FramingDiffers {
		var frames []string
		words := map[string][]string{}
		for _, i := range order {
			for _, w := range f.Claims[i].Framing {
				if _, ok := words[w.Frame]; !ok {
					frames = append(frames, w.Frame)
				}
				if q := "“" + strings.ToLower(w.Word) + "”"; !slices.Contains(words[w.Frame], q) {
					words[w.Frame] = append(words[w.Frame], q)
				}
			}
		}
		var parts []string
		for _, fr := range frames {
			if len(words[fr]) > 1 {
				parts = append(parts, strings.Join(words[fr], " vs "))
			}
		}
		return strings.Join(parts, "; ")
	}
	// One value a side, the side of the claim reviewed first; without
	// sides, every distinct value.
	var values []string
	add := func(i int) {
		if v := compare.Describe(f.Claims[i].Value); v != "" && !slices.Contains(values, v) {
			values = append(values, v)
		}
	}
	if len(f.Sides) == 0 {
		for _, i := range order {
			add(i)
		}
	} else {
		add(side[0])
		for _, s := range f.Sides {
			if len(s) > 0 && !slices.Contains(s, side[0]) {
				add(s[0])
			}
		}
	}
	if len(values) < 2 {
		return ""
	}
	return strings.Join(values, " vs ")
}

// crExplanation says what each claim of the finding says, in report
// order: "The sources say: “9,000 people” (Norland Post, according to the
// ministry); “3,000 people” (Norport Herald); “9,000 people”
// (corpus/c.txt:1)." A source is named by its outlet, or else by its
// path and line.
func crExplanation(docs *crDocs, f *compare.Finding) string {
	parts := make([]string, len(f.Claims))
	for i := range f.Claims {
		c := &f.Claims[i]
		where := docs.cites[c.Doc].Outlet
		if where == "" {
			where = docPath(docs.r, c.Doc) + ":" + strconv.Itoa(c.QuoteLine)
		}
		if c.Attribution != "" {
			where += ", according to " + c.Attribution
		}
		parts[i] = "“" + crFold(c.Quote) + "” (" + where + ")"
	}
	return "The sources say: " + strings.Join(parts, "; ") + "."
}

// crFold joins the lines of s with spaces and trims it.
func crFold(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
