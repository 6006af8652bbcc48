package analysis

import (
	"fmt"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/measures/centrality"
	"github.com/tiesnet/ties/graph/measures/holes"
)

// GroupTies says whether shared groups count as ties in the structure view.
type GroupTies string

const (
	// GroupTiesAuto adds shared groups when the ties alone are a star or
	// empty and there are groups: a LinkedIn export plus memberships.
	GroupTiesAuto GroupTies = "auto"
	GroupTiesOn   GroupTies = "on"
	GroupTiesOff  GroupTies = "off"
)

// OrgAsGroup says whether colleagues (people with the same organisation)
// count as likely ties in the structure view.
type OrgAsGroup string

const (
	// OrgAsGroupAuto counts colleagues as likely ties when the ties alone
	// are a star or none (a contact export alone: the one focus the data
	// shows), and never otherwise. The default.
	OrgAsGroupAuto OrgAsGroup = "auto"
	// OrgAsGroupOn always counts colleagues as sharing a group (also set by
	// Projection.OrganizationAttribute).
	OrgAsGroupOn  OrgAsGroup = "on"
	OrgAsGroupOff OrgAsGroup = "off"
)

// OrganizationAttribute is the attribute whose values are organisations.
const OrganizationAttribute = "organization"

// WeightAs says how tie weights enter weighted betweenness.
type WeightAs string

const (
	// WeightAsLength: a heavier tie is a longer path (NetworkX's
	// weight="weight", the spec's betweenness_weighted). The default.
	WeightAsLength WeightAs = "length"
	// WeightAsStrength: a heavier tie is a shorter path, distance =
	// 1/weight (Opsahl, Agneessens and Skvoretz 2010).
	WeightAsStrength WeightAs = "strength"
)

// ExactBetweenness asks for exact betweenness whatever the size
// (Options.BetweennessSamples).
const ExactBetweenness = -1

// Options choose what is computed and how. The zero value of every field
// is its documented default, so Options{} analyses everything the spec's
// way.
type Options struct {
	// Attributes to analyse; nil means all.
	Attributes []string
	// HolesModel: holes.Whole (the zero value, the spec's default) or
	// holes.EgoNetwork.
	HolesModel holes.Model
	// WeightAs says how tie weights enter weighted betweenness; "" means
	// WeightAsLength.
	WeightAs WeightAs
	// BetweennessSamples: 0 chooses by size (exact when
	// centrality.PreferExact, else sampled by centrality.Estimate within its
	// default budgets), ExactBetweenness is always exact, k > 0 samples at
	// most k pairs of people (whatever the work).
	BetweennessSamples int
	// BetweennessConfidence is the probability that the intervals of
	// sampled betweenness hold for everyone at once; 0 means
	// centrality.DefaultConfidence (0.95). It must be below 1.
	BetweennessConfidence float64
	// Seed drives sampled betweenness and Louvain; 0 means 1 (the CLI's
	// default), so that Options{} gives what `ties analyze` gives.
	Seed uint64
	// Resolution is Louvain's and modularity's resolution; 0 means 1
	// (Newman's Q). Negative is an error.
	Resolution float64
	// Projection sets how memberships are projected onto people (Newman
	// weighting, size cap, shared organisation). Projection.MaxGroupSize 0
	// means DefaultMaxGroupSize and NoGroupSizeCap (negative) no cap: a
	// network of m members implies m(m−1)/2 pairs, so an uncapped
	// projection of a 20 000-member organisation needs hundreds of millions
	// of them. Larger networks still count in every two-mode figure.
	Projection graph.ProjectionOptions
	// GroupTies says whether shared groups join the structure view; ""
	// means GroupTiesAuto.
	GroupTies GroupTies
	// OrgAsGroup says whether colleagues count as likely ties; "" means
	// OrgAsGroupAuto. They join the structure view only (never the tie
	// view: a colleague is not a contact), and an organisation is never a
	// network to evaluate.
	OrgAsGroup OrgAsGroup
	// Progress, when set, is told what is being computed, for a command
	// to show on stderr: each stage once with done and total 0 when it
	// starts, then, for betweenness, the sources done of total as they
	// complete. Betweenness on weighted data takes two passes, staged as
	// "betweenness: pass 1 of 2" and "betweenness: pass 2 of 2", so that
	// a bar that reaches 100 % says it is not the end.
	Progress func(stage string, done, total int)
}

// Group size caps for Options.Projection.MaxGroupSize.
const (
	// DefaultMaxGroupSize: networks with more members are left out of the
	// projection onto people (shared-network ties). 500 members imply
	// 124 750 pairs; a network that large is a mailing list, not a focus
	// where members meet one another (Feld 1981).
	DefaultMaxGroupSize = 500
	// NoGroupSizeCap projects every network, however large.
	NoGroupSizeCap = -1
)

// DefaultOptions are the spec's defaults, spelled out: the same as
// Options{}.
func DefaultOptions() Options {
	return Options{
		HolesModel: holes.Whole,
		WeightAs:   WeightAsLength,
		Seed:       1,
		Resolution: 1,
		GroupTies:  GroupTiesAuto,
		OrgAsGroup: OrgAsGroupAuto,

		BetweennessConfidence: centrality.DefaultConfidence,
	}
}

// OptionError is an Options field with a value the analysis cannot use.
type OptionError struct {
	Field string // the Options field
	Value any
	Want  string // what is allowed
}

func (e *OptionError) Error() string {
	return fmt.Sprintf("analysis: %s %v: must be %s", e.Field, e.Value, e.Want)
}

// UnknownAttributeError names an attribute the data does not have.
type UnknownAttributeError struct {
	Name string
	Have []string // the data's attributes
}

func (e *UnknownAttributeError) Error() string {
	return fmt.Sprintf("analysis: no attribute %q; the data has %v", e.Name, e.Have)
}

// resolved fills the defaults of the zero values and checks the rest.
func (o Options) resolved() (Options, error) {
	if o.WeightAs == "" {
		o.WeightAs = WeightAsLength
	}
	if o.WeightAs != WeightAsLength && o.WeightAs != WeightAsStrength {
		return o, &OptionError{"WeightAs", o.WeightAs, `"length" or "strength"`}
	}
	if o.HolesModel != holes.Whole && o.HolesModel != holes.EgoNetwork {
		return o, &OptionError{"HolesModel", o.HolesModel, "holes.Whole or holes.EgoNetwork"}
	}
	if o.BetweennessSamples < ExactBetweenness {
		return o, &OptionError{"BetweennessSamples", o.BetweennessSamples, "0 (by size), ExactBetweenness or a number of samples"}
	}
	if o.BetweennessConfidence == 0 {
		o.BetweennessConfidence = centrality.DefaultConfidence
	}
	if !(o.BetweennessConfidence > 0 && o.BetweennessConfidence < 1) {
		return o, &OptionError{"BetweennessConfidence", o.BetweennessConfidence, "between 0 and 1 (not 1)"}
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Resolution == 0 {
		o.Resolution = 1
	}
	if !(o.Resolution > 0) {
		return o, &OptionError{"Resolution", o.Resolution, "a positive number"}
	}
	if o.GroupTies == "" {
		o.GroupTies = GroupTiesAuto
	}
	switch o.GroupTies {
	case GroupTiesAuto, GroupTiesOn, GroupTiesOff:
	default:
		return o, &OptionError{"GroupTies", o.GroupTies, `"auto", "on" or "off"`}
	}
	if o.OrgAsGroup == "" {
		o.OrgAsGroup = OrgAsGroupAuto
	}
	switch o.OrgAsGroup {
	case OrgAsGroupAuto, OrgAsGroupOn, OrgAsGroupOff:
	default:
		return o, &OptionError{"OrgAsGroup", o.OrgAsGroup, `"auto", "on" or "off"`}
	}
	if o.OrgAsGroup == OrgAsGroupOn && o.Projection.OrganizationAttribute == "" {
		o.Projection.OrganizationAttribute = OrganizationAttribute
	}
	if o.OrgAsGroup == OrgAsGroupOff {
		o.Projection.OrganizationAttribute = ""
	}
	switch {
	case o.Projection.MaxGroupSize == 0:
		o.Projection.MaxGroupSize = DefaultMaxGroupSize
	case o.Projection.MaxGroupSize < 0:
		o.Projection.MaxGroupSize = NoGroupSizeCap
	}
	return o, nil
}

// projection is Projection as the graph packages read it (0: no cap).
func (o Options) projection() graph.ProjectionOptions {
	p := o.Projection
	if p.MaxGroupSize < 0 {
		p.MaxGroupSize = 0
	}
	return p
}

// GroupSizeCap is the resolved cap on projected networks' size, 0 when
// every network is projected.
func (o Options) GroupSizeCap() int { return o.projection().MaxGroupSize }

// distance is the kernel's name for WeightAs.
func (o Options) distance() centrality.Distance {
	if o.WeightAs == WeightAsStrength {
		return centrality.WeightAsStrength
	}
	return centrality.WeightAsLength
}
