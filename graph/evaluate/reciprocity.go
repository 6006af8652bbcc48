package evaluate

import "math"

// reciprocity fills ReciprocityWithin and EgoBalance from the directed ties
// (mutual ties, such as LinkedIn connections, say nothing of direction and
// are not read).
//
// ReciprocityWithin is the share of arcs between two members (the ego
// included where a member) whose reverse arc exists too: arc reciprocity,
// as `analyze` reports for the whole network. NaN when there is no such
// arc.
//
// EgoBalance is (given − received)/(given + received), with given the
// summed weight of the ego's arcs to members and received that of members'
// arcs to the ego: +1 when the ego only gives, −1 when it only receives, 0
// when balanced. NaN when there is no arc between the ego and a member, and
// for the population. Given and received are kept for the reasons.
func (e *eval) reciprocity(g int, n *Network) {
	n.ReciprocityWithin, n.EgoBalance = math.NaN(), math.NaN()
	if e.d == nil {
		return
	}
	in := e.isMember[g]
	arcs, back := 0, 0
	for _, i := range e.nw.Groups[g].Members {
		for _, j := range e.d.Neighbors(i) {
			if in[int(j)] {
				arcs++
				if e.d.Has(int(j), i) {
					back++
				}
			}
		}
	}
	if arcs > 0 {
		n.ReciprocityWithin = float64(back) / float64(arcs)
	}
	if e.ego < 0 {
		return
	}
	given, received := e.exchange(g)
	if given+received > 0 {
		n.EgoBalance = (given - received) / (given + received)
	}
}

// exchange returns the summed weights of the ego's arcs to members of g
// (given) and of members' arcs to the ego (received).
func (e *eval) exchange(g int) (given, received float64) {
	if e.d == nil || e.ego < 0 {
		return 0, 0
	}
	w := e.d.Weights(e.ego)
	for k, j := range e.d.Neighbors(e.ego) {
		if e.isMember[g][int(j)] {
			given += w[k]
		}
	}
	for _, p := range e.members[g] {
		if x, ok := e.d.Weight(p, e.ego); ok {
			received += x
		}
	}
	return given, received
}
