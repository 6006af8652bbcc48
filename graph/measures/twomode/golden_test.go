package twomode_test

import (
	"fmt"
	"slices"
	"sort"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/internal/golden"
	"github.com/tiesnet/ties/graph/measures/twomode"
)

// TestGolden compares Analyze with two_mode.* of every golden set that has
// memberships (davis): counts exactly. The golden file keys groups by name
// and people by id and writes pairs with the smaller id (as a string)
// first, sorted; the comparison maps ours the same way.
func TestGolden(t *testing.T) {
	sets := 0
	golden.ForEach(t, func(t *testing.T, s *golden.Set) {
		if s.Memberships == "" {
			t.Skipf("set %s has no memberships (one-mode): no two_mode key in its golden file", s.Name)
		}
		sets++
		compareTwoMode(t, s, twomode.Analyze(s.Network, graph.ProjectionOptions{}))
	})
	if sets == 0 {
		t.Fatal("no golden set with memberships")
	}
}

func compareTwoMode(t *testing.T, s *golden.Set, r twomode.Result) {
	get := func(keys ...string) any {
		t.Helper()
		v, ok := s.Get(append([]string{"two_mode"}, keys...)...)
		if !ok {
			t.Fatalf("no golden two_mode.%v", keys)
		}
		return v
	}
	id := func(i int) string { return s.Network.People[i].ID }
	eq := func(key string, got int, want any) {
		t.Helper()
		if w, ok := want.(float64); !ok || float64(got) != w {
			t.Errorf("%s = %d, want %v", key, got, want)
		}
	}

	eq("n_groups", len(r.Groups), get("n_groups"))
	eq("n_memberships", r.Memberships, get("n_memberships"))
	groups := get("groups").(map[string]any)
	if len(groups) != len(r.Groups) {
		t.Errorf("%d groups, want %d", len(r.Groups), len(groups))
	}
	for _, g := range r.Groups {
		w, ok := groups[g.Name].(map[string]any)
		if !ok {
			t.Errorf("group %q not in golden", g.Name)
			continue
		}
		eq("size of "+g.Name, g.Size, w["size"])
		var got, want []string
		for _, i := range g.Members {
			got = append(got, id(i))
		}
		for _, m := range w["members"].([]any) {
			want = append(want, m.(string))
		}
		sort.Strings(got)
		if !slices.Equal(got, want) {
			t.Errorf("members of %s = %v, want %v", g.Name, got, want)
		}
		if !slices.IsSorted(g.Members) || len(g.Members) != g.Size {
			t.Errorf("members of %s not ascending or not Size long: %v", g.Name, g.Members)
		}
	}
	for key, got := range map[string][]int{"person_group_count": r.PersonGroupCount, "projection.degree": r.Degree} {
		keys := []string{key}
		if key == "projection.degree" {
			keys = []string{"projection", "degree"}
		}
		want := get(keys...).(map[string]any)
		for i, v := range got {
			eq(fmt.Sprintf("%s of %q", key, id(i)), v, want[id(i)])
		}
	}
	strength := get("projection", "strength").(map[string]any)
	for i, v := range r.Strength {
		if w, ok := strength[id(i)].(float64); !ok || v != w {
			t.Errorf("strength of %q = %v, want %v", id(i), v, strength[id(i)])
		}
	}

	eq("projection.n_edges", r.Pairs, get("projection", "n_edges"))
	var pe []string
	for _, e := range s.Network.ProjectedEdges(graph.ProjectionOptions{}) {
		if float64(e.Shared) != e.Weight {
			t.Errorf("edge %v: weight %v is not its shared count without options", e, e.Weight)
		}
		pe = append(pe, pair(id(e.From), id(e.To), e.Shared))
	}
	compareEdges(t, "projection.edges", pe, get("projection", "edges"))
	var ge []string
	for _, e := range r.GroupProjection {
		ge = append(ge, pair(r.Groups[e.A].Name, r.Groups[e.B].Name, e.Shared))
	}
	compareEdges(t, "group_projection.edges", ge, get("group_projection", "edges"))
}

// pair writes an edge as the golden file does: smaller id first.
func pair(a, b string, w int) string {
	if b < a {
		a, b = b, a
	}
	return fmt.Sprintf("%s|%s|%d", a, b, w)
}

func compareEdges(t *testing.T, key string, got []string, golden any) {
	t.Helper()
	var want []string
	for _, e := range golden.([]any) {
		e := e.([]any)
		want = append(want, fmt.Sprintf("%s|%s|%v", e[0], e[1], e[2]))
	}
	sort.Strings(got)
	sort.Strings(want) // as strings: "E10|" sorts before "E1|"
	if !slices.Equal(got, want) {
		t.Errorf("%s: got %d edges, want %d; first difference at %d", key, len(got), len(want), firstDiff(got, want))
	}
}

func firstDiff(a, b []string) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
