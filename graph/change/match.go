package change

import (
	"slices"

	"github.com/tiesnet/ties/graph"
)

// match pairs the contacts of two exports: contacts whose name another
// contact of either export shares first by name and the day the tie to
// the ego began (their ids are numbered in file order, ann-berg and
// ann-berg-2, and shift when one leaves), then by id, then the rest by
// name and day again, when both are known and the key is unique on both
// sides among the unmatched. It returns the kept pairs (in after's order),
// those matched by name and day for want of an id, and the dropped
// (before) and added (after) contacts, ascending.
func match(before, after *graph.Network, cb, ca []int) (kept, rematched []Pair, dropped, added []int) {
	inBefore := make(map[int]bool, len(cb))
	for _, i := range cb {
		inBefore[i] = true
	}
	matchedBefore := map[int]bool{}
	byKey := sameNamePairs(before, after, cb, ca) // after -> before
	pairedByKey := make(map[int]bool, len(byKey))
	for _, i := range byKey {
		pairedByKey[i] = true
	}
	var left []int // after's contacts not matched by id
	for _, j := range ca {
		if i, ok := byKey[j]; ok {
			kept = append(kept, Pair{i, j})
			matchedBefore[i] = true
			continue
		}
		if i, ok := before.Index(after.People[j].ID); ok && inBefore[i] && i != before.Ego && !matchedBefore[i] && !pairedByKey[i] {
			kept = append(kept, Pair{i, j})
			matchedBefore[i] = true
			continue
		}
		left = append(left, j)
	}
	var gone []int
	for _, i := range cb {
		if !matchedBefore[i] {
			gone = append(gone, i)
		}
	}
	type key struct {
		name  string
		since graph.Date
	}
	keys := func(nw *graph.Network, ps []int) map[key][]int {
		if nw.Ego < 0 {
			return nil
		}
		starts := nw.TieStarts(nw.Ego)
		out := map[key][]int{}
		for _, p := range ps {
			if k := (key{nw.People[p].Name, starts[p]}); k.name != "" && !k.since.IsZero() {
				out[k] = append(out[k], p)
			}
		}
		return out
	}
	kb, ka := keys(before, gone), keys(after, left)
	again := map[int]int{} // after -> before
	for k, js := range ka {
		if is := kb[k]; len(is) == 1 && len(js) == 1 {
			again[js[0]] = is[0]
		}
	}
	rematchedBefore := map[int]bool{}
	for _, j := range left {
		if i, ok := again[j]; ok {
			kept = append(kept, Pair{i, j})
			rematched = append(rematched, Pair{i, j})
			rematchedBefore[i] = true
			continue
		}
		added = append(added, j)
	}
	for _, i := range gone {
		if !rematchedBefore[i] {
			dropped = append(dropped, i)
		}
	}
	byAfter := func(a, b Pair) int { return a.After - b.After }
	slices.SortFunc(kept, byAfter)
	slices.SortFunc(rematched, byAfter)
	return kept, rematched, dropped, added
}

// sameNamePairs pairs the contacts whose name is shared by another contact
// in either export, by name and the day the tie to the ego began, where
// that key is known and unique on both sides (after -> before).
func sameNamePairs(before, after *graph.Network, cb, ca []int) map[int]int {
	out := map[int]int{}
	if before.Ego < 0 || after.Ego < 0 {
		return out
	}
	count := map[string]int{}
	for _, i := range cb {
		count[before.People[i].Name]++
	}
	countAfter := map[string]int{}
	for _, j := range ca {
		countAfter[after.People[j].Name]++
	}
	type key struct {
		name  string
		since graph.Date
	}
	sb, sa := before.TieStarts(before.Ego), after.TieStarts(after.Ego)
	kb, ka := map[key][]int{}, map[key][]int{}
	for _, i := range cb {
		if n := before.People[i].Name; n != "" && (count[n] > 1 || countAfter[n] > 1) && !sb[i].IsZero() {
			kb[key{n, sb[i]}] = append(kb[key{n, sb[i]}], i)
		}
	}
	for _, j := range ca {
		if n := after.People[j].Name; n != "" && (count[n] > 1 || countAfter[n] > 1) && !sa[j].IsZero() {
			ka[key{n, sa[j]}] = append(ka[key{n, sa[j]}], j)
		}
	}
	for k, js := range ka {
		if is := kb[k]; len(is) == 1 && len(js) == 1 {
			out[js[0]] = is[0]
		}
	}
	return out
}
