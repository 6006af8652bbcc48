package centrality

import (
	"math"
	"runtime"
	"sync"

	"github.com/tiesnet/ties/graph/csr"
)

// Distance says how a tie's weight becomes a path length.
type Distance int

const (
	// Hops ignores weights: every tie has length 1 (the spec's
	// betweenness and betweenness_raw).
	Hops Distance = iota
	// WeightAsLength makes a tie as long as its weight, so a bigger weight
	// is a longer path (NetworkX weight="weight"; the spec's
	// betweenness_weighted and betweenness_weighted_raw).
	WeightAsLength
	// WeightAsStrength makes a tie's length 1/weight: a strong tie is a
	// short path (Opsahl, Agneessens & Skvoretz 2010, "Node centrality in
	// weighted networks", Social Networks 32(3); golden key
	// betweenness_weighted_inverse).
	WeightAsStrength
)

// String returns a short name for messages and flags.
func (d Distance) String() string {
	switch d {
	case Hops:
		return "hops"
	case WeightAsLength:
		return "weight-as-length"
	case WeightAsStrength:
		return "weight-as-strength"
	}
	return "unknown"
}

// Options controls Betweenness.
type Options struct {
	Distance Distance
	// Samples is the number of sources: 0 (or negative, or at least the
	// number of nodes) means exact, every node a source; k > 0 means k
	// distinct sources drawn uniformly without replacement (Brandes & Pich
	// 2007), with a PCG generator seeded by Seed.
	Samples int
	Seed    uint64
	// Workers is the number of goroutines; 0 means runtime.GOMAXPROCS(0).
	// The result does not depend on it.
	Workers int
	// Progress, if set, is called with the number of sources done so far
	// and the total, from one goroutine at a time, with done increasing; the
	// last call has done == total.
	Progress func(done, total int)
}

// Result holds betweenness values indexed by node.
type Result struct {
	// Raw is NetworkX betweenness_centrality(normalized=False) on an
	// undirected graph: each unordered pair {s,t} counted once.
	Raw []float64
	// Normalized is Raw × 2/((n−1)(n−2)); equal to Raw when n ≤ 2.
	Normalized []float64
	// Sources is the number of sources used: n when exact.
	Sources int
	// Exact is true when every node was a source.
	Exact bool
	// StdErr is, when sampled, the estimated standard error of each Raw
	// value (see Betweenness); multiply by 2/((n−1)(n−2)) for Normalized.
	// It is nil when exact, and NaN where it cannot be estimated (one
	// source).
	StdErr []float64
}

// lanes is the number of partial sums the sources are split into. It is
// fixed, independent of the number of workers, so that the floating-point
// sum is the same for any Workers value and any scheduling.
const lanes = 16

// Betweenness computes the shortest-path betweenness of every node of the
// undirected graph g (g must be symmetric, as csr.Undirected makes it):
//
//	Raw(v) = Σ_{ {s,t}, s≠v≠t } σ_st(v) / σ_st
//
// over unordered pairs, where σ_st is the number of shortest s–t paths and
// σ_st(v) the number of them through v; endpoints are not counted, and
// pairs in different components contribute nothing. Normalized(v) =
// Raw(v) × 2/((n−1)(n−2)) for n > 2. This is NetworkX's
// betweenness_centrality(G, normalized=False/True, weight=...), R sna's
// betweenness(gmode="graph") and igraph's betweenness(directed=False); the
// spec's betweenness_raw / betweenness, and with WeightAsLength its
// betweenness_weighted_raw / betweenness_weighted.
//
// Algorithm: Brandes (2001). For each source s, a breadth-first search
// (Hops, or lengths that are all exactly 1) or a Dijkstra search with a
// binary heap finds σ_sv and the predecessors of each v; the dependencies
// δ_s(v) = Σ_{w: v ∈ P_s(w)} σ_sv/σ_sw (1 + δ_s(w)) are accumulated in
// reverse order of settlement, and Raw(v) = ½ Σ_s δ_s(v).
//
// Equal weighted path lengths: the spec counts every shortest path, and
// paths that are equally long in exact arithmetic can differ in the last
// bit as float sums (with length = 1/weight, 1/2 + 1 against 1/4 + 1/4 +
// 1). NetworkX compares float sums exactly and then misses one of the
// paths; the golden files hold NetworkX's values on exact fractions instead,
// which igraph also gives. The Dijkstra search therefore compares lengths
// as igraph does: equal when |a − b| < 1e-10 (|a| + |b|) (igraph's
// IGRAPH_SHORTEST_PATH_EPSILON). With whole-number weights and
// WeightAsLength every sum is exact and this is NetworkX's result on
// floats too. Lengths that differ by less than that tolerance count as
// equal. Weights must be positive and finite (the importers keep only
// such weights).
//
// Sampling (Options.Samples = k, 0 < k < n): k distinct sources s_1..s_k are
// drawn uniformly without replacement (Brandes & Pich 2007, "Centrality
// estimation in large networks", Int. J. Bifurcation and Chaos 17(7)), and
// each search contributes the linearly scaled dependency of Geisberger,
// Sanders & Schultes (2008, "Better approximation of betweenness
// centrality", ALENEX):
//
//	δ'_s(v) = Σ_t (d(s,v)/d(s,t)) σ_st(v)/σ_st,
//	Raw(v) ≈ (n/k) Σ_i δ'_{s_i}(v).
//
// For v on a shortest s–t path d(s,v) + d(v,t) = d(s,t), so the two ends of
// a pair share its count and Σ_s δ'_s(v) = Raw(v): the estimate is unbiased.
// Plain source sampling (NetworkX's betweenness_centrality(k=...):
// (n/k) ½ Σ_i δ_{s_i}(v)) is unbiased too, but a node's dependency comes
// mostly from the few sources right next to it, which a sample often
// misses; scaling by d(s,v)/d(s,t) shifts that weight to the far end of the
// pair. On the 20 000-node test graph with 500 sources, the mean relative
// error of the 100 top brokers fell from 0.31 to 0.16 (the same as plain
// sampling with about four times the sources). The recurrence is
// D_s(v) = Σ_{w: v ∈ P_s(w)} σ_sv/σ_sw (1/d(s,w) + D_s(w)),
// δ'_s(v) = d(s,v) D_s(v).
//
// The standard error, under simple random sampling without replacement, is
//
//	StdErr(v) = n √((1 − k/n) S²(v) / k),
//
// with S²(v) = Σ_i (δ'_{s_i}(v) − mean)² / (k − 1) the sample variance of the
// per-source scaled dependencies and (1 − k/n) the finite-population
// correction. It is itself an estimate and relies on the normal
// approximation, which heavy-tailed dependencies strain: a sample that
// misses the sources carrying much of a node's betweenness underestimates
// both the value and its error. On a 2 000-node social-like test graph,
// about 1 % of the nodes were more than 4 standard errors off with 500
// sources, and none or one of the top 100 brokers.
//
// Parallelism and determinism: the sources, in ascending order, are dealt
// round-robin into 16 lanes (source number j goes to lane j mod 16); a
// goroutine takes a whole lane at a time and sums its sources' dependencies,
// in order, into the lane's own slice; the lanes are then added in lane
// order. The floating-point result is therefore identical bit for bit for
// any Workers value and any scheduling, at the cost of 16 slices of n
// floats (two sets when sampled) and of using at most 16 goroutines. Each
// goroutine owns preallocated search buffers (no maps); only the nodes a
// search reached are reset.
//
// Cost: O(n·m) time for Hops and O((n·m) log n) weighted, O(n + m) memory
// per worker.
func Betweenness(g *csr.Graph, opt Options) Result {
	if opt.Distance < Hops || opt.Distance > WeightAsStrength {
		panic("centrality: unknown Distance")
	}
	n := g.N()
	if n <= 0 { // also a zero csr.Graph
		return Result{Raw: []float64{}, Normalized: []float64{}, Exact: true}
	}
	srcs, exact := sources(n, opt.Samples, opt.Seed)
	k := len(srcs)
	res := Result{Sources: k, Exact: exact}
	length := lengths(g, opt.Distance)
	nl := min(lanes, k)
	sum := make([][]float64, nl)
	var sq [][]float64
	if !exact {
		sq = make([][]float64, nl)
	}

	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, nl))

	var (
		mu       sync.Mutex
		nextLane int
		done     int
	)
	step := max(1, k/512)
	report := func(d int) {
		mu.Lock()
		done += d
		if opt.Progress != nil {
			opt.Progress(done, k)
		}
		mu.Unlock()
	}
	takeLane := func() int {
		mu.Lock()
		defer mu.Unlock()
		l := nextLane
		nextLane++
		return l
	}

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var b searcher
			if length == nil {
				b = newBFS(g)
			} else {
				b = newDijkstra(g, length)
			}
			pending := 0
			for l := takeLane(); l < nl; l = takeLane() {
				bc := make([]float64, n)
				var b2 []float64
				if sq != nil {
					b2 = make([]float64, n)
				}
				for j := l; j < k; j += nl {
					s := srcs[j]
					b.run(s)
					if !exact {
						b.accumulateScaled(s, bc, b2)
					} else {
						b.accumulate(s, bc, b2)
					}
					if pending++; pending == step {
						report(pending)
						pending = 0
					}
				}
				sum[l] = bc
				if sq != nil {
					sq[l] = b2
				}
			}
			if pending > 0 {
				report(pending)
			}
		}()
	}
	wg.Wait()

	total := make([]float64, n)
	for _, bc := range sum {
		for v, x := range bc {
			total[v] += x
		}
	}

	// Exact: scale as NetworkX's _rescale does, ½ for an undirected graph
	// (each pair was counted from both ends) and 1/((n−1)(n−2)) for
	// normalised values. Sampled: the scaled dependencies count each pair
	// once in expectation; times n/k.
	rawScale, normScale := 0.5, 0.5
	if n > 2 {
		normScale = 1 / float64((n-1)*(n-2))
	}
	if !exact {
		rawScale, normScale = 2*rawScale, 2*normScale
		rawScale = rawScale * float64(n) / float64(k)
		normScale = normScale * float64(n) / float64(k)
	}
	res.Raw = make([]float64, n)
	res.Normalized = make([]float64, n)
	for v, x := range total {
		res.Raw[v] = x * rawScale
		res.Normalized[v] = x * normScale
	}
	if !exact {
		res.StdErr = stdErr(n, k, total, sq)
	}
	return res
}

// stdErr estimates the standard error of the sampled Raw values from the
// sum of the scaled dependencies (total) and the per-lane sums of their
// squares (sq).
func stdErr(n, k int, total []float64, sq [][]float64) []float64 {
	se := make([]float64, n)
	if k < 2 {
		for v := range se {
			se[v] = math.NaN()
		}
		return se
	}
	fpc := 1 - float64(k)/float64(n)
	kf := float64(k)
	for v := range se {
		s2 := 0.0
		for _, b2 := range sq {
			s2 += b2[v]
		}
		mean := total[v] / kf
		variance := max(0, (s2-kf*mean*mean)/(kf-1))
		se[v] = float64(n) * math.Sqrt(fpc*variance/kf)
	}
	return se
}

// lengths returns the length of each adjacency entry of g, or nil when
// every length is 1 (Hops, or weights that are all exactly 1 under either
// weighted reading), so that a breadth-first search gives the same paths.
// WeightAsLength uses g.W itself.
func lengths(g *csr.Graph, d Distance) []float64 {
	if d == Hops {
		return nil
	}
	all1 := true
	for _, w := range g.W {
		if w != 1 {
			all1 = false
			break
		}
	}
	switch {
	case all1:
		return nil
	case d == WeightAsLength:
		return g.W
	}
	out := make([]float64, len(g.W))
	for i, w := range g.W {
		out[i] = 1 / w
	}
	return out
}
