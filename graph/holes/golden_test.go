package holes

import (
	"testing"

	"github.com/tiesnet/ties/graph/internal/golden"
)

// TestGolden compares every measure, in both models, unweighted and (on
// weighted sets) weighted, to the NetworkX values of every reference set:
// nodes.{constraint,effective_size,efficiency,hierarchy}[_ego][_weighted].
//
// On the directed set, U's weights are the sums of both directions, so
// constraint_weighted there is also the check that ties' constraint of U
// equals NetworkX's nx.constraint(D, weight) with mutual weights a_ij + a_ji
// (make_golden.py computes it on U; the two agree to 3e-16).
func TestGolden(t *testing.T) {
	names := golden.Names(t)
	if len(names) == 0 {
		t.Skip("no golden sets under testdata/golden")
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			s := golden.Load(t, name)
			if s.Ties == "" {
				// Two-mode only (davis): no ties, so no structural holes in
				// its golden file.
				t.Skip("no ties: structural holes do not apply")
			}
			for _, weighted := range []bool{false, true} {
				if weighted && !s.Weighted {
					continue // unweighted sets have no _weighted keys
				}
				for _, model := range []Model{Whole, EgoNetwork} {
					opt := Options{Weighted: weighted, Model: model}
					suffix := ""
					if model == EgoNetwork {
						suffix = "_ego"
					}
					if weighted {
						suffix += "_weighted"
					}
					r := Analyze(s.U, opt)
					s.CompareNodes(t, "constraint"+suffix, r.Constraint)
					s.CompareNodes(t, "effective_size"+suffix, r.EffectiveSize)
					s.CompareNodes(t, "efficiency"+suffix, r.Efficiency)
					s.CompareNodes(t, "hierarchy"+suffix, r.Hierarchy)
				}
			}
		})
	}
}
