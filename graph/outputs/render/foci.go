package render

import (
	"slices"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/evaluate"
)

// foci are, for each network the ego belongs to, the people it alone
// brings: its members whose tie to the ego depends on it (held only
// here) and its members the ego meets nowhere else (new to the ego), as
// docs/spec/evaluate.md § Foci defines them (Feld 1981). The grouped ego
// view draws these people one by one.
type foci struct {
	// held and newTo are person indices (ascending) by group index.
	held, newTo map[int][]int
}

// egoFoci takes the lists from the evaluation when it is the ego's, and
// otherwise computes them by the spec's definitions: evaluate.Evaluate
// computes much more (constraint with and without every network), which a
// picture does not need. TestFociMatchEvaluate checks that both agree.
func egoFoci(r *analysis.Result, ev *evaluate.Result, ego int) foci {
	f := foci{held: map[int][]int{}, newTo: map[int][]int{}}
	if ev != nil && ev.Ego == ego && !ev.Population {
		for _, n := range ev.Networks {
			if n.Member {
				f.held[n.Group] = n.HeldOnlyHere
				f.newTo[n.Group] = n.NewToEgo
			}
		}
		return f
	}
	nw := r.Network
	u := r.Views.Tie
	contact := make([]bool, len(nw.People))
	for _, j := range u.Neighbors(ego) {
		if int(j) != ego {
			contact[j] = true
		}
	}
	inEgoNets := make([]int, len(nw.People))
	var mine []int
	for g, grp := range nw.Groups {
		if !slices.Contains(grp.Members, ego) {
			continue
		}
		mine = append(mine, g)
		for _, m := range grp.Members {
			inEgoNets[m]++
		}
	}
	inGroup := make([]bool, len(nw.People))
	for _, g := range mine {
		members := nw.Groups[g].Members
		for _, m := range members {
			inGroup[m] = true
		}
		var held, newTo []int
		for _, j := range members {
			if j == ego || inEgoNets[j] != 1 {
				continue
			}
			if !contact[j] {
				newTo = append(newTo, j)
				continue
			}
			// Held only here: no mutual contact outside the network.
			alone := true
			for _, x := range u.Neighbors(j) {
				if int(x) != ego && contact[x] && !inGroup[x] {
					alone = false
					break
				}
			}
			if alone {
				held = append(held, j)
			}
		}
		for _, m := range members {
			inGroup[m] = false
		}
		slices.Sort(held)
		slices.Sort(newTo)
		f.held[g], f.newTo[g] = held, newTo
	}
	return f
}
