package brokerage

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/tiesnet/ties/graph/internal/socialgen"
)

// ~10 arcs per node, ~30 % reciprocated, 5 groups with 5 % missing.
func BenchmarkGouldFernandez(b *testing.B) {
	for _, n := range []int{2000, 20000, 200000} {
		g := socialgen.HolmeKimDirected(n, 10, 0.18, 1)
		rng := rand.New(rand.NewPCG(1, 1))
		group := make([]int, n)
		for i := range group {
			if group[i] = rng.IntN(5); rng.Float64() < 0.05 {
				group[i] = -1
			}
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				GouldFernandez(g, group)
			}
		})
	}
}
