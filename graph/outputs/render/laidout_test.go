package render

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/outputs/render/engine"
)

// laidOut is a picture as Graphviz laid it out (engine format dot): every
// node with its attributes (node defaults applied) and position, every
// edge with the points of its spline. Positions are in points.
type laidOut struct {
	nodes map[string]map[string]string
	order []string
	edges []dotEdge
	bb    rect
}

// layOut builds a view, renders it to laid-out DOT and parses it.
func layOut(t testing.TB, r *analysis.Result, opt Options) (*Picture, *laidOut) {
	t.Helper()
	var buf bytes.Buffer
	p, err := Render(context.Background(), r, opt, engine.DOT, &buf, engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	g, err := parseLaidOut(buf.String())
	if err != nil {
		t.Fatalf("laid-out DOT: %v\n%s", err, head(buf.Bytes(), 2000))
	}
	return p, g
}

// parseLaidOut reads Graphviz's DOT output: statements as parseDOT reads
// them, long strings continued with a backslash and a newline, node
// defaults (node [...]) applied to the nodes after them, and edges that
// may name a node before its statement.
func parseLaidOut(src string) (*laidOut, error) {
	src = strings.ReplaceAll(src, "\\\n", "")
	l := &dotLexer{s: src}
	var toks []string
	var quoted []bool
	for {
		tok, q, err := l.token()
		if err != nil {
			return nil, err
		}
		if tok == "" && !q {
			break
		}
		toks = append(toks, tok)
		quoted = append(quoted, q)
	}
	if len(toks) < 4 || toks[0] != "graph" {
		return nil, fmt.Errorf("not a graph")
	}
	g := &laidOut{nodes: map[string]map[string]string{}}
	i := 3
	attrs := func() (map[string]string, error) {
		m := map[string]string{}
		if i >= len(toks)-1 || toks[i] != "[" || quoted[i] {
			return m, nil
		}
		i++
		for toks[i] != "]" || quoted[i] {
			if i+3 >= len(toks) || toks[i+1] != "=" {
				return nil, fmt.Errorf("bad attribute near %q", toks[i])
			}
			m[toks[i]] = toks[i+2]
			i += 3
			if toks[i] == "," && !quoted[i] {
				i++
			}
		}
		i++
		return m, nil
	}
	defaults := map[string]string{}
	for i < len(toks)-1 {
		name := toks[i]
		i++
		switch {
		case !quoted[i-1] && (name == "graph" || name == "node" || name == "edge"):
			m, err := attrs()
			if err != nil {
				return nil, err
			}
			switch name {
			case "node":
				for k, v := range m {
					defaults[k] = v
				}
			case "graph":
				if bb, ok := m["bb"]; ok {
					f := parseFloats(bb)
					if len(f) == 4 {
						g.bb = rect{f[0], f[1], f[2], f[3]}
					}
				}
			}
		case toks[i] == "--" && !quoted[i]:
			b := toks[i+1]
			i += 2
			m, err := attrs()
			if err != nil {
				return nil, err
			}
			g.edges = append(g.edges, dotEdge{name, b, m})
		default:
			m, err := attrs()
			if err != nil {
				return nil, err
			}
			full := map[string]string{}
			for k, v := range defaults {
				full[k] = v
			}
			for k, v := range m {
				full[k] = v
			}
			g.nodes[name] = full
			g.order = append(g.order, name)
		}
		if i < len(toks) && toks[i] == ";" && !quoted[i] {
			i++
		}
	}
	return g, nil
}

func parseFloats(s string) []float64 {
	var out []float64
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '!' }) {
		x, err := strconv.ParseFloat(f, 64)
		if err == nil {
			out = append(out, x)
		}
	}
	return out
}

// at is a node's centre.
func (g *laidOut) at(n string) point {
	f := parseFloats(g.nodes[n]["pos"])
	if len(f) < 2 {
		return point{math.NaN(), math.NaN()}
	}
	return point{f[0], f[1]}
}

// box is a node's bounding box (width and height in inches).
func (g *laidOut) box(n string) rect {
	c := g.at(n)
	w, _ := strconv.ParseFloat(g.nodes[n]["width"], 64)
	h, _ := strconv.ParseFloat(g.nodes[n]["height"], 64)
	if h == 0 {
		h = w
	}
	w, h = w*72, h*72
	return rect{c.x - w/2, c.y - h/2, c.x + w/2, c.y + h/2}
}

// round reports whether a node is drawn as a circle (its box's inscribed
// disc is its extent).
func (g *laidOut) round(n string) bool {
	sh := g.nodes[n]["shape"]
	return sh == "circle" || sh == "doublecircle" || sh == "point"
}

// withClass lists the nodes whose class has the word c.
func (g *laidOut) withClass(c string) []string {
	var out []string
	for _, n := range g.order {
		if hasWord(g.nodes[n]["class"], c) {
			out = append(out, n)
		}
	}
	return out
}

// points is an edge's spline as points (its control points; the spline
// stays inside their convex hull).
func (e dotEdge) points() []point {
	var out []point
	for _, p := range strings.Fields(e.attrs["pos"]) {
		if strings.HasPrefix(p, "e,") || strings.HasPrefix(p, "s,") {
			continue
		}
		f := parseFloats(p)
		if len(f) == 2 {
			out = append(out, point{f[0], f[1]})
		}
	}
	return out
}

// overlapsNode reports whether box b overlaps node n's shape: its disc
// for round nodes, its box otherwise.
func (g *laidOut) overlapsNode(b rect, n string) bool {
	nb := g.box(n)
	if g.round(n) {
		c := nb.center()
		return b.hitsDisc(disc{c.x, c.y, (nb.x1 - nb.x0) / 2})
	}
	return b.overlaps(nb)
}
