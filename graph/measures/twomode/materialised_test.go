package twomode_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/measures/twomode"
)

// randomMemberships makes n people, some ties among them, and groups of
// random sizes (one of them often most of the people, some of one member
// or none), optionally with an organisation attribute.
func randomMemberships(rng *rand.Rand, n int) *graph.Network {
	nw := graph.New()
	org := nw.Attribute("organization")
	for i := range n {
		p, _ := nw.AddPerson(fmt.Sprint("p", i), "")
		if rng.IntN(3) == 0 {
			nw.SetAttr(p, org, fmt.Sprint("org", rng.IntN(3)))
		}
	}
	for range rng.IntN(2 * n) {
		a, b := rng.IntN(n), rng.IntN(n)
		if a != b {
			_ = nw.AddTie(graph.Tie{From: a, To: b, Weight: float64(1 + rng.IntN(3)), Mutual: rng.IntN(2) == 0})
		}
	}
	for g := range 1 + rng.IntN(6) {
		k, _ := nw.AddGroup(fmt.Sprint("g", g))
		size := rng.IntN(n/2 + 1)
		if g == 0 && rng.IntN(2) == 0 {
			size = n
		}
		for range size {
			nw.AddMember(k, rng.IntN(n), "")
		}
	}
	return nw
}

// components labels the connected components of g by BFS, numbered in
// order of each component's first person.
func components(g *csr.Graph) ([]int32, int) {
	comp := make([]int32, g.N())
	for i := range comp {
		comp[i] = -1
	}
	count := 0
	for s := range g.N() {
		if comp[s] >= 0 {
			continue
		}
		comp[s] = int32(count)
		queue := []int32{int32(s)}
		for len(queue) > 0 {
			u := queue[0]
			queue = queue[1:]
			for _, v := range g.Neighbors(int(u)) {
				if comp[v] < 0 {
					comp[v] = int32(count)
					queue = append(queue, v)
				}
			}
		}
		count++
	}
	return comp, count
}

// bfs returns the steps from src in g, −1 where it does not reach.
func bfs(g *csr.Graph, src int) []int32 {
	dist := make([]int32, g.N())
	for i := range dist {
		dist[i] = -1
	}
	dist[src] = 0
	queue := []int32{int32(src)}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for _, v := range g.Neighbors(int(u)) {
			if dist[v] < 0 {
				dist[v] = dist[u] + 1
				queue = append(queue, v)
			}
		}
	}
	return dist
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

// Every figure computed through the bipartite structure equals the same
// figure of the materialised projection (graph.Network.ProjectedEdges
// without a cap, as csr.Projection) on random memberships, to 1e-9:
// degree, strength (shared counts and Newman's), the number of pairs,
// components, reach from every person; and Join equals csr.Build of the
// union of the ties and the projected pairs within the cap.
func TestBipartiteEqualsMaterialised(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 1))
	for trial := range 150 {
		n := 1 + rng.IntN(40)
		nw := randomMemberships(rng, n)
		for _, org := range []string{"", "organization"} {
			for _, newman := range []bool{false, true} {
				name := fmt.Sprintf("trial %d, organisation %q, newman %v", trial, org, newman)
				b := twomode.NewBipartite(nw, graph.ProjectionOptions{OrganizationAttribute: org})
				every := graph.ProjectionOptions{OrganizationAttribute: org, Newman: newman}
				p := csr.Projection(nw, every)

				r := twomode.AnalyzeBipartite(b, twomode.ProjectOptions{MaxGroupSize: 3, Newman: newman})
				if r.Pairs != p.Entries()/2 {
					t.Fatalf("%s: %d pairs, the projection has %d", name, r.Pairs, p.Entries()/2)
				}
				for i := range n {
					if r.Degree[i] != p.Degree(i) || !near(r.Strength[i], p.Strength(i)) {
						t.Fatalf("%s: person %d degree %d strength %v, projection %d %v", name, i, r.Degree[i], r.Strength[i], p.Degree(i), p.Strength(i))
					}
				}
				comp, count := b.Components()
				wantComp, wantCount := components(p)
				if count != wantCount || !slices.Equal(comp, wantComp) || r.Components != count {
					t.Fatalf("%s: components %v (%d), projection %v (%d)", name, comp, count, wantComp, wantCount)
				}
				for src := range n {
					if got, want := b.Reach(src), bfs(p, src); !slices.Equal(got, want) {
						t.Fatalf("%s: reach from %d = %v, projection %v", name, src, got, want)
					}
				}

				// Join: the ties and the pairs of groups within the cap.
				for _, capSize := range []int{0, 3} {
					popt := twomode.ProjectOptions{MaxGroupSize: capSize, Newman: newman}
					tie := csr.Undirected(nw)
					got, pairs := b.Join(tie, popt)
					var arcs []csr.Arc
					for _, e := range nw.ProjectedEdges(graph.ProjectionOptions{OrganizationAttribute: org, Newman: newman, MaxGroupSize: capSize}) {
						arcs = append(arcs, csr.Arc{From: int32(e.From), To: int32(e.To), W: e.Weight})
					}
					for _, t := range nw.Ties {
						arcs = append(arcs, csr.Arc{From: int32(t.From), To: int32(t.To), W: t.Weight})
					}
					want := csr.Build(n, arcs, true)
					if pairs != want.Entries()/2 || !slices.Equal(got.Off, want.Off) || !slices.Equal(got.Adj, want.Adj) {
						t.Fatalf("%s, cap %d: Join differs from csr.Build of the union", name, capSize)
					}
					for k := range want.W {
						if !near(got.W[k], want.W[k]) {
							t.Fatalf("%s, cap %d: Join weight %d = %v, want %v", name, capSize, k, got.W[k], want.W[k])
						}
					}
				}
			}
		}
	}
}
