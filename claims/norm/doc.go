// Package norm finds numbers, times and durations in news text and
// normalizes them to intervals: "more than 6,500 dead" to a count above
// 6,500 of the dead, "the early 1990s" to 1990-01-01..1993-12-31, "a
// six-week war" to 42 days.
//
// A Reader, built once by NewReader from the word tables embedded from
// data/*.txt, scans text token by token (no regular expressions) and
// returns Mentions with byte offsets. Compatible, TimesCompatible and
// DurationsCompatible say whether two values read from different sources
// can describe the same true figure, and Distance how far apart two
// figures are.
//
// The reader does not decide what a figure is about (which war, whose
// dead): that is the work of the claims package, which uses the mentions.
package norm
