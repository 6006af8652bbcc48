package reciprocity

import (
	"math"
	"os"
	"runtime"
	"slices"
	"testing"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/internal/socialgen"
	"github.com/tiesnet/ties/importers"
)

func same(a, b float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	return math.Abs(a-b) <= 1e-12*math.Max(1, math.Abs(b))
}

type arc struct {
	from, to int32
	w        float64
}

func directed(n int, arcs ...arc) *csr.Graph {
	a := make([]csr.Arc, len(arcs))
	for k, e := range arcs {
		a[k] = csr.Arc{From: e.from, To: e.to, W: e.w}
	}
	return csr.Build(n, a, false)
}

var nan = math.NaN()

func TestAnalyzeTable(t *testing.T) {
	for _, c := range []struct {
		name string
		g    *csr.Graph
		want Result
	}{
		{
			name: "empty", g: directed(0),
			want: Result{Density: nan, Reciprocity: nan, Rho: nan, Dyadic: nan, DyadicNonNull: nan, EdgewiseLRR: nan,
				InDegree: []int{}, OutDegree: []int{}, Node: []float64{}, Balance: []float64{}},
		},
		{
			name: "single node", g: directed(1),
			want: Result{Density: nan, Reciprocity: nan, Rho: nan, Dyadic: nan, DyadicNonNull: nan, EdgewiseLRR: nan,
				InDegree: []int{0}, OutDegree: []int{0}, Node: []float64{nan}, Balance: []float64{nan}},
		},
		{
			// Only isolates: every dyad is null, which sna's dyadic counts as
			// symmetric.
			name: "isolates", g: directed(3),
			want: Result{Density: 0, Reciprocity: nan, Rho: nan, Census: DyadCensus{Null: 3},
				Dyadic: 1, DyadicNonNull: nan, EdgewiseLRR: nan,
				InDegree: []int{0, 0, 0}, OutDegree: []int{0, 0, 0},
				Node: []float64{nan, nan, nan}, Balance: []float64{nan, nan, nan}},
		},
		{
			// 0 -> 1 (weight 2), 1 -> 0 (weight 1): complete, so rho is undefined.
			name: "mutual pair", g: directed(2, arc{0, 1, 2}, arc{1, 0, 1}),
			want: Result{Arcs: 2, Density: 1, Reciprocity: 1, Rho: nan, Census: DyadCensus{Mutual: 1},
				Dyadic: 1, DyadicNonNull: 1, EdgewiseLRR: 0,
				InDegree: []int{1, 1}, OutDegree: []int{1, 1},
				Node: []float64{1, 1}, Balance: []float64{1.0 / 3, -1.0 / 3}},
		},
		{
			// sna gives edgewise.lrr = -Inf here (log 0); ties reports undefined.
			name: "asymmetric pair", g: directed(2, arc{0, 1, 5}),
			want: Result{Arcs: 1, Density: 0.5, Reciprocity: 0, Rho: -1, Census: DyadCensus{Asymmetric: 1},
				Dyadic: 0, DyadicNonNull: 0, EdgewiseLRR: nan,
				InDegree: []int{0, 1}, OutDegree: []int{1, 0},
				Node: []float64{0, 0}, Balance: []float64{1, -1}},
		},
		{
			// 0 <-> 1, 1 -> 2, 2 -> 0, isolate 3. R sna 2.7-1: dyad.census 1 2 3,
			// grecip dyadic 2/3, dyadic.nonnull 1/3, edgewise 0.5, edgewise.lrr
			// 0.40546510810816438; NetworkX 2.8.8: reciprocity(D, nodes)
			// {0: 2/3, 1: 2/3, 2: 0, 3: None}.
			name: "mixed with isolate", g: directed(4, arc{0, 1, 1}, arc{1, 0, 1}, arc{1, 2, 1}, arc{2, 0, 1}),
			want: Result{Arcs: 4, Density: 1.0 / 3, Reciprocity: 0.5, Rho: 0.25, Census: DyadCensus{1, 2, 3},
				Dyadic: 2.0 / 3, DyadicNonNull: 1.0 / 3, EdgewiseLRR: 0.40546510810816438,
				InDegree: []int{2, 1, 1, 0}, OutDegree: []int{1, 2, 1, 0},
				Node:    []float64{2.0 / 3, 2.0 / 3, 0, nan},
				Balance: []float64{-1.0 / 3, 1.0 / 3, 0, nan}},
		},
		{
			// Weights make balance differ from the degree balance: 0 gives 3,
			// receives 1 + 1 + 1 (from 1, 2, 3).
			name: "weighted star", g: directed(4, arc{0, 1, 3}, arc{1, 0, 1}, arc{2, 0, 1}, arc{3, 0, 1}),
			want: Result{Arcs: 4, Density: 1.0 / 3, Reciprocity: 0.5, Rho: 0.25, Census: DyadCensus{1, 2, 3},
				Dyadic: 2.0 / 3, DyadicNonNull: 1.0 / 3, EdgewiseLRR: math.Log(1.5),
				InDegree: []int{3, 1, 0, 0}, OutDegree: []int{1, 1, 1, 1},
				Node:    []float64{0.5, 1, 0, 0},
				Balance: []float64{0, -0.5, 1, 1}}, // 1 gives 1, receives 3
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkResult(t, Analyze(c.g), c.want)
		})
	}
}

func checkResult(t *testing.T, got, want Result) {
	t.Helper()
	if got.Arcs != want.Arcs || got.Census != want.Census {
		t.Errorf("arcs %d census %+v, want %d %+v", got.Arcs, got.Census, want.Arcs, want.Census)
	}
	for _, f := range []struct {
		name      string
		got, want float64
	}{
		{"Density", got.Density, want.Density},
		{"Reciprocity", got.Reciprocity, want.Reciprocity},
		{"Rho", got.Rho, want.Rho},
		{"Dyadic", got.Dyadic, want.Dyadic},
		{"DyadicNonNull", got.DyadicNonNull, want.DyadicNonNull},
		{"EdgewiseLRR", got.EdgewiseLRR, want.EdgewiseLRR},
	} {
		if !same(f.got, f.want) {
			t.Errorf("%s = %v, want %v", f.name, f.got, f.want)
		}
	}
	if !slices.Equal(got.InDegree, want.InDegree) || !slices.Equal(got.OutDegree, want.OutDegree) {
		t.Errorf("in %v out %v, want %v %v", got.InDegree, got.OutDegree, want.InDegree, want.OutDegree)
	}
	if !slices.EqualFunc(got.Node, want.Node, same) {
		t.Errorf("Node = %v, want %v", got.Node, want.Node)
	}
	if !slices.EqualFunc(got.Balance, want.Balance, same) {
		t.Errorf("Balance = %v, want %v", got.Balance, want.Balance)
	}
}

// Self-arcs in a hand-built graph are ignored.
func TestSelfArcIgnored(t *testing.T) {
	g := &csr.Graph{Off: []int{0, 2, 3}, Adj: []int32{0, 1, 0}, W: []float64{7, 1, 1}}
	r := Analyze(g)
	if r.Arcs != 2 || r.Census.Mutual != 1 || r.OutDegree[0] != 1 || r.InDegree[0] != 1 || r.Balance[0] != 0 {
		t.Errorf("self-arc counted: %+v", r)
	}
}

// The same result with one and several workers.
func TestDeterministic(t *testing.T) {
	g := socialgen.HolmeKimDirected(5000, 10, 0.18, 3)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	one := Analyze(g)
	runtime.GOMAXPROCS(3)
	checkResult(t, Analyze(g), one)
}

// Sampson's monastery (liking at time 3), checked against R sna 2.7-1
// (dyad.census, gden, grecip) and NetworkX 2.8.8 (reciprocity, degrees).
func TestSampson(t *testing.T) {
	dir := "../../../../testdata/public/sampson"
	if _, err := os.Stat(dir + "/ties.csv"); err != nil {
		t.Skipf("Sampson data not found at %s (the shared data folder beside the repository): %v", dir, err)
	}
	nw, _, err := importers.Load(importers.Options{People: dir + "/people.csv", Ties: dir + "/ties.csv", Strict: true})
	if err != nil {
		t.Fatal(err)
	}
	got := Analyze(csr.Directed(nw))
	checkResult(t, got, Result{
		Arcs: 56, Density: 0.18300653594771241, Census: DyadCensus{15, 26, 112},
		Reciprocity:   0.5357142857142857,
		Rho:           (0.5357142857142857 - 0.18300653594771241) / (1 - 0.18300653594771241),
		Dyadic:        0.83006535947712423,
		DyadicNonNull: 0.36585365853658536,
		EdgewiseLRR:   1.0740791021442377,
		InDegree:      []int{4, 6, 3, 4, 6, 2, 5, 2, 4, 0, 2, 6, 2, 2, 2, 1, 2, 3},
		OutDegree:     []int{3, 3, 4, 3, 3, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3},
		Node: []float64{0.8571428571428571, 0.4444444444444444, 0.8571428571428571, 0.5714285714285714,
			0.6666666666666666, 0.4, 0.75, 0.4, 0.5714285714285714, 0.0, 0.4, 0.6666666666666666,
			0.0, 0.4, 0.0, 0.5, 0.8, 0.6666666666666666},
		Balance: []float64{-1.0 / 7, -3.0 / 9, 1.0 / 7, -1.0 / 7, -3.0 / 9, 1.0 / 5, -2.0 / 8, 1.0 / 5, -1.0 / 7,
			1, 1.0 / 5, -3.0 / 9, 1.0 / 5, 1.0 / 5, 1.0 / 5, 2.0 / 4, 1.0 / 5, 0},
	})
}
