package graph

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// structureOfPairs is the reference Structure: every tied pair listed in
// a map, the projection materialised (ProjectedEdges), the centre found by
// trying every person.
func structureOfPairs(nw *Network, opt ProjectionOptions) Structure {
	pairs := map[[2]int]bool{}
	for _, t := range nw.Ties {
		if t.From != t.To {
			pairs[[2]int{min(t.From, t.To), max(t.From, t.To)}] = true
		}
	}
	for _, e := range nw.ProjectedEdges(opt) {
		pairs[[2]int{e.From, e.To}] = true
	}
	s := Structure{Shape: NoTies, Center: -1, Pairs: len(pairs)}
	if len(pairs) == 0 {
		return s
	}
	touches := func(c int) int {
		k := 0
		for p := range pairs {
			if p[0] == c || p[1] == c {
				k++
			}
		}
		return k
	}
	center := -1
	if nw.Ego >= 0 && touches(nw.Ego) == len(pairs) {
		center = nw.Ego
	}
	for i := 0; center < 0 && i < len(nw.People); i++ {
		if touches(i) == len(pairs) {
			center = i
		}
	}
	ref := nw.Ego
	if center >= 0 {
		ref = center
	}
	s.AmongOthers = len(pairs)
	if ref >= 0 {
		s.AmongOthers -= touches(ref)
	}
	if center >= 0 && len(pairs) >= 2 {
		s.Shape, s.Center = Star, center
	} else {
		s.Shape = Web
	}
	return s
}

// Structure streams the tied pairs; it equals the count over the listed
// pairs on random networks: stars, groups above and within the cap,
// repeated and reciprocated ties.
func TestStructureMatchesListedPairs(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 15))
	for trial := range 200 {
		n := 2 + rng.IntN(12)
		nw := New()
		for i := range n {
			nw.AddPerson(fmt.Sprint("p", i), "")
		}
		if rng.IntN(2) == 0 {
			nw.Ego = rng.IntN(n)
		}
		star := rng.IntN(3) == 0
		for range rng.IntN(2 * n) {
			a, b := rng.IntN(n), rng.IntN(n)
			if star {
				a = 0
			}
			if a != b {
				if err := nw.AddTie(Tie{From: a, To: b, Weight: 1, Mutual: rng.IntN(2) == 0}); err != nil {
					t.Fatal(err)
				}
			}
		}
		for g := range rng.IntN(4) {
			k, _ := nw.AddGroup(fmt.Sprint("g", g))
			for range rng.IntN(n + 1) {
				nw.AddMember(k, rng.IntN(n), "")
			}
		}
		for _, opt := range []ProjectionOptions{{}, {MaxGroupSize: 3}, {MaxGroupSize: 1}} {
			got, want := nw.Structure(opt), structureOfPairs(nw, opt)
			if got != want {
				t.Fatalf("trial %d, %+v: Structure = %+v, listed pairs say %+v", trial, opt, got, want)
			}
		}
		if got, want := nw.TieStructure(), structureOfPairs(nw, ProjectionOptions{MaxGroupSize: 1}); got != want {
			t.Fatalf("trial %d: TieStructure = %+v, listed pairs say %+v", trial, got, want)
		}
	}
}
