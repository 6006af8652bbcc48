package twomode_test

import (
	"fmt"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/measures/twomode"
)

// Who meets whom through the groups they belong to, and does one group make
// most of those ties?
func Example() {
	nw := graph.New()
	for _, id := range []string{"ana", "bo", "cy", "di", "ed", "fi"} {
		nw.AddPerson(id, "")
	}
	for _, m := range []struct {
		group  string
		member int
	}{{"board", 0}, {"board", 1}, {"choir", 1}, {"choir", 2}, {"alumni", 0}, {"alumni", 2}, {"alumni", 3}, {"alumni", 4}, {"alumni", 5}} {
		g, _ := nw.AddGroup(m.group)
		nw.AddMember(g, m.member, "")
	}

	r := twomode.Analyze(nw, graph.ProjectionOptions{})
	for _, g := range r.Groups {
		fmt.Println(g.Name, g.Size, g.Members)
	}
	fmt.Println("groups per person:", r.PersonGroupCount)
	fmt.Println("ties through groups:", r.Pairs, "degree:", r.Degree)
	fmt.Printf("%s makes %.0f%% of the pairs; dominates: %v\n", r.Groups[r.Dominant].Name, 100*r.DominantShare, r.Dominates())

	capped := twomode.Analyze(nw, graph.ProjectionOptions{MaxGroupSize: 4})
	fmt.Println("with groups of at most 4:", capped.Groups[capped.AboveCap[0]].Name, "implies no ties, yet counts:", capped.Pairs, "pairs")
	// Output:
	// board 2 [0 1]
	// choir 2 [1 2]
	// alumni 5 [0 2 3 4 5]
	// groups per person: [2 2 2 1 1 1]
	// ties through groups: 12 degree: [5 2 5 4 4 4]
	// alumni makes 83% of the pairs; dominates: true
	// with groups of at most 4: alumni implies no ties, yet counts: 12 pairs
}
