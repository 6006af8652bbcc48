package analysis

import (
	"fmt"
	"math"
	"slices"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/measures/bridges"
	"github.com/tiesnet/ties/graph/measures/brokerage"
	"github.com/tiesnet/ties/graph/measures/centrality"
	"github.com/tiesnet/ties/graph/measures/cohesion"
	"github.com/tiesnet/ties/graph/measures/community"
	"github.com/tiesnet/ties/graph/measures/diversity"
	"github.com/tiesnet/ties/graph/measures/holes"
	"github.com/tiesnet/ties/graph/measures/reciprocity"
	"github.com/tiesnet/ties/graph/measures/twomode"
)

// Run analyses a network. The network is not changed. Errors are an
// *OptionError or an *UnknownAttributeError.
func Run(nw *graph.Network, opt Options) (*Result, error) {
	opt, err := opt.resolved()
	if err != nil {
		return nil, err
	}
	progress := func(stage string) {
		if opt.Progress != nil {
			opt.Progress(stage, 0, 0)
		}
	}
	attrs, err := selectAttributes(nw, opt.Attributes)
	if err != nil {
		return nil, err
	}
	r := &Result{Network: nw, Options: opt}

	progress("building the views")
	r.buildViews(opt)
	opt = r.Options
	u, weighted := r.Views.Structure, r.Weighted

	progress("components and clustering")
	r.undirected(u, weighted)

	// Betweenness: a pass over the sources (or sampled pairs), and one
	// more on weighted data; each pass is a stage of its own, so that a
	// progress line can say which one it is on.
	var bprogress func(done, total int)
	passes := 1
	if weighted {
		passes = 2
	}
	pass := func(k int) {
		stage := "betweenness"
		if passes > 1 {
			stage = fmt.Sprintf("betweenness: pass %d of %d", k, passes)
		}
		progress(stage)
		if opt.Progress != nil {
			bprogress = func(done, total int) { opt.Progress(stage, done, total) }
		}
	}
	pass(1)
	r.betweenness(u, centrality.Hops, bprogress)
	if weighted {
		pass(2)
		r.betweenness(u, opt.distance(), bprogress)
	}

	// Structural holes.
	progress("structural holes")
	var h, hw holes.Result
	if weighted {
		h, hw = holes.AnalyzeBoth(u, holes.Options{Model: opt.HolesModel})
	} else {
		h = holes.Analyze(u, holes.Options{Model: opt.HolesModel})
	}
	r.setMetric(Constraint, h.Constraint)
	r.setMetric(EffectiveSize, h.EffectiveSize)
	r.setMetric(Efficiency, h.Efficiency)
	r.setMetric(Hierarchy, h.Hierarchy)
	if weighted {
		r.setMetric(ConstraintWeighted, hw.Constraint)
		r.setMetric(EffectiveSizeWeighted, hw.EffectiveSize)
		r.setMetric(EfficiencyWeighted, hw.Efficiency)
		r.setMetric(HierarchyWeighted, hw.Hierarchy)
	}

	// Communities.
	progress("communities")
	comm := community.Louvain(u, weighted, opt.Resolution, opt.Seed)
	r.setMetric(Community, intsToFloats(comm))
	r.setMetric(Participation, community.Participation(u, comm))
	r.Undirected.Modularity = community.Modularity(u, comm, weighted, opt.Resolution)
	r.Undirected.Communities = countDistinct(comm)
	r.Communities = comm

	// Directed data: reciprocity.
	if d := r.Views.Directed; d != nil {
		progress("reciprocity")
		rc := reciprocity.Analyze(d)
		r.Directed = &Directed{Result: rc, WeakComponents: cohesion.WeakComponents(d), StrongComponents: cohesion.StrongComponents(d)}
		r.setMetric(InDegree, intsToFloats(rc.InDegree))
		r.setMetric(OutDegree, intsToFloats(rc.OutDegree))
		r.setMetric(Reciprocity, rc.Node)
		r.setMetric(Balance, rc.Balance)
	}

	// Attributes: every one encoded, the selected ones analysed.
	progress("diversity")
	r.Encodings = make([]diversity.Attribute, len(nw.Attributes))
	for a := range nw.Attributes {
		r.Encodings[a] = diversity.Encode(nw, a)
	}
	for _, a := range attrs {
		r.Attributes = append(r.Attributes, r.attribute(r.Encodings[a]))
	}

	// Two-mode: the memberships (organisations counted as groups join the
	// structure view only).
	if b := r.Views.Networks; b != nil {
		progress("memberships")
		tm := twomode.AnalyzeBipartite(b, twomode.ProjectOptions{MaxGroupSize: opt.GroupSizeCap(), Newman: opt.Projection.Newman})
		if e := r.Ego(); e >= 0 {
			// Whom the ego reaches through shared networks, every network
			// counted: one pass over the memberships.
			tm.Reach = b.ReachCounts(e)
		}
		r.TwoMode = &tm
	}
	r.contacts()
	r.Concentration = r.concentration()
	r.Findings = findings(r)
	return r, nil
}

// buildViews builds every view and decides whether shared groups count as
// ties.
func (r *Result) buildViews(opt Options) {
	nw := r.Network
	tie := csr.Undirected(nw)
	r.Views.Tie = tie
	// A contact export alone is a star: the organisation is the one focus
	// it shows, so colleagues count as likely ties (an assumption the
	// outputs name), in the structure view only.
	sparse := !tiesReachContacts(tie, nw.Ego)
	if opt.OrgAsGroup == OrgAsGroupAuto && opt.Projection.OrganizationAttribute == "" {
		if _, ok := nw.AttributeIndex(OrganizationAttribute); ok && sparse {
			opt.Projection.OrganizationAttribute = OrganizationAttribute
			r.LikelyColleagues = true
		}
	}
	r.Options = opt
	if nw.HasDirected() {
		r.Views.Directed = csr.Directed(nw)
	}
	hasGroups := len(nw.Groups) > 0 || opt.Projection.OrganizationAttribute != ""
	if hasGroups {
		r.Views.Memberships = twomode.NewBipartite(nw, opt.projection())
		r.Views.Networks = r.Views.Memberships
		if opt.Projection.OrganizationAttribute != "" {
			r.Views.Networks = nil
			if len(nw.Groups) > 0 {
				p := opt.projection()
				p.OrganizationAttribute = ""
				r.Views.Networks = twomode.NewBipartite(nw, p)
			}
		}
	}
	// Shared groups join the structure view when asked, or by default when
	// the ties alone do not say who knows whom among the contacts. Only
	// groups within the size cap imply ties, streamed from the memberships
	// into the joined view (twomode.Bipartite.Join): the list of pairs,
	// which squares with group size, is never held.
	r.Views.Structure = tie
	if hasGroups && (opt.GroupTies == GroupTiesOn || (opt.GroupTies == GroupTiesAuto && sparse)) {
		popt := twomode.ProjectOptions{MaxGroupSize: opt.GroupSizeCap(), Newman: opt.Projection.Newman}
		if r.Views.Memberships.ImpliesTies(popt) {
			r.Views.Structure, _ = r.Views.Memberships.Join(tie, popt)
			r.GroupTies = true
		}
	}
	// The shape of what was measured: one count of tied pairs everywhere.
	r.Structure = shape(r.Views.Structure, nw.Ego)
	r.TieStructure = r.Structure
	if r.GroupTies {
		r.TieStructure = shape(tie, nw.Ego)
	}
	r.Weighted = slices.ContainsFunc(r.Views.Structure.W, func(w float64) bool { return w != 1 })
}

// tiesReachContacts reports whether the ties say who knows whom among the
// ego's contacts: at least half of them have a tie to another contact. A
// contact export alone has none (a star); a few group messages in a
// LinkedIn archive still leave most contacts tied to the ego alone. Without
// an ego: whether the ties are more than a star or nothing.
func tiesReachContacts(tie *csr.Graph, ego int) bool {
	if ego < 0 {
		return shape(tie, ego).Shape == graph.Web
	}
	contacts, reached := 0, 0
	for _, j := range tie.Neighbors(ego) {
		contacts++
		for _, x := range tie.Neighbors(int(j)) {
			if int(x) != ego {
				reached++
				break
			}
		}
	}
	return contacts > 0 && 2*reached >= contacts
}

// selectAttributes resolves attribute names to indices; nil means all.
// DefaultAttributes are the attributes analysed when none are named: every
// one but a raw one ties derived others from (a contact export's job
// titles, nearly all distinct, so their diversity says nothing; function
// and seniority say it; --attr position asks for it).
func DefaultAttributes(nw *graph.Network) []string {
	source := map[string]bool{}
	for _, name := range nw.Attributes {
		if from, ok := nw.DerivedFrom(name); ok {
			source[from] = true
		}
	}
	var out []string
	for _, name := range nw.Attributes {
		if !source[name] {
			out = append(out, name)
		}
	}
	return out
}

func selectAttributes(nw *graph.Network, names []string) ([]int, error) {
	if names == nil {
		var out []int
		for _, name := range DefaultAttributes(nw) {
			a, _ := nw.AttributeIndex(name)
			out = append(out, a)
		}
		return out, nil
	}
	var out []int
	for _, name := range names {
		a, ok := nw.AttributeIndex(name)
		if !ok {
			return nil, &UnknownAttributeError{Name: name, Have: slices.Clone(nw.Attributes)}
		}
		out = append(out, a)
	}
	return out, nil
}

// shape says whether g is a star around one person, has no edges, or has
// edges among the others (graph.Structure). A star's centre is an end of
// every edge: its degree is the number of edges.
func shape(g *csr.Graph, ego int) graph.Structure {
	m := g.Entries() / 2
	s := graph.Structure{Shape: graph.NoTies, Center: -1, Pairs: m}
	if m == 0 {
		return s
	}
	var cands []int
	if ego >= 0 {
		cands = append(cands, ego)
	}
	for i := 0; i < g.N(); i++ {
		if nb := g.Neighbors(i); len(nb) > 0 {
			cands = append(cands, i, int(nb[0]))
			break
		}
	}
	center := -1
	for _, c := range cands {
		if g.Degree(c) == m {
			center = c
			break
		}
	}
	ref := ego
	if center >= 0 {
		ref = center
	}
	s.AmongOthers = m
	if ref >= 0 {
		s.AmongOthers = m - g.Degree(ref)
	}
	if center >= 0 && m >= 2 {
		s.Shape, s.Center = graph.Star, center
		return s
	}
	s.Shape = graph.Web
	return s
}

func (r *Result) undirected(u *csr.Graph, weighted bool) {
	n := u.N()
	m := u.Entries() / 2
	out := &r.Undirected
	out.N, out.M = n, m
	out.Density = cohesion.Density(n, m, false)
	_, out.Components = cohesion.Components(u)
	tri := cohesion.Triangles(u)
	cl := cohesion.ClusteringFromTriangles(u, tri)
	out.AverageClustering = cohesion.AverageClustering(cl)
	out.Transitivity = cohesion.TransitivityFromTriangles(u, tri)
	deg := make([]float64, n)
	str := make([]float64, n)
	total := 0.0
	for i := range n {
		deg[i] = float64(u.Degree(i))
		str[i] = u.Strength(i)
		total += str[i]
	}
	r.setMetric(Degree, deg)
	r.setMetric(Strength, str)
	r.setMetric(Clustering, cl)
	out.TotalWeight = math.NaN()
	if weighted {
		out.TotalWeight = total / 2
	}
	br := bridges.Analyze(u)
	r.Bridges = br.Bridges
	r.LocalBridges = br.LocalBridges
	r.ArticulationPoints = br.ArticulationPoints
	slices.Sort(r.ArticulationPoints)
}

func (r *Result) attribute(a diversity.Attribute) *Attribute {
	u, d := r.Views.Structure, r.Views.Directed
	out := &Attribute{
		Encoding:              a,
		Stats:                 diversity.OfAll(a),
		EI:                    diversity.EIUndirected(u, a),
		Assortativity:         diversity.Assortativity(u, a, false),
		Ego:                   diversity.EgoDiversity(u, a),
		AssortativityDirected: math.NaN(),
	}
	if d != nil {
		eid := diversity.EIDirected(d, a)
		out.EIDirected = &eid
		out.AssortativityDirected = diversity.Assortativity(d, a, true)
		ext, in, idx := diversity.EgoEIDirected(d, a)
		out.EgoDirected = &EgoDirected{External: ext, Internal: in, Index: idx}
		nodes, totals := brokerage.GouldFernandez(d, a.Values)
		out.Brokerage = &Brokerage{Nodes: nodes, Totals: totals}
	}
	return out
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
