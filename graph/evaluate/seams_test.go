package evaluate

import (
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
)

// On a LinkedIn-style star with two clubs the analysis counts shared clubs
// as ties in its structure view; the ego's contacts are still only its
// neighbours in the tie view (docs/spec/evaluate.md: sharing a network does
// not make two people contacts).
func TestContactsAreTieViewNeighbours(t *testing.T) {
	nw := graph.New()
	me, _ := nw.AddPerson("me", "")
	nw.Ego = me
	for _, id := range []string{"a", "b", "c"} {
		i, _ := nw.AddPerson(id, "")
		_ = nw.AddTie(graph.Tie{From: me, To: i, Weight: 1, Type: nw.AddTieType("linkedin"), Mutual: true})
	}
	x, _ := nw.AddPerson("x", "") // in a club with the ego, not a contact
	nw.Normalize()
	for name, members := range map[string][]int{"Club A": {me, 1, 2, x}, "Club B": {2, 3}} {
		g, _ := nw.AddGroup(name)
		for _, m := range members {
			nw.AddMember(g, m, "")
		}
	}
	r, err := analysis.Run(nw, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !r.GroupTies || !r.Views.Structure.Has(me, x) || r.Views.Tie.Has(me, x) {
		t.Fatalf("the structure view should join x to the ego through Club A, the tie view not")
	}
	e, err := newEval(r, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range nw.People {
		if want := r.Views.Tie.Has(me, i); e.contact[i] != want {
			t.Errorf("%s: contact %v, want %v (tie view)", nw.People[i].ID, e.contact[i], want)
		}
	}
}
