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
	pic, err := renderLocked(ctx, dot, layout, format, opt, &buf)
	if err != nil {
		return err
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

// renderLocked does the part that needs the instance, under the lock. For PNG it
// returns the drawn picture for the caller to encode; otherwise it writes
// Graphviz's output to out.
func renderLocked(ctx context.Context, dot []byte, layout Layout, format Format, opt Options, out *bytes.Buffer) (pic *picture, err error) {
	in, err := acquire(ctx)
	if err != nil {
		return nil, err
	}
	defer release()
	defer func() {
		// go-graphviz panics inside its callbacks on some failures; a panic
		// must not take the process down with it.
		if p := recover(); p != nil {
			pic, err = nil, fmt.Errorf("engine: graphviz failed: %v", p)
		}
	}()

	if format == PNG {
		dot = capLabels(dot) // lay out for the text the PNG draws
	}
	g, err := cgraph.ParseBytes(dot)
	if err != nil {
		return nil, fmt.Errorf("engine: parse DOT: %w", err)
	}
	if g == nil {
		return nil, errors.New("engine: parse DOT: no graph in the input")
	}
	defer g.Close()
	if format == PNG {
		if err := boundCanvas(g, opt); err != nil {
			return nil, err
		}
		in.raster.start(opt)
	}
	if err := in.gvc.Layout(ctx, g, string(layout)); err != nil {
		return nil, fmt.Errorf("engine: %s layout: %w", layout, err)
	}
	defer func() {
		if ferr := in.gvc.FreeLayout(ctx, g); ferr != nil && err == nil {
			err = fmt.Errorf("engine: free layout: %w", ferr)
		}
	}()
	if err := in.gvc.RenderData(ctx, g, string(format), out); err != nil {
		return nil, fmt.Errorf("engine: render %s: %w", format, err)
	}
	if format == PNG {
		pic, err := in.raster.finish()
		if err != nil {
			return nil, fmt.Errorf("engine: render png: %w", err)
		}
		return pic, nil
	}
	if out.Len() == 0 {
		return nil, fmt.Errorf("engine: render %s: graphviz wrote nothing", format)
	}
	return nil, nil
}
