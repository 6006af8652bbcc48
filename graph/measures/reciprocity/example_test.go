package reciprocity_test

import (
	"fmt"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/measures/reciprocity"
)

// Ann and Bo advise each other, Bo advises Cy, Cy advises Ann; Di has no
// ties. Weights are hours of advice a month.
func Example() {
	names := []string{"Ann", "Bo", "Cy", "Di"}
	d := csr.Build(len(names), []csr.Arc{
		{From: 0, To: 1, W: 2}, {From: 1, To: 0, W: 1},
		{From: 1, To: 2, W: 3}, {From: 2, To: 0, W: 1},
	}, false)
	r := reciprocity.Analyze(d)
	fmt.Printf("arcs %d, density %.3f, reciprocity %.2f, rho %.2f\n", r.Arcs, r.Density, r.Reciprocity, r.Rho)
	fmt.Printf("dyads: %d mutual, %d asymmetric, %d null\n", r.Census.Mutual, r.Census.Asymmetric, r.Census.Null)
	for i, name := range names {
		fmt.Printf("%s: in %d out %d reciprocity %.2f balance %.2f\n",
			name, r.InDegree[i], r.OutDegree[i], r.Node[i], r.Balance[i])
	}
	// Output:
	// arcs 4, density 0.333, reciprocity 0.50, rho 0.25
	// dyads: 1 mutual, 2 asymmetric, 3 null
	// Ann: in 2 out 1 reciprocity 0.67 balance 0.00
	// Bo: in 1 out 2 reciprocity 0.67 balance 0.33
	// Cy: in 1 out 1 reciprocity 0.00 balance -0.50
	// Di: in 0 out 0 reciprocity NaN balance NaN
}
