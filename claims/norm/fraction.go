package norm

// Fractions and proportions: parts of a whole, read as Class Fraction with
// a value from 0 to 1.
//
//   - a numerator and a denominator word: "a third of", "one fourth of",
//     "two-thirds", "three quarters of". "a"/"an" and a singular word need
//     "of" after them ("a third time" is a rank); a denominator joined by
//     a hyphen to a word after it is a rank ("a third-party review");
//   - "half": "half of", "half the", "half its" (not "the second half");
//   - "one in five", "2 in 10", "one out of three": the second figure is
//     the denominator ("80 out of 120 villages" is a count of 80 of a
//     whole of 120);
//   - a fraction sign: "½" (and "1½", read with its figure);
//   - digits across a slash: "1/2", "3/4 of" (slashAt).
//
// "of" and a figure after the fraction give its whole: "half of the
// 120,000 residents" is 0.5 of a whole of 120,000 residents; "a third of
// the residents" counts residents. A qualifier before applies: "nearly
// two-thirds" is 0.6 to 0.667.

// fractionAt reads a fraction at j, with the qualifier q read from first.
func (s *scan) fractionAt(first, j int, q Qualifier) result {
	t := s.tok(j)
	if t == nil || !s.figureStart(j) && (t.info == nil || t.info.num == nil) {
		return none()
	}
	if !s.fractionNear(j) {
		return none()
	}
	var val float64
	var e int
	switch {
	case t.kind == tokWord && s.special(j) == spHalf:
		k := j + 1
		if s.special(j-1) == spThe || s.special(j-1) == spA || s.special(j-1) == spAnd || s.info(j-1).num != nil || s.isDash(k) && s.attached(k) {
			return none() // "the second half", "one and a half", "half-time"
		}
		switch {
		case s.special(k) == spOf, s.info(k).definite:
		default:
			return none()
		}
		val, e = 0.5, k
	case t.info != nil && t.info.num != nil && t.info.num.kind == numPart:
		val, e = t.info.num.val, j+1
	default:
		v, k, ok := s.wordFraction(j)
		if !ok {
			v, k, ok = s.inFraction(j)
		}
		if !ok {
			return none()
		}
		val, e = v, k
	}
	qt := bounded(q, val, false)
	if qt.High > 1 && q != LessThan && q != AtMost {
		qt.High = 1
	}
	qt.Class = Fraction
	if w, k, ok := s.wholeAt(e, 0); ok {
		qt.Whole, qt.Unit, e = w, w.Unit, k
	} else if s.special(e) == spOf {
		k := e + 1
		if s.info(k).definite {
			k++
		}
		if u, k2, ok := s.nounAt(k, false, true); ok {
			qt.Unit, e = u, k2
		}
	} else if u, k2, ok := s.nounAt(e, false, true); ok {
		qt.Unit, e = u, k2 // "one in five people"
	}
	return quantityRes(first, e, qt)
}

// fractionNear reports, cheaply, whether a fraction may start at j:
// "half", a fraction sign, or a denominator word, "in" or "out" in the
// next few tokens.
func (s *scan) fractionNear(j int) bool {
	if s.special(j) == spHalf {
		return true
	}
	for k := j; k < j+4 && k < len(s.toks); k++ {
		wi := s.toks[k].info
		if wi == nil {
			continue
		}
		if wi.num != nil && (wi.num.kind == numDenominator || wi.num.kind == numPart || wi.num.kind == numOrdinal) || wi.special == spIn || wi.special == spOut {
			return true
		}
	}
	return false
}

// wordFraction reads a numerator and a denominator word at j: "a third",
// "two-thirds", "one fourth". It returns the value and the token after
// the denominator.
func (s *scan) wordFraction(j int) (float64, int, bool) {
	var num float64
	k := j
	article := false
	switch {
	case s.special(j) == spA:
		num, k, article = 1, j+1, true
	default:
		n, ok := s.numAt(j)
		if !ok || n.vague || n.ordinal || n.scaled || n.suffix != "" || n.val < 1 || n.val > 99 || n.val != float64(int(n.val)) {
			return 0, 0, false
		}
		num, k = n.val, n.end
	}
	hyphen := false
	if s.isDash(k) && s.attached(k) && s.attached(k+1) {
		k++
		hyphen = true
	}
	t := s.tok(k)
	if t == nil || t.kind != tokWord || t.info == nil || t.info.num == nil {
		return 0, 0, false
	}
	nw := t.info.num
	var den float64
	switch {
	case nw.kind == numDenominator:
		den = nw.val
		if num == 1 && plural(s.str(k)) || num > 1 && !plural(s.str(k)) && !eqFold(s.str(k), "quarter") {
			return 0, 0, false
		}
	case nw.kind == numOrdinal && nw.val >= 3 && num == 1:
		den = nw.val
	default:
		return 0, 0, false
	}
	e := k + 1
	if s.isDash(e) && s.attached(e) {
		return 0, 0, false // "a third-party review", "fourth-quarter"
	}
	if (article || !hyphen && nw.kind == numOrdinal) && s.special(e) != spOf {
		return 0, 0, false // "a third time", "one third place"
	}
	if num >= den {
		return 0, 0, false
	}
	return num / den, e, true
}

// inFraction reads "one in five", "one out of three", "2 in 10" at j.
func (s *scan) inFraction(j int) (float64, int, bool) {
	a, ok := s.numAt(j)
	if !ok || a.vague || a.ordinal || a.scaled || a.suffix != "" || a.val < 1 {
		return 0, 0, false
	}
	k := a.end
	switch {
	case s.special(k) == spIn:
		k++
	case s.special(k) == spOut && s.special(k+1) == spOf && a.val == 1:
		// "one out of three"; "80 out of 120 villages" is a part and its
		// whole (wholeAt).
		k += 2
	default:
		return 0, 0, false
	}
	if _, ok := s.yearTok(k); ok {
		return 0, 0, false // "one in 2020"
	}
	b, ok := s.numAt(k)
	if !ok || b.vague || b.ordinal || b.suffix != "" || b.val <= a.val {
		return 0, 0, false
	}
	return a.val / b.val, b.end, true
}
