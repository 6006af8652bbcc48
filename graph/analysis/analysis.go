// Package analysis runs every measure of ties on a network and gathers the
// results in one Result, the machine contract of `ties analyze --format
// json` (docs/analyze-json.md). The measures themselves live in their own
// packages (centrality, holes, bridges, cohesion, reciprocity, brokerage,
// diversity, community, twomode), each with its formula and reference; this
// package decides what applies to the data, in which view, and says what the
// figures mean in plain words (findings.go).
package analysis

import (
	"fmt"
	"math"
	"slices"
	"sort"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/bridges"
	"github.com/tiesnet/ties/graph/brokerage"
	"github.com/tiesnet/ties/graph/centrality"
	"github.com/tiesnet/ties/graph/cohesion"
	"github.com/tiesnet/ties/graph/community"
	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/diversity"
	"github.com/tiesnet/ties/graph/holes"
	"github.com/tiesnet/ties/graph/reciprocity"
	"github.com/tiesnet/ties/graph/twomode"
)

// SchemaVersion is the version of the JSON layout. Raise it when a field
// changes meaning or goes away; adding a field does not raise it.
const SchemaVersion = 1

// GroupTies says whether shared groups count as ties in the undirected view.
type GroupTies string

const (
	// GroupTiesAuto adds shared groups when the ties alone are a star or
	// empty and there are groups: a LinkedIn export plus memberships.
	GroupTiesAuto GroupTies = "auto"
	GroupTiesOn   GroupTies = "on"
	GroupTiesOff  GroupTies = "off"
)

// Options choose what is computed and how.
type Options struct {
	// Attributes to analyse; nil means all.
	Attributes []string
	// HolesModel: holes.Whole (the spec's default) or holes.EgoNetwork.
	HolesModel holes.Model
	// WeightAs says how tie weights enter weighted betweenness:
	// centrality.WeightAsLength (the spec's default) or WeightAsStrength.
	WeightAs centrality.Distance
	// BetweennessSamples: -1 chooses by size (centrality.Recommend), 0 is
	// exact, k > 0 samples k sources.
	BetweennessSamples int
	// Seed drives sampled betweenness and Louvain.
	Seed uint64
	// Resolution is Louvain's and modularity's resolution (1: Newman's Q).
	Resolution float64
	// Projection sets how memberships are projected onto people (Newman
	// weighting, size cap, shared organisation).
	Projection graph.ProjectionOptions
	// GroupTies says whether shared groups join the undirected view.
	GroupTies GroupTies
	// Progress, when set, is told what is being computed (for stderr).
	Progress func(stage string, done, total int)
}

// DefaultOptions are the spec's defaults.
func DefaultOptions() Options {
	return Options{
		HolesModel:         holes.Whole,
		WeightAs:           centrality.WeightAsLength,
		BetweennessSamples: -1,
		Seed:               1,
		Resolution:         1,
		GroupTies:          GroupTiesAuto,
	}
}

// Run analyses a network. The network is not changed.
func Run(nw *graph.Network, opt Options) (*Result, error) {
	if opt.Resolution == 0 {
		opt.Resolution = 1
	}
	progress := func(stage string) {
		if opt.Progress != nil {
			opt.Progress(stage, 0, 0)
		}
	}
	n := len(nw.People)
	r := &Result{
		SchemaVersion: SchemaVersion,
		Nodes:         map[string]PerPerson{},
		Attributes:    map[string]*AttributeResult{},
		ids:           make([]string, n),
		nw:            nw,
	}
	for i, p := range nw.People {
		r.ids[i] = p.ID
	}
	r.roster = newRoster(r.ids)
	attrs, err := selectAttributes(nw, opt.Attributes)
	if err != nil {
		return nil, err
	}

	// The views.
	progress("building the views")
	u := csr.Undirected(nw)
	var d *csr.Graph
	directed := nw.HasDirected()
	if directed {
		d = csr.Directed(nw)
	}
	structure := nw.Structure(opt.Projection)
	groupTies := false
	switch opt.GroupTies {
	case GroupTiesOn:
		groupTies = true
	case GroupTiesAuto, "":
		groupTies = nw.TieStructure().Shape != graph.Web && hasSharedGroups(nw, opt.Projection)
	}
	if groupTies {
		u = combine(u, csr.Projection(nw, opt.Projection))
	}
	weighted := weightedView(u)
	r.u = u
	r.Options = OptionsOut{
		Attributes:         attrNames(nw, attrs),
		HolesModel:         holesModelName(opt.HolesModel),
		WeightAs:           weightAsName(opt.WeightAs),
		Seed:               opt.Seed,
		Resolution:         opt.Resolution,
		GroupTies:          groupTies,
		NewmanProjection:   opt.Projection.Newman,
		MaxGroupSize:       opt.Projection.MaxGroupSize,
		OrgAsGroup:         opt.Projection.OrganizationAttribute != "",
		Directed:           directed,
		Weighted:           weighted,
		BetweennessSamples: opt.BetweennessSamples,
	}
	r.Structure = StructureOut{
		Shape:       string(structure.Shape),
		Pairs:       structure.Pairs,
		AmongOthers: structure.AmongOthers,
		Message:     structure.Explain(nw),
	}
	if structure.Center >= 0 {
		r.Structure.Center = &r.ids[structure.Center]
	}
	if nw.Ego >= 0 {
		r.Ego = &r.ids[nw.Ego]
	}

	// Undirected structure.
	progress("components and clustering")
	r.undirected(u, weighted)

	// Betweenness.
	samples := opt.BetweennessSamples
	if samples < 0 {
		samples = centrality.Recommend(n)
	}
	bopt := centrality.Options{Samples: samples, Seed: opt.Seed}
	if opt.Progress != nil {
		bopt.Progress = func(done, total int) { opt.Progress("betweenness", done, total) }
	}
	progress("betweenness")
	b := centrality.Betweenness(u, bopt)
	r.setNode("betweenness", b.Normalized)
	r.setNode("betweenness_raw", b.Raw)
	r.Betweenness = BetweennessOut{Exact: b.Exact, Sources: b.Sources}
	if !b.Exact {
		r.setNode("betweenness_raw_stderr", b.StdErr)
		r.Betweenness.MaxStdErr = Num(maxOf(b.StdErr))
	}
	if weighted {
		bopt.Distance = opt.WeightAs
		bw := centrality.Betweenness(u, bopt)
		r.setNode("betweenness_weighted", bw.Normalized)
		r.setNode("betweenness_weighted_raw", bw.Raw)
	}

	// Structural holes.
	progress("structural holes")
	h := holes.Analyze(u, holes.Options{Model: opt.HolesModel})
	r.setNode("constraint", h.Constraint)
	r.setNode("effective_size", h.EffectiveSize)
	r.setNode("efficiency", h.Efficiency)
	r.setNode("hierarchy", h.Hierarchy)
	if weighted {
		hw := holes.Analyze(u, holes.Options{Model: opt.HolesModel, Weighted: true})
		r.setNode("constraint_weighted", hw.Constraint)
		r.setNode("effective_size_weighted", hw.EffectiveSize)
		r.setNode("efficiency_weighted", hw.Efficiency)
		r.setNode("hierarchy_weighted", hw.Hierarchy)
	}

	// Communities.
	progress("communities")
	comm := community.Louvain(u, weighted, opt.Resolution, opt.Seed)
	r.setNode("community", intsToFloats(comm))
	r.setNode("participation", community.Participation(u, comm))
	r.Network.Undirected.Modularity = Num(community.Modularity(u, comm, weighted, opt.Resolution))
	r.Network.Undirected.Communities = countDistinct(comm)
	r.communities = comm

	// Directed data: reciprocity and brokerage.
	if directed {
		progress("reciprocity")
		r.directed(d)
	}

	// Attributes.
	progress("diversity")
	for _, a := range attrs {
		enc := diversity.Encode(nw, a)
		r.Attributes[enc.Name] = r.attribute(enc, u, d)
		if directed {
			r.brokerage(enc, d)
		}
	}

	// Two-mode.
	if len(nw.Groups) > 0 || opt.Projection.OrganizationAttribute != "" {
		progress("memberships")
		r.twoMode(twomode.Analyze(nw, opt.Projection), attrs)
	}
	r.Findings = findings(r)
	return r, nil
}

// selectAttributes resolves attribute names to indices; nil means all.
func selectAttributes(nw *graph.Network, names []string) ([]int, error) {
	if names == nil {
		out := make([]int, len(nw.Attributes))
		for a := range out {
			out[a] = a
		}
		return out, nil
	}
	var out []int
	for _, name := range names {
		a, ok := nw.AttributeIndex(name)
		if !ok {
			return nil, fmt.Errorf("no attribute %q; the data has: %v", name, nw.Attributes)
		}
		out = append(out, a)
	}
	return out, nil
}

func attrNames(nw *graph.Network, attrs []int) []string {
	out := make([]string, len(attrs))
	for k, a := range attrs {
		out[k] = nw.Attributes[a]
	}
	return out
}

func hasSharedGroups(nw *graph.Network, opt graph.ProjectionOptions) bool {
	for _, g := range nw.Affiliations(opt) {
		if len(g.Members) >= 2 && (opt.MaxGroupSize == 0 || len(g.Members) <= opt.MaxGroupSize) {
			return true
		}
	}
	return false
}

// combine adds the projection's edges to U, summing weights.
func combine(u, p *csr.Graph) *csr.Graph {
	arcs := make([]csr.Arc, 0, (u.Entries()+p.Entries())/2)
	for _, g := range []*csr.Graph{u, p} {
		for i := 0; i < g.N(); i++ {
			w := g.Weights(i)
			for k, j := range g.Neighbors(i) {
				if int(j) > i {
					arcs = append(arcs, csr.Arc{From: int32(i), To: j, W: w[k]})
				}
			}
		}
	}
	return csr.Build(u.N(), arcs, true)
}

// weightedView reports whether any edge of U has a weight other than 1.
func weightedView(u *csr.Graph) bool {
	return slices.ContainsFunc(u.W, func(w float64) bool { return w != 1 })
}

func (r *Result) setNode(metric string, values []float64) {
	r.Nodes[metric] = PerPerson{r.roster, values}
	r.nodeCols = append(r.nodeCols, nodeCol{metric, values})
}

func (r *Result) undirected(u *csr.Graph, weighted bool) {
	n := u.N()
	m := u.Entries() / 2
	out := &r.Network.Undirected
	out.NNodes, out.NEdges = n, m
	out.Density = Num(cohesion.Density(n, m, false))
	_, out.Components = cohesion.Components(u)
	tri := cohesion.Triangles(u)
	cl := cohesion.ClusteringFromTriangles(u, tri)
	out.AverageClustering = Num(cohesion.AverageClustering(cl))
	out.Transitivity = Num(cohesion.TransitivityFromTriangles(u, tri))
	deg := make([]float64, n)
	str := make([]float64, n)
	total := 0.0
	for i := range n {
		deg[i] = float64(u.Degree(i))
		str[i] = u.Strength(i)
		total += str[i]
	}
	r.setNode("degree", deg)
	r.setNode("strength", str)
	r.setNode("clustering", cl)
	if weighted {
		tw := Num(total / 2)
		out.TotalWeight = &tw
	}
	br := bridges.Analyze(u)
	out.Bridges = [][2]string{}
	for _, e := range br.Bridges {
		out.Bridges = append(out.Bridges, r.pair(e.U, e.V))
	}
	sortPairs(out.Bridges)
	out.LocalBridges = []LocalBridgeOut{}
	for _, lb := range br.LocalBridges {
		p := r.pair(lb.U, lb.V)
		l := LocalBridgeOut{A: p[0], B: p[1]}
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
	for _, v := range br.ArticulationPoints {
		out.ArticulationPoints = append(out.ArticulationPoints, r.ids[v])
	}
	sort.Strings(out.ArticulationPoints)
}

// pair writes two nodes as ids, the smaller id first.
func (r *Result) pair(a, b int) [2]string {
	x, y := r.ids[a], r.ids[b]
	if y < x {
		x, y = y, x
	}
	return [2]string{x, y}
}

func sortPairs(ps [][2]string) {
	sort.Slice(ps, func(a, b int) bool {
		if ps[a][0] != ps[b][0] {
			return ps[a][0] < ps[b][0]
		}
		return ps[a][1] < ps[b][1]
	})
}

func (r *Result) directed(d *csr.Graph) {
	rc := reciprocity.Analyze(d)
	r.Network.Directed = &DirectedOut{
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
		WeakComponents:   cohesion.WeakComponents(d),
		StrongComponents: cohesion.StrongComponents(d),
	}
	r.setNode("in_degree", intsToFloats(rc.InDegree))
	r.setNode("out_degree", intsToFloats(rc.OutDegree))
	r.setNode("reciprocity", rc.Node)
	r.setNode("balance", rc.Balance)
}

func (r *Result) attribute(a diversity.Attribute, u, d *csr.Graph) *AttributeResult {
	s := diversity.Of(a, nil)
	out := &AttributeResult{
		N: s.N, NMissing: s.Missing, K: s.K,
		Counts:   map[string]int{},
		Blau:     Num(s.Blau),
		IQV:      Num(s.IQV),
		Entropy:  Num(s.Entropy),
		Evenness: Num(s.Evenness),
	}
	for c, name := range a.Categories {
		out.Counts[name] = s.Counts[c]
	}
	ei := diversity.EIUndirected(u, a)
	out.EI = EIOut{External: ei.External, Internal: ei.Internal, Index: Num(ei.Index)}
	out.Assortativity = Num(diversity.Assortativity(u, a, false))
	ego := diversity.EgoDiversity(u, a)
	out.Ego = EgoOut{
		NAlters:    r.byID(intsToFloats(ego.NAlters)),
		Blau:       r.byID(ego.Blau),
		IQV:        r.byID(ego.IQV),
		Entropy:    r.byID(ego.Entropy),
		Evenness:   r.byID(ego.Evenness),
		EIExternal: r.byID(nullNegative(ego.External)),
		EIInternal: r.byID(nullNegative(ego.Internal)),
		EIIndex:    r.byID(ego.Index),
	}
	r.egoCols = append(r.egoCols, egoCols{attr: a.Name, ego: ego})
	if d != nil {
		eid := diversity.EIDirected(d, a)
		out.EIDirected = &EIOut{External: eid.External, Internal: eid.Internal, Index: Num(eid.Index)}
		ad := Num(diversity.Assortativity(d, a, true))
		out.AssortativityDirected = &ad
		ext, in, idx := diversity.EgoEIDirected(d, a)
		out.Ego.EIDirectedExternal = r.byIDRef(nullNegative(ext))
		out.Ego.EIDirectedInternal = r.byIDRef(nullNegative(in))
		out.Ego.EIDirectedIndex = r.byIDRef(idx)
	}
	r.attrOrder = append(r.attrOrder, a.Name)
	r.encoded = append(r.encoded, a)
	return out
}

// nullNegative turns counts where -1 means undefined into floats with NaN.
func nullNegative(xs []int) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = float64(x)
		if x < 0 {
			out[i] = math.NaN()
		}
	}
	return out
}

func (r *Result) byID(values []float64) PerPerson { return PerPerson{r.roster, values} }

func (r *Result) byIDRef(values []float64) *PerPerson {
	p := r.byID(values)
	return &p
}

func (r *Result) brokerage(a diversity.Attribute, d *csr.Graph) {
	nodes, totals := brokerage.GouldFernandez(d, a.Values)
	out := &BrokerageOut{Nodes: RolesByPerson{r.roster, nodes}, Totals: rolesOut(totals)}
	if r.Brokerage == nil {
		r.Brokerage = map[string]*BrokerageOut{}
	}
	r.Brokerage[a.Name] = out
	r.brokerageRoles = append(r.brokerageRoles, brokerageCols{attr: a.Name, nodes: nodes})
}

func rolesOut(ro brokerage.Roles) RolesOut {
	return RolesOut{Coordinator: ro.Coordinator, Itinerant: ro.Itinerant, Representative: ro.Representative,
		Gatekeeper: ro.Gatekeeper, Liaison: ro.Liaison, Total: ro.Total()}
}

func (r *Result) twoMode(tm twomode.Result, attrs []int) {
	out := &TwoModeOut{
		NGroups:          len(tm.Groups),
		NMemberships:     tm.Memberships,
		Groups:           map[string]*GroupOut{},
		PersonGroupCount: r.byID(intsToFloats(tm.PersonGroupCount)),
	}
	for _, g := range tm.Groups {
		gout := &GroupOut{Size: g.Size, Members: make([]string, len(g.Members)), Attributes: map[string]GroupAttrOut{}}
		for k, m := range g.Members {
			gout.Members[k] = r.ids[m]
		}
		sort.Strings(gout.Members)
		for _, enc := range r.encoded {
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
	out.Projection.NEdges = len(tm.Projection)
	out.Projection.Edges = make([]SharedOut, 0, len(tm.Projection))
	for _, e := range tm.Projection {
		p := r.pair(e.From, e.To)
		out.Projection.Edges = append(out.Projection.Edges, SharedOut{A: p[0], B: p[1], Shared: e.Shared, Weight: Num(e.Weight)})
	}
	sort.Slice(out.Projection.Edges, func(a, b int) bool {
		x, y := out.Projection.Edges[a], out.Projection.Edges[b]
		if x.A != y.A {
			return x.A < y.A
		}
		return x.B < y.B
	})
	out.Projection.Degree = r.byID(intsToFloats(tm.Degree))
	out.Projection.Strength = r.byID(tm.Strength)
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
	r.TwoMode = out
	r.twoModeRaw = &tm
}

func countDistinct(xs []int) int {
	seen := map[int]bool{}
	for _, x := range xs {
		if x >= 0 {
			seen[x] = true
		}
	}
	return len(seen)
}

func maxOf(xs []float64) float64 {
	m := math.NaN()
	for _, x := range xs {
		if !math.IsNaN(x) && (math.IsNaN(m) || x > m) {
			m = x
		}
	}
	return m
}

func holesModelName(m holes.Model) string {
	if m == holes.EgoNetwork {
		return "ego"
	}
	return "whole"
}

func weightAsName(d centrality.Distance) string {
	if d == centrality.WeightAsStrength {
		return "strength"
	}
	return "length"
}
