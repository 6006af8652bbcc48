package centrality

import (
	"slices"
	"testing"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/internal/golden"
	"github.com/tiesnet/ties/graph/internal/socialgen"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
)

// edges builds an undirected csr graph of n nodes from {u, v, weight}.
func edges(n int, es ...[3]float64) *csr.Graph {
	arcs := make([]csr.Arc, len(es))
	for k, e := range es {
		arcs[k] = csr.Arc{From: int32(e[0]), To: int32(e[1]), W: e[2]}
	}
	return csr.Build(n, arcs, true)
}

// star has centre 0 and leaves 1..k.
func star(k int) *csr.Graph {
	es := make([][3]float64, k)
	for i := range es {
		es[i] = [3]float64{0, float64(i + 1), 1}
	}
	return edges(k+1, es...)
}

func sameValues(t *testing.T, what string, got, want []float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d values, want %d", what, len(got), len(want))
	}
	for i := range want {
		if !golden.Close(got[i], want[i]) {
			t.Errorf("%s[%d] = %v, want %v", what, i, got[i], want[i])
		}
	}
}

// Expected values are NetworkX 2.8.8's betweenness_centrality(G,
// normalized=False/True, weight=None, "weight" or "inv" = 1/weight), with
// weights as fractions.Fraction so that path lengths are exact.
func TestBetweennessCases(t *testing.T) {
	// Two routes from 0 to 3 of length 0.6 in exact arithmetic: 0.1+0.2+0.3
	// = 0.6000000000000001 in floats through 1 and 2, 0.3+0.3 = 0.6 through
	// 4. Compared with a tolerance both count, as with exact fractions
	// (NetworkX on fractions.Fraction lengths; igraph); NetworkX on floats
	// would give 6, 3.5, 3.5, 6, 2.5 with length = weight.
	float := edges(7, [3]float64{0, 1, .1}, [3]float64{1, 2, .2}, [3]float64{2, 3, .3},
		[3]float64{0, 4, .3}, [3]float64{4, 3, .3}, [3]float64{5, 0, 1}, [3]float64{3, 6, 1})
	// A square whose heavy tie 0–3 is long as a length and short as a
	// strength.
	square := edges(4, [3]float64{0, 1, 1}, [3]float64{1, 2, 1}, [3]float64{0, 3, 5}, [3]float64{3, 2, 1})
	// A path 0–1–2 and a triangle 3–4–5 with a pendant 6.
	components := edges(7, [3]float64{0, 1, 1}, [3]float64{1, 2, 1}, [3]float64{3, 4, 1},
		[3]float64{4, 5, 1}, [3]float64{3, 5, 1}, [3]float64{5, 6, 1})
	cases := []struct {
		name      string
		g         *csr.Graph
		dist      Distance
		raw, norm []float64
	}{
		{"empty", edges(0), Hops, []float64{}, []float64{}},
		{"zero csr.Graph", &csr.Graph{}, WeightAsLength, []float64{}, []float64{}},
		{"single node", edges(1), Hops, []float64{0}, []float64{0}},
		{"two nodes", edges(2, [3]float64{0, 1, 3}), WeightAsLength, []float64{0, 0}, []float64{0, 0}},
		{"path of 3", edges(3, [3]float64{0, 1, 1}, [3]float64{1, 2, 1}), Hops, []float64{0, 1, 0}, []float64{0, 1, 0}},
		{"star", star(5), Hops, []float64{10, 0, 0, 0, 0, 0}, []float64{1, 0, 0, 0, 0, 0}},
		{"star as strength", star(5), WeightAsStrength, []float64{10, 0, 0, 0, 0, 0}, []float64{1, 0, 0, 0, 0, 0}},
		{"isolates", edges(5, [3]float64{1, 2, 1}, [3]float64{2, 3, 1}), Hops, []float64{0, 0, 1, 0, 0}, []float64{0, 0, 1.0 / 6, 0, 0}},
		{"components", components, Hops, []float64{0, 1, 0, 0, 0, 2, 0},
			[]float64{0, 0.06666666666666667, 0, 0, 0, 0.13333333333333333, 0}},
		{"cycle of 4", edges(4, [3]float64{0, 1, 1}, [3]float64{1, 2, 1}, [3]float64{2, 3, 1}, [3]float64{3, 0, 1}), Hops,
			[]float64{0.5, 0.5, 0.5, 0.5}, []float64{1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6}},
		{"square hops", square, Hops, []float64{0.5, 0.5, 0.5, 0.5}, []float64{1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6}},
		{"square length", square, WeightAsLength, []float64{0, 2, 2, 0}, []float64{0, 2.0 / 3, 2.0 / 3, 0}},
		{"square strength", square, WeightAsStrength, []float64{1, 0, 0, 1}, []float64{1.0 / 3, 0, 0, 1.0 / 3}},
		{"float ties hops", float, Hops, []float64{6, 2, 2, 6, 4, 0, 0},
			[]float64{0.4, 0.13333333333333333, 0.13333333333333333, 0.4, 0.26666666666666666, 0, 0}},
		{"float ties length", float, WeightAsLength, []float64{6.5, 4.5, 4, 5.5, 2, 0, 0},
			[]float64{0.43333333333333335, 0.3, 0.26666666666666666, 0.36666666666666664, 0.13333333333333333, 0, 0}},
		{"float ties strength", float, WeightAsStrength, []float64{5, 0, 3, 9, 6, 0, 0},
			[]float64{0.3333333333333333, 0, 0.2, 0.6, 0.4, 0, 0}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Betweenness(c.g, Options{Distance: c.dist})
			sameValues(t, "Raw", r.Raw, c.raw)
			sameValues(t, "Normalized", r.Normalized, c.norm)
		})
	}
}

// gonum's network.Betweenness counts each unordered pair twice on an
// undirected graph and leaves out zeros.
func TestBetweennessMatchesGonum(t *testing.T) {
	g := socialgen.ShuffledCommunities(300, 8, 3)
	ug := simple.NewUndirectedGraph()
	for i := range g.N() {
		ug.AddNode(simple.Node(i))
	}
	for i := range g.N() {
		for _, j := range g.Neighbors(i) {
			ug.SetEdge(simple.Edge{F: simple.Node(i), T: simple.Node(j)})
		}
	}
	want := network.Betweenness(ug)
	r := Betweenness(g, Options{})
	nonzero := 0
	for i, x := range r.Raw {
		if x != 0 {
			nonzero++
		}
		if !golden.Close(2*x, want[int64(i)]) {
			t.Errorf("node %d: 2×Raw = %v, gonum %v", i, 2*x, want[int64(i)])
		}
	}
	if nonzero < 200 {
		t.Errorf("only %d nodes with betweenness: test graph too sparse", nonzero)
	}
}

// Every golden set with ties has betweenness of its undirected view U.
// Weighted sets also have it with the weight as length
// (betweenness_weighted) and with 1/weight as length
// (betweenness_weighted_inverse, computed in exact fractions); on unweighted
// sets, which have no weighted keys, both weighted readings must give the
// unweighted values. davis is skipped: it has memberships only (no ties
// file), so its golden file has no nodes.
func TestBetweennessGolden(t *testing.T) {
	metrics := []struct {
		dist      Distance
		norm, raw string
	}{
		{Hops, "betweenness", "betweenness_raw"},
		{WeightAsLength, "betweenness_weighted", "betweenness_weighted_raw"},
		{WeightAsStrength, "betweenness_weighted_inverse", "betweenness_weighted_inverse_raw"},
	}
	compared := 0
	golden.ForEach(t, func(t *testing.T, s *golden.Set) {
		if !s.HasTies() {
			t.Skipf("set %s has no ties file (two-mode memberships only): no node metrics", s.Name)
		}
		for _, m := range metrics {
			r := Betweenness(s.U, Options{Distance: m.dist})
			norm, raw := m.norm, m.raw
			if !s.Weighted {
				norm, raw = "betweenness", "betweenness_raw"
			}
			s.CompareNodes(t, raw, r.Raw)
			s.CompareNodes(t, norm, r.Normalized)
			compared++
		}
	})
	if compared == 0 {
		t.Error("no golden set had betweenness")
	}
}

// The sum over sources is split into fixed lanes, so the result must not
// depend on the number of workers, bit for bit.
func TestBetweennessDeterministic(t *testing.T) {
	g := socialgen.ShuffledCommunities(500, 10, 5)
	for _, d := range []Distance{Hops, WeightAsLength, WeightAsStrength} {
		ref := Betweenness(g, Options{Distance: d, Workers: 1})
		for _, w := range []int{2, 3, 16, 40} {
			r := Betweenness(g, Options{Distance: d, Workers: w})
			if !slices.Equal(r.Raw, ref.Raw) || !slices.Equal(r.Normalized, ref.Normalized) {
				t.Errorf("%v: %d workers differ from 1", d, w)
			}
		}
	}
}

func TestBetweennessProgress(t *testing.T) {
	g := socialgen.ShuffledCommunities(1500, 6, 2)
	var calls, last, total int
	Betweenness(g, Options{Progress: func(done, tot int) {
		calls++
		if done <= last || done > tot {
			t.Errorf("progress %d of %d after %d", done, tot, last)
		}
		last, total = done, tot
	}})
	if want := g.N(); calls == 0 || last != want || total != want {
		t.Errorf("%d calls, last %d of %d", calls, last, total)
	}
}

func TestDistanceString(t *testing.T) {
	for d, want := range map[Distance]string{Hops: "hops", WeightAsLength: "weight-as-length", WeightAsStrength: "weight-as-strength", 7: "unknown"} {
		if d.String() != want {
			t.Errorf("%d: %q", d, d.String())
		}
	}
}
