package evaluate_test

import (
	"fmt"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/evaluate"
)

// The ego knows Åsa and Bo, who know each other; Forum holds both and
// Cecilia, whom the ego meets nowhere else. Forum brings one person new to
// the ego (Cecilia) and the ego's ties to Åsa and Bo do not depend on it
// (they have each other as a mutual contact outside it); Lunch, a network
// of the same people minus Cecilia, brings nothing and repeats Forum.
func Example() {
	nw := graph.New()
	for _, id := range []string{"me", "asa", "bo", "cecilia"} {
		nw.AddPerson(id, "")
	}
	nw.Ego = 0
	for _, t := range [][2]int{{0, 1}, {0, 2}, {1, 2}} {
		_ = nw.AddTie(graph.Tie{From: t[0], To: t[1], Weight: 1, Mutual: true})
	}
	nw.Normalize()
	for name, members := range map[string][]int{"Forum": {0, 1, 2, 3}, "Lunch": {0, 1, 2}} {
		g, _ := nw.AddGroup(name)
		for _, m := range members {
			nw.AddMember(g, m, "")
		}
	}
	r, _ := analysis.Run(nw, analysis.Options{})
	ev, _ := evaluate.Evaluate(r, evaluate.Options{})
	for _, n := range ev.Networks {
		fmt.Printf("%s: new %d, held %d, overlap %.2f, score %.0f, %s\n", n.Name, len(n.NewToEgo), len(n.HeldOnlyHere), n.Overlap, n.Score, n.Verdict)
	}
	// Output:
	// Forum: new 1, held 0, overlap 0.67, score 1, keep
	// Lunch: new 0, held 0, overlap 0.67, score 0, leave
}
