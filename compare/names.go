package compare

import (
	"slices"
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
	"golang.org/x/text/unicode/norm"
)

// Names: the candidates a vote's shares are given to, written in several
// ways ("President Nicolás Maduro", "Maduro", "Candidate Nicolas
// Maduro"), are one candidate when one name's last word is a word of the
// other, accents aside.

// candidateNames maps each candidate name of the share claims cs to the
// name that stands for all the names of its candidate: the last word,
// folded, of the shortest of them.
func candidateNames(cs []*claims.Claim) map[string]string {
	var names []string
	for _, c := range cs {
		if c.Kind.Info().Value == claims.ShareValue && c.Subject.Side != "" && !slices.Contains(names, c.Subject.Side) {
			names = append(names, c.Subject.Side)
		}
	}
	if len(names) == 0 {
		return nil
	}
	slices.Sort(names)
	words := make([][]string, len(names))
	for i, n := range names {
		words[i] = strings.Fields(foldName(n))
	}
	parent := make([]int, len(names))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		if parent[i] != i {
			parent[i] = find(parent[i])
		}
		return parent[i]
	}
	for i := range names {
		for j := i + 1; j < len(names); j++ {
			if sameCandidate(words[i], words[j]) {
				parent[find(i)] = find(j)
			}
		}
	}
	best := map[int]int{} // root → shortest name
	for i := range names {
		r := find(i)
		if b, ok := best[r]; !ok || len(words[i]) < len(words[b]) {
			best[r] = i
		}
	}
	out := make(map[string]string, len(names))
	for i, n := range names {
		w := words[best[find(i)]]
		if len(w) > 0 {
			out[n] = w[len(w)-1]
		}
	}
	return out
}

// sameCandidate reports whether two names, as folded words, name one
// person: the last word of one is a word of the other.
func sameCandidate(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	return slices.Contains(b, a[len(a)-1]) || slices.Contains(a, b[len(b)-1])
}

// foldName writes a name in lower case without accents: "González" is
// "gonzalez".
func foldName(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
