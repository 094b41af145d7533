package norm

import (
	"maps"
	"math/bits"
	"slices"
)

// wordTable is an open-addressing hash table from lower-case words to
// their lexicon entries, looked up with the text's own bytes folded to
// lower case on the fly, so that a lookup neither copies nor allocates.
//
// A lookup packs the word into two machine words folded to lower case
// (probe), hashes those and compares them with the entry's: a word of up
// to 16 bytes, as nearly all are, compares in two steps. The slots are
// small (a tag of the hash and an entry number), so that the probes of a
// lookup stay in a few cache lines and a word that is no entry is mostly
// turned away by its tag, without a look at any entry.
type wordTable struct {
	slots   []uint32 // 0 for empty, else tag<<16 | entry number + 1
	shift   uint     // 64 - log2(len(slots)): a hash's top bits index the slots
	entries []tableEntry
	keys    []string // the key of each entry
}

// tableEntry is a key of a wordTable, packed (see probe), and its lexicon
// entry.
type tableEntry struct {
	a, b uint64
	n    int // the key's length
	info *wordInfo
}

// maxEntries is the number of entries a slot can number.
const maxEntries = 1<<16 - 1

// le64 and le32 read the first eight and four bytes of s, the first
// lowest.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// lower8 folds each of the eight bytes of x to lower case, as lower does:
// a byte from 'A' to 'Z' gets bit 5 set, any other stays as it is.
func lower8(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	low := x &^ high              // each byte below 0x80
	ge := low + ones*(0x80-'A')   // top bit set where the byte is 'A' or above
	gt := low + ones*(0x80-'Z'-1) // top bit set where the byte is above 'Z'
	upper := ge &^ gt &^ x & high // top bit set where the byte is 'A' to 'Z'
	return x | upper>>2
}

// newWordTable builds the table of words, which must have at most
// maxEntries keys.
func newWordTable(words map[string]*wordInfo) wordTable {
	if len(words) > maxEntries {
		panic("norm: too many lexicon words for the word table")
	}
	n, shift := 2, uint(63)
	for n < 2*len(words) {
		n <<= 1
		shift--
	}
	t := wordTable{slots: make([]uint32, n), shift: shift}
	for _, k := range slices.Sorted(maps.Keys(words)) {
		if !eqFold(k, k) {
			continue // a key with an upper-case letter matches no text
		}
		_, i, a, b, tag := t.probe(k)
		t.entries = append(t.entries, tableEntry{a: a, b: b, n: len(k), info: words[k]})
		t.keys = append(t.keys, k)
		t.slots[i] = tag<<16 | uint32(len(t.entries))
	}
	return t
}

// find returns the entry of s compared without regard to ASCII case, or nil.
func (t *wordTable) find(s string) *wordInfo {
	if e, _, _, _, _ := t.probe(s); e != nil {
		return e.info
	}
	return nil
}

// probe looks s up. It returns the entry of s, or nil and then the empty
// slot where s would go, with s packed and the tag of its hash.
//
// A word is packed into two machine words a and b, its bytes folded to
// lower case as lower does. With the word's length they determine a word
// of at most 16 bytes; of a longer word they hold the first and the last
// eight bytes, and the bytes between are compared with eqFold. Pieces
// overlap where the word is shorter than the machine words: a word of
// five bytes is its first four bytes and its last four, one of three
// bytes its first, second and third.
func (t *wordTable) probe(s string) (e *tableEntry, i, a, b uint64, tag uint32) {
	if len(t.slots) == 0 {
		return nil, 0, 0, 0, 0
	}
	switch n := len(s); {
	case n >= 8:
		a, b = lower8(le64(s)), lower8(le64(s[n-8:]))
	case n >= 4:
		a = lower8(uint64(le32(s)) | uint64(le32(s[n-4:]))<<32)
	case n > 0:
		a = lower8(uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16)
	}
	h := (bits.RotateLeft64(a*0x9e3779b97f4a7c15, 31) ^ b ^ uint64(len(s))<<56) * 0xd6e8feb86659fd93
	// The top bits of h index the slots; the 16 bits below them are the tag.
	i, tag = h>>(t.shift&63), uint32(h>>((t.shift-16)&63))&0xffff
	mask := uint64(len(t.slots) - 1)
	for ; ; i = (i + 1) & mask {
		sl := t.slots[i]
		if sl == 0 {
			return nil, i, a, b, tag
		}
		if sl>>16 != tag {
			continue
		}
		n := sl&0xffff - 1
		e := &t.entries[n]
		if e.a == a && e.b == b && e.n == len(s) && (len(s) <= 16 || eqFold(s[8:len(s)-8], t.keys[n][8:len(s)-8])) {
			return e, i, a, b, tag
		}
	}
}
