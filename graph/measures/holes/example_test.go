package holes_test

import (
	"fmt"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/measures/holes"
)

// Borgatti's worked example: G spans structural holes (low constraint,
// high effective size); C, tied only to G, is fully constrained.
func ExampleAnalyze() {
	names := "ABCDEFG"
	edges := []string{"AB", "AF", "AG", "AE", "EG", "FG", "BG", "BD", "DG", "GC"}
	var arcs []csr.Arc
	for _, e := range edges {
		arcs = append(arcs, csr.Arc{From: int32(e[0] - 'A'), To: int32(e[1] - 'A'), W: 1})
	}
	g := csr.Build(len(names), arcs, true)
	r := holes.Analyze(g, holes.Options{})
	for _, i := range []int{6, 0, 2} {
		fmt.Printf("%c constraint %.4f effective size %.3f efficiency %.3f hierarchy %.4f\n",
			names[i], r.Constraint[i], r.EffectiveSize[i], r.Efficiency[i], r.Hierarchy[i])
	}
	// Output:
	// G constraint 0.4003 effective size 4.667 efficiency 0.778 hierarchy 0.0947
	// A constraint 0.5955 effective size 2.500 efficiency 0.625 hierarchy 0.1678
	// C constraint 1.0000 effective size 1.000 efficiency 1.000 hierarchy 1.0000
}

// Inside each person's ego network only (the ego-network model), a
// contact's ties to people outside do not dilute its constraint.
func ExampleConstraint_egoNetwork() {
	// a triangle 0-1-2 and a tie 1-3
	g := csr.Build(4, []csr.Arc{{From: 0, To: 1, W: 1}, {From: 0, To: 2, W: 1}, {From: 1, To: 2, W: 1}, {From: 1, To: 3, W: 1}}, true)
	whole := holes.Constraint(g, holes.Options{})
	ego := holes.Constraint(g, holes.Options{Model: holes.EgoNetwork})
	fmt.Printf("whole %.4f, ego network %.4f\n", whole[0], ego[0])
	// Output:
	// whole 1.0069, ego network 1.1250
}
