package community_test

import (
	"fmt"

	"github.com/tiesnet/ties/graph/community"
	"github.com/tiesnet/ties/graph/csr"
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
