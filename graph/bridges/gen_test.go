package bridges

import (
	"math/rand/v2"

	"github.com/tiesnet/ties/graph/csr"
)

// socialGraph makes a deterministic social-like undirected graph of n
// people with about 2*perNode ties each: people sit in communities of
// about 40; each makes perNode ties, mostly inside the community, some by
// closing a triangle (a friend of a friend), some to well-connected people
// (preferential attachment) and some to anybody, which gives clustering, a
// heavy-tailed degree distribution and bridges between communities. One person in 20 is a pendant: makes one tie and is chosen
// by nobody. Weights are 1 to 5.
func socialGraph(n, perNode int, seed uint64) *csr.Graph {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
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
