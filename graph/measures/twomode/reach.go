package twomode

import (
	"github.com/tiesnet/ties/graph/internal/unionfind"
)

// The figures of the projection onto people of every group, computed
// through the bipartite structure: a group of m members implies m(m−1)/2
// pairs (one of 16 000 members, 128 million), which are never listed.
// Each equals the same figure of the materialised projection
// (graph.Network.Projection without a cap), which the tests check.

// Components returns each person's connected component in the projection
// of every group (people who share a group are joined, through any chain
// of groups), numbered 0, 1, … in order of each component's first person,
// and the number of components; a person in no group of two or more is a
// component of their own. The work is the number of memberships.
func (b *Bipartite) Components() (comp []int32, count int) {
	n := b.NPeople()
	sets := unionfind.New(n)
	for _, grp := range b.Groups {
		if len(grp.Members) < 2 {
			continue
		}
		root := int32(grp.Members[0])
		for _, v := range grp.Members[1:] {
			root, _ = sets.Union(root, int32(v))
		}
	}
	comp = make([]int32, n)
	label := make([]int32, n)
	for i := range label {
		label[i] = -1
	}
	for i := range n {
		r := sets.Find(int32(i))
		if label[r] < 0 {
			label[r] = int32(count)
			count++
		}
		comp[i] = label[r]
	}
	return comp, count
}

// Reach returns, for every person, the number of steps from src in the
// projection of every group (1: shares a group with src; 2: shares one
// with someone who does; …), 0 for src and −1 for the people src does not
// reach. It is a breadth-first search through the bipartite structure:
// each group is opened once, when its first member is reached, so the
// work is the number of memberships, however large the groups.
func (b *Bipartite) Reach(src int) []int32 {
	n := b.NPeople()
	dist := make([]int32, n)
	for i := range dist {
		dist[i] = -1
	}
	opened := make([]bool, len(b.Groups))
	dist[src] = 0
	queue := []int32{int32(src)}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for _, g := range b.GroupsOf(int(u)) {
			if opened[g] {
				continue
			}
			opened[g] = true
			for _, v := range b.Groups[g].Members {
				if dist[v] < 0 {
					dist[v] = dist[u] + 1
					queue = append(queue, int32(v))
				}
			}
		}
	}
	return dist
}

// ReachCounts returns how many people are reached from src at 1, 2, …
// steps in the projection of every group (Reach), up to the farthest one;
// empty when src shares no group with anybody.
func (b *Bipartite) ReachCounts(src int) []int {
	var out []int
	for _, d := range b.Reach(src) {
		if d <= 0 {
			continue
		}
		for len(out) < int(d) {
			out = append(out, 0)
		}
		out[d-1]++
	}
	return out
}
