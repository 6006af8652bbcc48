package holes

import (
	"math"

	"github.com/tiesnet/ties/graph/csr"
)

// Model chooses which ties of the neighbours enter p_qj and m_jq.
type Model int

const (
	// Whole uses all of q's ties (NetworkX nx.constraint and
	// nx.effective_size on the whole graph). The default.
	Whole Model = iota
	// EgoNetwork computes everything inside i's ego network: i, its
	// neighbours and the ties among them (NetworkX on nx.ego_graph(U, i)).
	EgoNetwork
)

// String returns "whole" or "ego".
func (m Model) String() string {
	switch m {
	case Whole:
		return "whole"
	case EgoNetwork:
		return "ego"
	}
	return "unknown"
}

// Options controls the measures.
type Options struct {
	// Weighted uses the tie weights of the graph; otherwise every tie
	// weighs 1.
	Weighted bool
	// Model is Whole (default) or EgoNetwork.
	Model Model
	// Workers is the number of goroutines; 0 or less means
	// runtime.GOMAXPROCS(0). Small graphs run on one.
	Workers int
}

// Result holds all four measures, indexed by node. Isolates get NaN in
// every slice.
type Result struct {
	Constraint, EffectiveSize, Efficiency, Hierarchy []float64
}

// Analyze computes constraint, effective size, efficiency and hierarchy in
// one pass over g, which must be undirected (symmetric). Weights are used
// only when opt.Weighted. See Constraint, EffectiveSize, Efficiency and
// Hierarchy for the formulas.
func Analyze(g *csr.Graph, opt Options) Result {
	r := run(g, opt, wantConstraint|wantES|wantHierarchy)
	r.Efficiency = efficiency(g, r.EffectiveSize)
	return r
}

// AnalyzeBoth is Analyze without and with the tie weights (opt.Weighted
// is ignored), the classes of twins of a member list found once for both.
func AnalyzeBoth(g *csr.Graph, opt Options) (unweighted, weighted Result) {
	tw := &twinsOnce{g: g}
	for _, wt := range []bool{false, true} {
		o := opt
		o.Weighted = wt
		r := runShared(g, o, wantConstraint|wantES|wantHierarchy, tw)
		r.Efficiency = efficiency(g, r.EffectiveSize)
		if wt {
			weighted = r
		} else {
			unweighted = r
		}
	}
	return unweighted, weighted
}

func efficiency(g *csr.Graph, es []float64) []float64 {
	out := make([]float64, len(es))
	for i, e := range es {
		if k := g.Degree(i); k > 0 {
			out[i] = e / float64(k)
		} else {
			out[i] = math.NaN()
		}
	}
	return out
}
