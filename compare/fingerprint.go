package compare

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims/norm"
)

// Fingerprints: the ids of findings, from what their claims say.

// fingerprint identifies a finding by its verdict, its fact and the
// distinct values that make the verdict (for framing_differs, the
// distinct loaded words), not by which documents give them or where:
// adding a report that repeats a figure already there, moving a
// paragraph or editing another sentence keeps the id, and with it a
// reviewer's decision; a new figure or a new word makes a new finding
// to review. A single-source finding is also told by its document and
// sentence.
func fingerprint(f *Finding) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00", f.Verdict, f.Kind, f.Fact)
	keys := make([]string, 0, len(f.Claims))
	for i := range f.Claims {
		c := &f.Claims[i]
		if f.Verdict == FramingDiffers {
			for _, fw := range c.Framing {
				keys = append(keys, fw.String())
			}
			continue
		}
		k := valueKey(c.Value)
		if f.Verdict == SingleSource {
			// One report's figure is that report's: two reports that each
			// give a figure no other compares with are two findings.
			k = c.Doc + "\x00" + strings.Join(strings.Fields(c.Text), " ") + "\x00" + k
		}
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range slices.Compact(keys) {
		h.Write([]byte(k))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
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
