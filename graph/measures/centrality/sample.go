package centrality

import "github.com/tiesnet/ties/graph/csr"

// ExactWork is the largest n·(n + 2m) (n nodes, m edges: the adjacency
// entries a breadth-first search from every node visits) for which
// PreferExact chooses exact betweenness.
const ExactWork = 3e8

// PreferExact reports whether exact betweenness (Betweenness) is cheap
// enough on g, or whether Estimate should sample it: exact when
// n·(n + 2m) ≤ ExactWork.
//
// Brandes' algorithm costs one search per node, O(n·(n + m)), and
// measured on the 2-core reference machine (shared with other jobs) about
// 6 ns per unit of n·(n + 2m) in hops and three times that weighted: 5 000
// people with 10 ties each (2.75·10⁸) take about 2 s in hops and 6 s
// weighted, 20 000 people with 10 ties each 28 s in hops. Estimate's cost
// barely grows with n (a sampled path visits a small part of a social
// network), so above this size it is the faster by far, and its intervals
// say how precise it is. The rule counts ties as well as people, so a
// small but dense network (people tied through a large shared group) is
// sampled too, and a large sparse one stays exact.
func PreferExact(g *csr.Graph) bool {
	n := float64(max(g.N(), 0))
	return n*(n+float64(g.Entries())) <= ExactWork
}
