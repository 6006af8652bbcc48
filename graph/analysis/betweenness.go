package analysis

import (
	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/measures/centrality"
)

// BetweennessInfo says how betweenness was computed.
type BetweennessInfo struct {
	// Exact is true when every pair was counted (centrality.Betweenness);
	// false when shortest paths were sampled (centrality.Estimate).
	Exact bool
	// Sampled describes the sampled estimate in hops, WeightedSampled the
	// one with weights (nil on unweighted data); both nil when exact.
	Sampled, WeightedSampled *Sampling
}

// Sampling describes a sampled betweenness estimate: with probability at
// least Confidence, every person's exact raw value lies within their
// interval (BetweennessRawLow to BetweennessRawHigh), all at once.
type Sampling struct {
	// Samples is the number of pairs of people sampled, one shortest path
	// each.
	Samples int
	// Confidence is 1 − δ.
	Confidence float64
	// Epsilon is the largest half-width of an interval, normalised as
	// Betweenness is.
	Epsilon float64
	// Converged is true when sampling stopped because the 20 highest
	// estimates were known within ±25 % (centrality.Estimate's rule),
	// false when the budget ran out first.
	Converged bool
}

// exactBetweenness reports whether betweenness is computed exactly on u:
// Options.BetweennessSamples decides, and by default
// centrality.PreferExact.
func (o Options) exactBetweenness(u *csr.Graph) bool {
	switch {
	case o.BetweennessSamples == ExactBetweenness:
		return true
	case o.BetweennessSamples > 0:
		return false
	}
	return centrality.PreferExact(u)
}

// betweenness computes betweenness on the structure view u with distance
// d, exactly or sampled as Options say, and sets its metrics (the weighted
// ones unless d is Hops). progress, if not nil, is told the share done.
func (r *Result) betweenness(u *csr.Graph, d centrality.Distance, progress func(done, total int)) {
	opt := r.Options
	norm, raw, low, high := Betweenness, BetweennessRaw, BetweennessRawLow, BetweennessRawHigh
	if d != centrality.Hops {
		norm, raw, low, high = BetweennessWeighted, BetweennessWeightedRaw, BetweennessWeightedRawLow, BetweennessWeightedRawHigh
	}
	if opt.exactBetweenness(u) {
		b := centrality.Betweenness(u, centrality.Options{Distance: d, Progress: progress})
		r.setMetric(norm, b.Normalized)
		r.setMetric(raw, b.Raw)
		r.Betweenness.Exact = true
		return
	}
	eo := centrality.EstimateOptions{Distance: d, Confidence: opt.BetweennessConfidence, Seed: opt.Seed, Progress: progress}
	if k := opt.BetweennessSamples; k > 0 {
		eo.MaxSamples, eo.MaxWork = k, -1 // as many as asked, whatever they cost
	}
	e := centrality.Estimate(u, eo)
	r.setMetric(norm, e.Normalized)
	r.setMetric(raw, e.Raw)
	r.setMetric(low, e.RawLow)
	r.setMetric(high, e.RawHigh)
	s := &Sampling{Samples: e.Samples, Confidence: e.Confidence, Epsilon: e.Epsilon, Converged: e.Converged}
	r.Betweenness.Exact = false
	if d == centrality.Hops {
		r.Betweenness.Sampled = s
	} else {
		r.Betweenness.WeightedSampled = s
	}
}

// BetweennessInterval returns person i's sampled betweenness interval,
// normalised as Betweenness is, and false when betweenness is exact.
func (r *Result) BetweennessInterval(i int) (lo, hi float64, ok bool) {
	low, high := r.Metric(BetweennessRawLow), r.Metric(BetweennessRawHigh)
	if low == nil || high == nil {
		return 0, 0, false
	}
	scale := 1.0
	if n := float64(len(low)); n > 2 {
		scale = 2 / ((n - 1) * (n - 2))
	}
	return low[i] * scale, high[i] * scale, true
}
