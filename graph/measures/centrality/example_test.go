package centrality_test

import (
	"fmt"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/measures/centrality"
)

// Two groups joined through Cai and Dana. Counted in hops, Ann reaches Cai
// directly; read as tie strength (length 1/weight), the strong ties
// through Bo are the shorter way, and Bo becomes a broker.
func ExampleBetweenness() {
	names := []string{"Ann", "Bo", "Cai", "Dana", "Eve", "Finn"}
	g := csr.Build(len(names), []csr.Arc{
		{From: 0, To: 1, W: 4}, {From: 1, To: 2, W: 4}, {From: 0, To: 2, W: 1},
		{From: 2, To: 3, W: 1}, {From: 3, To: 4, W: 1}, {From: 3, To: 5, W: 1}, {From: 4, To: 5, W: 1},
	}, true)
	hops := centrality.Betweenness(g, centrality.Options{})
	strength := centrality.Betweenness(g, centrality.Options{Distance: centrality.WeightAsStrength})
	for i, name := range names {
		fmt.Printf("%-4s hops %.0f (normalized %.2f), as strength %.0f\n", name, hops.Raw[i], hops.Normalized[i], strength.Raw[i])
	}
	// Output:
	// Ann  hops 0 (normalized 0.00), as strength 0
	// Bo   hops 0 (normalized 0.00), as strength 4
	// Cai  hops 6 (normalized 0.60), as strength 6
	// Dana hops 6 (normalized 0.60), as strength 6
	// Eve  hops 0 (normalized 0.00), as strength 0
	// Finn hops 0 (normalized 0.00), as strength 0
}

// Two groups of 40 joined through a bridge 0–40: sampled betweenness with
// an interval that holds, for the two ends of the bridge and everyone at
// once, with probability 0.95.
func ExampleEstimate() {
	var arcs []csr.Arc
	for _, base := range []int32{0, 40} {
		for i := range int32(40) {
			for j := i + 1; j < 40; j++ {
				if (i+j)%3 == 0 {
					arcs = append(arcs, csr.Arc{From: base + i, To: base + j, W: 1})
				}
			}
		}
	}
	arcs = append(arcs, csr.Arc{From: 0, To: 40, W: 1})
	g := csr.Build(80, arcs, true)
	exact := centrality.Betweenness(g, centrality.Options{})
	e := centrality.Estimate(g, centrality.EstimateOptions{Seed: 1, Top: 2})
	fmt.Printf("%d samples, confidence %.2f, ε %.3f\n", e.Samples, e.Confidence, e.Epsilon)
	for _, v := range []int{0, 40} {
		fmt.Printf("%d: %.3f (%.3f–%.3f), exact %.3f\n", v, e.Normalized[v],
			e.RawLow[v]*e.Normalized[v]/e.Raw[v], e.RawHigh[v]*e.Normalized[v]/e.Raw[v], exact.Normalized[v])
	}
	// Output:
	// 7451 samples, confidence 0.95, ε 0.013
	// 0: 0.057 (0.045–0.072), exact 0.059
	// 40: 0.056 (0.044–0.070), exact 0.059
}
