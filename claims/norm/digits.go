package norm

import (
	tok "github.com/claimcheck/claimcheck/claims/token"
)

// Joining the pieces of a number.
//
// The shared tokenizer (package token) reads digits with inner "," and
// "." only; the reader joins into one number token what it splits:
//
//   - a sign written against the figure: "-5 yards", "−130 degrees",
//     "+0.2%", "$-50.8bn". The sign must stand apart from the word
//     before it (a space, an opening bracket or a currency symbol before
//     it): "COVID-19" and "2-2" have no sign.
//   - a decimal point with no digit before it: ".5", "a .500 record".
//   - digits grouped by thin or no-break spaces or apostrophes ("3 200",
//     "1'000'000", "4 500"): after one to three digits, groups of exactly
//     three. A group after an ordinary space is joined only when it ends
//     the number: "in 3 200-bed hospitals" is 3 and 200-bed, as are "May
//     5 100" (a day and a count) and "5 6 7" (a list).
//   - a unit against the figure that ends in a digit: "32m2", "15km2".
//   - a currency code against the figure: "USD1,700", "PS2.7m" (the
//     pound sign as some feeds write it), "RM120,000", "$US55,931,000"
//     (splitCode). A lone digit after a code stays a name: "PS5".

// joinNumber reads the number at shared token i, whose reader token is
// nt, joining the pieces around it; it may take back the sign or point
// just appended to dst. It returns dst, the token and the index of the
// last shared token the number takes.
func (r *Reader) joinNumber(dst []token, nt token, ts *tok.Stream, i int) ([]token, token, int) {
	text, toks := ts.Text, ts.Tokens
	k := i
	if !nt.space && len(dst) > 0 {
		p := &dst[len(dst)-1]
		if p.kind == tokPunct && p.end == nt.start && (p.space || opensFigure(dst, text)) {
			switch text[p.start:p.end] {
			case "-", "−", "–":
				nt.start, nt.space, nt.sign, nt.lead = p.start, p.space, -1, uint8(p.end-p.start)
				dst = dst[:len(dst)-1]
			case "+":
				nt.start, nt.space, nt.sign, nt.lead = p.start, p.space, 1, 1
				dst = dst[:len(dst)-1]
			case ".":
				if nt.sign == 0 {
					nt.start, nt.space = p.start, p.space
					dst = dst[:len(dst)-1]
				}
			}
		}
	}
	digits := text[int(nt.start)+int(nt.lead) : nt.end]
	if text[nt.start] != '.' && len(digits) <= 3 && digits[0] != '0' && isAllDigits(digits) {
		k = r.joinGroups(dst, &nt, ts, i)
	}
	// "32m2": a unit that ends in a digit.
	if e := nt.end; isLetter(text[e-1]) && k+1 < len(toks) && !toks[k+1].Space && toks[k+1].Kind == tok.Number && toks[k+1].End == toks[k+1].Start+1 {
		if c := text[toks[k+1].Start]; c == '2' || c == '3' {
			s := int(nt.start)
			for s < int(e) && !isLetter(text[s]) {
				s++
			}
			if u := r.table.find(text[s:toks[k+1].End]); u != nil && len(u.meas.ps) > 0 {
				nt.end = toks[k+1].End
				k++
			}
		}
	}
	return dst, nt, k
}

// opensFigure reports whether the token before the sign or point that
// ends dst opens a figure: a bracket, a currency symbol, "~" or "=".
func opensFigure(dst []token, text string) bool {
	if len(dst) < 2 {
		return false
	}
	q := &dst[len(dst)-2]
	if q.kind != tokPunct || q.end != dst[len(dst)-1].start {
		return false
	}
	switch text[q.start:q.end] {
	case "(", "[", "$", "€", "£", "¥", "~", "≈", "=":
		return true
	}
	return false
}

// joinGroups joins to the number nt, of one to three digits at shared
// token i, the groups of three digits that follow it, and returns the
// index of the last shared token joined.
func (r *Reader) joinGroups(dst []token, nt *token, ts *tok.Stream, i int) int {
	toks := ts.Tokens
	end := nt.end
	k, spaced := r.groupsEnd(dst, nt, ts, i)
	// "+1 202 555 0143", "5 100 200 7": numbers in a row after ordinary
	// spaces are a list or a telephone number.
	if spaced && k+1 < len(toks) && toks[k+1].Kind == tok.Number && toks[k+1].Space {
		k, nt.end, nt.grouped = i, end, false
	}
	return k
}

// groupsEnd joins the groups after the number nt at shared token i and
// returns the last shared token joined, and whether a group came after an
// ordinary space.
func (r *Reader) groupsEnd(dst []token, nt *token, ts *tok.Stream, i int) (k int, spaced bool) {
	text, toks := ts.Text, ts.Tokens
	k = i
	for k+1 < len(toks) {
		j := k + 1
		sep := toks[j]
		switch {
		case sep.Kind == tok.Punct && !sep.Space && j+1 < len(toks) && !toks[j+1].Space && toks[j+1].Kind == tok.Number && isGroupMark(text[sep.Start:sep.End]):
			if !isGroup(text[toks[j+1].Start:toks[j+1].End], true) {
				return k, spaced
			}
			k = j + 1
		case sep.Kind == tok.Punct && !sep.Space && text[sep.Start:sep.End] == "," && j+1 < len(toks) && toks[j+1].Space &&
			toks[j+1].Kind == tok.Number && text[toks[j+1].Start:toks[j+1].End] == "000":
			// "left 300, 000 homeless": a group split by a stray space;
			// no list holds a figure written "000".
			k = j + 1
		case sep.Kind == tok.Number && sep.Space:
			gap := text[toks[k].End:sep.Start]
			g := text[sep.Start:sep.End]
			switch gap {
			case "\u00a0", "\u202f", "\u2009":
				if !isGroup(g, true) {
					return k, spaced
				}
			case " ":
				if len(g) != 3 || !isAllDigits(g) || !r.spaceGroupOK(dst, ts, i, j) {
					return k, spaced
				}
				spaced = true
			default:
				return k, spaced
			}
			k = j
		default:
			return k, spaced
		}
		nt.end, nt.grouped = toks[k].End, true
	}
	return k, spaced
}

// isGroupMark reports whether s groups digits: a thin space, a narrow
// no-break space or an apostrophe.
func isGroupMark(s string) bool {
	switch s {
	case "\u2009", "\u202f", "'", "’":
		return true
	}
	return false
}

// isGroup reports whether g is a group of three digits, followed (when
// tail is true) by a decimal part or a letter suffix: "200", "234,5",
// "000bn".
func isGroup(g string, tail bool) bool {
	if len(g) < 3 || !isDigit(g[0]) || !isDigit(g[1]) || !isDigit(g[2]) {
		return false
	}
	if len(g) == 3 {
		return true
	}
	return tail && (g[3] == '.' || g[3] == ',' || isLetter(g[3]))
}

// spaceGroupOK reports whether the group of three digits at shared token
// j, after an ordinary space, may join the number that starts at shared
// token i: nothing but punctuation that ends a figure follows it, and
// neither a number nor a month stands before the number.
func (r *Reader) spaceGroupOK(dst []token, ts *tok.Stream, i, j int) bool {
	toks := ts.Tokens
	if len(dst) > 0 {
		p := &dst[len(dst)-1]
		if p.kind == tokNum || p.info != nil && p.info.month > 0 {
			return false
		}
	}
	if j+1 < len(toks) && !toks[j+1].Space {
		switch ts.Text[toks[j+1].Start:toks[j+1].End] {
		case ",", ".", ";", ":", ")", "%", "!", "?", "\"", "”":
		default:
			return false
		}
	}
	return true
}

// isScale reports whether w is a scale word: "million", "trillion".
func (r *Reader) isScale(w string) bool {
	wi := r.table.find(w)
	return wi != nil && wi.num != nil && wi.num.kind == numScale
}

// splitCode reads a word that is a currency code against its figure,
// such as "USD1,700" or "RM3.06mil", at shared token i. It appends the
// code and the number as two tokens and returns dst and the index of the
// last shared token the number takes; ok is false when the word is not
// such a code.
func (r *Reader) splitCode(dst []token, ts *tok.Stream, i int) ([]token, int, bool) {
	text, toks := ts.Text, ts.Tokens
	t := &toks[i]
	s, e := int(t.Start), int(t.End)
	p := s
	for p < e && isLetter(text[p]) {
		p++
	}
	if p == s || p == e || p-s > 4 || !isDigit(text[p]) {
		return dst, i, false
	}
	wi := r.table.find(text[s:p])
	if wi == nil || wi.code == 0 {
		return dst, i, false
	}
	// The code stands alone ("USD") or completes a symbol against it
	// ("$US", "$A").
	alone := wi.code&codeAlone != 0
	afterSym := false
	if !alone && wi.code&codeAfterSymbol != 0 && !t.Space && len(dst) > 0 {
		q := &dst[len(dst)-1]
		if q.kind == tokPunct && q.info != nil {
			for _, ph := range q.info.currPre.ps {
				if len(ph.words) == 2 && eqFold(text[s:p], ph.words[1]) {
					afterSym = true
					break
				}
			}
		}
	}
	if !alone && !afterSym {
		return dst, i, false
	}
	ne := tok.NumberEnd(text, p)
	if ne < e {
		return dst, i, false
	}
	if ne == p+1 && !(i+1 < len(toks) && toks[i+1].Kind == tok.Word && r.isScale(text[toks[i+1].Start:toks[i+1].End])) {
		return dst, i, false // "PS5": a name; "INR1 trillion" is money
	}
	dst = append(dst,
		token{start: t.Start, end: int32(p), kind: tokWord, space: t.Space, cap: t.Cap, info: wi},
		token{start: int32(p), end: int32(ne), kind: tokNum})
	k := i
	for k+1 < len(toks) && int(toks[k+1].Start) < ne {
		k++
	}
	return dst, k, true
}
