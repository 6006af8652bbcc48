package graph_test

import (
	"fmt"

	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"
	"gonum.org/v1/gonum/graph/topo"

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

// The model's views are gonum graphs: any gonum algorithm runs on them.
// Here gonum's Dijkstra finds who is how many steps from the ego, and
// gonum's connected components split the network (node ID i is person i).
func ExampleNetwork_Undirected() {
	nw := graph.New()
	for _, id := range []string{"me", "asa", "erik", "mikko", "noor"} {
		nw.AddPerson(id, "")
	}
	for _, t := range [][2]int{{0, 1}, {1, 2}, {2, 3}} {
		nw.AddTie(graph.Tie{From: t[0], To: t[1], Weight: 1})
	}
	nw.Normalize()
	u := nw.Undirected()
	paths := path.DijkstraFrom(simple.Node(0), u)
	for i, p := range nw.People {
		steps := paths.WeightTo(int64(i))
		fmt.Printf("%s: %v\n", p.ID, steps)
	}
	fmt.Println("components:", len(topo.ConnectedComponents(u)))
	// Output:
	// me: 0
	// asa: 1
	// erik: 2
	// mikko: 3
	// noor: +Inf
	// components: 2
}
