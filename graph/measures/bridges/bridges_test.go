package bridges

import (
	"slices"
	"testing"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/internal/socialgen"
)

func graphOf(n int, edges [][2]int) *csr.Graph {
	arcs := make([]csr.Arc, len(edges))
	for k, e := range edges {
		arcs[k] = csr.Arc{From: int32(e[0]), To: int32(e[1]), W: 1}
	}
	return csr.Build(n, arcs, true)
}

func cycle(n int) [][2]int {
	var e [][2]int
	for i := range n {
		e = append(e, [2]int{i, (i + 1) % n})
	}
	return e
}

func TestHandCases(t *testing.T) {
	tests := []struct {
		name    string
		n       int
		edges   [][2]int
		bridges []Edge
		local   []LocalBridge
		points  []int
	}{
		{"no nodes", 0, nil, nil, nil, nil},
		{"isolates", 3, nil, nil, nil, nil},
		{"pair", 2, [][2]int{{1, 0}}, []Edge{{0, 1}}, []LocalBridge{{0, 1, -1}}, nil},
		{"path", 4, [][2]int{{0, 1}, {1, 2}, {2, 3}},
			[]Edge{{0, 1}, {1, 2}, {2, 3}}, []LocalBridge{{0, 1, -1}, {1, 2, -1}, {2, 3, -1}}, []int{1, 2}},
		{"triangle", 3, cycle(3), nil, nil, nil},
		{"cycle of 5", 5, cycle(5), nil,
			[]LocalBridge{{0, 1, 4}, {0, 4, 4}, {1, 2, 4}, {2, 3, 4}, {3, 4, 4}}, nil},
		{"hexagon with a chord", 6, append(cycle(6), [2]int{0, 3}), nil,
			[]LocalBridge{{0, 1, 3}, {0, 3, 3}, {0, 5, 3}, {1, 2, 3}, {2, 3, 3}, {3, 4, 3}, {4, 5, 3}}, nil},
		{"two triangles joined by an edge", 6, [][2]int{{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}},
			[]Edge{{2, 3}}, []LocalBridge{{2, 3, -1}}, []int{2, 3}},
		{"star", 5, [][2]int{{0, 1}, {0, 2}, {0, 3}, {0, 4}},
			[]Edge{{0, 1}, {0, 2}, {0, 3}, {0, 4}}, []LocalBridge{{0, 1, -1}, {0, 2, -1}, {0, 3, -1}, {0, 4, -1}}, []int{0}},
		{"two cycles sharing a node", 7, [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 5}, {5, 6}, {6, 2}}, nil,
			[]LocalBridge{{2, 3, 4}, {2, 6, 4}, {3, 4, 4}, {4, 5, 4}, {5, 6, 4}}, []int{2}},
		// a square, a path, an isolate and a triangle with a tail; node
		// order deliberately mixed across components
		{"several components", 12, [][2]int{{0, 1}, {1, 2}, {2, 3}, {3, 0}, {6, 5}, {5, 4}, {8, 9}, {9, 10}, {10, 8}, {11, 10}},
			[]Edge{{4, 5}, {5, 6}, {10, 11}},
			[]LocalBridge{{0, 1, 3}, {0, 3, 3}, {1, 2, 3}, {2, 3, 3}, {4, 5, -1}, {5, 6, -1}, {10, 11, -1}},
			[]int{5, 10}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := graphOf(tt.n, tt.edges)
			r := Analyze(g)
			if !slices.Equal(r.Bridges, tt.bridges) || !slices.Equal(Bridges(g), tt.bridges) {
				t.Errorf("bridges = %v, want %v", r.Bridges, tt.bridges)
			}
			if !slices.Equal(r.LocalBridges, tt.local) || !slices.Equal(LocalBridges(g), tt.local) {
				t.Errorf("local bridges = %v, want %v", r.LocalBridges, tt.local)
			}
			if !slices.Equal(r.ArticulationPoints, tt.points) || !slices.Equal(ArticulationPoints(g), tt.points) {
				t.Errorf("articulation points = %v, want %v", r.ArticulationPoints, tt.points)
			}
		})
	}
}

// TestDeepPath: a path of 200 000 nodes would overflow a recursive search.
func TestDeepPath(t *testing.T) {
	const n = 200000
	var edges [][2]int
	for i := range n - 1 {
		edges = append(edges, [2]int{i, i + 1})
	}
	g := graphOf(n, edges)
	r := Analyze(g)
	if len(r.Bridges) != n-1 || len(r.LocalBridges) != n-1 || len(r.ArticulationPoints) != n-2 {
		t.Fatalf("%d bridges, %d local bridges, %d articulation points", len(r.Bridges), len(r.LocalBridges), len(r.ArticulationPoints))
	}
	if r.Bridges[n-2] != (Edge{n - 2, n - 1}) || r.ArticulationPoints[0] != 1 || r.LocalBridges[7].Span != -1 {
		t.Errorf("last bridge %v, first point %d, span %d", r.Bridges[n-2], r.ArticulationPoints[0], r.LocalBridges[7].Span)
	}
	// Closing the path into a ring: no bridges, every tie spans n-1.
	g = graphOf(n, append(edges, [2]int{n - 1, 0}))
	if br, ap := cut(g); len(br) != 0 || len(ap) != 0 {
		t.Errorf("ring: %d bridges, %d articulation points", len(br), len(ap))
	}
}

// TestParallelSame: the local bridges and spans do not depend on the
// number of workers, and every span agrees with a plain breadth-first
// search without the tie.
func TestParallelSame(t *testing.T) {
	defer func(m int) { minParallel = m }(minParallel)
	minParallel = 0
	g := socialgen.PendantCommunities(3000, 3, 7)
	br, _ := cut(g)
	want := localBridges(g, br, 1)
	if len(want) < 100 {
		t.Fatalf("only %d local bridges in the test graph", len(want))
	}
	for _, w := range []int{2, 3, 8} {
		if got := localBridges(g, br, w); !slices.Equal(got, want) {
			t.Errorf("%d workers: results differ", w)
		}
	}
	spans := 0
	for k, e := range want {
		if k%7 != 0 {
			continue
		}
		if d := plainSpan(g, e.U, e.V); d != e.Span {
			t.Errorf("%v: plain search gives %d", e, d)
		}
		if e.Span > 0 {
			spans++
		}
	}
	if spans == 0 {
		t.Error("no local bridge with a span checked")
	}
}

// plainSpan is a one-sided breadth-first search from u to v avoiding the
// edge u-v.
func plainSpan(g *csr.Graph, u, v int) int {
	dist := make([]int, g.N())
	for i := range dist {
		dist[i] = -1
	}
	dist[u] = 0
	queue := []int{u}
	for len(queue) > 0 {
		x := queue[0]
		queue = queue[1:]
		for _, y := range g.Neighbors(x) {
			if x == u && int(y) == v || dist[y] >= 0 {
				continue
			}
			dist[y] = dist[x] + 1
			queue = append(queue, int(y))
		}
	}
	return dist[v]
}
