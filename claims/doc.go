// Package claims turns documents into the factual claims they state —
// casualties, troops, prisoners, displaced people, dates and durations of
// events, changes of control — each with its subject, event, normalized
// value, framing words and attribution; it also runs that over a whole
// corpus and reads claims files.
//
// Documents are read by package claims/load and split into sentences by
// package claims/segment; numbers, dates and durations are read by
// package claims/norm, and the words claims are read by live in package
// claims/lexicon.
package claims
