package socialgen

import (
	"fmt"
	"math/rand/v2"

	"github.com/tiesnet/ties/graph"
)

// newRand returns the generators' random source for seed.
func newRand(seed uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
}

// clusters cuts people 0 … n-1 into consecutive clusters of 20–200 (the
// last one possibly smaller), drawing one size per cluster from r. starts[c]
// is the first person of cluster c and starts[len(starts)-1] == n;
// cluster[i] is the cluster of person i.
func clusters(r *rand.Rand, n int) (starts, cluster []int) {
	for i := 0; i < n; i += 20 + r.IntN(181) {
		starts = append(starts, i)
	}
	starts = append(starts, n)
	cluster = make([]int, n)
	for c := range len(starts) - 1 {
		for i := starts[c]; i < starts[c+1]; i++ {
			cluster[i] = c
		}
	}
	return starts, cluster
}

// clusteredTies adds undirected ties among the people of clusters (as
// clusters gives) until there are n·tiesPer/2, sweeping over everyone in
// turn: each person makes a tie to anyone (15 %), to a contact of a contact
// (30 %, closing a triangle) or inside their cluster. Repeated ties and
// self-ties are dropped; tie(u, v) is called for each new one, u the person
// who made it, and may draw from r.
func clusteredTies(r *rand.Rand, starts, cluster []int, tiesPer int, tie func(u, v int)) {
	n := len(cluster)
	adj := make([][]int32, n)
	has := make(map[[2]int32]bool, n*tiesPer)
	add := func(u, v int) {
		a, b := int32(min(u, v)), int32(max(u, v))
		if u == v || has[[2]int32{a, b}] {
			return
		}
		has[[2]int32{a, b}] = true
		adj[u] = append(adj[u], int32(v))
		adj[v] = append(adj[v], int32(u))
		tie(u, v)
	}
	target := n * tiesPer / 2
	for len(has) < target {
		for i := 0; i < n && len(has) < target; i++ {
			c := cluster[i]
			switch x := r.Float64(); {
			case x < 0.15:
				add(i, r.IntN(n))
			case x < 0.45 && len(adj[i]) > 0:
				j := adj[i][r.IntN(len(adj[i]))]
				if len(adj[j]) > 0 {
					add(i, int(adj[j][r.IntN(len(adj[j]))]))
				}
			default:
				lo, hi := starts[c], starts[c+1]
				add(i, lo+r.IntN(hi-lo))
			}
		}
	}
}

// addGroups adds n/25 groups "g0", "g1", … to nw, of 3–60 members (skewed
// towards small), 80 % of each group's members drawn from one cluster of
// starts (as clusters gives) and the rest from all n people.
func addGroups(r *rand.Rand, nw *graph.Network, n int, starts []int) {
	for g := 0; g < n/25; g++ {
		gi, _ := nw.AddGroup(fmt.Sprintf("g%d", g))
		size := 3 + int(57*r.Float64()*r.Float64())
		c := r.IntN(len(starts) - 1)
		for k := 0; k < size; k++ {
			if r.Float64() < 0.8 {
				nw.AddMember(gi, starts[c]+r.IntN(starts[c+1]-starts[c]), "")
			} else {
				nw.AddMember(gi, r.IntN(n), "")
			}
		}
	}
}
