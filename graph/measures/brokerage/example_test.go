package brokerage_test

import (
	"fmt"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/measures/brokerage"
)

// Advice flows from sales to Ann (sales), from Ann to Bo and Cy in
// engineering, and from Bo to Di in finance.
func Example() {
	names := []string{"Ann", "Bo", "Cy", "Di", "Eve"}
	const sales, engineering, finance = 0, 1, 2
	group := []int{sales, engineering, engineering, finance, sales}
	d := csr.Build(len(names), []csr.Arc{
		{From: 4, To: 0, W: 1}, // Eve -> Ann
		{From: 0, To: 1, W: 1}, // Ann -> Bo
		{From: 0, To: 2, W: 1}, // Ann -> Cy
		{From: 1, To: 3, W: 1}, // Bo -> Di
	}, false)
	nodes, totals := brokerage.GouldFernandez(d, group)
	for i, r := range nodes {
		if r.Total() > 0 {
			fmt.Printf("%s: %+v\n", names[i], r)
		}
	}
	fmt.Println("brokered 2-paths:", totals.Total())
	// Output:
	// Ann: {Coordinator:0 Itinerant:0 Representative:2 Gatekeeper:0 Liaison:0}
	// Bo: {Coordinator:0 Itinerant:0 Representative:0 Gatekeeper:0 Liaison:1}
	// brokered 2-paths: 3
}
