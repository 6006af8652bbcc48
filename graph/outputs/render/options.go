package render

import (
	"fmt"
	"slices"
	"strings"

	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/outputs/words"
)

// View names a picture.
type View string

const (
	// ViewNetwork: everybody, coloured by an attribute or community, sized
	// by brokerage, bridges standing out.
	ViewNetwork View = "network"
	// ViewEgo: one person in the centre, their contacts grouped by the
	// networks or communities they come from.
	ViewEgo View = "ego"
	// ViewGroups: the two-mode picture, networks and their members.
	ViewGroups View = "groups"
	// ViewGroupMap: one node per network, linked by shared members,
	// coloured by the diversity of its members.
	ViewGroupMap View = "groupmap"
	// ViewCommunities: one node per community, for large data.
	ViewCommunities View = "communities"
	// ViewBrings: what one network (Options.Network) brings the ego, as
	// ties evaluate judges it (Options.Evaluation): the ego in the centre,
	// the members in rings by what they are to the ego, the people reached
	// only through the network outside.
	ViewBrings View = "brings"
)

// Views lists the views in the order help shows them.
var Views = []View{ViewNetwork, ViewEgo, ViewGroups, ViewGroupMap, ViewCommunities, ViewBrings}

// Sizes a node can be scaled by.
const (
	SizeBetweenness   = "betweenness"
	SizeEffectiveSize = "effective_size"
	SizeDegree        = "degree"
	SizeNone          = "none"
)

// SizeBys lists the accepted Options.SizeBy values.
var SizeBys = []string{SizeBetweenness, SizeEffectiveSize, SizeDegree, SizeNone}

// ColorCommunity colours people by their community instead of an attribute.
const ColorCommunity = "community"

// Layouts lists the Graphviz layouts a user may ask for.
var Layouts = []string{"dot", "neato", "fdp", "sfdp", "twopi", "circo"}

// Defaults, stated so the command's help and the docs can quote them.
const (
	// DefaultLabels is how many people get a label in the network view.
	DefaultLabels = 15
	// DefaultCollapseAbove is the most people a view draws one by one;
	// above it the rest are grouped into nodes with counts (communities in
	// the network view, networks and communities in the ego view, networks
	// in the groups view, a count per ring in the brings view). A picture of
	// more people than this, shrunk into a report's column, is a hairball
	// whose labels no one can read.
	DefaultCollapseAbove = 150
	// DefaultGroupedBrokers is how many people a grouped network view
	// draws one by one: the ego and the top brokers by betweenness, the
	// people who tie the communities together.
	DefaultGroupedBrokers = 50
	// MaxLabelled is the most people a grouped ego view labels.
	MaxLabelled = 50
	// DefaultMaxCommunities is how many communities the communities view
	// draws; smaller ones are folded into one "other" node. More circles
	// than this no longer fit a poster with labels one can read.
	DefaultMaxCommunities = 48
	// smallNetwork is the number of nodes up to which ties lays a picture
	// out itself (stress majorization, stress.go: a few hundred
	// milliseconds at this size, its cost grows with the square of the
	// nodes); above it, which only a raised CollapseAbove allows, Graphviz's
	// sfdp, whose multilevel force layout is the only one fast enough
	// (neato: 500 people 3.3 s, 3 000 people about 4 minutes in Graphviz's
	// WebAssembly build).
	smallNetwork = 400
)

// Options choose the view and how it is drawn. The zero value of each field
// means its default.
type Options struct {
	View View
	// ColorBy is an attribute name, or "community". The default is the
	// first attribute that says what people do (defaultColorBy: function,
	// profession, occupation, …), else community; never gender or another
	// attribute that says nothing about perspectives.
	ColorBy string
	// SizeBy is "betweenness" (default), "effective_size", "degree" or
	// "none".
	SizeBy string
	// Ego is the id of the ego view's centre; default the network's ego.
	Ego string
	// Labels is how many of the top brokers get a label (the ego always
	// does); 0 means DefaultLabels, a negative value none.
	Labels int
	// Anonymize replaces every name and id with a pseudonym (Pseudonyms).
	Anonymize bool
	// AnonymizeKey, when set, keys the pseudonyms, so that somebody who
	// guesses an id cannot check it against a pseudonym.
	AnonymizeKey string
	// Layout overrides the layout chosen by view and size.
	Layout string
	// CollapseAbove is the most people a view draws one by one (the rest
	// are grouped, with counts); 0 means DefaultCollapseAbove.
	CollapseAbove int
	// MaxCommunities caps the communities view; 0 means
	// DefaultMaxCommunities.
	MaxCommunities int
	// EgoGroups says what the ego view groups contacts by: "networks" (the
	// networks ego and contact share; the default when ego belongs to any)
	// or "communities".
	EgoGroups string
	// Network names the network the brings view shows.
	Network string
	// Evaluation is the evaluation the brings view draws, the group map
	// colours by and the grouped ego view takes its people from; the
	// caller evaluates with the options ties evaluate would use. Without
	// it the brings view evaluates with evaluate's defaults, the group map
	// colours by diversity and the ego view finds the people held only by
	// one network itself (foci.go).
	Evaluation *evaluate.Result
	// Small draws the brings view as a thumbnail for a report, beside the
	// network's verdict: about 300 pixels wide, no legend, no names, the
	// caption cut to the verdict line.
	Small bool
	// Words prints every word the picture shows (legends, captions, ring
	// and group labels, tooltips' field names) in its language: the
	// catalog's render.* codes (words.NewIn("sv", nil) for Swedish). Nil
	// means English. Names, attribute names and values and network names
	// come from the data as they are.
	Words *words.Printer
}

// withDefaults fills defaults and checks the values.
func (o Options) withDefaults() (Options, error) {
	if o.View == "" {
		o.View = ViewNetwork
	}
	if !slices.Contains(Views, o.View) {
		return o, fmt.Errorf("unknown view %q; use one of %s", o.View, joinViews())
	}
	if o.SizeBy == "" {
		o.SizeBy = SizeBetweenness
	}
	if !slices.Contains(SizeBys, o.SizeBy) {
		return o, fmt.Errorf("unknown size %q; use one of %s", o.SizeBy, strings.Join(SizeBys, ", "))
	}
	if o.Layout != "" && !slices.Contains(Layouts, o.Layout) {
		return o, fmt.Errorf("unknown layout %q; use one of %s", o.Layout, strings.Join(Layouts, ", "))
	}
	if o.Labels == 0 {
		o.Labels = DefaultLabels
	}
	if o.Labels < 0 {
		o.Labels = 0
	}
	if o.CollapseAbove <= 0 {
		o.CollapseAbove = DefaultCollapseAbove
	}
	if o.MaxCommunities <= 0 {
		o.MaxCommunities = DefaultMaxCommunities
	}
	switch o.EgoGroups {
	case "", "networks", "communities":
	default:
		return o, fmt.Errorf("unknown ego grouping %q; use networks or communities", o.EgoGroups)
	}
	return o, nil
}

func joinViews() string {
	s := make([]string, len(Views))
	for i, v := range Views {
		s[i] = string(v)
	}
	return strings.Join(s, ", ")
}
