package community

import (
	"cmp"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/tiesnet/ties/graph/csr"
)

// Louvain finds communities of the undirected view g (csr.Undirected) with
// gonum's community.Modularize, the Louvain method (Blondel et al. 2008),
// maximising Newman's modularity at the given resolution γ (1 is classic
// modularity; Reichardt & Bornholdt 2006). With weighted, tie weights are
// used; otherwise every edge weighs 1. The random node order is seeded with
// rand.NewPCG(seed, seed), so the same input and seed give the same
// partition. It returns a community per node, numbered 0, 1, … in order of
// each community's first node; an isolate is a community of its own.
// Weights must be positive (the importers ensure it; gonum panics on a
// negative weight).
//
// Speed: gonum's local moving step sums, for each candidate community, the
// weights to all of its members through map lookups, so it slows as
// communities grow: on a generated social graph of 20 000 people and
// 100 000 ties it takes 4–8 s of CPU, where igraph's community_multilevel
// takes 0.3 s (see BenchmarkLouvain).
//
// Reference implementations: gonum community.Modularize, networkx
// louvain_communities, igraph community_multilevel. Louvain is randomised
// and implementation-specific: other tools find partitions of similar
// modularity, not the same partition.
func Louvain(g *csr.Graph, weighted bool, resolution float64, seed uint64) []int {
	n := g.N()
	gg := simple.NewWeightedUndirectedGraph(0, 0)
	for i := 0; i < n; i++ {
		gg.AddNode(simple.Node(i))
	}
	for i := 0; i < n; i++ {
		ws := g.Weights(i)
		for k, j := range g.Neighbors(i) {
			if int(j) <= i {
				continue
			}
			w := 1.0
			if weighted {
				w = ws[k]
			}
			gg.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(i), T: simple.Node(j), W: w})
		}
	}
	reduced := community.Modularize(ordered{gg}, resolution, rand.NewPCG(seed, seed))
	comm := make([]int, n)
	for c, members := range reduced.Communities() {
		for _, v := range members {
			comm[v.ID()] = c
		}
	}
	return Renumber(comm)
}

// Renumber numbers the communities of a partition 0, 1, … in order of each
// community's first node; -1 stays -1. Two partitions that group the nodes
// the same way are equal after Renumber.
func Renumber(comm []int) []int {
	out := make([]int, len(comm))
	index := map[int]int{}
	for i, c := range comm {
		if c < 0 {
			out[i] = -1
			continue
		}
		k, ok := index[c]
		if !ok {
			k = len(index)
			index[c] = k
		}
		out[i] = k
	}
	return out
}

// ordered is a simple graph whose From lists neighbours by ascending ID.
// simple.WeightedUndirectedGraph iterates a map, and Modularize sums the
// weights between two communities in that order when it reduces the graph:
// with fractional weights a different order can round differently and, in
// a near tie, change a move. Sorted iteration removes that source of
// nondeterminism (the random node order then comes only from the seed).
type ordered struct {
	*simple.WeightedUndirectedGraph
}

func (g ordered) From(id int64) graph.Nodes {
	it := g.WeightedUndirectedGraph.From(id)
	nodes := make([]graph.Node, 0, it.Len())
	for it.Next() {
		nodes = append(nodes, it.Node())
	}
	slices.SortFunc(nodes, func(a, b graph.Node) int { return cmp.Compare(a.ID(), b.ID()) })
	return iterator.NewOrderedNodes(nodes)
}
