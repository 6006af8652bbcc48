package analysis

import (
	"math"

	"github.com/tiesnet/ties/graph"
)

// Column is one per-person figure in node order, for tables and CSV.
type Column struct {
	Name   string
	Values []float64 // NaN: undefined
}

// Data returns the analysed network.
func (r *Result) Data() *graph.Network { return r.nw }

// IDs returns the people's ids in node order.
func (r *Result) IDs() []string { return r.ids }

// Label names person i for people: "Name (id)", or the id alone.
func (r *Result) Label(i int) string { return r.label(i) }

// Column returns nodes.<name> in node order, or nil.
func (r *Result) Column(name string) []float64 { return r.col(name) }

// Top returns up to k people with the largest positive values of a node
// metric, largest first.
func (r *Result) Top(metric string, k int) []int { return top(r.col(metric), k) }

// AttributeOrder lists the analysed attributes in the data's order.
func (r *Result) AttributeOrder() []string { return r.attrOrder }

// Columns returns every per-person figure: the node metrics, then for each
// attribute its ego-network figures (<attr>_ego_<figure>), then on
// directed data each attribute's brokerage roles (<attr>_brokerage_<role>).
func (r *Result) Columns() []Column {
	out := make([]Column, 0, len(r.nodeCols)+8*len(r.egoCols))
	for _, c := range r.nodeCols {
		out = append(out, Column{c.name, c.values})
	}
	for _, e := range r.egoCols {
		p := e.attr + "_ego_"
		out = append(out,
			Column{p + "n_alters", intsToFloats(e.ego.NAlters)},
			Column{p + "blau", e.ego.Blau},
			Column{p + "iqv", e.ego.IQV},
			Column{p + "entropy", e.ego.Entropy},
			Column{p + "evenness", e.ego.Evenness},
			Column{p + "ei_external", nullNegative(e.ego.External)},
			Column{p + "ei_internal", nullNegative(e.ego.Internal)},
			Column{p + "ei_index", e.ego.Index},
		)
	}
	for _, b := range r.brokerageRoles {
		p := b.attr + "_brokerage_"
		roles := [6][]float64{}
		for k := range roles {
			roles[k] = make([]float64, len(b.nodes))
		}
		for i, ro := range b.nodes {
			for k, v := range []int{ro.Coordinator, ro.Itinerant, ro.Representative, ro.Gatekeeper, ro.Liaison, ro.Total()} {
				roles[k][i] = float64(v)
			}
		}
		for k, name := range []string{"coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"} {
			out = append(out, Column{p + name, roles[k]})
		}
	}
	return out
}

// isNum reports whether x is defined.
func isNum(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }
