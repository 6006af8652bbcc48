package graph

import "slices"

// Shape names the overall structure of the data, as far as bridging
// measures are concerned.
type Shape string

const (
	// NoTies: nobody is tied to anybody, not even through a shared group.
	NoTies Shape = "no_ties"
	// Star: one person (the ego) is tied to everybody else and nobody else is
	// tied to anybody. A LinkedIn export alone is a star.
	Star Shape = "star"
	// Web: there are ties among the contacts, so bridging can be measured.
	Web Shape = "network"
)

// Structure describes the shape of the undirected view joined with the
// projection of shared groups.
type Structure struct {
	Shape  Shape
	Center int // the star's centre, -1 unless Shape is Star
	// Pairs is the number of distinct tied pairs (in ties or sharing a group).
	Pairs int
	// AmongOthers counts pairs that do not involve the ego (or the star's
	// centre): the ties among contacts that bridging measures need.
	AmongOthers int
}

// Structure reports whether the network is a star, has no ties at all, or
// has ties among contacts. Shared groups within opt.MaxGroupSize (0: every
// group) count as ties, as in the structure view of an analysis.
//
// The tied pairs are streamed person by person, never listed: for person
// u, the people v > u tied to u or sharing a group with u are marked once
// each and counted, and only each person's number of tied pairs is kept.
// The work is the ties plus the sum of squared sizes of the groups within
// the cap (a group of 500 members implies 124 750 pairs); the memory is
// the people, ties and memberships.
func (nw *Network) Structure(opt ProjectionOptions) Structure {
	n := len(nw.People)
	ties := nw.tieRows()
	// Person → groups within the cap, compressed.
	groups := nw.Affiliations(opt)
	used := func(size int) bool { return size >= 2 && (opt.MaxGroupSize == 0 || size <= opt.MaxGroupSize) }
	off := make([]int, n+1)
	for _, g := range groups {
		if used(len(g.Members)) {
			for _, m := range g.Members {
				off[m+1]++
			}
		}
	}
	for i := range n {
		off[i+1] += off[i]
	}
	of := make([]int32, off[n])
	fill := slices.Clone(off[:n])
	for k, g := range groups {
		if used(len(g.Members)) {
			for _, m := range g.Members {
				of[fill[m]] = int32(k)
				fill[m]++
			}
		}
	}
	degree := make([]int, n)
	mark := make([]int32, n)
	pairs := 0
	for u := range n {
		stamp := int32(u + 1)
		add := func(v int) {
			if v > u && mark[v] != stamp {
				mark[v] = stamp
				degree[u]++
				degree[v]++
				pairs++
			}
		}
		for _, v := range ties.row(u) {
			add(int(v))
		}
		for _, k := range of[off[u]:off[u+1]] {
			for _, v := range groups[k].Members {
				add(v)
			}
		}
	}
	return nw.shape(degree, pairs)
}

// TieStructure is Structure of the ties alone, shared groups left out.
func (nw *Network) TieStructure() Structure {
	return nw.Structure(ProjectionOptions{MaxGroupSize: 1})
}

// rows is an adjacency list in compressed form: row u is adj[off[u]:off[u+1]].
type rows struct {
	off []int
	adj []int32
}

func (r rows) row(u int) []int32 { return r.adj[r.off[u]:r.off[u+1]] }

// tieRows lists, for each person u, the people v > u tied to u in either
// direction (repeats kept; Structure counts each pair once): each tie is
// listed once, in the row of its lower end. Half of the ties, sorted by
// From, then go to their row in order; listing each tie in both rows had
// twice the writes to random places.
func (nw *Network) tieRows() rows {
	n := len(nw.People)
	r := rows{off: make([]int, n+1), adj: make([]int32, len(nw.Ties))}
	for _, t := range nw.Ties {
		r.off[min(t.From, t.To)+1]++
	}
	for i := range n {
		r.off[i+1] += r.off[i]
	}
	fill := slices.Clone(r.off[:n])
	for _, t := range nw.Ties {
		lo, hi := min(t.From, t.To), max(t.From, t.To)
		r.adj[fill[lo]] = int32(hi)
		fill[lo]++
	}
	return r
}

// shape classifies the tied pairs from each person's number of them. A
// star's centre is an end of every pair: its degree is the number of
// pairs. With two pairs or more at most one person can be that; with one
// pair, the ego when it is an end, else the pair's first person.
func (nw *Network) shape(degree []int, pairs int) Structure {
	s := Structure{Shape: NoTies, Center: -1, Pairs: pairs}
	if pairs == 0 {
		return s
	}
	center := -1
	if nw.Ego >= 0 && degree[nw.Ego] == pairs {
		center = nw.Ego
	} else {
		center = slices.Index(degree, pairs)
	}
	ref := nw.Ego
	if center >= 0 {
		ref = center
	}
	s.AmongOthers = pairs
	if ref >= 0 {
		s.AmongOthers = pairs - degree[ref]
	}
	if center >= 0 && pairs >= 2 {
		s.Shape, s.Center = Star, center
		return s
	}
	s.Shape = Web
	return s
}

// Isolates returns the people with no tie and no group shared with anybody,
// in file order.
func (nw *Network) Isolates(opt ProjectionOptions) []int {
	tied := make([]bool, len(nw.People))
	for _, t := range nw.Ties {
		tied[t.From], tied[t.To] = true, true
	}
	for _, grp := range nw.Affiliations(opt) {
		if len(grp.Members) < 2 || (opt.MaxGroupSize > 0 && len(grp.Members) > opt.MaxGroupSize) {
			continue
		}
		for _, m := range grp.Members {
			tied[m] = true
		}
	}
	var out []int
	for i, ok := range tied {
		if !ok {
			out = append(out, i)
		}
	}
	return out
}
