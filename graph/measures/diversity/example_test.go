package diversity_test

import (
	"fmt"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/measures/diversity"
)

// How varied are the professions in a small network, and does each person
// reach beyond their own?
func Example() {
	nw := graph.New()
	prof := nw.Attribute("profession")
	for _, p := range [][2]string{{"ana", "nurse"}, {"bo", "nurse"}, {"cy", "engineer"}, {"di", "teacher"}, {"ed", ""}} {
		i, _ := nw.AddPerson(p[0], "")
		nw.SetAttr(i, prof, p[1])
	}
	for _, t := range [][2]int{{0, 1}, {0, 2}, {0, 3}, {1, 4}, {2, 3}} {
		nw.AddTie(graph.Tie{From: t[0], To: t[1], Weight: 1, Mutual: true})
	}
	nw.Normalize()
	a := diversity.Encode(nw, prof)
	u := csr.Undirected(nw)

	s := diversity.OfAll(a)
	fmt.Printf("%v of %d with a value, K=%d: Blau %.3f, IQV %.3f\n", a.Categories, s.N, s.K, s.Blau, s.IQV)
	ei := diversity.EIUndirected(u, a)
	fmt.Printf("E-I %d external, %d internal: %.2f\n", ei.External, ei.Internal, ei.Index)
	fmt.Printf("assortativity %.3f\n", diversity.Assortativity(u, a, false))

	e := diversity.EgoDiversity(u, a)
	for i, p := range nw.People {
		fmt.Printf("%s: %d alters, Blau %.3f, E-I %.2f\n", p.ID, e.NAlters[i], e.Blau[i], e.Index[i])
	}
	// Output:
	// [nurse engineer teacher] of 4 with a value, K=3: Blau 0.625, IQV 0.937
	// E-I 3 external, 1 internal: 0.50
	// assortativity -0.200
	// ana: 3 alters, Blau 0.667, E-I 0.33
	// bo: 1 alters, Blau 0.000, E-I -1.00
	// cy: 2 alters, Blau 0.500, E-I 1.00
	// di: 2 alters, Blau 0.500, E-I 1.00
	// ed: 1 alters, Blau 0.000, E-I NaN
}
