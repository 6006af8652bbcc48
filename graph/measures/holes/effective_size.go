package holes

import "github.com/tiesnet/ties/graph/csr"

// EffectiveSize returns Burt's effective size of every node of the
// undirected graph g: the number of i's contacts less their redundancy,
//
//	ES_i = sum_{j in N(i)} (1 - sum_{q in N(i), q != j} p_iq m_jq)
//
// with p_iq = w_iq / sum_{k in N(i)} w_ik and m_jq = w_jq / max_{k in N(j)} w_jk
// (w = 1 unless opt.Weighted). Unweighted this is Borgatti's
// k_i - 2 t_i / k_i, with t_i the ties among i's neighbours, and it is
// computed that way (as NetworkX does), so both models agree. Weighted, the
// Whole model takes the maximum over all of j's ties and the EgoNetwork
// model over j's ties inside i's ego network. Isolates get NaN.
//
// Reference: Burt 1992, Structural Holes, p. 52; Borgatti 1997, Structural
// Holes: Unpacking Burt's Redundancy Measures; NetworkX
// nx.effective_size(U[, weight]).
func EffectiveSize(g *csr.Graph, opt Options) []float64 {
	return run(g, opt, wantES).EffectiveSize
}

// Efficiency returns effective size divided by the number of neighbours,
// ES_i / k_i, for every node (k_i is the neighbour count also when
// opt.Weighted). Isolates get NaN.
//
// Reference: Burt 1992, Structural Holes, p. 52; the formula in NetworkX's
// effective_size documentation.
func Efficiency(g *csr.Graph, opt Options) []float64 {
	return efficiency(g, EffectiveSize(g, opt))
}
