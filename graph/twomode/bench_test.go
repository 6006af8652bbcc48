package twomode_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/twomode"
)

// memberships generates a deterministic two-mode network: n people in
// clusters of 20–200, n/25 groups of 3–60 members (skewed towards small),
// 80 % of each group's members from one cluster; with big, one more group
// of 500 people drawn from everyone.
func memberships(n int, big bool, seed uint64) *graph.Network {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	nw := graph.New()
	var starts []int
	for i := 0; i < n; i += 20 + rng.IntN(181) {
		starts = append(starts, i)
	}
	starts = append(starts, n)
	for i := 0; i < n; i++ {
		nw.AddPerson(fmt.Sprintf("p%d", i), "")
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
	if big {
		gi, _ := nw.AddGroup("association")
		for k := 0; k < 500; k++ {
			nw.AddMember(gi, rng.IntN(n), "")
		}
	}
	return nw
}

func BenchmarkAnalyze(b *testing.B) {
	for _, n := range []int{2000, 20000} {
		for _, big := range []bool{false, true} {
			nw := memberships(n, big, 1)
			r := twomode.Analyze(nw, graph.ProjectionOptions{})
			b.Run(fmt.Sprintf("n=%d/groups=%d/memberships=%d/pairs=%d", n, len(nw.Groups), nw.Memberships(), len(r.Projection)), func(b *testing.B) {
				for b.Loop() {
					twomode.Analyze(nw, graph.ProjectionOptions{})
				}
			})
		}
	}
}
