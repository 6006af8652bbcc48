package reciprocity

import (
	"fmt"
	"testing"

	"github.com/tiesnet/ties/graph/internal/socialgen"
)

// ~10 arcs per node, ~30 % reciprocated.
func BenchmarkAnalyze(b *testing.B) {
	for _, n := range []int{2000, 20000, 200000} {
		g := socialgen.HolmeKimDirected(n, 10, 0.18, 1)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Analyze(g)
			}
		})
	}
}
