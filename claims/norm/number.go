package norm

import (
	"math"
	"strconv"
)

// num is a number expression read from tokens [first, end).
//
// Digits are read with "," as a thousands separator ("6,500") and "." as
// the decimal point ("1.5"). A figure such as "6.500" or "2.000", with
// one to three digits, a point and exactly three digits, is ambiguous: it
// is 6.5 in English and 6,500 in European style. The reader keeps 6.5
// unless a counted noun follows ("6.500 dead", "2.000 soldiers": nobody
// counts half a soldier), and then reads 6,500; with a currency or a unit
// of measure it stays 6.5. "1.234.567" (several points) is always
// European. A single comma not followed by three digits ("1,5 million")
// is a decimal comma.
type num struct {
	first, end int
	val        float64
	low, high  float64 // a vague amount's range
	vague      bool
	ordinal    bool
	digits     bool    // written with digits
	plain      bool    // one token of digits alone: "2020", "45"
	european   bool    // "6.500": val is 6.5, alt is 6500
	alt        float64 // the European reading
	scaled     bool    // a scale word or suffix applied: "1.5 million", "10k"
	scale      float64 // the scale a suffix applied ("10k": 1000), else 0
	// metre marks a scale suffix written "m", which may be metres.
	metre    bool
	signed   bool   // written with a sign: "-5", "+0.2"
	multiple bool   // a number of times in one word: "sixfold"
	one      bool   // the word "one" or "a"/"an" alone
	suffix   string // letters against the digits not read as part of the number: "s", "pm", "km"
}

// digitsValue parses the digits, separators and decimal point of a
// numeric token (without its letter suffix).
func digitsValue(d string) (val, alt float64, european, ok bool) {
	commas, dots, lastSep, afterLast := 0, 0, byte(0), 0
	groupsOK := true // every group after a comma has three digits
	run := 0
	for i := 0; i < len(d); i++ {
		c := d[i]
		switch c {
		case ',', '.':
			if lastSep == ',' && run != 3 {
				groupsOK = false
			}
			if c == ',' {
				commas++
			} else {
				dots++
			}
			lastSep, run = c, 0
		default:
			run++
		}
	}
	afterLast = run
	if lastSep == ',' && run != 3 {
		groupsOK = false
	}
	clean := make([]byte, 0, 24)
	switch {
	case commas == 0 && dots == 0:
		clean = append(clean, d...)
	case dots == 0 && groupsOK: // 6,500 / 1,000,000
		clean = appendDigits(clean, d, "")
	case dots == 0 && commas == 1: // 1,5 (decimal comma)
		clean = appendDigits(clean, d, ",")
	case dots == 1 && commas == 0: // 1.5, maybe European 6.500
		clean = append(clean, d...)
		if afterLast == 3 && len(d) >= 5 && len(d)-4 <= 3 {
			european = true
			a, err := strconv.ParseFloat(string(appendDigits(nil, d, "")), 64)
			if err == nil {
				alt = a
			}
		}
	case dots == 1 && commas > 0 && lastSep == '.' && groupsOK: // 1,000.50
		clean = appendDigits(clean, d, ".")
	case dots > 1 && commas == 0: // 1.234.567
		clean = appendDigits(clean, d, "")
	case commas == 1 && dots > 0 && lastSep == ',': // 1.234,5
		clean = appendDigits(clean, d, ",")
	default:
		return 0, 0, false, false
	}
	v, err := strconv.ParseFloat(string(clean), 64)
	if err != nil {
		return 0, 0, false, false
	}
	return v, alt, european, true
}

// appendDigits appends the digits of d, writing the separator dec (if
// any) as a decimal point and dropping the others.
func appendDigits(dst []byte, d, dec string) []byte {
	for i := 0; i < len(d); i++ {
		c := d[i]
		switch {
		case isDigit(c):
			dst = append(dst, c)
		case dec != "" && c == dec[0]:
			dst = append(dst, '.')
		}
	}
	return dst
}

// numAt reads a number expression at token i: digits with a scale
// ("1.5 million", "10k"), number words ("one hundred and twenty",
// "thirty-two", "a dozen"), ordinals ("third", "2nd") or a vague amount
// ("tens of thousands", "several hundred").
func (s *scan) numAt(i int) (num, bool) {
	// The readers ask for the figure at the same token many times.
	if s.memo.ok && s.memo.i == i {
		return s.memo.n, s.memo.found
	}
	n, found := s.numAtUncached(i)
	s.memo.i, s.memo.n, s.memo.found, s.memo.ok = i, n, found, true
	return n, found
}

func (s *scan) numAtUncached(i int) (num, bool) {
	t := s.tok(i)
	if t == nil {
		return num{}, false
	}
	if t.kind == tokNum {
		return s.digitsAt(i)
	}
	if t.kind != tokWord || t.info == nil {
		return num{}, false
	}
	if n, ok := s.vagueAt(i); ok {
		return n, true
	}
	return s.wordsAt(i)
}

func (s *scan) digitsAt(i int) (num, bool) {
	t := s.tok(i)
	str := s.text[int(t.start)+int(t.lead) : t.end]
	var buf [40]byte
	if t.grouped {
		str = dropGroupMarks(buf[:0], str)
	}
	k := 0
	for k < len(str) && !isLetter(str[k]) {
		k++
	}
	if k == 0 {
		return num{}, false
	}
	v, alt, eu, ok := digitsValue(str[:k])
	if !ok {
		return num{}, false
	}
	if t.sign < 0 {
		v, alt = -v, -alt
	}
	n := num{first: i, end: i + 1, val: v, alt: alt, european: eu, digits: true, signed: t.sign != 0}
	suf := str[k:]
	n.plain = suf == "" && t.sign == 0 && !t.grouped && isAllDigits(str)
	if suf != "" {
		var lb [8]byte
		if len(suf) <= len(lb) {
			l := lb[:len(suf)]
			for j := range l {
				l[j] = lower(suf[j])
			}
			switch ls := string(l); {
			case isOrdinalSuffix(ls, str[:k]):
				n.ordinal = true
				return n, true
			default:
				if m, ok := s.r.suffixes[ls]; ok {
					n.val *= m
					n.scaled, n.european = true, false
					n.scale = m
					n.metre = suf == "m"
				} else {
					n.suffix = ls
					return n, true
				}
			}
		} else {
			n.suffix = suf
			return n, true
		}
	}
	if !n.scaled {
		n.end = s.scalesAt(&n, n.end)
	}
	return n, true
}

// dropGroupMarks appends to dst the number s without the spaces, thin
// spaces and apostrophes that group its digits.
func dropGroupMarks(dst []byte, s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigit(c) || c == '.' || c == ',' || isLetter(c):
			dst = append(dst, c)
		}
	}
	return string(dst)
}

func isAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// isOrdinalSuffix reports whether suf is the right ordinal suffix for the
// digits d: "1st", "2nd", "3rd", "4th", "11th".
func isOrdinalSuffix(suf, d string) bool {
	if !isAllDigits(d) {
		return false
	}
	last := d[len(d)-1]
	teen := len(d) >= 2 && d[len(d)-2] == '1'
	switch suf {
	case "st":
		return last == '1' && !teen
	case "nd":
		return last == '2' && !teen
	case "rd":
		return last == '3' && !teen
	case "th":
		return teen || last == '0' || last >= '4'
	}
	return false
}

// scalesAt multiplies n by the scale words at token j ("million",
// "hundred thousand") and returns the token after them.
func (s *scan) scalesAt(n *num, j int) int {
	for {
		nw := s.info(j).num
		if nw == nil || nw.kind != numScale {
			return j
		}
		n.val *= nw.val
		n.low *= nw.val
		n.high *= nw.val
		n.scaled, n.european = true, false
		j++
	}
}

// vagueAt reads a vague amount: "dozens", "tens of thousands", "a few",
// "several hundred".
func (s *scan) vagueAt(i int) (num, bool) {
	v, j, ok := s.match(&s.info(i).vague, i)
	if !ok {
		return num{}, false
	}
	vv := s.r.vagues[v]
	n := num{first: i, end: j, low: vv.low, high: vv.high, vague: true}
	if vv.scalable {
		n.end = s.scalesAt(&n, j)
	}
	// "dozens" and "hundreds" are also read before "of thousands" in the
	// table; "a few" before a duration unit is read by durationAt.
	return n, true
}

// wordsAt reads a number written in words.
func (s *scan) wordsAt(i int) (num, bool) {
	n := num{first: i}
	var total, cur float64
	any := false
	j := i
	// "half a million": half of a large scale.
	if s.special(i) == spHalf && s.special(i+1) == spA {
		if nw := s.info(i + 2).num; nw != nil && nw.kind == numScale && nw.val >= 1000 {
			n.val, n.scaled, n.end = nw.val/2, true, i+3
			return n, true
		}
	}
	if s.special(i) == spA { // "a hundred", "a dozen", "a thousand"
		nw := s.info(i + 1).num
		if nw == nil || !(nw.kind == numScale || nw.kind == numCardinal && nw.val == 12) {
			return num{}, false
		}
		cur, any, j = 1, true, i+1
	}
	if s.is(i, "dozen") {
		return num{}, false // "a baker's dozen": "a dozen" is read from "a"
	}
	prevTens := false // the last word was "twenty".."ninety"
	for {
		nw := s.info(j).num
		if nw == nil || s.tok(j).kind != tokWord {
			break
		}
		switch nw.kind {
		case numMultiple:
			// "sixfold": a number of times, in one word.
			if !any {
				n.val, n.multiple, n.end = nw.val, true, j+1
				return n, true
			}
			goto done
		case numOrdinal:
			// "first", or "twenty-first" after a tens word.
			if !any {
				n.val, n.ordinal, n.end = nw.val, true, j+1
				return n, true
			}
			if prevTens && nw.val < 10 && s.isDash(j-1) {
				n.val, n.ordinal, n.end = total+cur+nw.val, true, j+1
				return n, true
			}
			goto done
		case numCardinal:
			v := nw.val
			switch {
			case v == 12 && s.is(j, "dozen"):
				if cur == 0 {
					cur = 1
				}
				cur *= 12
			case !any || math.Mod(cur, 100) == 0:
				cur += v
			case prevTens && v < 10:
				cur += v
			default:
				goto done
			}
			prevTens = v >= 20 && v < 100 && math.Mod(v, 10) == 0
		case numScale:
			if cur == 0 {
				if !any {
					goto done // "hundred" alone is no number; "hundreds" is vague
				}
				cur = 1
			}
			if nw.val == 100 {
				cur *= 100
			} else {
				total += cur * nw.val
				cur = 0
			}
			n.scaled = true
			prevTens = false
		default:
			goto done
		}
		any = true
		j++
		// Joiners: "thirty-two", "one hundred and twenty".
		switch {
		case s.isDash(j) && s.attached(j) && s.attached(j+1) && s.info(j+1).num != nil && (s.info(j+1).num.kind == numCardinal || s.info(j+1).num.kind == numOrdinal):
			j++
		case s.special(j) == spAnd && s.info(j+1).num != nil && s.info(j+1).num.kind == numCardinal && math.Mod(total+cur, 100) == 0 && (total+cur) >= 100:
			j++
		}
	}
done:
	if !any {
		return num{}, false
	}
	n.val = total + cur
	// "two and a half", "one and a half"
	if s.special(j) == spAnd && s.special(j+1) == spA && s.special(j+2) == spHalf {
		n.val += 0.5
		j += 3
		if nw := s.info(j).num; nw != nil && nw.kind == numScale {
			n.val *= nw.val
			n.scaled = true
			j++
		}
	}
	n.end = j
	n.one = n.val == 1 && !n.scaled && j == i+1
	return n, true
}
