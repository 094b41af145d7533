package norm

// wordTable is an open-addressing hash table from lower-case words to
// their lexicon entries, looked up with the text's own bytes folded to
// lower case on the fly, so that a lookup neither copies nor allocates.
type wordTable struct {
	slots []slot
	mask  uint64
}

type slot struct {
	key  string
	info *wordInfo
}

// hashFold is FNV-1a over the ASCII-lower-cased bytes of s.
func hashFold(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(lower(s[i]))
		h *= 1099511628211
	}
	return h
}

func newWordTable(words map[string]*wordInfo) wordTable {
	n := 1
	for n < 4*len(words) {
		n <<= 1
	}
	t := wordTable{slots: make([]slot, n), mask: uint64(n - 1)}
	for k, v := range words {
		for i := hashFold(k) & t.mask; ; i = (i + 1) & t.mask {
			if t.slots[i].info == nil {
				t.slots[i] = slot{k, v}
				break
			}
		}
	}
	return t
}

// find returns the entry of s compared without regard to ASCII case, or nil.
func (t *wordTable) find(s string) *wordInfo {
	if len(t.slots) == 0 {
		return nil
	}
	for i := hashFold(s) & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.info == nil {
			return nil
		}
		if eqFold(s, sl.key) {
			return sl.info
		}
	}
}
