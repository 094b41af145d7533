// Package seeds holds the seed articles, five news reports on the
// Armenia–Azerbaijan peace talks, that claimcheck reads when it is given
// no path.
package seeds

import "embed"

// FS holds the seed articles as *.txt files at its root.
//
//go:embed *.txt
var FS embed.FS
