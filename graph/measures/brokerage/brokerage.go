package brokerage

import (
	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/internal/par"
)

// Roles counts a broker's 2-paths i -> j -> k by role, in Gould &
// Fernandez's (1989, "Structures of mediation: a formal approach to
// brokerage in transaction networks", Sociological Methodology 19: 89–126)
// terms, with the columns of R sna's brokerage()$raw.nli:
type Roles struct {
	Coordinator    int // w_I: i, j and k in one group
	Itinerant      int // w_O: i and k in one group, j in another ("consultant" in Gould & Fernandez)
	Representative int // b_IO: i and j in one group, k in another
	Gatekeeper     int // b_OI: j and k in one group, i in another
	Liaison        int // b_O: i, j and k in three different groups
}

// Total is the number of brokered 2-paths, the sum of the five roles
// (sna's column t).
func (r Roles) Total() int {
	return r.Coordinator + r.Itinerant + r.Representative + r.Gatekeeper + r.Liaison
}

// add adds s to r.
func (r *Roles) add(s Roles) {
	r.Coordinator += s.Coordinator
	r.Itinerant += s.Itinerant
	r.Representative += s.Representative
	r.Gatekeeper += s.Gatekeeper
	r.Liaison += s.Liaison
}

// GouldFernandez counts, for every 2-path i -> j -> k of the directed graph
// d with i != k and no arc i -> k (an arc k -> i does not matter), the
// broker j's role by the groups group[i], group[j], group[k] (the table in
// Roles). Each 2-path counts 1: several brokers between the same i and k
// each get 1, and tie weights are ignored. A 2-path in which any of the
// three has group -1 (a missing value) is skipped; sna would instead treat
// the missing value as a group of its own. Groups are dense codes 0, 1, …
// (as diversity.Encode gives; scratch space grows with the largest); nodes[j]
// holds j's counts and totals their sum over all nodes.
//
// Reference: sna::brokerage(g, cl)$raw.nli (Butts, R package sna, C routine
// brokerage_R, which walks the same 2-paths one by one).
//
// Rather than classify every 2-path, GouldFernandez counts, for each broker
// j, the pairs (in-neighbour i, out-neighbour k) of every role from the
// numbers of in- and out-neighbours per group, O(d_in(j) + d_out(j)), and
// then subtracts the pairs that are not brokered: i = k (a mutual
// neighbour) and the closed pairs with an arc i -> k, found by intersecting
// i's out-row with j's (walking the shorter row against a mark array or a
// binary search). That is directed triangle enumeration, O(sum over arcs
// i -> j of min(d_out(i), d_out(j) log d_out(i))). Brokers are processed
// in parallel on runtime.GOMAXPROCS(0) goroutines, each with its own
// scratch arrays; the counts do not depend on the schedule.
func GouldFernandez(d *csr.Graph, group []int) (nodes []Roles, totals Roles) {
	n := d.N()
	if len(group) != n {
		panic("brokerage: group has a different length from the graph")
	}
	nodes = make([]Roles, n)
	if n == 0 {
		return nodes, totals
	}
	groups := 0
	for _, g := range group {
		groups = max(groups, g+1)
	}
	inOff, inAdj := transpose(d)

	const chunk = 64
	nw := par.Workers(n, chunk)
	type scratch struct {
		outByGroup []int   // valued out-neighbours of j per group
		mark       []int32 // mark[k] == j+1: k is an out-neighbour of j
	}
	scr := make([]scratch, nw)
	par.For(n, chunk, nw, func(w, lo, hi int) {
		sc := &scr[w] // only worker w uses it
		if sc.mark == nil {
			sc.outByGroup = make([]int, groups)
			sc.mark = make([]int32, n)
		}
		for j := lo; j < hi; j++ {
			gj := group[j]
			if gj < 0 {
				continue
			}
			nodes[j] = broker(d, group, j, inAdj[inOff[j]:inOff[j+1]], sc.outByGroup, sc.mark)
		}
	})
	for _, r := range nodes {
		totals.add(r)
	}
	return nodes, totals
}

// broker counts the roles of broker j (group[j] >= 0) with in-neighbours
// in. outByGroup must be all zero and is left so; mark must hold no j+1.
func broker(d *csr.Graph, group []int, j int, in []int32, outByGroup []int, mark []int32) Roles {
	gj := group[j]
	out := d.Neighbors(j)
	stamp := int32(j + 1)

	// Out-neighbours k by group.
	outValued, outSame := 0, 0
	for _, k := range out {
		if int(k) == j {
			continue
		}
		mark[k] = stamp
		if gk := group[k]; gk >= 0 {
			outByGroup[gk]++
			outValued++
			if gk == gj {
				outSame++
			}
		}
	}

	// Every (i, k) pair of valued in- and out-neighbours, by role.
	inValued, inSame, itinerant := 0, 0, 0
	for _, i := range in {
		gi := group[i]
		if gi < 0 || int(i) == j {
			continue
		}
		inValued++
		if gi == gj {
			inSame++
		} else {
			itinerant += outByGroup[gi] // k in i's group, j in another
		}
	}
	r := Roles{
		Coordinator:    inSame * outSame,
		Itinerant:      itinerant,
		Representative: inSame * (outValued - outSame),
		Gatekeeper:     (inValued - inSame) * outSame,
		Liaison:        (inValued-inSame)*(outValued-outSame) - itinerant,
	}

	// Take away the pairs that are not brokered 2-paths.
	for _, i := range in {
		gi := group[i]
		if gi < 0 || int(i) == j {
			continue
		}
		if mark[i] == stamp { // i = k: j -> i and i -> j
			r.remove(gi, gj, gi)
		}
		direct := d.Neighbors(int(i))
		if len(direct) <= 4*len(out) {
			for _, k := range direct { // i -> k and j -> k: closed
				if mark[k] == stamp && int(k) != int(i) {
					if gk := group[k]; gk >= 0 {
						r.remove(gi, gj, gk)
					}
				}
			}
		} else { // a hub i: search its row for j's out-neighbours
			for _, k := range out {
				if k != i && int(k) != j && d.Has(int(i), int(k)) {
					if gk := group[k]; gk >= 0 {
						r.remove(gi, gj, gk)
					}
				}
			}
		}
	}

	for _, k := range out {
		if int(k) != j {
			if gk := group[k]; gk >= 0 {
				outByGroup[gk] = 0
			}
		}
	}
	return r
}

// remove takes one pair i -> j -> k with groups gi, gj, gk off its role.
func (r *Roles) remove(gi, gj, gk int) {
	switch {
	case gi == gj:
		if gk == gj {
			r.Coordinator--
		} else {
			r.Representative--
		}
	case gk == gj:
		r.Gatekeeper--
	case gk == gi:
		r.Itinerant--
	default:
		r.Liaison--
	}
}

// transpose returns the in-neighbours of every node in CSR form, ascending
// within each row: a counting sort of the arcs by head, O(n + m).
func transpose(d *csr.Graph) (off []int, adj []int32) {
	n := d.N()
	off = make([]int, n+1)
	for _, j := range d.Adj {
		off[j+1]++
	}
	for i := range n {
		off[i+1] += off[i]
	}
	adj = make([]int32, len(d.Adj))
	next := make([]int, n)
	copy(next, off[:n])
	for i := range n { // sources in ascending order keep rows ascending
		for _, j := range d.Neighbors(i) {
			adj[next[j]] = int32(i)
			next[j]++
		}
	}
	return off, adj
}
