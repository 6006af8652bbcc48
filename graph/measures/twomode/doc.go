// Package twomode analyses the two-mode network of people and the groups
// (networks, associations, clubs) they belong to: group sizes and members,
// how many groups each person is in, the projection onto people (who shares
// a group with whom) and onto groups (which groups share members), and
// whether one large group dominates the projected ties.
//
// Definitions are those of docs/spec/metrics.md ("Two-mode"): the
// projection is networkx.algorithms.bipartite.weighted_projected_graph
// (Newman 2001, "Scientific collaboration networks. II", Phys. Rev. E 64,
// 016132, for the 1/(size − 1) weighting offered as an option).
//
// It owns the people × networks structure. It must not know of any output:
// it returns numbers, never text.
package twomode
