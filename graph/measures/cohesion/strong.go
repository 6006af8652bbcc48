package cohesion

import "github.com/tiesnet/ties/graph/csr"

// StrongComponents is the number of strongly connected components of the
// directed graph d: maximal sets in which every node reaches every other
// along arcs; a node on no cycle is a component of its own
// (nx.number_strongly_connected_components). Tarjan's algorithm (Tarjan
// 1972, "Depth-first search and linear graph algorithms"), run with an
// explicit stack so that long paths cannot overflow the goroutine stack;
// O(n + m).
func StrongComponents(d *csr.Graph) int {
	_, count := strongLabels(d)
	return count
}

// strongLabels returns each node's strongly connected component, numbered
// in the order Tarjan's algorithm completes them (a component is numbered
// before every component that reaches it), and their number.
func strongLabels(d *csr.Graph) (comp []int32, count int) {
	n := d.N()
	index := make([]int32, n) // discovery order + 1; 0 = not yet visited
	low := make([]int32, n)
	comp = make([]int32, n) // -1 while on the Tarjan stack
	for i := range comp {
		comp[i] = -1
	}
	type frame struct {
		v    int32
		next int // position in d.Adj of the next arc to follow
	}
	var stack []int32 // Tarjan's stack of visited, unassigned nodes
	var call []frame  // the depth-first search's call stack
	clock := int32(0)
	visit := func(v int32) {
		clock++
		index[v], low[v] = clock, clock
		stack = append(stack, v)
		call = append(call, frame{v, d.Off[v]})
	}
	for s := range n {
		if index[s] != 0 {
			continue
		}
		visit(int32(s))
		for len(call) > 0 {
			f := &call[len(call)-1]
			v := f.v
			if f.next < d.Off[v+1] {
				w := d.Adj[f.next]
				f.next++
				if index[w] == 0 {
					visit(w)
				} else if comp[w] < 0 && index[w] < low[v] {
					// w is on the stack: a back or cross arc within the
					// current component.
					low[v] = index[w]
				}
				continue
			}
			call = call[:len(call)-1]
			if low[v] == index[v] {
				for {
					w := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					comp[w] = int32(count)
					if w == v {
						break
					}
				}
				count++
			}
			if len(call) > 0 {
				if u := call[len(call)-1].v; low[v] < low[u] {
					low[u] = low[v]
				}
			}
		}
	}
	return comp, count
}
