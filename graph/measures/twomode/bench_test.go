package twomode_test

import (
	"fmt"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/internal/socialgen"
	"github.com/tiesnet/ties/graph/measures/twomode"
)

func BenchmarkAnalyze(b *testing.B) {
	for _, n := range []int{2000, 20000} {
		for _, big := range []bool{false, true} {
			nw := socialgen.Memberships(n, big, 1)
			r := twomode.Analyze(nw, graph.ProjectionOptions{})
			b.Run(fmt.Sprintf("n=%d/groups=%d/memberships=%d/pairs=%d", n, len(nw.Groups), nw.Memberships(), r.Pairs), func(b *testing.B) {
				for b.Loop() {
					twomode.Analyze(nw, graph.ProjectionOptions{})
				}
			})
		}
	}
}
