package evaluate

import (
	"math"
	"slices"
)

// constraintChange is e's Burt constraint (unweighted; Burt 1992, as
// docs/spec/metrics.md defines it) in H with e a member of g, minus the
// same in H with e not a member of g and without the ties e–j for j in
// held (docs/spec/evaluate.md § What e would lose). H(S) is the simple,
// unweighted, undirected graph on everyone with an edge where a tie of U
// joins two people or they share a network under the memberships S (every
// network's; only e's own membership of g differs). NaN when e has no
// neighbour in either graph.
func (e *eval) constraintChange(g int, held []int) (with, without, change float64) {
	member := make([]bool, len(e.egoIn))
	copy(member, e.egoIn)
	member[g] = true
	with = e.egoConstraint(member, nil)
	member[g] = false
	gone := make(map[int]bool, len(held))
	for _, j := range held {
		gone[j] = true
	}
	without = e.egoConstraint(member, gone)
	return with, without, with - without
}

// egoConstraint is e's constraint in H with e a member of the networks in
// member and without the ties to the people in gone:
//
//	c_e = Σ_{j∈N(e)} (p_ej + Σ_{q∈N(e), q≠j} p_eq p_qj)²,  p_xy = 1/|N(x)| for y ∈ N(x).
//
// Only e's edges differ between such graphs, so each neighbour q of e is
// visited once: its neighbours other than e (hNeighbours), and its degree,
// one more than those. NaN when e has no neighbour.
func (e *eval) egoConstraint(member []bool, gone map[int]bool) float64 {
	in := map[int]bool{}
	for _, j := range e.contacts {
		if !gone[j] {
			in[j] = true
		}
	}
	for g, ms := range e.members {
		if member[g] {
			for _, p := range ms {
				in[p] = true
			}
		}
	}
	k := len(in)
	if k == 0 {
		return math.NaN()
	}
	// In a fixed order, so that every run sums the same way.
	nb := make([]int, 0, k)
	for p := range in {
		nb = append(nb, p)
	}
	slices.Sort(nb)
	inner := make(map[int]float64, k) // Σ_q p_eq p_qr
	for _, q := range nb {
		nbrs := e.hNeighbours(q)
		p := 1 / float64(k) / float64(len(nbrs)+1)
		for _, r := range nbrs {
			if in[r] {
				inner[r] += p
			}
		}
	}
	c := 0.0
	for _, r := range nb {
		x := 1/float64(k) + inner[r]
		c += x * x
	}
	return c
}

// hNeighbours lists q's neighbours in H other than q and the ego: its tie
// neighbours and the other members of its networks. The ego's own edges
// are what differs between the graphs, so it is left out here.
func (e *eval) hNeighbours(q int) []int {
	e.next()
	e.put(q)
	if e.ego >= 0 {
		e.put(e.ego)
	}
	var out []int
	for _, x := range e.u.Neighbors(q) {
		if !e.has(int(x)) {
			e.put(int(x))
			out = append(out, int(x))
		}
	}
	b := e.res.Views.Memberships
	if b == nil {
		return out
	}
	for _, h := range b.GroupsOf(q) {
		if int(h) >= b.NNetworks {
			continue // an organisation, not a network
		}
		for _, x := range b.Groups[h].Members {
			if !e.has(x) {
				e.put(x)
				out = append(out, x)
			}
		}
	}
	return out
}
