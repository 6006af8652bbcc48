package engine

import (
	"context"
	"fmt"
	"image"
	"image/png"
	"io"
	"slices"

	"github.com/fogleman/gg"
	"github.com/goccy/go-graphviz/gvc"
	"golang.org/x/image/font"
)

// rasteriser is this package's PNG renderer, registered with Graphviz in
// place of go-graphviz's own. Graphviz calls it once per shape; it draws
// with fogleman/gg (pure Go, already a dependency of go-graphviz).
//
// go-graphviz's own image renderer draws wrong because of two faults:
//   - the "filled" argument reaches Go as true for every shape, so every
//     edge was filled (a straight edge has no area and vanished; a curve
//     became a blob), and unfilled nodes were filled;
//   - a filled shape was only filled, never outlined.
//
// So this renderer does not trust "filled". It decides from the object
// being drawn, as Graphviz's own cairo renderer would have: edges are
// stroked with their pen (width, colour, dash) and their closed shapes
// (arrowheads) filled with the edge colour; a node's or cluster's own shape
// is filled when its style says so (obj->fill) and then outlined with its
// pen; every other closed shape (the background box, outer peripheries, the
// tables and cells of HTML-like labels such as the legend) is filled when
// its pen is invisible and only outlined when it is visible (see paint).
// Text is drawn with the Go fonts built into the binary, and with fonts
// found on the machine for the characters they lack (fonts.go, text.go). ("filled"
// probably breaks because go-graphviz reads 32-bit callback arguments as
// 64-bit values with junk in the upper half: BeginLabel's type arrives so.)
//
// Callbacks never return an error: go-graphviz panics on one, in the middle
// of Graphviz's C code. A failure is kept in err and reported by finish.
type rasteriser struct {
	gvc.DefaultRenderEngine

	opt   Options
	dc    *gg.Context
	pages int
	err   error

	// from Graphviz's coordinates (points, y up) to pixels (y down)
	sx, sy, tx, ty float64

	// objects is the stack of objects being drawn (BeginCluster,
	// BeginNode, BeginEdge push; the Ends pop; empty: the root graph).
	// Graphviz calls these anyway, and knowing the type from them saves
	// reading it from Graphviz for every shape (see paint).
	objects []gvc.ObjectType
	// shapes counts the closed shapes drawn for the current node or
	// cluster (reset when one begins): see paint.
	shapes int

	// missing is the characters no font had (see TextSpan); runs and
	// runFaces are reused by TextSpan.
	missing  map[rune]bool
	runs     []textRun
	runFaces []font.Face
}

// picture is a finished PNG page, encoded outside the lock, and the
// characters it could not draw (in code point order).
type picture struct {
	img     image.Image
	missing []rune
}

// start prepares for one render.
func (r *rasteriser) start(opt Options) {
	*r = rasteriser{opt: opt, runs: r.runs[:0], runFaces: r.runFaces[:0]}
}

// finish returns the drawn page and forgets it.
func (r *rasteriser) finish() (*picture, error) {
	dc, err, missing := r.dc, r.err, r.missing
	*r = rasteriser{runs: r.runs[:0], runFaces: r.runFaces[:0]}
	if err != nil {
		return nil, err
	}
	if dc == nil {
		return nil, fmt.Errorf("graphviz drew no page")
	}
	pic := &picture{img: dc.Image()}
	for c := range missing {
		pic.missing = append(pic.missing, c)
	}
	slices.Sort(pic.missing)
	return pic, nil
}

func (r *rasteriser) fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

// drawing reports whether shapes should be drawn: a page is open and
// nothing failed.
func (r *rasteriser) drawing() bool { return r.dc != nil && r.err == nil }

func (r *rasteriser) BeginPage(_ context.Context, job *gvc.Job) error {
	r.pages++
	if r.pages > 1 {
		// The page attribute asks for several pages; one PNG holds one.
		r.fail(fmt.Errorf("paged output (the page attribute) is not supported"))
		r.dc = nil
		return nil
	}
	w, h := int(job.Width()), int(job.Height())
	if w == 0 || h == 0 {
		// A very long, thin drawing scaled into MaxPixels rounds to no
		// height (or width): draw it one pixel thick.
		w, h = max(w, 1), max(h, 1)
	}
	if w <= 0 || h <= 0 || w > r.opt.MaxPixels || h > r.opt.MaxPixels {
		// boundCanvas sets size, but attributes like viewport can still
		// ask for more: refuse rather than allocate.
		r.fail(fmt.Errorf("canvas %d×%d pixels exceeds the bound of %d (set a smaller size or dpi)", w, h, r.opt.MaxPixels))
		return nil
	}
	r.dc = gg.NewContext(w, h)
	r.sx, r.sy = job.Scale().X(), job.Scale().Y()
	r.tx, r.ty = job.Translation().X(), job.Translation().Y()
	return nil
}

func (r *rasteriser) begin(typ gvc.ObjectType) error {
	r.objects = append(r.objects, typ)
	r.shapes = 0
	return nil
}

func (r *rasteriser) end() error {
	if n := len(r.objects); n > 0 {
		r.objects = r.objects[:n-1]
	}
	return nil
}

// objectType is the type of the object being drawn.
func (r *rasteriser) objectType() gvc.ObjectType {
	if n := len(r.objects); n > 0 {
		return r.objects[n-1]
	}
	return gvc.RootGraphObjectType
}

func (r *rasteriser) BeginCluster(context.Context, *gvc.Job) error {
	return r.begin(gvc.ClusterObjectType)
}
func (r *rasteriser) EndCluster(context.Context, *gvc.Job) error { return r.end() }
func (r *rasteriser) BeginNode(context.Context, *gvc.Job) error {
	return r.begin(gvc.NodeObjectType)
}
func (r *rasteriser) EndNode(context.Context, *gvc.Job) error { return r.end() }
func (r *rasteriser) BeginEdge(context.Context, *gvc.Job) error {
	return r.begin(gvc.EdgeObjectType)
}
func (r *rasteriser) EndEdge(context.Context, *gvc.Job) error { return r.end() }

// xy maps a Graphviz point to pixels.
func (r *rasteriser) xy(p *gvc.PointFloat) (float64, float64) {
	return r.sx * (p.X() + r.tx), -r.sy * (p.Y() + r.ty)
}

// rgba returns a Graphviz colour as 8-bit RGBA, and whether it is visible.
func rgba(c *gvc.Color) (v [4]int, visible bool) {
	if c == nil {
		return v, false
	}
	u := c.RGBAUint()
	for i := range u {
		v[i] = int(min(u[i], 255))
	}
	return v, v[3] > 0
}

// paint fills and/or strokes the current path, as the object's state says;
// closed tells whether the path is a closed shape (polygon, ellipse) rather
// than a line (curve, polyline).
//
// Every read of Graphviz's state (o.Pen(), a colour, a point's X) is a call
// into WebAssembly through go-graphviz, and each such call allocates a few
// kilobytes (wazero makes a new function and stack for it). Together with
// go-graphviz's own calls to dispatch each callback, that was most of a
// render's time and tens of gigabytes per render of 3 000 people. So paint
// reads each field at most once, and only the ones the shape needs.
func (r *rasteriser) paint(o *gvc.ObjectState, typ gvc.ObjectType, closed bool) {
	fill, stroke := false, true
	var pen [4]int
	penKnown, penVisible := false, false
	switch {
	case typ == gvc.EdgeObjectType:
		// Edge lines are stroked; closed shapes on an edge are its
		// arrowheads, filled with the edge's colour. Open arrowheads
		// (onormal, empty) cannot be told apart and come out filled.
		fill = closed
	case closed && (typ == gvc.NodeObjectType || typ == gvc.ClusterObjectType) && r.shapes == 0:
		// A node's or cluster's own shape is its first closed one: filled
		// when its style says so, then outlined.
		fill = o.Fill() != gvc.FillNone
		r.shapes++
	case closed:
		// Any other closed shape: the root graph's background box, a
		// node's outer peripheries (doublecircle), and the tables and
		// cells of HTML-like labels (the legend is one, on the root
		// graph). Graphviz draws a background with the pen transparent
		// and the fill colour set, and a border or outer periphery with
		// the pen set and the fill colour left over from the last
		// background. So: an invisible pen means fill, a visible one
		// means outline only. Filling a border with the leftover colour
		// covered the whole legend with its last cell's colour.
		pen, penVisible = rgba(o.PenColor())
		penKnown = true
		fill, stroke = !penVisible, penVisible
	}
	var style gvc.PenType
	var width float64
	if stroke {
		style = o.Pen()
		if style == gvc.PenNone {
			stroke = false
		} else if width = o.PenWidth(); width <= 0 {
			stroke = false // penwidth=0: no outline, as in Graphviz's SVG
		}
	}
	if fill {
		if c, ok := rgba(o.FillColor()); ok {
			r.dc.SetRGBA255(c[0], c[1], c[2], c[3])
			if stroke {
				r.dc.FillPreserve()
			} else {
				r.dc.Fill()
			}
		}
	}
	if stroke {
		if !penKnown {
			pen, penVisible = rgba(o.PenColor())
		}
		if penVisible {
			r.dc.SetRGBA255(pen[0], pen[1], pen[2], pen[3])
			// At least one pixel: a drawing scaled down to MaxPixels
			// would otherwise turn thin edges into invisible hairlines.
			r.dc.SetLineWidth(max(width*r.sx, 1))
			// Butt caps as SVG draws Graphviz's output:
			// round caps fill a dashed line's gaps. Joins stay round (gg has no miter).
			r.dc.SetLineCap(gg.LineCapButt)
			r.dc.SetLineJoin(gg.LineJoinRound)
			switch style {
			case gvc.PenDashed: // as Graphviz's SVG: 5,2 points
				r.dc.SetDash(5*r.sx, 2*r.sx)
			case gvc.PenDotted: // as Graphviz's SVG: 1,5 points
				r.dc.SetDash(1*r.sx, 5*r.sx)
			default:
				r.dc.SetDash()
			}
			r.dc.Stroke()
		}
	}
	r.dc.ClearPath()
}

func (r *rasteriser) Ellipse(_ context.Context, job *gvc.Job, p []*gvc.PointFloat, _ bool) error {
	if !r.drawing() || len(p) < 2 {
		return nil
	}
	// p[0] is the centre, p[1] a corner of the bounding box.
	cx, cy := r.xy(p[0])
	ex, ey := r.xy(p[1])
	r.dc.NewSubPath()
	r.dc.DrawEllipse(cx, cy, abs(ex-cx), abs(ey-cy))
	r.paint(job.Object(), r.objectType(), true)
	return nil
}

func (r *rasteriser) Polygon(_ context.Context, job *gvc.Job, p []*gvc.PointFloat, _ bool) error {
	if !r.drawing() || len(p) < 2 {
		return nil
	}
	r.path(p)
	r.dc.ClosePath()
	r.paint(job.Object(), r.objectType(), true)
	return nil
}

func (r *rasteriser) Polyline(_ context.Context, job *gvc.Job, p []*gvc.PointFloat) error {
	if !r.drawing() || len(p) < 2 {
		return nil
	}
	r.path(p)
	r.paint(job.Object(), r.objectType(), false)
	return nil
}

func (r *rasteriser) BezierCurve(_ context.Context, job *gvc.Job, p []*gvc.PointFloat, _ bool) error {
	if !r.drawing() || len(p) < 4 {
		return nil
	}
	r.dc.NewSubPath()
	r.dc.MoveTo(r.xy(p[0]))
	for i := 1; i+2 < len(p); i += 3 {
		x1, y1 := r.xy(p[i])
		x2, y2 := r.xy(p[i+1])
		x3, y3 := r.xy(p[i+2])
		r.dc.CubicTo(x1, y1, x2, y2, x3, y3)
	}
	// A curve whose ends meet is a closed shape (a node drawn as a
	// rounded box); an edge's curve is a line.
	typ := r.objectType()
	r.paint(job.Object(), typ, typ != gvc.EdgeObjectType)
	return nil
}

func (r *rasteriser) path(p []*gvc.PointFloat) {
	r.dc.NewSubPath()
	r.dc.MoveTo(r.xy(p[0]))
	for _, q := range p[1:] {
		r.dc.LineTo(r.xy(q))
	}
}

func (r *rasteriser) TextSpan(_ context.Context, job *gvc.Job, p *gvc.PointFloat, span *gvc.TextSpan) error {
	if !r.drawing() || span == nil {
		return nil
	}
	text := span.Text()
	if text == "" {
		return nil
	}
	c, ok := rgba(job.Object().PenColor())
	if !ok {
		return nil
	}
	f := span.Font()
	name, size := "", 14.0
	if f != nil {
		name, size = f.Name(), f.Size()
	}
	px := size * r.sy
	x := r.sx * (p.X() + r.tx)
	y := -r.sy * (p.Y() + span.YOffsetCenterLine() + span.YOffsetLayout() + r.ty)

	fonts.Lock()
	defer fonts.Unlock()
	ch, err := chainFor(name)
	if err != nil {
		r.fail(fmt.Errorf("font %q: %w", name, err))
		return nil
	}
	r.runs = ch.layoutText(r.runs[:0], text, r.missed)
	// Centre or align on the width the faces really have, not on
	// Graphviz's estimate, so labels sit where they should.
	r.runFaces = r.runFaces[:0]
	var w float64
	for _, run := range r.runs {
		face, err := sizedFace(run.src, px)
		if err != nil {
			r.fail(fmt.Errorf("font %s: %w", run.src, err))
			return nil
		}
		r.runFaces = append(r.runFaces, face)
		w += float64(font.MeasureString(face, run.text)) / 64
	}
	switch span.Just() {
	case 'r':
		x -= w
	case 'l':
	default:
		x -= w / 2
	}
	r.dc.SetRGBA255(c[0], c[1], c[2], c[3])
	for i, run := range r.runs {
		face := r.runFaces[i]
		r.dc.SetFontFace(face)
		r.dc.DrawString(run.text, x, y)
		x += float64(font.MeasureString(face, run.text)) / 64
	}
	return nil
}

// missed records a character no font could draw.
func (r *rasteriser) missed(c rune) {
	if r.missing == nil {
		r.missing = map[rune]bool{}
	}
	r.missing[c] = true
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// encodePNG writes the picture. BestSpeed: drawings are mostly flat colour,
// which compresses well even at the fastest level.
func encodePNG(w io.Writer, pic *picture) error {
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	return enc.Encode(w, pic.img)
}
