package diversity

import (
	"math"

	"github.com/tiesnet/ties/graph/csr"
)

// EI is Krackhardt and Stern's E-I index of a set of ties: External ties
// join different categories, Internal ties the same one, and
// Index = (E − I)/(E + I), from −1 (all ties within categories) to +1 (all
// across); NaN when E + I = 0.
//
// Reference: Krackhardt & Stern 1988, "Informal networks and organizational
// crises: an experimental simulation", Social Psychology Quarterly 51(2).
type EI struct {
	External, Internal int
	Index              float64
}

func newEI(e, i int) EI { return EI{External: e, Internal: i, Index: eiIndex(e, i)} }

func eiIndex(e, i int) float64 {
	if e+i == 0 {
		return math.NaN()
	}
	return float64(e-i) / float64(e+i)
}

// EIUndirected is the spec's ei: the E-I index over the edges of the
// undirected view u, each edge counted once, among edges whose two ends both
// have a value.
func EIUndirected(u *csr.Graph, a Attribute) EI { return newEI(eiCounts(u, a, true)) }

// EIDirected is the spec's ei_directed: the E-I index over the arcs of the
// directed view d whose two ends both have a value; a mutual pair counts
// twice.
func EIDirected(d *csr.Graph, a Attribute) EI { return newEI(eiCounts(d, a, false)) }

// eiCounts counts the ties of g between two people of different values
// (external) and of the same value (internal), leaving out those with an
// end without a value; once counts each edge of a symmetric g once.
func eiCounts(g *csr.Graph, a Attribute, once bool) (e, in int) {
	for i := 0; i < g.N(); i++ {
		ci := a.Values[i]
		if ci < 0 {
			continue
		}
		for _, j := range g.Neighbors(i) {
			if once && int(j) <= i {
				continue
			}
			switch cj := a.Values[j]; {
			case cj < 0:
			case cj == ci:
				in++
			default:
				e++
			}
		}
	}
	return e, in
}
