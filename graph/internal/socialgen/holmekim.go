package socialgen

import (
	"math/rand/v2"

	"github.com/tiesnet/ties/graph/csr"
)

// HolmeKim returns an undirected graph of n nodes grown by Holme & Kim's
// (2002) model, preferential attachment with triad formation, which gives
// a heavy-tailed degree distribution and high clustering like real
// acquaintance networks: about m edges per node (average degree about
// 2m), all of weight 1.
func HolmeKim(n, m int, seed uint64) *csr.Graph {
	arcs := make([]csr.Arc, 0, n*m)
	holmeKim(newRand(seed), n, m, func(a, b int32) {
		arcs = append(arcs, csr.Arc{From: a, To: b, W: 1})
	})
	return csr.Build(n, arcs, true)
}

// HolmeKimDirected returns a directed graph of n nodes grown by Holme &
// Kim's model (as HolmeKim): each new node makes perNode/(1+mutual) ties,
// each an arc in a random direction, or a mutual pair with probability
// mutual; weights are 1 to 5. About perNode arcs per node result (ties.csv
// rows: 10 for "200 000 people, 2 million ties"); with mutual = 0.18 about
// 30 % of arcs are reciprocated.
func HolmeKimDirected(n, perNode int, mutual float64, seed uint64) *csr.Graph {
	r := newRand(seed)
	m := max(1, int(float64(perNode)/(1+mutual)+0.5)) // ties made by each new node
	arcs := make([]csr.Arc, 0, n*perNode)
	holmeKim(r, n, m, func(a, b int32) {
		w := float64(1 + r.IntN(5))
		switch {
		case r.Float64() < mutual:
			arcs = append(arcs, csr.Arc{From: a, To: b, W: w}, csr.Arc{From: b, To: a, W: float64(1 + r.IntN(5))})
		case r.IntN(2) == 0:
			arcs = append(arcs, csr.Arc{From: a, To: b, W: w})
		default:
			arcs = append(arcs, csr.Arc{From: b, To: a, W: w})
		}
	})
	return csr.Build(n, arcs, false)
}

// holmeKim grows the Holme–Kim graph: a clique of the first m+1 nodes,
// then each new node makes m ties, the first by preferential attachment
// (to the end of a random earlier tie) and each next one by closing a
// triad with the previous tie's end (probability 0.6) or again by
// preferential attachment, giving up on a tie after 20 tries. tie(a, b) is
// called for each tie, a the node making it, and may draw from r.
func holmeKim(r *rand.Rand, n, m int, tie func(a, b int32)) {
	ends := make([]int32, 0, 2*n*m) // every tie end: a uniform pick is preferential
	adj := make([][]int32, n)
	link := func(a, b int32) {
		ends = append(ends, a, b)
		adj[a] = append(adj[a], b)
		adj[b] = append(adj[b], a)
		tie(a, b)
	}
	has := func(a, b int32) bool {
		for _, x := range adj[a] {
			if x == b {
				return true
			}
		}
		return false
	}
	seedN := min(m+1, n)
	for i := 1; i < seedN; i++ {
		for j := 0; j < i; j++ {
			link(int32(i), int32(j))
		}
	}
	for i := seedN; i < n; i++ {
		v := int32(i)
		prev := int32(-1)
		for e := 0; e < m; e++ {
			var t int32 = -1
			for try := 0; try < 20 && t < 0; try++ {
				var c int32
				if prev >= 0 && r.Float64() < 0.6 && len(adj[prev]) > 0 {
					c = adj[prev][r.IntN(len(adj[prev]))] // close a triad
				} else {
					c = ends[r.IntN(len(ends))] // preferential attachment
				}
				if c != v && !has(v, c) {
					t = c
				}
			}
			if t < 0 {
				continue
			}
			link(v, t)
			prev = t
		}
	}
}
