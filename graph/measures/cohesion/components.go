package cohesion

import (
	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/internal/unionfind"
)

// Components labels the connected components of the undirected graph g
// (symmetric, as csr.Undirected builds it): label[i] is the component of
// node i, numbered 0, 1, … in order of each component's first node, and
// count is their number. An isolate is a component of its own
// (nx.number_connected_components, nx.connected_components). Breadth-first
// search, O(n + m).
func Components(g *csr.Graph) (label []int, count int) {
	n := g.N()
	label = make([]int, n)
	for i := range label {
		label[i] = -1
	}
	queue := make([]int32, 0, 64)
	for s := range n {
		if label[s] >= 0 {
			continue
		}
		label[s] = count
		queue = append(queue[:0], int32(s))
		for h := 0; h < len(queue); h++ {
			for _, v := range g.Neighbors(int(queue[h])) {
				if label[v] < 0 {
					label[v] = count
					queue = append(queue, v)
				}
			}
		}
		count++
	}
	return label, count
}

// WeakComponents is the number of weakly connected components of the
// directed graph d: components when the direction of the arcs is ignored
// (nx.number_weakly_connected_components). Union–find with path halving
// over the arcs, O(n + m α(n)).
func WeakComponents(d *csr.Graph) int {
	n := d.N()
	sets := unionfind.New(n)
	count := n
	for i := range n {
		for _, j := range d.Neighbors(i) {
			if _, joined := sets.Union(int32(i), j); joined {
				count--
			}
		}
	}
	return count
}
