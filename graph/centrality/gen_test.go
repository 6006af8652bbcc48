package centrality

import (
	"math/rand/v2"

	"github.com/tiesnet/ties/graph/csr"
)

// socialGraph generates a deterministic social-like undirected graph of n
// nodes with about ties×n/2 edges (mean degree about ties): people sit in
// communities of 20–200; each adds ties/2 edges, half inside the
// community, a third by closing a triangle (a neighbour's neighbour) and
// the rest to anyone. Weights are whole numbers 1–5. Node labels are
// shuffled so that ids carry no locality, as in real files.
func socialGraph(n, ties int, seed uint64) *csr.Graph {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	comm := make([]int, n) // community start of each node (before shuffling)
	size := make([]int, n) // community size of each node
	for start := 0; start < n; {
		sz := min(20+r.IntN(181), n-start)
		for i := start; i < start+sz; i++ {
			comm[i], size[i] = start, sz
		}
		start += sz
	}
	nb := make([][]int32, n)
	has := make(map[[2]int32]bool, n*ties/2)
	add := func(a, b int32) bool {
		if a == b {
			return false
		}
		key := [2]int32{min(a, b), max(a, b)}
		if has[key] {
			return false
		}
		has[key] = true
		nb[a] = append(nb[a], b)
		nb[b] = append(nb[b], a)
		return true
	}
	for i := range n {
		for range ties / 2 {
			for try := 0; try < 10; try++ {
				var j int32
				switch p := r.Float64(); {
				case p < 0.5:
					j = int32(comm[i] + r.IntN(size[i]))
				case p < 0.83 && len(nb[i]) > 0:
					k := nb[i][r.IntN(len(nb[i]))]
					if len(nb[k]) == 0 {
						continue
					}
					j = nb[k][r.IntN(len(nb[k]))]
				default:
					j = int32(r.IntN(n))
				}
				if add(int32(i), j) {
					break
				}
			}
		}
	}
	perm := r.Perm(n)
	arcs := make([]csr.Arc, 0, len(has))
	for i := range n {
		for _, j := range nb[i] {
			if int32(i) < j {
				arcs = append(arcs, csr.Arc{From: int32(perm[i]), To: int32(perm[j]), W: float64(1 + r.IntN(5))})
			}
		}
	}
	return csr.Build(n, arcs, true)
}
