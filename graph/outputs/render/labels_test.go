package render

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/outputs/render/engine"
)

// decorClasses are nodes that are not obstacles for labels: ring guides
// (drawn behind everything) and the invisible points lines bend at.
var decorClasses = []string{"ring", "bend"}

func isDecor(class string) bool {
	for _, c := range decorClasses {
		if hasWord(class, c) {
			return true
		}
	}
	return false
}

// checkLabelsClear fails when, in the laid-out picture, a label sits on a
// node (other than its own leader's ends, which it only touches) or on
// another label. A label's extent is its node's box as Graphviz laid it
// out, which ties sized from the text measured generously; the test
// checks that too, with its own estimate (0.55 em a character, Helvetica's
// average, as the least).
func checkLabelsClear(t *testing.T, g *laidOut) int {
	t.Helper()
	labels := g.withClass("label")
	boxes := make([]rect, len(labels))
	for k, l := range labels {
		b := g.box(l)
		boxes[k] = b
		a := g.nodes[l]
		size, _ := strconv.ParseFloat(a["fontsize"], 64)
		for _, line := range strings.Split(strings.TrimSuffix(strings.TrimSuffix(a["label"], `\l`), `\r`), `\n`) {
			if min := helveticaWidth(line, size); b.x1-b.x0 < min {
				t.Errorf("label %q is %.0f pt wide, its text %.0f in Helvetica", line, b.x1-b.x0, min)
			}
		}
	}
	for k, l := range labels {
		inner := boxes[k].grow(-0.5) // touching is not overlapping
		for _, n := range g.order {
			cls := g.nodes[n]["class"]
			if n == l || hasWord(cls, "label") || isDecor(cls) || g.nodes[n]["style"] == "invis" {
				continue
			}
			if g.overlapsNode(inner, n) {
				t.Errorf("label %q sits on node %s (%s)", g.nodes[l]["label"], n, cls)
			}
		}
		for j := k + 1; j < len(labels); j++ {
			if inner.overlaps(boxes[j]) {
				t.Errorf("labels %q and %q overlap", g.nodes[l]["label"], g.nodes[labels[j]]["label"])
			}
		}
	}
	return len(labels)
}

// Labels sit on no node and no other label, in every view, on the demo, a
// generated 300-person network and one with hostile and very long names.
func TestLabelsClear(t *testing.T) {
	sets := map[string]struct {
		r       *analysis.Result
		network string
	}{
		"demo":   {demoResult(t), demoNetwork},
		"gen300": {generatedWithEgo(t, 300).r, generatedWithEgo(t, 300).network},
		"long":   {longNames(t, 300), demoNetwork},
	}
	for name, set := range sets {
		for _, v := range Views {
			if v == ViewCommunities {
				continue // labels inside the circles: TestCommunityLabelsFit
			}
			t.Run(name+"/"+string(v), func(t *testing.T) {
				opt := Options{View: v, Network: set.network, Labels: 40}
				_, g := layOut(t, set.r, opt)
				if n := checkLabelsClear(t, g); n == 0 && v != ViewGroupMap {
					t.Error("no labels at all")
				}
			})
		}
	}
}

// longNames is the demo with every name n characters long (and a hostile
// one).
func longNames(t *testing.T, n int) *analysis.Result {
	t.Helper()
	src, err := os.ReadFile(demoDir + "people.csv")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(src)), "\n")
	for k := 1; k < len(lines); k++ {
		f := strings.SplitN(lines[k], ",", 3)
		name := strings.Repeat(strings.ToUpper(f[0][:1])+"a ", n/2)[:n]
		if f[0] == "erik.s" {
			name = `"><script>` + name
		}
		lines[k] = f[0] + `,"` + strings.ReplaceAll(name, `"`, `""`) + `",` + f[2]
	}
	path := filepath.Join(t.TempDir(), "people.csv")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := analyse(path, t)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// A 100 000-character name gives a picture of bounded size: no label
// longer than maxNameRunes, no tooltip longer than maxTooltipRunes, an SVG
// and a PNG of sane dimensions, in every view.
func TestLongNameBounded(t *testing.T) {
	r := longNames(t, 100000)
	textRE := regexp.MustCompile(`>([^<]*)</text>`)
	sizeRE := regexp.MustCompile(`<svg width="([0-9.]+)pt" height="([0-9.]+)pt"`)
	for _, v := range Views {
		t.Run(string(v), func(t *testing.T) {
			opt := Options{View: v, Network: demoNetwork, Labels: 100}
			p, err := Build(r, opt)
			if err != nil {
				t.Fatal(err)
			}
			if len(p.DOT) > 400_000 {
				t.Errorf("DOT is %d bytes", len(p.DOT))
			}
			g := checkDOT(t, p.DOT)
			for _, n := range g.order {
				for _, line := range strings.Split(g.nodes[n]["label"], `\n`) {
					if utf8.RuneCountInString(line) > maxNameRunes+20 {
						t.Errorf("label line of %d characters", utf8.RuneCountInString(line))
					}
				}
				if tip := g.nodes[n]["tooltip"]; utf8.RuneCountInString(tip) > maxTooltipRunes+10 {
					t.Errorf("tooltip of %d characters", utf8.RuneCountInString(tip))
				}
			}
			var svg bytes.Buffer
			if _, err := Render(context.Background(), r, opt, engine.SVG, &svg, engine.Options{}); err != nil {
				t.Fatal(err)
			}
			wellFormed(t, svg.Bytes())
			// Names are cut to maxNameRunes; a caption line lists at most
			// four values, each cut as a name is.
			for _, m := range textRE.FindAllSubmatch(svg.Bytes(), -1) {
				if utf8.RuneCount(m[1]) > 4*maxNameRunes+60 {
					t.Errorf("SVG text of %d characters", utf8.RuneCount(m[1]))
				}
			}
			if m := sizeRE.FindSubmatch(svg.Bytes()); m != nil {
				w, _ := strconv.ParseFloat(string(m[1]), 64)
				h, _ := strconv.ParseFloat(string(m[2]), 64)
				if w > 3000 || h > 3000 {
					t.Errorf("SVG %.0f × %.0f pt", w, h)
				}
			}
			if svg.Len() > 2_000_000 {
				t.Errorf("SVG of %d bytes", svg.Len())
			}
			var pic bytes.Buffer
			if _, err := Render(context.Background(), r, opt, engine.PNG, &pic, engine.Options{MaxPixels: 2000}); err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(&pic)
			if err != nil {
				t.Fatal(err)
			}
			if sz := img.Bounds().Size(); sz.X < 100 || sz.Y < 100 {
				t.Errorf("PNG %v: squeezed by a long label", sz)
			}
		})
	}
}

// Legend swatches are drawn as what they describe: the ego view's double
// and dashed outlines, the network view's lines (thick bridge, dashed
// local bridge), the group map's dashed outline for networks the ego is
// not in; and in the SVG, a dashed swatch is a dashed polygon.
func TestLegendSwatches(t *testing.T) {
	r := demoResult(t)
	double := regexp.MustCompile(`<td><table border="1" color="#000000"[^>]*><tr><td><table border="1" color="#000000"`)
	dashedBox := regexp.MustCompile(`<td bgcolor="[^"]+" color="[^"]+" border="1" style="dashed" width="14"`)
	dashedLine := regexp.MustCompile(`<td sides="b" border="2" color="#333333" style="dashed"`)
	thickLine := regexp.MustCompile(`<td sides="b" border="4" color="#000000" width="32"`)
	for _, c := range []struct {
		view View
		want map[string]*regexp.Regexp
	}{
		{ViewEgo, map[string]*regexp.Regexp{"double outline": double, "dashed outline": dashedBox, "dashed line": dashedLine}},
		{ViewNetwork, map[string]*regexp.Regexp{"double circle": double, "dashed line": dashedLine, "bridge": thickLine}},
		{ViewGroupMap, map[string]*regexp.Regexp{"dashed outline": dashedBox}},
		{ViewBrings, map[string]*regexp.Regexp{"dashed outline": dashedBox}},
	} {
		p := mustBuild(t, r, Options{View: c.view, Network: "Tech Women West Mentoring", Evaluation: demoEval(t)})
		lg := checkDOT(t, p.DOT).graphAttr["label"]
		for what, re := range c.want {
			if !re.MatchString(lg) {
				t.Errorf("%s: no %s swatch", c.view, what)
			}
		}
		var buf bytes.Buffer
		if _, err := Render(context.Background(), r, Options{View: c.view, Network: "Tech Women West Mentoring"}, engine.SVG, &buf, engine.Options{}); err != nil {
			t.Fatal(err)
		}
		legend := buf.Bytes()[bytes.Index(buf.Bytes(), []byte(`id="a_legend"`)):]
		if c.view != ViewNetwork && !regexp.MustCompile(`<polygon fill="none" stroke="[^"]+" stroke-dasharray="5,2"`).Match(legend) {
			t.Errorf("%s: no dashed swatch in the SVG legend", c.view)
		}
	}
}

// The communities view's labels fit inside their circles: every line, at
// its font size and measured generously, fits the chord at its height.
func TestCommunityLabelsFit(t *testing.T) {
	for name, r := range map[string]*analysis.Result{"demo": demoResult(t), "gen3000": generatedWithEgo(t, 3000).r, "long": longNames(t, 60)} {
		g := checkDOT(t, mustBuild(t, r, Options{View: ViewCommunities}).DOT)
		for _, n := range g.withClass("community") {
			a := g.nodes[n]
			if hasWord(a["class"], "other") {
				continue
			}
			w, _ := strconv.ParseFloat(a["width"], 64)
			fs, _ := strconv.ParseFloat(a["fontsize"], 64)
			lines := strings.Split(a["label"], `\n`)
			if !linesFit(lines, w*72/2-3, fs) {
				t.Errorf("%s: label %q (%g pt) does not fit a circle %.2f in wide", name, a["label"], fs, w)
			}
			if len(lines) < 2 && w*72 > 100 {
				t.Errorf("%s: a circle %.2f in wide shows only %q", name, w, a["label"])
			}
		}
	}
	// The test's own measure, cruder: 0.6 em a character.
	if lines := []string{"Rhein-Main Institute for Medical Technology 30%"}; linesFit(lines, 40, 16) {
		t.Error("linesFit accepts a line three times too wide")
	}
}

// helvetica is Helvetica's advance widths (thousandths of an em) for
// printable ASCII, from Adobe's core font metrics (Helvetica.afm).
var helvetica = [95]int{
	278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
	556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
	1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
	667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
	333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
	556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p to ~
}

// helveticaWidth is the width of s at size points in Helvetica; a letter
// outside ASCII counts as an "a", an ellipsis as 1 em.
func helveticaWidth(s string, size float64) float64 {
	w := 0
	for _, r := range s {
		switch {
		case r >= 32 && r < 127:
			w += helvetica[r-32]
		case r == '…':
			w += 1000
		default:
			w += 556
		}
	}
	return float64(w) / 1000 * size
}
