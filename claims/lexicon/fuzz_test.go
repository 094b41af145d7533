package lexicon

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims/token"
)

// fuzzBase is the lexicon FuzzLexicon adds its input to.
const fuzzBase = `events:
  - type: storm
    words: [storm]
measures:
  - name: deaths
    kind: casualties
    words: [killed]
groups:
  - name: troops
    words: [troops]
framing:
  - frame: takeover
    about: event
    words: {captured: neutral}
entities:
  - name: Sylvania
    type: country
    demonyms: [Sylvanian]
`

// FuzzLexicon checks that any bytes added as a lexicon file over the
// built-in lexicons either are refused with an error or compile into an
// index that scans text, never panicking. testdata/fuzz/FuzzLexicon holds
// the inputs that once broke it.
func FuzzLexicon(f *testing.F) {
	for _, s := range []string{
		"entities:\n  - name: Freedonia\n    type: country\n    aliases: [Fredonia]\n    demonyms: [Freedonian]\n    metonyms: [Sylvania]\n",
		"events:\n  - type: blizzard\n    words: [blizzard, snowstorm]\n",
		"measures:\n  - name: stranded\n    kind: casualties\n    words: [stranded]\n",
		"framing:\n  - frame: takeover\n    about: event\n    words: {seized: negative, freed: positive}\n",
		"function:\n  negations: [hardly]\n",
	} {
		f.Add([]byte(s))
	}
	var text token.Stream
	text.Reset("Freedonian troops seized Sylvania in a blizzard; 40 were stranded, hardly any freed.")
	f.Fuzz(func(t *testing.T, b []byte) {
		// Over a lexicon of one entry of each kind, so that the file's
		// entries merge with others.
		var lx Lexicon
		if err := lx.Add("base.yaml", []byte(fuzzBase)); err != nil {
			t.Fatal(err)
		}
		if err := lx.Add("x.yaml", b); err != nil {
			return
		}
		ix, err := Compile(&lx)
		if err != nil {
			return
		}
		var roles []FuncRole
		ix.ScanRoles(nil, roles, &text)
	})
}
