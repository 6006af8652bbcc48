// Package bridges finds the ties that hold a network together: bridges
// (ties whose removal disconnects their ends), local bridges (ties whose
// ends have no common contact, with their span: how far apart the ends
// would be without the tie) and articulation points (people whose removal
// disconnects others).
//
// In Granovetter's terms (The Strength of Weak Ties, American Journal of
// Sociology 78(6), 1973) local bridges are the ties through which new
// information reaches a cluster; the longer the span, the more distant the
// worlds the tie joins.
//
// Every function reads an undirected csr.Graph (each edge in both rows;
// for directed data the undirected view U) and ignores weights. Nodes and
// pairs are reported in node order, sorted; the lower node of a pair first.
// References: NetworkX nx.bridges, nx.local_bridges(U, with_span=True),
// nx.articulation_points; docs/spec/metrics.md.
//
// It owns bridges, local bridges and their span, and articulation points.
// It must not know of attributes' meaning or of any output: it returns
// numbers, never text.
package bridges
