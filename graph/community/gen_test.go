package community_test

import (
	"math/rand/v2"

	"github.com/tiesnet/ties/graph/csr"
)

// socialGraph generates a deterministic social-like undirected graph of n
// nodes with about tiesPer ties each (n·tiesPer/2 edges): nodes sit in
// clusters of 20–200, most ties stay in the cluster, a third close
// triangles (a contact of a contact), 15 % run anywhere; weights 1–5.
func socialGraph(n, tiesPer int, seed uint64) *csr.Graph {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	cluster := make([]int, n)
	var starts []int
	for i, c := 0, -1; i < n; {
		c++
		size := 20 + rng.IntN(181)
		starts = append(starts, i)
		for j := i; j < min(n, i+size); j++ {
			cluster[j] = c
		}
		i += size
	}
	starts = append(starts, n)
	adj := make([][]int32, n)
	has := make(map[[2]int32]bool, n*tiesPer)
	var arcs []csr.Arc
	add := func(u, v int) {
		a, b := int32(min(u, v)), int32(max(u, v))
		if u == v || has[[2]int32{a, b}] {
			return
		}
		has[[2]int32{a, b}] = true
		adj[u] = append(adj[u], int32(v))
		adj[v] = append(adj[v], int32(u))
		arcs = append(arcs, csr.Arc{From: a, To: b, W: float64(1 + rng.IntN(5))})
	}
	target := n * tiesPer / 2
	for len(arcs) < target {
		for i := 0; i < n && len(arcs) < target; i++ {
			c := cluster[i]
			switch r := rng.Float64(); {
			case r < 0.15:
				add(i, rng.IntN(n))
			case r < 0.45 && len(adj[i]) > 0:
				j := adj[i][rng.IntN(len(adj[i]))]
				if len(adj[j]) > 0 {
					add(i, int(adj[j][rng.IntN(len(adj[j]))]))
				}
			default:
				lo, hi := starts[c], starts[c+1]
				add(i, lo+rng.IntN(hi-lo))
			}
		}
	}
	return csr.Build(n, arcs, true)
}
