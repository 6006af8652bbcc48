package evaluate

import (
	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/finding"
)

// SchemaVersion is the version of the evaluation's JSON (docs/evaluate.md).
const SchemaVersion = 2

// Verdict is what the evaluation advises for a network; "" is no verdict
// (null in JSON): no members listed besides the ego, newcomers unknown, or
// population mode.
type Verdict string

// The verdicts (docs/spec/evaluate.md § Verdicts).
const (
	ChangeHowYouTakePart Verdict = "change how you take part"
	KeepAndInvest        Verdict = "keep and invest"
	Keep                 Verdict = "keep"
	Leave                Verdict = "leave"
	Reconsider           Verdict = "reconsider"
	ConsiderJoining      Verdict = "consider joining"
	NotWorthJoining      Verdict = "not worth joining"
)

// Verdicts lists the verdicts, best first for a network one is in, then
// those for a network one is not in.
var Verdicts = []Verdict{KeepAndInvest, Keep, ChangeHowYouTakePart, Reconsider, Leave, ConsiderJoining, NotWorthJoining}

// Goals are the user's professional needs (the goals file).
type Goals = graph.Goals

// ContactGoal asks for at least N contacts whose Attribute is Value.
type ContactGoal = graph.ContactGoal

// Result is the evaluation of every network.
type Result struct {
	// Ego is the person whose point of view it is; -1 in population mode.
	Ego int
	// Population is true in population mode (no ego): each network is
	// judged against the rest of the organisation, without verdicts.
	Population bool
	// Networks are in the spec's listing order: score, goal fit, unseen
	// values, name (population mode: by name).
	Networks []*Network
	// Attributes are the attributes compared, in the data's order.
	Attributes []string
	// Star is true when no tie joins two of the ego's contacts (a contact
	// export alone): dependence rests on memberships only, embeddedness
	// says nothing.
	Star bool
	// Budget holds what the budget rule did, when a goals file set a
	// budget that e's networks exceed.
	Budget []BudgetCut
	// WhatIf is the ego's world after leaving and joining networks, when
	// asked (Options.Without, Options.With).
	WhatIf *WhatIf
	// Findings are the evaluation's own words about the whole (no
	// networks, a star), as codes.
	Findings []finding.Finding
	// AsOf is the day contacts_per_year_since_joining counts to (zero:
	// the data has no dates).
	AsOf graph.Date
}

// Network is the evaluation of one network (group). Numbers that can be
// undefined are NaN (null in JSON); docs/evaluate.md defines each.
type Network struct {
	Group int    // index in graph.Network.Groups
	Name  string // the network's name
	Info  *graph.GroupInfo
	// Member says whether the ego belongs to it.
	Member bool
	// NMembers is |M_g|, the members without the ego.
	NMembers int
	// HeldOnlyHere are the ego's contacts whose tie depends on the network;
	// NewToEgo the members who are not e's contacts and not in another of
	// e's networks. Both person indices, ascending.
	HeldOnlyHere, NewToEgo []int
	// TheirContacts is reach_only_here.their_contacts, and
	// TheirContactsPeople the people it counts (ascending).
	TheirContacts       int
	TheirContactsPeople []int
	AlreadyKnown        float64
	KeptWithout         float64
	// Overlap is the Jaccard overlap with RedundantWith (-1: none).
	Overlap       float64
	RedundantWith int
	// SharedWith is |M_g ∩ M_h| for RedundantWith.
	SharedWith int
	// UnseenValues per attribute (parallel to Result.Attributes), sorted.
	UnseenValues [][]string
	// DiversityGain per attribute, and the IQV of W−g and W+g behind it.
	DiversityGain        []float64
	IQVWithout, IQVWith  []float64
	ConstraintChange     float64
	ConstraintWith       float64
	ConstraintWithout    float64
	EmbeddednessMedian   float64
	MutualContactsMedian float64
	LocalBridges         int
	ContactsInIt         int // e's contacts among M_g
	// Joined is the day e joined the network (zero: unknown, or e is not
	// a member). SinceJoining are e's contacts among M_g whose tie to e
	// began on or after it (ascending; nil when Joined is unknown):
	// contacts_since_joining. ContactsPerYearSinceJoining is their number
	// per year from Joined to Result.AsOf (NaN when unknown).
	Joined                      graph.Date
	SinceJoining                []int
	ContactsPerYearSinceJoining float64
	Given, Received             float64
	EgoBalance                  float64
	Score                       float64
	ScorePerHour                float64
	ScorePerFee                 float64
	GoalFit                     float64
	Verdict                     Verdict
	Rule                        int // the rule that decided (1–5; 6 the budget; 0 none)
	Borderline                  bool
	Partial                     bool // members_total exceeds the members listed
	NListed, NTotal             int  // with Partial: members listed and in all, the ego not counted
	Reasons                     []finding.Finding
	GoalsAdvanced, GoalsSet     int

	// Population mode.
	IQVMembers, IQVEveryone []float64
	EI                      EI
	MembersWithoutTies      int
	BridgingMembers         int
	// The people behind the two counts, ascending.
	WithoutTies, Bridging []int
}

// ReachMembers is reach_only_here.members.
func (n *Network) ReachMembers() int { return len(n.HeldOnlyHere) + len(n.NewToEgo) }

// UnseenCount is the number of unseen values over all attributes.
func (n *Network) UnseenCount() int {
	c := 0
	for _, vs := range n.UnseenValues {
		c += len(vs)
	}
	return c
}

// EI is a group's Krackhardt–Stern E-I index over the tie view: ties from
// members to non-members (External) against ties among members (Internal).
type EI struct {
	External, Internal int
	Index              float64 // NaN when there are no ties
}

// BudgetCut says what the budget rule did for one budget.
type BudgetCut struct {
	Kind      string  // "hours" or "fee"
	Budget    float64 // the goals file's budget
	Total     float64 // the known cost of e's networks
	Kept      float64 // the cost of the networks kept after the cut
	Demoted   []int   // networks (indices into Result.Networks' groups) given reconsider
	StillOver bool    // even without every candidate the rest does not fit
}

// WhatIf is the ego's world after leaving and joining networks.
type WhatIf struct {
	Without, With []string
	// World is |W| before and after.
	World [2]int
	// Contacts is |C(e)| before and after (ties that depend only on the
	// networks left fade).
	Contacts [2]int
	// IQV per attribute (parallel to Result.Attributes), before and after.
	IQV [][2]float64
	// Constraint is e's constraint in H(S) before and after.
	Constraint [2]float64
}
