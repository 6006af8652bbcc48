package reciprocity

import (
	"math"
	"slices"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/internal/par"
	"github.com/tiesnet/ties/graph/measures/cohesion"
)

// Result holds the reciprocity measures of a directed graph. Network-level
// values that are undefined (no arcs, fewer than two nodes, a complete
// graph for Rho) are NaN.
type Result struct {
	// Arcs is the number of distinct arcs s -> t, s != t.
	Arcs int
	// Density is m / (n(n-1)) (sna::gden; cohesion.Density).
	Density float64
	// Reciprocity is the edgewise reciprocity, the share of arcs whose
	// reverse arc exists: 2M / (2M + A) (nx.reciprocity(D), sna
	// grecip(measure="edgewise"), igraph reciprocity()).
	Reciprocity float64
	// Rho is Garlaschelli & Loffredo's (2004, "Patterns of link reciprocity
	// in directed networks", Phys. Rev. Lett. 93, 268701) correlation
	// between an arc and its reverse, reciprocity corrected for density:
	// (r - density) / (1 - density). Positive when ties are returned more
	// often than chance, 0 as in a random graph, negative when less.
	Rho float64
	// Census is the dyad census.
	Census DyadCensus
	// Dyadic is sna's default grecip: (M + N) / (M + A + N), the share of
	// dyads that are symmetric, null dyads included.
	Dyadic float64
	// DyadicNonNull is sna grecip(measure="dyadic.nonnull") = igraph
	// reciprocity(mode="ratio"): M / (M + A).
	DyadicNonNull float64
	// EdgewiseLRR is sna grecip(measure="edgewise.lrr"): ln(Reciprocity /
	// Density), the log-ratio of reciprocity to what density alone would
	// give. NaN where sna gives -Inf (no mutual pair) or no arcs.
	EdgewiseLRR float64

	// InDegree and OutDegree are each node's arcs in and out.
	InDegree, OutDegree []int
	// Node is each node's reciprocity, 2 |pred(i) ∩ succ(i)| / (|pred(i)| +
	// |succ(i)|): the share of i's arcs, in and out, that are matched by an
	// arc the other way (nx.reciprocity(D, nodes)). NaN for a node with no
	// arcs.
	Node []float64
	// Balance is each node's give/receive balance, (out-weight - in-weight)
	// / (out-weight + in-weight), from -1 (only receives) to 1 (only gives).
	// NaN for a node with no arcs (or arcs of total weight 0).
	Balance []float64
}

// Analyze computes every reciprocity measure of the directed graph d (the
// spec's Directed table). Self-arcs, if present, are ignored. The in-arcs
// are sorted by a counting sort, and each node's out- and in-rows, both
// ascending, are merged to find its reciprocated arcs, in parallel over
// nodes: O(n + m) in all.
func Analyze(d *csr.Graph) Result {
	n := d.N()
	r := Result{
		InDegree:  make([]int, n),
		OutDegree: make([]int, n),
		Node:      make([]float64, n),
		Balance:   make([]float64, n),
	}
	// In-arcs by a counting sort on the head (rows ascending in the tail),
	// with their weights; self-arcs left out.
	inOff := make([]int, n+1)
	for i := range n {
		for _, j := range d.Neighbors(i) {
			if int(j) != i {
				inOff[j+1]++
			}
		}
	}
	for i := range n {
		inOff[i+1] += inOff[i]
	}
	inAdj := make([]int32, inOff[n])
	inWt := make([]float64, inOff[n])
	next := slices.Clone(inOff[:n])
	for i := range n {
		ws := d.Weights(i)
		for k, j := range d.Neighbors(i) {
			if int(j) != i {
				inAdj[next[j]] = int32(i)
				inWt[next[j]] = ws[k]
				next[j]++
			}
		}
	}

	// Per node, in parallel: degrees, weights, and |pred(i) ∩ succ(i)| by
	// merging the ascending out- and in-rows.
	mutual := make([]int, n)
	const chunk = 1024
	par.For(n, chunk, par.Workers(n, chunk), func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			out, ws := d.Neighbors(i), d.Weights(i)
			in := inAdj[inOff[i]:inOff[i+1]]
			outW, inW := 0.0, 0.0
			deg, c, p := 0, 0, 0
			for k, j := range out {
				if int(j) == i {
					continue
				}
				deg++
				outW += ws[k]
				for p < len(in) && in[p] < j {
					p++
				}
				if p < len(in) && in[p] == j {
					c++
				}
			}
			for _, w := range inWt[inOff[i]:inOff[i+1]] {
				inW += w
			}
			r.OutDegree[i] = deg
			r.InDegree[i] = len(in)
			mutual[i] = c
			r.Balance[i] = balance(deg+len(in), outW, inW)
		}
	})

	recipArcs := 0 // arcs whose reverse exists = 2M
	for i := range n {
		r.Arcs += r.OutDegree[i]
		recipArcs += mutual[i]
		if arcs := r.InDegree[i] + r.OutDegree[i]; arcs == 0 {
			r.Node[i] = math.NaN()
		} else {
			r.Node[i] = 2 * float64(mutual[i]) / float64(arcs)
		}
	}

	pairs := n * (n - 1) / 2 // int is 64 bits: 2e10 pairs at 200 000 nodes is fine
	r.Census.Mutual = recipArcs / 2
	r.Census.Asymmetric = r.Arcs - recipArcs
	r.Census.Null = pairs - r.Census.Mutual - r.Census.Asymmetric

	r.Density = cohesion.Density(n, r.Arcs, true)
	r.Reciprocity = math.NaN()
	if r.Arcs > 0 {
		r.Reciprocity = float64(recipArcs) / float64(r.Arcs)
	}
	r.Rho = math.NaN()
	if r.Arcs > 0 && r.Density < 1 {
		r.Rho = (r.Reciprocity - r.Density) / (1 - r.Density)
	}
	r.Dyadic = math.NaN()
	if pairs > 0 {
		r.Dyadic = float64(r.Census.Mutual+r.Census.Null) / float64(pairs)
	}
	r.DyadicNonNull = math.NaN()
	if c := r.Census.Mutual + r.Census.Asymmetric; c > 0 {
		r.DyadicNonNull = float64(r.Census.Mutual) / float64(c)
	}
	r.EdgewiseLRR = math.NaN()
	if recipArcs > 0 {
		r.EdgewiseLRR = math.Log(r.Reciprocity / r.Density)
	}
	return r
}

// balance is (out - in) / (out + in) of the weights, NaN without arcs or
// with a total weight of 0.
func balance(arcs int, out, in float64) float64 {
	if arcs == 0 || out+in == 0 {
		return math.NaN()
	}
	return (out - in) / (out + in)
}
