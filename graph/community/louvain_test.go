package community_test

import (
	"math"
	"slices"
	"testing"

	"gonum.org/v1/gonum/graph"
	gcommunity "gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/tiesnet/ties/graph/community"
	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/diversity"
	"github.com/tiesnet/ties/graph/internal/golden"
)

// karateSeed is the seed the karate tests use.
const karateSeed = 1

// misplaced merges each community into the faction most of its members
// belong to and counts the people whose merged community's faction is not
// their own (the smaller part of each community).
func misplaced(comm, faction []int) int {
	bad := 0
	per := map[int][]int{}
	for i, c := range comm {
		if per[c] == nil {
			per[c] = make([]int, 2)
		}
		per[c][faction[i]]++
	}
	for _, f := range per {
		bad += min(f[0], f[1])
	}
	return bad
}

// gonumGraph builds the simple graph that gonum's Q reads.
func gonumGraph(g *csr.Graph, weighted bool) *simple.WeightedUndirectedGraph {
	gg := simple.NewWeightedUndirectedGraph(0, 0)
	for i := 0; i < g.N(); i++ {
		gg.AddNode(simple.Node(i))
	}
	for i := 0; i < g.N(); i++ {
		for k, j := range g.Neighbors(i) {
			w := 1.0
			if weighted {
				w = g.Weights(i)[k]
			}
			if int(j) > i {
				gg.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(i), T: simple.Node(j), W: w})
			}
		}
	}
	return gg
}

func gonumQ(g *csr.Graph, comm []int, weighted bool, resolution float64) float64 {
	k := slices.Max(comm) + 1
	parts := make([][]graph.Node, k)
	for i, c := range comm {
		parts[c] = append(parts[c], simple.Node(i))
	}
	return gcommunity.Q(gonumGraph(g, weighted), parts, resolution)
}

// TestLouvainKarate: Louvain recovers Zachary's two factions (attribute
// club of the golden set karate) with at most 2 people misplaced, its
// partition has Q > 0.37 and equal to gonum's community.Q, and the same
// seed gives the same partition.
func TestLouvainKarate(t *testing.T) {
	s := golden.Load(t, "karate")
	col, _ := s.Network.AttributeIndex("club")
	faction := diversity.Encode(s.Network, col).Values

	comm := community.Louvain(s.U, false, 1, karateSeed)
	if bad := misplaced(comm, faction); bad > 2 {
		t.Errorf("seed %d: %d people misplaced, want at most 2 (communities %v)", karateSeed, bad, comm)
	}
	q := community.Modularity(s.U, comm, false, 1)
	if q <= 0.37 {
		t.Errorf("Q = %v, want > 0.37", q)
	}
	if gq := gonumQ(s.U, comm, false, 1); math.Abs(q-gq) > 1e-12 {
		t.Errorf("Q = %v, gonum's community.Q = %v", q, gq)
	}
	for r := 0; r < 10; r++ {
		if again := community.Louvain(s.U, false, 1, karateSeed); !slices.Equal(comm, again) {
			t.Fatalf("seed %d gave %v, then %v", karateSeed, comm, again)
		}
	}

	// Across seeds 1..20: how many recover the split, and every partition's
	// Q equals gonum's.
	ok := 0
	for seed := uint64(1); seed <= 20; seed++ {
		c := community.Louvain(s.U, false, 1, seed)
		if misplaced(c, faction) <= 2 {
			ok++
		}
		q, gq := community.Modularity(s.U, c, false, 1), gonumQ(s.U, c, false, 1)
		if math.Abs(q-gq) > 1e-12 {
			t.Errorf("seed %d: Q = %v, gonum's = %v", seed, q, gq)
		}
		t.Logf("seed %2d: %d communities, Q %.4f, %d misplaced", seed, slices.Max(c)+1, q, misplaced(c, faction))
	}
	t.Logf("%d of 20 seeds recover the two factions with at most 2 people misplaced", ok)
	if ok < 15 { // 20 of 20 with gonum v0.17.0
		t.Errorf("only %d of 20 seeds recover the two factions", ok)
	}
}

func TestLouvainWeightedKarate(t *testing.T) {
	s := golden.Load(t, "karate_weighted")
	comm := community.Louvain(s.U, true, 1, karateSeed)
	q := community.Modularity(s.U, comm, true, 1)
	if gq := gonumQ(s.U, comm, true, 1); math.Abs(q-gq) > 1e-12 {
		t.Errorf("Q = %v, gonum's community.Q = %v", q, gq)
	}
	if q < 0.4 {
		t.Errorf("weighted Q = %v, want ≥ 0.4", q)
	}
}

func TestLouvainSmall(t *testing.T) {
	build := func(n int, pairs ...[2]int32) *csr.Graph {
		a := make([]csr.Arc, len(pairs))
		for k, p := range pairs {
			a[k] = csr.Arc{From: p[0], To: p[1], W: 1}
		}
		return csr.Build(n, a, true)
	}
	tests := []struct {
		name string
		g    *csr.Graph
		want []int
	}{
		{"no nodes", build(0), []int{}},
		{"isolates only", build(3), []int{0, 1, 2}},
		// two triangles joined by one edge, an isolate (6) in between by number
		{"two triangles and an isolate", build(7, [2]int32{0, 1}, [2]int32{1, 2}, [2]int32{0, 2}, [2]int32{2, 3},
			[2]int32{3, 4}, [2]int32{4, 5}, [2]int32{3, 5}), []int{0, 0, 0, 1, 1, 1, 2}},
		{"isolate first", build(4, [2]int32{1, 2}, [2]int32{2, 3}, [2]int32{1, 3}), []int{0, 1, 1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for seed := uint64(1); seed <= 5; seed++ {
				if got := community.Louvain(tt.g, false, 1, seed); !slices.Equal(got, tt.want) {
					t.Errorf("seed %d: %v, want %v", seed, got, tt.want)
				}
			}
		})
	}
}

func TestRenumber(t *testing.T) {
	got := community.Renumber([]int{7, 3, 7, -1, 0, 3})
	if want := []int{0, 1, 0, -1, 2, 1}; !slices.Equal(got, want) {
		t.Errorf("Renumber = %v, want %v", got, want)
	}
}

// TestLouvainDeterministic: the same input and seed give the same partition
// on a generated social graph with fractional weights (where the order of
// summing weights could matter), and the partition's Q equals gonum's.
func TestLouvainDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("generated graph of 1000 nodes")
	}
	g := socialGraph(1000, 10, 7)
	for k := range g.W {
		g.W[k] = 1 / (g.W[k] + 0.3)
	}
	for _, weighted := range []bool{false, true} {
		first := community.Louvain(g, weighted, 1, 42)
		for r := 0; r < 3; r++ {
			if again := community.Louvain(g, weighted, 1, 42); !slices.Equal(first, again) {
				t.Fatalf("weighted %v: run %d gave another partition", weighted, r+2)
			}
		}
		q, gq := community.Modularity(g, first, weighted, 1), gonumQ(g, first, weighted, 1)
		if math.Abs(q-gq) > 1e-12 || q < 0.5 {
			t.Errorf("weighted %v: Q = %v, gonum's %v (want equal and > 0.5)", weighted, q, gq)
		}
	}
}
