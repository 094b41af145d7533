package norm

import (
	"strings"
	"testing"
)

// TestWordTable checks the word table against a search of its keys with
// eqFold, for keys of every length the packing treats apart.
func TestWordTable(t *testing.T) {
	keys := []string{"a", "of", "the", "from", "fifty", "dozens", "january", "thousand",
		"centimetre", "kilometres", "internationally", "counterterrorism", "counterterrorisms",
		"ninety-nine", "q3", "€", "£", "o'clock", "mid-2020s-style-wording-x"}
	words := map[string]*wordInfo{"Upper": {}}
	for _, k := range keys {
		words[k] = &wordInfo{}
	}
	table := newWordTable(words)
	want := func(s string) *wordInfo {
		for k, wi := range words {
			if eqFold(s, k) {
				return wi
			}
		}
		return nil
	}
	probes := []string{"", "A", "b", "THE", "Thé", "upper", "Upper", "UPPER"}
	for _, k := range keys {
		probes = append(probes, k, strings.ToUpper(k), strings.ToUpper(k[:1])+k[1:], k[:len(k)-1], k+"s", "x"+k[1:])
		if len(k) > 2 {
			probes = append(probes, k[:len(k)/2]+"@"+k[len(k)/2+1:], k[:len(k)/2]+"`"+k[len(k)/2+1:])
		}
	}
	for _, p := range probes {
		if got, w := table.find(p), want(p); got != w {
			t.Errorf("find(%q) = %p, want %p", p, got, w)
		}
	}
	var empty wordTable
	if empty.find("the") != nil {
		t.Error("the empty table finds a word")
	}
	if none := newWordTable(nil); none.find("the") != nil {
		t.Error("a table of no words finds a word")
	}
}
