package evaluate

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// The thresholds of docs/spec/evaluate.md: conventions stated there, not
// estimates, and not tuned to any data.
const (
	// OneSided is the |ego_balance| from which a network is one-sided
	// (§ Verdicts: one_sided(g) = |ego_balance| ≥ 0.5).
	OneSided = 0.5
	// Balanced is the |ego_balance| below which give and take are called
	// balanced (§ Give and take: "balanced" only when |balance| < 0.2).
	Balanced = 0.2
	// Redundant is the overlap from which rule 4 (leave) applies.
	Redundant = 0.5
	// BorderlineOneSided: rule 1 decided on one_sided is borderline below
	// this |ego_balance| (§ Verdicts, borderline).
	BorderlineOneSided = 0.6
	// BorderlineBalance: rules 2–3 are borderline with a |ego_balance| from
	// here up to OneSided.
	BorderlineBalance = 0.4
	// BorderlineOverlap: rule 4 is borderline below this overlap.
	BorderlineOverlap = 0.6
)

// brings(g): reach_only_here.members > 0 or some unseen value.
func brings(n *Network) bool { return n.ReachMembers() > 0 || n.UnseenCount() > 0 }

// oneSided(g): |ego_balance| ≥ 0.5 (false when undefined).
func oneSided(n *Network) bool {
	return !math.IsNaN(n.EgoBalance) && math.Abs(n.EgoBalance) >= OneSided
}

// passive(g): members listed, e has a contact in the data, and no member
// is e's contact.
func (e *eval) passive(n *Network) bool {
	return n.NMembers > 0 && len(e.contacts) > 0 && n.ContactsInIt == 0
}

// verdict applies the spec's rules, first that holds. Rule 4 needs
// brings(h) of the redundant network, so it is decided once every network
// is computed (order); here rules 1–3 and the verdicts of networks e is not
// in.
func (e *eval) verdict(n *Network) {
	switch {
	case n.NMembers == 0:
		return // no members listed besides the ego: no verdict
	case !n.Member:
		if brings(n) {
			n.Verdict = ConsiderJoining
		} else if n.Partial && n.ContactsInIt == n.NMembers {
			// Every member listed is e's contact; its newcomers are not
			// known (the contract: no verdict, not "not worth joining").
			return
		} else {
			n.Verdict = NotWorthJoining
		}
		n.Borderline = false
		return
	}
	bal := math.Abs(n.EgoBalance)
	switch {
	case brings(n) && (oneSided(n) || e.passive(n)):
		n.Verdict, n.Rule = ChangeHowYouTakePart, 1
		n.Borderline = oneSided(n) && bal < BorderlineOneSided
	case brings(n) && n.TheirContacts > 0:
		n.Verdict, n.Rule = KeepAndInvest, 2
		n.Borderline = n.TheirContacts == 1 || (bal >= BorderlineBalance && bal < OneSided)
	case brings(n):
		n.Verdict, n.Rule = Keep, 3
		n.Borderline = bal >= BorderlineBalance && bal < OneSided
	}
	if n.Rule >= 1 && n.Rule <= 3 && n.ReachMembers()+n.UnseenCount() == 1 {
		n.Borderline = true
	}
}

// order decides rules 4 and 5 (they need the other networks), then sorts
// the networks: score, goal fit (null last), unseen values, name.
func (e *eval) order(ns []*Network) {
	byGroup := make(map[int]*Network, len(ns))
	for _, n := range ns {
		byGroup[n.Group] = n
	}
	for _, n := range ns {
		if !n.Member || n.NMembers == 0 || n.Rule != 0 {
			continue
		}
		if h := byGroup[n.RedundantWith]; h != nil && n.Overlap >= Redundant && brings(h) {
			n.Verdict, n.Rule = Leave, 4
			n.Borderline = n.Overlap < BorderlineOverlap
		} else {
			n.Verdict, n.Rule = Reconsider, 5
		}
	}
	slices.SortStableFunc(ns, func(a, b *Network) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		switch an, bn := math.IsNaN(a.GoalFit), math.IsNaN(b.GoalFit); {
		case an && !bn:
			return 1
		case !an && bn:
			return -1
		case !an && !bn:
			if c := cmp.Compare(b.GoalFit, a.GoalFit); c != 0 {
				return c
			}
		}
		if c := cmp.Compare(b.UnseenCount(), a.UnseenCount()); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
}

// budget applies the goals file's budgets (§ Verdicts, "Time and fees
// weigh in through the user's own budget"): when the known hours (fees) of
// e's networks exceed the budget, the networks rules 2–3 keep are given
// reconsider from the lowest score per hour (per fee) upward (ties: lower
// score, then name) until the networks kept by rules 1–3 fit. Networks
// whose cost is unknown cannot be weighed and are left as they are.
func (e *eval) budget(ns []*Network) []BudgetCut {
	gl := e.opt.Goals
	if gl == nil {
		return nil
	}
	var cuts []BudgetCut
	apply := func(kind string, limit *float64, cost func(*Network) (float64, bool), per func(*Network) float64) {
		if limit == nil {
			return
		}
		total, kept := 0.0, 0.0
		for _, n := range ns {
			c, ok := cost(n)
			if !n.Member || !ok {
				continue
			}
			total += c
			if n.Rule >= 1 && n.Rule <= 3 {
				kept += c
			}
		}
		if total <= *limit {
			return
		}
		var cand []*Network
		for _, n := range ns {
			if _, ok := cost(n); ok && (n.Rule == 2 || n.Rule == 3) && !math.IsNaN(per(n)) {
				cand = append(cand, n)
			}
		}
		slices.SortStableFunc(cand, func(a, b *Network) int {
			if c := cmp.Compare(per(a), per(b)); c != 0 {
				return c
			}
			if c := cmp.Compare(a.Score, b.Score); c != 0 {
				return c
			}
			return strings.Compare(a.Name, b.Name)
		})
		cut := BudgetCut{Kind: kind, Budget: *limit, Total: total}
		for _, n := range cand {
			if kept <= *limit {
				break
			}
			c, _ := cost(n)
			kept -= c
			n.Verdict, n.Rule, n.Borderline = Reconsider, 6, false
			cut.Demoted = append(cut.Demoted, n.Group)
		}
		cut.Kept, cut.StillOver = kept, kept > *limit
		cuts = append(cuts, cut)
	}
	apply("hours", gl.MaxHoursPerMonth, func(n *Network) (float64, bool) {
		if n.Info == nil || n.Info.HoursPerMonth == nil {
			return 0, false
		}
		return *n.Info.HoursPerMonth, true
	}, func(n *Network) float64 { return n.ScorePerHour })
	apply("fee", gl.MaxFeePerYear, func(n *Network) (float64, bool) {
		if n.Info == nil || n.Info.Fee == nil {
			return 0, false
		}
		return *n.Info.Fee, true
	}, func(n *Network) float64 { return n.ScorePerFee })
	return cuts
}
