// Package cohesion computes how tightly knit a network is: density,
// connected components (undirected, weak and strong), triangles, local
// clustering and transitivity.
//
// Every function reads a csr.Graph. The undirected measures expect the
// undirected view U of docs/spec/metrics.md ("Undirected
// structure"): a symmetric graph with each edge stored in both rows and no
// self-loops, as csr.Undirected builds it. Node i is person i and results
// are slices indexed by node. The definitions and the reference
// implementations they are checked against (NetworkX 2.8) are those of the
// metrics specification; undefined values are math.NaN().
//
// It owns density, components, clustering and transitivity. It must not
// know of any output: it returns numbers, never text.
package cohesion
