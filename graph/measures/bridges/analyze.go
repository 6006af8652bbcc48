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
