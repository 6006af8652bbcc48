package cohesion

import (
	"fmt"
	"testing"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/internal/socialgen"
)

var benchSizes = []int{2000, 20000}

func benchGraphs(b *testing.B, f func(b *testing.B, g *csr.Graph)) {
	for _, n := range benchSizes {
		g := socialgen.HolmeKim(n, 10, 1) // 10 ties (edges) per node, average degree ~20
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			f(b, g)
		})
	}
}

func BenchmarkTriangles(b *testing.B) {
	benchGraphs(b, func(b *testing.B, g *csr.Graph) {
		for b.Loop() {
			Triangles(g)
		}
	})
}

func BenchmarkClusteringAndTransitivity(b *testing.B) {
	benchGraphs(b, func(b *testing.B, g *csr.Graph) {
		for b.Loop() {
			tri := Triangles(g)
			ClusteringFromTriangles(g, tri)
			TransitivityFromTriangles(g, tri)
		}
	})
}

func BenchmarkComponents(b *testing.B) {
	benchGraphs(b, func(b *testing.B, g *csr.Graph) {
		for b.Loop() {
			Components(g)
		}
	})
}

func BenchmarkWeakComponents(b *testing.B) {
	benchGraphs(b, func(b *testing.B, g *csr.Graph) {
		for b.Loop() {
			WeakComponents(g)
		}
	})
}

func BenchmarkStrongComponents(b *testing.B) {
	benchGraphs(b, func(b *testing.B, g *csr.Graph) {
		for b.Loop() {
			StrongComponents(g)
		}
	})
}
