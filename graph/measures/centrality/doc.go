// Package centrality computes shortest-path betweenness centrality of the
// undirected view of a network, exactly or by sampling sources, on the
// compact adjacency of package csr.
//
// Definitions follow docs/spec/metrics.md (betweenness_raw,
// betweenness, betweenness_weighted[_raw]) and are checked against NetworkX
// betweenness_centrality, whose values the golden files under
// testdata/golden hold. Node i is person i; every result is a slice indexed
// by node.
//
// The kernel is Brandes' algorithm (Brandes 2001, "A faster algorithm for
// betweenness centrality", J. Math. Sociol. 25(2)): one breadth-first search
// (unweighted) or Dijkstra search (weighted) per source, then a backward
// sweep that accumulates pair dependencies. Sources are independent, so
// they are spread over goroutines; see Betweenness for how the sum stays
// bit-for-bit deterministic.
//
// It owns betweenness, exact or sampled with intervals that hold. It must
// not know of attributes, groups or any output.
package centrality
