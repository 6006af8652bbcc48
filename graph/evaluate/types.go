// Package evaluate judges each network (group) a person belongs to, or
// could join, for the new perspectives it brings against the time and fees
// it costs: the question of "Välj dina nätverk med omsorg!" (choose your
// networks with care). It reads the model and an analysis result; it never
// changes them.
package evaluate

import "github.com/tiesnet/ties/graph"

// Verdicts, from best to worst. Each comes with reasons in plain words.
const (
	KeepAndInvest = "keep and invest" // brings new, diverse contacts or bridges clusters, at a fair cost
	Keep          = "keep"
	Reconsider    = "reconsider" // mostly redundant with other networks, or costly for what it brings
	Leave         = "leave"      // brings nothing new and costs time or money
	ConsiderJoin  = "consider joining"
	NotForYou     = "not worth joining"
)

// Goals are the user's professional needs, stated as targets (the goals
// file, read by importers.ReadGoals).
type Goals = graph.Goals

// ContactGoal asks for at least N contacts whose Attribute is Value.
type ContactGoal = graph.ContactGoal

// Options say from whose point of view and with what changes.
type Options struct {
	// Population judges the networks for the population as a whole, also
	// when the data has an ego (without an ego it always does).
	Population bool
	// Without and With name networks for what-if questions: the ego's own
	// network without these, or with these joined.
	Without, With []string
	Goals         *Goals
	// Attributes to weigh for diversity; nil means all.
	Attributes []string
}

// Result is the evaluation of every network.
type Result struct {
	Ego      *string    `json:"ego"`
	Networks []*Network `json:"networks"`
	// WhatIf holds the ego network's figures after the changes in
	// Options.Without and Options.With, when any were asked for.
	WhatIf *WhatIf `json:"what_if,omitempty"`
}

// Network is the evaluation of one network (group).
type Network struct {
	Name string           `json:"network"`
	Info *graph.GroupInfo `json:"-"`
	// EgoMember says whether the ego belongs to it.
	EgoMember bool `json:"ego_member"`

	// Reach.
	Members int `json:"members"`
	// NewToEgo counts members who are not the ego's contacts and whom the
	// ego does not meet in any of its other networks.
	NewToEgo int `json:"new_to_ego"`
	// Redundancy is the largest Jaccard overlap of members with one of the
	// ego's other networks, named in RedundantWith.
	Redundancy    float64 `json:"redundancy"`
	RedundantWith string  `json:"redundant_with,omitempty"`

	// Diversity of its members per attribute (Blau, IQV), and the change in
	// the IQV of the ego's contacts if the ego left it (members) or joined
	// it (non-members): positive = more diverse.
	Diversity     map[string]AttrDiversity `json:"diversity"`
	DiversityGain map[string]float64       `json:"diversity_gain"`

	// Bridging: how many of the ego's otherwise separate clusters it
	// connects (see bridging.go), the ego's constraint with the network
	// minus without it (negative = the network lowers constraint, i.e.
	// opens holes), and the members who broker most (top betweenness).
	CommunitiesConnected int      `json:"communities_connected"`
	ConstraintChange     float64  `json:"constraint_change"`
	Brokers              []string `json:"brokers"`

	// Reciprocity where directed ties exist (NaN otherwise): the share of
	// ties among members that are returned, and the ego's give/receive
	// balance with members ((given − received)/(given + received)).
	ReciprocityWithin float64 `json:"reciprocity_within"`
	EgoBalance        float64 `json:"ego_balance"`

	// Cost (from networks.csv; NaN when unknown) and what it buys.
	HoursPerMonth float64 `json:"hours_per_month"`
	FeePerYear    float64 `json:"fee_per_year"`
	NewPerHour    float64 `json:"new_per_hour"`
	NewPerFee     float64 `json:"new_per_1000_fee"`
	// The same for diversity (the mean diversity gain over attributes) and
	// bridging (the clusters connected beyond the first).
	DiversityPerHour float64 `json:"diversity_gain_per_hour"`
	DiversityPerFee  float64 `json:"diversity_gain_per_1000_fee"`
	BridgingPerHour  float64 `json:"bridging_per_hour"`
	BridgingPerFee   float64 `json:"bridging_per_1000_fee"`

	// Fit with the goals file (NaN without goals): 0 to 1, with reasons.
	GoalFit     float64  `json:"goal_fit"`
	GoalReasons []string `json:"goal_reasons"`

	Verdict string   `json:"verdict"`
	Reasons []string `json:"reasons"`
	// Score is the number behind the verdict, explained by Reasons.
	Score float64 `json:"score"`
}

// AttrDiversity is a group's diversity in one attribute.
type AttrDiversity struct {
	Blau float64 `json:"blau"`
	IQV  float64 `json:"iqv"`
}

// WhatIf compares the ego's network before and after a change.
type WhatIf struct {
	Without    []string              `json:"without"`
	With       []string              `json:"with"`
	Contacts   [2]int                `json:"contacts"`  // before, after
	Diversity  map[string][2]float64 `json:"diversity"` // IQV before, after
	Constraint [2]float64            `json:"constraint"`
}
