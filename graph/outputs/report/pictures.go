package report

import (
	"bytes"
	"context"
	"fmt"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/finding"
	"github.com/tiesnet/ties/graph/outputs/render"
	"github.com/tiesnet/ties/graph/outputs/render/engine"
	"github.com/tiesnet/ties/graph/outputs/words"
)

// PictureOptions say how the report's pictures are drawn.
type PictureOptions struct {
	// ColorBy colours people in the network and ego views (render's
	// default when empty).
	ColorBy string
	// Ego is the ego view's centre (the network's ego when empty).
	Ego string
	// Anonymize and AnonymizeKey: as Data's.
	Anonymize    bool
	AnonymizeKey string
	// Warn is told of a picture that could not be drawn (nil: silent); the
	// report goes on without it.
	Warn func(what string, err error)
	// Lang is the pictures' language, as Data's: titles, captions and
	// every word drawn (render.Options.Words).
	Lang string
}

// reportViews are the diagrams of the Diagrams section, in order.
var reportViews = []struct {
	view        render.View
	needsGroups bool
	needsEgo    bool
}{
	{render.ViewEgo, false, true},
	{render.ViewGroupMap, true, false},
	{render.ViewNetwork, false, false},
}

// Pictures draws the report's pictures as SVG: the ego view, the group map
// and the network view, and, with an evaluation, a small brings picture of
// each network the report judges one by one that brings someone or some
// value (the same networks, capped at NetworksShown). A picture that cannot be drawn is left out and told to
// Warn; when the first brings picture fails, the others are not tried.
func Pictures(ctx context.Context, r *analysis.Result, ev *evaluate.Result, o PictureOptions) []Diagram {
	p, err := words.NewIn(o.Lang, nil)
	if err != nil {
		if o.Warn != nil {
			o.Warn("the pictures", err)
		}
		return nil
	}
	t := func(code string, args ...any) string { return p.Text(finding.Code(code), args...) }
	warn := func(what string, err error) {
		if o.Warn != nil {
			o.Warn(what, err)
		}
	}
	draw := func(opt render.Options) ([]byte, error) {
		var buf bytes.Buffer
		opt.Anonymize, opt.AnonymizeKey = o.Anonymize, o.AnonymizeKey
		opt.Words = p
		if _, err := render.Render(ctx, r, opt, engine.SVG, &buf, engine.Options{}); err != nil {
			return nil, err
		}
		return buf.Bytes(), nil
	}
	var out []Diagram
	for _, v := range reportViews {
		if v.needsGroups && r.Network.Memberships() == 0 {
			continue
		}
		if v.needsEgo && r.Ego() < 0 && o.Ego == "" {
			continue
		}
		opt := render.Options{View: v.view, ColorBy: o.ColorBy, Ego: o.Ego}
		if ev != nil && !ev.Population {
			opt.Evaluation = ev // the group map colours by what each network brings
		}
		svg, err := draw(opt)
		if err != nil {
			warn(fmt.Sprintf("the %s diagram", v.view), err)
			continue
		}
		out = append(out, Diagram{View: v.view, SVG: svg,
			Title:   t("report.diagram." + string(v.view) + ".title"),
			Caption: t("report.diagram." + string(v.view) + ".caption")})
	}
	if ev == nil || ev.Population || r.Ego() < 0 {
		return out
	}
	shown, _ := shownNetworks(ev)
	for _, n := range shown {
		// A network that brings nobody and no value has nothing to draw.
		if n.NMembers == 0 || (n.Score == 0 && n.UnseenCount() == 0) {
			continue
		}
		svg, err := draw(render.Options{View: render.ViewBrings, Network: n.Name, Evaluation: ev, Small: true})
		if err != nil {
			warn("the brings pictures", err)
			break
		}
		out = append(out, Diagram{View: render.ViewBrings, Network: n.Name, SVG: svg,
			Title:   t("report.diagram.brings.title", n.Name),
			Caption: t("report.diagram.brings.caption")})
	}
	return out
}
