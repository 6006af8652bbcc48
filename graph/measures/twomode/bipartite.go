package twomode

import (
	"slices"

	"github.com/tiesnet/ties/graph"
)

// Bipartite is the two-mode network people × groups as adjacency lists in
// both directions: each group's members and each person's groups, both
// ascending. It is the memberships view of an analysis: every two-mode
// figure is computed through it, and the person–person projection, whose
// size grows with the square of group sizes, is never stored in it.
type Bipartite struct {
	// Groups are the groups of graph.Network.Affiliations: the named
	// networks in the model's order, then (with an organisation attribute)
	// one group per organisation.
	Groups []Group
	// NNetworks is how many of Groups are named networks (the rest are
	// organisations).
	NNetworks int
	// person → groups, compressed: the groups of person i are
	// of[off[i]:off[i+1]].
	off []int
	of  []int32
}

// NewBipartite builds the memberships view of nw: its networks and, when
// opt names an organisation attribute, its organisations. Groups above
// opt.MaxGroupSize are included: they count in every two-mode figure; only
// the projection leaves them out.
func NewBipartite(nw *graph.Network, opt graph.ProjectionOptions) *Bipartite {
	n := len(nw.People)
	affs := nw.Affiliations(opt)
	b := &Bipartite{Groups: make([]Group, len(affs)), NNetworks: len(nw.Groups), off: make([]int, n+1)}
	for g, a := range affs {
		members := slices.Clone(a.Members)
		slices.Sort(members)
		b.Groups[g] = Group{Name: a.Name, Size: len(members), Members: members, Organization: a.Organization}
		for _, i := range members {
			b.off[i+1]++
		}
	}
	for i := 0; i < n; i++ {
		b.off[i+1] += b.off[i]
	}
	b.of = make([]int32, b.off[n])
	fill := slices.Clone(b.off[:n])
	for g, grp := range b.Groups {
		for _, i := range grp.Members {
			b.of[fill[i]] = int32(g)
			fill[i]++
		}
	}
	return b
}

// NPeople is the number of people (the first mode).
func (b *Bipartite) NPeople() int { return len(b.off) - 1 }

// GroupsOf returns the groups person i belongs to, ascending. The slice
// must not be changed.
func (b *Bipartite) GroupsOf(i int) []int32 { return b.of[b.off[i]:b.off[i+1]] }

// Memberships is the number of person–group pairs.
func (b *Bipartite) Memberships() int { return len(b.of) }

// ProjectOptions choose which groups the projection uses and how a shared
// group weighs.
type ProjectOptions struct {
	// MaxGroupSize leaves out groups with more members (0: no cap).
	MaxGroupSize int
	// Newman weighs a shared group 1/(size − 1) instead of 1.
	Newman bool
}

// projects reports whether a group of this size makes pairs.
func (o ProjectOptions) projects(size int) bool {
	return size >= 2 && (o.MaxGroupSize == 0 || size <= o.MaxGroupSize)
}

// weight is what one shared group of this size adds to a pair.
func (o ProjectOptions) weight(size int) float64 {
	if o.Newman {
		return 1 / float64(size-1)
	}
	return 1
}

// EachPair calls fn for every pair of people who share at least one
// projected group, with the number of groups they share and the pair's
// weight (nx.bipartite.weighted_projected_graph, or Newman's weighting).
// The pairs are visited in order of rank: a before b in rank, a's pairs
// in the rank order of b, where rank[i] is person i's position (nil: the
// index order). Nothing but one person's accumulators is held: the work is
// the sum of squared group sizes, the memory O(people).
func (b *Bipartite) EachPair(opt ProjectOptions, rank []int32, fn func(a, b, shared int, weight float64)) {
	n := b.NPeople()
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	for i, r := range rank {
		order[r] = int32(i)
	}
	before := func(x, y int) bool {
		if rank == nil {
			return x < y
		}
		return rank[x] < rank[y]
	}
	acc := make([]float64, n)
	cnt := make([]int32, n)
	var touched []int32
	for _, u32 := range order {
		u := int(u32)
		for _, g := range b.GroupsOf(u) {
			grp := &b.Groups[g]
			if !opt.projects(grp.Size) {
				continue
			}
			w := opt.weight(grp.Size)
			for _, v := range grp.Members {
				if !before(u, v) {
					continue
				}
				if cnt[v] == 0 {
					touched = append(touched, int32(v))
				}
				acc[v] += w
				cnt[v]++
			}
		}
		if rank == nil {
			slices.Sort(touched)
		} else {
			slices.SortFunc(touched, func(x, y int32) int { return int(rank[x]) - int(rank[y]) })
		}
		for _, v := range touched {
			fn(u, int(v), int(cnt[v]), acc[v])
			acc[v], cnt[v] = 0, 0
		}
		touched = touched[:0]
	}
}
