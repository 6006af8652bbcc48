package bridges_test

import (
	"fmt"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/measures/bridges"
)

// Two triangles joined by one tie, and a square hanging off the second:
// the joining tie is a bridge, its ends are articulation points, and the
// square's ties are local bridges of span 3 (their ends are 3 steps apart
// without them).
func ExampleAnalyze() {
	ties := [][2]int32{{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 5}, {5, 3}, {5, 6}, {6, 7}, {7, 8}, {8, 5}}
	var arcs []csr.Arc
	for _, t := range ties {
		arcs = append(arcs, csr.Arc{From: t[0], To: t[1], W: 1})
	}
	r := bridges.Analyze(csr.Build(9, arcs, true))
	fmt.Println("bridges:", r.Bridges)
	fmt.Println("local bridges {U V Span}:", r.LocalBridges)
	fmt.Println("articulation points:", r.ArticulationPoints)
	// Output:
	// bridges: [{2 3}]
	// local bridges {U V Span}: [{2 3 -1} {5 6 3} {5 8 3} {6 7 3} {7 8 3}]
	// articulation points: [2 3 5]
}
