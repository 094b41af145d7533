// Package norm finds numbers, times and durations in news text and
// normalizes them to intervals: "more than 6,500 dead" to a count above
// 6,500 of the dead, "the early 1990s" to 1990-01-01..1993-12-31, "a
// six-week war" to 42 days.
//
// A Reader, built once by NewReader from the word tables embedded from
// data/*.txt, scans text token by token (no regular expressions) and
// returns Mentions with byte offsets. One file holds each construct:
// digits.go joins the pieces of a number the shared tokenizer splits
// ("3 200", "USD1,700", "-5"), number.go reads figures, quantity.go
// quantities and ranges, fraction.go parts of a whole, age.go ages,
// label.go the numbers that are never quantities (labels, names,
// scores, street and telephone numbers), date.go, numdate.go and
// period.go times, duration.go lengths of time.
//
// Compatible, TimesCompatible and DurationsCompatible say whether two
// values read from different sources can describe the same true figure,
// and Distance how far apart two figures are.
//
// The reader does not decide what a figure is about (which war, whose
// dead): that is the work of the claims package, which uses the mentions.
package norm
