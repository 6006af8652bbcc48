package holes

import (
	"fmt"
	"testing"

	"github.com/tiesnet/ties/graph/internal/socialgen"
)

// Benchmarks on generated social-like graphs (socialgen.PendantCommunities:
// ~10 ties per person, communities, triadic closure, pendants).
func BenchmarkHoles(b *testing.B) {
	for _, n := range []int{2000, 20000, 200000} {
		g := socialgen.PendantCommunities(n, 5, 42)
		for _, bm := range []struct {
			name string
			opt  Options
			f    func(Options) []float64
		}{
			{"Constraint", Options{}, func(o Options) []float64 { return Constraint(g, o) }},
			{"ConstraintWeighted", Options{Weighted: true}, func(o Options) []float64 { return Constraint(g, o) }},
			{"EffectiveSize", Options{}, func(o Options) []float64 { return EffectiveSize(g, o) }},
			{"EffectiveSizeWeighted", Options{Weighted: true}, func(o Options) []float64 { return EffectiveSize(g, o) }},
			{"AnalyzeWeighted", Options{Weighted: true}, func(o Options) []float64 { return Analyze(g, o).Constraint }},
			{"AnalyzeWeightedEgo", Options{Weighted: true, Model: EgoNetwork}, func(o Options) []float64 { return Analyze(g, o).Constraint }},
			{"ConstraintOneWorker", Options{Workers: 1}, func(o Options) []float64 { return Constraint(g, o) }},
		} {
			b.Run(fmt.Sprintf("%s/n=%d", bm.name, n), func(b *testing.B) {
				b.ReportMetric(float64(g.Entries()/2), "edges")
				for b.Loop() {
					bm.f(bm.opt)
				}
			})
		}
	}
}
