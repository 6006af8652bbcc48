package cohesion

import (
	"math/rand/v2"

	"github.com/tiesnet/ties/graph/csr"
)

// socialEdges generates a deterministic social-like undirected graph of n
// nodes with about m edges per node (average degree ~2m): Holme & Kim's
// (2002) growth model, preferential attachment with triad formation, which
// gives a heavy-tailed degree distribution and high clustering like real
// acquaintance networks.
func socialEdges(n, m int, seed uint64) []csr.Arc {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	ends := make([]int32, 0, 2*n*m) // every edge end: a uniform pick is preferential
	adj := make([][]int32, n)
	arcs := make([]csr.Arc, 0, n*m)
	link := func(a, b int32) {
		arcs = append(arcs, csr.Arc{From: a, To: b, W: 1})
		ends = append(ends, a, b)
		adj[a] = append(adj[a], b)
		adj[b] = append(adj[b], a)
	}
	has := func(a, b int32) bool {
		for _, x := range adj[a] {
			if x == b {
				return true
			}
		}
		return false
	}
	seedN := min(m+1, n)
	for i := 1; i < seedN; i++ {
		for j := 0; j < i; j++ {
			link(int32(i), int32(j))
		}
	}
	for i := seedN; i < n; i++ {
		v := int32(i)
		prev := int32(-1)
		for e := 0; e < m; e++ {
			var t int32 = -1
			for try := 0; try < 20 && t < 0; try++ {
				var c int32
				if prev >= 0 && rng.Float64() < 0.6 && len(adj[prev]) > 0 {
					c = adj[prev][rng.IntN(len(adj[prev]))] // close a triad
				} else {
					c = ends[rng.IntN(len(ends))] // preferential attachment
				}
				if c != v && !has(v, c) {
					t = c
				}
			}
			if t < 0 {
				continue
			}
			link(v, t)
			prev = t
		}
	}
	return arcs
}

func socialGraph(n, m int, seed uint64) *csr.Graph {
	return csr.Build(n, socialEdges(n, m, seed), true)
}
