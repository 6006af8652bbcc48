package evaluate

import (
	"slices"
	"strconv"
	"strings"
)

// comembers answers questions about who shares a network with whom without
// listing the pairs: people with the same networks share a signature, and
// two people share a network when their signatures intersect. Real member
// lists have a few thousand distinct signatures for tens of thousands of
// people, and one network that holds nearly everyone.
type comembers struct {
	// sigOf[p] is p's signature; signature 0 is "no network".
	sigOf []int32
	// sigs[s] are signature s's networks, ascending.
	sigs [][]int32
	// count[s] is the number of people with signature s; members is the
	// number of people in some network.
	count   []float64
	members float64
	// with[g] are the signatures that contain network g; without[g] those
	// that do not, kept only for networks in more than half the signatures
	// (see sharing).
	with, without [][]int32
	// deg[p] is p's degree in H, counting e (0: not yet computed).
	deg []int32
	// coCount caches the number of people sharing a network with
	// signature s (p itself and e included).
	coCount map[int32]float64
	mark    []int32
	stamp   int32
}

// comembers builds (once) the signatures of the networks' memberships.
func (e *eval) comembers() *comembers {
	if e.cm != nil {
		return e.cm
	}
	cm := &comembers{sigOf: make([]int32, e.n), sigs: [][]int32{nil}, count: []float64{0},
		deg: make([]int32, e.n), coCount: map[int32]float64{}}
	nets := make([][]int32, e.n)
	for g, grp := range e.nw.Groups {
		for _, p := range grp.Members {
			nets[p] = append(nets[p], int32(g))
		}
	}
	index := map[string]int32{}
	var key strings.Builder
	for p, ns := range nets {
		if len(ns) == 0 {
			cm.count[0]++
			continue
		}
		slices.Sort(ns)
		ns = slices.Compact(ns)
		key.Reset()
		for _, g := range ns {
			key.WriteString(strconv.Itoa(int(g)))
			key.WriteByte(',')
		}
		s, ok := index[key.String()]
		if !ok {
			s = int32(len(cm.sigs))
			index[key.String()] = s
			cm.sigs = append(cm.sigs, ns)
			cm.count = append(cm.count, 0)
		}
		cm.sigOf[p] = s
		cm.count[s]++
	}
	cm.with = make([][]int32, len(e.nw.Groups))
	for s, ns := range cm.sigs {
		for _, g := range ns {
			cm.with[g] = append(cm.with[g], int32(s))
		}
	}
	cm.without = make([][]int32, len(e.nw.Groups))
	for g, ss := range cm.with {
		if 2*len(ss) > len(cm.sigs) {
			for s, ns := range cm.sigs {
				if s != 0 && !slices.Contains(ns, int32(g)) {
					cm.without[g] = append(cm.without[g], int32(s))
				}
			}
		}
	}
	cm.members = float64(e.n) - cm.count[0]
	cm.mark = make([]int32, len(cm.sigs))
	e.cm = cm
	return cm
}

// share reports whether signatures a and b have a network in common.
func (cm *comembers) share(a, b int32) bool {
	if a == 0 || b == 0 {
		return false
	}
	x, y := cm.sigs[a], cm.sigs[b]
	for len(x) > 0 && len(y) > 0 {
		switch {
		case x[0] == y[0]:
			return true
		case x[0] < y[0]:
			x = x[1:]
		default:
			y = y[1:]
		}
	}
	return false
}

// sharing sums weight over the signatures that share a network with rho;
// total is the sum of weight over every signature but 0. It visits the
// signatures of rho's networks, or, when one of rho's networks is in most
// signatures, subtracts from the total the few that share none of them:
// either way a network of everyone costs nothing.
func (cm *comembers) sharing(rho int32, weight []float64, total float64) float64 {
	if rho == 0 {
		return 0
	}
	nets := cm.sigs[rho]
	big := int32(-1)
	direct := 0
	for _, g := range nets {
		direct += len(cm.with[g])
		if cm.without[g] != nil || (len(cm.with[g]) > 0 && 2*len(cm.with[g]) > len(cm.sigs)) {
			if big < 0 || len(cm.without[g]) < len(cm.without[big]) {
				big = g
			}
		}
	}
	if big >= 0 && len(cm.without[big]) < direct {
		for _, s := range cm.without[big] {
			if !cm.share(s, rho) {
				total -= weight[s]
			}
		}
		return total
	}
	cm.stamp++
	sum := 0.0
	for _, g := range nets {
		for _, s := range cm.with[g] {
			if cm.mark[s] != cm.stamp {
				cm.mark[s] = cm.stamp
				sum += weight[s]
			}
		}
	}
	return sum
}

// degree is q's degree in H: its neighbours other than e (tie neighbours
// and the other members of its networks), plus e, to whom every q asked
// about is tied.
func (cm *comembers) degree(e *eval, q int) int32 {
	if d := cm.deg[q]; d > 0 {
		return d
	}
	rho := cm.sigOf[q]
	co, ok := cm.coCount[rho]
	if !ok {
		co = cm.sharing(rho, cm.count, cm.members)
		cm.coCount[rho] = co
	}
	d := int32(co)
	if rho != 0 {
		d-- // q itself
	}
	if e.ego >= 0 && cm.share(cm.sigOf[e.ego], rho) {
		d-- // e: counted below
	}
	for _, x32 := range e.u.Neighbors(q) {
		x := int(x32)
		if x != q && x != e.ego && !cm.share(cm.sigOf[x], rho) {
			d++
		}
	}
	d++ // e
	cm.deg[q] = d
	return d
}
