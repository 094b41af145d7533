package segment

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"
)

//go:embed data/boilerplate.txt
var boilerplateData string

// maxFurniture is the longest line, in bytes, matched against the
// boilerplate patterns: a long paragraph is never site furniture.
const maxFurniture = 400

// maxInside is the longest line, in bytes, matched against patterns
// anchored at neither end ("*all rights reserved*"): notices of that kind
// are short lines.
const maxInside = 200

// linePattern is one line pattern of data/boilerplate.txt, folded to lower
// case with single spaces and split at its stars.
type linePattern struct {
	// parts are the literal runs between stars; the first must begin the
	// line when start is set, the last must end it when end is set.
	parts      []string
	start, end bool
	role       Role
}

// newLinePattern compiles a folded glob.
func newLinePattern(glob string, role Role) linePattern {
	p := linePattern{start: glob[0] != '*', end: glob[len(glob)-1] != '*', role: role}
	for _, part := range strings.Split(glob, "*") {
		if part != "" {
			p.parts = append(p.parts, part)
		}
	}
	return p
}

// match reports whether the folded line s matches the pattern.
func (p *linePattern) match(s []byte) bool {
	parts := p.parts
	if p.start {
		if !bytes.HasPrefix(s, []byte(parts[0])) {
			return false
		}
		s, parts = s[len(parts[0]):], parts[1:]
	}
	if p.end {
		if len(parts) == 0 {
			return len(s) == 0
		}
		last := parts[len(parts)-1]
		if !bytes.HasSuffix(s, []byte(last)) {
			return false
		}
		s, parts = s[:len(s)-len(last)], parts[:len(parts)-1]
	}
	for _, part := range parts {
		i := bytes.Index(s, []byte(part))
		if i < 0 {
			return false
		}
		s = s[i+len(part):]
	}
	return true
}

// furnitureTable recognizes lines that are site furniture (boilerplate) or
// captions. Most lines are rejected without folding: a pattern anchored at
// the start is only tried on lines whose first byte it can match, one
// anchored at the end on lines whose last byte it can match, and one
// anchored at neither end on lines that hold a four-byte run of it.
type furnitureTable struct {
	pats   []linePattern
	first  [256][]int32 // patterns anchored at the start, by their first byte
	last   [256][]int32 // patterns anchored only at the end, by their last byte
	inside []int32      // patterns anchored at neither end
	always []int32      // patterns with no four-byte run without space
	// grams is a set of hashed four-byte runs, one of each inside pattern.
	grams [1 << 16 / 64]uint64
}

func newFurnitureTable() (*furnitureTable, error) {
	f := new(furnitureTable)
	var buf [maxFurniture]byte
	seen := map[string]bool{}
	err := readTable("boilerplate.txt", boilerplateData, []string{"boilerplate", "caption"}, func(section, e string) error {
		role := RoleBoilerplate
		if section == "caption" {
			role = RoleCaption
		}
		glob := string(fold(buf[:0], e))
		if strings.Trim(glob, "* ") == "" {
			return fmt.Errorf("pattern %q matches every line", e)
		}
		if seen[glob] {
			return fmt.Errorf("pattern %q listed twice", e)
		}
		seen[glob] = true
		p := newLinePattern(glob, role)
		i := int32(len(f.pats))
		f.pats = append(f.pats, p)
		switch {
		case p.start:
			f.first[glob[0]] = append(f.first[glob[0]], i)
		case p.end:
			f.last[glob[len(glob)-1]] = append(f.last[glob[len(glob)-1]], i)
		default:
			gram, ok := gramOf(p.parts)
			if !ok {
				f.always = append(f.always, i)
				break
			}
			f.inside = append(f.inside, i)
			h := gramHash(gram)
			f.grams[h/64] |= 1 << (h % 64)
		}
		return nil
	})
	return f, err
}

// gramOf picks a four-byte run without space from the longest word of
// the parts of a pattern.
func gramOf(parts []string) (uint32, bool) {
	best := ""
	for _, part := range parts {
		for _, w := range strings.Split(part, " ") {
			if len(w) > len(best) {
				best = w
			}
		}
	}
	if len(best) < 4 {
		return 0, false
	}
	i := (len(best) - 4) / 2
	return uint32(best[i])<<24 | uint32(best[i+1])<<16 | uint32(best[i+2])<<8 | uint32(best[i+3]), true
}

func gramHash(g uint32) uint32 { return (g * 0x9E3779B1) >> 16 }

// mayHold reports whether line may hold one of the four-byte runs of the
// inside patterns, ignoring ASCII case.
func (f *furnitureTable) mayHold(line string) bool {
	var g uint32
	for i := 0; i < len(line); i++ {
		g = g<<8 | uint32(lowerASCII[line[i]])
		if i >= 3 {
			h := gramHash(g)
			if f.grams[h/64]&(1<<(h%64)) != 0 {
				return true
			}
		}
	}
	return false
}

// lowerASCII maps ASCII capitals to lower case and every other byte to
// itself.
var lowerASCII = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
		if i >= 'A' && i <= 'Z' {
			t[i] += 'a' - 'A'
		}
	}
	return t
}()

// match returns the role of the line if it matches a pattern: of the
// first one in the file when several match. line is trimmed of
// surrounding space.
func (f *furnitureTable) match(line string) (Role, bool) {
	if len(line) > maxFurniture || len(line) == 0 {
		return RoleBody, false
	}
	first, last := f.first[lowerASCII[line[0]]], f.last[lowerASCII[line[len(line)-1]]]
	inside := len(f.inside) > 0 && len(line) <= maxInside && f.mayHold(line)
	if len(first) == 0 && len(last) == 0 && !inside && len(f.always) == 0 {
		return RoleBody, false
	}
	// Keep the patterns whose anchored end matches the raw line.
	var candBuf [16]int32
	cand := candBuf[:0]
	for _, i := range first {
		if hasPrefixFold(line, f.pats[i].parts[0]) {
			cand = append(cand, i)
		}
	}
	for _, i := range last {
		if hasSuffixFold(line, f.pats[i].parts[len(f.pats[i].parts)-1]) {
			cand = append(cand, i)
		}
	}
	if len(cand) == 0 && !inside && (len(f.always) == 0 || len(line) > maxInside) {
		return RoleBody, false
	}
	var buf [maxFurniture]byte
	folded := fold(buf[:0], line)
	best := int32(-1)
	try := func(list []int32) {
		for _, i := range list {
			if (best < 0 || i < best) && f.pats[i].match(folded) {
				best = i
				return
			}
		}
	}
	try(cand)
	if inside {
		try(f.inside)
	}
	if len(line) <= maxInside {
		try(f.always)
	}
	if best < 0 {
		return RoleBody, false
	}
	return f.pats[best].role, true
}

// hasPrefixFold reports whether the line s starts with the folded
// literal lit, ignoring ASCII case, a space in lit standing for any run of
// spaces.
func hasPrefixFold(s, lit string) bool {
	i := 0
	for j := 0; j < len(lit); j++ {
		if i >= len(s) {
			return false
		}
		if lit[j] == ' ' {
			n := spaceLen(s, i)
			if n == 0 {
				return false
			}
			for i += n; i < len(s); i += n {
				if n = spaceLen(s, i); n == 0 {
					break
				}
			}
			continue
		}
		if lowerASCII[s[i]] != lit[j] {
			return false
		}
		i++
	}
	return true
}

// hasSuffixFold is hasPrefixFold for the end of s.
func hasSuffixFold(s, lit string) bool {
	e := len(s)
	for j := len(lit) - 1; j >= 0; j-- {
		if e <= 0 {
			return false
		}
		if lit[j] == ' ' {
			n := spaceLenBefore(s, 0, e)
			if n == 0 {
				return false
			}
			for e -= n; e > 0; e -= n {
				if n = spaceLenBefore(s, 0, e); n == 0 {
					break
				}
			}
			continue
		}
		if lowerASCII[s[e-1]] != lit[j] {
			return false
		}
		e--
	}
	return true
}

// fold appends s to dst in ASCII lower case, with every run of spaces
// (no-break spaces included) made one space and the ends trimmed.
func fold(dst []byte, s string) []byte {
	space := false
	for i := 0; i < len(s); {
		if n := spaceLen(s, i); n > 0 {
			space = true
			i += n
			continue
		}
		if space && len(dst) > 0 {
			dst = append(dst, ' ')
		}
		space = false
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
		i++
	}
	return dst
}
