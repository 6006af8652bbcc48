package community

import (
	"math"

	"github.com/tiesnet/ties/graph/csr"
)

// Participation is Guimerà and Amaral's participation coefficient of every
// node for partition comm on the undirected view g (Guimerà & Amaral 2005,
// "Functional cartography of complex metabolic networks", Nature 433):
//
//	P_i = 1 − Σ_s (k_is / k_i)²
//
// where k_i is node i's number of neighbours and k_is the number of them in
// community s (unweighted). P_i is 0 when all of i's ties stay in one
// community and approaches 1 when they spread evenly over many; it is 0
// when k_i = 0. Nodes with comm = -1 are left out of the graph: they count
// in no one's k_i, and their own P is NaN.
//
// Reference implementation: bctpy participation_coef (Brain Connectivity
// Toolbox) on the binary adjacency.
func Participation(g *csr.Graph, comm []int) []float64 {
	k := 0
	for _, c := range comm {
		k = max(k, c+1)
	}
	count := make([]int, k) // zero between nodes
	var seen []int
	p := make([]float64, g.N())
	for i := 0; i < g.N(); i++ {
		if comm[i] < 0 {
			p[i] = math.NaN()
			continue
		}
		seen = seen[:0]
		ki := 0
		for _, j := range g.Neighbors(i) {
			cj := comm[j]
			if cj < 0 {
				continue
			}
			if count[cj] == 0 {
				seen = append(seen, cj)
			}
			count[cj]++
			ki++
		}
		if ki == 0 {
			continue
		}
		var sq int64
		for _, c := range seen {
			sq += int64(count[c]) * int64(count[c])
			count[c] = 0
		}
		p[i] = 1 - float64(sq)/(float64(ki)*float64(ki))
	}
	return p
}
