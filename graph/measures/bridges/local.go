package bridges

import (
	"runtime"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/internal/par"
)

// LocalBridges returns the edges {U, V} of the undirected graph g whose
// ends have no common neighbour, sorted by (U, V), each with its span: the
// hop distance between U and V in g without that edge, or -1 when there is
// no other path (then the edge is a bridge).
//
// Definition: Granovetter 1973 (local bridge of degree span); reference
// NetworkX nx.local_bridges(U, with_span=True) (span inf there is -1
// here). Spans come from a bidirectional breadth-first search from both
// ends, expanding the smaller frontier one level at a time and stopping at
// the first meeting; bridges (found first by one lowpoint search) get -1
// without a search. Both steps run in parallel on all cores with buffers
// reused per worker. The cost is that of the searches: on social graphs
// spans are short and each search visits few nodes, but a long cycle (a
// ring of n people) costs O(n) per tie.
func LocalBridges(g *csr.Graph) []LocalBridge {
	br, _ := cut(g)
	return localBridges(g, br, 0)
}

// minParallel is the number of stored entries below which the searches
// stay on one goroutine.
var minParallel = 1 << 14

func workerCount(g *csr.Graph, workers int) int {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if g.Entries() < minParallel {
		return 1
	}
	return max(1, workers)
}

// localBridges finds the local bridges of g given its bridges (sorted).
func localBridges(g *csr.Graph, bridges []Edge, workers int) []LocalBridge {
	n := g.N()
	workers = workerCount(g, workers)

	// 1. Edges u < v without a common neighbour. Each chunk of u writes its
	// own list, so the concatenation is in (u, v) order.
	const chunk = 256
	lists := make([][]LocalBridge, (n+chunk-1)/chunk)
	marks := make([][]int32, workers)
	par.For(n, chunk, workers, func(w, lo, hi int) {
		if marks[w] == nil {
			marks[w] = make([]int32, n)
		}
		mark := marks[w]
		var out []LocalBridge
		for u := lo; u < hi; u++ {
			nu := g.Neighbors(u)
			stamp := int32(u + 1)
			for _, x := range nu {
				mark[x] = stamp
			}
			for _, v := range nu {
				if int(v) <= u {
					continue
				}
				common := false
				for _, x := range g.Neighbors(int(v)) {
					if mark[x] == stamp {
						common = true
						break
					}
				}
				if !common {
					out = append(out, LocalBridge{U: u, V: int(v)})
				}
			}
		}
		lists[lo/chunk] = out
	})
	marks = nil
	total := 0
	for _, l := range lists {
		total += len(l)
	}
	local := make([]LocalBridge, 0, total)
	for _, l := range lists {
		local = append(local, l...)
	}

	// 2. Spans: -1 for bridges (every bridge is a local bridge), a search
	// for the others.
	var todo []int
	b := 0
	for k := range local {
		e := &local[k]
		for b < len(bridges) && (bridges[b].U < e.U || bridges[b].U == e.U && bridges[b].V < e.V) {
			b++
		}
		if b < len(bridges) && bridges[b].U == e.U && bridges[b].V == e.V {
			e.Span = -1
		} else {
			todo = append(todo, k)
		}
	}
	searches := make([]*search, workers)
	par.For(len(todo), 16, workers, func(w, lo, hi int) {
		if searches[w] == nil {
			searches[w] = newSearch(n)
		}
		s := searches[w]
		for _, k := range todo[lo:hi] {
			e := &local[k]
			e.Span = s.span(g, e.U, e.V)
		}
	})
	return local
}

// search holds one worker's buffers for bidirectional breadth-first search.
type search struct {
	// seen[x] is stamp<<1 | side when the current search reached x from
	// side 0 (u) or 1 (v); one array for both sides keeps it in cache.
	seen         []uint32
	stamp        uint32
	fu, fv, next []int32
}

func newSearch(n int) *search {
	return &search{seen: make([]uint32, n)}
}

// span returns the hop distance between u and v in g without the edge
// u-v, or -1 if there is no other path. Both frontiers grow a full level
// at a time, the smaller one first; the balls around u and v stay
// disjoint until a node reached from one side is found in the other, and
// then the distance is du + 1 + dv with du, dv the two radii (a shorter
// path would have put a node in both balls earlier).
func (s *search) span(g *csr.Graph, u, v int) int {
	s.stamp++
	if s.stamp == 1<<31 { // wrapped: clear and start again
		clear(s.seen)
		s.stamp = 1
	}
	st := s.stamp << 1
	s.seen[u], s.seen[v] = st, st|1
	s.fu = append(s.fu[:0], int32(u))
	s.fv = append(s.fv[:0], int32(v))
	du, dv := 0, 0
	// wu, wv: the ties the next expansion of each side looks at
	wu, wv := g.Degree(u), g.Degree(v)
	for len(s.fu) > 0 && len(s.fv) > 0 {
		// Expand the side that has fewer ties to look at.
		var met bool
		if wu <= wv {
			met, wu = s.expand(g, &s.fu, st, st|1, u, v)
			du++
		} else {
			met, wv = s.expand(g, &s.fv, st|1, st, v, u)
			dv++
		}
		if met { // radius before this level + 1 + the other radius
			return du + dv
		}
	}
	return -1
}

// expand moves frontier *f (of the side that started at from) one level
// out, skipping the edge from-to; mine and other are the seen marks of
// the two sides. It reports whether it reached a node seen by the other
// side, and otherwise the number of ties of the new frontier.
func (s *search) expand(g *csr.Graph, f *[]int32, mine, other uint32, from, to int) (bool, int) {
	seen := s.seen
	next := s.next[:0]
	work := 0
	for _, x := range *f {
		for _, y := range g.Neighbors(int(x)) {
			sy := seen[y]
			if sy == other {
				if int(x) == from && int(y) == to {
					continue // the edge itself
				}
				s.next = next
				return true, 0
			}
			if sy != mine {
				seen[y] = mine
				next = append(next, y)
				work += g.Degree(int(y))
			}
		}
	}
	s.next = *f
	*f = next
	return false, work
}
