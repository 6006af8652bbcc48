package analysis

import (
	"slices"
	"testing"

	"github.com/tiesnet/ties/graph"
)

// Progress names each stage as it starts, and betweenness counts its
// sources; on weighted data its two passes are two stages, each counted to
// its end, so that a bar at 100 % does not look like the end of the run.
func TestProgressStages(t *testing.T) {
	ring := func() *graph.Network {
		nw := graph.New()
		for _, id := range []string{"a", "b", "c", "d", "e"} {
			nw.AddPerson(id, "")
		}
		for i := range 5 {
			nw.AddTie(graph.Tie{From: i, To: (i + 1) % 5, Weight: 1})
		}
		nw.Normalize()
		return nw
	}
	cases := []struct {
		name string
		nw   *graph.Network
		// counted: the stages that count, and their last count (done = total).
		counted map[string]int
		stages  []string // in this order, among others
	}{
		{"unweighted", ring(), map[string]int{"betweenness": 5},
			[]string{"building the views", "betweenness", "structural holes", "communities"}},
		{"weighted (the demo)", demo(t), map[string]int{"betweenness: pass 1 of 2": 41, "betweenness: pass 2 of 2": 41},
			[]string{"building the views", "betweenness: pass 1 of 2", "betweenness: pass 2 of 2", "structural holes"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stages []string
			last := map[string][2]int{}
			opt := DefaultOptions()
			opt.Progress = func(stage string, done, total int) {
				if n := len(stages); n == 0 || stages[n-1] != stage {
					if slices.Contains(stages, stage) {
						t.Errorf("stage %q again after %v", stage, stages)
					}
					stages = append(stages, stage)
				}
				if total > 0 {
					last[stage] = [2]int{done, total}
				}
			}
			if _, err := Run(c.nw, opt); err != nil {
				t.Fatal(err)
			}
			k := 0
			for _, s := range stages {
				if k < len(c.stages) && s == c.stages[k] {
					k++
				}
			}
			if k < len(c.stages) {
				t.Errorf("stages %q, want %q in this order", stages, c.stages)
			}
			if len(last) != len(c.counted) {
				t.Errorf("counted stages %v, want %v", last, c.counted)
			}
			for stage, n := range c.counted {
				if got := last[stage]; got != [2]int{n, n} {
					t.Errorf("%s: last count %d of %d, want %d of %d", stage, got[0], got[1], n, n)
				}
			}
		})
	}
}
