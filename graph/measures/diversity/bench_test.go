package diversity_test

import (
	"fmt"
	"testing"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/internal/socialgen"
	"github.com/tiesnet/ties/graph/measures/diversity"
)

// BenchmarkDiversity times each measure of one attribute ("profession",
// 12 values, 5 % missing) on generated social-like networks.
func BenchmarkDiversity(b *testing.B) {
	for _, n := range []int{2000, 20000} {
		nw := socialgen.Network(n, 10, 1)
		u, d := csr.Undirected(nw), csr.Directed(nw)
		a := diversity.Encode(nw, 0)
		name := fmt.Sprintf("n=%d/m=%d", n, u.Entries()/2)
		b.Run("Encode/"+name, func(b *testing.B) {
			for b.Loop() {
				diversity.Encode(nw, 0)
			}
		})
		b.Run("Of/"+name, func(b *testing.B) {
			for b.Loop() {
				diversity.OfAll(a)
			}
		})
		b.Run("EIUndirected/"+name, func(b *testing.B) {
			for b.Loop() {
				diversity.EIUndirected(u, a)
			}
		})
		b.Run("Assortativity/"+name, func(b *testing.B) {
			for b.Loop() {
				diversity.Assortativity(u, a, false)
			}
		})
		b.Run("EgoDiversity/"+name, func(b *testing.B) {
			for b.Loop() {
				diversity.EgoDiversity(u, a)
			}
		})
		b.Run("EgoEIDirected/"+name, func(b *testing.B) {
			for b.Loop() {
				diversity.EgoEIDirected(d, a)
			}
		})
	}
}
