package compare

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/norm"
)

// Fingerprints: the ids of findings, from what their claims say.

// fingerprint identifies a finding by its fact and by what its claims say
// (document, sentence, quoted words, value, framing), not by where they
// stand: moving a paragraph or editing another sentence keeps it.
func fingerprint(f *Finding) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00", f.Kind, f.Fact)
	lines := make([]string, 0, len(f.Claims))
	for _, c := range f.Claims {
		lines = append(lines, strings.Join([]string{c.Doc, strings.Join(strings.Fields(c.Text), " "), c.Quote,
			valueKey(c.Value), framingKey(c.Framing)}, "\x00"))
	}
	sort.Strings(lines)
	for _, l := range lines {
		h.Write([]byte(l))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// framingKey joins framing words as "frame:word,...".
func framingKey(fws []claims.FramingWord) string {
	parts := make([]string, len(fws))
	for i, fw := range fws {
		parts[i] = fw.String()
	}
	return strings.Join(parts, ",")
}

// valueKey is a string equal for equal values, quick to build.
func valueKey(v norm.Value) string {
	return string(appendValueKey(make([]byte, 0, 64), v))
}

func appendValueKey(b []byte, v norm.Value) []byte {
	f := func(x float64) { b = strconv.AppendFloat(append(b, ' '), x, 'g', -1, 64) }
	n := func(x int) { b = strconv.AppendInt(append(b, ' '), int64(x), 10) }
	d := func(x norm.Date) { n(x.Year); n(x.Month); n(x.Day) }
	t := func(x bool) { b = strconv.AppendBool(append(b, ' '), x) }
	str := func(x string) { b = append(append(b, ' '), x...) }
	switch {
	case v.Quantity != nil:
		q := v.Quantity
		b = append(b, 'q')
		f(q.Low)
		f(q.High)
		f(q.Stated)
		t(q.LowOpen)
		t(q.HighOpen)
		t(q.HasStated)
		n(int(q.Qualifier))
		n(int(q.Class))
		str(q.Unit)
		if q.Whole != nil {
			b = appendValueKey(append(b, " of"...), norm.Value{Quantity: q.Whole})
		}
	case v.Time != nil:
		tm := v.Time
		b = append(b, 't')
		d(tm.Start)
		d(tm.End)
		t(tm.Anchored)
		str(tm.Weekday)
		str(tm.Relative)
		t(tm.Since)
		str(tm.Anchor)
	case v.Duration != nil:
		b = append(b, 'd')
		f(v.Duration.MinDays)
		f(v.Duration.MaxDays)
		str(v.Duration.ISO)
		t(v.Duration.Vague)
	}
	return b
}
