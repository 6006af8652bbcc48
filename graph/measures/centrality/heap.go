package centrality

// item is a heap entry of the Dijkstra search: a tentative length of a
// node. A node may have several entries; only the first popped counts.
type item struct {
	dist float64
	v    int32
}

// before orders items by length, then by node, so that the order of
// settlement is fully determined by the graph.
func (a item) before(b item) bool {
	return a.dist < b.dist || (a.dist == b.dist && a.v < b.v)
}

// heap is a binary min-heap of items; pop returns the first by before. (A
// 4-ary heap measured no faster here.)
type heap struct{ items []item }

func (h *heap) push(x item) {
	h.items = append(h.items, x)
	a := h.items
	i := len(a) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !x.before(a[p]) {
			break
		}
		a[i] = a[p]
		i = p
	}
	a[i] = x
}

func (h *heap) pop() item {
	a := h.items
	top := a[0]
	last := len(a) - 1
	x := a[last]
	a = a[:last]
	h.items = a
	if last == 0 {
		return top
	}
	i := 0
	for {
		c := 2*i + 1
		if c >= last {
			break
		}
		if r := c + 1; r < last && a[r].before(a[c]) {
			c = r
		}
		if !a[c].before(x) {
			break
		}
		a[i] = a[c]
		i = c
	}
	a[i] = x
	return top
}
