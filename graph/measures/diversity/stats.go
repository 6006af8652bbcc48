package diversity

import "math"

// Stats are the diversity measures of an attribute over a set of people.
type Stats struct {
	// N is the number of people with a value, Missing the number without.
	N, Missing int
	// K is the number of categories among all people (the population's K).
	K int
	// Counts holds the number of people per category, parallel to
	// Attribute.Categories.
	Counts []int
	// Blau = 1 − Σ_c p_c², with p_c = Counts[c]/N (Blau 1977). NaN when N = 0.
	Blau float64
	// IQV = Blau / (1 − 1/K), Agresti's index of qualitative variation
	// (Agresti & Agresti 1978), which rescales Blau to [0, 1]. NaN when
	// N = 0 or K ≤ 1.
	IQV float64
	// Entropy = −Σ_c p_c ln p_c (Shannon; natural logarithm, as
	// gonum stat.Entropy and scipy.stats.entropy). NaN when N = 0.
	Entropy float64
	// Evenness = Entropy / ln K (Pielou 1966). NaN when N = 0 or K ≤ 1.
	Evenness float64
}

// OfAll is Of over every node: the population's diversity.
func OfAll(a Attribute) Stats {
	all := make([]int, len(a.Values))
	for i := range all {
		all[i] = i
	}
	return Of(a, all)
}

// Of computes the spec's diversity measures (counts, n, n_missing, K, blau,
// iqv, entropy, evenness) of attribute a over the given nodes; over none
// (nodes empty or nil: a network without members, an ego without
// contacts) they are undefined (NaN), never the population's (OfAll). K
// is the population's K (len(a.Categories)), also for a subset, so that a
// subset's IQV and evenness compare with the population's. A node listed
// twice counts twice.
func Of(a Attribute, nodes []int) Stats {
	k := len(a.Categories)
	s := Stats{K: k, Counts: make([]int, k)}
	count := func(i int) {
		if c := a.Values[i]; c >= 0 {
			s.Counts[c]++
			s.N++
		} else {
			s.Missing++
		}
	}
	for _, i := range nodes {
		count(i)
	}
	s.Blau, s.IQV, s.Entropy, s.Evenness = measures(s.Counts, s.N, k)
	return s
}

// measures returns Blau, IQV, entropy and evenness of category counts
// summing to n, with k categories in the population. Zero counts are
// skipped, so counts may be a sparse list of the non-zero ones.
func measures(counts []int, n, k int) (blau, iqv, entropy, evenness float64) {
	if n == 0 {
		nan := math.NaN()
		return nan, nan, nan, nan
	}
	var sq int64
	fn := float64(n)
	for _, c := range counts {
		if c == 0 {
			continue
		}
		sq += int64(c) * int64(c)
		p := float64(c) / fn
		entropy -= p * math.Log(p)
	}
	blau = 1 - float64(sq)/(fn*fn)
	if entropy == 0 {
		entropy = 0 // no -0
	}
	if k <= 1 {
		return blau, math.NaN(), entropy, math.NaN()
	}
	iqv = blau / (1 - 1/float64(k))
	evenness = entropy / math.Log(float64(k))
	return blau, iqv, entropy, evenness
}

// FromCounts computes the measures from the number of people per category
// (parallel to an attribute's Categories; k the population's K), for sets
// kept as counts rather than as lists of people.
func FromCounts(counts []int, k int) Stats {
	s := Stats{K: k, Counts: counts}
	for _, c := range counts {
		s.N += c
	}
	s.Blau, s.IQV, s.Entropy, s.Evenness = measures(counts, s.N, k)
	return s
}
