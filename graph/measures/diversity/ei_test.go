package diversity

import (
	"math"
	"testing"

	"github.com/tiesnet/ties/graph/csr"
)

// arcs builds a graph from pairs with weight 1.
func arcs(n int, undirected bool, pairs ...[2]int32) *csr.Graph {
	a := make([]csr.Arc, len(pairs))
	for k, p := range pairs {
		a[k] = csr.Arc{From: p[0], To: p[1], W: 1}
	}
	return csr.Build(n, a, undirected)
}

func TestEI(t *testing.T) {
	// 0:a 1:a 2:b 3:missing 4:b
	a := EncodeValues("x", []string{"a", "a", "b", "", "b"})
	tests := []struct {
		name     string
		directed bool
		pairs    [][2]int32
		want     EI
	}{
		{"undirected", false, [][2]int32{{0, 1}, {1, 2}, {2, 3}, {2, 4}, {0, 4}}, EI{2, 2, 0}},
		{"undirected, a->b and b->a are one edge", false, [][2]int32{{0, 2}, {2, 0}, {0, 1}}, EI{1, 1, 0}},
		{"directed: a mutual pair counts twice", true, [][2]int32{{0, 2}, {2, 0}, {0, 1}}, EI{2, 1, 1.0 / 3}},
		{"directed, only missing ends", true, [][2]int32{{3, 0}, {2, 3}}, EI{0, 0, math.NaN()}},
		{"no ties", false, nil, EI{0, 0, math.NaN()}},
		{"all internal", false, [][2]int32{{0, 1}, {2, 4}}, EI{0, 2, -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := arcs(5, !tt.directed, tt.pairs...)
			var got EI
			if tt.directed {
				got = EIDirected(g, a)
			} else {
				got = EIUndirected(g, a)
			}
			if got.External != tt.want.External || got.Internal != tt.want.Internal || !near(got.Index, tt.want.Index) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestAssortativity(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		name     string
		values   []string
		directed bool
		pairs    [][2]int32
		want     float64
	}{
		// two triangles, one per category: perfectly assortative
		{"assortative", []string{"a", "a", "a", "b", "b", "b"}, false, [][2]int32{{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}}, 1},
		// every edge across: e = [[0,.5],[.5,0]], Σab = .5, r = (0−.5)/(1−.5)
		{"disassortative", []string{"a", "b", "a", "b"}, false, [][2]int32{{0, 1}, {1, 2}, {2, 3}, {3, 0}}, -1},
		// a path a-a-b: entries (a,a)×2, (a,b), (b,a) of 4: e_aa = 1/2, a_a = b_a = 3/4, a_b = b_b = 1/4,
		// r = (1/2 − 10/16)/(1 − 10/16) = −1/3
		{"path", []string{"a", "a", "b"}, false, [][2]int32{{0, 1}, {1, 2}}, -1.0 / 3},
		// the missing node's ties leave with it
		{"missing left out", []string{"a", "a", "b", ""}, false, [][2]int32{{0, 1}, {1, 2}, {2, 3}, {0, 3}}, -1.0 / 3},
		// directed 0->1 (a,a), 1->2 (a,b): e_aa = e_ab = 1/2; a = (1, 0), b = (1/2, 1/2):
		// Σab = 1/2, r = (1/2 − 1/2)/(1 − 1/2) = 0
		{"directed", []string{"a", "a", "b"}, true, [][2]int32{{0, 1}, {1, 2}}, 0},
		{"one category", []string{"a", "a", "a"}, false, [][2]int32{{0, 1}, {1, 2}}, nan},
		{"no ties among valued", []string{"a", "", "b"}, false, [][2]int32{{0, 1}, {1, 2}}, nan},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := arcs(len(tt.values), !tt.directed, tt.pairs...)
			if got := Assortativity(g, EncodeValues("x", tt.values), tt.directed); !near(got, tt.want) {
				t.Errorf("r = %v, want %v", got, tt.want)
			}
		})
	}
}
