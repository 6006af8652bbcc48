package render

import (
	"regexp"
	"slices"
	"strconv"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
)

// starWithClubs is a LinkedIn-style export (the ego tied to six contacts,
// no ties among them) and two clubs of those contacts: the ties alone are a
// star, so the analysis counts shared clubs as ties in its structure view.
func starWithClubs(t *testing.T) *analysis.Result {
	t.Helper()
	nw := graph.New()
	me, _ := nw.AddPerson("me", "Me")
	nw.Ego = me
	for _, id := range []string{"a", "b", "c", "d", "e", "f"} {
		i, _ := nw.AddPerson(id, "")
		if err := nw.AddTie(graph.Tie{From: me, To: i, Weight: 1, Type: nw.AddTieType("linkedin"), Mutual: true}); err != nil {
			t.Fatal(err)
		}
	}
	nw.Normalize()
	for name, members := range map[string][]int{"Club A": {1, 2, 3}, "Club B": {4, 5, 6}} {
		g, _ := nw.AddGroup(name)
		for _, m := range members {
			nw.AddMember(g, m, "")
		}
	}
	r, err := analysis.Run(nw, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !r.GroupTies {
		t.Fatal("a star with clubs should count shared clubs as ties")
	}
	return r
}

var insideRE = regexp.MustCompile(`ties inside: (\d+)`)

// The communities view counts the links of the view Louvain ran on (ties
// and shared clubs), not the ties alone: on a star, no community but the
// ego's would have a tie inside it.
func TestCommunitiesCountWhatLouvainRanOn(t *testing.T) {
	r := starWithClubs(t)
	p, err := Build(r, Options{View: ViewCommunities})
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, m := range insideRE.FindAllSubmatch(p.DOT, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		got = append(got, n)
	}
	// Count the same from the structure view and the communities.
	want := make([]int, r.Undirected.Communities)
	size := make([]int, r.Undirected.Communities)
	st := r.Views.Structure
	for i := range st.N() {
		size[r.Communities[i]]++
		for _, j := range st.Neighbors(i) {
			if int(j) > i && r.Communities[j] == r.Communities[i] {
				want[r.Communities[i]]++
			}
		}
	}
	var wantShown []int
	for c, n := range want {
		if size[c] >= 2 {
			wantShown = append(wantShown, n)
		}
	}
	slices.Sort(got)
	slices.Sort(wantShown)
	if !slices.Equal(got, wantShown) {
		t.Errorf("ties inside per community %v, want %v (structure view)", got, wantShown)
	}
	for _, n := range got {
		if n == 0 {
			t.Errorf("a community of several people has no tie inside: %v", got)
		}
	}
}
