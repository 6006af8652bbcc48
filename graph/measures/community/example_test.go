package community_test

import (
	"fmt"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/measures/community"
)

// Two tight groups joined by one tie: Louvain finds them, and the two people
// on the joining tie are the ones whose contacts span both.
func Example() {
	g := csr.Build(7, []csr.Arc{
		{From: 0, To: 1, W: 1}, {From: 1, To: 2, W: 1}, {From: 0, To: 2, W: 1},
		{From: 2, To: 3, W: 1},
		{From: 3, To: 4, W: 1}, {From: 4, To: 5, W: 1}, {From: 3, To: 5, W: 1},
	}, true) // node 6 is an isolate

	comm := community.Louvain(g, false, 1, 1)
	fmt.Println("communities:", comm)
	fmt.Printf("modularity: %.4f\n", community.Modularity(g, comm, false, 1))
	fmt.Printf("participation: %.3f\n", community.Participation(g, comm))
	// Output:
	// communities: [0 0 0 1 1 1 2]
	// modularity: 0.3571
	// participation: [0.000 0.000 0.444 0.444 0.000 0.000 0.000]
}

// The resolution γ sets the size of the communities: at γ = 0 every tie
// pays, and the communities are the connected components; a larger γ
// splits them. The gonum reference finds the same split here.
func ExampleLouvain_resolution() {
	// a ring of four triangles, each joined to the next by one tie
	var arcs []csr.Arc
	for t := int32(0); t < 4; t++ {
		a, b, c := 3*t, 3*t+1, 3*t+2
		arcs = append(arcs, csr.Arc{From: a, To: b, W: 1}, csr.Arc{From: b, To: c, W: 1},
			csr.Arc{From: a, To: c, W: 1}, csr.Arc{From: c, To: (3*t + 3) % 12, W: 1})
	}
	g := csr.Build(12, arcs, true)
	for _, gamma := range []float64{0, 1} {
		comm := community.Louvain(g, false, gamma, 1)
		fmt.Printf("γ = %v: %v Q = %.4f\n", gamma, comm, community.Modularity(g, comm, false, gamma))
	}
	fmt.Println("gonum, γ = 1:", community.LouvainGonum(g, false, 1, 1))
	// Output:
	// γ = 0: [0 0 0 0 0 0 0 0 0 0 0 0] Q = 1.0000
	// γ = 1: [0 0 0 1 1 1 2 2 2 3 3 3] Q = 0.5000
	// gonum, γ = 1: [0 0 0 1 1 1 2 2 2 3 3 3]
}
