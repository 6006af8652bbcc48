package centrality

import "github.com/tiesnet/ties/graph/csr"

// tieEps is the relative tolerance within which two path lengths are equal:
// igraph's IGRAPH_SHORTEST_PATH_EPSILON and its igraph_cmp_epsilon rule
// (|a − b| / (|a| + |b|) < 1e-10).
const tieEps = 1e-10

// dijkstra is the weighted searcher: Brandes' (2001) Dijkstra variant with
// a lazy binary heap, comparing path lengths with a relative tolerance as
// igraph's igraph_i_sspf_weighted does. Floating-point sums of lengths that
// are equal in exact arithmetic (1/2 + 1 and 1/4 + 1/4 + 1 with
// length = 1/weight) can differ in the last bit; NetworkX, which compares
// floats exactly, then misses one of the equal paths. With the tolerance
// the result equals the exact-arithmetic one (NetworkX run on
// fractions.Fraction lengths, as the golden files are made) and igraph's.
type dijkstra struct {
	adj    []int32
	off    []int
	length []float64 // parallel to adj
	order  []int32   // nodes in order of settlement
	nodes  []dnode
	heap   heap
	// Predecessor lists as linked lists in a pool: nodes[w].head is the
	// first entry of w's list (-1: empty), pool[e] = {v, next}.
	pool []pred
}

// dnode is a node's state, kept together so that relaxing a tie touches
// one cache line.
type dnode struct {
	dist  float64 // tentative length; final once settled
	sigma float64 // number of shortest paths from the source
	delta float64 // dependency of the source on the node
	head  int32   // first predecessor entry in the pool, -1 = none
	state uint8   // unseen, seen (in the heap) or settled
}

const (
	unseen uint8 = iota
	seen
	settled
)

type pred struct{ v, next int32 }

func newDijkstra(g *csr.Graph, length []float64) *dijkstra {
	n := g.N()
	d := &dijkstra{
		adj: g.Adj, off: g.Off, length: length,
		order: make([]int32, 0, n),
		nodes: make([]dnode, n),
	}
	for i := range d.nodes {
		d.nodes[i].head = -1
	}
	return d
}

// run searches from s. Settling v (the unsettled node of least tentative
// length), each tie v–w to an unsettled w gives alt = dist(v) + length(v,w):
// if w is unseen or alt is shorter than dist(w) beyond the tolerance, v
// becomes w's only predecessor and σ_w = σ_v; if alt equals dist(w) within
// the tolerance, v is another predecessor and σ_w += σ_v (dist(w) is kept).
// Only the nodes the previous search reached are reset.
func (d *dijkstra) run(s int32) {
	adj, off, length, nodes := d.adj, d.off, d.length, d.nodes
	for _, v := range d.order {
		nodes[v] = dnode{head: -1}
	}
	order := d.order[:0]
	pool := d.pool[:0]
	h := &d.heap
	h.items = h.items[:0]
	nodes[s] = dnode{sigma: 1, head: -1, state: seen}
	h.push(item{0, s})
	for len(h.items) > 0 {
		it := h.pop()
		v := it.v
		nv := &nodes[v]
		if nv.state == settled {
			continue // a longer, outdated entry
		}
		nv.state = settled
		order = append(order, v)
		dv, sv := nv.dist, nv.sigma
		lo, hi := off[v], off[v+1]
		for k, w := range adj[lo:hi] {
			nw := &nodes[w]
			if nw.state == settled {
				continue
			}
			alt := dv + length[lo+k]
			switch cur := nw.dist; {
			case nw.state == unseen || (alt < cur && cur-alt >= tieEps*(alt+cur)):
				nw.dist, nw.sigma, nw.state = alt, sv, seen
				nw.head = int32(len(pool))
				pool = append(pool, pred{v, -1})
				h.push(item{alt, w})
			case alt-cur < tieEps*(alt+cur):
				nw.sigma += sv
				e := int32(len(pool))
				pool = append(pool, pred{v, nw.head})
				nw.head = e
			}
		}
	}
	d.order, d.pool = order, pool
}

// accumulate sweeps the settled nodes in reverse order (Brandes 2001;
// NetworkX's _accumulate_basic): with c = (1 + δ_w)/σ_w, every predecessor
// v of w gains σ_v·c.
func (d *dijkstra) accumulate(s int32, bc []float64) {
	nodes, pool, order := d.nodes, d.pool, d.order
	for i := len(order) - 1; i > 0; i-- { // order[0] is s
		w := order[i]
		nw := &nodes[w]
		dw := nw.delta
		c := (1 + dw) / nw.sigma
		for e := nw.head; e >= 0; e = pool[e].next {
			nv := &nodes[pool[e].v]
			nv.delta += nv.sigma * c
		}
		bc[w] += dw
	}
}
