package norm

// Labels: numbers that name or place something and are never quantities,
// nor is any part of them.
//
//   - after a label word of blockers.txt: "page 12", "Resolution 822",
//     "Game 6", "ISO 3888-2";
//   - joined by a hyphen to a word before them: "COVID-19", "F-16",
//     "TA-35" (but not after the words of prefixes.txt: "sub-500");
//   - after "#" or a word and a point: "#5", "ID.3", "No.1";
//   - telephone numbers: "+1 202 555 0143", "(020) 7946 0958";
//   - street numbers: "22 Baker Street", "16-18 Industrial Avenue", "9 E
//     71st St", "22 Ave Foch" (streets.txt);
//   - times of day in four digits before a time zone: "0401 GMT";
//   - scores: "beat Charlton 2-1", "a 9-2 lead", "ended 2-2" (scores.txt);
//   - a number in brackets after a name: "Dak Prescott (4)";
//   - a model number after a count: "two new 737 Max jets";
//   - two numbers across a slash that are neither a date nor a fraction:
//     "24/7", "50/50" (slashAt).
//
// Names before a figure ("France 24", "iPhone 11", "S&P 500") are told
// apart where the figure is read (nameBefore).

// label skips a number that is a label at token i, or reads what a slash
// makes of it (a date, a fraction).
func (s *scan) label(i int) (res result) {
	if bl := &s.info(i).blockers; len(bl.ps) > 0 {
		if _, j, ok := s.match(bl, i); ok {
			if s.isDash(j) && s.attached(j) {
				j++
			}
			if t := s.tok(j); t != nil && t.kind == tokNum && labelNumber(s.str(j)[t.lead:]) {
				e := s.labelEnd(j)
				// "sections 37 and 38", "articles 5, 6 or 7": a list of
				// labels, unless a counted noun follows ("page 12 and 40
				// soldiers").
				for (s.is(e, "and") || s.is(e, "or") || s.isPunct(e, ",")) && s.tok(e+1) != nil && s.tok(e+1).kind == tokNum &&
					labelNumber(s.str(e + 1)[s.tok(e+1).lead:]) && !s.countFollows(s.labelEnd(e+1)) {
					e = s.labelEnd(e + 1)
				}
				return skipTo(e)
			}
		}
	}
	t := s.tok(i)
	if t.kind != tokNum {
		return none()
	}
	if t.sign == 0 {
		// A number joined by a hyphen to a word before it is part of a name:
		// "COVID-19", "F-16", "Su-25". "mid-1990s" is not: mid is read first.
		if s.isDash(i-1) && s.attached(i) && s.attached(i-1) {
			if p := s.tok(i - 2); p != nil && p.kind == tokWord && (p.info == nil || p.info.num == nil && (p.info.special == spNone || p.info.special == spLast) && !p.info.prefix) {
				return skipTo(s.labelEnd(i))
			}
		}
		if s.attached(i) && (s.isPunct(i-1, "#") || s.isPunct(i-1, ".") && s.attached(i-1) && s.tok(i-2).kind == tokWord) {
			return skipTo(s.labelEnd(i))
		}
	}
	if (s.isPunct(i+1, "/") || s.isPunct(i+1, "⁄")) && (t.info == nil || len(t.info.anchors.ps) == 0) {
		if res = s.slashAt(i); res.ok || res.skip {
			return res
		}
	}
	// Dates written like telephone numbers: "2023-09-01".
	if res = s.numDateAt(i); res.ok || res.skip {
		return res
	}
	// Telephone numbers: "+1 202 555 0143", "(020) 7946 0958", "555-0143".
	if j, ok := s.phone(i); ok {
		return skipTo(j)
	}
	n, plain := s.plainDigits(i)
	if !plain {
		if j, ok := s.streetAt(i); ok {
			return skipTo(j)
		}
		return none()
	}
	if s.info(i + 1).labelAfter {
		return skipTo(i + 1)
	}
	if n == 4 && s.info(i+1).timezone && clockDigits(s.str(i)) {
		return skipTo(i + 2)
	}
	if j, ok := s.scoreAt(i); ok {
		return skipTo(j)
	}
	if j, ok := s.modelAt(i); ok {
		return skipTo(j)
	}
	if j, ok := s.streetAt(i); ok {
		return skipTo(j)
	}
	// "Dak Prescott (4)": a shirt number.
	if n <= 2 && s.isPunct(i-1, "(") && s.isPunct(i+1, ")") && s.attached(i) && s.attached(i+1) {
		if p := s.tok(i - 2); p != nil && p.kind == tokWord && p.cap && p.info == nil {
			return skipTo(i + 2)
		}
	}
	// "two new 737 Max jets": a model number after the count.
	if n >= 3 && s.tok(i+1) != nil && s.tok(i+1).kind == tokWord && s.tok(i+1).cap && s.tok(i+1).info == nil && s.attached(i+1) == false {
		k := i - 1
		if s.info(k).modifier {
			k--
		}
		if nw := s.info(k).num; nw != nil && nw.kind == numCardinal || s.tok(k) != nil && s.tok(k).kind == tokNum && k < i-1 {
			return skipTo(i + 1)
		}
	}
	return none()
}

// labelNumber reports whether a number token can be a label: digits,
// maybe with a letter or two ("822", "5a", "737MAX" is not).
func labelNumber(w string) bool {
	k := 0
	for k < len(w) && isDigit(w[k]) {
		k++
	}
	return k > 0 && len(w)-k <= 2 && (k == len(w) || isLetter(w[k]))
}

// clockDigits reports whether four digits are a time of day: "0401".
func clockDigits(d string) bool {
	h := int(d[0]-'0')*10 + int(d[1]-'0')
	m := int(d[2]-'0')*10 + int(d[3]-'0')
	return h < 24 && m < 60
}

// labelEnd returns the end of a label's number: "822", "12-14", "5a".
func (s *scan) labelEnd(j int) int {
	j++
	for s.isDash(j) && s.attached(j) && s.attached(j+1) && s.tok(j+1).kind == tokNum {
		j += 2
	}
	return j
}

// scoreAt reports a score at token i ("2-1") and its end: two numbers of
// up to three digits joined by a hyphen or dash, with a score word of
// scores.txt before or after them, or a second number no greater than
// the first; and no unit, counted noun or month after them.
func (s *scan) scoreAt(i int) (int, bool) {
	a, ok := s.plainDigits(i)
	if !ok || a > 3 || !s.isDash(i+1) || !s.attached(i+1) || !s.attached(i+2) {
		return 0, false
	}
	b, ok := s.plainDigits(i + 2)
	if !ok || b > 3 {
		return 0, false
	}
	e := i + 3
	if s.countFollows(e) || s.monthAt(e) > 0 || s.isPunct(e, "%") || s.unitAt(e) != nil {
		return 0, false
	}
	x, y := atoiDigits(s.str(i)), atoiDigits(s.str(i+2))
	if y <= x || s.info(e).scoreAfter {
		return e, true
	}
	for k := i - 1; k >= i-3 && k >= 0; k-- {
		if s.info(k).scoreBefore {
			return e, true
		}
		if t := s.tok(k); t.kind == tokPunct && !s.isPunct(k, "-") {
			break
		}
	}
	return 0, false
}

// modelAt reports a model number at token i ("the 737-800", "a
// 747-400") and its end: three digits that are not round, a hyphen and a
// round hundred, with nothing counted after them. A range is written with
// figures alike: "300-400 troops".
func (s *scan) modelAt(i int) (int, bool) {
	a, ok := s.plainDigits(i)
	if !ok || a != 3 || !s.isPunct(i+1, "-") || !s.attached(i+1) || !s.attached(i+2) {
		return 0, false
	}
	if b, ok := s.plainDigits(i + 2); !ok || b != 3 {
		return 0, false
	}
	x, y := atoiDigits(s.str(i)), atoiDigits(s.str(i+2))
	if x%10 == 0 || y%100 != 0 || s.countFollows(i+3) {
		return 0, false
	}
	return i + 3, true
}

// atoiDigits returns the value of a string of digits.
func atoiDigits(d string) int {
	n := 0
	for i := 0; i < len(d); i++ {
		n = n*10 + int(d[i]-'0')
	}
	return n
}

// streetAt reports a street number at token i and its end: the number
// (or a range of numbers, "16-18", or "221B") before a name of one to
// three capitalized words and a capitalized street word, or before a
// street word and a capitalized name.
func (s *scan) streetAt(i int) (int, bool) {
	t := s.tok(i)
	str := s.str(i)
	if t.sign != 0 || t.grouped || !isDigit(str[0]) {
		return 0, false
	}
	k := 0
	for k < len(str) && isDigit(str[k]) {
		k++
	}
	if k < len(str) && (len(str)-k > 1 || !isLetter(str[k])) && !isOrdinalSuffix(lowerASCII(str[k:]), str[:k]) {
		return 0, false
	}
	e := s.labelEnd(i)
	j := e
	if w := s.tok(j); w != nil && w.kind == tokWord && w.cap && w.info != nil && w.info.street {
		// "22 Ave Foch"
		if n := s.tok(j + 1); n != nil && n.kind == tokWord && n.cap {
			return e, true
		}
		return 0, false
	}
	for words := 0; words < 4; words++ {
		w := s.tok(j)
		if w == nil {
			return 0, false
		}
		if words > 0 && w.kind == tokWord && w.cap && w.info != nil && w.info.street {
			return e, true
		}
		switch {
		case w.kind == tokWord && w.cap:
		case w.kind == tokNum && words > 0 && isOrdinalWord(s.str(j)): // "E 71st St"
		default:
			return 0, false
		}
		j++
	}
	return 0, false
}

// isOrdinalWord reports whether a number token is digits with an ordinal
// suffix: "71st".
func isOrdinalWord(w string) bool {
	k := 0
	for k < len(w) && isDigit(w[k]) {
		k++
	}
	return k > 0 && k < len(w) && isOrdinalSuffix(lowerASCII(w[k:]), w[:k])
}

// lowerASCII returns w in lower case; w is short (a suffix).
func lowerASCII(w string) string {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			b := []byte(w)
			for j := i; j < len(b); j++ {
				b[j] = lower(b[j])
			}
			return string(b)
		}
	}
	return w
}

// plainDigits reports whether token i is digits only, and how many.
func (s *scan) plainDigits(i int) (int, bool) {
	t := s.tok(i)
	if t == nil || t.kind != tokNum || t.sign != 0 || t.grouped {
		return 0, false
	}
	str := s.str(i)
	for k := 0; k < len(str); k++ {
		if !isDigit(str[k]) {
			return 0, false
		}
	}
	return len(str), true
}

// phone reports a telephone number starting at token i and its end:
// "+1 202 555 0143", "(020) 7946 0958", "555-0143".
func (s *scan) phone(i int) (int, bool) {
	t := s.tok(i)
	prefixed := s.isPunct(i-1, "(")
	var n int
	var ok bool
	if t.sign > 0 && !t.grouped {
		if str := s.str(i)[1:]; isAllDigits(str) {
			n, ok, prefixed = len(str), true, true
		}
	} else {
		n, ok = s.plainDigits(i)
	}
	if !ok {
		return 0, false
	}
	groups, digits, j := 1, n, i+1
	var lens [8]int
	lens[0] = n
	for groups < len(lens) {
		k := j
		if s.isPunct(k, "-") || s.isPunct(k, ".") || s.isPunct(k, ")") {
			k++
		}
		m, ok := s.plainDigits(k)
		if !ok || k == j && !s.tok(k).space || m < 2 {
			break
		}
		if k != j && (s.tok(k).space && s.str(j) != ")") {
			break
		}
		lens[groups] = m
		groups, digits, j = groups+1, digits+m, k+1
	}
	switch {
	case groups >= 2 && digits >= 7 && prefixed:
		return j, true
	case groups >= 3 && digits >= 7:
		return j, true
	case groups == 2 && lens[0] == 3 && lens[1] == 4 && s.isPunct(i+1, "-"):
		return j, true
	}
	return 0, false
}
