package holes

import (
	"math"
	"slices"
	"testing"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/internal/socialgen"
)

// build makes an undirected graph from "a-b" style edges over node names.
func build(names string, edges [][2]int, weights []float64) *csr.Graph {
	arcs := make([]csr.Arc, len(edges))
	for k, e := range edges {
		w := 1.0
		if weights != nil {
			w = weights[k]
		}
		arcs[k] = csr.Arc{From: int32(e[0]), To: int32(e[1]), W: w}
	}
	return csr.Build(len(names), arcs, true)
}

// borgatti is the worked example of the spec (Borgatti 1997; NetworkX's
// tests, checked there against UCINET and igraph). Nodes A..G = 0..6.
func borgatti() *csr.Graph {
	const A, B, C, D, E, F, G = 0, 1, 2, 3, 4, 5, 6
	return build("ABCDEFG", [][2]int{{A, B}, {A, F}, {A, G}, {A, E}, {E, G}, {F, G}, {B, G}, {B, D}, {D, G}, {G, C}}, nil)
}

func TestWorkedExample(t *testing.T) {
	g := borgatti()
	r := Analyze(g, Options{})
	const A, B, C, D, E, F, G = 0, 1, 2, 3, 4, 5, 6
	tests := []struct {
		measure string
		got     []float64
		node    int
		want    float64
		tol     float64
	}{
		{"constraint", r.Constraint, G, 0.4003, 5e-5},
		{"constraint", r.Constraint, A, 0.5955, 5e-5},
		{"constraint", r.Constraint, B, 0.6427, 5e-5},
		{"constraint", r.Constraint, D, 0.7847, 5e-5},
		{"constraint", r.Constraint, E, 0.7309, 5e-5},
		{"constraint", r.Constraint, F, 0.7309, 5e-5},
		{"constraint", r.Constraint, C, 1, 1e-15},
		{"effective size", r.EffectiveSize, G, 4.667, 5e-4},
		{"effective size", r.EffectiveSize, A, 2.5, 1e-15},
		{"effective size", r.EffectiveSize, B, 1.667, 5e-4},
		{"efficiency", r.Efficiency, G, 4.666666666666667 / 6, 1e-15},
		{"efficiency", r.Efficiency, C, 1, 1e-15},
		{"hierarchy", r.Hierarchy, A, 0.1678, 5e-5},
		{"hierarchy", r.Hierarchy, G, 0.0947, 5e-5},
		{"hierarchy", r.Hierarchy, C, 1, 0},
	}
	for _, tt := range tests {
		if got := tt.got[tt.node]; math.Abs(got-tt.want) > tt.tol {
			t.Errorf("%s of %c = %.6f, want %.4f", tt.measure, "ABCDEFG"[tt.node], got, tt.want)
		}
	}
	// With all weights 1 the weighted variants are the same.
	w := Analyze(g, Options{Weighted: true})
	for i := range g.N() {
		if !close(w.Constraint[i], r.Constraint[i]) || !close(w.EffectiveSize[i], r.EffectiveSize[i]) || !close(w.Hierarchy[i], r.Hierarchy[i]) {
			t.Errorf("node %d: weighted with unit weights %+v differs", i, w)
		}
	}
}

func close(a, b float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	return math.Abs(a-b) <= 1e-12*math.Max(1, math.Abs(b))
}

// TestSmallGraphs checks exact values on hand-computed graphs. Rows give,
// per node, constraint, effective size, efficiency and hierarchy.
func TestSmallGraphs(t *testing.T) {
	nan := math.NaN()
	ln := math.Log
	// path a-b-c with weights 1, 3: b has p = 1/4, 3/4, no indirect ties.
	hPath := (0.2*ln(0.2) + 1.8*ln(1.8)) / (2 * ln(2))
	// triangle 0-1-2 plus 1-3 (node 1's values from NetworkX): node 0's local constraints are (1/2+1/4)^2
	// from 1 and (1/2+1/6)^2 from 2 (p_12 = 1/3 in the whole network,
	// 1/2 inside 0's ego network).
	c0 := []float64{9.0 / 16, 4.0 / 9}
	h0 := hier(c0)
	// weighted: w(1,3) = 5, p_12 = 1/7, m_12 = 1/5 in the whole network.
	c0w := []float64{9.0 / 16, 16.0 / 49}
	tests := []struct {
		name  string
		n     int
		edges [][2]int
		w     []float64
		opt   Options
		want  [][4]float64
	}{
		{"no nodes", 0, nil, nil, Options{Weighted: true, Model: EgoNetwork}, nil},
		{"isolate", 1, nil, nil, Options{}, [][4]float64{{nan, nan, nan, nan}}},
		{"pair", 2, [][2]int{{0, 1}}, nil, Options{}, [][4]float64{{1, 1, 1, 1}, {1, 1, 1, 1}}},
		{"pair and isolate", 3, [][2]int{{0, 2}}, nil, Options{Model: EgoNetwork}, [][4]float64{{1, 1, 1, 1}, {nan, nan, nan, nan}, {1, 1, 1, 1}}},
		{"triangle", 3, [][2]int{{0, 1}, {1, 2}, {0, 2}}, nil, Options{}, [][4]float64{{1.125, 1, 0.5, 0}, {1.125, 1, 0.5, 0}, {1.125, 1, 0.5, 0}}},
		{"star", 5, [][2]int{{0, 1}, {0, 2}, {0, 3}, {0, 4}}, nil, Options{}, [][4]float64{{0.25, 4, 1, 0}, {1, 1, 1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}}},
		{"weighted path", 3, [][2]int{{0, 1}, {1, 2}}, []float64{1, 3}, Options{Weighted: true}, [][4]float64{{1, 1, 1, 1}, {0.625, 2, 1, hPath}, {1, 1, 1, 1}}},
		{"weights ignored unless Weighted", 3, [][2]int{{0, 1}, {1, 2}}, []float64{1, 3}, Options{}, [][4]float64{{1, 1, 1, 1}, {0.5, 2, 1, 0}, {1, 1, 1, 1}}},
		{"triangle with tail", 4, [][2]int{{0, 1}, {0, 2}, {1, 2}, {1, 3}}, nil, Options{},
			[][4]float64{{c0[0] + c0[1], 1, 0.5, h0}, {0.6111111111111112, 7.0 / 3, 7.0 / 9, 0.0522045454467525}, {c0[0] + c0[1], 1, 0.5, h0}, {1, 1, 1, 1}}},
		{"triangle with tail, ego model", 4, [][2]int{{0, 1}, {0, 2}, {1, 2}, {1, 3}}, nil, Options{Model: EgoNetwork},
			[][4]float64{{1.125, 1, 0.5, 0}, {0.6111111111111112, 7.0 / 3, 7.0 / 9, 0.0522045454467525}, {1.125, 1, 0.5, 0}, {1, 1, 1, 1}}},
		{"weighted triangle with tail", 4, [][2]int{{0, 1}, {0, 2}, {1, 2}, {1, 3}}, []float64{1, 1, 1, 5}, Options{Weighted: true},
			[][4]float64{{c0w[0] + c0w[1], 1.4, 0.7, hier(c0w)}, {0.6020408163265306, 2.7142857142857144, 2.7142857142857144 / 3, 0.5149988937074979}, {c0w[0] + c0w[1], 1.4, 0.7, hier(c0w)}, {1, 1, 1, 1}}},
		{"weighted triangle with tail, ego model", 4, [][2]int{{0, 1}, {0, 2}, {1, 2}, {1, 3}}, []float64{1, 1, 1, 5}, Options{Weighted: true, Model: EgoNetwork},
			[][4]float64{{1.125, 1, 0.5, 0}, {0.6020408163265306, 2.7142857142857144, 2.7142857142857144 / 3, 0.5149988937074979}, {1.125, 1, 0.5, 0}, {1, 1, 1, 1}}},
		// All of a node's ties weigh 0: p = 0 as in NetworkX, so its
		// constraint is 0, its effective size k and its hierarchy undefined.
		{"zero weights", 3, [][2]int{{0, 1}, {0, 2}}, []float64{0, 0}, Options{Weighted: true}, [][4]float64{{0, 2, 1, nan}, {0, 1, 1, 1}, {0, 1, 1, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arcs := make([]csr.Arc, len(tt.edges))
			for k, e := range tt.edges {
				w := 1.0
				if tt.w != nil {
					w = tt.w[k]
				}
				arcs[k] = csr.Arc{From: int32(e[0]), To: int32(e[1]), W: w}
			}
			g := csr.Build(tt.n, arcs, true)
			r := Analyze(g, tt.opt)
			for i, want := range tt.want {
				got := [4]float64{r.Constraint[i], r.EffectiveSize[i], r.Efficiency[i], r.Hierarchy[i]}
				for m, name := range []string{"constraint", "effective size", "efficiency", "hierarchy"} {
					if !close(got[m], want[m]) {
						t.Errorf("node %d: %s = %v, want %v", i, name, got[m], want[m])
					}
				}
			}
		})
	}
}

func hier(c []float64) float64 {
	total := 0.0
	for _, x := range c {
		total += x
	}
	n := float64(len(c))
	s := 0.0
	for _, x := range c {
		r := x / (total / n)
		s += r * math.Log(r)
	}
	return s / (n * math.Log(n))
}

// TestSeparateEqualsAnalyze checks that each measure alone (other code
// paths of the kernel) equals Analyze, and that the result does not depend
// on the number of workers (bit for bit).
func TestSeparateEqualsAnalyze(t *testing.T) {
	defer func(m int) { minParallel = m }(minParallel)
	minParallel = 0
	g := socialgen.PendantCommunities(600, 5, 1)
	for _, opt := range []Options{{}, {Weighted: true}, {Model: EgoNetwork}, {Weighted: true, Model: EgoNetwork}} {
		opt.Workers = 1
		want := Analyze(g, opt)
		for _, workers := range []int{1, 2, 5} {
			opt.Workers = workers
			got := Analyze(g, opt)
			sep := Result{Constraint(g, opt), EffectiveSize(g, opt), Efficiency(g, opt), Hierarchy(g, opt)}
			for _, r := range []Result{got, sep} {
				if !same(r.Constraint, want.Constraint) || !same(r.EffectiveSize, want.EffectiveSize) ||
					!same(r.Efficiency, want.Efficiency) || !same(r.Hierarchy, want.Hierarchy) {
					t.Errorf("%+v: results differ from one worker's Analyze", opt)
				}
			}
		}
	}
}

func same(a, b []float64) bool {
	return slices.EqualFunc(a, b, func(x, y float64) bool {
		return x == y || math.IsNaN(x) && math.IsNaN(y)
	})
}

// TestUnweightedBorgattiShortcut checks, on a generated graph, that the
// unweighted effective size (computed as k - 2t/k) equals the general
// weighted formula with unit weights, and that the ego-network model
// gives the same unweighted effective size as the whole network.
func TestUnweightedBorgattiShortcut(t *testing.T) {
	g := socialgen.PendantCommunities(500, 5, 2)
	unit := &csr.Graph{Off: g.Off, Adj: g.Adj, W: make([]float64, len(g.W))}
	for k := range unit.W {
		unit.W[k] = 1
	}
	a := EffectiveSize(g, Options{})
	b := EffectiveSize(unit, Options{Weighted: true})
	c := EffectiveSize(g, Options{Model: EgoNetwork})
	d := EffectiveSize(unit, Options{Weighted: true, Model: EgoNetwork})
	for i := range a {
		if !close(a[i], b[i]) || !close(a[i], c[i]) || !close(a[i], d[i]) {
			t.Fatalf("node %d: %v %v %v %v", i, a[i], b[i], c[i], d[i])
		}
	}
}

// Equal shares give a hierarchy of exactly 0, never a rounding −6e-17:
// Σ r ln r ≥ 0 when the r average 1.
func TestHierarchyNeverNegative(t *testing.T) {
	for n := 2; n <= 12; n++ {
		var edges [][2]int
		var weights []float64
		for j := 1; j <= n; j++ {
			edges = append(edges, [2]int{0, j})
			weights = append(weights, 0.1*3)
		}
		names := "e"
		for j := 1; j <= n; j++ {
			names += string(rune('a' + j - 1))
		}
		for _, w := range [][]float64{nil, weights} {
			if h := Hierarchy(build(names, edges, w), Options{})[0]; h != 0 {
				t.Errorf("star of %d (weighted %v): hierarchy %v, want 0", n, w != nil, h)
			}
		}
	}
}
