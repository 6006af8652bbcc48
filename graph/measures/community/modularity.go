package community

import (
	"math"

	"github.com/tiesnet/ties/graph/csr"
)

// Modularity is Newman's modularity Q of partition comm on the undirected
// view g (csr.Undirected), weighted by the tie weights when weighted, at
// resolution γ (Newman & Girvan 2004, Phys. Rev. E 69, 026113; γ as
// Reichardt & Bornholdt 2006):
//
//	Q = Σ_c [ L_c/m − γ (d_c / 2m)² ]
//
// where m is the total edge weight, L_c the weight of edges inside
// community c and d_c the summed (weighted) degree of c's nodes. Nodes with
// comm = -1 are left out: Q is that of the graph restricted to the nodes
// with a community. Q is NaN when that graph has no edge.
//
// It equals gonum's community.Q and networkx.community.modularity, and
// runs in O(n + m) over the CSR.
func Modularity(g *csr.Graph, comm []int, weighted bool, resolution float64) float64 {
	k := 0
	for _, c := range comm {
		k = max(k, c+1)
	}
	inside := make([]float64, k) // 2 L_c
	degree := make([]float64, k) // d_c
	var m2 float64
	for i := 0; i < g.N(); i++ {
		ci := comm[i]
		if ci < 0 {
			continue
		}
		ws := g.Weights(i)
		for x, j := range g.Neighbors(i) {
			cj := comm[j]
			if cj < 0 {
				continue
			}
			w := 1.0
			if weighted {
				w = ws[x]
			}
			degree[ci] += w
			if cj == ci {
				inside[ci] += w
			}
		}
	}
	for _, d := range degree {
		m2 += d
	}
	if m2 == 0 {
		return math.NaN()
	}
	var q float64
	for c := range inside {
		f := degree[c] / m2
		q += inside[c]/m2 - resolution*f*f
	}
	return q
}
