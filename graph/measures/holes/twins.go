package holes

import (
	"cmp"
	"math"
	"slices"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/internal/par"
)

// Twins. People who share exactly the same networks and nothing else are
// tied to each other and to the same people with the same weights: true
// twins, N[i] = N[i'] (closed neighbourhoods) and w_iq = w_i'q for every
// other q. Swapping two twins is an automorphism of the graph, so they have
// the same constraint, effective size and hierarchy, and a neighbour's
// twins enter i's sums identically. A member list's implied ties are
// mostly twins (everyone in one network of 400 members forms one class),
// and the whole-model kernel then walks the graph of classes instead of
// the people: for each class C, each neighbouring class E and each of E's
// neighbouring classes D, the count of people q in E tied to both i in C
// and j in D is |E| − [E = C] − [E = D]. The cost is sum_E k(E)^2 over
// classes instead of sum_q k_q^2 over people (for 200 000 people in
// Zipf-sized networks of at most 500 members, 2.5·10^9 against 10^10).
// The figures are the same sums, grouped; only the rounding of the last
// bits can differ from the per-person kernel.

// twins is the quotient of an undirected graph by true twins.
type twins struct {
	class []int32 // class of each node
	// members of class c: mem[memOff[c]:memOff[c+1]], ascending; the first
	// is the representative.
	memOff []int
	mem    []int32
	// The classes' graph: class c's neighbouring classes qAdj[qOff[c]:
	// qOff[c+1]] with the weight qW between any member of c and any member
	// of the neighbour; c itself is listed when it has two members or more.
	qOff []int
	qAdj []int32
	qW   []float64
	// size32[c] is the number of members of class c.
	size32 []int32
	// rev[a] is the position in qAdj of the arc a reversed (rows are
	// ascending, so the arcs into d come in the order of d's row).
	rev []int
}

func (t *twins) classes() int { return len(t.memOff) - 1 }

// mix is splitmix64's finaliser: a well-spread hash of a node id.
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// findTwins groups g's nodes into classes of true twins. Nodes are grouped
// by degree and a hash of their closed neighbourhood, then each is compared
// with the representatives of its group row by row, so a hash collision
// never merges nodes that are not twins. It returns nil when there are more
// than maxClasses classes.
func findTwins(g *csr.Graph, maxClasses int) *twins {
	rep, nc := representatives(g)
	if nc > maxClasses {
		return nil
	}
	t := &twins{class: numberClasses(g, rep)}
	t.members(rep, nc)
	t.buildRows(g)
	return t
}

// representatives returns each node's representative (its smallest twin)
// and the number of classes.
func representatives(g *csr.Graph) (rep []int32, nc int) {
	n := g.N()
	hash := make([]uint64, n)
	for i := range n {
		h := mix(uint64(i))
		for _, q := range g.Neighbors(i) {
			if int(q) == i { // a self-tie: never a twin
				h = mix(uint64(n) + uint64(i))
				break
			}
			h += mix(uint64(q))
		}
		hash[i] = h
	}
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		if c := cmp.Compare(g.Degree(int(a)), g.Degree(int(b))); c != 0 {
			return c
		}
		if c := cmp.Compare(hash[a], hash[b]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	rep = make([]int32, n)
	var reps []int32
	for lo := 0; lo < n; {
		hi := lo + 1
		for hi < n && hash[order[hi]] == hash[order[lo]] && g.Degree(int(order[hi])) == g.Degree(int(order[lo])) {
			hi++
		}
		reps = reps[:0]
		for _, i := range order[lo:hi] {
			rep[i] = i
			if g.Degree(int(i)) > 0 {
				for _, r := range reps {
					if areTwins(g, int(i), int(r)) {
						rep[i] = r
						break
					}
				}
			}
			if rep[i] == i {
				reps = append(reps, i)
				nc++
			}
		}
		lo = hi
	}
	return rep, nc
}

// numberClasses numbers the classes in breadth-first order of the classes'
// graph (from the representatives, ascending), so that the classes of one
// network have nearby numbers and the kernel's scratch arrays stay in
// cache; people without ties last. It returns each node's class.
func numberClasses(g *csr.Graph, rep []int32) []int32 {
	n := g.N()
	class := make([]int32, n)
	for i := range class {
		class[i] = -1
	}
	nc := int32(0)
	var queue []int32
	for i := range n {
		if rep[i] != int32(i) || class[i] >= 0 || g.Degree(i) == 0 {
			continue
		}
		class[i] = nc
		nc++
		queue = append(queue[:0], int32(i))
		for len(queue) > 0 {
			r := queue[0]
			queue = queue[1:]
			for _, q := range g.Neighbors(int(r)) {
				if rq := rep[q]; class[rq] < 0 {
					class[rq] = nc
					nc++
					queue = append(queue, rq)
				}
			}
		}
	}
	for i := range n {
		if rep[i] == int32(i) && class[i] < 0 {
			class[i] = nc
			nc++
		}
	}
	for i := range n {
		class[i] = class[rep[i]]
	}
	return class
}

// members lists each class's members, ascending, and their number.
func (t *twins) members(rep []int32, nc int) {
	n := len(rep)
	t.memOff = make([]int, nc+1)
	for i := range n {
		t.memOff[t.class[i]+1]++
	}
	for c := range nc {
		t.memOff[c+1] += t.memOff[c]
	}
	t.mem = make([]int32, n)
	fill := slices.Clone(t.memOff[:nc])
	for i := range n {
		c := t.class[i]
		t.mem[fill[c]] = int32(i)
		fill[c]++
	}
	t.size32 = make([]int32, nc)
	for c := range nc {
		t.size32[c] = int32(t.memOff[c+1] - t.memOff[c])
	}
}

// buildRows builds the classes' graph from each representative's row,
// rows ascending, and the reversed arcs.
func (t *twins) buildRows(g *csr.Graph) {
	nc := t.classes()
	t.qOff = make([]int, nc+1)
	seen := make([]int32, nc)
	var buf []arc
	for c := range nc {
		r := int(t.mem[t.memOff[c]])
		stamp := int32(c + 1)
		w := g.Weights(r)
		for x, q := range g.Neighbors(r) {
			d := t.class[q]
			if seen[d] != stamp {
				seen[d] = stamp
				t.qAdj = append(t.qAdj, d)
				t.qW = append(t.qW, w[x])
			}
		}
		t.qOff[c+1] = len(t.qAdj)
		buf = sortRow(t.qAdj[t.qOff[c]:], t.qW[t.qOff[c]:], buf)
	}
	t.rev = make([]int, len(t.qAdj))
	cursor := slices.Clone(t.qOff[:nc])
	for c := range nc {
		for a := t.qOff[c]; a < t.qOff[c+1]; a++ {
			d := t.qAdj[a]
			t.rev[a] = cursor[d]
			cursor[d]++
		}
	}
}

// arc is a class row's entry while it is sorted.
type arc struct {
	d int32
	w float64
}

// sortRow sorts a class row by class, its weights alongside, through buf.
func sortRow(adj []int32, w []float64, buf []arc) []arc {
	if slices.IsSorted(adj) {
		return buf
	}
	buf = buf[:0]
	for x, d := range adj {
		buf = append(buf, arc{d, w[x]})
	}
	slices.SortFunc(buf, func(a, b arc) int { return cmp.Compare(a.d, b.d) })
	for x, e := range buf {
		adj[x], w[x] = e.d, e.w
	}
	return buf
}

// areTwins reports whether i and r are tied and every other neighbour of
// either is tied to both with the same weight. Rows are ascending.
func areTwins(g *csr.Graph, i, r int) bool {
	a, aw := g.Neighbors(i), g.Weights(i)
	b, bw := g.Neighbors(r), g.Weights(r)
	if len(a) != len(b) {
		return false
	}
	x, y := 0, 0
	tied := false
	for {
		for x < len(a) && int(a[x]) == r {
			tied = true
			x++
		}
		for y < len(b) && int(b[y]) == i {
			y++
		}
		if x == len(a) || y == len(b) {
			return tied && x == len(a) && y == len(b)
		}
		if a[x] != b[y] || aw[x] != bw[y] {
			return false
		}
		x++
		y++
	}
}

// minTwinShare: the class kernel runs when the classes are at most this
// share of the nodes; otherwise the per-person kernel does (building the
// classes' graph would cost more than it saves).
var minTwinShare = 0.75

// tscratch is one worker's working memory of the class kernel, indexed by
// class.
type tscratch struct {
	mark []int32
	u, v []float64
	hub  scratch // hubAdj, hubW only
}

// runTwins computes the whole model over the classes of t; k holds the
// options, invS and invM per node.
//
// For i in class C and j in class D, acc_ij = p_ij + invS_i·U_CD with
//
//	U_CD = Σ_E cnt(E) · invS_E · w_CE · w_ED,  cnt(E) = |E| − [E = C] − [E = D],
//
// over the classes E tied to (or equal to) both, and likewise the sums of
// effective size: V_CD = Σ_E cnt(E) · w_CE · w_ED. Both are symmetric in C
// and D, so pass 1 computes them once per pair of tied classes, by the
// lower-numbered class, walking only the higher-numbered part of each
// neighbouring row (half the steps of a walk per class), and pass 2 reads
// them from both sides. Each value is summed by one call in a fixed order:
// the figures do not depend on the number of workers.
func (k *kernel) runTwins(t *twins, workers int) {
	nc := t.classes()
	arcs := len(t.qAdj)
	u := make([]float64, arcs)
	var v []float64
	if k.want&wantES != 0 {
		v = make([]float64, arcs)
	}
	const chunk = 16
	scr := make([]*tscratch, workers)
	par.For(nc, chunk, workers, func(w, lo, hi int) {
		if scr[w] == nil {
			scr[w] = &tscratch{mark: make([]int32, nc), u: make([]float64, nc)}
			if v != nil {
				scr[w].v = make([]float64, nc)
			}
		}
		for c := lo; c < hi; c++ {
			k.classSums(t, scr[w], int32(c), u, v)
		}
	})
	par.For(nc, chunk, workers, func(w, lo, hi int) {
		for c := lo; c < hi; c++ {
			con, es, h := k.class(t, int32(c), u, v)
			for _, i := range t.mem[t.memOff[c]:t.memOff[c+1]] {
				k.set(int(i), con, es, h)
			}
		}
	})
}

// classSums stores U_CD and V_CD (runTwins) for C = c and every class D ≥
// c tied to it, at D's position in c's row.
func (k *kernel) classSums(t *twins, ts *tscratch, c int32, u, v []float64) {
	off := t.qOff[c]
	row, rw := t.qAdj[off:t.qOff[c+1]], t.qW[off:t.qOff[c+1]]
	first, _ := slices.BinarySearch(row, c) // row[first:] are the classes ≥ c
	if first == len(row) {
		return
	}
	stamp := c + 1
	mark, su, sv := ts.mark, ts.u, ts.v
	for _, d := range row[first:] {
		mark[d] = stamp
		su[d] = 0
		if sv != nil {
			sv[d] = 0
		}
	}
	size := t.size32
	for x, e := range row {
		erow, ew := t.qAdj[t.qOff[e]:t.qOff[e+1]], t.qW[t.qOff[e]:t.qOff[e+1]]
		var y0 int
		if len(erow) > hubRatio*len(row) {
			erow, ew = ts.hub.common(row, erow, ew) // a hub: see kernel.node
			y0, _ = slices.BinarySearch(erow, c)
		} else {
			y0 = t.rev[off+x] - t.qOff[e] // c's place in e's row
		}
		se := int(size[e])
		if e == c {
			se--
		}
		var sq float64
		if k.invS != nil {
			sq = k.invS[t.mem[t.memOff[e]]]
		}
		wce := 1.0
		if k.weighted {
			wce = rw[x]
		}
		for y := y0; y < len(erow); y++ {
			d := erow[y]
			if mark[d] != stamp {
				continue
			}
			cnt := se
			if d == e {
				cnt--
			}
			if cnt <= 0 {
				continue
			}
			wed := 1.0
			if k.weighted {
				wed = ew[y]
			}
			f := float64(cnt) * wce * wed
			su[d] += f * sq
			if sv != nil {
				sv[d] += f
			}
		}
	}
	for x, d := range row[first:] {
		u[off+first+x] = su[d]
		if v != nil {
			v[off+first+x] = sv[d]
		}
	}
}

// class computes the measures of every member i of class c (see kernel.node
// for the same sums person by person) from U and V (runTwins).
func (k *kernel) class(t *twins, c int32, u, v []float64) (con, es, h float64) {
	g := k.g
	r := int(t.mem[t.memOff[c]])
	deg := g.Degree(r)
	if deg == 0 {
		return math.NaN(), math.NaN(), math.NaN()
	}
	var invSi float64
	if k.weighted {
		sum := 0.0
		for _, x := range g.Weights(r) {
			sum += x
		}
		invSi = inv(sum)
	} else {
		invSi = 1 / float64(deg)
	}
	off := t.qOff[c]
	row, rw := t.qAdj[off:t.qOff[c+1]], t.qW[off:t.qOff[c+1]]
	size := t.size32
	// m(d) = size(d) − [d = c]: how many of i's neighbours are in class d.
	m := func(d int32) float64 {
		if d == c {
			return float64(size[d] - 1)
		}
		return float64(size[d])
	}
	// sums returns U_cd and V_cd for row position x: stored in c's row when
	// d ≥ c, else in d's row at c.
	sums := func(x int) (float64, float64) {
		a := off + x
		if row[x] < c {
			a = t.rev[a]
		}
		if v == nil {
			return u[a], 0
		}
		return u[a], v[a]
	}
	var pairs, red float64
	con, sum2 := 0.0, 0.0
	var accs []float64
	if k.want&wantHierarchy != 0 {
		accs = make([]float64, len(row))
	}
	for x, d := range row {
		ud, vd := sums(x)
		p := invSi
		if k.weighted {
			p = rw[x] * invSi
		}
		acc := p + invSi*ud
		md := m(d)
		sum2 += md * acc * acc
		if accs != nil {
			accs[x] = acc
		}
		if k.weighted {
			if k.invM != nil {
				red += md * vd * k.invM[t.mem[t.memOff[d]]]
			}
		} else {
			pairs += md * vd
		}
	}
	es = math.NaN()
	if k.want&wantES != 0 {
		if k.weighted {
			es = float64(deg) - invSi*red
		} else {
			es = float64(deg) - pairs/float64(deg)
		}
	}
	con, h = math.NaN(), math.NaN()
	if k.acc {
		con = sum2
		if accs != nil {
			h = classHierarchy(accs, row, m, deg, con)
		}
	}
	return con, es, h
}

// classHierarchy is hierarchy over classes: sum_j r_j ln r_j / (N ln N),
// each class's r (from accs, parallel to row) counted once per member that
// is i's neighbour.
func classHierarchy(accs []float64, row []int32, m func(int32) float64, deg int, total float64) float64 {
	if deg == 1 {
		return 1
	}
	if total == 0 {
		return math.NaN()
	}
	n := float64(deg)
	mean := total / n
	sum := 0.0
	for x, d := range row {
		if r := accs[x] * accs[x] / mean; r > 0 {
			sum += m(d) * r * math.Log(r)
		}
	}
	return sum / (n * math.Log(n))
}
