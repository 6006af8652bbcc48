package community_test

import (
	"fmt"
	"testing"

	"github.com/tiesnet/ties/graph/community"
)

func BenchmarkLouvain(b *testing.B) {
	for _, n := range []int{2000, 20000} {
		g := socialGraph(n, 10, 1)
		for _, weighted := range []bool{false, true} {
			b.Run(fmt.Sprintf("n=%d/m=%d/weighted=%v", n, g.Entries()/2, weighted), func(b *testing.B) {
				for b.Loop() {
					community.Louvain(g, weighted, 1, 1)
				}
			})
		}
	}
}

func BenchmarkModularity(b *testing.B) {
	for _, n := range []int{2000, 20000} {
		g := socialGraph(n, 10, 1)
		comm := community.Louvain(g, false, 1, 1)
		b.Run(fmt.Sprintf("n=%d/m=%d", n, g.Entries()/2), func(b *testing.B) {
			for b.Loop() {
				community.Modularity(g, comm, true, 1)
			}
		})
	}
}

func BenchmarkParticipation(b *testing.B) {
	for _, n := range []int{2000, 20000} {
		g := socialGraph(n, 10, 1)
		comm := community.Louvain(g, false, 1, 1)
		b.Run(fmt.Sprintf("n=%d/m=%d", n, g.Entries()/2), func(b *testing.B) {
			for b.Loop() {
				community.Participation(g, comm)
			}
		})
	}
}
