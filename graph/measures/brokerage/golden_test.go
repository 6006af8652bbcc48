package brokerage

import (
	"testing"

	"github.com/tiesnet/ties/graph/internal/golden"
)

// TestGolden compares brokerage.<attr>.{nodes, totals} of testdata/golden
// on every directed set, for every attribute in meta.json: the golden file
// has dept (equal to R sna's raw.nli there) and country (missing values
// skipped, from make_golden.py's implementation of the spec); an attribute
// without values (empty) has no golden entry and must give no counts.
func TestGolden(t *testing.T) {
	compared := 0
	golden.ForEach(t, func(t *testing.T, s *golden.Set) {
		if !s.Directed {
			t.Skipf("set %s is not directed (meta.json directed: false): brokerage does not apply", s.Name)
		}
		for _, attr := range s.Attributes {
			group, ok := groupsOf(s.Network, attr)
			if !ok {
				t.Fatalf("attribute %s not loaded", attr)
			}
			nodes, totals := GouldFernandez(s.D, group)
			g, ok := s.Get("brokerage", attr)
			if !ok {
				if totals.Total() != 0 {
					t.Errorf("%s: no golden brokerage but %+v", attr, totals)
				}
				continue
			}
			compared++
			want := g.(map[string]any)
			byID := want["nodes"].(map[string]any)
			if len(byID) != len(nodes) {
				t.Errorf("%s: golden has %d people, want %d", attr, len(byID), len(nodes))
			}
			for i, p := range s.Network.People {
				w, ok := byID[p.ID].(map[string]any)
				if !ok {
					t.Errorf("%s: no golden counts for %s", attr, p.ID)
					continue
				}
				checkRoles(t, attr+" "+p.ID, nodes[i], w)
			}
			checkRoles(t, attr+" totals", totals, want["totals"].(map[string]any))
		}
	})
	if compared == 0 {
		t.Error("no golden brokerage compared")
	}
}

func checkRoles(t *testing.T, what string, got Roles, want map[string]any) {
	t.Helper()
	for _, c := range []struct {
		key string
		got int
	}{
		{"coordinator", got.Coordinator},
		{"itinerant", got.Itinerant},
		{"representative", got.Representative},
		{"gatekeeper", got.Gatekeeper},
		{"liaison", got.Liaison},
		{"total", got.Total()},
	} {
		w, ok := want[c.key].(float64)
		if !ok {
			t.Errorf("%s: no golden %s", what, c.key)
		} else if float64(c.got) != w {
			t.Errorf("%s: %s = %d, want %v", what, c.key, c.got, w)
		}
	}
}
