package compare

import (
	"cmp"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/claimcheck/claimcheck/claims"
)

// Compare groups claims that speak of the same fact and judges each group.
// Claims are first blocked by kind, measure, subject and event type, then
// grouped inside each block by event time, so the work grows with the
// number of claims times the size of the largest block, not with its
// square. Claims about different events are never compared: an event
// with no known type or time is a fact of its own.
//
// Findings are sorted by verdict (most serious first), kind, fact and id;
// the result depends only on the claims, not on their order.
func Compare(cs []claims.Claim) []Finding {
	// Sort pointers, not the claims themselves: a claim is large.
	sorted := make([]*claims.Claim, len(cs))
	for i := range cs {
		sorted[i] = &cs[i]
	}
	slices.SortFunc(sorted, claimOrder)
	names := candidateNames(sorted)
	blocks := map[string][]int{}
	var keys []string
	for i := range sorted {
		k := blockKey(sorted[i], names)
		if _, ok := blocks[k]; !ok {
			keys = append(keys, k)
		}
		blocks[k] = append(blocks[k], i)
	}
	sort.Strings(keys)
	var groups [][]int
	words := map[string][]int{} // loaded words by frame and event, all referents
	var wkeys []string
	for _, k := range keys {
		if b := blocks[k]; sorted[b[0]].Kind.Info().Value == claims.WordsValue {
			c := sorted[b[0]]
			wk := c.Kind.String() + "|" + c.Measure + "|" + c.Event.Key
			if _, ok := words[wk]; !ok {
				wkeys = append(wkeys, wk)
			}
			words[wk] = append(words[wk], b...)
			continue
		}
		for _, g := range groupByEvent(sorted, blocks[k]) {
			groups = append(groups, byScope(sorted, g)...)
		}
	}
	for _, wk := range wkeys {
		groups = append(groups, byReferent(sorted, words[wk])...)
	}
	// Groups are judged apart from each other, on all cores; each
	// finding goes to its group's place, so the order does not depend on
	// the scheduling.
	judged := make([][]Finding, len(groups))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(groups)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(groups) {
					return
				}
				group := make([]claims.Claim, len(groups[i]))
				for j, ci := range groups[i] {
					group[j] = *sorted[ci]
				}
				fs := judge(group)
				for k := range fs {
					fs[k].ID = fingerprint(&fs[k])
				}
				judged[i] = fs
			}
		}()
	}
	wg.Wait()
	var out []Finding
	for _, fs := range judged {
		for _, f := range fs {
			if f.Kind.Info().Value == claims.WordsValue && f.Verdict != FramingDiffers {
				// Loaded words are reported where sources word one
				// thing differently, not where one source uses them.
				continue
			}
			out = append(out, f)
		}
	}
	// Sort pointers, not findings: a finding is large to swap.
	ptrs := make([]*Finding, len(out))
	for i := range out {
		ptrs[i] = &out[i]
	}
	slices.SortFunc(ptrs, func(a, b *Finding) int {
		return cmp.Or(cmp.Compare(a.Verdict, b.Verdict), cmp.Compare(a.Kind, b.Kind),
			cmp.Compare(a.Fact, b.Fact), cmp.Compare(a.ID, b.ID), claimOrder(&a.Claims[0], &b.Claims[0]))
	})
	sortedOut := make([]Finding, len(out))
	for i, p := range ptrs {
		sortedOut[i] = *p
	}
	out = sortedOut
	// The same sentence twice in one document gives two findings with one
	// fingerprint: number the repeats so that ids stay unique.
	seen := make(map[string]int, len(out))
	for i := range out {
		id := out[i].ID
		if n := seen[id]; n > 0 {
			out[i].ID = fmt.Sprintf("%s-%d", id, n+1)
		}
		seen[id]++
	}
	return out
}

// claimOrder sorts claims by document and position.
func claimOrder(a, b *claims.Claim) int {
	return cmp.Or(cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.Start, b.Start),
		cmp.Compare(a.QuoteStart, b.QuoteStart), cmp.Compare(a.Kind, b.Kind))
}
