package evaluate

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/finding"
)

// Reason codes. Each is one sentence the outputs word (graph/outputs/words)
// from its figures, in the order given; people are finding.People, worded
// by name.
const (
	NoNetworks finding.Code = "evaluate.no_networks"
	StarNote   finding.Code = "evaluate.star" // no ties among e's contacts
	// NoContactsNote: e has no tie to or from anybody.
	NoContactsNote finding.Code = "evaluate.no_contacts"

	// Why the verdict.
	ReasonOneSidedGive  finding.Code = "evaluate.rule1_gives"   // given, received, balance
	ReasonOneSidedTake  finding.Code = "evaluate.rule1_takes"   // given, received, balance
	ReasonPassive       finding.Code = "evaluate.rule1_passive" // Count members
	ReasonKeepAndInvest finding.Code = "evaluate.rule2"         // score
	ReasonKeep          finding.Code = "evaluate.rule3"         // score
	ReasonLeave         finding.Code = "evaluate.rule4"         // other network, overlap
	ReasonReconsider    finding.Code = "evaluate.rule5"         //
	ReasonBudgetHours   finding.Code = "evaluate.budget_hours"  // hours of e's networks, budget, score per hour
	ReasonBudgetFee     finding.Code = "evaluate.budget_fee"    // fees of e's networks, budget, score per fee
	// The networks reconsidered after the first, in the cut's order.
	ReasonBudgetHoursNext  finding.Code = "evaluate.budget_hours_next"   // hours, budget, Count networks before it, score per hour
	ReasonBudgetFeeNext    finding.Code = "evaluate.budget_fee_next"     // fees, budget, Count networks before it, score per fee
	ReasonJoin             finding.Code = "evaluate.join"                // score
	ReasonNotJoin          finding.Code = "evaluate.not_join"            //
	NoMembers              finding.Code = "evaluate.no_members"          //
	NoMembersListed        finding.Code = "evaluate.no_members_listed"   // nobody listed (population mode, or a network the ego is not in)
	ReasonNewcomersUnknown finding.Code = "evaluate.newcomers_unknown"   // listed, total
	ReasonBorderline       finding.Code = "evaluate.borderline"          //
	ReasonHeld             finding.Code = "evaluate.held_only_here"      // Count contacts, People
	ReasonHeldStar         finding.Code = "evaluate.held_only_here_star" // Count contacts, People: by memberships alone
	ReasonNew              finding.Code = "evaluate.new_to_ego"          // Count members, People
	ReasonNewMore          finding.Code = "evaluate.new_to_ego_more"     // Count members, PeopleAndMore
	ReasonNewPartial       finding.Code = "evaluate.new_partial"         // new, listed, total
	ReasonPartialList      finding.Code = "evaluate.partial_list"        // listed, total
	ReasonTheirContacts    finding.Code = "evaluate.their_contacts"      // Count people
	ReasonNothingNew       finding.Code = "evaluate.nothing_new"         // Count members
	ReasonNothingNewOne    finding.Code = "evaluate.nothing_new_one"     // (one member)
	ReasonUnseen           finding.Code = "evaluate.unseen_values"       // attribute, Values
	ReasonDiversityUp      finding.Code = "evaluate.diversity_up"        // attribute, without, with
	ReasonDiversityDown    finding.Code = "evaluate.diversity_down"      // attribute, without, with
	ReasonKnown            finding.Code = "evaluate.known"               // known, members, kept
	ReasonSinceJoining     finding.Code = "evaluate.since_joining"       // month (Term), year, contacts since, per year
	ReasonSinceJoiningNow  finding.Code = "evaluate.since_joining_now"   // month (Term), year, contacts since (no span to divide by)
	OverlapWith            finding.Code = "evaluate.overlap"             // shared, other network, overlap
	ReasonEmbedded         finding.Code = "evaluate.embedded"            // Count contacts, median mutual contacts, median embeddedness
	ReasonLocalBridges     finding.Code = "evaluate.local_bridges"       // Count ties
	ReasonStarTies         finding.Code = "evaluate.star_ties"           // Count contacts, median shared, embeddedness, Count local bridges
	ReasonBalanced         finding.Code = "evaluate.balanced"            // given, received, balance
	ReasonGivesMore        finding.Code = "evaluate.gives_more"          // given, received, balance
	ReasonTakesMore        finding.Code = "evaluate.takes_more"          // given, received, balance
	ReasonNoExchange       finding.Code = "evaluate.no_exchange"         //
	ReasonUndirected       finding.Code = "evaluate.undirected"          //
	ReasonNoTies           finding.Code = "evaluate.no_ties"             // the data has no ties at all
	ReasonConstraintDown   finding.Code = "evaluate.constraint_down"     // |change|
	ReasonConstraintUp     finding.Code = "evaluate.constraint_up"       // change
	ReasonCostHours        finding.Code = "evaluate.cost_hours"          // hours, score per hour
	ReasonCostFee          finding.Code = "evaluate.cost_fee"            // fee, score per fee
	ReasonGoals            finding.Code = "evaluate.goals"               // advanced, set
	ReasonGoalOne          finding.Code = "evaluate.goal_one"            // the one goal set is advanced
	ReasonGoalOneNot       finding.Code = "evaluate.goal_one_not"        // the one goal set is not
	PopMembers             finding.Code = "evaluate.population_members"  // Count members
	PopUnseen              finding.Code = "evaluate.population_unseen"   // attribute, Values
	PopEI                  finding.Code = "evaluate.population_ei"       // index, external, internal
	PopPassive             finding.Code = "evaluate.population_passive"  // Count members
	PopBridging            finding.Code = "evaluate.population_bridging" // Count members
	NounMember             finding.Term = "member"
	NounContact            finding.Term = "contact"
	NounPerson             finding.Term = "person"
	NounTie                finding.Term = "tie"
	peopleShown                         = 5 // people named in a reason before "and N more"
)

// Values are values of an attribute, worded as a list.
type Values = finding.Values

// reasons says why a network got its verdict, then the figures behind it,
// each with its number: the same numbers as the JSON and every table.
func (e *eval) reasons(n *Network, res *Result) []finding.Finding {
	if n.NMembers == 0 && !n.Member {
		return []finding.Finding{finding.New(NoMembersListed)} // "besides you" would be odd
	}
	if n.NMembers == 0 {
		return []finding.Finding{finding.New(NoMembers)}
	}
	rs := e.verdictReasons(n, res)
	rs = append(rs, e.broughtReasons(n)...)
	return append(rs, e.tieReasons(n)...)
}

// redundantWith is the name of the network n overlaps most with, or "".
func (e *eval) redundantWith(n *Network) string {
	if n.RedundantWith < 0 {
		return ""
	}
	return e.nw.Groups[n.RedundantWith].Name
}

// verdictReasons says why network n got its verdict, and whether it is
// borderline.
func (e *eval) verdictReasons(n *Network, res *Result) []finding.Finding {
	var rs []finding.Finding
	add := func(code finding.Code, args ...any) { rs = append(rs, finding.New(code, args...)) }
	other := func() string { return e.redundantWith(n) }
	switch {
	case n.Rule == 1 && oneSided(n) && n.EgoBalance > 0:
		add(ReasonOneSidedGive, finding.Amount(n.Given), finding.Amount(n.Received), n.EgoBalance)
	case n.Rule == 1 && oneSided(n):
		add(ReasonOneSidedTake, finding.Amount(n.Given), finding.Amount(n.Received), n.EgoBalance)
	case n.Rule == 1:
		add(ReasonPassive, finding.Count{N: n.NMembers, Noun: NounMember})
	case n.Rule == 2:
		add(ReasonKeepAndInvest, finding.Count{N: int(n.Score), Noun: NounPerson})
	case n.Rule == 3:
		add(ReasonKeep, finding.Count{N: int(n.Score), Noun: NounPerson})
	case n.Rule == 4:
		add(ReasonLeave, other(), n.Overlap)
	case n.Rule == 5:
		add(ReasonReconsider)
	case n.Rule == 6:
		for _, cut := range res.Budget {
			for k, g := range cut.Demoted {
				if g != n.Group {
					continue
				}
				before := finding.Count{N: k, Noun: analysis.NounNetwork}
				switch {
				case cut.Kind == "hours" && k == 0:
					add(ReasonBudgetHours, finding.Amount(cut.Total), finding.Amount(cut.Budget), n.ScorePerHour)
				case cut.Kind == "hours":
					add(ReasonBudgetHoursNext, finding.Amount(cut.Total), finding.Amount(cut.Budget), before, n.ScorePerHour)
				case k == 0:
					add(ReasonBudgetFee, finding.Amount(cut.Total), finding.Amount(cut.Budget), n.ScorePerFee)
				default:
					add(ReasonBudgetFeeNext, finding.Amount(cut.Total), finding.Amount(cut.Budget), before, n.ScorePerFee)
				}
			}
		}
	case n.Verdict == ConsiderJoining:
		add(ReasonJoin, finding.Count{N: int(n.Score), Noun: NounPerson})
	case n.Verdict == NotWorthJoining:
		add(ReasonNotJoin)
	case !n.Member && n.Partial && n.NMembers > 0:
		add(ReasonNewcomersUnknown, finding.Count{N: n.NListed, Noun: NounMember}, n.NTotal)
	}
	// With a partial list, new_to_ego, reach_only_here and unseen_values
	// are lower bounds, and the reasons say so (the contract): the "at
	// least" of the newcomers says it when there are some, the newcomers
	// unknown of a network without a verdict says it too.
	if n.Partial && n.NMembers > 0 && len(n.NewToEgo) == 0 && n.Verdict != "" {
		add(ReasonPartialList, n.NListed, n.NTotal)
	}
	if n.Borderline {
		add(ReasonBorderline)
	}
	return rs
}

// broughtReasons says whom and what network n brings the ego: the people
// held only here and new to the ego (by name: the order of the files must
// not show), their contacts, unseen values, diversity, the ego's contacts
// in it, what it brought since the ego joined, and its overlap.
func (e *eval) broughtReasons(n *Network) []finding.Finding {
	var rs []finding.Finding
	add := func(code finding.Code, args ...any) { rs = append(rs, finding.New(code, args...)) }
	other := func() string { return e.redundantWith(n) }
	byName := func(ps []int) []int {
		out := slices.Clone(ps)
		slices.SortStableFunc(out, func(a, b int) int {
			pa, pb := e.nw.People[a], e.nw.People[b]
			if c := strings.Compare(pa.Name, pb.Name); c != 0 {
				return c
			}
			return strings.Compare(pa.ID, pb.ID)
		})
		return out
	}
	if h := byName(n.HeldOnlyHere); len(h) > 0 {
		code := ReasonHeld
		if e.star {
			// No mutual contacts to test: memberships alone (the contract:
			// "say so in the reasons").
			code = ReasonHeldStar
		}
		add(code, finding.Count{N: len(h), Noun: NounContact}, finding.People(shown(h)))
	}
	switch nw := byName(n.NewToEgo); {
	case len(nw) > 0 && n.Partial:
		add(ReasonNewPartial, len(nw), n.NListed, n.NTotal)
	case len(nw) > peopleShown:
		add(ReasonNewMore, finding.Count{N: len(nw), Noun: NounMember}, finding.PeopleAndMore{People: shown(nw), More: len(nw) - peopleShown})
	case len(nw) > 0:
		add(ReasonNew, finding.Count{N: len(nw), Noun: NounMember}, finding.People(nw))
	case len(n.HeldOnlyHere) == 0:
		if n.NMembers == 1 {
			add(ReasonNothingNewOne)
		} else {
			add(ReasonNothingNew, finding.Count{N: n.NMembers, Noun: NounMember})
		}
	}
	if n.TheirContacts > 0 {
		add(ReasonTheirContacts, finding.Count{N: n.TheirContacts, Noun: NounPerson})
	}
	for k, vs := range n.UnseenValues {
		if len(vs) > 0 {
			add(ReasonUnseen, e.attrNames[k], Values(vs))
		}
	}
	for k, gain := range n.DiversityGain {
		switch {
		case math.IsNaN(gain) || math.Abs(gain) < 0.005 ||
			strconv.FormatFloat(n.IQVWithout[k], 'f', 2, 64) == strconv.FormatFloat(n.IQVWith[k], 'f', 2, 64):
			// A change the two figures, as printed, do not show is not
			// said ("0.91 → 0.91").
		case gain > 0:
			add(ReasonDiversityUp, e.attrNames[k], n.IQVWithout[k], n.IQVWith[k])
		default:
			add(ReasonDiversityDown, e.attrNames[k], n.IQVWithout[k], n.IQVWith[k])
		}
	}
	if n.Member {
		add(ReasonKnown, n.ContactsInIt, n.NMembers, int(math.Round(n.KeptWithout*float64(n.NMembers))))
	}
	if j := n.Joined; !j.IsZero() {
		// The year as written ("2024"), never grouped as a count would be.
		month, year := finding.Term(j.Month().String()), strconv.Itoa(j.Year())
		if math.IsNaN(n.ContactsPerYearSinceJoining) {
			add(ReasonSinceJoiningNow, month, year, len(n.SinceJoining))
		} else {
			add(ReasonSinceJoining, month, year, len(n.SinceJoining), n.ContactsPerYearSinceJoining)
		}
	}
	if n.RedundantWith >= 0 && n.Rule != 4 {
		add(OverlapWith, finding.Count{N: n.SharedWith, Noun: NounMember}, other(), n.Overlap)
	}
	return rs
}

// tieReasons says how strong the ego's ties into network n are, the give
// and take, the change in constraint, the cost and the goals.
func (e *eval) tieReasons(n *Network) []finding.Finding {
	var rs []finding.Finding
	add := func(code finding.Code, args ...any) { rs = append(rs, finding.New(code, args...)) }
	if n.ContactsInIt > 0 {
		if e.star {
			// The contract: on a star these say nothing; report them,
			// with the note.
			add(ReasonStarTies, finding.Count{N: n.ContactsInIt, Noun: NounContact}, finding.Amount(n.MutualContactsMedian),
				n.EmbeddednessMedian, finding.Count{N: n.LocalBridges, Noun: NounTie})
		} else {
			add(ReasonEmbedded, finding.Count{N: n.ContactsInIt, Noun: NounContact}, finding.Amount(n.MutualContactsMedian), n.EmbeddednessMedian)
			if n.LocalBridges > 0 {
				add(ReasonLocalBridges, finding.Count{N: n.LocalBridges, Noun: NounTie})
			}
		}
	}
	// Give and take.
	switch {
	case len(e.nw.Ties) == 0:
		add(ReasonNoTies)
	case e.d == nil:
		add(ReasonUndirected)
	case math.IsNaN(n.EgoBalance):
		add(ReasonNoExchange)
	case n.Rule == 1 && oneSided(n):
		// said above
	case math.Abs(n.EgoBalance) < Balanced:
		add(ReasonBalanced, finding.Amount(n.Given), finding.Amount(n.Received), n.EgoBalance)
	case n.EgoBalance > 0:
		add(ReasonGivesMore, finding.Amount(n.Given), finding.Amount(n.Received), n.EgoBalance)
	default:
		add(ReasonTakesMore, finding.Amount(n.Given), finding.Amount(n.Received), n.EgoBalance)
	}
	switch c := n.ConstraintChange; {
	case math.IsNaN(c) || math.Abs(c) < 0.0005:
	case c < 0:
		add(ReasonConstraintDown, -c)
	default:
		add(ReasonConstraintUp, c)
	}
	if in := n.Info; in != nil {
		if in.HoursPerMonth != nil && *in.HoursPerMonth > 0 {
			add(ReasonCostHours, finding.Amount(*in.HoursPerMonth), n.ScorePerHour)
		}
		if in.Fee != nil && *in.Fee > 0 {
			add(ReasonCostFee, finding.Amount(*in.Fee), n.ScorePerFee)
		}
	}
	switch {
	case n.GoalsSet == 1 && n.GoalsAdvanced == 1:
		add(ReasonGoalOne)
	case n.GoalsSet == 1:
		add(ReasonGoalOneNot)
	case n.GoalsSet > 0:
		add(ReasonGoals, n.GoalsAdvanced, n.GoalsSet)
	}
	return rs
}

// shown is the first people of a list, as many as a reason names.
func shown(ps []int) []int { return ps[:min(len(ps), peopleShown)] }
