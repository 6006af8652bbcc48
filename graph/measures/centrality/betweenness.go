package centrality

import (
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
// For large graphs, Estimate samples shortest paths instead, with
// confidence intervals.
//
// Parallelism and determinism: the sources, in ascending order, are dealt
// round-robin into 16 lanes (source number j goes to lane j mod 16); a
// goroutine takes a whole lane at a time and sums its sources' dependencies,
// in order, into the lane's own slice; the lanes are then added in lane
// order. The floating-point result is therefore identical bit for bit for
// any Workers value and any scheduling, at the cost of 16 slices of n
// floats and of using at most 16 goroutines. Each
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
		return Result{Raw: []float64{}, Normalized: []float64{}}
	}
	length := lengths(g, opt.Distance)
	nl := min(lanes, n)
	sum := make([][]float64, nl)

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
	step := max(1, n/512)
	report := func(d int) {
		mu.Lock()
		done += d
		if opt.Progress != nil {
			opt.Progress(done, n)
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
				for s := l; s < n; s += nl {
					b.run(int32(s))
					b.accumulate(int32(s), bc)
					if pending++; pending == step {
						report(pending)
						pending = 0
					}
				}
				sum[l] = bc
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

	// Scale as NetworkX's _rescale does: ½ for an undirected graph (each
	// pair was counted from both ends) and 1/((n−1)(n−2)) for normalised
	// values.
	rawScale, normScale := 0.5, 0.5
	if n > 2 {
		normScale = 1 / float64((n-1)*(n-2))
	}
	res := Result{Raw: make([]float64, n), Normalized: make([]float64, n)}
	for v, x := range total {
		res.Raw[v] = x * rawScale
		res.Normalized[v] = x * normScale
	}
	return res
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
