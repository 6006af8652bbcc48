package centrality

import (
	"fmt"
	"sync"
	"testing"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/internal/socialgen"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
)

var (
	benchMu     sync.Mutex
	benchGraphs = map[[2]int]*csr.Graph{}
)

// benchGraph returns the generated social-like graph of n nodes and mean
// degree about ties, made once per process.
func benchGraph(n, ties int) *csr.Graph {
	benchMu.Lock()
	defer benchMu.Unlock()
	g, ok := benchGraphs[[2]int{n, ties}]
	if !ok {
		g = socialgen.ShuffledCommunities(n, ties, 1)
		benchGraphs[[2]int{n, ties}] = g
	}
	return g
}

func benchmarkBetweenness(b *testing.B, g *csr.Graph, opt Options) {
	b.ReportMetric(float64(g.Entries()/2), "edges")
	b.ResetTimer()
	for b.Loop() {
		Betweenness(g, opt)
	}
}

var benchSizes = []struct {
	name string
	n    int
}{{"2k", 2000}, {"20k", 20000}}

// Exact betweenness on social-like graphs with about 10 ties per person
// (2k: 10 000 edges, 20k: 100 000). Run the 20k ones with -benchtime 1x:
//
//	go test -run - -bench 'Betweenness/2k' ./graph/measures/centrality
//	go test -run - -bench 'Betweenness/20k' -benchtime 1x ./graph/measures/centrality
func BenchmarkBetweenness(b *testing.B) {
	for _, s := range benchSizes {
		for _, d := range []Distance{Hops, WeightAsLength, WeightAsStrength} {
			b.Run(fmt.Sprintf("%s/%v", s.name, d), func(b *testing.B) {
				benchmarkBetweenness(b, benchGraph(s.n, 10), Options{Distance: d})
			})
		}
	}
}

// One worker, to show the parallel speed-up on the 2k graph.
func BenchmarkBetweennessOneWorker(b *testing.B) {
	benchmarkBetweenness(b, benchGraph(2000, 10), Options{Workers: 1})
}

// Sampled betweenness (Estimate with its defaults) on social-like graphs
// with about 17 ties per person (200k: 1.7 million edges, the size of 2
// million ties of which 30 % reciprocated). It reports the pairs sampled,
// ε (the largest half-width, normalised) and the largest half-width of the
// 20 top estimates as a share of the estimate. Run with -benchtime 1x:
//
//	go test -run - -bench Estimate -benchtime 1x ./graph/measures/centrality
func BenchmarkEstimate(b *testing.B) {
	for _, n := range []int{20000, 200000} {
		for _, d := range []Distance{Hops, WeightAsLength} {
			b.Run(fmt.Sprintf("%dk/%v", n/1000, d), func(b *testing.B) {
				g := benchGraph(n, 17)
				b.ReportMetric(float64(g.Entries()/2), "edges")
				var e Estimates
				b.ResetTimer()
				for b.Loop() {
					e = Estimate(g, EstimateOptions{Distance: d, Seed: 1})
				}
				b.ReportMetric(float64(e.Samples), "samples")
				b.ReportMetric(e.Epsilon, "epsilon")
				b.ReportMetric(topRelativeHalfWidth(e, 20), "top20-relhw")
			})
		}
	}
}

// gonum's map-based network.Betweenness on the same 2k graph.
func BenchmarkGonumBetweenness(b *testing.B) {
	g := benchGraph(2000, 10)
	ug := simple.NewUndirectedGraph()
	for i := range g.N() {
		ug.AddNode(simple.Node(i))
	}
	for i := range g.N() {
		for _, j := range g.Neighbors(i) {
			if int32(i) < j {
				ug.SetEdge(simple.Edge{F: simple.Node(i), T: simple.Node(j)})
			}
		}
	}
	b.ResetTimer()
	for b.Loop() {
		network.Betweenness(ug)
	}
}
