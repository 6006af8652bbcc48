// Package analysis runs every measure of ties on a network and gathers the
// results in one Result: the views it measured (built here, once, and
// nowhere else) and every figure, indexed by person. The measures live in
// their own packages (centrality, holes, bridges, cohesion, reciprocity,
// brokerage, diversity, community, twomode), each with its formula and
// reference; this package decides what applies to the data and in which
// view, and says what the figures mean as finding codes (findings.go),
// which the outputs word. It writes nothing: the JSON contract
// (docs/analyze-json.md), tables and reports are outputs of a Result.
//
// It owns running every measure on the right view, once. It must not write
// anything or word a finding.
package analysis
