package twomode_test

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/measures/twomode"
)

// network makes people p0..p(n-1) and the given groups (member indices).
func network(n int, groups map[string][]int, order ...string) *graph.Network {
	nw := graph.New()
	for i := 0; i < n; i++ {
		nw.AddPerson(fmt.Sprintf("p%d", i), "")
	}
	for _, name := range order {
		g, _ := nw.AddGroup(name)
		for _, i := range groups[name] {
			nw.AddMember(g, i, "")
		}
	}
	return nw
}

func TestAnalyze(t *testing.T) {
	// club {3, 0, 1} (read out of order), choir {1, 2}, book {4}; p5 in no group.
	nw := network(6, map[string][]int{"club": {3, 0, 1}, "choir": {1, 2}, "book": {4}}, "club", "choir", "book")
	nw.AddMember(0, 0, "") // a duplicate counts once
	type pe = graph.ProjectedEdge
	tests := []struct {
		name     string
		opt      graph.ProjectionOptions
		proj     []pe
		degree   []int
		strength []float64
		dominant int
		share    float64
		above    []int // groups above the cap
	}{{
		name:   "shared-group counts",
		proj:   []pe{{From: 0, To: 1, Weight: 1, Shared: 1}, {From: 0, To: 3, Weight: 1, Shared: 1}, {From: 1, To: 2, Weight: 1, Shared: 1}, {From: 1, To: 3, Weight: 1, Shared: 1}},
		degree: []int{2, 3, 1, 2, 0, 0}, strength: []float64{2, 3, 1, 2, 0, 0},
		// club: C(3,2) = 3 pairs of 3 + 1
		dominant: 0, share: 0.75,
	}, {
		// Newman: club weighs 1/(3−1), choir 1/(2−1)
		name: "Newman weighting", opt: graph.ProjectionOptions{Newman: true},
		proj:   []pe{{From: 0, To: 1, Weight: 0.5, Shared: 1}, {From: 0, To: 3, Weight: 0.5, Shared: 1}, {From: 1, To: 2, Weight: 1, Shared: 1}, {From: 1, To: 3, Weight: 0.5, Shared: 1}},
		degree: []int{2, 3, 1, 2, 0, 0}, strength: []float64{1, 2, 1, 1, 0, 0},
		dominant: 0, share: 0.75, // pairs, not weights
	}, {
		// the cap leaves out the club (3 > 2) from the pairs that join the
		// measures, not from the projection's figures
		name: "size cap", opt: graph.ProjectionOptions{MaxGroupSize: 2},
		proj:   []pe{{From: 1, To: 2, Weight: 1, Shared: 1}},
		degree: []int{2, 3, 1, 2, 0, 0}, strength: []float64{2, 3, 1, 2, 0, 0},
		dominant: 1, share: 1, above: []int{0},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := twomode.Analyze(nw, tt.opt)
			wantGroups := []twomode.Group{{Name: "club", Size: 3, Members: []int{0, 1, 3}}, {Name: "choir", Size: 2, Members: []int{1, 2}}, {Name: "book", Size: 1, Members: []int{4}}}
			if len(r.Groups) != 3 {
				t.Fatalf("groups %+v", r.Groups)
			}
			for g, w := range wantGroups {
				if got := r.Groups[g]; got.Name != w.Name || got.Size != w.Size || !slices.Equal(got.Members, w.Members) {
					t.Errorf("group %d = %+v, want %+v", g, got, w)
				}
			}
			if r.Memberships != 6 || !slices.Equal(r.PersonGroupCount, []int{1, 2, 1, 1, 1, 0}) {
				t.Errorf("memberships %d, per person %v", r.Memberships, r.PersonGroupCount)
			}
			if got := projection(nw, tt.opt); !slices.Equal(got, tt.proj) {
				t.Errorf("projection %+v, want %+v", got, tt.proj)
			}
			// Pairs, Degree and Strength count every group; 4 pairs, 3 of
			// them from the club.
			if r.Pairs != 4 || r.ImpliedPairs != 4 || r.Components != 3 || r.LargestComponent != 4 || !slices.Equal(r.AboveCap, tt.above) {
				t.Errorf("pairs %d implied %d components %d largest %d above cap %v, want 4 4 3 4 %v",
					r.Pairs, r.ImpliedPairs, r.Components, r.LargestComponent, r.AboveCap, tt.above)
			}
			if !slices.Equal(r.Degree, tt.degree) || !slices.Equal(r.Strength, tt.strength) {
				t.Errorf("degree %v strength %v, want %v %v", r.Degree, r.Strength, tt.degree, tt.strength)
			}
			// club and choir share p1, whatever the options
			if want := []twomode.GroupEdge{{A: 0, B: 1, Shared: 1}}; !slices.Equal(r.GroupProjection, want) {
				t.Errorf("group projection %+v, want %+v", r.GroupProjection, want)
			}
			if r.Dominant != tt.dominant || math.Abs(r.DominantShare-tt.share) > 1e-15 {
				t.Errorf("dominant %d share %v, want %d %v", r.Dominant, r.DominantShare, tt.dominant, tt.share)
			}
		})
	}
}

// One 50-member association among small groups makes almost all the
// projected ties: Analyze names it, and a cap of 20 takes it out.
func TestDominance(t *testing.T) {
	groups := map[string][]int{}
	order := []string{"board", "assoc", "team", "lunch"}
	for i := 0; i < 50; i++ {
		groups["assoc"] = append(groups["assoc"], i+5)
	}
	groups["board"] = []int{0, 1, 2, 3, 4} // 10 pairs
	groups["team"] = []int{0, 5, 6}        // 3 pairs
	groups["lunch"] = []int{1, 7, 8, 9}    // 6 pairs
	nw := network(60, groups, order...)

	r := twomode.Analyze(nw, graph.ProjectionOptions{})
	total := 1225.0 + 10 + 3 + 6 // C(50,2) = 1225
	if r.Dominant != 1 || math.Abs(r.DominantShare-1225/total) > 1e-15 || !r.Dominates() {
		t.Errorf("dominant %d share %v dominates %v, want assoc (1) %v", r.Dominant, r.DominantShare, r.Dominates(), 1225/total)
	}
	shared := 0
	for _, e := range projection(nw, graph.ProjectionOptions{}) {
		shared += e.Shared
	}
	if float64(shared) != total {
		t.Errorf("Σ shared over projection edges = %d, want Σ C(size,2) = %v", shared, total)
	}
	// team and lunch share members 5..9 with assoc: 2 and 3 of them
	want := []twomode.GroupEdge{{A: 0, B: 2, Shared: 1}, {A: 0, B: 3, Shared: 1}, {A: 1, B: 2, Shared: 2}, {A: 1, B: 3, Shared: 3}}
	if !slices.Equal(r.GroupProjection, want) {
		t.Errorf("group projection %+v, want %+v", r.GroupProjection, want)
	}

	capped := twomode.Analyze(nw, graph.ProjectionOptions{MaxGroupSize: 20})
	if capped.Dominant != 0 || math.Abs(capped.DominantShare-10.0/19) > 1e-15 || !capped.Dominates() {
		t.Errorf("capped: dominant %d share %v, want board (0) 10/19", capped.Dominant, capped.DominantShare)
	}
	// The cap keeps assoc's pairs out of the measures, not out of the
	// projection's figures.
	if capped.Pairs != r.Pairs || capped.ImpliedPairs != int64(total) || !slices.Equal(capped.AboveCap, []int{1}) ||
		!slices.Equal(capped.GroupProjection, r.GroupProjection) {
		t.Errorf("capped: %d projection edges (want %d), implied %d, above cap %v; group projection %+v",
			capped.Pairs, r.Pairs, capped.ImpliedPairs, capped.AboveCap, capped.GroupProjection)
	}
	if n := len(projection(nw, graph.ProjectionOptions{MaxGroupSize: 20})); n != 19 {
		t.Errorf("capped: %d pairs join the measures, want 19", n)
	}

	even := twomode.Analyze(network(6, map[string][]int{"a": {0, 1, 2}, "b": {3, 4, 5}}, "a", "b"), graph.ProjectionOptions{})
	if even.Dominant != 0 || even.DominantShare != 0.5 || even.Dominates() {
		t.Errorf("two equal groups: dominant %d share %v dominates %v, want 0 0.5 false", even.Dominant, even.DominantShare, even.Dominates())
	}
}

func TestAnalyzeEdgeCases(t *testing.T) {
	// no groups; a group of one: no pairs, Dominant -1
	for _, nw := range []*graph.Network{network(3, nil), network(3, map[string][]int{"solo": {2}}, "solo")} {
		r := twomode.Analyze(nw, graph.ProjectionOptions{})
		if r.Dominant != -1 || r.DominantShare != 0 || r.Dominates() || r.Pairs != 0 || len(r.GroupProjection) != 0 {
			t.Errorf("%+v", r)
		}
		if len(r.Degree) != 3 || len(r.Strength) != 3 || len(r.PersonGroupCount) != 3 {
			t.Errorf("per-person slices not n long: %+v", r)
		}
	}
	// no people at all
	if r := twomode.Analyze(graph.New(), graph.ProjectionOptions{}); len(r.Groups) != 0 || r.Dominant != -1 {
		t.Errorf("%+v", r)
	}
}

// An organisation attribute adds a group per value, after the named groups.
func TestOrganizationAttribute(t *testing.T) {
	nw := network(4, map[string][]int{"club": {0, 1}}, "club")
	org := nw.Attribute("organization")
	for i, v := range []string{"Acme", "", "Acme", "Acme"} {
		nw.SetAttr(i, org, v)
	}
	r := twomode.Analyze(nw, graph.ProjectionOptions{OrganizationAttribute: "organization"})
	if len(r.Groups) != 2 || r.Groups[1].Name != "Acme" || !r.Groups[1].Organization || r.Groups[0].Organization ||
		!slices.Equal(r.Groups[1].Members, []int{0, 2, 3}) {
		t.Fatalf("groups %+v", r.Groups)
	}
	if r.Memberships != 5 || !slices.Equal(r.PersonGroupCount, []int{2, 1, 1, 1}) || r.Pairs != 4 {
		t.Errorf("memberships %d per person %v projection %d pairs", r.Memberships, r.PersonGroupCount, r.Pairs)
	}
	if want := []twomode.GroupEdge{{A: 0, B: 1, Shared: 1}}; !slices.Equal(r.GroupProjection, want) {
		t.Errorf("group projection %+v", r.GroupProjection)
	}
}

// projection collects the pairs Bipartite.EachPair visits, in index order.
func projection(nw *graph.Network, opt graph.ProjectionOptions) []graph.ProjectedEdge {
	var out []graph.ProjectedEdge
	twomode.NewBipartite(nw, opt).EachPair(twomode.ProjectOptions{MaxGroupSize: opt.MaxGroupSize, Newman: opt.Newman}, nil,
		func(a, b, shared int, w float64) {
			out = append(out, graph.ProjectedEdge{From: a, To: b, Weight: w, Shared: shared})
		})
	return out
}

// EachPair visits the same pairs as the materialised projection
// (graph.Network.ProjectedEdges), in index order or in any rank order.
func TestEachPairMatchesProjectedEdges(t *testing.T) {
	groups := map[string][]int{"a": {0, 1, 2, 3}, "b": {2, 3, 4}, "c": {5, 1, 4, 6}, "d": {7}}
	nw := network(9, groups, "a", "b", "c", "d")
	for _, opt := range []graph.ProjectionOptions{{}, {Newman: true}, {MaxGroupSize: 3}} {
		want := nw.ProjectedEdges(opt)
		if got := projection(nw, opt); !slices.Equal(got, want) {
			t.Errorf("%+v: %+v, want %+v", opt, got, want)
		}
		// A reversed rank visits the same pairs with their ends swapped,
		// in the rank order of the first end, then of the second.
		rank := make([]int32, 9)
		for i := range rank {
			rank[i] = int32(8 - i)
		}
		var got []graph.ProjectedEdge
		last := [2]int32{-1, -1}
		twomode.NewBipartite(nw, opt).EachPair(twomode.ProjectOptions{MaxGroupSize: opt.MaxGroupSize, Newman: opt.Newman}, rank,
			func(a, b, shared int, w float64) {
				if k := [2]int32{rank[a], rank[b]}; k[0] >= k[1] || k[0] < last[0] || (k[0] == last[0] && k[1] <= last[1]) {
					t.Errorf("%+v: pair %d-%d out of rank order", opt, a, b)
				} else {
					last = k
				}
				got = append(got, graph.ProjectedEdge{From: b, To: a, Weight: w, Shared: shared})
			})
		slices.SortFunc(got, func(x, y graph.ProjectedEdge) int {
			if x.From != y.From {
				return x.From - y.From
			}
			return x.To - y.To
		})
		if !slices.Equal(got, want) {
			t.Errorf("%+v reversed: %+v, want %+v", opt, got, want)
		}
	}
}
