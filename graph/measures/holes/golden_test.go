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
	golden.ForEach(t, func(t *testing.T, s *golden.Set) {
		if !s.HasTies() {
			t.Skipf("set %s has no ties (two-mode only): structural holes do not apply", s.Name)
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
