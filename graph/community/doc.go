// Package community finds communities (clusters of densely tied people)
// and measures how a partition divides the network: Newman's modularity Q
// and Guimerà and Amaral's participation coefficient, which tells whose
// ties spread over many communities.
//
// Louvain community detection is gonum's community.Modularize (Blondel,
// Guillaume, Lambiotte & Lefebvre 2008, "Fast unfolding of communities in
// large networks", J. Stat. Mech. P10008), seeded so that the same input
// gives the same partition. Modularity and participation run over the
// compact adjacency of package csr.
//
// Partitions are []int indexed by node: comm[i] is node i's community, or
// -1 for a node left out (for a partition by an attribute, a person
// without a value). Node i is person i.
package community
