package holes

import (
	"math"
	"runtime"
	"slices"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/internal/par"
)

// want says which measures a run computes.
type want uint8

const (
	wantConstraint want = 1 << iota
	wantES
	wantHierarchy
)

// kernel is one run over a graph; its fields are read-only while workers
// run, except the output slices, of which each worker writes its own nodes.
type kernel struct {
	g        *csr.Graph
	weighted bool
	ego      bool
	acc      bool // local constraints are needed (constraint or hierarchy)
	want     want
	// Whole model: invS[q] = 1 / (sum of q's weights), or 1/k_q unweighted;
	// invM[j] = 1 / (j's largest weight), weighted effective size only. 0
	// where the sum or maximum is 0 (NetworkX then uses 0 for p or m).
	invS, invM []float64
	out        Result
}

// scratch is one worker's dense working memory, indexed by node.
type scratch struct {
	mark []int32   // mark[j] == i+1 while j is a neighbour of the current i
	acc  []float64 // acc[j] = p_ij + sum_q p_iq p_qj for j in N(i)
	mx   []float64 // ego model, weighted: largest weight of j inside i's ego network
	qs   []float64 // ego model: 1 / strength of i's neighbour at row position x inside i's ego network
	// hubAdj, hubW: the entries of a hub's row that are i's neighbours
	// (common).
	hubAdj []int32
	hubW   []float64
}

// hubRatio: a neighbour q whose row is this many times longer than i's is
// looked up rather than walked (binary searches cost about log2 of its
// length each).
var hubRatio = 16

// common returns the entries of row (ascending, weights rw) whose ids are
// in nb (ascending), in row order, by binary search of each of nb in what
// is left of row.
func (s *scratch) common(nb, row []int32, rw []float64) ([]int32, []float64) {
	s.hubAdj, s.hubW = s.hubAdj[:0], s.hubW[:0]
	lo := 0
	for _, j := range nb {
		y, ok := slices.BinarySearch(row[lo:], j)
		lo += y
		if ok {
			s.hubAdj = append(s.hubAdj, j)
			s.hubW = append(s.hubW, rw[lo])
			lo++
		}
		if lo == len(row) {
			break
		}
	}
	return s.hubAdj, s.hubW
}

// minParallel is the number of stored entries below which a run stays on
// one goroutine: starting workers costs more than the work.
var minParallel = 1 << 14

// useTwins lets the whole model run over classes of true twins (twins.go);
// tests turn it off to compare with the per-person kernel.
var useTwins = true

func inv(x float64) float64 {
	if x == 0 {
		return 0
	}
	return 1 / x
}

func run(g *csr.Graph, opt Options, w want) Result {
	return runShared(g, opt, w, &twinsOnce{g: g})
}

// twinsOnce finds a graph's classes of twins at most once, for the
// passes without and with weights (AnalyzeBoth): twins have the same
// weights, so one set of classes serves both.
type twinsOnce struct {
	g    *csr.Graph
	done bool
	t    *twins // nil when there are too many classes
}

func (o *twinsOnce) get() *twins {
	if !o.done {
		o.t, o.done = findTwins(o.g, int(minTwinShare*float64(o.g.N()))), true
	}
	return o.t
}

// runShared is run with the twins found by tw.
func runShared(g *csr.Graph, opt Options, w want, tw *twinsOnce) Result {
	n := g.N()
	k := &kernel{
		g:        g,
		weighted: opt.Weighted,
		ego:      opt.Model == EgoNetwork,
		acc:      w&(wantConstraint|wantHierarchy) != 0,
		want:     w,
	}
	if w&wantConstraint != 0 {
		k.out.Constraint = make([]float64, n)
	}
	if w&wantES != 0 {
		k.out.EffectiveSize = make([]float64, n)
	}
	if w&wantHierarchy != 0 {
		k.out.Hierarchy = make([]float64, n)
	}
	if !k.ego && k.acc {
		k.invS = make([]float64, n)
		for q := range n {
			if k.weighted {
				k.invS[q] = inv(g.Strength(q))
			} else {
				k.invS[q] = inv(float64(g.Degree(q)))
			}
		}
	}
	if !k.ego && k.weighted && w&wantES != 0 {
		k.invM = make([]float64, n)
		for j := range n {
			m := math.Inf(-1)
			for _, x := range g.Weights(j) {
				m = max(m, x)
			}
			if g.Degree(j) > 0 {
				k.invM[j] = inv(m)
			}
		}
	}

	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if g.Entries() < minParallel {
		workers = 1
	}
	workers = max(1, min(workers, n))
	if !k.ego && useTwins {
		if t := tw.get(); t != nil {
			k.runTwins(t, workers)
			return k.out
		}
	}
	const chunk = 64
	scr := make([]*scratch, workers)
	par.For(n, chunk, workers, func(w, lo, hi int) {
		if scr[w] == nil { // only worker w uses it
			scr[w] = k.newScratch()
		}
		for i := lo; i < hi; i++ {
			k.node(scr[w], i)
		}
	})
	return k.out
}

func (k *kernel) newScratch() *scratch {
	n := k.g.N()
	s := &scratch{mark: make([]int32, n), acc: make([]float64, n)}
	if k.ego && k.weighted && k.want&wantES != 0 {
		s.mx = make([]float64, n)
	}
	return s
}

// node computes the measures of node i.
//
// Kept as one function: it is the inner kernel, run once per person over
// every neighbour's row, and its passes share the scratch marks and sums
// and the running per-person values; split into calls, those would be
// passed around or re-read for each of sum_q k_q^2 steps.
func (k *kernel) node(s *scratch, i int) {
	g := k.g
	nb := g.Neighbors(i)
	deg := len(nb)
	if deg == 0 {
		k.set(i, math.NaN(), math.NaN(), math.NaN())
		return
	}
	stamp := int32(i + 1)
	mark, acc := s.mark, s.acc
	wi := g.Weights(i)

	// p_ij for every neighbour j.
	var invSi float64
	if k.weighted {
		sum := 0.0
		for _, x := range wi {
			sum += x
		}
		invSi = inv(sum)
	} else {
		invSi = 1 / float64(deg)
	}
	for x, j := range nb {
		mark[j] = stamp
		if k.weighted {
			acc[j] = wi[x] * invSi
		} else {
			acc[j] = invSi
		}
	}

	// invSq(x) is 1 / the strength of i's x-th neighbour q in the model.
	invSq := k.invS
	var qs []float64
	if k.ego && (k.acc || s.mx != nil) {
		// First pass: strengths of the neighbours inside i's ego network
		// (their tie to i and to the other neighbours) and, for weighted
		// effective size, each neighbour's largest weight inside it.
		if cap(s.qs) < deg {
			s.qs = make([]float64, deg)
		}
		qs = s.qs[:deg]
		mx := s.mx
		if mx != nil {
			for x, j := range nb {
				mx[j] = wi[x]
			}
		}
		for x, q := range nb {
			row, rw := g.Neighbors(int(q)), g.Weights(int(q))
			if k.weighted {
				sum := wi[x]
				for y, j := range row {
					if mark[j] == stamp {
						sum += rw[y]
						if mx != nil {
							mx[j] = max(mx[j], rw[y])
						}
					}
				}
				qs[x] = inv(sum)
			} else {
				c := 1
				for _, j := range row {
					if mark[j] == stamp {
						c++
					}
				}
				qs[x] = 1 / float64(c)
			}
		}
		if mx != nil {
			for _, j := range nb {
				mx[j] = inv(mx[j])
			}
		}
	}

	// Main pass: for every neighbour q, walk q's row and add p_iq p_qj to
	// acc[j] for the j that are i's neighbours; count the ties among
	// neighbours (unweighted effective size) or sum p_iq m_jq (weighted).
	pairs := 0 // ordered pairs (q, j) of tied neighbours = 2 t_i
	red := 0.0 // sum_j sum_q p_iq m_jq
	invM := k.invM
	if k.ego {
		invM = s.mx
	}
	for x, q := range nb {
		row, rw := g.Neighbors(int(q)), g.Weights(int(q))
		if len(row) > hubRatio*deg {
			// A hub (a contact export's ego, tied to everyone): look i's
			// neighbours up in q's row instead of walking it. The same
			// (q, j) pairs in the same order, so the same sums.
			row, rw = s.common(nb, row, rw)
		}
		var sq float64
		if qs != nil {
			sq = qs[x]
		} else if invSq != nil {
			sq = invSq[q]
		}
		if !k.weighted {
			c := invSi * sq
			if k.acc {
				for _, j := range row {
					if mark[j] == stamp {
						acc[j] += c
						pairs++
					}
				}
			} else {
				for _, j := range row {
					if mark[j] == stamp {
						pairs++
					}
				}
			}
			continue
		}
		piq := wi[x] * invSi
		c := piq * sq
		switch {
		case k.acc && invM != nil:
			for y, j := range row {
				if mark[j] == stamp {
					acc[j] += c * rw[y]
					red += piq * rw[y] * invM[j]
				}
			}
		case k.acc:
			for y, j := range row {
				if mark[j] == stamp {
					acc[j] += c * rw[y]
				}
			}
		default:
			for y, j := range row {
				if mark[j] == stamp {
					red += piq * rw[y] * invM[j]
				}
			}
		}
	}

	es := math.NaN()
	if k.want&wantES != 0 {
		if k.weighted {
			es = float64(deg) - red
		} else {
			es = float64(deg) - float64(pairs)/float64(deg)
		}
	}
	con, h := math.NaN(), math.NaN()
	if k.acc {
		con = 0
		for _, j := range nb {
			con += acc[j] * acc[j]
		}
		if k.want&wantHierarchy != 0 {
			h = hierarchy(acc, nb, con)
		}
	}
	k.set(i, con, es, h)
}

// hierarchy is sum_j r_j ln r_j / (N ln N) with r_j = c_ij / (C/N).
func hierarchy(acc []float64, nb []int32, total float64) float64 {
	n := float64(len(nb))
	if len(nb) == 1 {
		return 1
	}
	if total == 0 {
		return math.NaN()
	}
	mean := total / n
	sum := 0.0
	for _, j := range nb {
		if r := acc[j] * acc[j] / mean; r > 0 {
			sum += r * math.Log(r)
		}
	}
	// Σ r ln r ≥ 0 when the r average 1 (Jensen): a negative sum is
	// rounding (−6e-17 when every share is equal), written as 0.
	return max(0, sum/(n*math.Log(n)))
}

func (k *kernel) set(i int, con, es, h float64) {
	if k.out.Constraint != nil {
		k.out.Constraint[i] = con
	}
	if k.out.EffectiveSize != nil {
		k.out.EffectiveSize[i] = es
	}
	if k.out.Hierarchy != nil {
		k.out.Hierarchy[i] = h
	}
}
