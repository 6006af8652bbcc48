package brokerage

import (
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"testing"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/internal/socialgen"
	"github.com/tiesnet/ties/importers"
)

func directed(n int, arcs ...[2]int32) *csr.Graph {
	a := make([]csr.Arc, len(arcs))
	for k, e := range arcs {
		a[k] = csr.Arc{From: e[0], To: e[1], W: 1}
	}
	return csr.Build(n, a, false)
}

const (
	A, B, C = 0, 1, 2
	missing = -1
)

func TestGouldFernandezTable(t *testing.T) {
	for _, c := range []struct {
		name   string
		g      *csr.Graph
		group  []int
		nodes  map[int]Roles // brokers with counts; every other node has none
		totals Roles
	}{
		{name: "empty", g: directed(0), group: []int{}},
		{name: "single node", g: directed(1), group: []int{A}},
		{name: "isolates", g: directed(3), group: []int{A, B, A}},
		// One 2-path 0 -> 1 -> 2 per role.
		{name: "coordinator", g: directed(3, [2]int32{0, 1}, [2]int32{1, 2}), group: []int{A, A, A},
			nodes: map[int]Roles{1: {Coordinator: 1}}, totals: Roles{Coordinator: 1}},
		{name: "itinerant", g: directed(3, [2]int32{0, 1}, [2]int32{1, 2}), group: []int{A, B, A},
			nodes: map[int]Roles{1: {Itinerant: 1}}, totals: Roles{Itinerant: 1}},
		{name: "representative", g: directed(3, [2]int32{0, 1}, [2]int32{1, 2}), group: []int{A, A, B},
			nodes: map[int]Roles{1: {Representative: 1}}, totals: Roles{Representative: 1}},
		{name: "gatekeeper", g: directed(3, [2]int32{0, 1}, [2]int32{1, 2}), group: []int{A, B, B},
			nodes: map[int]Roles{1: {Gatekeeper: 1}}, totals: Roles{Gatekeeper: 1}},
		{name: "liaison", g: directed(3, [2]int32{0, 1}, [2]int32{1, 2}), group: []int{A, B, C},
			nodes: map[int]Roles{1: {Liaison: 1}}, totals: Roles{Liaison: 1}},
		// The arc i -> k closes the path: no broker.
		{name: "closed by i->k", g: directed(3, [2]int32{0, 1}, [2]int32{1, 2}, [2]int32{0, 2}),
			group: []int{A, A, A}},
		// k -> i does not close it: in a 3-cycle every node brokers once.
		{name: "3-cycle", g: directed(3, [2]int32{0, 1}, [2]int32{1, 2}, [2]int32{2, 0}),
			group: []int{A, A, B},
			nodes: map[int]Roles{
				1: {Representative: 1}, // 0(A) -> 1(A) -> 2(B)
				2: {Itinerant: 1},      // 1(A) -> 2(B) -> 0(A)
				0: {Gatekeeper: 1},     // 2(B) -> 0(A) -> 1(A)
			}, totals: Roles{Itinerant: 1, Representative: 1, Gatekeeper: 1}},
		// A mutual pair gives only i = k paths, which do not count.
		{name: "mutual pair", g: directed(2, [2]int32{0, 1}, [2]int32{1, 0}), group: []int{A, B}},
		// A missing value at i, j or k skips the 2-path.
		{name: "missing i", g: directed(3, [2]int32{0, 1}, [2]int32{1, 2}), group: []int{missing, A, A}},
		{name: "missing j", g: directed(3, [2]int32{0, 1}, [2]int32{1, 2}), group: []int{A, missing, A}},
		{name: "missing k", g: directed(3, [2]int32{0, 1}, [2]int32{1, 2}), group: []int{A, A, missing}},
		// A star through broker 0: in from 1 (A), 2 (B); out to 3 (A), 4 (B),
		// 5 (C), 6 (missing); 0 is A. 2 -> 4 exists, so 2 -> 0 -> 4 is closed:
		//   1->0->3 coordinator, 1->0->4 representative, 1->0->5 representative,
		//   2->0->3 gatekeeper, 2->0->5 liaison.
		// 4 -> 5 adds 2 -> 4 -> 5 (B B C: representative at 4); 0 -> 4 -> 5 is
		// closed by 0 -> 5.
		{
			name: "star with every role",
			g: directed(7, [2]int32{1, 0}, [2]int32{2, 0}, [2]int32{0, 3}, [2]int32{0, 4}, [2]int32{0, 5},
				[2]int32{0, 6}, [2]int32{2, 4}, [2]int32{4, 5}),
			group: []int{A, A, B, A, B, C, missing},
			nodes: map[int]Roles{
				0: {Coordinator: 1, Representative: 2, Gatekeeper: 1, Liaison: 1},
				4: {Representative: 1},
			},
			totals: Roles{Coordinator: 1, Representative: 3, Gatekeeper: 1, Liaison: 1},
		},
		// Two brokers of the same pair each count once (no 1/#brokers).
		{name: "two brokers", g: directed(4, [2]int32{0, 1}, [2]int32{1, 3}, [2]int32{0, 2}, [2]int32{2, 3}),
			group:  []int{A, B, B, A},
			nodes:  map[int]Roles{1: {Itinerant: 1}, 2: {Itinerant: 1}},
			totals: Roles{Itinerant: 2}},
	} {
		t.Run(c.name, func(t *testing.T) {
			nodes, totals := GouldFernandez(c.g, c.group)
			if len(nodes) != c.g.N() {
				t.Fatalf("%d nodes, want %d", len(nodes), c.g.N())
			}
			for j, r := range nodes {
				if r != c.nodes[j] {
					t.Errorf("node %d: %+v, want %+v", j, r, c.nodes[j])
				}
			}
			if totals != c.totals {
				t.Errorf("totals %+v, want %+v", totals, c.totals)
			}
		})
	}
}

func TestTotal(t *testing.T) {
	r := Roles{1, 2, 3, 4, 5}
	if r.Total() != 15 {
		t.Errorf("Total = %d", r.Total())
	}
}

// bruteForce counts roles over all triples with an adjacency matrix,
// exactly as sna's brokerage_R but skipping missing groups.
func bruteForce(g *csr.Graph, group []int) []Roles {
	n := g.N()
	out := make([]Roles, n)
	for i := range n {
		for j := range n {
			for k := range n {
				if i == j || j == k || i == k || !g.Has(i, j) || !g.Has(j, k) || g.Has(i, k) {
					continue
				}
				gi, gj, gk := group[i], group[j], group[k]
				if gi < 0 || gj < 0 || gk < 0 {
					continue
				}
				r := &out[j]
				switch {
				case gi == gj && gj == gk:
					r.Coordinator++
				case gi == gk:
					r.Itinerant++
				case gi == gj:
					r.Representative++
				case gj == gk:
					r.Gatekeeper++
				default:
					r.Liaison++
				}
			}
		}
	}
	return out
}

// Random graphs, dense enough for every role and with hubs whose rows are
// searched rather than merged, against the brute force; several workers.
func TestAgainstBruteForce(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	for seed := uint64(1); seed <= 8; seed++ {
		rng := rand.New(rand.NewPCG(seed, 2))
		n := 40 + rng.IntN(160)
		var arcs [][2]int32
		for range n * (2 + rng.IntN(8)) {
			arcs = append(arcs, [2]int32{int32(rng.IntN(n)), int32(rng.IntN(n))})
		}
		for k := range n { // hub 0 sends to everyone: its rows get searched
			arcs = append(arcs, [2]int32{0, int32(k)})
		}
		g := directed(n, arcs...)
		group := make([]int, n)
		for i := range group {
			group[i] = rng.IntN(4) - 1 // a quarter missing
		}
		nodes, totals := GouldFernandez(g, group)
		want := bruteForce(g, group)
		if !slices.Equal(nodes, want) {
			t.Errorf("seed %d: counts differ from brute force", seed)
		}
		var sum Roles
		for _, r := range want {
			sum.add(r)
		}
		if totals != sum {
			t.Errorf("seed %d: totals %+v, want %+v", seed, totals, sum)
		}
	}
}

// Sampson's monastery (liking at time 3) by group, against R sna 2.7-1:
// brokerage(m, group)$raw.nli. No value is missing, so sna and ties agree.
func TestSampson(t *testing.T) {
	dir := "../../../../testdata/public/sampson"
	if _, err := os.Stat(dir + "/ties.csv"); err != nil {
		t.Skipf("Sampson data not found at %s (the shared data folder beside the repository): %v", dir, err)
	}
	nw, _, err := importers.Load(importers.Options{People: dir + "/people.csv", Ties: dir + "/ties.csv", Strict: true})
	if err != nil {
		t.Fatal(err)
	}
	group, ok := groupsOf(nw, "group")
	if !ok {
		t.Fatal("no attribute group")
	}
	nodes, totals := GouldFernandez(csr.Directed(nw), group)
	// w_I w_O b_IO b_OI b_O, from R.
	want := map[string]Roles{
		"John Bosco": {2, 0, 3, 2, 0}, "Gregory": {4, 0, 0, 6, 0}, "Basil": {0, 0, 4, 2, 1},
		"Peter": {2, 0, 0, 4, 0}, "Bonaventure": {6, 0, 0, 4, 0}, "Berthold": {1, 0, 0, 1, 0},
		"Mark": {4, 0, 0, 3, 0}, "Victor": {0, 5, 0, 0, 0}, "Ambrose": {0, 1, 4, 1, 2},
		"Romauld": {0, 0, 0, 0, 0}, "Louis": {0, 0, 4, 0, 0}, "Winfrid": {6, 0, 0, 3, 0},
		"Amand": {0, 0, 2, 0, 2}, "Hugh": {1, 0, 0, 3, 0}, "Boniface": {3, 0, 0, 0, 0},
		"Albert": {1, 0, 0, 0, 0}, "Elias": {0, 0, 1, 0, 0}, "Simplicius": {0, 0, 1, 2, 1},
	}
	if len(want) != len(nodes) {
		t.Fatalf("%d people, want %d", len(nodes), len(want))
	}
	for id, w := range want {
		i, ok := nw.Index(id)
		if !ok {
			t.Fatalf("no person %q", id)
		}
		if nodes[i] != w {
			t.Errorf("%s: %+v, want %+v", id, nodes[i], w)
		}
	}
	if want := (Roles{30, 6, 19, 31, 6}); totals != want || totals.Total() != 92 {
		t.Errorf("totals %+v (total %d), want %+v (92)", totals, totals.Total(), want)
	}
}

func TestGroupsOf(t *testing.T) {
	dir := "../../../../testdata/public/sampson"
	if _, err := os.Stat(dir + "/people.csv"); err != nil {
		t.Skipf("Sampson data not found at %s: %v", dir, err)
	}
	nw, _, err := importers.Load(importers.Options{People: dir + "/people.csv", Strict: true})
	if err != nil {
		t.Fatal(err)
	}
	nw.SetAttr(1, 0, "") // Gregory's value missing
	group, ok := groupsOf(nw, "group")
	// Turks, (missing), Outcasts, Loyal, ...
	if !ok || !slices.Equal(group[:4], []int{0, -1, 1, 2}) {
		t.Errorf("groupsOf = %v, %v", group, ok)
	}
	if _, ok := groupsOf(nw, "nope"); ok {
		t.Error("unknown attribute accepted")
	}
}

// Self-arcs in a hand-built graph (csr.Build drops them) change nothing.
func TestSelfArcsIgnored(t *testing.T) {
	// 0 -> 1 -> 2 plus self-arcs at 0, 1 and 2.
	g := &csr.Graph{Off: []int{0, 2, 4, 5}, Adj: []int32{0, 1, 1, 2, 2}, W: []float64{1, 1, 1, 1, 1}}
	nodes, totals := GouldFernandez(g, []int{A, B, C})
	if nodes[1] != (Roles{Liaison: 1}) || totals.Total() != 1 {
		t.Errorf("nodes %+v totals %+v", nodes, totals)
	}
}

// The same counts with one and several workers.
func TestDeterministic(t *testing.T) {
	g := socialgen.HolmeKimDirected(5000, 10, 0.18, 5)
	group := make([]int, g.N())
	for i := range group {
		group[i] = i%7 - 1
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	one, t1 := GouldFernandez(g, group)
	runtime.GOMAXPROCS(3)
	three, t3 := GouldFernandez(g, group)
	if !slices.Equal(one, three) || t1 != t3 || t1.Total() == 0 {
		t.Errorf("counts differ between 1 and 3 workers (totals %+v, %+v)", t1, t3)
	}
}
