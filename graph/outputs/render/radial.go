package render

import (
	"cmp"
	"math"
	"slices"
)

// Radial layouts: the ego in the centre, what groups the ego's people (a
// network, a community) on an inner ring, the people on an outer ring in
// sectors, one per group. It is how ego networks are drawn in the
// personal-network literature (McCarty et al., "Conceptions of personal
// networks", 2019: the ego at the centre, alters around, clustered by
// where they come from) and, unlike a force layout, it reads the same for
// every ego: inner ring what you belong to, outer ring who is there.

// sector is one group's people on the outer ring.
type sector struct {
	hub    int   // index of the hub; -1 for people with no hub
	people []int // in ring order
}

// ringSectors orders the hubs and the people around the ring: hubs that
// share people next to each other (a greedy chain from the largest, each
// next the one sharing most with the last), each person in the sector of
// the first hub in that order they belong to, and within a sector the
// people shared with the previous hub first, with the next hub last, the
// others between, each part by person order. People without a hub come
// last, in the order of loose (their community), then person. memberOf[p]
// lists the hubs person p belongs to.
func ringSectors(nHubs int, people []int, memberOf map[int][]int, loose func(int) int) (order []int, sectors []sector) {
	size := make([]int, nHubs)
	shared := make([][]int, nHubs)
	for h := range shared {
		shared[h] = make([]int, nHubs)
	}
	for _, p := range people {
		hs := memberOf[p]
		for _, a := range hs {
			size[a]++
			for _, b := range hs {
				if a != b {
					shared[a][b]++
				}
			}
		}
	}
	used := make([]bool, nHubs)
	for len(order) < nHubs {
		next := -1
		if len(order) > 0 {
			last := order[len(order)-1]
			for h := range nHubs {
				if !used[h] && shared[last][h] > 0 && (next < 0 || shared[last][h] > shared[last][next]) {
					next = h
				}
			}
		}
		if next < 0 {
			for h := range nHubs {
				if !used[h] && (next < 0 || size[h] > size[next]) {
					next = h
				}
			}
		}
		used[next] = true
		order = append(order, next)
	}
	rank := make([]int, nHubs)
	for k, h := range order {
		rank[h] = k
	}
	bySector := map[int][]int{}
	for _, p := range people {
		hs := memberOf[p]
		if len(hs) == 0 {
			bySector[-1] = append(bySector[-1], p)
			continue
		}
		first := slices.MinFunc(hs, func(a, b int) int { return cmp.Compare(rank[a], rank[b]) })
		bySector[first] = append(bySector[first], p)
	}
	for k, h := range order {
		ps := bySector[h]
		prev, next := -1, -1
		if nHubs > 1 {
			prev = order[(k+nHubs-1)%nHubs]
			next = order[(k+1)%nHubs]
		}
		place := func(p int) int {
			hs := memberOf[p]
			switch {
			case prev >= 0 && slices.Contains(hs, prev) && prev != h:
				return 0
			case next >= 0 && slices.Contains(hs, next) && next != h:
				return 2
			}
			return 1
		}
		slices.SortStableFunc(ps, func(a, b int) int { return cmp.Or(cmp.Compare(place(a), place(b)), cmp.Compare(a, b)) })
		if len(ps) > 0 {
			sectors = append(sectors, sector{h, ps})
		}
	}
	if ps := bySector[-1]; len(ps) > 0 {
		slices.SortFunc(ps, func(a, b int) int { return cmp.Or(cmp.Compare(loose(a), loose(b)), cmp.Compare(a, b)) })
		sectors = append(sectors, sector{-1, ps})
	}
	return order, sectors
}

// ringAngles spreads the people of the sectors evenly around a circle,
// clockwise from the top, with one empty slot between sectors, and returns
// each person's angle (radians) and each sector's middle angle.
func ringAngles(sectors []sector) (map[int]float64, []float64) {
	slots := 0
	for _, sc := range sectors {
		slots += len(sc.people)
	}
	if len(sectors) > 1 {
		slots += len(sectors)
	}
	angle := map[int]float64{}
	mid := make([]float64, len(sectors))
	step := 2 * math.Pi / float64(max(slots, 1))
	k := 0.0
	for s, sc := range sectors {
		first := k
		for _, p := range sc.people {
			angle[p] = math.Pi/2 - (k+0.5)*step
			k++
		}
		mid[s] = math.Pi/2 - ((first+k)/2)*step
		if len(sectors) > 1 {
			k++
		}
	}
	return angle, mid
}

// polar is the point at radius r and angle a around the origin.
func polar(r, a float64) point { return point{r * math.Cos(a), r * math.Sin(a)} }

// hubRadius is the smallest radius at which boxes (w×h, points) centred at
// the given angles around a circle do not overlap, with gap points between
// neighbours, and no less than min.
func hubRadius(angles, w, h []float64, gap, least float64) float64 {
	r := least
	n := len(angles)
	if n < 2 {
		return r
	}
	for k := range n {
		j := (k + 1) % n
		d := math.Abs(angles[k] - angles[j])
		d = math.Min(d, 2*math.Pi-d)
		if d < 1e-6 {
			continue
		}
		// The centres must be apart by the half sizes along the line
		// between them; a conservative bound is the half diagonals.
		need := (math.Hypot(w[k], h[k])+math.Hypot(w[j], h[j]))/2 + gap
		r = max(r, need/(2*math.Sin(d/2)))
	}
	return r
}
