package twomode

import (
	"slices"

	"github.com/tiesnet/ties/graph"
)

// Group is one group of the two-mode network.
type Group struct {
	Name    string
	Size    int   // number of members
	Members []int // person indices, ascending
	// Organization marks a group made from a shared attribute value
	// (graph.ProjectionOptions.OrganizationAttribute), not from memberships.
	Organization bool
}

// GroupEdge is an edge of the group projection: groups A < B (indices into
// Result.Groups) share Shared members.
type GroupEdge struct{ A, B, Shared int }

// Result is the analysis of a two-mode network.
type Result struct {
	// Groups are the groups of the memberships view (Bipartite.Groups):
	// the named groups, then organisations when the options name an
	// organisation attribute. Groups above the size cap are listed too.
	Groups []Group
	// Memberships is the number of person–group pairs.
	Memberships int
	// PersonGroupCount is the number of groups each person is in.
	PersonGroupCount []int
	// Pairs, Degree, Strength and Components describe the projection onto
	// people of every group, those above the size cap included (the cap
	// keeps a group's pairs out of the ties the measures use, not out of
	// these figures). They are computed through the memberships
	// (Bipartite.Degrees, Bipartite.Components); the projection's edges are
	// never stored (Bipartite.EachPair visits them).
	//
	// Pairs is the number of edges of the projection: pairs of people who
	// share at least one group.
	Pairs int
	// Degree and Strength are each person's unweighted and weighted degree
	// in the projection (weight 1 per shared group, or Newman's
	// 1/(size − 1); 0 for people sharing no group).
	Degree   []int
	Strength []float64
	// Components is the number of connected components of the projection,
	// a person in no group of two or more counting as one;
	// LargestComponent the people in the largest.
	Components, LargestComponent int
	// ImpliedPairs is Σ_g C(size_g, 2) over every group: the pairs the
	// groups imply, a pair counted once per group it shares (Σ of the
	// shared counts over the projection's edges).
	ImpliedPairs int64
	// AboveCap lists the groups above the size cap (ProjectOptions), the
	// largest first (in group order among equals): they count in these
	// figures but make no ties in the structure view. Empty without a cap.
	AboveCap []int
	// Reach[d−1] is the number of people one person (the ego) reaches at
	// d steps in the projection of every group (Bipartite.ReachCounts);
	// AnalyzeBipartite leaves it nil for the caller to fill.
	Reach []int
	// GroupProjection are the edges between groups that share at least one
	// member, weight = number of shared members, sorted by (A, B). It is
	// networkx weighted_projected_graph(B, groups); every group takes part,
	// also those above the size cap (the cap guards the person projection,
	// which grows with the square of group size).
	GroupProjection []GroupEdge
	// Dominant is the group that alone creates the largest share of the
	// pairs that join the measures: a group of s members (2 ≤ s, within
	// the cap)
	// contributes C(s,2) = s(s−1)/2 person pairs, and the projection's pair
	// total Σ_g C(s_g,2) equals the sum of shared-group counts over its
	// edges. Dominant is the group with the largest C(s,2) (the first in
	// order on a tie), or -1 when no group creates a pair.
	Dominant int
	// DominantShare = C(s_Dominant, 2) / Σ_g C(s_g, 2), in (0, 1]; 0 when
	// Dominant = -1. It counts pairs, not weights, also with Newman's
	// weighting. Above DominanceWarning, one group makes most of the ties.
	DominantShare float64
}

// DominanceWarning is the share of projected pairs above which the output
// warns that one group dominates the ties.
const DominanceWarning = 0.5

// Dominates reports whether one group creates more than DominanceWarning
// of the projected person pairs.
func (r Result) Dominates() bool { return r.Dominant >= 0 && r.DominantShare > DominanceWarning }

// Analyze analyses the two-mode network of nw with the projection options
// opt (NewBipartite, then AnalyzeBipartite). Duplicate memberships count
// once (graph.Network.AddMember keeps one); roles are ignored.
func Analyze(nw *graph.Network, opt graph.ProjectionOptions) Result {
	return AnalyzeBipartite(NewBipartite(nw, opt), ProjectOptions{MaxGroupSize: opt.MaxGroupSize, Newman: opt.Newman})
}

// AnalyzeBipartite analyses a memberships view. opt's cap chooses the
// groups whose pairs join the measures (Dominant, AboveCap); every other
// figure counts every group.
func AnalyzeBipartite(b *Bipartite, opt ProjectOptions) Result {
	n := b.NPeople()
	r := Result{
		Groups:           b.Groups,
		Memberships:      b.Memberships(),
		PersonGroupCount: make([]int, n),
		Dominant:         -1,
	}
	for i := range n {
		r.PersonGroupCount[i] = len(b.GroupsOf(i))
	}
	r.GroupProjection = groupProjection(b.off, b.of)
	r.Degree, r.Strength = b.degrees(opt.Newman, r.GroupProjection)
	sum := 0
	for _, d := range r.Degree {
		sum += d
	}
	r.Pairs = sum / 2
	comp, count := b.Components()
	r.Components = count
	sizes := make([]int, count)
	for _, c := range comp {
		sizes[c]++
	}
	if count > 0 {
		r.LargestComponent = slices.Max(sizes)
	}

	var total, best int64
	for g, grp := range r.Groups {
		s := int64(grp.Size)
		r.ImpliedPairs += s * (s - 1) / 2
		if opt.MaxGroupSize > 0 && grp.Size > opt.MaxGroupSize {
			r.AboveCap = append(r.AboveCap, g)
		}
		if !opt.projects(grp.Size) {
			continue
		}
		pairs := s * (s - 1) / 2
		total += pairs
		if pairs > best {
			best, r.Dominant = pairs, g
		}
	}
	slices.SortStableFunc(r.AboveCap, func(x, y int) int { return r.Groups[y].Size - r.Groups[x].Size })
	if total > 0 {
		r.DominantShare = float64(best) / float64(total)
	}
	return r
}

// groupProjection counts, for every pair of groups, the people in both:
// each person in groups g1 < g2 < … adds one to every pair of them. Pair
// keys are collected, sorted and counted, which takes
// O(Σ_i C(groups_i, 2) log) time without a map.
func groupProjection(off []int, groupsOf []int32) []GroupEdge {
	var keys []uint64
	for i := 0; i+1 < len(off); i++ {
		gs := groupsOf[off[i]:off[i+1]]
		for x, a := range gs {
			for _, b := range gs[x+1:] {
				keys = append(keys, uint64(a)<<32|uint64(b))
			}
		}
	}
	slices.Sort(keys)
	var out []GroupEdge
	for k := 0; k < len(keys); {
		j := k
		for j < len(keys) && keys[j] == keys[k] {
			j++
		}
		out = append(out, GroupEdge{A: int(keys[k] >> 32), B: int(keys[k] & 0xffffffff), Shared: j - k})
		k = j
	}
	return out // sorted by (A, B), as the keys were
}
