package centrality_test

import (
	"fmt"

	"github.com/tiesnet/ties/graph/centrality"
	"github.com/tiesnet/ties/graph/csr"
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

// Above Recommend's size, sample sources and report the estimated error.
func ExampleRecommend() {
	for _, n := range []int{800, 20000} {
		fmt.Println(n, centrality.Recommend(n))
	}
	// Output:
	// 800 0
	// 20000 500
}
