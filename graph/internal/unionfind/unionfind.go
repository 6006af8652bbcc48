package unionfind

// Sets are disjoint sets of the nodes 0 … n-1, each at first a set of its
// own.
type Sets struct{ parent []int32 }

// New returns n sets of one node each.
func New(n int) Sets {
	parent := make([]int32, n)
	for i := range parent {
		parent[i] = int32(i)
	}
	return Sets{parent}
}

// Find returns the root of x's set: its least node once every union is
// done. It halves the path it walks.
func (s Sets) Find(x int32) int32 {
	parent := s.parent
	for parent[x] != x {
		parent[x] = parent[parent[x]]
		x = parent[x]
	}
	return x
}

// Union joins the sets of a and b and returns the root of the joined set
// (the smaller of the two roots) and whether they were two sets.
func (s Sets) Union(a, b int32) (root int32, joined bool) {
	ra, rb := s.Find(a), s.Find(b)
	switch {
	case ra == rb:
		return ra, false
	case ra < rb:
		s.parent[rb] = ra
		return ra, true
	default:
		s.parent[ra] = rb
		return rb, true
	}
}
