package render

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/internal/socialgen"
	"github.com/tiesnet/ties/graph/outputs/render/engine"
	"github.com/tiesnet/ties/graph/outputs/words"
)

// TestDumpCommunities writes the communities view of generated networks
// (COMMUNITIES_SIZES, default 20000,200000) as DOT, SVG and PNG to
// $COMMUNITIES_DUMP, to look at, and logs the time of each render (DOT and
// engine; the analysis is not timed).
func TestDumpCommunities(t *testing.T) {
	dir := os.Getenv("COMMUNITIES_DUMP")
	if dir == "" {
		t.Skip("COMMUNITIES_DUMP not set")
	}
	sizes := []int{20000, 200000}
	if s := os.Getenv("COMMUNITIES_SIZES"); s != "" {
		sizes = nil
		for _, f := range bytes.Split([]byte(s), []byte(",")) {
			n, err := strconv.Atoi(string(f))
			if err != nil {
				t.Fatal(err)
			}
			sizes = append(sizes, n)
		}
	}
	for _, n := range sizes {
		start := time.Now()
		opt := analysis.DefaultOptions()
		opt.BetweennessSamples = 50
		r, err := analysis.Run(socialgen.Network(n, 10, 1), opt)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%d people: analysis %v, %d communities", n, time.Since(start), r.Undirected.Communities)
		for _, f := range []engine.Format{engine.SVG, engine.PNG} {
			start := time.Now()
			var buf bytes.Buffer
			p, err := Render(context.Background(), r, Options{View: ViewCommunities}, f, &buf, engine.Options{})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%d people, %s: render %v, %d nodes, DOT %d bytes, output %d bytes", n, f, time.Since(start), p.Shown, len(p.DOT), buf.Len())
			base := filepath.Join(dir, fmt.Sprintf("communities%d", n))
			os.WriteFile(base+"."+string(f), buf.Bytes(), 0o644)
			os.WriteFile(base+".dot", p.DOT, 0o644)
		}
	}
}

// TestRenderDOTFile renders the DOT file $COMMUNITIES_DOT to PNG and SVG
// next to it, to try layout attributes by hand.
func TestRenderDOTFile(t *testing.T) {
	path := os.Getenv("COMMUNITIES_DOT")
	if path == "" {
		t.Skip("COMMUNITIES_DOT not set")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []engine.Format{engine.SVG, engine.PNG} {
		start := time.Now()
		var buf bytes.Buffer
		if err := engine.Render(context.Background(), src, engine.SFDP, f, &buf, engine.Options{}); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %v", f, time.Since(start))
		os.WriteFile(path+"."+string(f), buf.Bytes(), 0o644)
	}
}

// TestCommunitiesPoster checks what makes the communities view readable:
// a capped number of circles, area by members within a range, fonts that
// grow with the circle, line widths by the logarithm of the ties, the
// folded communities in one dashed box without lines, a compact layout,
// and the same bytes for the same input.
func TestCommunitiesPoster(t *testing.T) {
	r := generated(t, 5000)
	communities := r.Undirected.Communities
	const drawn = 12
	if communities <= drawn {
		t.Fatalf("%d communities: the test needs more than %d", communities, drawn)
	}
	opt := Options{View: ViewCommunities, MaxCommunities: drawn}
	p, err := Build(r, opt)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Build(r, opt)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(p.DOT, again.DOT) {
		t.Error("the same input gave different DOT")
	}
	g := checkDOT(t, p.DOT)
	for k, want := range map[string]string{"layout": "sfdp", "overlap": "prism", "size": posterSize[1 : len(posterSize)-1], "splines": "false"} {
		if g.graphAttr[k] != want {
			t.Errorf("graph %s = %q, want %q", k, g.graphAttr[k], want)
		}
	}
	if g.graphAttr["fontsize"] != strconv.Itoa(minFont) {
		t.Errorf("legend fontsize %q", g.graphAttr["fontsize"])
	}
	nodes := g.withClass("community")
	others := g.withClass("other")
	if len(nodes) != drawn+1 || p.Shown != drawn+1 || len(others) != 1 {
		t.Fatalf("%d community nodes (Shown %d, %d other), want %d and 1 other", len(nodes), p.Shown, len(others), drawn+1)
	}
	other := others[0]
	if a := g.nodes[other]; a["shape"] != "box" || !strings.Contains(a["style"], "dashed") ||
		!strings.Contains(a["label"], fmt.Sprintf("%d smaller", communities-drawn)) {
		t.Errorf("other drawn %v", a)
	}
	prevW, prevM := 1e9, 1<<62
	for _, n := range nodes {
		if n == other {
			continue
		}
		a := g.nodes[n]
		w, _ := strconv.ParseFloat(a["width"], 64)
		fs, _ := strconv.ParseFloat(a["fontsize"], 64)
		lines := strings.Split(a["label"], `\n`)
		m, err := strconv.Atoi(strings.ReplaceAll(lines[len(lines)-1], " ", ""))
		if err != nil {
			t.Fatalf("label %q does not end in the number of people", a["label"])
		}
		if w < minWidth || w > maxWidth || fs < minFont || fs > maxFont || a["fixedsize"] != "" && a["fixedsize"] != "true" {
			t.Errorf("%s: width %g, fontsize %g", n, w, fs)
		}
		if m > prevM || w > prevW {
			t.Errorf("%s: %d people %g wide after %d people %g wide: not by size", n, m, w, prevM, prevW)
		}
		if !strings.Contains(a["label"], "%") {
			t.Errorf("%s: label %q has no share", n, a["label"])
		}
		prevW, prevM = w, m
	}
	if first := g.nodes[nodes[0]]["width"]; first != fmtNum(maxWidth) {
		t.Errorf("the largest community is %s wide, want %g", first, maxWidth)
	}
	edges := g.edges
	if len(edges) == 0 || len(edges) > 2*drawn {
		t.Errorf("%d lines between %d communities", len(edges), drawn)
	}
	type tie struct {
		n   int
		pen float64
	}
	var ties []tie
	for _, e := range edges {
		if e.a == other || e.b == other {
			t.Errorf("line %s–%s to the folded communities", e.a, e.b)
		}
		n, err := strconv.Atoi(strings.ReplaceAll(strings.TrimSuffix(e.attrs["tooltip"], " ties"), " ", ""))
		if err != nil {
			t.Fatal(err)
		}
		pen, _ := strconv.ParseFloat(e.attrs["penwidth"], 64)
		if pen < minPen || pen > maxPen {
			t.Errorf("penwidth %g", pen)
		}
		ties = append(ties, tie{n, pen})
	}
	for _, a := range ties {
		for _, b := range ties {
			if a.n < b.n && a.pen > b.pen {
				t.Errorf("%d ties drawn %g wide, %d ties %g", a.n, a.pen, b.n, b.pen)
			}
		}
	}
	for _, want := range []string{"circle area: number of people", "Label", "Lines: ties between two communities", "logarithm", "dashed box"} {
		if !strings.Contains(g.graphAttr["label"], want) {
			t.Errorf("legend has no %q", want)
		}
	}

	// The layout stays compact: well inside the PNG bound at 96 dpi.
	var buf bytes.Buffer
	if _, err := Render(context.Background(), r, opt, engine.SVG, &buf, engine.Options{}); err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`<svg width="([0-9.]+)pt" height="([0-9.]+)pt"`).FindSubmatch(buf.Bytes())
	if m == nil {
		t.Fatal("no size in the SVG")
	}
	w, _ := strconv.ParseFloat(string(m[1]), 64)
	h, _ := strconv.ParseFloat(string(m[2]), 64)
	if w > 40*72 || h > 40*72 {
		t.Errorf("canvas %.0f×%.0f pt", w, h)
	}
	t.Logf("%d communities, %d drawn: canvas %.1f×%.1f in", communities, drawn, w/72, h/72)
}

// TestCommunitiesDefaultCap: left at its default, MaxCommunities draws
// DefaultMaxCommunities; set, it is obeyed.
func TestCommunitiesDefaultCap(t *testing.T) {
	r := generated(t, 20000)
	communities := r.Undirected.Communities
	if communities <= DefaultMaxCommunities+1 {
		t.Fatalf("%d communities: the test needs more than %d", communities, DefaultMaxCommunities+1)
	}
	for _, c := range []struct{ max, want int }{
		{0, DefaultMaxCommunities + 1},
		{DefaultMaxCommunities, DefaultMaxCommunities + 1},
		{DefaultMaxCommunities + 1, DefaultMaxCommunities + 2},
		{communities, communities},
	} {
		p, err := Build(r, Options{View: ViewCommunities, MaxCommunities: c.max})
		if err != nil {
			t.Fatal(err)
		}
		if p.Shown != c.want {
			t.Errorf("MaxCommunities %d: %d nodes, want %d", c.max, p.Shown, c.want)
		}
	}
}

func TestLineScale(t *testing.T) {
	pen := logScale(40, minPen, maxPen)
	step := (maxPen - minPen) / 4.0
	for _, c := range []struct {
		n    int
		want float64
	}{{40, minPen}, {10, minPen}, {80, minPen + step}, {160, minPen + 2*step}, {640, maxPen}, {100000, maxPen}} {
		if got := pen(c.n); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("pen(%d) = %g, want %g", c.n, got, c.want)
		}
	}
	for _, c := range []struct {
		lo, hi int
		want   []int
	}{{5, 5, []int{5}}, {45, 90, []int{45, 90}}, {40, 5000, []int{40, 500, 5000}}, {3, 100, []int{3, 20, 100}}} {
		if got := lineKey(c.lo, c.hi); !slices.Equal(got, c.want) {
			t.Errorf("lineKey(%d, %d) = %v, want %v", c.lo, c.hi, got, c.want)
		}
	}
}

func TestTextOnColor(t *testing.T) {
	for fill, want := range map[string]string{
		"#FFFFFF": "#000000", "#F0E442": "#000000", "#56B4E9": "#000000", "#BBBBBB": "#000000",
		"#0072B2": "#FFFFFF", "#000000": "#FFFFFF", "#253494": "#FFFFFF", "bad": "#000000",
	} {
		if got := textOnColor(fill); got != want {
			t.Errorf("textOnColor(%s) = %s, want %s", fill, got, want)
		}
	}
	if got := words.Shorten("Nordvik Medical AB", 10); got != "Nordvik M…" {
		t.Errorf("shorten: %q", got)
	}
	if got := words.Wrap("Kvarnby  Automation AB x", 8, "", ""); got != "Kvarnby\nAutomation\nAB x" {
		t.Errorf("words.Wrap: %q", got)
	}
	if got := words.Shorten("short", 10); got != "short" {
		t.Errorf("shorten: %q", got)
	}
}
