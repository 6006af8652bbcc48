// Package bridges finds the ties that hold a network together: bridges
// (ties whose removal disconnects their ends), local bridges (ties whose
// ends have no common contact, with their span: how far apart the ends
// would be without the tie) and articulation points (people whose removal
// disconnects others).
//
// In Granovetter's terms (The Strength of Weak Ties, American Journal of
// Sociology 78(6), 1973) local bridges are the ties through which new
// information reaches a cluster; the longer the span, the more distant the
// worlds the tie joins.
//
// Every function reads an undirected csr.Graph (each edge in both rows;
// for directed data the undirected view U) and ignores weights. Nodes and
// pairs are reported in node order, sorted; the lower node of a pair first.
// References: NetworkX nx.bridges, nx.local_bridges(U, with_span=True),
// nx.articulation_points; docs/spec/metrics.md.
package bridges

import "github.com/tiesnet/ties/graph/csr"

// Edge is an undirected tie between nodes U < V.
type Edge struct{ U, V int }

// LocalBridge is a tie between nodes U < V whose ends have no common
// neighbour. Span is the hop distance between U and V without the tie, or
// -1 when there is no other path (the tie is a bridge).
type LocalBridge struct {
	U, V int
	Span int
}

// Result holds everything the package finds in one graph.
type Result struct {
	Bridges            []Edge
	LocalBridges       []LocalBridge
	ArticulationPoints []int
}

// Analyze finds bridges, local bridges with their spans and articulation
// points of the undirected graph g, sharing one depth-first search between
// them. See Bridges, LocalBridges and ArticulationPoints.
func Analyze(g *csr.Graph) Result {
	br, ap := cut(g)
	return Result{Bridges: br, LocalBridges: localBridges(g, br, 0), ArticulationPoints: ap}
}
