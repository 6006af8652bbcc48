package holes

import "github.com/tiesnet/ties/graph/csr"

// Hierarchy returns Burt's hierarchy of every node of the undirected graph
// g: how much of i's constraint is concentrated on a single contact,
//
//	H_i = sum_{j in N(i)} r_j ln r_j / (N ln N),  r_j = c_ij / (C_i / N)
//
// with c_ij the local constraint of j on i (see Constraint; same weights
// and model), C_i = sum_j c_ij and N = k_i. H_i is 1 when N = 1, NaN for
// isolates (and when C_i = 0, i.e. all of i's ties weigh 0); a term with
// r_j = 0 counts 0.
//
// Reference: Burt 1992, Structural Holes, pp. 70–71; JUNG
// StructuralHoles.hierarchy; NetworkX issue 3467.
func Hierarchy(g *csr.Graph, opt Options) []float64 {
	return run(g, opt, wantHierarchy).Hierarchy
}
