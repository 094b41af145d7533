// Package claims turns news articles into factual claims: it reads
// documents (plain text, front matter, JSON Lines, HTML), splits them into
// sentences with exact byte offsets, and extracts the claims they state —
// casualties, troops, prisoners, displaced people, dates and durations of
// events — each with its subject, event, normalized value, framing words
// and attribution.
//
// Numbers, dates and durations are read by package claims/norm; the words
// claims are read by live in package claims/lexicon.
package claims
