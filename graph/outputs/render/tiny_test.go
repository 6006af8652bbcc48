package render

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/outputs/render/engine"
)

// tinyNetwork is n people (the first the ego) tied by ties, in two
// networks: A (the even people) and B (the ego and the odd people).
func tinyNetwork(t *testing.T, n int, ties [][2]int) *analysis.Result {
	t.Helper()
	nw := graph.New()
	job := nw.Attribute("profession")
	for i := range n {
		k, _ := nw.AddPerson(fmt.Sprintf("p%d", i), fmt.Sprintf("Person %d", i))
		nw.SetAttr(k, job, []string{"nurse", "engineer"}[i%2])
	}
	nw.Ego = 0
	for _, p := range ties {
		if err := nw.AddTie(graph.Tie{From: p[0], To: p[1], Weight: 1, Mutual: true}); err != nil {
			t.Fatal(err)
		}
	}
	nw.Normalize()
	a, _ := nw.AddGroup("A")
	b, _ := nw.AddGroup("B")
	for i := range n {
		if i%2 == 0 {
			nw.AddMember(a, i, "")
		}
		if i == 0 || i%2 == 1 {
			nw.AddMember(b, i, "")
		}
	}
	r, err := analysis.Run(nw, analysis.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// line is the ties of people 0…n-1 in a line.
func line(n int) [][2]int {
	var out [][2]int
	for i := 1; i < n; i++ {
		out = append(out, [2]int{i - 1, i})
	}
	return out
}

// triangleChain is the ties of k triangles, each tied to the next: a chain
// of k communities.
func triangleChain(k int) [][2]int {
	var out [][2]int
	for c := range k {
		a := 3 * c
		out = append(out, [2]int{a, a + 1}, [2]int{a + 1, a + 2}, [2]int{a, a + 2})
		if c > 0 {
			out = append(out, [2]int{a - 1, a})
		}
	}
	return out
}

var (
	tinySVGSize = regexp.MustCompile(`<svg width="([^"]*)pt" height="([^"]*)pt"\s+viewBox="([^"]*)"`)
	tinyNotNum  = regexp.MustCompile(`(?i)\b(nan|inf)\b`)
)

// Every view of the smallest networks (one, two, three people, people in
// a line, chains of communities) draws a picture with a finite size above
// zero and no NaN, as SVG and PNG, with the layout the view chose: sfdp's
// prism overlap removal gave NaN for chains of communities, drawing an
// empty picture, and the engine's fallback must not be needed.
func TestTinyNetworksDraw(t *testing.T) {
	for _, c := range []struct {
		name string
		n    int
		ties [][2]int
	}{
		{"one person", 1, nil},
		{"two people", 2, line(2)},
		{"three in a line", 3, line(3)},
		{"triangle", 3, triangleChain(1)},
		{"six in a line", 6, line(6)},
		{"star", 5, [][2]int{{0, 1}, {0, 2}, {0, 3}, {0, 4}}},
		{"chain of 3 communities", 9, triangleChain(3)},
		{"chain of 4 communities", 12, triangleChain(4)},
		{"chain of 5 communities", 15, triangleChain(5)},
	} {
		t.Run(c.name, func(t *testing.T) { drawTiny(t, tinyNetwork(t, c.n, c.ties)) })
	}
}

// drawTiny draws every view of r as SVG and PNG and checks the pictures.
func drawTiny(t *testing.T, r *analysis.Result) {
	for _, view := range Views {
		for _, f := range []engine.Format{engine.SVG, engine.PNG} {
			name := fmt.Sprintf("%s/%s", view, f)
			var buf bytes.Buffer
			eopt := engine.Options{Relaid: func(asked, used engine.Layout, why error) {
				t.Errorf("%s: %s gave no picture (%v), drawn with %s", name, asked, why, used)
			}}
			if _, err := Render(context.Background(), r, Options{View: view, Network: "A"}, f, &buf, eopt); err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			if f == engine.SVG {
				checkTinySVG(t, name, buf.Bytes())
				continue
			}
			img, err := png.Decode(&buf)
			if err != nil {
				t.Errorf("%s: %v", name, err)
			} else if sz := img.Bounds().Size(); sz.X < 100 || sz.Y < 100 {
				t.Errorf("%s: %v pixels", name, sz)
			}
		}
	}
}

func checkTinySVG(t *testing.T, name string, svg []byte) {
	t.Helper()
	m := tinySVGSize.FindSubmatch(svg)
	if m == nil {
		t.Errorf("%s: no size in %.300s", name, svg)
		return
	}
	for _, s := range append([]string{string(m[1]), string(m[2])}, strings.Fields(string(m[3]))[2:]...) {
		if f, err := strconv.ParseFloat(s, 64); err != nil || math.IsNaN(f) || math.IsInf(f, 0) || f <= 0 {
			t.Errorf("%s: size %s × %s, viewBox %s", name, m[1], m[2], m[3])
			break
		}
	}
	if loc := tinyNotNum.FindIndex(svg); loc != nil {
		t.Errorf("%s: %q", name, svg[max(0, loc[0]-40):min(len(svg), loc[1]+40)])
	}
}

// The communities view removes overlaps with prism unless a component of
// its links is a chain, which sfdp may lay on a line and prism cannot
// triangulate.
func TestCommunitiesOverlapMode(t *testing.T) {
	for _, c := range []struct {
		name  string
		nodes int
		links [][3]int
		want  string
	}{
		{"one", 1, nil, "prism"},
		{"two", 2, [][3]int{{0, 1, 1}}, "prism"},
		{"chain of 3", 3, [][3]int{{0, 1, 1}, {1, 2, 4}}, "scale"},
		{"chain of 5", 5, [][3]int{{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 4, 1}}, "scale"},
		{"ring of 3", 3, [][3]int{{0, 1, 1}, {1, 2, 1}, {0, 2, 1}}, "prism"},
		{"star", 4, [][3]int{{0, 1, 1}, {0, 2, 1}, {0, 3, 1}}, "prism"},
		{"isolated", 4, nil, "prism"},
		{"ring and a chain", 7, [][3]int{{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {0, 3, 1}, {4, 5, 1}, {5, 6, 1}}, "scale"},
		{"ring and a pair", 6, [][3]int{{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {0, 3, 1}, {4, 5, 1}}, "prism"},
	} {
		v := &communityView{nodes: c.nodes, links: c.links}
		if got := v.overlapMode(); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
}
