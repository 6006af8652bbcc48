package analyzejson

import (
	"io"
	"math"
	"sort"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/measures/brokerage"
	"github.com/tiesnet/ties/graph/measures/diversity"
	"github.com/tiesnet/ties/graph/measures/twomode"
	"github.com/tiesnet/ties/graph/outputs/words"
)

// SchemaVersion is the version of the JSON layout. Raise it when a field
// changes meaning or goes away; adding a field does not raise it. Version
// 4: two_mode.projection.edges is written only when asked
// (Options.ProjectionEdges), and then lists the pairs of every network,
// those above the size cap included, as n_edges, degree and strength
// count them.
const SchemaVersion = 4

// Options choose what the document holds beyond the default.
type Options struct {
	// ProjectionEdges writes two_mode.projection.edges: every pair of
	// people who share a network, streamed from the memberships as the
	// document is written. A network of m members has m(m−1)/2 pairs (one
	// of 16 000 members, 128 million lines), so it is off by default; the
	// projection's n_edges, degree and strength come from group sizes
	// either way.
	ProjectionEdges bool
}

// Write writes the analysis as indented JSON with the default options.
func Write(w io.Writer, r *analysis.Result) error { return New(r).Write(w) }

// WriteWith writes the analysis as indented JSON with opt.
func WriteWith(w io.Writer, r *analysis.Result, opt Options) error { return NewWith(r, opt).Write(w) }

// New builds the JSON document of an analysis with the default options.
func New(r *analysis.Result) *Document { return NewWith(r, Options{}) }

// NewWith builds the JSON document of an analysis with jopt.
func NewWith(r *analysis.Result, jopt Options) *Document {
	ids := r.IDs()
	ro := newRoster(ids)
	d := &Document{
		SchemaVersion: SchemaVersion,
		Nodes:         map[string]PerPerson{},
		Attributes:    map[string]*AttributeResult{},
	}
	d.Options = optionsOut(r)
	if e := r.Ego(); e >= 0 {
		d.Ego = &ids[e]
	}
	p := words.New(labels{r})
	d.Structure = StructureOut{
		Shape:       string(r.Structure.Shape),
		Pairs:       r.Structure.Pairs,
		AmongOthers: r.Structure.AmongOthers,
		Message:     p.Section(r.Findings.Structure),
	}
	if c := r.Structure.Center; c >= 0 {
		d.Structure.Center = &ids[c]
	}

	d.Network.Undirected = undirectedOut(r, ids)
	d.Network.Directed = directedOut(r.Directed)

	d.Betweenness = BetweennessOut{Exact: r.Betweenness.Exact,
		SamplingOut: samplingOut(r.Betweenness.Sampled), Weighted: samplingOut(r.Betweenness.WeightedSampled)}
	for _, m := range r.Computed() {
		d.Nodes[m.String()] = PerPerson{ro, r.Metric(m)}
	}

	// attributes and brokerage
	for _, a := range r.Attributes {
		d.Attributes[a.Name()] = attribute(a, ro)
		if from, ok := r.Network.DerivedFrom(a.Name()); ok {
			d.Attributes[a.Name()].DerivedFrom = from
		}
		if a.Brokerage != nil {
			if d.Brokerage == nil {
				d.Brokerage = map[string]*BrokerageOut{}
			}
			d.Brokerage[a.Name()] = &BrokerageOut{Nodes: RolesByPerson{ro, a.Brokerage.Nodes}, Totals: rolesOut(a.Brokerage.Totals)}
		}
	}

	if tm := r.TwoMode; tm != nil {
		d.TwoMode = twoMode(r, tm, ro)
		if jopt.ProjectionEdges {
			d.streamProjection(r, ro, ids)
		}
	}

	d.Concentration = concentrationOut(r.Concentration)
	d.Findings = Findings{
		Structure:     d.Structure.Message,
		Brokers:       p.Section(r.Findings.Brokers),
		Bridges:       p.Section(r.Findings.Bridges),
		Ego:           p.Section(r.Findings.Ego),
		Diversity:     map[string]string{},
		Reciprocity:   p.Section(r.Findings.Reciprocity),
		TwoMode:       p.Section(r.Findings.TwoMode),
		Concentration: p.Section(r.Findings.Concentration),
	}
	for k, a := range r.Attributes {
		d.Findings.Diversity[a.Name()] = p.Section(r.Findings.Diversity[k])
	}
	return d
}

// optionsOut is the options the analysis ran with, as the CLI names them.
func optionsOut(r *analysis.Result) OptionsOut {
	opt := r.Options
	requested := opt.BetweennessSamples // the CLI's meaning: -1 by size, 0 exact
	switch requested {
	case 0:
		requested = -1
	case analysis.ExactBetweenness:
		requested = 0
	}
	names := make([]string, len(r.Attributes))
	for k, a := range r.Attributes {
		names[k] = a.Name()
	}
	return OptionsOut{
		Attributes:         names,
		HolesModel:         opt.HolesModel.String(),
		WeightAs:           string(opt.WeightAs),
		Seed:               opt.Seed,
		Resolution:         opt.Resolution,
		GroupTies:          r.GroupTies,
		NewmanProjection:   opt.Projection.Newman,
		MaxGroupSize:       opt.GroupSizeCap(),
		OrgAsGroup:         opt.Projection.OrganizationAttribute != "",
		LikelyColleagues:   r.LikelyColleagues,
		Directed:           r.Views.Directed != nil,
		Weighted:           r.Weighted,
		BetweennessSamples: requested,

		BetweennessConfidence: opt.BetweennessConfidence,
	}
}

// undirectedOut is network.undirected: the figures of the tie view, its
// bridges and local bridges as pairs of ids and its articulation points,
// each sorted by id.
func undirectedOut(r *analysis.Result, ids []string) UndirectedOut {
	u := r.Undirected
	out := &UndirectedOut{
		NNodes: u.N, NEdges: u.M, Density: Num(u.Density), Components: u.Components,
		AverageClustering: Num(u.AverageClustering), Transitivity: Num(u.Transitivity),
		Modularity: Num(u.Modularity), Communities: u.Communities,
	}
	if r.Weighted {
		tw := Num(u.TotalWeight)
		out.TotalWeight = &tw
	}
	pair := func(a, b int) [2]string {
		x, y := ids[a], ids[b]
		if y < x {
			x, y = y, x
		}
		return [2]string{x, y}
	}
	out.Bridges = [][2]string{}
	for _, e := range r.Bridges {
		out.Bridges = append(out.Bridges, pair(e.U, e.V))
	}
	sort.Slice(out.Bridges, func(a, b int) bool {
		x, y := out.Bridges[a], out.Bridges[b]
		if x[0] != y[0] {
			return x[0] < y[0]
		}
		return x[1] < y[1]
	})
	out.LocalBridges = []LocalBridgeOut{}
	for _, lb := range r.LocalBridges {
		pr := pair(lb.U, lb.V)
		l := LocalBridgeOut{A: pr[0], B: pr[1]}
		if lb.Span >= 0 {
			s := lb.Span
			l.Span = &s
		}
		out.LocalBridges = append(out.LocalBridges, l)
	}
	sort.Slice(out.LocalBridges, func(a, b int) bool {
		x, y := out.LocalBridges[a], out.LocalBridges[b]
		if x.A != y.A {
			return x.A < y.A
		}
		return x.B < y.B
	})
	out.ArticulationPoints = []string{}
	for _, v := range r.ArticulationPoints {
		out.ArticulationPoints = append(out.ArticulationPoints, ids[v])
	}
	sort.Strings(out.ArticulationPoints)
	return *out
}

// directedOut is network.directed, or nil when the ties have no direction.
func directedOut(rc *analysis.Directed) *DirectedOut {
	if rc == nil {
		return nil
	}
	return &DirectedOut{
		NArcs:       rc.Arcs,
		Density:     Num(rc.Density),
		Reciprocity: Num(rc.Reciprocity),
		Rho:         Num(rc.Rho),
		DyadCensus:  DyadCensusOut{Mutual: rc.Census.Mutual, Asymmetric: rc.Census.Asymmetric, Null: rc.Census.Null},
		SNAGrecip: GrecipOut{
			Dyadic:        Num(rc.Dyadic),
			DyadicNonNull: Num(rc.DyadicNonNull),
			Edgewise:      Num(rc.Reciprocity),
			EdgewiseLRR:   Num(rc.EdgewiseLRR),
		},
		WeakComponents:   rc.WeakComponents,
		StrongComponents: rc.StrongComponents,
	}
}

// streamProjection sets the projection's pairs to be streamed by Write:
// every network's pairs, as n_edges, degree and strength count them (the
// cap keeps a network's pairs out of the measured ties, not out of the
// projection).
func (d *Document) streamProjection(r *analysis.Result, ro *roster, ids []string) {
	b := r.Views.Networks
	popt := twomode.ProjectOptions{Newman: r.Options.Projection.Newman}
	d.TwoMode.Projection.Edges = &[]SharedOut{} // streamed in its place by Write
	d.projection = func(fn func(SharedOut)) {
		b.EachPair(popt, ro.rank, func(a, b, shared int, w float64) {
			fn(SharedOut{A: ids[a], B: ids[b], Shared: shared, Weight: Num(w)})
		})
	}
}

// concentrationOut is the concentration of people in organisations, or
// nil when the analysis has none.
func concentrationOut(c *analysis.Concentration) *ConcentrationOut {
	if c == nil {
		return nil
	}
	co := &ConcentrationOut{Population: "everyone", N: c.N, Organizations: c.Organizations, Largest: []OrgShare{},
		Herfindahl: Num(c.Herfindahl), Third: c.Third, Half: c.Half}
	if c.Contacts {
		co.Population = "contacts"
	}
	for _, l := range c.Largest {
		co.Largest = append(co.Largest, OrgShare{l.Value, l.Count, Num(l.Share)})
	}
	return co
}

// labels names people in the JSON's findings: "Name (id)", or the id.
type labels struct{ r *analysis.Result }

func (l labels) Label(i int) string { return l.r.Label(i) }
func (l labels) ID(i int) string    { return l.r.Network.People[i].ID }

// IsReader says whether person i is the ego shown as "you" (a contact
// export's exporter, graph.You), so that sentences about them read "you
// lie", not "you lies" (words.Addressee).
func (l labels) IsReader(i int) bool {
	return i >= 0 && i == l.r.Network.Ego && l.Label(i) == graph.You
}

func attribute(a *analysis.Attribute, ro *roster) *AttributeResult {
	s := a.Stats
	out := &AttributeResult{
		N: s.N, NMissing: s.Missing, K: s.K,
		Counts:   map[string]int{},
		Blau:     Num(s.Blau),
		IQV:      Num(s.IQV),
		Entropy:  Num(s.Entropy),
		Evenness: Num(s.Evenness),
		EI:       eiOut(a.EI),
	}
	for c, name := range a.Encoding.Categories {
		out.Counts[name] = s.Counts[c]
	}
	out.Assortativity = Num(a.Assortativity)
	ego := a.Ego
	pp := func(v []float64) PerPerson { return PerPerson{ro, v} }
	out.Ego = EgoOut{
		NAlters:    pp(ints(ego.NAlters)),
		Blau:       pp(ego.Blau),
		IQV:        pp(ego.IQV),
		Entropy:    pp(ego.Entropy),
		Evenness:   pp(ego.Evenness),
		EIExternal: pp(analysis.NullNegative(ego.External)),
		EIInternal: pp(analysis.NullNegative(ego.Internal)),
		EIIndex:    pp(ego.Index),
	}
	if a.EIDirected != nil {
		e := eiOut(*a.EIDirected)
		out.EIDirected = &e
		ad := Num(a.AssortativityDirected)
		out.AssortativityDirected = &ad
		ed := a.EgoDirected
		ext, in, idx := pp(analysis.NullNegative(ed.External)), pp(analysis.NullNegative(ed.Internal)), pp(ed.Index)
		out.Ego.EIDirectedExternal, out.Ego.EIDirectedInternal, out.Ego.EIDirectedIndex = &ext, &in, &idx
	}
	return out
}

func eiOut(e diversity.EI) EIOut {
	return EIOut{External: e.External, Internal: e.Internal, Index: Num(e.Index)}
}

func twoMode(r *analysis.Result, tm *twomode.Result, ro *roster) *TwoModeOut {
	out := &TwoModeOut{
		NGroups:          len(tm.Groups),
		NMemberships:     tm.Memberships,
		Groups:           map[string]*GroupOut{},
		PersonGroupCount: PerPerson{ro, ints(tm.PersonGroupCount)},
	}
	for _, g := range tm.Groups {
		gout := &GroupOut{Size: g.Size, Members: make([]string, len(g.Members)), Attributes: map[string]GroupAttrOut{}}
		for k, m := range g.Members {
			gout.Members[k] = ro.ids[m]
		}
		sort.Strings(gout.Members)
		for _, a := range r.Attributes {
			enc := a.Encoding
			s := diversity.Of(enc, g.Members)
			ga := GroupAttrOut{Counts: map[string]int{}, Blau: Num(s.Blau), IQV: Num(s.IQV)}
			for c, name := range enc.Categories {
				if s.Counts[c] > 0 {
					ga.Counts[name] = s.Counts[c]
				}
			}
			gout.Attributes[enc.Name] = ga
		}
		out.Groups[g.Name] = gout
	}
	out.Projection.NEdges = tm.Pairs
	out.Projection.Degree = PerPerson{ro, ints(tm.Degree)}
	out.Projection.Strength = PerPerson{ro, tm.Strength}
	out.GroupProjection.Edges = make([]SharedOut, 0, len(tm.GroupProjection))
	for _, e := range tm.GroupProjection {
		a, b := tm.Groups[e.A].Name, tm.Groups[e.B].Name
		if b < a {
			a, b = b, a
		}
		out.GroupProjection.Edges = append(out.GroupProjection.Edges, SharedOut{A: a, B: b, Shared: e.Shared, Weight: Num(e.Shared)})
	}
	sort.Slice(out.GroupProjection.Edges, func(a, b int) bool {
		x, y := out.GroupProjection.Edges[a], out.GroupProjection.Edges[b]
		if x.A != y.A {
			return x.A < y.A
		}
		return x.B < y.B
	})
	if tm.Dominant >= 0 {
		out.Dominant = &DominantOut{Group: tm.Groups[tm.Dominant].Name, Share: Num(tm.DominantShare)}
	}
	if r.Ego() >= 0 {
		out.Reach = tm.Reach
		if out.Reach == nil {
			out.Reach = []int{} // the ego shares no network with anybody
		}
	}
	return out
}

func ints(xs []int) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = float64(x)
	}
	return out
}

func rolesOut(ro brokerage.Roles) RolesOut {
	return RolesOut{Coordinator: ro.Coordinator, Itinerant: ro.Itinerant, Representative: ro.Representative,
		Gatekeeper: ro.Gatekeeper, Liaison: ro.Liaison, Total: ro.Total()}
}

// samplingOut is a sampled estimate's figures; nil when exact.
func samplingOut(s *analysis.Sampling) *SamplingOut {
	if s == nil {
		return nil
	}
	return &SamplingOut{Method: "riondato-kornaropoulos", Samples: s.Samples, Confidence: s.Confidence,
		Delta: math.Round((1-s.Confidence)*1e12) / 1e12, Epsilon: Num(s.Epsilon), Converged: s.Converged}
}
