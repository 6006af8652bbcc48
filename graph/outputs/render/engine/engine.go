package engine

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/goccy/go-graphviz/cgraph"
)

// Layout is a Graphviz layout program. Only the ones the tests run are
// offered: the others (osage, patchwork, nop) are not needed by ties.
type Layout string

// The layouts ties uses. sfdp is the only one that scales to thousands of
// nodes in WebAssembly; neato does not finish 3 000 nodes in minutes.
const (
	Dot   Layout = "dot"
	Neato Layout = "neato"
	FDP   Layout = "fdp"
	SFDP  Layout = "sfdp"
	Twopi Layout = "twopi"
	Circo Layout = "circo"
)

var layouts = []Layout{Dot, Neato, FDP, SFDP, Twopi, Circo}

// Layouts returns the allowed layouts.
func Layouts() []Layout { return slices.Clone(layouts) }

// Format is an output format. Only formats that were tested to work are
// allowed: pdf and svgz crash go-graphviz and break the next render.
type Format string

// The allowed output formats.
const (
	SVG Format = "svg"
	PNG Format = "png"
	DOT Format = "dot" // DOT text with the layout's positions (pos, bb, …)
)

var formats = []Format{SVG, PNG, DOT}

// Formats returns the allowed formats.
func Formats() []Format { return slices.Clone(formats) }

// Defaults and limits for Options.
const (
	// DefaultMaxPixels bounds a PNG's width and height: a 4000×4000 RGBA
	// canvas is 64 MB, enough for a readable poster of thousands of nodes.
	DefaultMaxPixels = 4000
	// MaxMaxPixels is the largest bound accepted (10000×10000 is 400 MB).
	MaxMaxPixels = 10000
	// DefaultDPI is the PNG resolution when Options.DPI is zero: 96 pixels
	// per inch, Graphviz's own default for bitmaps.
	DefaultDPI = 96
)

// Options tune raster output; the zero value gives the defaults. SVG and DOT
// ignore them.
type Options struct {
	// MaxPixels bounds a PNG's width and height in pixels (0: 4000). A
	// larger drawing is scaled down to fit; a smaller one keeps its natural
	// size.
	MaxPixels int
	// DPI is the PNG's pixels per inch (0: 96). Higher gives bigger, sharper
	// pictures, still within MaxPixels.
	DPI float64
	// MissingGlyphs, if set, is called after a PNG is written with the
	// characters of its labels that no font had a glyph for (each once,
	// in code point order); they were drawn as nothing. It is not called
	// when nothing was missing, nor for SVG and DOT, whose text the
	// viewer draws. MissingGlyphsMessage words a warning for them.
	MissingGlyphs func(missing []rune)
	// Relaid, if set, is called after a render whose layout (the one
	// asked for, or the DOT's layout attribute) gave no drawable picture
	// (why: a position not a finite number, an empty size, every node on
	// one point) and that was drawn with the fallback layout used instead.
	Relaid func(asked, used Layout, why error)
}

func (o Options) withDefaults() (Options, error) {
	if o.MaxPixels == 0 {
		o.MaxPixels = DefaultMaxPixels
	}
	if o.DPI == 0 {
		o.DPI = DefaultDPI
	}
	if o.MaxPixels < 16 || o.MaxPixels > MaxMaxPixels {
		return o, fmt.Errorf("engine: MaxPixels %d out of range 16..%d", o.MaxPixels, MaxMaxPixels)
	}
	if o.DPI < 10 || o.DPI > 1200 {
		return o, fmt.Errorf("engine: DPI %g out of range 10..1200", o.DPI)
	}
	return o, nil
}

// ErrUnsupported is wrapped by the errors for a layout or format that is
// not allowed.
var ErrUnsupported = errors.New("not supported")

// ParseLayout checks a layout name (as a user typed it).
func ParseLayout(s string) (Layout, error) {
	l := Layout(strings.ToLower(strings.TrimSpace(s)))
	if !slices.Contains(layouts, l) {
		return "", fmt.Errorf("engine: layout %q %w: use one of %s", s, ErrUnsupported, join(layouts))
	}
	return l, nil
}

// ParseFormat checks a format name (as a user typed it).
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	if !slices.Contains(formats, f) {
		return "", fmt.Errorf("engine: format %q %w: use one of %s", s, ErrUnsupported, join(formats))
	}
	return f, nil
}

func join[T ~string](xs []T) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = string(x)
	}
	return strings.Join(s, ", ")
}

// Render lays out the graph in dot (DOT text) with layout and writes it to
// w in format. The graph is parsed, laid out once, rendered, and freed.
// (A layout attribute in dot takes the place of layout, as in Graphviz.)
//
// A layout that gives no drawable picture (a position that is not a finite
// number, an empty size, every node on one point: see checkPlain) is never
// written: the graph is laid out again with neato (overlap=scale), and
// failing that with dot, and Options.Relaid is told. When no layout gives
// a picture the error wraps ErrNoPicture.
//
// Renders are serialised: Render waits for any other render in the process
// to finish, and gives up with ctx's error if ctx ends while it waits. Once
// Graphviz runs, ctx is not looked at again: go-graphviz cannot be
// interrupted. For PNG the picture is encoded after the lock is released, so
// the next render's layout overlaps with this one's encoding.
func Render(ctx context.Context, dot []byte, layout Layout, format Format, w io.Writer, opt Options) error {
	layout, err := ParseLayout(string(layout))
	if err != nil {
		return err
	}
	format, err = ParseFormat(string(format))
	if err != nil {
		return err
	}
	opt, err = opt.withDefaults()
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	var buf bytes.Buffer
	pic, relaid, err := renderLocked(ctx, dot, layout, format, opt, &buf)
	if err != nil {
		return err
	}
	if relaid != nil && opt.Relaid != nil {
		opt.Relaid(relaid.asked, relaid.used, relaid.why)
	}
	if pic != nil {
		if err := encodePNG(w, pic); err != nil {
			return fmt.Errorf("engine: encode png: %w", err)
		}
		if len(pic.missing) > 0 && opt.MissingGlyphs != nil {
			opt.MissingGlyphs(pic.missing)
		}
		return nil
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("engine: write %s: %w", format, err)
	}
	return nil
}

// relayout says that the layout asked for gave no picture (why) and that
// used drew it instead.
type relayout struct {
	asked, used Layout
	why         error
}

// renderLocked does the part that needs the instance, under the lock. For PNG it
// returns the drawn picture for the caller to encode; otherwise it writes
// Graphviz's output to out. relaid is set when a fallback layout drew it.
func renderLocked(ctx context.Context, dot []byte, layout Layout, format Format, opt Options, out *bytes.Buffer) (pic *picture, relaid *relayout, err error) {
	in, err := acquire(ctx)
	if err != nil {
		return nil, nil, err
	}
	defer release()
	defer func() {
		// go-graphviz panics inside its callbacks on some failures; a panic
		// must not take the process down with it.
		if p := recover(); p != nil {
			pic, relaid, err = nil, nil, fmt.Errorf("engine: graphviz failed: %v", p)
		}
	}()

	if format == PNG {
		dot = capLabels(dot) // lay out for the text the PNG draws
	}
	g, relaid, err := layOut(ctx, in, dot, layout, format, opt)
	if err != nil {
		return nil, nil, err
	}
	defer g.Close()
	defer func() {
		if ferr := in.gvc.FreeLayout(ctx, g); ferr != nil && err == nil {
			err = fmt.Errorf("engine: free layout: %w", ferr)
		}
	}()
	if format == PNG {
		in.raster.start(opt)
	}
	if err := in.gvc.RenderData(ctx, g, string(format), out); err != nil {
		return nil, nil, fmt.Errorf("engine: render %s: %w", format, err)
	}
	if format == PNG {
		pic, err := in.raster.finish()
		if err != nil {
			return nil, nil, fmt.Errorf("engine: render png: %w", err)
		}
		return pic, relaid, nil
	}
	if out.Len() == 0 {
		return nil, nil, fmt.Errorf("engine: render %s: graphviz wrote nothing", format)
	}
	return nil, relaid, nil
}

// fallbacks are the layouts tried, in order, when the one asked for gives
// no picture: neato (stress majorization; overlaps removed by scaling,
// which needs no triangulation) and dot (ranks, which cannot give NaN).
var fallbacks = []Layout{Neato, Dot}

// layOut parses dot and lays it out with layout (or the DOT's own layout
// attribute, which Graphviz prefers). When that gives no drawable picture
// (checkLayout), it parses it again and lays it out with each fallback in
// turn, and says so in relaid. The caller frees the layout and closes g.
func layOut(ctx context.Context, in *instance, dot []byte, layout Layout, format Format, opt Options) (*cgraph.Graph, *relayout, error) {
	var asked Layout
	var why error
	for try := 0; try <= len(fallbacks); try++ {
		l := layout
		if try > 0 {
			if l = fallbacks[try-1]; l == asked {
				continue
			}
		}
		g, err := parseGraph(dot, format, opt)
		if err != nil {
			return nil, nil, err
		}
		if try == 0 {
			if a := Layout(g.GetStr("layout")); a != "" {
				l = a
			}
			asked = l
		} else if err := relayOut(g, l); err != nil {
			g.Close()
			return nil, nil, err
		}
		if err := in.gvc.Layout(ctx, g, string(l)); err != nil {
			g.Close()
			return nil, nil, fmt.Errorf("engine: %s layout: %w", l, err)
		}
		bad := checkLayout(ctx, in, g)
		if bad == nil {
			if try == 0 {
				return g, nil, nil
			}
			return g, &relayout{asked: asked, used: l, why: why}, nil
		}
		if why == nil {
			why = bad
		}
		_ = in.gvc.FreeLayout(ctx, g)
		g.Close()
	}
	return nil, nil, fmt.Errorf("engine: %s: %w (%v), nor did %s", asked, ErrNoPicture, why, join(fallbacks))
}

// parseGraph parses dot and, for PNG, bounds its canvas.
func parseGraph(dot []byte, format Format, opt Options) (*cgraph.Graph, error) {
	g, err := cgraph.ParseBytes(dot)
	if err != nil {
		return nil, fmt.Errorf("engine: parse DOT: %w", err)
	}
	if g == nil {
		return nil, errors.New("engine: parse DOT: no graph in the input")
	}
	if format == PNG {
		if err := boundCanvas(g, opt); err != nil {
			g.Close()
			return nil, err
		}
	}
	return g, nil
}

// relayOut sets g up for the fallback layout l: its layout attribute,
// which Graphviz prefers to the layout asked for, and overlap=scale.
func relayOut(g *cgraph.Graph, l Layout) error {
	if err := g.SafeSet("layout", string(l), ""); err != nil {
		return fmt.Errorf("engine: set layout: %w", err)
	}
	if err := g.SafeSet("overlap", "scale", ""); err != nil {
		return fmt.Errorf("engine: set overlap: %w", err)
	}
	return nil
}

// checkLayout checks g, laid out, for a drawable picture: it writes the
// layout in Graphviz's plain format (a line per node and edge, cheap next
// to the layout) and reads every position back (checkPlain).
func checkLayout(ctx context.Context, in *instance, g *cgraph.Graph) error {
	var plain bytes.Buffer
	if err := in.gvc.RenderData(ctx, g, "plain", &plain); err != nil {
		return fmt.Errorf("engine: render plain: %w", err)
	}
	return checkPlain(plain.Bytes())
}
