// Package export writes a network and its analysis as files other tools
// open: GraphML (Gephi, yEd, NetworkX, igraph), GEXF (Gephi, NetworkX),
// NetworkX node-link JSON, and CSV tables (spreadsheets, pandas, Gephi's
// spreadsheet import). The layouts are documented in docs/export.md.
//
// Every format carries the same content, built once in model.go: each
// person with every attribute from the data and every per-person figure
// from the analysis (analysis.Result.Columns), each tie with its weight,
// type, date, direction and whether it is a bridge or local bridge, and
// optionally the groups as nodes of kind "group" with membership edges.
// A figure that is undefined for a person (NaN) is left out in XML, an
// empty cell in CSV and null in JSON, never written as a number.
//
// The package reads results; it never changes the network and depends on
// nothing that renders. Output is deterministic: the same input gives the
// same bytes.
//
// It owns the formats other tools read (GraphML, GEXF, NetworkX JSON, CSV).
// It must not compute a measure: it writes what the analysis found.
package export
