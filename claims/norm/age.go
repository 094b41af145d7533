package norm

// Ages: how old someone or something is, read as quantities of Class Age
// so that they are never counts.
//
//   - a length of time before "old": "45 years old", "a 45-year-old man",
//     "the then-18 month-old winger" (read by termAt);
//   - a figure after "aged", "age" or "ages", or "the age of": "aged 45",
//     "ages 18 to 34", "under the age of 5 years";
//   - a figure between commas after a name or a noun, before a verb:
//     "Joe Maddon, 66, said", "the commander, 52, was".

// ageAt reads an age at token i.
func (s *scan) ageAt(i int) result {
	t := s.tok(i)
	switch {
	case t.kind == tokWord && t.info != nil && t.info.age:
		j := i + 1
		if s.special(j) == spOf {
			j++
		}
		return s.ageFigure(i, j)
	case t.kind == tokNum && s.isPunct(i-1, ",") && (s.isPunct(i+1, ",") || s.isPunct(i+1, ")")):
		n, ok := s.plainDigits(i)
		p := s.tok(i - 2)
		if !ok || n > 3 || p == nil || p.kind != tokWord || p.info != nil && (p.info.month > 0 || p.info.weekday != "" || p.info.num != nil || p.info.special != spNone || len(p.info.quals.ps) > 0) {
			return none()
		}
		// After a name ("Joe Maddon, 66,"), or after a noun when a
		// word in lower case, a verb, follows ("the commander, 52, said").
		if !p.cap {
			if w := s.tok(i + 2); w == nil || w.kind != tokWord || w.cap || s.countFollows(i+2) {
				return none()
			}
		}
		v := atoiDigits(s.str(i))
		if v < 1 || v > 120 {
			return none()
		}
		q := bounded(Exact, float64(v), false)
		q.Class, q.Unit = Age, "year"
		return quantityRes(i, i+1, q)
	}
	return none()
}

// ageFigure reads the figure of an age at j, after an age word from
// first: "45", "18 to 34", "between 20 and 30", "5 years".
func (s *scan) ageFigure(first, j int) result {
	res := s.quantityAt(j) // "aged 45", "aged between 20 and 30", "aged over 65"
	if !res.ok || res.m.Kind != QuantityKind {
		return none()
	}
	q := &res.m.Quantity
	lo, hi := q.Low, q.High
	if q.HasStated {
		lo, hi = q.Stated, q.Stated
	}
	if q.Class != Count || q.Unit != "" || lo < 0 || hi > 150 {
		return none()
	}
	q.Class, q.Unit = Age, "year"
	if u := s.unitAt(res.end); u != nil && u.days >= 7 {
		q.Unit = u.name
		res.end++
	}
	res.first = first
	return res
}
