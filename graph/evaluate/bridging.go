package evaluate

import (
	"math"
	"sort"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/holes"
)

// bridging fills CommunitiesConnected, ConstraintChange and Brokers.
//
// CommunitiesConnected is the number of the ego's otherwise separate
// clusters that the network ties together: take U ∪ P (below) of the ego's
// other networks, drop the ego and every tie between two members of this
// network, and count the connected components of two or more people (a
// cluster, not a lone contact) that hold a member whom the ego meets apart
// from this network (members new to the ego are counted by
// NewToEgo instead). 1 means the network sits inside one cluster of the
// ego's world; 2 or more that, without it, those parts would not touch
// (the story of the demo's European MedTech Association). For the
// population: components of U ∪ P of the other networks holding a member
// who is in another network. (The analysis' Louvain communities were tried
// first: a dense local club spread over three of them, so they do not say
// what "otherwise separate" means.)
//
// ConstraintChange is the ego's Burt constraint with the network minus
// without it, on the graph U ∪ P: U the undirected view of ties, P the
// co-membership ties of the ego's networks (every pair of members of each
// network the ego keeps, one unit of weight per shared network; a network
// to join counts with the ego added). Weights are used. Negative means the
// network lowers the ego's constraint: it opens structural holes. Only the
// edges that touch the ego or its contacts are built, which is all that
// the ego's constraint reads. For the population it is the mean change
// over the network's members (U ∪ P of all networks). NaN when the ego has
// no contact on one side.
//
// Brokers are up to 3 members (the ego left out) with the highest positive
// betweenness in the analysis, highest first, by id.
func (e *eval) bridging(g int, n *Network) {
	n.Brokers = []string{}
	n.CommunitiesConnected = e.clusters(g)
	if e.res != nil {
		if bc := e.res.Metric(analysis.Betweenness); bc != nil {
			idx := append([]int(nil), e.members[g]...)
			idx = filter(idx, func(p int) bool { return bc[p] > 0 && !math.IsNaN(bc[p]) })
			sort.SliceStable(idx, func(a, b int) bool {
				if bc[idx[a]] != bc[idx[b]] {
					return bc[idx[a]] > bc[idx[b]]
				}
				return idx[a] < idx[b]
			})
			for _, p := range idx[:min(3, len(idx))] {
				n.Brokers = append(n.Brokers, e.nw.People[p].ID)
			}
		}
	}
	other := e.constraint(e.toggled(g))
	with, without := e.constraintKept, other
	if !e.kept[g] {
		with, without = other, with
	}
	if e.ego >= 0 {
		n.ConstraintChange = with[e.ego] - without[e.ego]
		return
	}
	sum, k := 0.0, 0
	for _, p := range e.members[g] {
		if d := with[p] - without[p]; !math.IsNaN(d) {
			sum += d
			k++
		}
	}
	n.ConstraintChange = math.NaN()
	if k > 0 {
		n.ConstraintChange = sum / float64(k)
	}
}

func filter(xs []int, keep func(int) bool) []int {
	out := xs[:0]
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

// clusters counts the ego's separate clusters that network g connects
// (see bridging), by union-find.
func (e *eval) clusters(g int) int {
	parent := make([]int32, e.n)
	for i := range parent {
		parent[i] = int32(i)
	}
	find := func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	union := func(a, b int) {
		ra, rb := find(int32(a)), find(int32(b))
		if ra != rb {
			parent[ra] = rb
		}
	}
	for i := 0; i < e.n; i++ {
		for _, j := range e.u.Neighbors(i) {
			if int(j) > i && i != e.ego && int(j) != e.ego && !(e.isMember[g][i] && e.isMember[g][int(j)]) {
				union(i, int(j))
			}
		}
	}
	for h, k := range e.kept {
		if k && h != g {
			ms := e.members[h]
			for a := 1; a < len(ms); a++ {
				union(ms[0], ms[a])
			}
		}
	}
	size := map[int32]int{}
	for i := 0; i < e.n; i++ {
		if i != e.ego {
			size[find(int32(i))]++
		}
	}
	seen := map[int32]bool{}
	for _, p := range e.members[g] {
		if e.metElsewhere(g, p) && size[find(int32(p))] >= 2 {
			seen[find(int32(p))] = true
		}
	}
	return len(seen)
}

// constraint returns Burt's constraint on U ∪ P(keep) (see bridging), per
// person; with an ego only the ego's value is meant, and only the edges it
// reads are built.
func (e *eval) constraint(keep []bool) []float64 {
	focus := make([]bool, e.n)
	if e.ego >= 0 {
		focus[e.ego] = true
		for _, p := range e.alters(keep) {
			focus[p] = true
		}
	}
	var arcs []csr.Arc
	for i := 0; i < e.n; i++ {
		w := e.u.Weights(i)
		for k, j := range e.u.Neighbors(i) {
			if int(j) > i && (e.ego < 0 || focus[i] || focus[j]) {
				arcs = append(arcs, csr.Arc{From: int32(i), To: j, W: w[k]})
			}
		}
	}
	for g, k := range keep {
		if !k {
			continue
		}
		ms := e.members[g]
		if e.ego >= 0 {
			ms = append(append([]int(nil), ms...), e.ego)
		}
		for a := range ms {
			for b := a + 1; b < len(ms); b++ {
				arcs = append(arcs, csr.Arc{From: int32(ms[a]), To: int32(ms[b]), W: 1})
			}
		}
	}
	return holes.Constraint(csr.Build(e.n, arcs, true), holes.Options{Weighted: true})
}
