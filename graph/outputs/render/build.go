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
	// Pinned says that ties computed every position (the default for
	// pictures of up to a few hundred nodes): Layout only draws them.
	Pinned bool
	// View is the view drawn.
	View View
	// Shown is the number of people drawn one by one (in the group map,
	// networks; in the communities view, communities).
	Shown int
	// Collapsed is the number of people grouped into nodes with counts
	// because the view had more than Options.CollapseAbove; 0 otherwise.
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
		return s.brings()
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
