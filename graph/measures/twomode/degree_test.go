package twomode

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/tiesnet/ties/graph"
)

// Both ways of counting a union of groups, walking and inclusion–
// exclusion, equal a count by brute force for every person's set of
// groups, on memberships with a few very large groups and many small ones
// and people in up to 20 groups (beyond maxExclusion, where only walking
// is used).
func TestUnionCountingWays(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 7))
	for trial := range 40 {
		n := 20 + rng.IntN(300)
		nw := graph.New()
		for i := range n {
			nw.AddPerson(fmt.Sprint("p", i), "")
		}
		groups := 2 + rng.IntN(24)
		for g := range groups {
			k, _ := nw.AddGroup(fmt.Sprint("g", g))
			size := 1 + rng.IntN(8)
			if g < 3 {
				size = n/2 + rng.IntN(n/2) // a few networks of most people
			}
			for range size {
				nw.AddMember(k, rng.IntN(n), "")
			}
		}
		// Some people in almost every group.
		for range 3 {
			p := rng.IntN(n)
			for g := range groups {
				if rng.IntN(5) > 0 {
					nw.AddMember(g, p, "")
				}
			}
		}
		b := NewBipartite(nw, graph.ProjectionOptions{})
		u := &unionCounter{b: b, common: map[string]int{}}
		for i := range n {
			var gs []int32
			for _, g := range b.GroupsOf(i) {
				if b.Groups[g].Size >= 2 {
					gs = append(gs, g)
				}
			}
			if len(gs) < 2 {
				continue
			}
			seen := map[int]bool{}
			for _, g := range gs {
				for _, v := range b.Groups[g].Members {
					seen[v] = true
				}
			}
			want := len(seen)
			if got := u.walk(gs); got != want {
				t.Fatalf("trial %d, person %d, groups %v: walking counts %d, want %d", trial, i, gs, got, want)
			}
			if len(gs) <= maxExclusion {
				if got := u.exclusion(gs); got != want {
					t.Fatalf("trial %d, person %d, groups %v: inclusion–exclusion counts %d, want %d", trial, i, gs, got, want)
				}
			}
			if got := u.size(gs); got != want {
				t.Fatalf("trial %d, person %d, groups %v: size %d, want %d", trial, i, gs, got, want)
			}
		}
	}
}

// On a set of two huge groups and a small one inclusion–exclusion is
// chosen (it walks only the small group); on six groups of equal size
// walking (inclusion–exclusion would walk 57 sets of three or more).
func TestUnionCountingChoice(t *testing.T) {
	nw := graph.New()
	for i := range 1000 {
		nw.AddPerson(fmt.Sprint("p", i), "")
	}
	sizes := []int{900, 800, 10, 300, 300, 300, 300, 300, 300}
	for g, s := range sizes {
		k, _ := nw.AddGroup(fmt.Sprint("g", g))
		for v := range s {
			nw.AddMember(k, (v*7+g)%1000, "")
		}
	}
	b := NewBipartite(nw, graph.ProjectionOptions{})
	u := &unionCounter{b: b, common: map[string]int{}}
	huge := []int32{0, 1, 2}
	if e, w := u.exclusionCost(huge), u.walkCost(huge); e >= w {
		t.Errorf("groups of 900, 800 and 10: inclusion–exclusion costs %d, walking %d; want the first cheaper", e, w)
	}
	even := []int32{3, 4, 5, 6, 7, 8}
	if e, w := u.exclusionCost(even), u.walkCost(even); e <= w {
		t.Errorf("six groups of 300: inclusion–exclusion costs %d, walking %d; want walking cheaper", e, w)
	}
}
