package evaluate

import (
	"fmt"
	"math"
	"strings"
)

// Score thresholds: for a network the ego keeps, a score of at least
// ScoreInvest is KeepAndInvest, at least ScoreKeep Keep, at least
// ScoreReconsider Reconsider, below that Leave; for one it could join, at
// least ScoreJoin is ConsiderJoin, below NotForYou.
const (
	ScoreInvest     = 2.0
	ScoreKeep       = 0.5
	ScoreReconsider = -1.0
	ScoreJoin       = 1.0
)

// verdict fills Score, Verdict and Reasons. The score is a sum of points,
// each shown in the last reason line:
//
//	new per hour  NewPerHour (new contacts per hour a month), at most +2;
//	              when the hours are unknown or zero: +0.4 per new member,
//	              at most +2 ("new")
//	diversity     10 × the mean diversity gain over attributes (IQV), in [−1, +2]
//	clusters      +1 per separate cluster connected beyond the first, at most +2
//	constraint    −10 × ConstraintChange / the constraint without the network
//	              (a 10% drop earns +1), in [−1, +1]
//	reciprocity   −|EgoBalance| when the exchange is one-sided (|balance| ≥ 0.5)
//	redundancy    −2 × Redundancy (Jaccard)
//	goals         2 × (GoalFit − 0.5), with a goals file
//
// Unknown figures (NaN) earn no points. Fees are reported but not scored:
// their currency is the user's and no scale fits every currency; goals
// with a fee budget weigh them. A network the ego keeps that brings no one
// new and overlaps another by Jaccard 0.5 or more is at best Reconsider,
// whatever its score.
func (e *eval) verdict(g int, n *Network) {
	type part struct {
		name string
		pts  float64
	}
	var parts []part
	add := func(name string, pts float64) {
		if pts != 0 && !math.IsNaN(pts) {
			parts = append(parts, part{name, pts})
		}
	}
	if known(n.NewPerHour) {
		add("new per hour", math.Min(2, n.NewPerHour))
	} else {
		add("new", 0.4*math.Min(float64(n.NewToEgo), 5))
	}
	add("diversity", clamp(10*e.meanGain(n.DiversityGain), -1, 2))
	if n.CommunitiesConnected >= 2 {
		add("clusters", math.Min(float64(n.CommunitiesConnected-1), 2))
	}
	add("constraint", clamp(-10*e.relConstraint(g, n), -1, 1))
	if math.Abs(n.EgoBalance) >= 0.5 {
		add("reciprocity", -math.Abs(n.EgoBalance))
	}
	add("redundancy", -2*n.Redundancy)
	if known(n.GoalFit) {
		add("goals", 2*(n.GoalFit-0.5))
	}
	for _, p := range parts {
		n.Score += p.pts
	}

	switch {
	case !e.kept[g]:
		n.Verdict = NotForYou
		if n.Score >= ScoreJoin {
			n.Verdict = ConsiderJoin
		}
	case n.Score >= ScoreInvest:
		n.Verdict = KeepAndInvest
	case n.Score >= ScoreKeep:
		n.Verdict = Keep
	case n.Score >= ScoreReconsider:
		n.Verdict = Reconsider
	default:
		n.Verdict = Leave
	}
	capped := e.kept[g] && n.NewToEgo == 0 && n.Redundancy >= 0.5 && (n.Verdict == Keep || n.Verdict == KeepAndInvest)
	if capped {
		n.Verdict = Reconsider
	}

	n.Reasons = e.reasons(g, n)
	if capped {
		n.Reasons = append(n.Reasons, "nothing new and mostly the same people as another network: at best reconsider")
	}
	var b strings.Builder
	fmt.Fprintf(&b, "score %+.1f", n.Score)
	if len(parts) > 0 {
		b.WriteString(" =")
		for _, p := range parts {
			fmt.Fprintf(&b, " %s %+.1f,", p.name, p.pts)
		}
		s := strings.TrimSuffix(b.String(), ",")
		b.Reset()
		b.WriteString(s)
	}
	n.Reasons = append(n.Reasons, b.String())
}

func clamp(x, lo, hi float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	return math.Max(lo, math.Min(hi, x))
}

// reasons are the plain-word lines behind the score, each with its figure.
func (e *eval) reasons(g int, n *Network) []string {
	var rs []string
	say := func(format string, args ...any) { rs = append(rs, fmt.Sprintf(format, args...)) }
	you, your := "you", "your"
	if e.ego < 0 {
		you, your = "the population", "the population's"
	}

	// Redundancy.
	if n.RedundantWith != "" && n.Redundancy >= 0.3 {
		h := e.group(n.RedundantWith)
		say("%d of its %d members are also in %s (Jaccard %.2f)", e.shared(g, h), n.Members, n.RedundantWith, n.Redundancy)
	}
	// Reach.
	others := len(e.members[g])
	switch {
	case others == 0:
		say("it has no other members")
	case n.NewToEgo == 0 && e.ego >= 0:
		say("brings no one new: %s already know all %d other members or meet them elsewhere", you, others)
	case n.NewToEgo == 0:
		say("all %d members also meet in other networks", others)
	case e.ego >= 0:
		say("brings %d %s %s do not meet elsewhere (of %d other members)", n.NewToEgo, people(n.NewToEgo), you, others)
	default:
		say("%d of its %d members are in no other network", n.NewToEgo, others)
	}
	// Diversity.
	best, gain := "", math.Inf(-1)
	for _, a := range e.attrs {
		if v := n.DiversityGain[a.Name]; !math.IsNaN(v) && v > gain {
			best, gain = a.Name, v
		}
	}
	if best != "" {
		verb := "would make"
		if e.kept[g] {
			verb = "makes"
		}
		switch {
		case gain >= 0.005:
			d := n.Diversity[best]
			say("%s %s contacts more diverse in %s (IQV %+.2f; its members' Blau %.2f)", verb, your, best, gain, d.Blau)
		case gain > -0.005:
			say("adds no diversity to %s contacts", your)
		default:
			say("%s %s contacts less diverse in every attribute (best: %s, IQV %+.2f)", verb, your, best, gain)
		}
	}
	// Bridging.
	if n.CommunitiesConnected >= 2 {
		say("ties together %d parts of %s network that would otherwise not touch", n.CommunitiesConnected, your)
	}
	switch c := n.ConstraintChange; {
	case math.IsNaN(c):
	case c <= -0.005:
		say("lowers %s constraint by %.2f: it opens structural holes", your, -c)
	case c >= 0.005:
		say("raises %s constraint by %.2f: its members already know each other and %s", your, c, you)
	}
	if len(n.Brokers) > 0 {
		say("its main brokers: %s", strings.Join(n.Brokers, ", "))
	}
	// Reciprocity.
	if given, received := e.exchange(g); given+received > 0 {
		switch b := n.EgoBalance; {
		case b >= 0.5 && received == 0:
			say("you give %s and get nothing back: its members only take", fmtNum(given))
		case b >= 0.5:
			say("you give %s and get %s back: its members mostly take", fmtNum(given), fmtNum(received))
		case b <= -0.5:
			say("you get %s and give %s back: you mostly take", fmtNum(received), fmtNum(given))
		default:
			say("give and take are balanced: you give %s and get %s", fmtNum(given), fmtNum(received))
		}
	}
	if r := n.ReciprocityWithin; known(r) {
		say("%.0f%% of the ties among its members are returned", 100*r)
	}
	// Cost.
	var cost []string
	if known(n.HoursPerMonth) {
		cost = append(cost, num(n.HoursPerMonth, "h a month"))
	}
	if known(n.FeePerYear) {
		if n.FeePerYear == 0 {
			cost = append(cost, "no fee")
		} else {
			cost = append(cost, num(n.FeePerYear, "a year"))
		}
	}
	if len(cost) > 0 {
		line := "costs " + strings.Join(cost, " and ")
		if known(n.NewPerHour) {
			line += fmt.Sprintf(": %.1f new %s per hour", n.NewPerHour, people(2))
		}
		say("%s", line)
	} else {
		say("its cost is not known (add hours and fee to networks.csv)")
	}
	if known(n.GoalFit) {
		say("fits %s goals at %.0f%%", your, 100*n.GoalFit)
	}
	return rs
}

func people(k int) string {
	if k == 1 {
		return "person"
	}
	return "people"
}

// relConstraint is ConstraintChange relative to the constraint without the
// network; NaN when unknown.
func (e *eval) relConstraint(g int, n *Network) float64 {
	if e.ego < 0 {
		return n.ConstraintChange
	}
	without := e.constraintKept[e.ego]
	if e.kept[g] {
		without -= n.ConstraintChange
	}
	if !(without > 0) {
		return math.NaN()
	}
	return n.ConstraintChange / without
}

// keepOneOfEachPair spares the better of two networks that are each other's
// most redundant partner and both scored to be left: their redundancy
// penalty assumes the other is kept, and leaving both would lose the people
// met in both. The better one (higher score, then more members) is judged
// again without the penalty, and says why.
func keepOneOfEachPair(nets []*Network, kept []bool) {
	byName := make(map[string]int, len(nets))
	for g, n := range nets {
		byName[n.Name] = g
	}
	low := func(v string) bool { return v == Leave || v == Reconsider }
	for g, a := range nets {
		h, ok := byName[a.RedundantWith]
		if !ok || h <= g || !kept[g] || !kept[h] {
			continue
		}
		b := nets[h]
		if b.RedundantWith != a.Name || !low(a.Verdict) || !low(b.Verdict) {
			continue
		}
		better, other := a, b
		if b.Score > a.Score || b.Score == a.Score && b.Members > a.Members {
			better, other = b, a
		}
		better.Score += 2 * better.Redundancy
		switch {
		case better.Score >= ScoreKeep:
			better.Verdict = Keep
		case better.Score >= ScoreReconsider:
			better.Verdict = Reconsider
		}
		better.Reasons = append(better.Reasons, fmt.Sprintf(
			"of the two overlapping networks, this one scores better than %s: keep one of them, or you lose the people you meet in both (score %+.1f without the overlap)",
			other.Name, better.Score))
	}
}
