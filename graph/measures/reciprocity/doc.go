// Package reciprocity measures whether ties in a directed network are
// returned: edgewise reciprocity, Garlaschelli–Loffredo's ρ, the dyad
// census and R sna's grecip variants for the network; in- and out-degree,
// reciprocity and give/receive balance for each person.
//
// It reads the directed view D of docs/spec/metrics.md
// ("Directed"): a csr.Graph with one row of out-neighbours per node, as
// csr.Directed builds it. Node i is person i; results are slices indexed by
// node; undefined values are math.NaN().
//
// It owns reciprocity, the dyad census and give and take. It must not know
// of any output: it returns numbers, never text.
package reciprocity
