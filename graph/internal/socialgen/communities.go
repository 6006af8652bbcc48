package socialgen

import (
	"fmt"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/csr"
)

// PendantCommunities returns an undirected graph of n people with about
// 2·perNode ties each: people sit in communities of 40; each makes perNode
// ties, mostly inside the community, some by closing a triangle (a friend
// of a friend), some to well-connected people (preferential attachment)
// and some to anybody, which gives clustering, a heavy-tailed degree
// distribution and bridges between communities. One person in 20 is a
// pendant: makes one tie and is chosen by nobody. Weights are 1 to 5.
func PendantCommunities(n, perNode int, seed uint64) *csr.Graph {
	r := newRand(seed)
	const community = 40
	pendant := func(i int) bool { return i%20 == 19 }
	adj := make([][]int32, n) // ties made so far, for triadic closure
	arcs := make([]csr.Arc, 0, n*perNode)
	pick := func(i int) int {
		for {
			var j int
			switch x := r.Float64(); {
			case x < 0.5: // own community
				base := i / community * community
				j = base + r.IntN(min(community, n-base))
			case x < 0.7 && len(adj[i]) > 0: // friend of a friend
				f := adj[i][r.IntN(len(adj[i]))]
				if len(adj[f]) == 0 {
					continue
				}
				j = int(adj[f][r.IntN(len(adj[f]))])
			case x < 0.95 && len(arcs) > 0: // preferential attachment: whom a random tie chose
				j = int(arcs[r.IntN(len(arcs))].To)
			default: // anybody
				j = r.IntN(n)
			}
			if j != i && !pendant(j) {
				return j
			}
		}
	}
	for i := range n {
		m := perNode
		if pendant(i) {
			m = 1
		}
		for range m {
			j := pick(i)
			adj[i] = append(adj[i], int32(j))
			adj[j] = append(adj[j], int32(i))
			arcs = append(arcs, csr.Arc{From: int32(i), To: int32(j), W: float64(1 + r.IntN(5))})
		}
	}
	return csr.Build(n, arcs, true)
}

// Communities returns an undirected graph of n people with about tiesPer
// ties each (n·tiesPer/2 edges): people sit in clusters of 20–200, most
// ties stay in the cluster, a third close triangles (a contact of a
// contact), 15 % run anywhere; weights are 1 to 5.
func Communities(n, tiesPer int, seed uint64) *csr.Graph {
	r := newRand(seed)
	starts, cluster := clusters(r, n)
	var arcs []csr.Arc
	clusteredTies(r, starts, cluster, tiesPer, func(u, v int) {
		arcs = append(arcs, csr.Arc{From: int32(min(u, v)), To: int32(max(u, v)), W: float64(1 + r.IntN(5))})
	})
	return csr.Build(n, arcs, true)
}

// ShuffledCommunities returns an undirected graph of n people with about
// ties·n/2 edges (mean degree about ties): people sit in communities of
// 20–200; each tries to add ties/2 edges, half inside the community, a
// third by closing a triangle (a neighbour's neighbour) and the rest to
// anyone. Weights are 1 to 5. Node labels are shuffled so that ids carry
// no locality, as in real files.
func ShuffledCommunities(n, ties int, seed uint64) *csr.Graph {
	r := newRand(seed)
	starts, cluster := clusters(r, n)
	nb := make([][]int32, n)
	has := make(map[[2]int32]bool, n*ties/2)
	add := func(a, b int32) bool {
		if a == b {
			return false
		}
		key := [2]int32{min(a, b), max(a, b)}
		if has[key] {
			return false
		}
		has[key] = true
		nb[a] = append(nb[a], b)
		nb[b] = append(nb[b], a)
		return true
	}
	for i := range n {
		lo, hi := starts[cluster[i]], starts[cluster[i]+1]
		for range ties / 2 {
			for try := 0; try < 10; try++ {
				var j int32
				switch p := r.Float64(); {
				case p < 0.5:
					j = int32(lo + r.IntN(hi-lo))
				case p < 0.83 && len(nb[i]) > 0:
					k := nb[i][r.IntN(len(nb[i]))]
					if len(nb[k]) == 0 {
						continue
					}
					j = nb[k][r.IntN(len(nb[k]))]
				default:
					j = int32(r.IntN(n))
				}
				if add(int32(i), j) {
					break
				}
			}
		}
	}
	perm := r.Perm(n)
	arcs := make([]csr.Arc, 0, len(has))
	for i := range n {
		for _, j := range nb[i] {
			if int32(i) < j {
				arcs = append(arcs, csr.Arc{From: int32(perm[i]), To: int32(perm[j]), W: float64(1 + r.IntN(5))})
			}
		}
	}
	return csr.Build(n, arcs, true)
}

// Network returns a network of n people "p0", "p1", … with about tiesPer
// ties each (n·tiesPer/2 edges in U), laid out as Communities (clusters of
// 20–200, most ties inside, a third closing triangles, 15 % anywhere);
// 30 % of ties are reciprocated arcs, weights are 1 to 5. Three attributes:
// "profession" (12 values, tied to the cluster, 5 % missing), "city" (30
// values, skewed), "gender" (2 values, 10 % missing). Groups: about n/25
// groups of 3–60 members, mostly from one cluster. The network is
// normalized.
func Network(n, tiesPer int, seed uint64) *graph.Network {
	r := newRand(seed)
	nw := graph.New()
	prof, city, gender := nw.Attribute("profession"), nw.Attribute("city"), nw.Attribute("gender")
	starts, cluster := clusters(r, n)
	for i := 0; i < n; i++ {
		nw.AddPerson(fmt.Sprintf("p%d", i), "")
		if r.Float64() >= 0.05 {
			p := (cluster[i]*7 + r.IntN(3)) % 12
			nw.SetAttr(i, prof, fmt.Sprintf("prof%d", p))
		}
		nw.SetAttr(i, city, fmt.Sprintf("city%d", int(30*r.Float64()*r.Float64())))
		if r.Float64() >= 0.1 {
			nw.SetAttr(i, gender, []string{"f", "m"}[r.IntN(2)])
		}
	}
	clusteredTies(r, starts, cluster, tiesPer, func(u, v int) {
		nw.AddTie(graph.Tie{From: u, To: v, Weight: float64(1 + r.IntN(5))})
		if r.Float64() < 0.3 {
			nw.AddTie(graph.Tie{From: v, To: u, Weight: float64(1 + r.IntN(5))})
		}
	})
	addGroups(r, nw, n, starts)
	nw.Normalize()
	return nw
}

// Memberships returns a two-mode network: n people "p0", "p1", … in
// clusters of 20–200 (as Communities) with no ties, and n/25 groups of
// 3–60 members (skewed towards small), 80 % of each group's members from
// one cluster; with big, one more group "association" of 500 people drawn
// from everyone.
func Memberships(n int, big bool, seed uint64) *graph.Network {
	r := newRand(seed)
	nw := graph.New()
	starts, _ := clusters(r, n)
	for i := 0; i < n; i++ {
		nw.AddPerson(fmt.Sprintf("p%d", i), "")
	}
	addGroups(r, nw, n, starts)
	if big {
		gi, _ := nw.AddGroup("association")
		for k := 0; k < 500; k++ {
			nw.AddMember(gi, r.IntN(n), "")
		}
	}
	return nw
}
