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
// Only e's edges differ between such graphs, so the degree of every other
// person is fixed (comembers.degree). H is never built: a network of m
// members has m(m−1)/2 pairs, and one of 20 000 members is common. The
// inner sum over the q that share a network with j is taken per
// membership signature instead (comembers.sharing); ties of U between
// people who share no network are added one by one. NaN when e has no
// neighbour.
func (e *eval) egoConstraint(member []bool, gone map[int]bool) float64 {
	cm := e.comembers()
	e.next()
	var nb []int // N(e), ascending
	for _, j := range e.contacts {
		if !gone[j] && !e.has(j) {
			e.put(j)
			nb = append(nb, j)
		}
	}
	for g, ms := range e.members {
		if member[g] {
			for _, p := range ms {
				if !e.has(p) {
					e.put(p)
					nb = append(nb, p)
				}
			}
		}
	}
	k := len(nb)
	if k == 0 {
		return math.NaN()
	}
	slices.Sort(nb) // a fixed order, so that every run sums the same way
	// The constraint depends on N(e) alone: every other degree is fixed.
	for _, r := range e.recent {
		if r.nb != nil && slices.Equal(r.nb, nb) {
			return r.c
		}
	}
	c := e.egoConstraintOf(cm, nb)
	e.recent[1] = e.recent[0]
	e.recent[0] = recentConstraint{nb: nb, c: c}
	return c
}

// recentConstraint is e's constraint c with the neighbours nb, ascending.
type recentConstraint struct {
	nb []int
	c  float64
}

// egoConstraintOf is e's constraint with the neighbours nb (ascending,
// not empty).
func (e *eval) egoConstraintOf(cm *comembers, nb []int) float64 {
	k := len(nb)
	// w_q = p_eq·p_qr / p_eq = 1/deg(q), summed per signature.
	weight := make([]float64, len(cm.sigs))
	w := make([]float64, k)
	for x, q := range nb {
		w[x] = 1 / float64(cm.degree(e, q))
		weight[cm.sigOf[q]] += w[x]
	}
	total := 0.0
	for _, v := range weight[1:] {
		total += v
	}
	shared := map[int32]float64{}
	c := 0.0
	for x, r := range nb {
		rho := cm.sigOf[r]
		s, ok := shared[rho]
		if !ok {
			s = cm.sharing(rho, weight, total)
			shared[rho] = s
		}
		if rho != 0 {
			s -= w[x] // r shares its networks with itself
		}
		// Ties to people who share no network with r.
		for _, q32 := range e.u.Neighbors(r) {
			q := int(q32)
			if q != r && q != e.ego && e.has(q) && !cm.share(cm.sigOf[q], rho) {
				s += 1 / float64(cm.degree(e, q))
			}
		}
		v := 1/float64(k) + s/float64(k)
		c += v * v
	}
	return c
}
