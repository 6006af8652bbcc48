package evaluatejson

import (
	"encoding/json"
	"io"
	"math"
	"slices"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/outputs/cells"
	"github.com/tiesnet/ties/graph/outputs/words"
)

// Num is a number that is null when undefined (NaN).
type Num = cells.Num

// Document is the evaluation's JSON.
type Document struct {
	SchemaVersion int     `json:"schema_version"`
	Ego           *string `json:"ego"`
	// Mode is "ego" or "population".
	Mode     string   `json:"mode"`
	Networks []any    `json:"networks"`
	Findings []string `json:"findings"`
	Budget   []Budget `json:"budget,omitempty"`
	WhatIf   *WhatIf  `json:"what_if,omitempty"`
}

// Network is one network judged from the ego's point of view.
type Network struct {
	Network        string              `json:"network"`
	Member         bool                `json:"member"`
	NMembers       int                 `json:"n_members"`
	NMembersListed *int                `json:"n_members_listed,omitempty"`
	NMembersTotal  *int                `json:"n_members_total,omitempty"`
	MembersPartial *bool               `json:"members_partial,omitempty"`
	NewToEgo       int                 `json:"new_to_ego"`
	HeldOnlyHere   int                 `json:"held_only_here"`
	ReachOnlyHere  Reach               `json:"reach_only_here"`
	AlreadyKnown   Num                 `json:"already_known"`
	KeptWithout    Num                 `json:"kept_without"`
	Overlap        Num                 `json:"overlap"`
	RedundantWith  *string             `json:"redundant_with"`
	UnseenValues   map[string][]string `json:"unseen_values"`
	DiversityGain  map[string]Num      `json:"diversity_gain"`
	ConstraintChg  Num                 `json:"constraint_change"`
	Embeddedness   Num                 `json:"embeddedness_median"`
	MutualContacts Num                 `json:"mutual_contacts_median"`
	LocalBridges   int                 `json:"local_bridges"`
	Given          Num                 `json:"given"`
	Received       Num                 `json:"received"`
	EgoBalance     Num                 `json:"ego_balance"`
	Score          Num                 `json:"score"`
	ScorePerHour   Num                 `json:"score_per_hour"`
	ScorePerFee    Num                 `json:"score_per_fee"`
	Verdict        *string             `json:"verdict"`
	Borderline     bool                `json:"borderline"`
	Reasons        []string            `json:"reasons"`
	// Documented extras (docs/evaluate.md).
	Rule               int            `json:"rule"`
	GoalFit            Num            `json:"goal_fit"`
	HoursPerMonth      Num            `json:"hours_per_month"`
	FeePerYear         Num            `json:"fee_per_year"`
	HeldOnlyHerePeople []string       `json:"held_only_here_people"`
	NewToEgoPeople     []string       `json:"new_to_ego_people"`
	ConstraintWith     Num            `json:"constraint_with"`
	ConstraintWithout  Num            `json:"constraint_without"`
	IQVWithout         map[string]Num `json:"iqv_without"`
	IQVWith            map[string]Num `json:"iqv_with"`
	// What the network brought since the ego joined it (docs/time.md):
	// null when the ego's since is unknown.
	Joined                      *string  `json:"joined"`
	ContactsSinceJoining        *int     `json:"contacts_since_joining"`
	ContactsPerYearSinceJoining Num      `json:"contacts_per_year_since_joining"`
	ContactsSinceJoiningPeople  []string `json:"contacts_since_joining_people"`
}

// Reach is reach_only_here.
type Reach struct {
	Members       int `json:"members"`
	TheirContacts int `json:"their_contacts"`
}

// Population is one network judged against the rest of the organisation.
type Population struct {
	Network            string              `json:"network"`
	NMembers           int                 `json:"n_members"`
	IQV                map[string]IQV      `json:"iqv"`
	UnseenValues       map[string][]string `json:"unseen_values"`
	EI                 EI                  `json:"ei"`
	MembersWithoutTies int                 `json:"members_without_ties"`
	BridgingMembers    int                 `json:"bridging_members"`
	WithoutTiesPeople  []string            `json:"members_without_ties_people"`
	BridgingPeople     []string            `json:"bridging_members_people"`
	Overlap            Num                 `json:"overlap"`
	RedundantWith      *string             `json:"redundant_with"`
	Reasons            []string            `json:"reasons"`
	HoursPerMonth      Num                 `json:"hours_per_month"`
	FeePerYear         Num                 `json:"fee_per_year"`
}

// IQV is a population-mode IQV of the members and of everyone.
type IQV struct {
	Members  Num `json:"members"`
	Everyone Num `json:"everyone"`
}

// EI is the group E-I index.
type EI struct {
	External int `json:"external"`
	Internal int `json:"internal"`
	Index    Num `json:"index"`
}

// Budget is what the budget rule did.
type Budget struct {
	Kind      string   `json:"kind"`
	Budget    float64  `json:"budget"`
	Total     float64  `json:"total"`
	Kept      float64  `json:"kept"`
	Demoted   []string `json:"reconsider"`
	StillOver bool     `json:"still_over"`
}

// WhatIf is the ego's world after leaving and joining networks.
type WhatIf struct {
	Without    []string          `json:"without"`
	With       []string          `json:"with"`
	World      [2]int            `json:"world"`
	Contacts   [2]int            `json:"contacts"`
	IQV        map[string][2]Num `json:"iqv"`
	Constraint [2]Num            `json:"constraint"`
}

// New builds the JSON document of an evaluation; p words the reasons.
func New(ev *evaluate.Result, nw namer, p *words.Printer) *Document {
	d := &Document{SchemaVersion: evaluate.SchemaVersion, Mode: "ego", Networks: []any{}, Findings: []string{}}
	if ev.Population {
		d.Mode = "population"
	} else {
		id := nw.ID(ev.Ego)
		d.Ego = &id
	}
	for _, f := range ev.Findings {
		d.Findings = append(d.Findings, p.Sentence(f))
	}
	name := func(g int) *string {
		if g < 0 {
			return nil
		}
		s := nw.Group(g)
		return &s
	}
	reasons := func(n *evaluate.Network) []string {
		out := make([]string, len(n.Reasons))
		for k, f := range n.Reasons {
			out[k] = p.Sentence(f)
		}
		return out
	}
	info := func(n *evaluate.Network) (hours, fee Num) {
		hours, fee = Num(math.NaN()), Num(math.NaN())
		if in := n.Info; in != nil {
			if in.HoursPerMonth != nil {
				hours = Num(*in.HoursPerMonth)
			}
			if in.Fee != nil {
				fee = Num(*in.Fee)
			}
		}
		return hours, fee
	}
	for _, n := range ev.Networks {
		unseen := map[string][]string{}
		for k, a := range ev.Attributes {
			unseen[a] = n.UnseenValues[k]
		}
		hours, fee := info(n)
		if ev.Population {
			x := &Population{Network: n.Name, NMembers: n.NMembers, IQV: map[string]IQV{}, UnseenValues: unseen,
				EI:                 EI{External: n.EI.External, Internal: n.EI.Internal, Index: Num(n.EI.Index)},
				MembersWithoutTies: n.MembersWithoutTies, BridgingMembers: n.BridgingMembers,
				WithoutTiesPeople: names(nw, n.WithoutTies), BridgingPeople: names(nw, n.Bridging),
				Overlap: Num(n.Overlap), RedundantWith: name(n.RedundantWith), Reasons: reasons(n),
				HoursPerMonth: hours, FeePerYear: fee}
			for k, a := range ev.Attributes {
				x.IQV[a] = IQV{Num(n.IQVMembers[k]), Num(n.IQVEveryone[k])}
			}
			d.Networks = append(d.Networks, x)
			continue
		}
		x := &Network{
			Network: n.Name, Member: n.Member, NMembers: n.NMembers,
			NewToEgo: len(n.NewToEgo), HeldOnlyHere: len(n.HeldOnlyHere),
			ReachOnlyHere: Reach{Members: n.ReachMembers(), TheirContacts: n.TheirContacts},
			AlreadyKnown:  Num(n.AlreadyKnown), KeptWithout: Num(n.KeptWithout),
			Overlap: Num(n.Overlap), RedundantWith: name(n.RedundantWith),
			UnseenValues: unseen, DiversityGain: map[string]Num{},
			ConstraintChg: Num(n.ConstraintChange), Embeddedness: Num(n.EmbeddednessMedian),
			MutualContacts: Num(n.MutualContactsMedian), LocalBridges: n.LocalBridges,
			Given: Num(n.Given), Received: Num(n.Received), EgoBalance: Num(n.EgoBalance),
			Score: Num(n.Score), ScorePerHour: Num(n.ScorePerHour), ScorePerFee: Num(n.ScorePerFee),
			Borderline: n.Borderline, Reasons: reasons(n), Rule: n.Rule, GoalFit: Num(n.GoalFit),
			HoursPerMonth: hours, FeePerYear: fee,
			HeldOnlyHerePeople: names(nw, n.HeldOnlyHere), NewToEgoPeople: names(nw, n.NewToEgo),
			ConstraintWith: Num(n.ConstraintWith), ConstraintWithout: Num(n.ConstraintWithout),
		}
		x.IQVWithout, x.IQVWith = map[string]Num{}, map[string]Num{}
		for k, a := range ev.Attributes {
			x.DiversityGain[a] = Num(n.DiversityGain[k])
			x.IQVWithout[a] = Num(n.IQVWithout[k])
			x.IQVWith[a] = Num(n.IQVWith[k])
		}
		if n.Verdict != "" {
			v := string(n.Verdict)
			x.Verdict = &v
		}
		x.ContactsPerYearSinceJoining = Num(n.ContactsPerYearSinceJoining)
		if !n.Joined.IsZero() {
			joined, since := n.Joined.String(), len(n.SinceJoining)
			x.Joined, x.ContactsSinceJoining = &joined, &since
			x.ContactsSinceJoiningPeople = names(nw, n.SinceJoining)
		}
		if n.Partial {
			listed, total, yes := n.NListed, n.NTotal, true
			x.NMembersListed, x.NMembersTotal, x.MembersPartial = &listed, &total, &yes
		}
		d.Networks = append(d.Networks, x)
	}
	for _, c := range ev.Budget {
		b := Budget{Kind: c.Kind, Budget: c.Budget, Total: c.Total, Kept: c.Kept, Demoted: []string{}, StillOver: c.StillOver}
		for _, g := range c.Demoted {
			b.Demoted = append(b.Demoted, nw.Group(g))
		}
		d.Budget = append(d.Budget, b)
	}
	if w := ev.WhatIf; w != nil {
		x := &WhatIf{Without: nonNil(w.Without), With: nonNil(w.With), World: w.World, Contacts: w.Contacts,
			IQV: map[string][2]Num{}, Constraint: [2]Num{Num(w.Constraint[0]), Num(w.Constraint[1])}}
		for k, a := range ev.Attributes {
			x.IQV[a] = [2]Num{Num(w.IQV[k][0]), Num(w.IQV[k][1])}
		}
		d.WhatIf = x
	}
	return d
}

// namer names people and networks for the JSON.
type namer interface {
	words.Namer
	Group(g int) string
}

// Names names people by name (words.ByName) and networks by theirs.
type Names struct {
	*words.ByName
	nw *graph.Network
}

// NewNames returns the names of nw's people and networks.
func NewNames(nw *graph.Network) Names { return Names{words.NewByName(nw), nw} }

// Group is a network's name.
func (n Names) Group(g int) string { return n.nw.Groups[g].Name }

// names are people's names, sorted (byte order).
func names(nw namer, ps []int) []string {
	out := make([]string, len(ps))
	for k, i := range ps {
		out[k] = nw.Label(i)
	}
	slices.Sort(out)
	return out
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

// Write writes the document as indented JSON.
func (d *Document) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(d)
}
