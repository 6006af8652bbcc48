package bridges

import (
	"fmt"
	"slices"
	"testing"

	"github.com/tiesnet/ties/graph/internal/golden"
)

// TestGolden compares network.undirected.{bridges, local_bridges,
// articulation_points} of every reference set to NetworkX's, exactly and in
// order: pairs are written as [id_a, id_b(, span)] with the node earlier
// in people.csv first, sorted in node order; a null span is -1 here.
func TestGolden(t *testing.T) {
	golden.ForEach(t, func(t *testing.T, s *golden.Set) {
		if !s.HasTies() {
			t.Skipf("set %s has no ties (two-mode only): bridges do not apply", s.Name)
		}
		r := Analyze(s.U)
		id := func(i int) string { return s.Network.People[i].ID }
		var br, lb, ap []string
		for _, e := range r.Bridges {
			br = append(br, fmt.Sprint([]string{id(e.U), id(e.V)}))
		}
		for _, e := range r.LocalBridges {
			span := "<nil>"
			if e.Span >= 0 {
				span = fmt.Sprint(e.Span)
			}
			lb = append(lb, fmt.Sprint([]string{id(e.U), id(e.V), span}))
		}
		for _, i := range r.ArticulationPoints {
			ap = append(ap, id(i))
		}
		for _, c := range []struct {
			key string
			got []string
		}{{"bridges", br}, {"local_bridges", lb}, {"articulation_points", ap}} {
			v, ok := s.Get("network", "undirected", c.key)
			if !ok {
				t.Fatalf("no golden network.undirected.%s", c.key)
			}
			var want []string
			for _, x := range v.([]any) {
				switch x := x.(type) {
				case string:
					want = append(want, x)
				case []any:
					parts := make([]string, len(x))
					for k, p := range x {
						if f, ok := p.(float64); ok {
							parts[k] = fmt.Sprint(int(f))
						} else {
							parts[k] = fmt.Sprint(p)
						}
					}
					want = append(want, fmt.Sprint(parts))
				}
			}
			if !slices.Equal(c.got, want) {
				t.Errorf("%s:\n got %v\nwant %v", c.key, c.got, want)
			}
		}
		if len(r.LocalBridges) < len(r.Bridges) {
			t.Errorf("%d local bridges < %d bridges", len(r.LocalBridges), len(r.Bridges))
		}
	})
}
