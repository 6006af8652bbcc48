package bridges

import (
	"cmp"
	"slices"

	"github.com/tiesnet/ties/graph/csr"
)

// Bridges returns the edges of the undirected graph g whose removal
// increases the number of connected components, sorted by (U, V).
//
// It uses one depth-first search with Hopcroft and Tarjan's lowpoints
// (Tarjan, R. E. 1974. A note on finding the bridges of a graph.
// Information Processing Letters 2(6):160–161): a tree edge p-v is a
// bridge when low(v) > disc(p). The search is iterative, so graphs of any
// size and depth are safe; time O(n + m). Reference: NetworkX nx.bridges.
func Bridges(g *csr.Graph) []Edge {
	br, _ := cut(g)
	return br
}

// ArticulationPoints returns the nodes of the undirected graph g whose
// removal increases the number of connected components, ascending.
//
// Same search as Bridges (Hopcroft, J. and Tarjan, R. 1973. Algorithm 447:
// efficient algorithms for graph manipulation. Communications of the ACM
// 16(6):372–378): a root is a cut vertex when it has two or more DFS
// children, another node p when some child v has low(v) >= disc(p).
// Reference: NetworkX nx.articulation_points.
func ArticulationPoints(g *csr.Graph) []int {
	_, ap := cut(g)
	return ap
}

// cut runs the iterative lowpoint search once for bridges and
// articulation points.
func cut(g *csr.Graph) ([]Edge, []int) {
	n := g.N()
	disc := make([]int32, n) // discovery time, 1-based; 0 = unvisited
	low := make([]int32, n)
	parent := make([]int32, n)
	next := make([]int, n) // next position to look at in each node's row
	isCut := make([]bool, n)
	var stack []int32
	var br []Edge
	t := int32(0)
	for root := range n {
		if disc[root] != 0 {
			continue
		}
		t++
		disc[root], low[root], parent[root], next[root] = t, t, -1, g.Off[root]
		stack = append(stack[:0], int32(root))
		children := 0
		for len(stack) > 0 {
			v := stack[len(stack)-1]
			if next[v] < g.Off[v+1] {
				w := g.Adj[next[v]]
				next[v]++
				switch {
				case disc[w] == 0:
					t++
					disc[w], low[w], parent[w], next[w] = t, t, v, g.Off[w]
					stack = append(stack, w)
					if int(v) == root {
						children++
					}
				case w != parent[v]: // a back edge (g has no repeated edges)
					low[v] = min(low[v], disc[w])
				}
				continue
			}
			stack = stack[:len(stack)-1]
			p := parent[v]
			if p < 0 {
				continue
			}
			low[p] = min(low[p], low[v])
			if low[v] > disc[p] {
				br = append(br, Edge{U: int(min(p, v)), V: int(max(p, v))})
			}
			if int(p) != root && low[v] >= disc[p] {
				isCut[p] = true
			}
		}
		if children > 1 {
			isCut[root] = true
		}
	}
	slices.SortFunc(br, func(a, b Edge) int {
		if c := cmp.Compare(a.U, b.U); c != 0 {
			return c
		}
		return cmp.Compare(a.V, b.V)
	})
	var ap []int
	for i, c := range isCut {
		if c {
			ap = append(ap, i)
		}
	}
	return br, ap
}
