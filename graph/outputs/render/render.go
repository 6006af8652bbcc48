package render

import (
	"context"
	"fmt"
	"io"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/outputs/render/engine"
)

// Render builds the view opt.View of an analysis (Build) and draws it in
// format (svg, png or dot) to w through the engine, which serialises all
// Graphviz work in the process. It returns the picture it drew, so the
// caller can report the layout and any note. When the view's layout gave
// no drawable picture and the engine drew it with another (see
// engine.Render), the picture's Layout is the one that drew it, Pinned is
// false, and eopt.Relaid is called.
func Render(ctx context.Context, r *analysis.Result, opt Options, format engine.Format, w io.Writer, eopt engine.Options) (*Picture, error) {
	p, err := Build(r, opt)
	if err != nil {
		return nil, err
	}
	layout, err := engine.ParseLayout(p.Layout)
	if err != nil {
		return nil, err
	}
	relaid := eopt.Relaid
	eopt.Relaid = func(asked, used engine.Layout, why error) {
		p.Layout, p.Pinned = string(used), false
		if relaid != nil {
			relaid(asked, used, why)
		}
	}
	if err := engine.Render(ctx, p.DOT, layout, format, w, eopt); err != nil {
		return p, fmt.Errorf("rendering the %s view with %s: %w", p.View, p.Layout, err)
	}
	return p, nil
}
