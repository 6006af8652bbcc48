package diversity_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/tiesnet/ties/graph"
)

// socialNetwork generates a deterministic social-like network of n people
// with about tiesPer ties each (n·tiesPer/2 edges in U): people sit in
// clusters of 20–200, most ties stay in the cluster, a third close
// triangles (a contact of a contact), some run anywhere; 30 % of ties are
// reciprocated arcs, weights are 1–5. Three attributes: "profession" (12
// values, tied to the cluster, 5 % missing), "city" (30 values, skewed),
// "gender" (2 values, 10 % missing). Groups: about n/25 groups of 3–60
// members, mostly from one cluster.
func socialNetwork(n, tiesPer int, seed uint64) *graph.Network {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	nw := graph.New()
	prof, city, gender := nw.Attribute("profession"), nw.Attribute("city"), nw.Attribute("gender")
	cluster := make([]int, n)
	var starts []int
	for i, c := 0, -1; i < n; {
		c++
		size := 20 + rng.IntN(181)
		starts = append(starts, i)
		for j := i; j < min(n, i+size); j++ {
			cluster[j] = c
		}
		i += size
	}
	starts = append(starts, n)
	for i := 0; i < n; i++ {
		nw.AddPerson(fmt.Sprintf("p%d", i), "")
		if rng.Float64() >= 0.05 {
			p := (cluster[i]*7 + rng.IntN(3)) % 12
			nw.SetAttr(i, prof, fmt.Sprintf("prof%d", p))
		}
		nw.SetAttr(i, city, fmt.Sprintf("city%d", int(30*rng.Float64()*rng.Float64())))
		if rng.Float64() >= 0.1 {
			nw.SetAttr(i, gender, []string{"f", "m"}[rng.IntN(2)])
		}
	}
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
		w := float64(1 + rng.IntN(5))
		nw.AddTie(graph.Tie{From: u, To: v, Weight: w})
		if rng.Float64() < 0.3 {
			nw.AddTie(graph.Tie{From: v, To: u, Weight: float64(1 + rng.IntN(5))})
		}
	}
	target := n * tiesPer / 2
	for len(has) < target {
		for i := 0; i < n && len(has) < target; i++ {
			c := cluster[i]
			switch r := rng.Float64(); {
			case r < 0.15:
				add(i, rng.IntN(n))
			case r < 0.45 && len(adj[i]) > 0:
				j := adj[i][rng.IntN(len(adj[i]))]
				if len(adj[j]) > 0 {
					add(i, int(adj[j][rng.IntN(len(adj[j]))]))
				}
			default:
				lo, hi := starts[c], starts[c+1]
				add(i, lo+rng.IntN(hi-lo))
			}
		}
	}
	for g := 0; g < n/25; g++ {
		gi, _ := nw.AddGroup(fmt.Sprintf("g%d", g))
		size := 3 + int(57*rng.Float64()*rng.Float64())
		c := rng.IntN(len(starts) - 1)
		for k := 0; k < size; k++ {
			if rng.Float64() < 0.8 {
				nw.AddMember(gi, starts[c]+rng.IntN(starts[c+1]-starts[c]), "")
			} else {
				nw.AddMember(gi, rng.IntN(n), "")
			}
		}
	}
	nw.Normalize()
	return nw
}
