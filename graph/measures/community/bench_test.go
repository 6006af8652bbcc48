package community_test

import (
	"fmt"
	"testing"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/internal/socialgen"
	"github.com/tiesnet/ties/graph/measures/community"
)

// benchGraphs are the generated social graphs of the benchmarks: 2 000 and
// 20 000 people with about 10 ties each, and (unless -short) 200 000 people
// with 2 000 000 ties, the largest size.
func benchGraphs(b testing.TB, large bool) []*csr.Graph {
	gs := []*csr.Graph{socialgen.Communities(2000, 10, 1), socialgen.Communities(20000, 10, 1)}
	if large && !testing.Short() {
		gs = append(gs, socialgen.Communities(200000, 20, 1))
	}
	return gs
}

// BenchmarkLouvain times Louvain (CSR). Measured on the 2-core machine,
// ns/op ≈ CPU time (it runs on one core): see louvain.go.
func BenchmarkLouvain(b *testing.B) {
	for _, g := range benchGraphs(b, true) {
		for _, weighted := range []bool{false, true} {
			b.Run(fmt.Sprintf("n=%d/m=%d/weighted=%v", g.N(), g.Entries()/2, weighted), func(b *testing.B) {
				for b.Loop() {
					community.Louvain(g, weighted, 1, 1)
				}
			})
		}
	}
}

// BenchmarkLouvainGonum times the reference, gonum's Modularize (several
// seconds per run at 20 000 people).
func BenchmarkLouvainGonum(b *testing.B) {
	for _, g := range benchGraphs(b, false) {
		for _, weighted := range []bool{false, true} {
			b.Run(fmt.Sprintf("n=%d/m=%d/weighted=%v", g.N(), g.Entries()/2, weighted), func(b *testing.B) {
				for b.Loop() {
					community.LouvainGonum(g, weighted, 1, 1)
				}
			})
		}
	}
}

func BenchmarkModularity(b *testing.B) {
	for _, g := range benchGraphs(b, false) {
		comm := community.Louvain(g, false, 1, 1)
		b.Run(fmt.Sprintf("n=%d/m=%d", g.N(), g.Entries()/2), func(b *testing.B) {
			for b.Loop() {
				community.Modularity(g, comm, true, 1)
			}
		})
	}
}

func BenchmarkParticipation(b *testing.B) {
	for _, g := range benchGraphs(b, false) {
		comm := community.Louvain(g, false, 1, 1)
		b.Run(fmt.Sprintf("n=%d/m=%d", g.N(), g.Entries()/2), func(b *testing.B) {
			for b.Loop() {
				community.Participation(g, comm)
			}
		})
	}
}
