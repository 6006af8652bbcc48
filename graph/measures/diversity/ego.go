package diversity

import (
	"math"

	"github.com/tiesnet/ties/graph/csr"
)

// Ego holds the diversity of each person's contacts (the spec's
// attributes.<attr>.ego): for node i, over its neighbours in the undirected
// view that have a value, ego excluded. All slices are indexed by node.
type Ego struct {
	// NAlters is the number of neighbours with a value.
	NAlters []int
	// Blau, IQV, Entropy and Evenness are the formulas of Stats over the
	// neighbours' values with the population's K; NaN when NAlters = 0
	// (IQV and Evenness also when K ≤ 1).
	Blau, IQV, Entropy, Evenness []float64
	// External and Internal count the neighbours whose value differs from /
	// equals ego's; -1 (null) when ego has no value or NAlters = 0.
	External, Internal []int
	// Index is ego's E-I index (External − Internal)/NAlters; NaN when ego
	// has no value or NAlters = 0.
	Index []float64
}

// EgoDiversity computes Ego for every node of the undirected view u
// (csr.Undirected): the diversity of each person's contacts' backgrounds
// (Blau, IQV, entropy, evenness as in Of, with the population's K) and
// Krackhardt & Stern's E-I index of each person's ties. It runs in O(m) and
// on all cores for large graphs.
func EgoDiversity(u *csr.Graph, a Attribute) Ego {
	n := u.N()
	k := len(a.Categories)
	e := Ego{
		NAlters:  make([]int, n),
		Blau:     make([]float64, n),
		IQV:      make([]float64, n),
		Entropy:  make([]float64, n),
		Evenness: make([]float64, n),
		External: make([]int, n),
		Internal: make([]int, n),
		Index:    make([]float64, n),
	}
	forBlocks(n, func() func(lo, hi int) {
		counts := make([]int, k) // all zero between nodes
		var seen []int           // categories with a non-zero count, in order of first sight
		var nz []int
		return func(lo, hi int) {
			for i := lo; i < hi; i++ {
				seen = seen[:0]
				na := 0
				for _, j := range u.Neighbors(i) {
					c := a.Values[j]
					if c < 0 {
						continue
					}
					if counts[c] == 0 {
						seen = append(seen, c)
					}
					counts[c]++
					na++
				}
				nz = nz[:0]
				for _, c := range seen {
					nz = append(nz, counts[c])
				}
				e.NAlters[i] = na
				e.Blau[i], e.IQV[i], e.Entropy[i], e.Evenness[i] = measures(nz, na, k)
				ci := a.Values[i]
				if ci < 0 || na == 0 {
					e.External[i], e.Internal[i], e.Index[i] = -1, -1, math.NaN()
				} else {
					in := counts[ci]
					e.External[i], e.Internal[i], e.Index[i] = na-in, in, eiIndex(na-in, in)
				}
				for _, c := range seen {
					counts[c] = 0
				}
			}
		}
	})
	return e
}

// EgoEIDirected is the per-person E-I index on the directed view d (the
// spec's ego E-I on D): for node i, over the arcs of d at i, out and in (a
// mutual pair counts twice), whose other end has a value. External and
// Internal are -1 (null) and index NaN when i has no value or no such arc.
func EgoEIDirected(d *csr.Graph, a Attribute) (external, internal []int, index []float64) {
	n := d.N()
	external = make([]int, n)
	internal = make([]int, n)
	index = make([]float64, n)
	for i := 0; i < n; i++ {
		ci := a.Values[i]
		for _, j := range d.Neighbors(i) {
			cj := a.Values[j]
			// The arc i -> j counts at i (if j has a value) and at j (if i has).
			if ci >= 0 && cj >= 0 {
				if ci == cj {
					internal[i]++
					internal[j]++
				} else {
					external[i]++
					external[j]++
				}
			}
		}
	}
	for i := 0; i < n; i++ {
		if a.Values[i] < 0 || external[i]+internal[i] == 0 {
			external[i], internal[i], index[i] = -1, -1, math.NaN()
			continue
		}
		index[i] = eiIndex(external[i], internal[i])
	}
	return external, internal, index
}
