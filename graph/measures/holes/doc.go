// Package holes computes Burt's structural-hole measures of each person's
// position: constraint, effective size, efficiency and hierarchy
// (Burt, R. S. 1992. Structural Holes: The Social Structure of Competition.
// Harvard University Press, ch. 2; Borgatti, S. P. 1997. Structural Holes:
// Unpacking Burt's Redundancy Measures. Connections 20(1):35–38).
//
// Definitions follow docs/spec/metrics.md, checked against NetworkX
// (nx.constraint, nx.effective_size) and, for constraint, igraph. All
// kernels read an undirected csr.Graph (each edge in both rows; for directed
// data the undirected view U, whose weights are the sums of both directions,
// which makes the weighted measures equal Burt's directed formulas with
// mutual weights a_ij + a_ji).
//
// With N(i) the neighbours of i, k_i = |N(i)| and w the tie weights (1 when
// unweighted):
//
//	p_ij = w_ij / sum_{k in N(i)} w_ik      (proportional tie strength)
//	m_jq = w_jq / max_{k in N(j)} w_jk      (marginal tie strength)
//
// Two models say which ties p_qj and m_jq use. Whole (the default, as
// NetworkX on the whole graph) uses all of q's and j's ties. EgoNetwork uses
// only the ties inside i's ego network (i, its neighbours and the ties among
// them), as NetworkX does on nx.ego_graph(U, i).
//
// Results are slices indexed by node; undefined values are math.NaN().
// Every kernel walks, for each person i and each neighbour q, the row of q
// once, marking i's neighbours in a dense per-worker scratch array: the cost
// is sum_q k_q^2, with no maps, in parallel over people. When at most
// three quarters of the people are distinct up to true twins (people in the
// same networks and nothing else, as in a member list's implied ties), the
// whole model runs over the classes of twins instead (twins.go).
//
// It owns Burt's structural-hole measures. It must not know of any output:
// it returns numbers, never text.
package holes
