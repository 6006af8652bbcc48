package diversity

import (
	"math"

	"github.com/tiesnet/ties/graph/csr"
)

// Assortativity is Newman's assortativity coefficient of a categorical
// attribute (Newman 2003, "Mixing patterns in networks", Phys. Rev. E 67,
// 026126, eq. 2):
//
//	r = (Σ_c e_cc − Σ_c a_c b_c) / (1 − Σ_c a_c b_c)
//
// where e_xy is the share of ties running from category x to category y,
// a_c = Σ_y e_cy and b_c = Σ_x e_xc. Only people with a value take part
// (the graph is restricted to them); weights are ignored. With directed =
// false, g must be an undirected view (csr.Undirected: each edge stored in
// both rows), so each edge counts in both directions and e is symmetric;
// with directed = true, g is the directed view (csr.Directed), rows are the
// source's value and columns the target's. Both readings count every stored
// entry once, so the flag documents the caller's intent. The result equals
// networkx.attribute_assortativity_coefficient on the restricted graph and
// igraph's assortativity_nominal. It is NaN when no tie joins two people
// with a value or when Σ_c a_c b_c = 1 (all ties within one category).
//
// The counts are kept per category, not as a K×K matrix: r needs only the
// trace and the margins.
func Assortativity(g *csr.Graph, a Attribute, directed bool) float64 {
	k := len(a.Categories)
	rows := make([]int64, k)
	cols := make([]int64, k)
	var total, same int64
	for i := 0; i < g.N(); i++ {
		ci := a.Values[i]
		if ci < 0 {
			continue
		}
		for _, j := range g.Neighbors(i) {
			cj := a.Values[j]
			if cj < 0 {
				continue
			}
			// With directed = false both (i,j) and (j,i) are visited, as
			// each edge is in both rows of an undirected CSR.
			rows[ci]++
			cols[cj]++
			total++
			if ci == cj {
				same++
			}
		}
	}
	_ = directed
	if total == 0 {
		return math.NaN()
	}
	// Σ a_c b_c = Σ rows_c cols_c / total². Multiplied through by total²,
	// r = (same·total − Σ rows·cols) / (total² − Σ rows·cols): every term is
	// an integer, exact in float64 while total² < 2⁵³ (total below 9·10⁷
	// tie ends), so only the final division rounds.
	var ab float64
	for c := range rows {
		ab += float64(rows[c]) * float64(cols[c])
	}
	t := float64(total)
	den := t*t - ab
	if den == 0 {
		return math.NaN()
	}
	return (float64(same)*t - ab) / den
}
