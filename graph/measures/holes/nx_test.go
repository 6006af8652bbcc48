package holes

import (
	"encoding/json"
	"math"
	"os"
	"testing"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/internal/golden"
)

// TestNetworkXRandom compares every measure, in both models, unweighted
// and weighted, on one and on several workers, to NetworkX on 12 random
// graphs (testdata/nx_random.json, made by testdata/make_nx.py): weights
// other than 1 and the weighted ego-network model are exercised more
// there than in the golden sets.
func TestNetworkXRandom(t *testing.T) {
	b, err := os.ReadFile("testdata/nx_random.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Cases []map[string]any
	}
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	defer func(m int) { minParallel = m }(minParallel)
	minParallel = 0
	compared := 0
	for ci, c := range ref.Cases {
		n := int(c["n"].(float64))
		var arcs []csr.Arc
		for _, e := range c["edges"].([]any) {
			e := e.([]any)
			arcs = append(arcs, csr.Arc{From: int32(e[0].(float64)), To: int32(e[1].(float64)), W: e[2].(float64)})
		}
		g := csr.Build(n, arcs, true)
		for _, weighted := range []bool{false, true} {
			for _, model := range []Model{Whole, EgoNetwork} {
				for _, workers := range []int{1, 2} {
					r := Analyze(g, Options{Weighted: weighted, Model: model, Workers: workers})
					sfx := ""
					if model == EgoNetwork {
						sfx = "_ego"
					}
					if weighted {
						sfx += "_weighted"
					}
					for _, m := range []struct {
						key string
						got []float64
					}{{"constraint", r.Constraint}, {"effective_size", r.EffectiveSize}, {"hierarchy", r.Hierarchy}} {
						want := c[m.key+sfx].([]any)
						for i := range n {
							w := math.NaN()
							if want[i] != nil {
								w = want[i].(float64)
							}
							if !golden.Close(m.got[i], w) {
								t.Errorf("case %d: %s%s of node %d = %v, want %v", ci, m.key, sfx, i, m.got[i], w)
							}
							compared++
						}
					}
				}
			}
		}
	}
	if compared == 0 {
		t.Fatal("nothing compared")
	}
}
