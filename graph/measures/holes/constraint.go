package holes

import "github.com/tiesnet/ties/graph/csr"

// Constraint returns Burt's network constraint of every node of the
// undirected graph g:
//
//	c_i = sum_{j in N(i)} c_ij,  c_ij = (p_ij + sum_{q in N(i), q != i,j} p_iq p_qj)^2
//
// with p_ij = w_ij / sum_{k in N(i)} w_ik (w = 1 unless opt.Weighted). In
// the Whole model p_qj uses all of q's ties; in the EgoNetwork model only
// q's ties inside i's ego network. A node with one neighbour has
// constraint 1; an isolate NaN. A node whose ties all weigh 0 has p = 0
// (as in NetworkX) and constraint 0.
//
// Reference: Burt 1992, Structural Holes, pp. 54–55 (eq. 2.4); NetworkX
// nx.constraint(U[, weight]) (= igraph constraint()).
func Constraint(g *csr.Graph, opt Options) []float64 {
	return run(g, opt, wantConstraint).Constraint
}
