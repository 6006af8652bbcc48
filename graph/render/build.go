package render

import (
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
	// Note says, in a sentence for the user, anything the picture changed
	// on its own (a view collapsed, categories folded); empty otherwise.
	Note string
}

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
				p.Note = fmt.Sprintf("%s people are more than --collapse-above %s: each community is drawn as one node",
					fmtInt(n), fmtInt(opt.CollapseAbove))
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
