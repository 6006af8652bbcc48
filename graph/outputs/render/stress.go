package render

import (
	"cmp"
	"container/heap"
	"math"
	"slices"
)

// stressLayout places the nodes of a small graph (the views draw at most a
// few hundred nodes) by stress majorization: the distance between two
// nodes in the picture approaches their distance in the graph, every pair
// weighted by 1/d² so that neighbourhoods count more than the far side
// (Gansner, Koren and North, "Graph drawing by stress majorization", Graph
// Drawing 2004; the method of Graphviz's neato). It is done in Go rather
// than by neato so that ties knows every position before it places the
// labels, and so the same data gives the same picture: the start is a
// classical multidimensional scaling (Torgerson 1952) of the graph
// distances, computed by power iteration from a fixed vector, not a random
// one.
//
// Edges carry a length in points; radius[i] is node i's radius in points.
// After the stress, overlapping nodes are pushed apart (with sep points
// between them), and the connected components are packed in rows, largest
// first, isolated nodes last. Positions are in points, y up, the picture's
// lower left corner at (0, 0).
type stressEdge struct {
	a, b int
	len  float64
}

func stressLayout(n int, edges []stressEdge, radius []float64, sep float64) []point {
	pos := make([]point, n)
	if n == 0 {
		return pos
	}
	adj := make([][]stressEdge, n)
	for _, e := range edges {
		if e.a == e.b {
			continue
		}
		adj[e.a] = append(adj[e.a], e)
		adj[e.b] = append(adj[e.b], stressEdge{e.b, e.a, e.len})
	}
	// Components, in order of their smallest node.
	comp := make([]int, n)
	for i := range comp {
		comp[i] = -1
	}
	var comps [][]int
	for i := range n {
		if comp[i] >= 0 {
			continue
		}
		c := len(comps)
		members := []int{i}
		comp[i] = c
		for k := 0; k < len(members); k++ {
			for _, e := range adj[members[k]] {
				if comp[e.b] < 0 {
					comp[e.b] = c
					members = append(members, e.b)
				}
			}
		}
		slices.Sort(members)
		comps = append(comps, members)
	}
	type block struct {
		members []int
		pos     []point
		w, h    float64
	}
	var blocks, singles []block
	for _, members := range comps {
		if len(members) == 1 {
			i := members[0]
			singles = append(singles, block{members, []point{{radius[i], radius[i]}}, 2 * radius[i], 2 * radius[i]})
			continue
		}
		p := stressComponent(members, adj, radius, sep)
		// Move to the origin.
		x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
		for k, i := range members {
			x0, y0 = min(x0, p[k].x-radius[i]), min(y0, p[k].y-radius[i])
			x1, y1 = max(x1, p[k].x+radius[i]), max(y1, p[k].y+radius[i])
		}
		for k := range p {
			p[k].x -= x0
			p[k].y -= y0
		}
		blocks = append(blocks, block{members, p, x1 - x0, y1 - y0})
	}
	slices.SortStableFunc(blocks, func(a, b block) int { return cmp.Compare(b.w*b.h, a.w*a.h) })
	// Pack: rows no wider than the largest block or a square of the
	// total area, whichever is wider; isolated nodes in rows at the foot.
	area, widest := 0.0, 0.0
	for _, b := range append(slices.Clone(blocks), singles...) {
		area += (b.w + 2*sep) * (b.h + 2*sep)
		widest = max(widest, b.w)
	}
	rowWidth := max(widest, math.Sqrt(area)*1.3)
	x, y, rowH := 0.0, 0.0, 0.0
	all := append(blocks, singles...)
	offsets := make([]point, len(all))
	for k, b := range all {
		if x > 0 && (x+b.w > rowWidth || (k == len(blocks) && len(blocks) > 0)) {
			y -= rowH + 2*sep
			x, rowH = 0, 0
		}
		offsets[k] = point{x, y - b.h}
		x += b.w + 2*sep
		rowH = max(rowH, b.h)
	}
	for k, b := range all {
		for m, i := range b.members {
			pos[i] = point{b.pos[m].x + offsets[k].x, b.pos[m].y + offsets[k].y}
		}
	}
	// Lower left corner at the origin.
	x0, y0 := math.Inf(1), math.Inf(1)
	for i, p := range pos {
		x0, y0 = min(x0, p.x-radius[i]), min(y0, p.y-radius[i])
	}
	for i := range pos {
		pos[i].x -= x0
		pos[i].y -= y0
	}
	return pos
}

// stressComponent lays out one connected component (node indices members,
// ascending) and returns positions parallel to members.
func stressComponent(members []int, adj [][]stressEdge, radius []float64, sep float64) []point {
	k := len(members)
	local := make(map[int]int, k)
	for m, i := range members {
		local[i] = m
	}
	// Graph distances by Dijkstra from every node.
	d := make([][]float64, k)
	for m, src := range members {
		d[m] = dijkstra(src, k, local, adj)
	}
	pos := classicalMDS(d)
	// Stress majorization, localized (each node moves to the weighted
	// mean of where every other node says it should be).
	const iterations = 400
	for it := range iterations {
		moved := 0.0
		for a := range k {
			sx, sy, sw := 0.0, 0.0, 0.0
			for b := range k {
				if a == b {
					continue
				}
				dab := d[a][b]
				w := 1 / (dab * dab)
				ex, ey := pos[a].x-pos[b].x, pos[a].y-pos[b].y
				dist := math.Hypot(ex, ey)
				if dist < 1e-9 {
					// Coincident: nudge deterministically.
					ex, ey, dist = math.Cos(float64(a)), math.Sin(float64(a)), 1
				}
				sx += w * (pos[b].x + dab*ex/dist)
				sy += w * (pos[b].y + dab*ey/dist)
				sw += w
			}
			nx, ny := sx/sw, sy/sw
			moved = max(moved, math.Hypot(nx-pos[a].x, ny-pos[a].y))
			pos[a] = point{nx, ny}
		}
		if it > 30 && moved < 0.05 {
			break
		}
	}
	r := make([]float64, k)
	for m, i := range members {
		r[m] = radius[i]
	}
	separate(pos, r, sep)
	return pos
}

// separate pushes overlapping discs apart until every pair is sep points
// apart (or 200 rounds have passed).
func separate(pos []point, r []float64, sep float64) {
	for range 200 {
		clean := true
		for a := range pos {
			for b := a + 1; b < len(pos); b++ {
				need := r[a] + r[b] + sep
				dx, dy := pos[b].x-pos[a].x, pos[b].y-pos[a].y
				dist := math.Hypot(dx, dy)
				if dist >= need {
					continue
				}
				clean = false
				if dist < 1e-9 {
					dx, dy, dist = math.Cos(float64(a+b)), math.Sin(float64(a+b)), 1
				}
				push := (need - dist) / 2 * 1.01
				pos[a].x -= dx / dist * push
				pos[a].y -= dy / dist * push
				pos[b].x += dx / dist * push
				pos[b].y += dy / dist * push
			}
		}
		if clean {
			return
		}
	}
}

// dijkstra returns the distances from src to every node of a component
// (local indices); unreachable nodes (none, in a component) get the
// largest distance found plus one.
func dijkstra(src, k int, local map[int]int, adj [][]stressEdge) []float64 {
	dist := make([]float64, k)
	for i := range dist {
		dist[i] = math.Inf(1)
	}
	dist[local[src]] = 0
	q := &distHeap{{src, 0}}
	for q.Len() > 0 {
		it := heap.Pop(q).(distItem)
		if it.d > dist[local[it.node]] {
			continue
		}
		for _, e := range adj[it.node] {
			nd := it.d + e.len
			if m := local[e.b]; nd < dist[m] {
				dist[m] = nd
				heap.Push(q, distItem{e.b, nd})
			}
		}
	}
	far := 0.0
	for _, x := range dist {
		if !math.IsInf(x, 1) {
			far = max(far, x)
		}
	}
	for i, x := range dist {
		if math.IsInf(x, 1) {
			dist[i] = far + 1
		}
	}
	return dist
}

type distItem struct {
	node int
	d    float64
}

type distHeap []distItem

func (h distHeap) Len() int { return len(h) }
func (h distHeap) Less(i, j int) bool {
	if h[i].d != h[j].d {
		return h[i].d < h[j].d
	}
	return h[i].node < h[j].node
}
func (h distHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *distHeap) Push(x any)   { *h = append(*h, x.(distItem)) }
func (h *distHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// classicalMDS returns two-dimensional positions whose distances best
// match d (Torgerson's classical scaling: the two leading eigenvectors of
// the double-centred squared distances, by power iteration from fixed
// start vectors).
func classicalMDS(d [][]float64) []point {
	k := len(d)
	pos := make([]point, k)
	if k == 1 {
		return pos
	}
	b := make([][]float64, k)
	rowMean := make([]float64, k)
	all := 0.0
	for i := range k {
		b[i] = make([]float64, k)
		for j := range k {
			b[i][j] = d[i][j] * d[i][j]
			rowMean[i] += b[i][j]
		}
		all += rowMean[i]
		rowMean[i] /= float64(k)
	}
	all /= float64(k * k)
	for i := range k {
		for j := range k {
			b[i][j] = -0.5 * (b[i][j] - rowMean[i] - rowMean[j] + all)
		}
	}
	var vecs [2][]float64
	var vals [2]float64
	for e := range 2 {
		v := make([]float64, k)
		for i := range v {
			v[i] = math.Sin(float64(i+1)*(1.3+float64(e))) + 0.1*float64(e)
		}
		lambda := 0.0
		for range 200 {
			w := make([]float64, k)
			for i := range k {
				s := 0.0
				for j := range k {
					s += b[i][j] * v[j]
				}
				w[i] = s
			}
			// Deflate the first vector out of the second.
			if e == 1 {
				dot := 0.0
				for i := range k {
					dot += w[i] * vecs[0][i]
				}
				for i := range k {
					w[i] -= dot * vecs[0][i]
				}
			}
			norm := 0.0
			for _, x := range w {
				norm += x * x
			}
			norm = math.Sqrt(norm)
			if norm < 1e-12 {
				break
			}
			lambda = norm
			for i := range k {
				v[i] = w[i] / norm
			}
		}
		vecs[e], vals[e] = v, lambda
	}
	for i := range k {
		pos[i] = point{vecs[0][i] * math.Sqrt(vals[0]), vecs[1][i] * math.Sqrt(vals[1])}
	}
	// Degenerate input (all distances alike): spread on a circle.
	spread := 0.0
	for i := range k {
		spread = max(spread, math.Abs(pos[i].x), math.Abs(pos[i].y))
	}
	if spread < 1e-6 {
		for i := range k {
			a := 2 * math.Pi * float64(i) / float64(k)
			pos[i] = point{math.Cos(a) * d[0][1], math.Sin(a) * d[0][1]}
		}
	}
	return pos
}

// labelRoom widens the radius the layout keeps free around a labelled
// node by half its label (at most 45 points), so that the label placer
// finds room beside it: a tightly packed cluster of brokers otherwise
// leaves their names nowhere to go. labels maps node to label text.
func labelRoom(radius []float64, labels map[int]string, size float64) []float64 {
	out := slices.Clone(radius)
	for i, t := range labels {
		out[i] += min(45, textWidth(t, size)/2)
	}
	return out
}
