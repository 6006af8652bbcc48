package bridges

import (
	"fmt"
	"testing"

	"github.com/tiesnet/ties/graph/internal/socialgen"
)

// Benchmarks on generated social-like graphs (socialgen.PendantCommunities:
// ~10 ties per person, communities, triadic closure, pendants).
func BenchmarkBridges(b *testing.B) {
	for _, n := range []int{2000, 20000, 200000} {
		g := socialgen.PendantCommunities(n, 5, 42)
		br, _ := cut(g)
		local := localBridges(g, br, 0)
		b.Run(fmt.Sprintf("BridgesAndPoints/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				cut(g)
			}
			b.ReportMetric(float64(len(br)), "bridges")
		})
		for _, w := range []int{0, 1} {
			name := "LocalBridges"
			if w == 1 {
				name += "OneWorker"
			}
			b.Run(fmt.Sprintf("%s/n=%d", name, n), func(b *testing.B) {
				for b.Loop() {
					localBridges(g, br, w)
				}
				b.ReportMetric(float64(len(local)), "local")
			})
		}
		b.Run(fmt.Sprintf("Analyze/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				Analyze(g)
			}
		})
	}
}
