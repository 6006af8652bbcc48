package evaluate

// reach fills Members (set by network), NewToEgo, Redundancy and
// RedundantWith.
//
// A member is new to the ego when the ego has no tie with them (in the
// undirected view of ties) and does not meet them in any of its other
// networks; for the population, when they are in no other network.
// Redundancy is the largest Jaccard index |A ∩ B| / |A ∪ B| of the
// network's member set (the ego included where a member) with the member
// set of one of the ego's other networks (population: any other network);
// 0 when there is none. Ties in Jaccard go to the first network in file
// order.
func (e *eval) reach(g int, n *Network) {
	for _, p := range e.members[g] {
		if !e.metElsewhere(g, p) {
			n.NewToEgo++
		}
	}
	for h := range e.nw.Groups {
		if h == g || !e.kept[h] {
			continue
		}
		if j := e.jaccard(g, h); j > n.Redundancy {
			n.Redundancy, n.RedundantWith = j, e.nw.Groups[h].Name
		}
	}
}

// metElsewhere reports whether person p is a contact of the ego apart from
// network g: a tie, or a co-member in another kept network.
func (e *eval) metElsewhere(g, p int) bool {
	others := e.inKept[p]
	if e.kept[g] && e.isMember[g][p] {
		others--
	}
	return e.tieContact[p] || others > 0
}

// jaccard is the Jaccard index of the member sets of groups g and h.
func (e *eval) jaccard(g, h int) float64 {
	a, b := e.nw.Groups[g].Members, e.nw.Groups[h].Members
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	both := 0
	for _, p := range a {
		if e.isMember[h][p] {
			both++
		}
	}
	return float64(both) / float64(len(a)+len(b)-both)
}

// shared counts the members of g who are also in h.
func (e *eval) shared(g, h int) int {
	both := 0
	for _, p := range e.nw.Groups[g].Members {
		if e.isMember[h][p] {
			both++
		}
	}
	return both
}

// alters returns the ego's contacts when the ego keeps the networks marked
// in keep: its tie neighbours and the co-members of those networks, in node
// order, the ego left out.
func (e *eval) alters(keep []bool) []int {
	mark := make([]bool, e.n)
	copy(mark, e.tieContact)
	for g, k := range keep {
		if k {
			for _, p := range e.members[g] {
				mark[p] = true
			}
		}
	}
	var out []int
	for p, m := range mark {
		if m && p != e.ego {
			out = append(out, p)
		}
	}
	return out
}

// toggled returns e.kept with network g's membership flipped: left if kept,
// joined if not.
func (e *eval) toggled(g int) []bool {
	k := append([]bool(nil), e.kept...)
	k[g] = !k[g]
	return k
}
