// Package graph holds the model that every part of ties reads: people with
// categorical attributes, the ties between them (with the day each began,
// when known), and the groups (networks, associations, clubs) they belong
// to (with the days members joined and left). Importers build a Network;
// the analysis (graph/analysis) builds its compact views from it once.
// For interoperability the model also offers gonum graphs (Undirected,
// Directed, Projection), on which any gonum algorithm runs.
//
// Conventions (docs/spec/metrics.md, "Input conventions"):
//   - Node order is the file order of people: person i is node ID i in every
//     view, so every output is deterministic.
//   - Ties are directed arcs source -> target unless marked Mutual (a tie that
//     says nothing about direction: a LinkedIn connection, a row read with
//     --undirected). Self-ties are not kept; repeated ties have their weights
//     summed by Normalize.
//   - An empty attribute value is missing; missing values never form a
//     category.
//
// It owns the model. It must not import any other package of ties.
package graph
