package community_test

import (
	"math"
	"testing"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/internal/golden"
	"github.com/tiesnet/ties/graph/measures/community"
	"github.com/tiesnet/ties/graph/measures/diversity"
)

func near(got, want float64) bool {
	if math.IsNaN(want) {
		return math.IsNaN(got)
	}
	return math.Abs(got-want) <= 1e-12
}

// twoTriangles: 0-1-2 and 3-4-5 joined by 2-3, node 6 an isolate; edge
// 2-3 weighs 4 in the weighted reading, the others 1.
func twoTriangles() *csr.Graph {
	var arcs []csr.Arc
	for _, e := range [][3]int{{0, 1, 1}, {1, 2, 1}, {0, 2, 1}, {2, 3, 4}, {3, 4, 1}, {4, 5, 1}, {3, 5, 1}} {
		arcs = append(arcs, csr.Arc{From: int32(e[0]), To: int32(e[1]), W: float64(e[2])})
	}
	return csr.Build(7, arcs, true)
}

func TestModularity(t *testing.T) {
	g := twoTriangles()
	tests := []struct {
		name       string
		comm       []int
		weighted   bool
		resolution float64
		want       float64
	}{
		// m = 7, L = 3 + 3, d = 7 + 7: Q = 6/7 − 2·(1/2)² = 5/14
		{"triangles", []int{0, 0, 0, 1, 1, 1, 2}, false, 1, 6.0/7 - 0.5},
		// γ = 2: 6/7 − 2·2·(1/4)
		{"resolution 2", []int{0, 0, 0, 1, 1, 1, 2}, false, 2, 6.0/7 - 1},
		{"one community", []int{0, 0, 0, 0, 0, 0, 0}, false, 1, 0},
		// weighted: m = 10, L = 3 + 3, d = 10 + 10: Q = 6/10 − 1/2
		{"weighted", []int{0, 0, 0, 1, 1, 1, 2}, true, 1, 0.1},
		// node 3 left out: the graph 0-1-2, 4-5 has m = 4, L = 3 + 1,
		// d = 6 + 2: Q = 1 − (6/8)² − (2/8)²
		{"left out", []int{0, 0, 0, -1, 1, 1, 2}, false, 1, 1 - 36.0/64 - 4.0/64},
		{"no edges left", []int{0, -1, -1, -1, -1, -1, 1}, false, 1, math.NaN()},
		{"every node its own", []int{0, 1, 2, 3, 4, 5, 6}, false, 1, -(4.0 + 4 + 9 + 9 + 4 + 4) / 196},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := community.Modularity(g, tt.comm, tt.weighted, tt.resolution)
			if !near(got, tt.want) {
				t.Errorf("Q = %v, want %v", got, tt.want)
			}
			if math.IsNaN(tt.want) || slicesHasNeg(tt.comm) {
				return
			}
			if gq := gonumQ(g, tt.comm, tt.weighted, tt.resolution); math.Abs(got-gq) > 1e-12 {
				t.Errorf("Q = %v, gonum's community.Q = %v", got, gq)
			}
		})
	}
}

func slicesHasNeg(v []int) bool {
	for _, x := range v {
		if x < 0 {
			return true
		}
	}
	return false
}

func TestParticipation(t *testing.T) {
	g := twoTriangles()
	nan := math.NaN()
	tests := []struct {
		name string
		comm []int
		want []float64
	}{
		// node 2: 2 of 3 neighbours in its own community, 1 in the other:
		// 1 − (4 + 1)/9; the isolate 6 gets 0
		{"triangles", []int{0, 0, 0, 1, 1, 1, 2}, []float64{0, 0, 4.0 / 9, 4.0 / 9, 0, 0, 0}},
		// every node its own community: 1 − k·(1/k)² = 1 − 1/k
		{"singletons", []int{0, 1, 2, 3, 4, 5, 6}, []float64{0.5, 0.5, 2.0 / 3, 2.0 / 3, 0.5, 0.5, 0}},
		// node 3 left out: it counts in no degree; node 2 keeps 0 and 1
		{"left out", []int{0, 0, 0, -1, 1, 1, 1}, []float64{0, 0, 0, nan, 0, 0, 0}},
		// 2's neighbours 0, 1, 3 in three communities
		{"spread", []int{0, 1, 2, 3, 3, 3, 0}, []float64{0.5, 0.5, 2.0 / 3, 4.0 / 9, 0, 0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := community.Participation(g, tt.comm)
			for i := range tt.want {
				if !near(got[i], tt.want[i]) {
					t.Errorf("P[%d] = %v, want %v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestGolden compares Modularity and Participation of the partition by each
// attribute with attributes.<attr>.modularity (unweighted; also
// modularity_weighted on weighted sets) and nodes.participation_<attr>,
// which make_golden.py computes with NetworkX on U restricted to the people
// with a value. Sets without attributes have no such keys.
func TestGolden(t *testing.T) {
	sets := 0
	golden.ForEach(t, func(t *testing.T, s *golden.Set) {
		if len(s.Attributes) == 0 {
			t.Skipf("set %s has no attributes: no attributes.*.modularity in its golden file", s.Name)
		}
		sets++
		for _, attr := range s.Attributes {
			col, _ := s.Network.AttributeIndex(attr)
			comm := diversity.Encode(s.Network, col).Values
			want, ok := s.Float("attributes", attr, "modularity")
			if !ok {
				t.Fatalf("no golden attributes.%s.modularity", attr)
			}
			if got := community.Modularity(s.U, comm, false, 1); !golden.Close(got, want) {
				t.Errorf("%s modularity = %v, want %v", attr, got, want)
			}
			if s.Weighted {
				want, ok := s.Float("attributes", attr, "modularity_weighted")
				if !ok {
					t.Fatalf("no golden attributes.%s.modularity_weighted", attr)
				}
				if got := community.Modularity(s.U, comm, true, 1); !golden.Close(got, want) {
					t.Errorf("%s modularity_weighted = %v, want %v", attr, got, want)
				}
			}
			s.CompareNodes(t, "participation_"+attr, community.Participation(s.U, comm))
		}
	})
	if sets == 0 {
		t.Fatal("no golden set with attributes")
	}
}
