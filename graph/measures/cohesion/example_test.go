package cohesion_test

import (
	"fmt"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/measures/cohesion"
)

// The worked example of the metrics specification (Borgatti's), plus an
// isolate H.
func Example() {
	names := []string{"A", "B", "C", "D", "E", "F", "G", "H"}
	id := func(s string) int32 {
		for i, n := range names {
			if n == s {
				return int32(i)
			}
		}
		panic(s)
	}
	var arcs []csr.Arc
	for _, e := range [][2]string{{"A", "B"}, {"A", "F"}, {"A", "G"}, {"A", "E"}, {"E", "G"},
		{"F", "G"}, {"B", "G"}, {"B", "D"}, {"D", "G"}, {"G", "C"}} {
		arcs = append(arcs, csr.Arc{From: id(e[0]), To: id(e[1]), W: 1})
	}
	u := csr.Build(len(names), arcs, true)

	_, components := cohesion.Components(u)
	c := cohesion.Clustering(u)
	fmt.Printf("density %.4f, components %d\n", cohesion.Density(u.N(), u.Entries()/2, false), components)
	fmt.Printf("clustering of A %.3f, of G %.3f\n", c[id("A")], c[id("G")])
	fmt.Printf("average clustering %.4f, transitivity %.4f\n", cohesion.AverageClustering(c), cohesion.Transitivity(u))
	// Output:
	// density 0.3571, components 2
	// clustering of A 0.500, of G 0.267
	// average clustering 0.5542, transitivity 0.4444
}
