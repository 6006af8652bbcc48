package engine

import (
	"bytes"
	"context"
	"errors"
	"image/png"
	"regexp"
	"strings"
	"testing"
)

func TestCheckPlain(t *testing.T) {
	for _, c := range []struct {
		name, plain string
		bad         string // a word of the error; "" for none
	}{
		{"good", "graph 1 3.5 2\nnode a 1 1 0.75 0.5 a solid ellipse black lightgrey\nnode b 2.5 1 0.75 0.5 b solid ellipse black lightgrey\nedge a b 4 1.3 1 1.7 1 2 1 2.2 1 solid black\nstop\n", ""},
		{"one node", "graph 1 1 1\nnode a 0.5 0.5 1 1 a solid circle black white\nstop\n", ""},
		{"quoted and HTML", "graph 0.5 3 2\nnode \"a b\\\" c\" 1 1 1 1 \"two\nlines\" solid circle black white\nnode <x> 2 1 1 1 <<b>ok</b>\n> solid circle black white\nedge \"a b\\\" c\" <x> 2 1 1 2 1 \"label\nhere\" 1.5 1.2 solid black\nstop\n", ""},
		{"node nan", "graph 1 3 2\nnode a nan nan 1 1 a solid circle black white\nnode b 2 1 1 1 b solid circle black white\nstop\n", "node a"},
		{"node -nan", "graph 1 3 2\nnode a 1 1 1 1 a solid circle black white\nnode b -nan -nan 1 1 b solid circle black white\nstop\n", "node b"},
		{"edge nan", "graph 1 3 2\nnode a 1 1 1 1 a solid circle black white\nnode b 2 1 1 1 b solid circle black white\nedge a b 2 1 1 nan 1 solid black\nstop\n", "edge a -- b"},
		{"size nan", "graph 1 nan nan\nnode a 1 1 1 1 a solid circle black white\nstop\n", "not finite"},
		{"size inf", "graph 1 inf 2\nstop\n", "not finite"},
		{"size 0", "graph 1 0 0\nstop\n", "empty"},
		{"no size", "node a 1 1 1 1 a solid circle black white\nstop\n", "no size"},
		{"one point", "graph 1 1 1\nnode a 1 1 1 1 a solid circle black white\nnode b 1 1 1 1 b solid circle black white\nstop\n", "one point"},
		{"short edge", "graph 1 3 2\nedge a b 3 1 1\nstop\n", "point count"},
	} {
		err := checkPlain([]byte(c.plain))
		switch {
		case c.bad == "" && err != nil:
			t.Errorf("%s: %v, want no error", c.name, err)
		case c.bad != "" && (err == nil || !strings.Contains(err.Error(), c.bad)):
			t.Errorf("%s: error %v, want one with %q", c.name, err, c.bad)
		}
	}
}

// chain3 is three large circles in a chain, as the communities view drew
// them: sfdp puts them on a line, and its prism overlap removal then gives
// NaN for every position (Graphviz 12, WebAssembly).
const chain3 = `graph g {
	graph [layout=sfdp, overlap=prism, sep="+14", K=0.5, repulsiveforce=1.5, size="40,40", splines=false];
	node [shape=circle, fixedsize=true, width=3.2];
	a -- b; b -- c;
}`

// pinnedNaN gives neato positions that are not numbers: only the dot
// fallback, which ignores pos, can draw it.
const pinnedNaN = `graph g {
	graph [layout=neato, inputscale=72, overlap=true, splines=false];
	node [shape=circle, width=0.5];
	a [pos="nan,nan!"]; b [pos="nan,nan!"];
	a -- b;
}`

var svgNaN = regexp.MustCompile(`(?i)\bnan\b`)

// A layout that gives NaN positions is laid out again with a fallback
// (neato, then dot), the caller is told, and the picture is sound: never
// an SVG of NaN coordinates, never a PNG that fails.
func TestRenderFallsBackFromBrokenLayout(t *testing.T) {
	for _, c := range []struct {
		name, dot   string
		asked, used Layout
	}{
		{"sfdp prism on a line", chain3, SFDP, Neato},
		{"pinned NaN", pinnedNaN, Neato, Dot},
	} {
		for _, f := range []Format{SVG, PNG, DOT} {
			var got []Layout
			var why error
			opt := Options{Relaid: func(asked, used Layout, w error) { got, why = []Layout{asked, used}, w }}
			// The layout argument is overridden by the DOT's layout attribute.
			out := render(t, c.dot, Dot, f, opt)
			if len(got) != 2 || got[0] != c.asked || got[1] != c.used || why == nil {
				t.Errorf("%s, %s: Relaid got %v (%v), want %s then %s", c.name, f, got, why, c.asked, c.used)
			}
			switch f {
			case SVG, DOT:
				if loc := svgNaN.FindIndex(out); loc != nil {
					t.Errorf("%s, %s: %q", c.name, f, out[max(0, loc[0]-60):min(len(out), loc[1]+20)])
				}
			case PNG:
				img, err := png.Decode(bytes.NewReader(out))
				if err != nil {
					t.Fatalf("%s: png: %v", c.name, err)
				}
				if sz := img.Bounds().Size(); sz.X < 50 || sz.Y < 50 {
					t.Errorf("%s: png %v pixels", c.name, sz)
				}
			}
		}
	}
}

// A sound layout is drawn as asked, without a fallback.
func TestRenderNoFallbackForSoundLayout(t *testing.T) {
	called := false
	render(t, small, Dot, SVG, Options{Relaid: func(Layout, Layout, error) { called = true }})
	render(t, strings.Replace(chain3, "overlap=prism", "overlap=scale", 1), SFDP, SVG,
		Options{Relaid: func(Layout, Layout, error) { called = true }})
	if called {
		t.Error("Relaid called for a sound layout")
	}
}

// A graph with nothing to draw is an error wrapping ErrNoPicture, after
// every fallback, not an empty picture.
func TestRenderEmptyGraph(t *testing.T) {
	for _, f := range []Format{SVG, PNG} {
		var buf bytes.Buffer
		err := Render(context.Background(), []byte("graph g {}"), SFDP, f, &buf, Options{})
		if !errors.Is(err, ErrNoPicture) {
			t.Errorf("%s: %v, want ErrNoPicture", f, err)
		}
		if buf.Len() > 0 {
			t.Errorf("%s: wrote %d bytes", f, buf.Len())
		}
	}
}
