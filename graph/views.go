package graph

import (
	"gonum.org/v1/gonum/graph/simple"
)

// Directed returns the directed view D: one weighted arc per directed tie,
// node ID i for person i, isolates included. Mutual ties are left out: they
// carry no direction, and counting them as two arcs would fake reciprocity.
func (nw *Network) Directed() *simple.WeightedDirectedGraph {
	g := simple.NewWeightedDirectedGraph(0, 0)
	for i := range nw.People {
		g.AddNode(simple.Node(i))
	}
	for _, t := range nw.Ties {
		if t.Mutual {
			continue
		}
		from, to := simple.Node(t.From), simple.Node(t.To)
		w := t.Weight
		if e := g.WeightedEdge(int64(t.From), int64(t.To)); e != nil {
			w += e.Weight() // only if Normalize was not called
		}
		g.SetWeightedEdge(g.NewWeightedEdge(from, to, w))
	}
	return g
}

// Undirected returns the undirected view U: {u,v} is an edge if u->v, v->u
// or a mutual tie {u,v} exists, and its weight is the sum of all of them.
// Node ID i is person i, isolates included.
func (nw *Network) Undirected() *simple.WeightedUndirectedGraph {
	g := simple.NewWeightedUndirectedGraph(0, 0)
	for i := range nw.People {
		g.AddNode(simple.Node(i))
	}
	for _, t := range nw.Ties {
		w := t.Weight
		if e := g.WeightedEdge(int64(t.From), int64(t.To)); e != nil {
			w += e.Weight()
		}
		g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(t.From), simple.Node(t.To), w))
	}
	return g
}
