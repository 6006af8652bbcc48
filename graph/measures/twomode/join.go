package twomode

import (
	"slices"

	"github.com/tiesnet/ties/graph/csr"
)

// Join returns the ties of g (an undirected graph on the same people, such
// as the tie view; nil for none) joined with the projection of the groups
// opt projects: an edge where g has one or two people share a projected
// group, weighing g's weight plus the projection's (the number of shared
// groups, or Newman's Σ 1/(size − 1)). It equals csr.Build of the union of
// both edge lists, summed, but the projected pairs are streamed twice from
// the memberships (once to count each row, once to fill it) and written
// straight into the result: no list of pairs is ever held. pairs is the
// number of edges of the result.
func (b *Bipartite) Join(g *csr.Graph, opt ProjectOptions) (out *csr.Graph, pairs int) {
	n := b.NPeople()
	off := make([]int, n+1)
	// Pass 1: each row's length. Pass 2: fill. Rows come out ascending:
	// row v receives the u < v in the order of u, then its own v' > v.
	b.eachRow(g, opt, func(u int, vs []int32, _ []float64) {
		off[u+1] += len(vs)
		for _, v := range vs {
			off[v+1]++
		}
	})
	for i := range n {
		off[i+1] += off[i]
	}
	out = &csr.Graph{Off: off, Adj: make([]int32, off[n]), W: make([]float64, off[n])}
	pos := slices.Clone(off[:n])
	b.eachRow(g, opt, func(u int, vs []int32, ws []float64) {
		for k, v := range vs {
			p := pos[u]
			out.Adj[p], out.W[p] = v, ws[k]
			pos[u]++
			q := pos[v]
			out.Adj[q], out.W[q] = int32(u), ws[k]
			pos[v]++
		}
	})
	return out, off[n] / 2
}

// ImpliesTies reports whether some group opt projects has two members or
// more: whether Join adds anything to the ties.
func (b *Bipartite) ImpliesTies(opt ProjectOptions) bool {
	for _, g := range b.Groups {
		if opt.projects(g.Size) {
			return true
		}
	}
	return false
}

// eachRow calls fn for every person u with u's neighbours v > u in the
// join of g and the projection, ascending, and the weights of those edges.
// The slices are reused between calls.
func (b *Bipartite) eachRow(g *csr.Graph, opt ProjectOptions, fn func(u int, vs []int32, ws []float64)) {
	n := b.NPeople()
	acc := make([]float64, n)
	cnt := make([]int32, n)
	var touched, vs []int32
	var ws []float64
	for u := range n {
		for _, grp := range b.GroupsOf(u) {
			gr := &b.Groups[grp]
			if !opt.projects(gr.Size) {
				continue
			}
			w := opt.weight(gr.Size)
			for _, v := range gr.Members {
				if v <= u {
					continue
				}
				if cnt[v] == 0 {
					touched = append(touched, int32(v))
				}
				acc[v] += w
				cnt[v]++
			}
		}
		slices.Sort(touched)
		// Merge with g's row (v > u), summing where both have the edge.
		var nb []int32
		var nw []float64
		if g != nil {
			nb, nw = g.Neighbors(u), g.Weights(u)
			k, _ := slices.BinarySearch(nb, int32(u)+1)
			nb, nw = nb[k:], nw[k:]
		}
		vs, ws = vs[:0], ws[:0]
		x, y := 0, 0
		for x < len(nb) || y < len(touched) {
			switch {
			case y == len(touched) || (x < len(nb) && nb[x] < touched[y]):
				vs, ws = append(vs, nb[x]), append(ws, nw[x])
				x++
			case x == len(nb) || touched[y] < nb[x]:
				v := touched[y]
				vs, ws = append(vs, v), append(ws, acc[v])
				y++
			default: // the same person in both
				v := touched[y]
				vs, ws = append(vs, v), append(ws, nw[x]+acc[v])
				x++
				y++
			}
		}
		for _, v := range touched {
			acc[v], cnt[v] = 0, 0
		}
		touched = touched[:0]
		if len(vs) > 0 {
			fn(u, vs, ws)
		}
	}
}
