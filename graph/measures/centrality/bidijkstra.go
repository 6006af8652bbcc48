package centrality

import (
	"math"
	"math/rand/v2"

	"github.com/tiesnet/ties/graph/csr"
)

// biDijkstra is the weighted pathSampler: a bidirectional Dijkstra search
// (Pohl 1971) that counts shortest paths on both sides as Brandes' search
// does, with path lengths equal within the relative tolerance tieEps (see
// dijkstra). Each step settles one node on the side that has looked at
// fewer ties so far. μ is the length of the shortest s–t path seen so far
// (through an edge scanned from a settled node to a node the other side
// has reached); the search stops once top_s + top_t > μ, with top the least
// queued length of each side, and then μ = d(s,t). A node w reached at
// length ℓ is left out when ℓ plus a lower bound of its length to the
// other end (its length from there if settled, else that side's top)
// exceeds μ: no shortest path goes through it.
//
// Counting: let F be the nodes settled from s. Along a shortest path the
// length from s grows, and every node of a shortest path closer to s than
// top_s is in F, so F holds a prefix of each shortest path; if t ∉ F, the
// path leaves F by exactly one edge (x, y), and y, with d_t(y) = μ − d_s(y)
// ≤ μ − top_s < top_t, is settled from t. Hence σ_st = Σ σ_s(x) σ_t(y) over
// the edges x ∈ F, y ∉ F settled from t with d_s(x) + ℓ(x,y) + d_t(y) = μ
// (within the tolerance), or σ_s(t) when t ∈ F.
type biDijkstra struct {
	adj    []int32
	off    []int
	length []float64
	nodes  []bnode // both sides' state of each node, in one cache line
	side   [2]dside
	cand   []edge // edges scanned between the two searches
	// done[k] has bit v set when v is settled on side k: a small bitset
	// that stays in cache, so that ties the search leaves out cost no load
	// of their far end's state.
	done [2][]uint64
	// scanned counts the ties looked at, over all searches: the work.
	scanned int
}

// edge is a tie x–y of length l, x on the side of s.
type edge struct {
	x, y int32
	l    float64
}

// bnode is a node's state on both sides (0 from s, 1 from t).
type bnode struct {
	dist  [2]float64 // tentative length; final once settled
	sigma [2]float64 // number of shortest paths from the side's end
	state [2]uint8   // unseen, seen (in the heap) or settled
}

// dside is one direction's search state.
type dside struct {
	reached []int32 // nodes with a state, for the reset
	heap    heap
}

func newBiDijkstra(g *csr.Graph, length []float64) *biDijkstra {
	n := g.N()
	d := &biDijkstra{adj: g.Adj, off: g.Off, length: length, nodes: make([]bnode, n)}
	for k := range d.done {
		d.done[k] = make([]uint64, (n+63)/64)
	}
	return d
}

func (d *biDijkstra) work() int { return d.scanned }

// top returns the least length queued on side k for a node not yet
// settled (+Inf when none), dropping outdated entries.
func (d *biDijkstra) top(k int) float64 {
	h := &d.side[k].heap
	for len(h.items) > 0 {
		it := h.items[0]
		if d.nodes[it.v].state[k] != settled {
			return it.dist
		}
		h.pop()
	}
	return math.Inf(1)
}

// equal reports whether two path lengths are equal within tieEps.
func equal(a, b float64) bool {
	return math.Abs(a-b) < tieEps*(a+b)
}

// path appends to out a shortest s–t path drawn uniformly, without s and
// t (nothing when t is not reachable from s): the bidirectional search of
// biDijkstra, then the walk back from t or through the cut (throughCut).
func (d *biDijkstra) path(s, t int32, r *rand.Rand, out []int32) []int32 {
	adj, off, length, nodes := d.adj, d.off, d.length, d.nodes
	for k := range d.side {
		q := &d.side[k]
		for _, v := range q.reached {
			nodes[v] = bnode{}
			d.done[k][v>>6] = 0
		}
		q.reached, q.heap.items = q.reached[:0], q.heap.items[:0]
	}
	d.cand = d.cand[:0]
	ends := [2]int32{s, t}
	for k, e := range ends {
		q := &d.side[k]
		nodes[e].dist[k], nodes[e].sigma[k], nodes[e].state[k] = 0, 1, seen
		q.reached = append(q.reached, e)
		q.heap.push(item{0, e})
	}
	mu := math.Inf(1)
	var work [2]int // edges scanned by each side
	for {
		t0, t1 := d.top(0), d.top(1)
		// Stop a little past top_s + top_t = μ so that lengths equal
		// within the tolerance are all settled.
		if t0+t1 > mu*(1+4*tieEps) || math.IsInf(t0, 1) || math.IsInf(t1, 1) {
			break
		}
		k := 0
		if work[1] < work[0] {
			k = 1
		}
		o, topO := 1-k, t1
		if k == 1 {
			topO = t0
		}
		q := &d.side[k]
		v := q.heap.pop().v
		nv := &nodes[v]
		nv.state[k] = settled
		dv, sv := nv.dist[k], nv.sigma[k]
		lo, hi := off[v], off[v+1]
		work[k] += hi - lo
		d.scanned += hi - lo
		d.done[k][v>>6] |= 1 << (v & 63)
		done := d.done[o]
		for j, w := range adj[lo:hi] {
			alt := dv + length[lo+j]
			if done[w>>6]&(1<<(w&63)) == 0 && alt+topO > mu*(1+4*tieEps) {
				// As below, without loading w's state: a node not settled
				// on the other side is at least top_o from its end.
				continue
			}
			nw := &nodes[w]
			rest := topO // a lower bound on the length from w to the other end
			switch nw.state[o] {
			case settled:
				if k == 0 {
					d.cand = append(d.cand, edge{v, w, length[lo+j]})
				} else {
					d.cand = append(d.cand, edge{w, v, length[lo+j]})
				}
				rest = nw.dist[o]
				mu = min(mu, alt+rest)
			case seen:
				mu = min(mu, alt+nw.dist[o])
			}
			if alt+rest > mu*(1+4*tieEps) {
				continue // no shortest s–t path goes this way
			}
			switch cur := nw.dist[k]; {
			case nw.state[k] == settled:
			case nw.state[k] == unseen:
				q.reached = append(q.reached, w)
				fallthrough
			case alt < cur && !equal(alt, cur):
				nw.dist[k], nw.sigma[k], nw.state[k] = alt, sv, seen
				q.heap.push(item{alt, w})
			case equal(alt, cur):
				nw.sigma[k] += sv
			}
		}
	}
	if math.IsInf(mu, 1) {
		return out // t is not reachable from s
	}
	if nodes[t].state[0] == settled {
		return d.walk(0, t, s, r, out)
	}
	return d.throughCut(s, t, mu, r, out)
}

// throughCut appends to out a shortest s–t path, without s and t, drawn
// uniformly once the search that found d(s,t) = mu has stopped with t not
// settled from s: one edge of the cut drawn by its number of paths, then
// each side walked back to its end.
func (d *biDijkstra) throughCut(s, t int32, mu float64, r *rand.Rand, out []int32) []int32 {
	nodes := d.nodes
	// Every edge x–y between a node settled from s and one settled from t
	// was scanned once with both ends settled: from whichever end was
	// settled second. Those leaving F are the cut; draw one with
	// probability σ_s(x)σ_t(y)/σ_st.
	weight := func(e edge) float64 {
		x, y := &nodes[e.x], &nodes[e.y]
		if x.state[0] != settled || y.state[0] == settled || y.state[1] != settled ||
			!equal(x.dist[0]+e.l+y.dist[1], mu) {
			return 0
		}
		return x.sigma[0] * y.sigma[1]
	}
	total := 0.0
	for _, e := range d.cand {
		total += weight(e)
	}
	z := r.Float64() * total
	var cut edge
	for _, e := range d.cand {
		if w := weight(e); w > 0 {
			cut = e
			if z -= w; z < 0 {
				break
			}
		}
	}
	if cut.x != s {
		out = append(out, cut.x)
	}
	if cut.y != t {
		out = append(out, cut.y)
	}
	out = d.walk(0, cut.x, s, r, out)
	return d.walk(1, cut.y, t, r, out)
}

// walk follows side k's shortest-path DAG from v back to its end e,
// drawing each predecessor u of the current node c (a settled neighbour
// with dist(u) + ℓ(u,c) = dist(c) within the tolerance) with probability
// proportional to σ(u), and appends the nodes passed (e left out).
func (d *biDijkstra) walk(k int, v, e int32, r *rand.Rand, out []int32) []int32 {
	adj, off, length, nodes := d.adj, d.off, d.length, d.nodes
	for c := v; c != e; {
		lo, hi := off[c], off[c+1]
		dc := nodes[c].dist[k]
		pred := func(j int, u int32) bool {
			nu := &nodes[u]
			return nu.state[k] == settled && nu.dist[k] < dc && equal(nu.dist[k]+length[lo+j], dc)
		}
		total := 0.0
		for j, u := range adj[lo:hi] {
			if pred(j, u) {
				total += nodes[u].sigma[k]
			}
		}
		x := r.Float64() * total
		next := int32(-1)
		for j, u := range adj[lo:hi] {
			if pred(j, u) {
				next = u
				if x -= nodes[u].sigma[k]; x < 0 {
					break
				}
			}
		}
		if next != e {
			out = append(out, next)
		}
		c = next
	}
	return out
}
