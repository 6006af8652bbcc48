//go:build soak

package centrality

import (
	"testing"
	"time"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/internal/socialgen"
)

// Sampled betweenness at the sizes issue 15 names, with the default options
// of `ties analyze` (confidence 0.95, the 20 top brokers within ±25 %, the
// default work budget), on three shapes of generated network:
//
//   - heavy-tailed: Holme and Kim's preferential attachment with triads
//     (hubs, as in acquaintance networks), weights 1;
//   - communities with pendants: communities of 40, a few ties anywhere,
//     one person in 20 with a single tie, weights 1 to 5;
//   - flat communities: communities of 20–200 whose 15 % of ties to anyone
//     make every person about as central as the next (no broker stands out).
//
// Where exact betweenness still runs (20 000 people) every case checks
// that the intervals hold: coverage at least the confidence, overall and
// among the 100 top brokers. Where wantNarrow is set, sampling must
// converge with the top 20's half-widths at most 25 % of their estimates.
// On flat communities with tie lengths the work budget stops sampling
// first (converged false): the intervals still hold but are wider, which
// is what the output says. Not in `go test ./...`: it takes about 15
// minutes on two cores.
//
//	go test -tags soak -run SampledBetweenness -v -timeout 60m ./graph/measures/centrality
func TestSampledBetweenness(t *testing.T) {
	heavy := func(n int) *csr.Graph { return socialgen.HolmeKim(n, 5, 1) }
	pendant := func(n int) *csr.Graph { return socialgen.PendantCommunities(n, 5, 1) }
	flat := func(n int) *csr.Graph { return socialgen.Communities(n, 10, 1) }
	cases := []struct {
		name       string
		gen        func(int) *csr.Graph
		n          int
		dist       Distance
		exact      bool
		wantNarrow bool
	}{
		{"heavy-tailed, 20 000, hops", heavy, 20_000, Hops, true, true},
		{"pendants, 20 000, hops", pendant, 20_000, Hops, true, true},
		{"pendants, 20 000, lengths", pendant, 20_000, WeightAsLength, true, true},
		{"flat, 20 000, hops", flat, 20_000, Hops, true, true},
		{"flat, 20 000, lengths", flat, 20_000, WeightAsLength, true, false},
		{"heavy-tailed, 200 000, hops", heavy, 200_000, Hops, false, true},
		{"pendants, 200 000, hops", pendant, 200_000, Hops, false, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := c.gen(c.n)
			start := time.Now()
			e := Estimate(g, EstimateOptions{Distance: c.dist, Seed: 1})
			took := time.Since(start)
			w := topRelativeHalfWidth(e, DefaultTop)
			t.Logf("%d people, %d ties: %d samples in %.1f s (converged %v), ε %.2g, top-20 half-width at most %.1f %% of the estimate",
				g.N(), g.Entries()/2, e.Samples, took.Seconds(), e.Converged, e.Epsilon, 100*w)
			if c.wantNarrow && (!e.Converged || w > DefaultPrecision) {
				t.Errorf("top-20 half-width %.3f of the estimate (converged %v), want ≤ %.2f", w, e.Converged, DefaultPrecision)
			}
			if !c.exact {
				return
			}
			start = time.Now()
			exact := Betweenness(g, Options{Distance: c.dist}).Raw
			order := byExact(exact)
			all, top := misses(e, exact, order), misses(e, exact, order[:100])
			t.Logf("exact in %.1f s: %d of %d intervals miss, %d of the top 100", time.Since(start).Seconds(), all, g.N(), top)
			if cov := 1 - float64(all)/float64(g.N()); cov < e.Confidence {
				t.Errorf("coverage %.4f < %.2f", cov, e.Confidence)
			}
			if cov := 1 - float64(top)/100; cov < e.Confidence {
				t.Errorf("top 100: coverage %.2f < %.2f", cov, e.Confidence)
			}
		})
	}
}
