package cohesion

import (
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"

	"gonum.org/v1/gonum/graph/simple"
	"gonum.org/v1/gonum/graph/topo"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/internal/socialgen"
)

func undirected(n int, edges ...[2]int32) *csr.Graph {
	arcs := make([]csr.Arc, len(edges))
	for k, e := range edges {
		arcs[k] = csr.Arc{From: e[0], To: e[1], W: 1}
	}
	return csr.Build(n, arcs, true)
}

func directed(n int, arcs ...[2]int32) *csr.Graph {
	a := make([]csr.Arc, len(arcs))
	for k, e := range arcs {
		a[k] = csr.Arc{From: e[0], To: e[1], W: 1}
	}
	return csr.Build(n, a, false)
}

// same compares floats exactly enough for hand values; NaN equals NaN.
func same(a, b float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	return math.Abs(a-b) <= 1e-12*math.Max(1, math.Abs(b))
}

func TestDensity(t *testing.T) {
	for _, c := range []struct {
		n, m     int
		directed bool
		want     float64
	}{
		{0, 0, false, math.NaN()},
		{1, 0, true, math.NaN()},
		{2, 1, false, 1},
		{2, 1, true, 0.5},
		{2, 2, true, 1},
		{7, 10, false, 20.0 / 42}, // the spec's worked example: nx.density 0.47619…
		{4, 3, true, 0.25},
		{200000, 1000000, false, 2e6 / (2e5 * 199999)},
	} {
		if got := Density(c.n, c.m, c.directed); !same(got, c.want) {
			t.Errorf("Density(%d, %d, %v) = %v, want %v", c.n, c.m, c.directed, got, c.want)
		}
	}
}

// borgatti is the spec's worked example (A..G = 0..6): edges A-B, A-F, A-G,
// A-E, E-G, F-G, B-G, B-D, D-G, G-C.
func borgatti() *csr.Graph {
	const A, B, C, D, E, F, G = 0, 1, 2, 3, 4, 5, 6
	return undirected(7, [2]int32{A, B}, [2]int32{A, F}, [2]int32{A, G}, [2]int32{A, E},
		[2]int32{E, G}, [2]int32{F, G}, [2]int32{B, G}, [2]int32{B, D}, [2]int32{D, G}, [2]int32{G, C})
}

func TestClusteringTable(t *testing.T) {
	for _, c := range []struct {
		name         string
		g            *csr.Graph
		triangles    []int
		clustering   []float64
		average      float64
		transitivity float64
		components   int
		labels       []int
	}{
		{
			name: "empty", g: undirected(0),
			triangles: []int{}, clustering: []float64{}, average: math.NaN(), transitivity: 0,
			components: 0, labels: []int{},
		},
		{
			name: "single node", g: undirected(1),
			triangles: []int{0}, clustering: []float64{0}, average: 0, transitivity: 0,
			components: 1, labels: []int{0},
		},
		{
			// Triangle 0-1-2, pendant 3 on 2, isolate 4.
			name:      "triangle, pendant, isolate",
			g:         undirected(5, [2]int32{0, 1}, [2]int32{1, 2}, [2]int32{2, 0}, [2]int32{2, 3}),
			triangles: []int{1, 1, 1, 0, 0}, clustering: []float64{1, 1, 1.0 / 3, 0, 0},
			average: (1 + 1 + 1.0/3) / 5, transitivity: 6.0 / 10,
			components: 2, labels: []int{0, 0, 0, 0, 1},
		},
		{
			// Star: centre 0 and four leaves: triples but no triangle.
			name: "star", g: undirected(5, [2]int32{0, 1}, [2]int32{0, 2}, [2]int32{0, 3}, [2]int32{0, 4}),
			triangles: []int{0, 0, 0, 0, 0}, clustering: []float64{0, 0, 0, 0, 0},
			average: 0, transitivity: 0, components: 1, labels: []int{0, 0, 0, 0, 0},
		},
		{
			name: "K4",
			g: undirected(4, [2]int32{0, 1}, [2]int32{0, 2}, [2]int32{0, 3},
				[2]int32{1, 2}, [2]int32{1, 3}, [2]int32{2, 3}),
			triangles: []int{3, 3, 3, 3}, clustering: []float64{1, 1, 1, 1},
			average: 1, transitivity: 1, components: 1, labels: []int{0, 0, 0, 0},
		},
		{
			// Components labelled in order of their first node.
			name: "three components", g: undirected(6, [2]int32{1, 4}, [2]int32{0, 5}, [2]int32{2, 3}),
			triangles: make([]int, 6), clustering: make([]float64, 6), average: 0, transitivity: 0,
			components: 3, labels: []int{0, 1, 2, 2, 1, 0},
		},
		{
			// Values from NetworkX 2.8.8: nx.triangles, nx.clustering,
			// nx.average_clustering 0.6333…, nx.transitivity 0.4444….
			name: "spec worked example", g: borgatti(),
			triangles:  []int{3, 2, 0, 1, 1, 1, 4},
			clustering: []float64{0.5, 2.0 / 3, 0, 1, 1, 1, 4.0 / 15},
			average:    0.6333333333333334, transitivity: 0.4444444444444444,
			components: 1, labels: []int{0, 0, 0, 0, 0, 0, 0},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Triangles(c.g); !slices.Equal(got, c.triangles) {
				t.Errorf("Triangles = %v, want %v", got, c.triangles)
			}
			cl := Clustering(c.g)
			if !slices.EqualFunc(cl, c.clustering, same) {
				t.Errorf("Clustering = %v, want %v", cl, c.clustering)
			}
			if got := AverageClustering(cl); !same(got, c.average) {
				t.Errorf("AverageClustering = %v, want %v", got, c.average)
			}
			if got := Transitivity(c.g); !same(got, c.transitivity) {
				t.Errorf("Transitivity = %v, want %v", got, c.transitivity)
			}
			labels, count := Components(c.g)
			if count != c.components || !slices.Equal(labels, c.labels) {
				t.Errorf("Components = %v, %d, want %v, %d", labels, count, c.labels, c.components)
			}
		})
	}
}

func TestDirectedComponents(t *testing.T) {
	for _, c := range []struct {
		name         string
		g            *csr.Graph
		weak, strong int
	}{
		{"empty", directed(0), 0, 0},
		{"single node", directed(1), 1, 1},
		{"isolates", directed(3), 3, 3},
		{"mutual pair", directed(2, [2]int32{0, 1}, [2]int32{1, 0}), 1, 1},
		{"asymmetric pair", directed(2, [2]int32{0, 1}), 1, 2},
		// Cycle 0->1->2->0 with a tail 2->3, isolate 4, separate arc 5->6.
		{"cycle, tail, isolate, arc", directed(7, [2]int32{0, 1}, [2]int32{1, 2}, [2]int32{2, 0},
			[2]int32{2, 3}, [2]int32{5, 6}), 3, 5},
		// Two cycles joined one way: 0<->1 -> 2<->3.
		{"two cycles joined one way", directed(4, [2]int32{0, 1}, [2]int32{1, 0}, [2]int32{1, 2},
			[2]int32{2, 3}, [2]int32{3, 2}), 1, 2},
		// Arcs pointing into node 0 from higher ids: union-find links roots both ways.
		{"in-star", directed(4, [2]int32{3, 0}, [2]int32{2, 0}, [2]int32{1, 0}), 1, 4},
	} {
		if got := WeakComponents(c.g); got != c.weak {
			t.Errorf("%s: WeakComponents = %d, want %d", c.name, got, c.weak)
		}
		if got := StrongComponents(c.g); got != c.strong {
			t.Errorf("%s: StrongComponents = %d, want %d", c.name, got, c.strong)
		}
	}
}

// A path and a cycle of a million nodes: recursion would need a deep stack;
// the iterative Tarjan does not.
func TestStrongComponentsLongPath(t *testing.T) {
	const n = 1_000_000
	arcs := make([]csr.Arc, 0, n)
	for i := 0; i+1 < n; i++ {
		arcs = append(arcs, csr.Arc{From: int32(i), To: int32(i + 1), W: 1})
	}
	path := csr.Build(n, arcs, false)
	if got := StrongComponents(path); got != n {
		t.Errorf("path: %d strong components, want %d", got, n)
	}
	cycle := csr.Build(n, append(arcs, csr.Arc{From: n - 1, To: 0, W: 1}), false)
	if got := StrongComponents(cycle); got != 1 {
		t.Errorf("cycle: %d strong components, want 1", got)
	}
	if got := WeakComponents(path); got != 1 {
		t.Errorf("path: %d weak components, want 1", got)
	}
}

// randomArcs returns a deterministic random directed graph.
func randomArcs(n, m int, seed uint64) []csr.Arc {
	rng := rand.New(rand.NewPCG(seed, 1))
	arcs := make([]csr.Arc, m)
	for k := range arcs {
		arcs[k] = csr.Arc{From: int32(rng.IntN(n)), To: int32(rng.IntN(n)), W: 1}
	}
	return arcs
}

// Cross-checks against gonum's topo (ConnectedComponents, TarjanSCC) and a
// brute-force triangle count on random graphs, with several workers.
func TestAgainstGonumAndBruteForce(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	for seed := uint64(1); seed <= 6; seed++ {
		n := 50 + int(seed)*150 // up to 950 nodes: several chunks of 256
		arcs := randomArcs(n, 2*n, seed)
		d := csr.Build(n, arcs, false)
		u := csr.Build(n, arcs, true)

		gd := simple.NewDirectedGraph()
		gu := simple.NewUndirectedGraph()
		for i := range n {
			gd.AddNode(simple.Node(i))
			gu.AddNode(simple.Node(i))
		}
		for _, a := range arcs {
			if a.From != a.To {
				gd.SetEdge(simple.Edge{F: simple.Node(a.From), T: simple.Node(a.To)})
				gu.SetEdge(simple.Edge{F: simple.Node(a.From), T: simple.Node(a.To)})
			}
		}
		if got, want := StrongComponents(d), len(topo.TarjanSCC(gd)); got != want {
			t.Errorf("seed %d: StrongComponents = %d, gonum %d", seed, got, want)
		}
		comp, _ := strongLabels(d)
		for _, scc := range topo.TarjanSCC(gd) {
			for _, v := range scc {
				if comp[v.ID()] != comp[scc[0].ID()] {
					t.Fatalf("seed %d: node %d not labelled with its component", seed, v.ID())
				}
			}
		}
		_, cc := Components(u)
		if want := len(topo.ConnectedComponents(gu)); cc != want || WeakComponents(d) != want {
			t.Errorf("seed %d: Components %d, WeakComponents %d, gonum %d", seed, cc, WeakComponents(d), want)
		}

		want := make([]int, n)
		for a := range n {
			nb := u.Neighbors(a)
			for x := range nb {
				for y := x + 1; y < len(nb); y++ {
					if u.Has(int(nb[x]), int(nb[y])) {
						want[a]++
					}
				}
			}
		}
		if got := Triangles(u); !slices.Equal(got, want) {
			t.Errorf("seed %d: Triangles differ from brute force", seed)
		}
	}
}

// The same input gives the same output whatever the number of workers.
func TestTrianglesDeterministic(t *testing.T) {
	g := socialgen.HolmeKim(3000, 5, 7)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	one := Triangles(g)
	runtime.GOMAXPROCS(3)
	if three := Triangles(g); !slices.Equal(one, three) {
		t.Error("Triangles differ between 1 and 3 workers")
	}
}
