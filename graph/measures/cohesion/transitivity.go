package cohesion

import "github.com/tiesnet/ties/graph/csr"

// Transitivity is the global clustering coefficient of the undirected
// graph g: the share of connected triples (paths of length two) that are
// closed into triangles,
//
//	T = 3 x triangles / connected triples = sum_i 2 T_i / sum_i k_i (k_i - 1),
//
// T_i = triangles through i, k_i = degree (Newman 2003, "The structure and
// function of complex networks", eq. 3). Reference: nx.transitivity(U),
// which returns 0, not an undefined value, when there is no triangle (also
// when there is no triple); so does Transitivity.
func Transitivity(g *csr.Graph) float64 {
	return TransitivityFromTriangles(g, Triangles(g))
}

// TransitivityFromTriangles is Transitivity with the triangle counts already
// computed by Triangles(g).
func TransitivityFromTriangles(g *csr.Graph, tri []int) float64 {
	closed, triples := 0, 0 // 2 x sum T_i (= 6 x triangles), 2 x triples
	for i := range tri {
		k := simpleDegree(g, i)
		closed += 2 * tri[i]
		triples += k * (k - 1)
	}
	if closed == 0 {
		return 0
	}
	return float64(closed) / float64(triples)
}
