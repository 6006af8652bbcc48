package centrality

import (
	"math/rand/v2"

	"github.com/tiesnet/ties/graph/csr"
)

// pathSampler draws one shortest path between two nodes, uniformly among
// all shortest paths between them (see Estimate). One pathSampler belongs
// to one goroutine and keeps its buffers between pairs.
type pathSampler interface {
	// path appends to out the inner nodes (s and t left out) of one
	// shortest s–t path drawn uniformly with r, and returns out; nothing
	// when t cannot be reached from s. s ≠ t.
	path(s, t int32, r *rand.Rand, out []int32) []int32
	// work returns the number of ties looked at so far, by all searches.
	work() int
}

// biBFS is the unweighted pathSampler: a balanced bidirectional
// breadth-first search (Borassi & Natale 2019, KADABRA, section 5). Each
// step expands one whole level of the side whose frontier has the smaller
// sum of degrees, counting shortest paths from its end (σ_s forward, σ_t
// backward) as Brandes' search does. The step that first reaches a node the
// other side has seen fixes d(s,t); the shortest paths are then exactly
// those through the nodes y just reached with a distance from the other
// end, and there are σ_st = Σ_y σ_s(y) σ_t(y) of them.
type biBFS struct {
	adj []int32
	off []int
	// Per side (0 from s, 1 from t): distance from the side's end (-1:
	// not reached), path count, the nodes reached (for the reset), the
	// current frontier and the degree sum of the frontier.
	dist  [2][]int32
	sigma [2][]float64
	seen  [2][]int32
	front [2][]int32
	next  []int32
	meet  []int32 // nodes reached from both sides
	// scanned counts the ties looked at, over all searches: the work.
	scanned int
}

func (b *biBFS) work() int { return b.scanned }

func newBiBFS(g *csr.Graph) *biBFS {
	n := g.N()
	b := &biBFS{adj: g.Adj, off: g.Off, next: make([]int32, 0, 64)}
	for side := range 2 {
		b.dist[side] = make([]int32, n)
		for i := range b.dist[side] {
			b.dist[side][i] = -1
		}
		b.sigma[side] = make([]float64, n)
	}
	return b
}

func (b *biBFS) reset() {
	for side := range 2 {
		dist, sigma := b.dist[side], b.sigma[side]
		for _, v := range b.seen[side] {
			dist[v], sigma[v] = -1, 0
		}
		b.seen[side] = b.seen[side][:0]
		b.front[side] = b.front[side][:0]
	}
	b.meet = b.meet[:0]
}

func (b *biBFS) path(s, t int32, r *rand.Rand, out []int32) []int32 {
	b.reset()
	adj, off := b.adj, b.off
	ends := [2]int32{s, t}
	var load [2]int // sum of the degrees of each frontier
	for side, e := range ends {
		b.dist[side][e], b.sigma[side][e] = 0, 1
		b.seen[side] = append(b.seen[side], e)
		b.front[side] = append(b.front[side], e)
		load[side] = off[e+1] - off[e]
	}
	for len(b.meet) == 0 {
		side := 0
		if load[1] < load[0] {
			side = 1
		}
		if len(b.front[side]) == 0 {
			return out // t is not reachable from s
		}
		dist, sigma, other := b.dist[side], b.sigma[side], b.dist[1-side]
		next := b.next[:0]
		b.scanned += load[side]
		for _, v := range b.front[side] {
			dn, sv := dist[v]+1, sigma[v]
			for _, w := range adj[off[v]:off[v+1]] {
				switch dist[w] {
				case -1:
					dist[w] = dn
					sigma[w] = sv
					next = append(next, w)
					if other[w] >= 0 {
						b.meet = append(b.meet, w)
					}
				case dn:
					sigma[w] += sv
				}
			}
		}
		b.seen[side] = append(b.seen[side], next...)
		load[side] = 0
		for _, w := range next {
			load[side] += off[w+1] - off[w]
		}
		b.next, b.front[side] = b.front[side], next
	}
	// Every meeting node y lies on shortest paths only: the levels
	// expanded before were disjoint, so d(s,t) = d_s(y) + d_t(y) for all
	// of them. Draw y with probability σ_s(y)σ_t(y)/σ_st, then walk to
	// each end, choosing a predecessor with probability proportional to
	// its path count.
	ss, st := b.sigma[0], b.sigma[1]
	total := 0.0
	for _, y := range b.meet {
		total += ss[y] * st[y]
	}
	x := r.Float64() * total
	y := b.meet[len(b.meet)-1]
	for _, m := range b.meet {
		x -= ss[m] * st[m]
		if x < 0 {
			y = m
			break
		}
	}
	if y != s && y != t {
		out = append(out, y)
	}
	for side := range 2 {
		out = b.walk(side, y, ends[side], r, out)
	}
	return out
}

// walk follows one side's shortest-path DAG from v back to that side's
// end e, drawing each predecessor u of the current node c with probability
// σ(u)/σ(c), and appends the nodes passed (e left out).
func (b *biBFS) walk(side int, v, e int32, r *rand.Rand, out []int32) []int32 {
	adj, off, dist, sigma := b.adj, b.off, b.dist[side], b.sigma[side]
	for c := v; dist[c] > 1; {
		dp := dist[c] - 1
		x := r.Float64() * sigma[c]
		u := int32(-1)
		for _, w := range adj[off[c]:off[c+1]] {
			if dist[w] == dp {
				u = w
				if x -= sigma[w]; x < 0 {
					break
				}
			}
		}
		out = append(out, u)
		c = u
	}
	return out
}
