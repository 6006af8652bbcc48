package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
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
	o.CollapseAbove = 150
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
	}{{"network", 41}, {"ego", 35}, {"groups", 36}, {"brings", 12}} { // brings: the ego, 7 members, 4 of their contacts
		s, _ := renderDemo(t, func(o *renderOptions) {
			o.View = c.view
			o.Format = "svg"
			if c.view == "brings" {
				o.Network = "European MedTech Association"
			}
		})
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

// --view brings needs --network, checked once the data is read: a usage
// error (exit 2) naming the networks; --network and --small belong to
// --view brings.
func TestRenderBringsUsage(t *testing.T) {
	people := filepath.Join(demoDir, "people.csv")
	members := filepath.Join(demoDir, "memberships.csv")
	for _, c := range []struct {
		name string
		args []string
		want []string
	}{
		{"no network", []string{"--view", "brings"}, []string{"--view brings needs --network NAME", `"European MedTech Association"`, `"Tech Women West Mentoring"`}},
		{"unknown network", []string{"--view", "brings", "--network", "Chess Club"}, []string{`--network "Chess Club": no such network`, `"Product Circle Slack"`}},
		{"network without brings", []string{"--view", "network", "--network", "Product Circle Slack"}, []string{"--network is for --view brings"}},
		{"small without brings", []string{"--view", "ego", "--small"}, []string{"--small is for --view brings"}},
		{"goals without evaluation", []string{"--view", "network", "--goals", filepath.Join(demoDir, "goals.csv")}, []string{"--goals is for --view brings and --view groupmap"}},
		{"no ego", []string{"--view", "brings", "--network", "Product Circle Slack"}, []string{"--view brings shows what a network brings the ego"}},
		{"unknown language", []string{"--view", "network", "--lang", "de"}, []string{`--lang "de": must be en, sv`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			args := []string{"render", "--people", people, "--memberships", members}
			if c.name != "no ego" {
				args = append(args, "--ego", "me")
			}
			args = append(args, c.args...)
			_, out, errOut := testIO()
			if code := execute(args, out, errOut); code != exitUsage {
				t.Fatalf("exit %d, want %d: %s", code, exitUsage, errOut)
			}
			for _, w := range c.want {
				if !strings.Contains(errOut.String(), w) {
					t.Errorf("stderr lacks %q: %s", w, errOut)
				}
			}
		})
	}
}

// The brings view draws the evaluation ties evaluate prints for the same
// flags (goals included): its caption's verdict and score are the
// table's.
func TestRenderBringsMatchesEvaluate(t *testing.T) {
	goals := filepath.Join(demoDir, "goals.csv")
	ios, out, _ := testIO()
	eo := &evaluateOptions{IO: ios, Inputs: demoTestdataInputs(), analysisFlags: defaultAnalysisFlags(), Format: "json", Goals: goals}
	if err := runEvaluate(eo); err != nil {
		t.Fatal(err)
	}
	var ev struct {
		Networks []struct {
			Network    string  `json:"network"`
			Verdict    *string `json:"verdict"`
			Score      float64 `json:"score"`
			Borderline bool    `json:"borderline"`
		} `json:"networks"`
	}
	if err := json.Unmarshal(out.Bytes(), &ev); err != nil {
		t.Fatal(err)
	}
	for _, n := range ev.Networks {
		svg, _ := renderDemo(t, func(o *renderOptions) {
			o.View, o.Format, o.Network, o.Goals = "brings", "svg", n.Network, goals
		})
		if err := xml.Unmarshal([]byte(svg), new(struct{})); err != nil {
			t.Fatalf("%s: %v", n.Network, err)
		}
		if n.Verdict == nil {
			continue
		}
		want := strings.ToUpper((*n.Verdict)[:1]) + (*n.Verdict)[1:]
		if n.Borderline {
			want += " (close call)"
		}
		want += fmt.Sprintf(" · %g ", n.Score)
		if !strings.Contains(svg, want) {
			t.Errorf("%s: the caption does not say %q", n.Network, want)
		}
	}
	// The thumbnail: small, the verdict line only.
	svg, _ := renderDemo(t, func(o *renderOptions) {
		o.View, o.Format, o.Network, o.Small = "brings", "svg", "Product Circle Slack", true
	})
	if strings.Contains(svg, "a_legend") || !strings.Contains(svg, "only through it") {
		t.Errorf("thumbnail: %.300s", svg)
	}
}

// More people than --collapse-above: the rest are grouped, and stderr
// says so.
func TestRenderCollapseAbove(t *testing.T) {
	svg, errOut := renderDemo(t, func(o *renderOptions) { o.Format = "svg"; o.CollapseAbove = 20 })
	if n := strings.Count(svg, `class="node person`); n > 21 || n == 0 {
		t.Errorf("%d people drawn with --collapse-above 20", n)
	}
	if !strings.Contains(errOut, "more grouped into nodes with counts") {
		t.Errorf("stderr: %q", errOut)
	}
}

// --lang sv draws the picture's words in Swedish, the data's as they are;
// --lang en (the default) draws what no --lang draws.
func TestRenderLang(t *testing.T) {
	for _, view := range []string{"network", "ego", "groups", "groupmap", "communities", "brings"} {
		draw := func(lang string) string {
			s, _ := renderDemo(t, func(o *renderOptions) {
				o.View, o.Format, o.Lang = view, "svg", lang
				if view == "brings" {
					o.Network = "European MedTech Association"
				}
			})
			return s
		}
		en, sv := draw(""), draw("sv")
		if draw("en") != en {
			t.Errorf("%s: --lang en draws other bytes than no --lang", view)
		}
		if err := xml.Unmarshal([]byte(sv), new(struct{})); err != nil {
			t.Errorf("%s: Swedish SVG is not well-formed XML: %v", view, err)
		}
		if !strings.Contains(en, `title="Legend"`) || !strings.Contains(sv, `title="Teckenförklaring"`) || strings.Contains(sv, `title="Legend"`) {
			t.Errorf("%s: the legend is not titled in the picture's language", view)
		}
		for _, data := range []string{"Karin Lindqvist", "European MedTech Association", "engineer"} {
			if view != "communities" && view != "groups" && strings.Contains(en, data) && !strings.Contains(sv, data) {
				t.Errorf("%s: the Swedish picture lacks %q from the data", view, data)
			}
		}
	}
}
