package centrality

import (
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"

	"github.com/tiesnet/ties/graph/csr"
)

// Defaults of EstimateOptions.
const (
	// DefaultConfidence is the probability that every interval holds at
	// once (δ = 0.05).
	DefaultConfidence = 0.95
	// DefaultPrecision is the half-width, as a share of the estimate, that
	// stops the sampling (see Estimate).
	DefaultPrecision = 0.25
	// DefaultTop is how many of the highest estimates the precision is
	// asked of.
	DefaultTop = 20
	// DefaultMaxSamples is the budget of sampled pairs.
	DefaultMaxSamples = 1 << 24
	// DefaultMaxWork is the budget of work: ties looked at by the
	// searches, each tie of a weighted search counted three times (its
	// heap costs about twice as much again). On the 2-core reference
	// machine a tie costs 10–15 ns in a breadth-first search, so 10⁹ is
	// 10–15 s of one core.
	DefaultMaxWork = 1_000_000_000
	// firstCheckpoint and growth define the fixed grid of sample counts at
	// which the stopping rule may be checked: firstCheckpoint·growth^j,
	// the last one the budget.
	firstCheckpoint = 1000
	growth          = 1.25
	// dijkstraWork is what a tie looked at by a Dijkstra search counts in
	// the work: about three times a breadth-first one (measured: 34–50 ns
	// against 10–15 ns).
	dijkstraWork = 3
)

// EstimateOptions controls Estimate. The zero value of every field is its
// default.
type EstimateOptions struct {
	Distance Distance
	// Confidence is 1 − δ, the probability that the intervals of all
	// people hold at once; 0 means DefaultConfidence. It must be in (0, 1).
	Confidence float64
	// Precision ρ and Top K define the stopping rule (see Estimate); 0
	// means DefaultPrecision and DefaultTop.
	Precision float64
	Top       int
	// MaxSamples is the budget of sampled pairs; 0 means
	// DefaultMaxSamples.
	MaxSamples int
	// MaxWork is the budget of work (see DefaultMaxWork); 0 means
	// DefaultMaxWork, negative no limit but MaxSamples.
	MaxWork int
	// Seed drives the sampling: the same graph, options and seed give the
	// same result, whatever Workers is.
	Seed uint64
	// Workers is the number of goroutines; 0 means runtime.GOMAXPROCS(0).
	Workers int
	// Progress, if set, is called with the share of the budget spent so
	// far as done out of total (the budget of samples or of work, whichever
	// is nearer its end), from one goroutine at a time, with done
	// increasing; the last call has done == total.
	Progress func(done, total int)
}

// Estimates holds sampled betweenness with simultaneous confidence
// intervals, indexed by node.
type Estimates struct {
	// Raw is the estimate of Betweenness' Raw; Normalized is Raw ×
	// 2/((n−1)(n−2)).
	Raw, Normalized []float64
	// RawLow and RawHigh bound each Raw value: with probability at least
	// Confidence, RawLow[v] ≤ exact Raw[v] ≤ RawHigh[v] for every v at
	// once. A node with fewer than two neighbours lies between nobody: its
	// three values are 0.
	RawLow, RawHigh []float64
	// Samples is the number of pairs sampled; Checkpoints the number of
	// points of the grid of sample counts the confidence is shared over;
	// People the number of nodes whose intervals the confidence is shared
	// over (nodes with two neighbours or more).
	Samples, Checkpoints, People int
	// Confidence is 1 − δ.
	Confidence float64
	// Epsilon is the largest half-width (RawHigh − RawLow)/2, normalised as
	// Normalized is.
	Epsilon float64
	// Converged is true when the stopping rule was met, false when the
	// budget ran out first.
	Converged bool
}

// Estimate estimates the betweenness of every node of the undirected
// graph g (symmetric, as csr.Undirected makes it) by sampling shortest
// paths, with confidence intervals that hold for all nodes at once.
//
// Estimator (Riondato & Kornaropoulos 2016, "Fast approximation of
// betweenness centrality through sampling", Data Mining and Knowledge
// Discovery 30(2)): a sample is an ordered pair (s, t), s ≠ t, drawn
// uniformly from the n(n−1) pairs, and one shortest s–t path drawn
// uniformly among the σ_st of them; X_v = 1 when v is an inner node of that
// path. Then E[X_v] = b(v) = Σ_{s≠t} σ_st(v)/σ_st / (n(n−1)), and since each
// unordered pair is two ordered ones, Raw(v) = b(v)·n(n−1)/2 exactly as
// Betweenness defines it. After r samples with c_v hits, Raw is estimated
// by (c_v/r)·n(n−1)/2, an unbiased estimate. The path is found by a
// balanced bidirectional breadth-first search (Borassi & Natale 2019,
// "KADABRA is an ADaptive Algorithm for Betweenness via Random
// Approximation", ACM J. Exp. Algorithmics 24), which on social networks
// looks at a small part of the graph; with weights, by a bidirectional
// Dijkstra search with Betweenness' length tolerance, which looks at
// more (a ball of half the weighted distance around each end).
//
// Intervals: the X_v of the r samples are independent Bernoulli(b(v))
// draws, so the Chernoff–Hoeffding bound in relative-entropy form
// (binomialInterval) gives [lo_v, hi_v] with P(b(v) < lo_v) ≤ e^−L and
// P(b(v) > hi_v) ≤ e^−L. The union bound is spelt out: the stopping rule
// may be checked only at the J fixed sample counts ⌈1000·1.25^j⌉ below
// MaxSamples (and MaxSamples itself), and only the m nodes with two or
// more neighbours can have betweenness, so with
//
//	L = ln(2·m·J/δ)
//
// the probability that any interval of any node at any checkpoint misses
// is at most 2·m·J·e^−L = δ. The intervals at the checkpoint where the
// sampling stops therefore all hold at once with probability ≥ 1 − δ,
// whatever made it stop (the union bound covers every checkpoint it could
// have chosen). m and J enter only through the logarithm: for 200 000
// people, J = 45 and δ = 0.05, L = 19.7, against ln(2/δ) = 3.7 for a
// single interval.
//
// Adaptive stopping, in the spirit of KADABRA: sampling stops at the first
// checkpoint where every node's half-width is at most ρ·max(b̃(v), b̃_K),
// with b̃ the estimate and b̃_K the K-th highest positive estimate
// (Precision ρ, Top K): the K highest estimates are known within ±ρ of
// their value, and every other node well enough to tell it is not among
// them. As a half-width grows like √(b/r), that takes about
// (2L/ρ²)/b_K samples. After each checkpoint the next one is the grid
// point nearest the samples this predicts (at most four times those so
// far). Sampling also stops at the last checkpoint within the budgets:
// MaxSamples, and MaxWork, predicted from the work per sample so far;
// Converged then says the rule was not met, and the intervals, which
// still hold, are wider.
//
// Determinism: sample i draws its pair and path from its own generator,
// seeded from (Seed, i), and hits are counted as integers, so the result
// does not depend on the number of workers or their scheduling.
//
// Cost: within the budgets; on generated social networks with 17 ties a
// person, a sample looks at about 900 ties on 20 000 people and 2 800 on
// 200 000 in hops, and 9 000 and 40 000 weighted. O(n) memory per worker.
func Estimate(g *csr.Graph, opt EstimateOptions) Estimates {
	conf, rho, top, budget, maxWork := estimateSettings(opt)
	n := max(g.N(), 0)
	res := Estimates{
		Raw: make([]float64, n), Normalized: make([]float64, n),
		RawLow: make([]float64, n), RawHigh: make([]float64, n),
		Confidence: conf, Converged: true,
	}
	for v := range n {
		if g.Degree(v) >= 2 {
			res.People++
		}
	}
	if n < 3 || res.People == 0 {
		if opt.Progress != nil {
			opt.Progress(1, 1)
		}
		return res // nobody lies between others
	}

	grid := checkpoints(budget)
	res.Checkpoints = len(grid)
	logInv := math.Log(2 * float64(res.People) * float64(len(grid)) / (1 - conf))

	s := newSampling(g, opt, budget, maxWork)
	var counts []uint32
	bounds := map[uint32][2]float64{}
	interval := func(c uint32, r int) [2]float64 {
		b, ok := bounds[c]
		if !ok {
			b[0], b[1] = binomialInterval(int(c), r, logInv)
			bounds[c] = b
		}
		return b
	}
	res.Converged = false
	for j := 0; ; {
		r := grid[j]
		counts = s.run(r)
		clear(bounds)
		want := 4 * float64(r) // the samples the rule needs, predicted
		if cK := kthPositive(counts, top); cK > 0 {
			worst := 0.0 // the largest half-width over ρ·max(c, c_K)/r
			for v, c := range counts {
				if g.Degree(v) < 2 {
					continue
				}
				b := interval(c, r)
				worst = max(worst, (b[1]-b[0])/2/(rho*float64(max(c, cK))/float64(r)))
			}
			if worst <= 1 {
				res.Converged = true
				break
			}
			// Half-widths shrink like 1/√r.
			want = min(want, float64(r)*worst*worst)
		}
		if j == len(grid)-1 {
			break
		}
		next := j + 1
		for next < len(grid)-1 && float64(grid[next]) < want {
			next++
		}
		if next > j+1 && float64(grid[next-1]) >= 0.9*want {
			next--
		}
		// Within the work budget, predicted from the work per sample.
		perSample := s.work() / float64(r)
		for next > j && float64(grid[next])*perSample > maxWork {
			next--
		}
		if next == j {
			break
		}
		j = next
	}
	r := s.samples
	res.Samples = r
	if opt.Progress != nil {
		opt.Progress(s.total, s.total)
	}

	pairs := float64(n) * float64(n-1) / 2
	norm := float64(n) / float64(n-2) // 2/((n−1)(n−2)) × n(n−1)/2
	clear(bounds)
	for v, c := range counts {
		if g.Degree(v) < 2 {
			continue
		}
		b := interval(c, r)
		p := float64(c) / float64(r)
		res.Raw[v], res.Normalized[v] = p*pairs, p*norm
		res.RawLow[v], res.RawHigh[v] = b[0]*pairs, b[1]*pairs
		res.Epsilon = max(res.Epsilon, (b[1]-b[0])/2*norm)
	}
	return res
}

// estimateSettings returns the options of Estimate with every zero value
// replaced by its default (a negative MaxWork: no work budget), and panics
// on an unknown Distance or a Confidence outside (0, 1).
func estimateSettings(opt EstimateOptions) (conf, rho float64, top, budget int, maxWork float64) {
	if opt.Distance < Hops || opt.Distance > WeightAsStrength {
		panic("centrality: unknown Distance")
	}
	conf = opt.Confidence
	if conf == 0 {
		conf = DefaultConfidence
	}
	if !(conf > 0 && conf < 1) {
		panic("centrality: Confidence must be in (0, 1)")
	}
	rho, top, budget, maxWork = opt.Precision, opt.Top, opt.MaxSamples, float64(opt.MaxWork)
	if rho <= 0 {
		rho = DefaultPrecision
	}
	if top <= 0 {
		top = DefaultTop
	}
	if budget <= 0 {
		budget = DefaultMaxSamples
	}
	switch {
	case maxWork == 0:
		maxWork = DefaultMaxWork
	case maxWork < 0:
		maxWork = math.Inf(1)
	}
	return conf, rho, top, budget, maxWork
}

// checkpoints returns the grid of sample counts at which the stopping rule
// may be checked: ⌈firstCheckpoint·growth^j⌉ below budget, then budget.
func checkpoints(budget int) []int {
	var grid []int
	for x := float64(firstCheckpoint); x < float64(budget); x *= growth {
		if c := int(math.Ceil(x)); len(grid) == 0 || c > grid[len(grid)-1] {
			grid = append(grid, c)
		}
	}
	return append(grid, budget)
}

// kthPositive returns the k-th largest positive count, or the smallest
// positive one when fewer than k are positive (0 when none is).
func kthPositive(counts []uint32, k int) uint32 {
	var pos []uint32
	for _, c := range counts {
		if c > 0 {
			pos = append(pos, c)
		}
	}
	if len(pos) == 0 {
		return 0
	}
	slices.Sort(pos)
	return pos[max(0, len(pos)-k)]
}

// sampling draws pairs and paths on several goroutines and counts the
// hits of every node.
type sampling struct {
	g       *csr.Graph
	opt     EstimateOptions
	workers []*worker
	length  []float64
	counts  []uint32
	samples int // pairs sampled so far
	// For Progress: the budgets, and the share of the nearer one spent,
	// in units of 1/total.
	budget   int
	maxWork  float64
	total    int
	progress int
}

type worker struct {
	ps     pathSampler
	counts []uint32
	pcg    *rand.PCG
	rand   *rand.Rand
	path   []int32
}

func newSampling(g *csr.Graph, opt EstimateOptions, budget int, maxWork float64) *sampling {
	w := opt.Workers
	if w <= 0 {
		w = runtime.GOMAXPROCS(0)
	}
	return &sampling{g: g, opt: opt, workers: make([]*worker, max(1, w)),
		length: lengths(g, opt.Distance), counts: make([]uint32, g.N()),
		budget: budget, maxWork: maxWork, total: 1000}
}

// work returns the work done so far (see DefaultMaxWork).
func (s *sampling) work() float64 {
	w := 0
	for _, wk := range s.workers {
		if wk != nil {
			w += wk.ps.work()
		}
	}
	if s.length != nil {
		w *= dijkstraWork
	}
	return float64(w)
}

// chunk is how many consecutive samples a goroutine takes at a time.
const chunk = 64

// run samples until `to` pairs have been sampled in all, and returns the
// hit counts so far.
func (s *sampling) run(to int) []uint32 {
	if to <= s.samples {
		return s.counts
	}
	var (
		mu   sync.Mutex
		next = s.samples
		wg   sync.WaitGroup
		work = s.work()
	)
	take := func() (int, int) {
		mu.Lock()
		defer mu.Unlock()
		a := next
		next = min(to, next+chunk)
		return a, next
	}
	done := s.samples
	report := func(samples, w int) {
		if s.opt.Progress == nil {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		done += samples
		if s.length != nil {
			w *= dijkstraWork
		}
		work += float64(w)
		share := max(float64(done)/float64(s.budget), work/s.maxWork)
		if p := min(s.total-1, int(share*float64(s.total))); p > s.progress {
			s.progress = p
			s.opt.Progress(p, s.total)
		}
	}
	for k := range s.workers {
		if s.workers[k] == nil {
			wk := &worker{counts: make([]uint32, s.g.N()), pcg: rand.NewPCG(0, 0)}
			wk.rand = rand.New(wk.pcg)
			if s.length == nil {
				wk.ps = newBiBFS(s.g)
			} else {
				wk.ps = newBiDijkstra(s.g, s.length)
			}
			s.workers[k] = wk
		}
		wk := s.workers[k]
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := uint64(s.g.N())
			for a, b := take(); a < b; a, b = take() {
				w0 := wk.ps.work()
				for i := a; i < b; i++ {
					x := splitmix(s.opt.Seed + splitmix(uint64(i)))
					wk.pcg.Seed(x, splitmix(x^uint64(i)))
					src := int32(wk.rand.Uint64N(n))
					dst := int32(wk.rand.Uint64N(n - 1))
					if dst >= src {
						dst++
					}
					wk.path = wk.ps.path(src, dst, wk.rand, wk.path[:0])
					for _, v := range wk.path {
						wk.counts[v]++
					}
				}
				report(b-a, wk.ps.work()-w0)
			}
		}()
	}
	wg.Wait()
	s.samples = to
	clear(s.counts)
	for _, wk := range s.workers {
		for v, c := range wk.counts {
			s.counts[v] += c
		}
	}
	return s.counts
}

// splitmix is SplitMix64's output function (Steele, Lea & Flood 2014): it
// turns consecutive seeds into unrelated generator states.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}
