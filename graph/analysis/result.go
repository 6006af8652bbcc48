package analysis

import (
	"math"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/finding"
	"github.com/tiesnet/ties/graph/measures/bridges"
	"github.com/tiesnet/ties/graph/measures/brokerage"
	"github.com/tiesnet/ties/graph/measures/diversity"
	"github.com/tiesnet/ties/graph/measures/reciprocity"
	"github.com/tiesnet/ties/graph/measures/twomode"
)

// Result is everything the analysis computes, indexed by person (node i is
// nw.People[i]): the views it measured, built once, and every figure.
// Every output (the JSON contract of docs/analyze-json.md, tables, CSV,
// exports, pictures, reports) and the evaluation read it; none rebuilds a
// view or an encoding.
type Result struct {
	// Network is the analysed data; it is not changed.
	Network *graph.Network
	// Options are the options as used: defaults filled in.
	Options Options
	// Views are the graphs the figures were computed on.
	Views Views
	// GroupTies says whether shared groups joined the structure view.
	GroupTies bool
	// LikelyColleagues says that colleagues (the same organisation) were
	// counted as likely ties because the ties alone are a star: an
	// assumption, named in the findings.
	LikelyColleagues bool
	// Weighted says whether some edge of the structure view weighs other
	// than 1: then the weighted variants are computed too.
	Weighted bool
	// Structure is the shape of the structure view, the view every
	// structural figure is measured on: a star, no ties, or a network.
	Structure graph.Structure
	// TieStructure is the shape of the ties alone (Views.Tie): a star
	// there, completed by shared groups, is said so (the findings).
	TieStructure graph.Structure
	// Encodings are every attribute of the data (Network.Attributes, in
	// its order) as category indices, encoded once.
	Encodings []diversity.Attribute
	// Attributes are the analysed attributes (Options.Attributes), in the
	// data's order.
	Attributes []*Attribute
	// Undirected holds the whole-network figures of the structure view.
	Undirected Undirected
	// Bridges and LocalBridges are edges of the structure view (U < V);
	// ArticulationPoints its cut vertices, ascending.
	Bridges            []bridges.Edge
	LocalBridges       []bridges.LocalBridge
	ArticulationPoints []int
	// Communities is each person's Louvain community (0-based, dense).
	Communities []int
	// Betweenness says how betweenness was computed.
	Betweenness BetweennessInfo
	// Directed holds the directed figures; nil when no tie has a
	// direction.
	Directed *Directed
	// TwoMode is the memberships' analysis; nil without groups.
	TwoMode *twomode.Result
	// Concentration is how concentrated the ego's contacts (or everyone)
	// are in a few organisations; nil without organisations.
	Concentration *Concentration
	// Findings say what the figures mean, as codes (worded by the outputs).
	Findings Findings

	metrics [numMetrics][]float64
	order   []Metric // metrics in the order they were computed
}

// Views are the graphs an analysis builds, once: every figure is computed
// on one of them, and the evaluation and the outputs read them.
type Views struct {
	// Tie is the undirected view U of the ties (docs/spec/metrics.md):
	// ties files and contact exports, nothing else. Who is whose contact.
	Tie *csr.Graph
	// Structure is Tie joined with the pairs who share a network (or an
	// organisation) when the analysis counts shared groups as ties
	// (Result.GroupTies); otherwise Tie itself. Betweenness, constraint,
	// Louvain, bridges and every picture use it.
	Structure *csr.Graph
	// Directed is the directed view D; nil when no tie has a direction.
	Directed *csr.Graph
	// Memberships is people × networks (and organisations) as a bipartite
	// adjacency; nil without groups. Projected pairs are never stored.
	Memberships *twomode.Bipartite
	// Networks is people × networks alone, what the two-mode analysis
	// (Result.TwoMode) describes (metrics.md, two-mode: the memberships):
	// Memberships itself when no organisation counts as a group, nil
	// without memberships. Organisations join the structure view only.
	Networks *twomode.Bipartite
}

// Undirected holds the whole-network figures of the structure view.
type Undirected struct {
	N, M              int // people, edges
	Density           float64
	Components        int
	AverageClustering float64
	Transitivity      float64
	Modularity        float64
	Communities       int
	// TotalWeight is the sum of the edge weights; NaN when unweighted.
	TotalWeight float64
}

// Directed holds the figures of the directed view: reciprocity, the dyad
// census, who gives and who takes, and the components.
type Directed struct {
	reciprocity.Result
	WeakComponents, StrongComponents int
}

// Attribute is the analysis of one attribute.
type Attribute struct {
	// Encoding is the attribute's values as category indices.
	Encoding diversity.Attribute
	// Stats is its diversity over everyone.
	Stats diversity.Stats
	// EI and Assortativity are over the structure view.
	EI            diversity.EI
	Assortativity float64
	// Ego is each person's ego-network diversity.
	Ego diversity.Ego
	// Contacts is the diversity among the ego's contacts (the tie view:
	// who is whose contact, never a co-member), with the population's K;
	// ContactsEI is the E-I index of the ego's ties to them (external: a
	// contact whose value differs from the ego's; NaN when the ego has no
	// value). What the findings say when there is an ego; nil without one.
	Contacts   *diversity.Stats
	ContactsEI diversity.EI
	// Directed figures; nil or NaN without directed ties.
	EIDirected            *diversity.EI
	AssortativityDirected float64
	EgoDirected           *EgoDirected
	// Brokerage holds the Gould–Fernandez roles by this attribute; nil
	// without directed ties.
	Brokerage *Brokerage
}

// Name is the attribute's name.
func (a *Attribute) Name() string { return a.Encoding.Name }

// EgoDirected is each person's E-I over their arcs; -1 counts and NaN
// indices where undefined.
type EgoDirected struct {
	External, Internal []int
	Index              []float64
}

// Brokerage is the Gould–Fernandez brokerage by one attribute.
type Brokerage struct {
	Nodes  []brokerage.Roles
	Totals brokerage.Roles
}

// Findings are the plain-language findings of the analysis, by section,
// as codes with figures. Diversity is parallel to Result.Attributes.
type Findings struct {
	Structure, Brokers, Bridges, Ego, Reciprocity, TwoMode []finding.Finding
	Diversity                                              [][]finding.Finding
	Concentration                                          []finding.Finding
}

// Metric returns a per-person figure in node order (NaN: undefined), or
// nil when it was not computed (a weighted variant on unweighted data, a
// directed figure without directed ties, an interval of exact
// betweenness). The slice must not be changed.
func (r *Result) Metric(m Metric) []float64 {
	if m < 0 || m >= numMetrics {
		return nil
	}
	return r.metrics[m]
}

// Computed lists the metrics that were computed, in the order they were.
func (r *Result) Computed() []Metric { return r.order }

func (r *Result) setMetric(m Metric, values []float64) {
	if r.metrics[m] == nil {
		r.order = append(r.order, m)
	}
	r.metrics[m] = values
}

// Ego is the index of the ego, or -1.
func (r *Result) Ego() int { return r.Network.Ego }

// IDs returns the people's ids in node order.
func (r *Result) IDs() []string {
	ids := make([]string, len(r.Network.People))
	for i, p := range r.Network.People {
		ids[i] = p.ID
	}
	return ids
}

// Name is how person i is named to a reader: the name, or the id when the
// name is empty.
func (r *Result) Name(i int) string {
	if p := r.Network.People[i]; p.Name != "" {
		return p.Name
	}
	return r.Network.People[i].ID
}

// Label names person i with the id too: "Name (id)", or the id alone.
func (r *Result) Label(i int) string {
	if p := r.Network.People[i]; i == r.Network.Ego && p.Name == graph.You {
		return p.Name
	} else if p.Name != "" && p.Name != p.ID {
		return p.Name + " (" + p.ID + ")"
	}
	return r.Network.People[i].ID
}

// Attribute returns the analysis of the named attribute, or nil.
func (r *Result) Attribute(name string) *Attribute {
	for _, a := range r.Attributes {
		if a.Name() == name {
			return a
		}
	}
	return nil
}

// Top returns up to k people with the largest positive values of a
// metric, largest first (ties broken by node order).
func (r *Result) Top(m Metric, k int) []int { return top(r.Metric(m), k) }

// Column is one per-person figure in node order, for tables and CSV.
type Column struct {
	Name    string
	Values  []float64 // NaN: undefined
	Integer bool      // whole numbers (counts, community labels)
}

// Columns returns every per-person figure: the metrics in the order they
// were computed, then for each attribute its ego-network figures
// (<attr>_ego_<figure>, on directed data <attr>_ego_ei_directed_* too), then on directed data each attribute's brokerage
// roles (<attr>_brokerage_<role>).
func (r *Result) Columns() []Column {
	out := make([]Column, 0, len(r.order)+8*len(r.Attributes))
	for _, m := range r.order {
		out = append(out, Column{m.String(), r.metrics[m], m.Integer()})
	}
	for _, a := range r.Attributes {
		p := a.Name() + "_ego_"
		e := a.Ego
		out = append(out,
			Column{p + "n_alters", intsToFloats(e.NAlters), true},
			Column{p + "blau", e.Blau, false},
			Column{p + "iqv", e.IQV, false},
			Column{p + "entropy", e.Entropy, false},
			Column{p + "evenness", e.Evenness, false},
			Column{p + "ei_external", NullNegative(e.External), true},
			Column{p + "ei_internal", NullNegative(e.Internal), true},
			Column{p + "ei_index", e.Index, false},
		)
		if a.EIDirected != nil {
			// On directed data, the E-I index over each person's arcs too.
			d := a.EgoDirected
			out = append(out,
				Column{p + "ei_directed_external", NullNegative(d.External), true},
				Column{p + "ei_directed_internal", NullNegative(d.Internal), true},
				Column{p + "ei_directed_index", d.Index, false},
			)
		}
	}
	for _, a := range r.Attributes {
		if a.Brokerage == nil {
			continue
		}
		p := a.Name() + "_brokerage_"
		roles := [6][]float64{}
		for k := range roles {
			roles[k] = make([]float64, len(a.Brokerage.Nodes))
		}
		for i, ro := range a.Brokerage.Nodes {
			for k, v := range []int{ro.Coordinator, ro.Itinerant, ro.Representative, ro.Gatekeeper, ro.Liaison, ro.Total()} {
				roles[k][i] = float64(v)
			}
		}
		for k, name := range []string{"coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"} {
			out = append(out, Column{p + name, roles[k], true})
		}
	}
	return out
}

// NullNegative turns counts where -1 means undefined into floats with NaN.
func NullNegative(xs []int) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = float64(x)
		if x < 0 {
			out[i] = math.NaN()
		}
	}
	return out
}

func intsToFloats(xs []int) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = float64(x)
	}
	return out
}
