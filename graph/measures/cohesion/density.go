package cohesion

import "math"

// Density is the share of possible ties that exist among n nodes:
//
//	undirected: 2m / (n(n-1))      (nx.density of an undirected graph)
//	directed:    m / (n(n-1))      (nx.density of a directed graph, sna::gden)
//
// where m = edges is the number of edges (undirected) or arcs (directed),
// self-ties excluded. It is NaN when n < 2, where no tie is possible
// (NetworkX returns 0 there; ties reports the value as undefined).
func Density(n, edges int, directed bool) float64 {
	if n < 2 {
		return math.NaN()
	}
	pairs := float64(n) * float64(n-1)
	if directed {
		return float64(edges) / pairs
	}
	return 2 * float64(edges) / pairs
}
