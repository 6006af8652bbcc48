package bridges

import (
	"encoding/json"
	"os"
	"slices"
	"testing"

	"github.com/tiesnet/ties/graph/csr"
)

// TestNetworkXRandom compares bridges, local bridges with spans and
// articulation points to NetworkX on 30 random graphs (trees with extra
// ties, G(n, p), small worlds; testdata/nx_random.json, made by
// testdata/make_nx.py), on one and on several workers.
func TestNetworkXRandom(t *testing.T) {
	b, err := os.ReadFile("testdata/nx_random.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Cases []struct {
			N                  int
			Edges              [][2]int32
			Bridges            [][2]int
			LocalBridges       [][3]int `json:"local_bridges"`
			ArticulationPoints []int    `json:"articulation_points"`
		}
	}
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	if len(ref.Cases) == 0 {
		t.Fatal("no cases")
	}
	defer func(m int) { minParallel = m }(minParallel)
	minParallel = 0
	for ci, c := range ref.Cases {
		var arcs []csr.Arc
		for _, e := range c.Edges {
			arcs = append(arcs, csr.Arc{From: e[0], To: e[1], W: 1})
		}
		g := csr.Build(c.N, arcs, true)
		br, ap := cut(g)
		var gotBr [][2]int
		for _, e := range br {
			gotBr = append(gotBr, [2]int{e.U, e.V})
		}
		if !slices.Equal(gotBr, c.Bridges) {
			t.Errorf("case %d: bridges %v, want %v", ci, gotBr, c.Bridges)
		}
		if !slices.Equal(ap, c.ArticulationPoints) {
			t.Errorf("case %d: articulation points %v, want %v", ci, ap, c.ArticulationPoints)
		}
		for _, workers := range []int{1, 3} {
			var got [][3]int
			for _, e := range localBridges(g, br, workers) {
				got = append(got, [3]int{e.U, e.V, e.Span})
			}
			if !slices.Equal(got, c.LocalBridges) {
				t.Errorf("case %d, %d workers: local bridges %v, want %v", ci, workers, got, c.LocalBridges)
			}
		}
	}
}
