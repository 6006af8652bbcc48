package twomode

import (
	"encoding/binary"
	"math/bits"
	"slices"
)

// Degrees returns each person's degree and strength in the projection of
// every group, whatever its size: the number of distinct people who share
// a group with them, and the sum of the pair weights, Σ_g (size_g − 1)·w_g
// over their groups (w_g = 1, or Newman's 1/(size_g − 1)).
//
// A person's degree is the size of the union of their groups, less
// themself, so it depends only on the set of groups: people with the same
// set (most members of a member list share theirs with others) are
// counted once. The union of a set G of k groups is counted in one of two
// ways, whichever looks at fewer memberships:
//
//   - walking: the members of every group but the largest, each counted
//     unless they are in the largest too (found in the member's own short
//     list of groups), so the largest group is never walked;
//   - inclusion–exclusion, |∪G| = Σ_{∅≠S⊆G} (−1)^{|S|+1} N(S), where N(S)
//     is the number of people in every group of S: a group's size for one
//     group, the group projection's shared count for two, and for three or
//     more a walk over the smallest group of S, remembered for other sets.
//
// Walking costs the sizes of all groups but the largest; inclusion–
// exclusion about the sizes of the smaller groups times 2^k. On a member
// list with a few very large networks (a national association's, 160 000
// members beside others of 100 000) walking would look at billions of
// memberships where inclusion–exclusion looks at a few sets; on sets of
// many similar groups walking wins.
func (b *Bipartite) Degrees(newman bool) (degree []int, strength []float64) {
	return b.degrees(newman, nil)
}

// degrees is Degrees with the group projection when already made (nil:
// made when needed).
func (b *Bipartite) degrees(newman bool, pairs []GroupEdge) (degree []int, strength []float64) {
	n := b.NPeople()
	degree = make([]int, n)
	strength = make([]float64, n)
	u := &unionCounter{b: b, common: map[string]int{}, pairs: pairs}
	var gs []int32
	var key []byte
	union := map[string]int{}
	for i := range n {
		gs = gs[:0]
		for _, g := range b.GroupsOf(i) {
			s := b.Groups[g].Size
			if s < 2 {
				continue
			}
			if newman {
				strength[i]++
			} else {
				strength[i] += float64(s - 1)
			}
			gs = append(gs, g)
		}
		switch len(gs) {
		case 0:
			continue
		case 1:
			degree[i] = b.Groups[gs[0]].Size - 1
			continue
		}
		key = groupKey(key[:0], gs)
		size, ok := union[string(key)]
		if !ok {
			size = u.size(gs)
			union[string(key)] = size
		}
		degree[i] = size - 1
	}
	return degree, strength
}

// groupKey appends a set of groups to key as bytes, for a map.
func groupKey(key []byte, gs []int32) []byte {
	for _, g := range gs {
		key = binary.LittleEndian.AppendUint32(key, uint32(g))
	}
	return key
}

// unionCounter counts the people in the union of sets of groups.
type unionCounter struct {
	b    *Bipartite
	mark []int32 // walking: the set last seen each person, by stamp
	// stamp numbers the walks, so that mark need not be cleared.
	stamp int32
	// common remembers N(S) for sets of three or more groups.
	common map[string]int
	pairs  []GroupEdge // the group projection, sorted by (A, B)
}

// maxExclusion is the largest set of groups counted by
// inclusion–exclusion (2^k − 1 terms).
const maxExclusion = 16

// size returns |∪gs| for a sorted set of at least two groups.
func (u *unionCounter) size(gs []int32) int {
	if u.exclusionCost(gs) < u.walkCost(gs) {
		return u.exclusion(gs)
	}
	return u.walk(gs)
}

// walkCost is the memberships walking looks at: all groups but the largest.
func (u *unionCounter) walkCost(gs []int32) int {
	total, largest := 0, 0
	for _, g := range gs {
		s := u.b.Groups[g].Size
		total += s
		largest = max(largest, s)
	}
	return total - largest
}

// exclusionCost estimates what inclusion–exclusion looks at: for every
// set of three or more groups a walk of its smallest group (group j in
// ascending order of size is the smallest of 2^(k−1−j) − (k−j) such
// sets), and a lookup for every set.
func (u *unionCounter) exclusionCost(gs []int32) int {
	k := len(gs)
	if k > maxExclusion {
		return int(^uint(0) >> 1)
	}
	sizes := make([]int, k)
	for j, g := range gs {
		sizes[j] = u.b.Groups[g].Size
	}
	slices.Sort(sizes)
	cost := 1 << k
	for j, s := range sizes {
		rest := k - 1 - j // larger groups after j
		cost += s * ((1 << rest) - 1 - rest)
	}
	return cost
}

// walk counts the members of every group but the largest that are not in
// the largest, and adds the largest.
func (u *unionCounter) walk(gs []int32) int {
	b := u.b
	if u.mark == nil {
		u.mark = make([]int32, b.NPeople())
	}
	largest := gs[0]
	for _, g := range gs[1:] {
		if b.Groups[g].Size > b.Groups[largest].Size {
			largest = g
		}
	}
	u.stamp++
	count := b.Groups[largest].Size
	for _, g := range gs {
		if g == largest {
			continue
		}
		for _, v := range b.Groups[g].Members {
			if u.mark[v] == u.stamp {
				continue
			}
			u.mark[v] = u.stamp
			if _, in := slices.BinarySearch(b.GroupsOf(v), largest); !in {
				count++
			}
		}
	}
	return count
}

// exclusion is |∪gs| by inclusion–exclusion over the non-empty subsets.
func (u *unionCounter) exclusion(gs []int32) int {
	total := 0
	sub := make([]int32, 0, len(gs))
	for mask := uint32(1); mask < 1<<len(gs); mask++ {
		sub = sub[:0]
		for m := mask; m != 0; m &= m - 1 {
			sub = append(sub, gs[bits.TrailingZeros32(m)])
		}
		c := u.inAll(sub)
		if len(sub)%2 == 1 {
			total += c
		} else {
			total -= c
		}
	}
	return total
}

// inAll is N(S): the number of people in every group of the sorted set s.
func (u *unionCounter) inAll(s []int32) int {
	b := u.b
	switch len(s) {
	case 1:
		return b.Groups[s[0]].Size
	case 2:
		if u.pairs == nil {
			u.pairs = groupProjection(b.off, b.of)
		}
		k, found := slices.BinarySearchFunc(u.pairs, [2]int32{s[0], s[1]}, func(e GroupEdge, t [2]int32) int {
			if e.A != int(t[0]) {
				return e.A - int(t[0])
			}
			return e.B - int(t[1])
		})
		if !found {
			return 0
		}
		return u.pairs[k].Shared
	}
	key := string(groupKey(nil, s))
	if c, ok := u.common[key]; ok {
		return c
	}
	smallest := s[0]
	for _, g := range s[1:] {
		if b.Groups[g].Size < b.Groups[smallest].Size {
			smallest = g
		}
	}
	c := 0
	for _, v := range b.Groups[smallest].Members {
		if containsAll(b.GroupsOf(v), s) {
			c++
		}
	}
	u.common[key] = c
	return c
}

// containsAll reports whether the sorted list has every group of the
// sorted set s.
func containsAll(list, s []int32) bool {
	j := 0
	for _, g := range list {
		if j < len(s) && g == s[j] {
			j++
		} else if j < len(s) && g > s[j] {
			return false
		}
	}
	return j == len(s)
}
