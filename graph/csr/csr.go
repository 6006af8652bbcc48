package csr

import (
	"cmp"
	"slices"

	"github.com/tiesnet/ties/graph"
)

// Graph is an adjacency in compressed sparse row form. An undirected graph
// stores each edge in both rows.
type Graph struct {
	Off []int     // len N+1
	Adj []int32   // neighbour ids, ascending within a row
	W   []float64 // weights parallel to Adj
}

// N is the number of nodes.
func (g *Graph) N() int { return len(g.Off) - 1 }

// Neighbors returns node i's neighbours, ascending. The slice must not be
// changed.
func (g *Graph) Neighbors(i int) []int32 { return g.Adj[g.Off[i]:g.Off[i+1]] }

// Weights returns the weights of node i's ties, parallel to Neighbors(i).
func (g *Graph) Weights(i int) []float64 { return g.W[g.Off[i]:g.Off[i+1]] }

// Degree is the number of node i's neighbours.
func (g *Graph) Degree(i int) int { return g.Off[i+1] - g.Off[i] }

// Strength is the sum of node i's tie weights.
func (g *Graph) Strength(i int) float64 {
	s := 0.0
	for _, w := range g.Weights(i) {
		s += w
	}
	return s
}

// Weight returns the weight of the tie i -> j, and whether it exists.
func (g *Graph) Weight(i, j int) (float64, bool) {
	nb := g.Neighbors(i)
	k, ok := slices.BinarySearch(nb, int32(j))
	if !ok {
		return 0, false
	}
	return g.Weights(i)[k], true
}

// Has reports whether the tie i -> j exists.
func (g *Graph) Has(i, j int) bool {
	_, ok := slices.BinarySearch(g.Neighbors(i), int32(j))
	return ok
}

// Entries returns the number of stored entries (for an undirected graph,
// twice the number of edges).
func (g *Graph) Entries() int { return len(g.Adj) }

// Arc is a weighted arc for building a Graph.
type Arc struct {
	From, To int32
	W        float64
}

// Build makes a graph of n nodes from arcs. Repeated arcs are summed and
// self-arcs are dropped. With undirected, each arc is stored in both rows
// (and a->b, b->a are the same edge, their weights summed).
func Build(n int, arcs []Arc, undirected bool) *Graph {
	all := arcs
	if undirected {
		all = make([]Arc, 0, 2*len(arcs))
		for _, a := range arcs {
			all = append(all, a, Arc{From: a.To, To: a.From, W: a.W})
		}
	} else {
		all = slices.Clone(arcs)
	}
	slices.SortFunc(all, func(a, b Arc) int {
		if c := cmp.Compare(a.From, b.From); c != 0 {
			return c
		}
		return cmp.Compare(a.To, b.To)
	})
	g := &Graph{Off: make([]int, n+1), Adj: make([]int32, 0, len(all)), W: make([]float64, 0, len(all))}
	for k, a := range all {
		if a.From == a.To {
			continue
		}
		if k > 0 && all[k-1].From == a.From && all[k-1].To == a.To && len(g.Adj) > 0 {
			g.W[len(g.W)-1] += a.W
			continue
		}
		g.Adj = append(g.Adj, a.To)
		g.W = append(g.W, a.W)
		g.Off[a.From+1]++
	}
	for i := 0; i < n; i++ {
		g.Off[i+1] += g.Off[i]
	}
	return g
}

// Transpose returns the graph with every arc reversed (in-neighbours).
func (g *Graph) Transpose() *Graph {
	arcs := make([]Arc, 0, len(g.Adj))
	for i := 0; i < g.N(); i++ {
		for k, j := range g.Neighbors(i) {
			arcs = append(arcs, Arc{From: j, To: int32(i), W: g.Weights(i)[k]})
		}
	}
	return Build(g.N(), arcs, false)
}

// Undirected returns the undirected view U of a network: {u,v} is an edge
// if u->v, v->u or a mutual tie exists; its weight is the sum of all of
// them. Node i is person i.
func Undirected(nw *graph.Network) *Graph {
	arcs := make([]Arc, len(nw.Ties))
	for k, t := range nw.Ties {
		arcs[k] = Arc{From: int32(t.From), To: int32(t.To), W: t.Weight}
	}
	return Build(len(nw.People), arcs, true)
}

// Directed returns the directed view D: one arc per directed tie (mutual
// ties have no direction and are left out). Node i is person i.
func Directed(nw *graph.Network) *Graph {
	arcs := make([]Arc, 0, len(nw.Ties))
	for _, t := range nw.Ties {
		if !t.Mutual {
			arcs = append(arcs, Arc{From: int32(t.From), To: int32(t.To), W: t.Weight})
		}
	}
	return Build(len(nw.People), arcs, false)
}

// Projection returns the one-mode projection of memberships onto people
// (graph.Network.ProjectedEdges) as an undirected graph.
func Projection(nw *graph.Network, opt graph.ProjectionOptions) *Graph {
	edges := nw.ProjectedEdges(opt)
	arcs := make([]Arc, len(edges))
	for k, e := range edges {
		arcs[k] = Arc{From: int32(e.From), To: int32(e.To), W: e.Weight}
	}
	return Build(len(nw.People), arcs, true)
}
