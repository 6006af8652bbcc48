package change

import (
	"slices"

	"github.com/tiesnet/ties/graph"
)

// match pairs the contacts of two exports: by id, then the rest by full
// name and the day the tie to the ego began, when both are known and the
// key is unique on both sides among the unmatched. It returns the kept
// pairs (in after's order), those matched the second way, and the
// dropped (before) and added (after) contacts, ascending.
func match(before, after *graph.Network, cb, ca []int) (kept, rematched []Pair, dropped, added []int) {
	inBefore := make(map[int]bool, len(cb))
	for _, i := range cb {
		inBefore[i] = true
	}
	matchedBefore := map[int]bool{}
	var left []int // after's contacts not matched by id
	for _, j := range ca {
		if i, ok := before.Index(after.People[j].ID); ok && inBefore[i] && i != before.Ego {
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
