package graph_test

import (
	"fmt"

	"github.com/tiesnet/ties/graph"
)

// A LinkedIn export alone is a star; a shared network among two contacts
// gives the first tie among them.
func ExampleNetwork_Structure() {
	nw := graph.New()
	me, _ := nw.AddPerson("me", "Karin")
	nw.Ego = me
	for _, id := range []string{"asa", "erik", "mikko"} {
		c, _ := nw.AddPerson(id, "")
		nw.AddTie(graph.Tie{From: me, To: c, Weight: 1, Mutual: true})
	}
	fmt.Println(nw.Structure(graph.ProjectionOptions{}).Shape)

	club, _ := nw.AddGroup("Runners")
	nw.AddMember(club, 1, "")
	nw.AddMember(club, 2, "")
	s := nw.Structure(graph.ProjectionOptions{})
	fmt.Println(s.Shape, s.Pairs, s.AmongOthers)
	// Output:
	// star
	// network 4 1
}
