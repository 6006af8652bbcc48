package reciprocity

import (
	"fmt"
	"testing"

	"github.com/tiesnet/ties/graph/csr"
)

// ~10 arcs per node, ~30 % reciprocated.
func BenchmarkAnalyze(b *testing.B) {
	for _, n := range []int{2000, 20000, 200000} {
		g := csr.Build(n, socialArcs(n, 10, 0.18, 1), false)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Analyze(g)
			}
		})
	}
}
