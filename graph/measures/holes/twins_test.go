package holes

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/tiesnet/ties/graph/csr"
)

// cliques is a member list's implied ties: n people, networks of random
// sizes, each network's members all tied to each other (weight: the
// number of networks shared), plus extra random ties of weight 2.5, and
// some people in no network.
func cliques(seed uint64, n, networks, maxSize, extra int) *csr.Graph {
	rng := rand.New(rand.NewPCG(seed, 7))
	var arcs []csr.Arc
	for range networks {
		size := 2 + rng.IntN(maxSize-1)
		members := rng.Perm(n)[:size]
		for a := range members {
			for b := a + 1; b < len(members); b++ {
				arcs = append(arcs, csr.Arc{From: int32(members[a]), To: int32(members[b]), W: 1})
			}
		}
	}
	for range extra {
		arcs = append(arcs, csr.Arc{From: int32(rng.IntN(n)), To: int32(rng.IntN(n)), W: 2.5})
	}
	return csr.Build(n, arcs, true)
}

func TestTwinsEqualPerPerson(t *testing.T) {
	defer func(s float64) { minTwinShare = s }(minTwinShare)
	minTwinShare = 1 // the class kernel whatever the share of twins
	for _, tc := range []struct {
		name                    string
		n, networks, max, extra int
	}{
		{"one network per person", 300, 12, 40, 0},
		{"overlapping networks", 400, 20, 40, 0},
		{"networks and ties", 400, 15, 40, 30},
	} {
		g := cliques(uint64(tc.n+tc.networks), tc.n, tc.networks, tc.max, tc.extra)
		tw := findTwins(g, g.N())
		if tw.classes() > g.N()*9/10 {
			t.Fatalf("%s: %d classes of %d people: too few twins for the test", tc.name, tw.classes(), g.N())
		}
		for _, weighted := range []bool{false, true} {
			useTwins = false
			want := Analyze(g, Options{Weighted: weighted, Workers: 1})
			useTwins = true
			got := Analyze(g, Options{Weighted: weighted, Workers: 1})
			for _, m := range []struct {
				name      string
				got, want []float64
			}{
				{"constraint", got.Constraint, want.Constraint},
				{"effective size", got.EffectiveSize, want.EffectiveSize},
				{"efficiency", got.Efficiency, want.Efficiency},
				{"hierarchy", got.Hierarchy, want.Hierarchy},
			} {
				nan := 0
				for i := range m.want {
					a, b := m.got[i], m.want[i]
					if math.IsNaN(b) {
						nan++
						if !math.IsNaN(a) {
							t.Fatalf("%s weighted=%v %s[%d] = %v, want NaN", tc.name, weighted, m.name, i, a)
						}
						continue
					}
					if math.Abs(a-b) > 1e-12*math.Max(1, math.Abs(b)) {
						t.Fatalf("%s weighted=%v %s[%d] = %.17g, per person %.17g", tc.name, weighted, m.name, i, a, b)
					}
				}
				if nan == len(m.want) {
					t.Fatalf("%s: %s all NaN", tc.name, m.name)
				}
			}
			// Bit for bit the same whatever the number of workers.
			old := minParallel
			minParallel = 0
			for _, w := range []int{2, 3, 8} {
				r := Analyze(g, Options{Weighted: weighted, Workers: w})
				for i := range r.Constraint {
					if math.Float64bits(r.Constraint[i]) != math.Float64bits(got.Constraint[i]) ||
						math.Float64bits(r.Hierarchy[i]) != math.Float64bits(got.Hierarchy[i]) ||
						math.Float64bits(r.EffectiveSize[i]) != math.Float64bits(got.EffectiveSize[i]) {
						t.Fatalf("%s weighted=%v: %d workers differ at %d", tc.name, weighted, w, i)
					}
				}
			}
			minParallel = old
		}
	}
}

// A clique of four and a pendant: the four's three twins are one class,
// the one tied to the pendant is not, the pendant is alone.
func TestFindTwins(t *testing.T) {
	g := build("ABCDE", [][2]int{{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}, {3, 4}}, nil)
	tw := findTwins(g, g.N())
	if tw.classes() != 3 {
		t.Fatalf("%d classes, want 3", tw.classes())
	}
	if tw.class[0] != tw.class[1] || tw.class[1] != tw.class[2] || tw.class[3] == tw.class[0] || tw.class[4] == tw.class[3] {
		t.Fatalf("classes %v", tw.class)
	}
	// The same with one weight changed: 0 and 1 stay twins, 2 does not.
	g = build("ABCDE", [][2]int{{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}, {3, 4}}, []float64{1, 1, 1, 1, 1, 2, 1})
	tw = findTwins(g, g.N())
	if tw.classes() != 4 || tw.class[0] != tw.class[1] || tw.class[2] == tw.class[0] {
		t.Fatalf("weighted: classes %v", tw.class)
	}
	if findTwins(g, 3) != nil {
		t.Fatal("more classes than allowed, want nil")
	}
}

// A contact export: the ego (node 0) tied to everyone, whose row the
// kernels look their neighbours up in rather than walk. The figures are
// the same bit for bit as when every row is walked, per person and per
// class of twins.
func TestHubLookedUp(t *testing.T) {
	defer func(r int, s float64, u bool) { hubRatio, minTwinShare, useTwins = r, s, u }(hubRatio, minTwinShare, useTwins)
	g0 := cliques(5, 600, 25, 30, 40)
	var arcs []csr.Arc
	for i := range g0.N() {
		for x, j := range g0.Neighbors(i) {
			if int(j) > i {
				arcs = append(arcs, csr.Arc{From: int32(i), To: j, W: g0.Weights(i)[x]})
			}
		}
		if i > 0 {
			arcs = append(arcs, csr.Arc{From: 0, To: int32(i), W: 1})
		}
	}
	g := csr.Build(g0.N(), arcs, true)
	for _, twins := range []bool{false, true} {
		useTwins, minTwinShare = twins, 1
		for _, opt := range []Options{{}, {Weighted: true}, {Model: EgoNetwork}, {Model: EgoNetwork, Weighted: true}} {
			hubRatio = 1 << 30
			want := Analyze(g, opt)
			hubRatio = 16
			got := Analyze(g, opt)
			for i := range want.Constraint {
				for _, p := range [][2]float64{{got.Constraint[i], want.Constraint[i]}, {got.EffectiveSize[i], want.EffectiveSize[i]}, {got.Hierarchy[i], want.Hierarchy[i]}} {
					if math.Float64bits(p[0]) != math.Float64bits(p[1]) {
						t.Fatalf("twins %v %+v: node %d: %v looked up, %v walked", twins, opt, i, p[0], p[1])
					}
				}
			}
			if math.IsNaN(got.Constraint[0]) || got.Constraint[0] >= 0.01 {
				t.Fatalf("twins %v %+v: the ego's constraint %v, want a small number", twins, opt, got.Constraint[0])
			}
		}
	}
}

// AnalyzeBoth, which finds the twins once, gives bit for bit what Analyze
// gives without and with weights, with classes of twins and without.
func TestAnalyzeBoth(t *testing.T) {
	defer func(s float64) { minTwinShare = s }(minTwinShare)
	for _, share := range []float64{1, 0} { // the class kernel, then the per-person one
		minTwinShare = share
		g := cliques(99, 400, 15, 40, 30)
		u, w := AnalyzeBoth(g, Options{Workers: 1})
		for _, tc := range []struct {
			weighted bool
			got      Result
		}{{false, u}, {true, w}} {
			want := Analyze(g, Options{Weighted: tc.weighted, Workers: 1})
			for i := range g.N() {
				for _, m := range [][2]float64{
					{tc.got.Constraint[i], want.Constraint[i]},
					{tc.got.EffectiveSize[i], want.EffectiveSize[i]},
					{tc.got.Efficiency[i], want.Efficiency[i]},
					{tc.got.Hierarchy[i], want.Hierarchy[i]},
				} {
					if m[0] != m[1] && !(math.IsNaN(m[0]) && math.IsNaN(m[1])) {
						t.Fatalf("share %v, weighted %v, node %d: AnalyzeBoth %v, Analyze %v", share, tc.weighted, i, m[0], m[1])
					}
				}
			}
		}
	}
}
