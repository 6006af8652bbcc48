package graph

import (
	"sort"

	"gonum.org/v1/gonum/graph/simple"
)

// ProjectionOptions choose how the two-mode network (people x groups) is
// projected onto people.
type ProjectionOptions struct {
	// OrganizationAttribute, when set, names an attribute (usually
	// "organization") whose values count as groups too: two people at the same
	// organisation share a group.
	OrganizationAttribute string
	// MaxGroupSize leaves out groups with more members than this (0: no cap).
	// Projection squares group sizes: one 500-member group adds 124 750 ties.
	MaxGroupSize int
	// Newman weights each shared group by 1/(size-1) instead of 1 (Newman
	// 2001, "Scientific collaboration networks II"), so that large groups do
	// not dominate.
	Newman bool
}

// Affiliation is a group seen by a projection: a named group from the
// memberships or an organisation shared through an attribute.
type Affiliation struct {
	Name    string
	Members []int
	// Organization is true for a group made from a shared attribute value.
	Organization bool
}

// Affiliations returns the groups a projection with these options uses, in
// order: the named groups, then organisations in order of first appearance.
// Groups above MaxGroupSize are included; Projection skips them.
func (nw *Network) Affiliations(opt ProjectionOptions) []Affiliation {
	out := make([]Affiliation, 0, len(nw.Groups))
	for _, g := range nw.Groups {
		out = append(out, Affiliation{Name: g.Name, Members: g.Members})
	}
	if opt.OrganizationAttribute == "" {
		return out
	}
	a, ok := nw.AttributeIndex(opt.OrganizationAttribute)
	if !ok {
		return out
	}
	byValue := map[string]int{}
	for i := range nw.People {
		v := nw.Attr(i, a)
		if v == "" {
			continue
		}
		k, ok := byValue[v]
		if !ok {
			k = len(out)
			byValue[v] = k
			out = append(out, Affiliation{Name: v, Organization: true})
		}
		out[k].Members = append(out[k].Members, i)
	}
	return out
}

// Projection returns the one-mode projection of memberships onto people: an
// edge between two people who share at least one group, weighted by the
// number of groups they share (or by Newman's sum of 1/(size-1)). This is
// nx.bipartite.weighted_projected_graph(B, people). Node ID i is person i,
// isolates included.
func (nw *Network) Projection(opt ProjectionOptions) *simple.WeightedUndirectedGraph {
	g := simple.NewWeightedUndirectedGraph(0, 0)
	for i := range nw.People {
		g.AddNode(simple.Node(i))
	}
	for _, e := range nw.ProjectedEdges(opt) {
		g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(e.From), simple.Node(e.To), e.Weight))
	}
	return g
}

// ProjectedEdge is one edge of the projection, From < To.
type ProjectedEdge struct {
	From, To int
	Weight   float64
	Shared   int // number of shared groups
}

// ProjectedEdges returns the edges of the projection sorted by (From, To).
func (nw *Network) ProjectedEdges(opt ProjectionOptions) []ProjectedEdge {
	type acc struct {
		w      float64
		shared int
	}
	pairs := map[[2]int]acc{}
	for _, grp := range nw.Affiliations(opt) {
		size := len(grp.Members)
		if size < 2 || (opt.MaxGroupSize > 0 && size > opt.MaxGroupSize) {
			continue
		}
		w := 1.0
		if opt.Newman {
			w = 1 / float64(size-1)
		}
		for x, u := range grp.Members {
			for _, v := range grp.Members[x+1:] {
				k := [2]int{min(u, v), max(u, v)}
				a := pairs[k]
				a.w += w
				a.shared++
				pairs[k] = a
			}
		}
	}
	out := make([]ProjectedEdge, 0, len(pairs))
	for k, a := range pairs {
		out = append(out, ProjectedEdge{From: k[0], To: k[1], Weight: a.w, Shared: a.shared})
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].From != out[b].From {
			return out[a].From < out[b].From
		}
		return out[a].To < out[b].To
	})
	return out
}
