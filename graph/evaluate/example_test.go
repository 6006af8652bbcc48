package evaluate_test

import (
	"fmt"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/evaluate"
)

func Example() {
	nw := graph.New()
	for _, id := range []string{"me", "x", "y"} {
		nw.AddPerson(id, "")
	}
	nw.Ego = 0
	_ = nw.AddTie(graph.Tie{From: 0, To: 1, Weight: 1, Mutual: true})
	_ = nw.AddTie(graph.Tie{From: 0, To: 2, Weight: 1, Mutual: true})
	nw.Normalize()
	for _, name := range []string{"Forum", "Lunch"} {
		g, _ := nw.AddGroup(name)
		for i := range 3 {
			nw.AddMember(g, i, "")
		}
	}
	r, _ := analysis.Run(nw, analysis.DefaultOptions())
	res, _ := evaluate.Evaluate(r, evaluate.Options{})
	lunch := res.Networks[1]
	fmt.Println(lunch.Verdict)
	fmt.Println(lunch.Reasons[0])
	fmt.Println(lunch.Reasons[1])
	// Output:
	// leave
	// 3 of its 3 members are also in Forum (Jaccard 1.00)
	// brings no one new: you already know all 2 other members or meet them elsewhere
}
