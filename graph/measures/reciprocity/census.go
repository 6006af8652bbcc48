package reciprocity

// DyadCensus counts the unordered pairs of distinct nodes by the arcs
// between them (Holland & Leinhardt 1970; sna::dyad.census's Mut, Asym,
// Null).
type DyadCensus struct {
	Mutual     int // i -> j and j -> i
	Asymmetric int // exactly one of the two arcs
	Null       int // neither: n(n-1)/2 - Mutual - Asymmetric
}
