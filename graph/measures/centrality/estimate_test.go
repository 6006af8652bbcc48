package centrality

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/internal/socialgen"
)

// pathGraph is 0–1–…–(n−1).
func pathGraph(n int) *csr.Graph {
	es := make([][3]float64, n-1)
	for i := range es {
		es[i] = [3]float64{float64(i), float64(i + 1), 1}
	}
	return edges(n, es...)
}

// grid is a w×h lattice; node y·w+x.
func grid(w, h int) *csr.Graph {
	var es [][3]float64
	for y := range h {
		for x := range w {
			v := float64(y*w + x)
			if x+1 < w {
				es = append(es, [3]float64{v, v + 1, 1})
			}
			if y+1 < h {
				es = append(es, [3]float64{v, v + float64(w), 1})
			}
		}
	}
	return edges(w*h, es...)
}

// twoCommunities is two random groups of size k (each pair tied with
// probability p, weights 1 to 5) joined by `bridges` ties between random
// members.
func twoCommunities(k int, p float64, bridges int, seed uint64) *csr.Graph {
	r := rand.New(rand.NewPCG(seed, seed))
	var es [][3]float64
	for c := range 2 {
		for i := range k {
			for j := i + 1; j < k; j++ {
				if r.Float64() < p {
					es = append(es, [3]float64{float64(c*k + i), float64(c*k + j), float64(1 + r.IntN(5))})
				}
			}
		}
	}
	for range bridges {
		es = append(es, [3]float64{float64(r.IntN(k)), float64(k + r.IntN(k)), float64(1 + r.IntN(5))})
	}
	return edges(2*k, es...)
}

// byExact returns the nodes by exact betweenness, highest first.
func byExact(raw []float64) []int {
	idx := make([]int, len(raw))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(raw[b], raw[a]) })
	return idx
}

// topRelativeHalfWidth is the largest half-width, as a share of the
// estimate, among the k highest estimates.
func topRelativeHalfWidth(e Estimates, k int) float64 {
	worst := 0.0
	for _, v := range byExact(e.Raw)[:min(k, len(e.Raw))] {
		if e.Raw[v] > 0 {
			worst = max(worst, (e.RawHigh[v]-e.RawLow[v])/2/e.Raw[v])
		}
	}
	return worst
}

// misses counts the nodes among vs whose interval leaves out the exact
// value (with a relative slack of 1e-9 for the rounding of exact sums).
func misses(e Estimates, exact []float64, vs []int) int {
	c := 0
	for _, v := range vs {
		x, slack := exact[v], 1e-9*(1+exact[v])
		if x < e.RawLow[v]-slack || x > e.RawHigh[v]+slack {
			c++
		}
	}
	return c
}

// The sampled intervals against exact betweenness on graphs of several
// shapes. The intervals of all people hold at once with probability at
// least 95 %; the union bound over people and checkpoints makes that
// conservative, so with these fixed seeds every interval holds. The
// coverage asked of the test, overall and among the 100 top brokers by
// exact value, is the stated confidence.
func TestEstimateCoverage(t *testing.T) {
	cases := []struct {
		name string
		g    *csr.Graph
		dist Distance
	}{
		{"path", pathGraph(200), Hops},
		{"star", star(300), Hops},
		{"grid", grid(20, 20), Hops},
		{"two communities", twoCommunities(150, 0.08, 3, 1), Hops},
		{"two communities by length", twoCommunities(150, 0.08, 3, 2), WeightAsLength},
		{"Holme-Kim", socialgen.HolmeKim(2000, 3, 1), Hops},
		{"social", socialgen.ShuffledCommunities(2000, 10, 11), Hops},
		{"social by length", socialgen.ShuffledCommunities(1000, 10, 4), WeightAsLength},
		{"social by strength", socialgen.ShuffledCommunities(1000, 10, 4), WeightAsStrength},
		{"components", edges(7, [3]float64{0, 1, 1}, [3]float64{1, 2, 1}, [3]float64{3, 4, 1},
			[3]float64{4, 5, 1}, [3]float64{3, 5, 1}, [3]float64{5, 6, 1}), Hops},
	}
	for k, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			exact := Betweenness(c.g, Options{Distance: c.dist}).Raw
			e := Estimate(c.g, EstimateOptions{Distance: c.dist, Seed: uint64(k + 1), MaxSamples: 400_000})
			n := c.g.N()
			order := byExact(exact)
			all, top := misses(e, exact, order), misses(e, exact, order[:min(100, n)])
			t.Logf("%d people, %d samples (converged %v): ε %.3g, top-20 half-width %.1f %% of the estimate; %d misses, %d among the top 100",
				n, e.Samples, e.Converged, e.Epsilon, 100*topRelativeHalfWidth(e, 20), all, top)
			if cov := 1 - float64(all)/float64(n); cov < e.Confidence {
				t.Errorf("coverage %.4f < %.2f", cov, e.Confidence)
			}
			if cov := 1 - float64(top)/float64(min(100, n)); cov < e.Confidence {
				t.Errorf("top 100: coverage %.4f < %.2f", cov, e.Confidence)
			}
			if all > 0 {
				t.Errorf("%d intervals leave out the exact value", all)
			}
			for v := range n {
				if !(e.RawLow[v] <= e.Raw[v] && e.Raw[v] <= e.RawHigh[v]) {
					t.Fatalf("node %d: estimate %v outside its interval [%v, %v]", v, e.Raw[v], e.RawLow[v], e.RawHigh[v])
				}
				if c.g.Degree(v) < 2 && (e.Raw[v] != 0 || e.RawHigh[v] != 0) {
					t.Fatalf("node %d of degree %d: %v [%v, %v]", v, c.g.Degree(v), e.Raw[v], e.RawLow[v], e.RawHigh[v])
				}
			}
			if e.Converged && topRelativeHalfWidth(e, DefaultTop) > DefaultPrecision {
				t.Errorf("converged with a top-%d half-width of %.3f of the estimate", DefaultTop, topRelativeHalfWidth(e, DefaultTop))
			}
		})
	}
}

// With many samples the estimates approach the exact values: Raw(v) is
// b(v)·n(n−1)/2 and the estimator is unbiased.
func TestEstimateConverges(t *testing.T) {
	g := socialgen.ShuffledCommunities(300, 8, 3)
	exact := Betweenness(g, Options{}).Raw
	e := Estimate(g, EstimateOptions{Seed: 3, Precision: 0.02, MaxSamples: 2_000_000})
	sum, want := 0.0, 0.0
	for v := range exact {
		sum += e.Raw[v]
		want += exact[v]
	}
	if math.Abs(sum-want) > 0.01*want {
		t.Errorf("sum of estimates %v, exact %v", sum, want)
	}
	for _, v := range byExact(exact)[:10] {
		if math.Abs(e.Raw[v]-exact[v]) > 0.05*exact[v] {
			t.Errorf("node %d: estimate %v, exact %v", v, e.Raw[v], exact[v])
		}
	}
}

// Each path sampler draws every shortest s–t path equally often: the star
// with two centres (σ = 2), a 4×4 grid corner to corner (σ = 20), and the
// float-tie graph whose two routes from 0 to 3 are equal only within the
// tolerance.
func TestPathSamplersUniform(t *testing.T) {
	float := edges(7, [3]float64{0, 1, .1}, [3]float64{1, 2, .2}, [3]float64{2, 3, .3},
		[3]float64{0, 4, .3}, [3]float64{4, 3, .3}, [3]float64{5, 0, 1}, [3]float64{3, 6, 1})
	cases := []struct {
		name  string
		g     *csr.Graph
		dist  Distance
		s, t  int32
		paths int
	}{
		{"two centres", edges(4, [3]float64{0, 1, 1}, [3]float64{0, 2, 1}, [3]float64{1, 3, 1}, [3]float64{2, 3, 1}), Hops, 0, 3, 2},
		{"grid", grid(4, 4), Hops, 0, 15, 20},
		{"grid by length", grid(4, 4), WeightAsLength, 0, 15, 20},
		{"grid, reversed", grid(4, 4), Hops, 15, 0, 20},
		{"float ties", float, WeightAsLength, 5, 6, 2},
		{"adjacent", grid(4, 4), WeightAsStrength, 5, 6, 1},
	}
	const draws = 20000
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var ps pathSampler = newBiBFS(c.g)
			if c.dist != Hops {
				l := lengths(c.g, c.dist)
				if l == nil { // all weights 1: test the Dijkstra search all the same
					l = slices.Repeat([]float64{1}, c.g.Entries())
				}
				ps = newBiDijkstra(c.g, l)
			}
			r := rand.New(rand.NewPCG(1, 2))
			seen := map[string]int{}
			var out []int32
			for range draws {
				out = ps.path(c.s, c.t, r, out[:0])
				p := slices.Clone(out)
				slices.Sort(p)
				seen[fmt.Sprint(p)]++
			}
			if len(seen) != c.paths {
				t.Fatalf("%d distinct paths, want %d: %v", len(seen), c.paths, seen)
			}
			want := float64(draws) / float64(c.paths)
			for p, k := range seen {
				// 5 binomial standard deviations.
				if math.Abs(float64(k)-want) > 5*math.Sqrt(want) {
					t.Errorf("path %s drawn %d times, want about %.0f", p, k, want)
				}
			}
		})
	}
	// Unreachable: nothing.
	g := edges(4, [3]float64{0, 1, 1}, [3]float64{2, 3, 1})
	for _, ps := range []pathSampler{newBiBFS(g), newBiDijkstra(g, []float64{2, 2, 2, 2})} {
		if out := ps.path(0, 3, rand.New(rand.NewPCG(1, 1)), nil); len(out) != 0 {
			t.Errorf("%T: path %v between components", ps, out)
		}
	}
}

// The result does not depend on the number of workers; another seed gives
// another sample.
func TestEstimateDeterministic(t *testing.T) {
	g := socialgen.ShuffledCommunities(500, 10, 5)
	for _, d := range []Distance{Hops, WeightAsStrength} {
		ref := Estimate(g, EstimateOptions{Distance: d, Seed: 9, Workers: 1, MaxSamples: 20000})
		for _, w := range []int{2, 3, 16} {
			e := Estimate(g, EstimateOptions{Distance: d, Seed: 9, Workers: w, MaxSamples: 20000})
			if !slices.Equal(e.Raw, ref.Raw) || !slices.Equal(e.RawLow, ref.RawLow) || !slices.Equal(e.RawHigh, ref.RawHigh) ||
				e.Samples != ref.Samples || e.Epsilon != ref.Epsilon {
				t.Errorf("%v: %d workers differ from 1", d, w)
			}
		}
		if other := Estimate(g, EstimateOptions{Distance: d, Seed: 10, MaxSamples: 20000}); slices.Equal(other.Raw, ref.Raw) {
			t.Errorf("%v: another seed gave the same estimates", d)
		}
	}
}

func TestEstimateEdges(t *testing.T) {
	for _, g := range []*csr.Graph{{}, edges(0), edges(2, [3]float64{0, 1, 1}), edges(5, [3]float64{0, 1, 1}, [3]float64{2, 3, 1})} {
		e := Estimate(g, EstimateOptions{})
		if e.Samples != 0 || !e.Converged || e.Epsilon != 0 || len(e.Raw) != max(g.N(), 0) {
			t.Errorf("%d nodes: %+v", g.N(), e)
		}
	}
	// A budget below the first checkpoint is one checkpoint, spent.
	e := Estimate(pathGraph(50), EstimateOptions{MaxSamples: 100, Precision: 0.01})
	if e.Samples != 100 || e.Checkpoints != 1 || e.Converged || e.People != 48 {
		t.Errorf("budget 100: %d samples, %d checkpoints, converged %v, %d people", e.Samples, e.Checkpoints, e.Converged, e.People)
	}
	// Normalized is Raw × 2/((n−1)(n−2)), ε in the same units.
	n := 50.0
	for v := range e.Raw {
		if math.Abs(e.Normalized[v]-e.Raw[v]*2/((n-1)*(n-2))) > 1e-12 {
			t.Fatalf("Normalized[%d] = %v, Raw %v", v, e.Normalized[v], e.Raw[v])
		}
	}
	for _, bad := range []float64{-0.5, 1, 2} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Confidence %v: no panic", bad)
				}
			}()
			Estimate(pathGraph(5), EstimateOptions{Confidence: bad})
		}()
	}
}

func TestEstimateProgress(t *testing.T) {
	var calls, last, total int
	e := Estimate(socialgen.ShuffledCommunities(500, 6, 2), EstimateOptions{Seed: 1, MaxSamples: 30000, Progress: func(done, tot int) {
		calls++
		if done < last || done > tot {
			t.Errorf("progress %d of %d after %d", done, tot, last)
		}
		last, total = done, tot
	}})
	if calls < 2 || last != total {
		t.Errorf("%d calls, last %d of %d; %d samples", calls, last, total, e.Samples)
	}
}

// The Chernoff interval against known values: with c = 0 the upper end
// solves r·ln(1/(1−q)) = L; it always holds the estimate; it narrows as r
// grows.
func TestBinomialInterval(t *testing.T) {
	lo, hi := binomialInterval(0, 1000, math.Log(40))
	if want := -math.Expm1(-math.Log(40) / 1000); lo != 0 || math.Abs(hi-want) > 1e-12 {
		t.Errorf("c = 0: [%v, %v], want [0, %v]", lo, hi, want)
	}
	lo, hi = binomialInterval(1000, 1000, math.Log(40))
	if want := math.Exp(-math.Log(40) / 1000); hi != 1 || math.Abs(lo-want) > 1e-12 {
		t.Errorf("c = r: [%v, %v], want [%v, 1]", lo, hi, want)
	}
	prev := 1.0
	for _, r := range []int{100, 1000, 10000, 100000} {
		lo, hi := binomialInterval(r/10, r, 10)
		if !(lo < 0.1 && 0.1 < hi) || hi-lo >= prev {
			t.Errorf("r = %d: [%v, %v]", r, lo, hi)
		}
		// The ends are where r·KL = L.
		if math.Abs(float64(r)*kl(0.1, lo)-10) > 1e-6 || math.Abs(float64(r)*kl(0.1, hi)-10) > 1e-6 {
			t.Errorf("r = %d: r·KL at the ends %v, %v", r, float64(r)*kl(0.1, lo), float64(r)*kl(0.1, hi))
		}
		prev = hi - lo
	}
}
