package render

import (
	"errors"
	"fmt"

	"github.com/tiesnet/ties/graph/analysis"
)

// Picture is a view written as DOT text, with the layout to run it through.
type Picture struct {
	DOT []byte
	// Layout is the Graphviz layout engine chosen (or asked for).
	Layout string
	// View is the view drawn: a network view of more than CollapseAbove
	// people is drawn as the communities view.
	View View
	// Shown is the number of nodes that stand for people or communities
	// (legend and group nodes not counted).
	Shown int
	// Collapsed is the number of people when a network view of more than
	// Options.CollapseAbove people was drawn as the communities view; 0
	// otherwise.
	Collapsed int
}

// Errors for views the data cannot give.
var (
	// ErrNoEgo: the ego view needs an ego (Options.Ego or the network's).
	ErrNoEgo = errors.New("render: the ego view needs an ego")
	// ErrNoMemberships: the groups view and the group map need memberships.
	ErrNoMemberships = errors.New("render: the view needs memberships")
)

// Build writes the view opt.View of an analysis as DOT text. The same
// result and options always give the same bytes.
func Build(r *analysis.Result, opt Options) (*Picture, error) {
	opt, err := opt.withDefaults()
	if err != nil {
		return nil, err
	}
	s := newScene(r, opt)
	switch opt.View {
	case ViewNetwork:
		if n := len(s.node); n > opt.CollapseAbove {
			p, err := s.communities()
			if p != nil {
				p.Collapsed = n
			}
			return p, err
		}
		return s.network()
	case ViewEgo:
		return s.ego()
	case ViewGroups:
		return s.groups()
	case ViewGroupMap:
		return s.groupMap()
	case ViewCommunities:
		return s.communities()
	case ViewBrings:
		return nil, fmt.Errorf("render: the brings view is not built yet")
	}
	return nil, fmt.Errorf("unknown view %q", opt.View)
}

// layoutFor returns the user's layout, or the chosen one.
func (s *scene) layoutFor(chosen string) string {
	if s.opt.Layout != "" {
		return s.opt.Layout
	}
	return chosen
}

// bySize picks neato for small pictures and sfdp for large ones.
func bySize(nodes int) string {
	if nodes < smallNetwork {
		return "neato"
	}
	return "sfdp"
}
