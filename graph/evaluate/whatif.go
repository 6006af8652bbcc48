package evaluate

import (
	"math"

	"github.com/tiesnet/ties/graph/measures/diversity"
)

// whatIf is the ego's world after leaving the networks of Options.Without
// and joining those of Options.With, by the spec's definitions extended to
// several networks at once: a tie e–j fades when every network that
// supports it is left (j is in no network e keeps or joins, and e and j
// have no mutual contact outside the networks left); the world is e's
// remaining contacts and the members of the networks e keeps or joins. For
// one network left this is W−g; for one joined, W+g. The constraint is
// e's in H with e's memberships changed and the faded ties gone.
func (e *eval) whatIf() *WhatIf {
	w := &WhatIf{Without: e.opt.Without, With: e.opt.With}
	after := make([]bool, len(e.egoIn))
	copy(after, e.egoIn)
	left := make([]bool, len(e.egoIn))
	for _, name := range e.opt.Without {
		g, _ := e.nw.GroupIndex(name)
		if e.egoIn[g] {
			left[g] = true
		}
		after[g] = false
	}
	for _, name := range e.opt.With {
		g, _ := e.nw.GroupIndex(name)
		after[g] = true
		left[g] = false
	}
	inKept := make([]bool, e.n) // in a network e keeps or joins
	inLeft := make([]bool, e.n) // in a network e leaves
	for g, ms := range e.members {
		for _, p := range ms {
			if after[g] {
				inKept[p] = true
			}
			if left[g] {
				inLeft[p] = true
			}
		}
	}
	contacts := 0
	faded := map[int]bool{}
	for _, j := range e.contacts {
		if inLeft[j] && !inKept[j] {
			support := false
			for _, x := range e.u.Neighbors(j) {
				if e.contact[x] && !inLeft[x] {
					support = true
					break
				}
			}
			if !support {
				faded[j] = true
				continue
			}
		}
		contacts++
	}
	world := make([]int, 0)
	before := make([]int, 0)
	for p := range e.n {
		if e.world[p] {
			before = append(before, p)
		}
		if p != e.ego && ((e.contact[p] && !faded[p]) || inKept[p]) {
			world = append(world, p)
		}
	}
	w.World = [2]int{len(before), len(world)}
	w.Contacts = [2]int{len(e.contacts), contacts}
	for _, a := range e.attrs {
		w.IQV = append(w.IQV, [2]float64{iqvOf(a, before), iqvOf(a, world)})
	}
	w.Constraint = [2]float64{e.egoConstraint(e.egoIn, nil), e.egoConstraint(after, faded)}
	return w
}

// iqvOf is the IQV of a list of people (NaN for none).
func iqvOf(a diversity.Attribute, ps []int) float64 {
	if len(ps) == 0 {
		return math.NaN()
	}
	return diversity.Of(a, ps).IQV
}
