package graph

// Shape names the overall structure of the data, as far as bridging
// measures are concerned.
type Shape string

const (
	// NoTies: nobody is tied to anybody, not even through a shared group.
	NoTies Shape = "no_ties"
	// Star: one person (the ego) is tied to everybody else and nobody else is
	// tied to anybody. A LinkedIn export alone is a star.
	Star Shape = "star"
	// Web: there are ties among the contacts, so bridging can be measured.
	Web Shape = "network"
)

// Structure describes the shape of the undirected view joined with the
// projection of shared groups.
type Structure struct {
	Shape  Shape
	Center int // the star's centre, -1 unless Shape is Star
	// Pairs is the number of distinct tied pairs (in ties or sharing a group).
	Pairs int
	// AmongOthers counts pairs that do not involve the ego (or the star's
	// centre): the ties among contacts that bridging measures need.
	AmongOthers int
}

// Structure reports whether the network is a star, has no ties at all, or
// has ties among contacts. Shared groups (with the given projection
// options) count as ties.
func (nw *Network) Structure(opt ProjectionOptions) Structure {
	pairs := nw.tiedPairs()
	for _, e := range nw.ProjectedEdges(opt) {
		pairs[[2]int{e.From, e.To}] = struct{}{}
	}
	return nw.shape(pairs)
}

// TieStructure is Structure of the ties alone, shared groups left out.
func (nw *Network) TieStructure() Structure { return nw.shape(nw.tiedPairs()) }

func (nw *Network) tiedPairs() map[[2]int]struct{} {
	pairs := make(map[[2]int]struct{}, len(nw.Ties))
	for _, t := range nw.Ties {
		pairs[[2]int{min(t.From, t.To), max(t.From, t.To)}] = struct{}{}
	}
	return pairs
}

func (nw *Network) shape(pairs map[[2]int]struct{}) Structure {
	s := Structure{Shape: NoTies, Center: -1, Pairs: len(pairs)}
	if len(pairs) == 0 {
		return s
	}
	// A star's centre is an endpoint of every pair: try the ego first, then
	// both ends of any one pair.
	var cands []int
	if nw.Ego >= 0 {
		cands = append(cands, nw.Ego)
	}
	for k := range pairs {
		cands = append(cands, k[0], k[1])
		break
	}
	center := -1
	for _, c := range cands {
		if touchesAll(pairs, c) {
			center = c
			break
		}
	}
	ref := nw.Ego
	if center >= 0 {
		ref = center
	}
	for k := range pairs {
		if k[0] != ref && k[1] != ref {
			s.AmongOthers++
		}
	}
	if center >= 0 && len(pairs) >= 2 {
		s.Shape, s.Center = Star, center
		return s
	}
	s.Shape = Web
	return s
}

func touchesAll(pairs map[[2]int]struct{}, c int) bool {
	for k := range pairs {
		if k[0] != c && k[1] != c {
			return false
		}
	}
	return true
}

// Isolates returns the people with no tie and no group shared with anybody,
// in file order.
func (nw *Network) Isolates(opt ProjectionOptions) []int {
	tied := make([]bool, len(nw.People))
	for _, t := range nw.Ties {
		tied[t.From], tied[t.To] = true, true
	}
	for _, grp := range nw.Affiliations(opt) {
		if len(grp.Members) < 2 || (opt.MaxGroupSize > 0 && len(grp.Members) > opt.MaxGroupSize) {
			continue
		}
		for _, m := range grp.Members {
			tied[m] = true
		}
	}
	var out []int
	for i, ok := range tied {
		if !ok {
			out = append(out, i)
		}
	}
	return out
}
