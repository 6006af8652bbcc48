package main

import (
	"bytes"
	"encoding/xml"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func renderDemo(t *testing.T, mod func(*renderOptions)) (string, string) {
	t.Helper()
	ios, out, errOut := testIO()
	o := &renderOptions{IO: ios, Inputs: demoTestdataInputs(), analysisFlags: defaultAnalysisFlags(),
		View: "network", SizeBy: "betweenness", Labels: 15, MaxPixels: 1200, CollapseAbove: 2000}
	mod(o)
	if err := runRender(o); err != nil {
		t.Fatal(err)
	}
	return out.String(), errOut.String()
}

// Every view draws the demo as well-formed SVG with one node per person
// shown and a legend.
func TestRenderViewsSVG(t *testing.T) {
	for _, c := range []struct {
		view    string
		persons int
	}{{"network", 41}, {"ego", 35}, {"groups", 36}} {
		s, _ := renderDemo(t, func(o *renderOptions) { o.View = c.view; o.Format = "svg" })
		if err := xml.Unmarshal([]byte(s), new(struct{})); err != nil {
			t.Errorf("%s: SVG is not well-formed XML: %v", c.view, err)
		}
		if n := strings.Count(s, `class="node person`); n != c.persons {
			t.Errorf("%s: %d person nodes, want %d", c.view, n, c.persons)
		}
		if !strings.Contains(s, `id="a_legend"`) && !strings.Contains(s, "legend") {
			t.Errorf("%s: no legend", c.view)
		}
	}
	s, _ := renderDemo(t, func(o *renderOptions) { o.View = "network"; o.Format = "svg" })
	if !strings.Contains(s, `class="edge tie local&#45;bridge"`) {
		t.Error("network view: local bridges not marked")
	}
}

func TestRenderPNGToFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "ego.png")
	_, errOut := renderDemo(t, func(o *renderOptions) { o.View = "ego"; o.Out = out })
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if sz := img.Bounds().Size(); sz.X > 1200 || sz.Y > 1200 || sz.X < 200 {
		t.Errorf("PNG size %v, want within the 1200-pixel bound", sz)
	}
	if !strings.Contains(errOut, "drew the ego view") {
		t.Errorf("stderr: %q", errOut)
	}
}

func TestRenderAnonymize(t *testing.T) {
	s, _ := renderDemo(t, func(o *renderOptions) { o.Format = "svg"; o.Anonymize = true })
	for _, name := range []string{"Karin", "Lindqvist", "Öberg", "erik.s"} {
		if strings.Contains(s, name) {
			t.Errorf("anonymised SVG contains %q", name)
		}
	}
}

func TestRenderUsage(t *testing.T) {
	for _, mod := range []func(*renderOptions){
		func(o *renderOptions) { o.Format = "pdf" },
		func(o *renderOptions) { o.Out = "x.svgz" },
		func(o *renderOptions) { o.Labels = -1 },
	} {
		ios, _, _ := testIO()
		o := &renderOptions{IO: ios, Inputs: demoTestdataInputs(), analysisFlags: defaultAnalysisFlags(), View: "network", SizeBy: "betweenness"}
		mod(o)
		if err := runRender(o); err == nil {
			t.Errorf("%+v: no error", o)
		} else if _, ok := err.(*usageError); !ok {
			t.Errorf("%v: not a usage error", err)
		}
	}
}
