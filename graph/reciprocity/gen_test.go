package reciprocity

import (
	"math/rand/v2"

	"github.com/tiesnet/ties/graph/csr"
)

// socialArcs generates a deterministic social-like directed graph of n
// nodes: Holme & Kim's (2002) growth model (preferential attachment with
// triad formation: heavy-tailed degrees, high clustering): each new node
// makes perNode/(1+mutual) ties, each an arc in a random direction, or a
// mutual pair with probability mutual. About perNode arcs per node result
// (ties.csv rows: 10 for "200 000 people, 2 million ties"); with mutual =
// 0.18 about 30 % of arcs are reciprocated.
func socialArcs(n, perNode int, mutual float64, seed uint64) []csr.Arc {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	m := max(1, int(float64(perNode)/(1+mutual)+0.5)) // ties made by each new node
	ends := make([]int32, 0, 2*n*m)
	adj := make([][]int32, n)
	arcs := make([]csr.Arc, 0, n*perNode)
	link := func(a, b int32) {
		ends = append(ends, a, b)
		adj[a] = append(adj[a], b)
		adj[b] = append(adj[b], a)
		w := float64(1 + rng.IntN(5))
		switch {
		case rng.Float64() < mutual:
			arcs = append(arcs, csr.Arc{From: a, To: b, W: w}, csr.Arc{From: b, To: a, W: float64(1 + rng.IntN(5))})
		case rng.IntN(2) == 0:
			arcs = append(arcs, csr.Arc{From: a, To: b, W: w})
		default:
			arcs = append(arcs, csr.Arc{From: b, To: a, W: w})
		}
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
