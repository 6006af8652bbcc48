package socialgen

import (
	"fmt"

	"github.com/tiesnet/ties/graph"
)

// Organization returns a member organisation as a consultant receives it:
// a member list of n people "m0", "m1", … (n ≥ 100) with profession (15
// values, tied to the chapter), country (25, skewed), gender (f/m, 5 %
// missing) and organization (n/8 employers, skewed), and memberships in
//
//   - "the organisation": every member (the network of 15 000+ members a
//     real member list has, which no pairwise projection survives);
//   - chapters "chapter 0", …: one per member, of 200 to 1 500 members,
//     so a chapter is a large network too;
//   - interest groups "interest 0", …: n/100 of 10 to 300 members, 70 %
//     from one chapter;
//   - committees "committee 0", …: n/400 of 5 to 15 members.
//
// The ego "m0" is a member of the organisation, one chapter, two interest
// groups and one committee, with directed ties to and from 400 other
// members (or n/2, whichever is less): advice given and received, a third
// of it returned. Nobody else has ties: a member list says who belongs, not
// who knows whom. The network is normalized.
func Organization(n int, seed uint64) *graph.Network {
	if n < 100 {
		panic(fmt.Sprintf("socialgen.Organization: %d members, want at least 100", n))
	}
	r := newRand(seed)
	nw := graph.New()
	prof, country, gender, org := nw.Attribute("profession"), nw.Attribute("country"),
		nw.Attribute("gender"), nw.Attribute("organization")
	// Chapters: consecutive runs of 200–1 500 members.
	var chapterStart []int
	for i := 0; i < n; i += 200 + r.IntN(1301) {
		chapterStart = append(chapterStart, i)
	}
	chapterStart = append(chapterStart, n)
	chapter := make([]int, n)
	for c := range len(chapterStart) - 1 {
		for i := chapterStart[c]; i < chapterStart[c+1]; i++ {
			chapter[i] = c
		}
	}
	employers := max(n/8, 2)
	for i := range n {
		nw.AddPerson(fmt.Sprintf("m%d", i), fmt.Sprintf("Member %d", i))
		p := r.IntN(15)
		if r.Float64() < 0.6 {
			p = (chapter[i]*4 + r.IntN(3)) % 15
		}
		nw.SetAttr(i, prof, fmt.Sprintf("profession %d", p))
		nw.SetAttr(i, country, fmt.Sprintf("country %d", int(25*r.Float64()*r.Float64())))
		if r.Float64() >= 0.05 {
			nw.SetAttr(i, gender, []string{"f", "m"}[r.IntN(2)])
		}
		nw.SetAttr(i, org, fmt.Sprintf("employer %d", int(float64(employers)*r.Float64()*r.Float64())))
	}
	whole, _ := nw.AddGroup("the organisation")
	for i := range n {
		nw.AddMember(whole, i, "")
	}
	for c := range len(chapterStart) - 1 {
		g, _ := nw.AddGroup(fmt.Sprintf("chapter %d", c))
		for i := chapterStart[c]; i < chapterStart[c+1]; i++ {
			nw.AddMember(g, i, "")
		}
	}
	interests := make([]int, n/100)
	for k := range interests {
		g, _ := nw.AddGroup(fmt.Sprintf("interest %d", k))
		interests[k] = g
		size := 10 + int(290*r.Float64()*r.Float64())
		c := r.IntN(len(chapterStart) - 1)
		for range size {
			if r.Float64() < 0.7 {
				nw.AddMember(g, chapterStart[c]+r.IntN(chapterStart[c+1]-chapterStart[c]), "")
			} else {
				nw.AddMember(g, r.IntN(n), "")
			}
		}
	}
	committees := make([]int, max(n/400, 1))
	for k := range committees {
		g, _ := nw.AddGroup(fmt.Sprintf("committee %d", k))
		committees[k] = g
		for range 5 + r.IntN(11) {
			nw.AddMember(g, r.IntN(n), "")
		}
	}
	// The ego: two interest groups and a committee besides the organisation
	// and its own chapter.
	nw.Ego = 0
	nw.AddMember(interests[0], 0, "")
	if len(interests) > 1 {
		nw.AddMember(interests[1], 0, "")
	}
	nw.AddMember(committees[0], 0, "chair")
	contacts := min(400, n/2)
	advice := nw.AddTieType("advice")
	seen := map[int]bool{0: true}
	for len(seen) <= contacts {
		j := 1 + r.IntN(n-1)
		if seen[j] {
			continue
		}
		seen[j] = true
		w := float64(1 + r.IntN(5))
		if r.Float64() < 0.5 {
			nw.AddTie(graph.Tie{From: 0, To: j, Weight: w, Type: advice})
			if r.Float64() < 1.0/3 {
				nw.AddTie(graph.Tie{From: j, To: 0, Weight: w, Type: advice})
			}
		} else {
			nw.AddTie(graph.Tie{From: j, To: 0, Weight: w, Type: advice})
			if r.Float64() < 1.0/3 {
				nw.AddTie(graph.Tie{From: 0, To: j, Weight: w, Type: advice})
			}
		}
	}
	nw.Normalize()
	return nw
}
