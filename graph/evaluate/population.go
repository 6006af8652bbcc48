package evaluate

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/tiesnet/ties/graph/finding"
	"github.com/tiesnet/ties/graph/measures/diversity"
)

// population judges each network against the people outside it, without
// verdicts (docs/spec/evaluate.md § Population mode: an organisation looks
// at its own networks): the IQV of its members and of everyone, the values
// held in it and by nobody outside it, its E-I index over the tie view
// (Krackhardt and Stern 1988), its members without ties (passive), its
// members tied to members of at least two other networks (bridging), and
// its overlap with the most similar other network. Listed by name.
func (e *eval) population() []*Network {
	var out []*Network
	na := len(e.attrs)
	everyone := make([]float64, na)
	for k, a := range e.attrs {
		everyone[k] = diversity.OfAll(a).IQV
	}
	// groupsOf[p]: the networks p belongs to.
	groupsOf := make([][]int, e.n)
	for g, ms := range e.members {
		for _, p := range ms {
			groupsOf[p] = append(groupsOf[p], g)
		}
	}
	// holders[k][v]: the people with value v of attribute k, so that a
	// network's values held by nobody outside it are found from its
	// members alone (a value is held outside unless every holder is in).
	holders := make([][]int, na)
	for k, a := range e.attrs {
		holders[k] = make([]int, len(a.Categories))
		for _, v := range a.Values {
			if v >= 0 {
				holders[k][v]++
			}
		}
	}
	for g, ms := range e.members {
		grp := e.nw.Groups[g]
		n := &Network{Group: g, Name: grp.Name, Info: grp.Info, NMembers: len(ms), RedundantWith: -1,
			IQVMembers: make([]float64, na), IQVEveryone: everyone, UnseenValues: make([][]string, na),
			EgoBalance: math.NaN(), GoalFit: math.NaN(), AlreadyKnown: math.NaN(), KeptWithout: math.NaN(),
			ConstraintChange: math.NaN(), EmbeddednessMedian: math.NaN(), MutualContactsMedian: math.NaN(),
			ScorePerHour: math.NaN(), ScorePerFee: math.NaN()}
		if in := grp.Info; in != nil && in.MembersTotal != nil && *in.MembersTotal > len(grp.Members) {
			n.Partial, n.NListed, n.NTotal = true, len(grp.Members), *in.MembersTotal
		}
		e.next()
		e.putAll(ms)
		for k, a := range e.attrs {
			n.IQVMembers[k] = diversity.Of(a, ms).IQV
			inside := make([]int, len(a.Categories))
			for _, p := range ms {
				if v := a.Values[p]; v >= 0 {
					inside[v]++
				}
			}
			unseen := []string{}
			for v, c := range inside {
				if c > 0 && c == holders[k][v] {
					unseen = append(unseen, a.Categories[v])
				}
			}
			sort.Strings(unseen)
			n.UnseenValues[k] = unseen
		}
		for _, p := range ms {
			if e.u.Degree(p) == 0 {
				n.MembersWithoutTies++
				n.WithoutTies = append(n.WithoutTies, p)
			}
			others := map[int]bool{}
			for _, x := range e.u.Neighbors(p) {
				if e.has(int(x)) {
					n.EI.Internal++
				} else {
					n.EI.External++
				}
				for _, h := range groupsOf[x] {
					if h != g {
						others[h] = true
					}
				}
			}
			if len(others) >= 2 {
				n.BridgingMembers++
				n.Bridging = append(n.Bridging, p)
			}
		}
		n.EI.Internal /= 2 // each tie among members was seen from both ends
		n.EI.Index = math.NaN()
		if s := n.EI.External + n.EI.Internal; s > 0 {
			n.EI.Index = float64(n.EI.External-n.EI.Internal) / float64(s)
		}
		// Overlap with every other network.
		best, bestShared, bestJ := -1, 0, 0.0
		for h, s := range e.shared(g) {
			j := float64(s) / float64(len(ms)+len(e.members[h])-s)
			if best < 0 || j > bestJ || (j == bestJ && (s > bestShared || (s == bestShared && e.nw.Groups[h].Name < e.nw.Groups[best].Name))) {
				best, bestJ, bestShared = h, j, s
			}
		}
		if best >= 0 {
			n.RedundantWith, n.Overlap, n.SharedWith = best, bestJ, bestShared
		}
		n.Reasons = e.populationReasons(n)
		out = append(out, n)
	}
	slices.SortStableFunc(out, func(a, b *Network) int { return strings.Compare(a.Name, b.Name) })
	return out
}

func (e *eval) populationReasons(n *Network) []finding.Finding {
	var rs []finding.Finding
	if n.NMembers == 0 {
		return []finding.Finding{finding.New(NoMembersListed)}
	}
	rs = append(rs, finding.New(PopMembers, finding.Count{N: n.NMembers, Noun: NounMember}))
	for k, vs := range n.UnseenValues {
		if len(vs) > 0 {
			rs = append(rs, finding.New(PopUnseen, e.attrNames[k], Values(vs)))
		}
	}
	if !math.IsNaN(n.EI.Index) {
		rs = append(rs, finding.New(PopEI, n.EI.Index, n.EI.External, n.EI.Internal))
	}
	if n.MembersWithoutTies > 0 {
		rs = append(rs, finding.New(PopPassive, finding.Count{N: n.MembersWithoutTies, Noun: NounMember}))
	}
	if n.BridgingMembers > 0 {
		rs = append(rs, finding.New(PopBridging, finding.Count{N: n.BridgingMembers, Noun: NounMember}))
	}
	if n.RedundantWith >= 0 {
		rs = append(rs, finding.New(OverlapWith, finding.Count{N: n.SharedWith, Noun: NounMember}, e.nw.Groups[n.RedundantWith].Name, n.Overlap))
	}
	return rs
}
