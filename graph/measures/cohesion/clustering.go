package cohesion

import (
	"math"

	"github.com/tiesnet/ties/graph/csr"
)

// Clustering returns the unweighted local clustering coefficient of every
// node of the undirected graph g (Watts & Strogatz 1998):
//
//	C_i = 2 T_i / (k_i (k_i - 1)),   0 when k_i < 2,
//
// T_i = triangles through i (Triangles), k_i = distinct neighbours (self-loops
// not counted). Reference: nx.clustering(U).
func Clustering(g *csr.Graph) []float64 {
	return ClusteringFromTriangles(g, Triangles(g))
}

// ClusteringFromTriangles is Clustering with the triangle counts already
// computed by Triangles(g), so that Clustering and Transitivity of one graph
// count triangles once.
func ClusteringFromTriangles(g *csr.Graph, tri []int) []float64 {
	c := make([]float64, g.N())
	for i := range c {
		k := simpleDegree(g, i)
		if k < 2 {
			continue
		}
		c[i] = 2 * float64(tri[i]) / (float64(k) * float64(k-1))
	}
	return c
}

// AverageClustering is the mean of the local clustering coefficients c over
// all nodes, those with degree < 2 (coefficient 0) included:
//
//	C = (1/n) sum_i C_i
//
// This is nx.average_clustering(U); igraph's
// transitivity_avglocal_undirected drops nodes of degree < 2 by default and
// gives a larger value (see the metrics specification). NaN when n = 0.
func AverageClustering(c []float64) float64 {
	if len(c) == 0 {
		return math.NaN()
	}
	s := 0.0
	for _, x := range c {
		s += x
	}
	return s / float64(len(c))
}

// simpleDegree is node i's number of neighbours other than itself.
func simpleDegree(g *csr.Graph, i int) int {
	k := g.Degree(i)
	if g.Has(i, i) {
		k--
	}
	return k
}
