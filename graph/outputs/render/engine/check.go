package engine

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

// ErrNoPicture is wrapped by the error of a render whose layouts all gave
// no drawable picture (see checkPlain).
var ErrNoPicture = errors.New("the layout gave no drawable picture")

// checkPlain checks a layout, written in Graphviz's "plain" format, for a
// picture that can be drawn: a width and height above zero and finite,
// every node's centre and every edge's points finite, and not every node
// on one point. It returns nil for a good layout.
//
// Graphviz 12 in WebAssembly does not always give one: its sfdp with
// overlap=prism (or voronoi) returns NaN for some or all positions when it
// has placed a component's nodes exactly on a line (a chain of 3 to 5
// nodes), and the bounding box it reports skips NaN positions, so it may
// look sound. SVG then has "nan" coordinates (a blank picture) and PNG
// fails reading memory.
//
// The plain format is "graph scale width height", "node name x y width
// height …", "edge tail head n x1 y1 … xn yn …" and "stop", one statement
// a line; names and labels may be quoted or HTML (<…>).
func checkPlain(plain []byte) error {
	var (
		sized                  bool
		nodes                  int
		minX, minY, maxX, maxY = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	)
	for _, st := range plainStatements(plain) {
		switch st[0] {
		case "graph":
			if len(st) < 4 {
				return fmt.Errorf("short graph statement %q", st)
			}
			w, h := plainNumber(st[2]), plainNumber(st[3])
			if !finite(w) || !finite(h) {
				return fmt.Errorf("size %s × %s is not finite", st[2], st[3])
			}
			if w <= 0 || h <= 0 {
				return fmt.Errorf("size %s × %s is empty", st[2], st[3])
			}
			sized = true
		case "node":
			if len(st) < 4 {
				return fmt.Errorf("short node statement %q", st)
			}
			x, y := plainNumber(st[2]), plainNumber(st[3])
			if !finite(x) || !finite(y) {
				return fmt.Errorf("node %s at (%s, %s): not finite", st[1], st[2], st[3])
			}
			nodes++
			minX, maxX = min(minX, x), max(maxX, x)
			minY, maxY = min(minY, y), max(maxY, y)
		case "edge":
			if err := checkPlainEdge(st); err != nil {
				return err
			}
		}
	}
	if !sized {
		return errors.New("no size")
	}
	if nodes > 1 && minX == maxX && minY == maxY {
		return fmt.Errorf("all %d nodes at one point", nodes)
	}
	return nil
}

// checkPlainEdge checks the points of an edge statement: "edge tail head
// n x1 y1 … xn yn …".
func checkPlainEdge(st []string) error {
	if len(st) < 4 {
		return fmt.Errorf("short edge statement %q", st)
	}
	n, err := strconv.Atoi(st[3])
	if err != nil || n < 0 || len(st) < 4+2*n {
		return fmt.Errorf("edge %s -- %s: bad point count %q", st[1], st[2], st[3])
	}
	for _, s := range st[4 : 4+2*n] {
		if !finite(plainNumber(s)) {
			return fmt.Errorf("edge %s -- %s: point %s not finite", st[1], st[2], s)
		}
	}
	return nil
}

// plainNumber reads a number of the plain format; what is not a number
// (C's "nan", "-nan", "inf") is NaN or infinite.
func plainNumber(s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return math.NaN()
	}
	return f
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// plainStatements splits the plain format into statements (lines) of
// tokens, keeping a quoted string ("…", with \" inside) or an HTML string
// (<…>, nested) whole, newlines in it included, and without its quotes.
func plainStatements(b []byte) [][]string {
	var (
		out   [][]string
		st    []string
		tok   []byte
		inTok bool
	)
	endTok := func() {
		if inTok {
			st = append(st, string(tok))
			tok, inTok = tok[:0], false
		}
	}
	endStmt := func() {
		endTok()
		if len(st) > 0 {
			out = append(out, st)
			st = nil
		}
	}
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == '\n':
			endStmt()
		case c == ' ' || c == '\t' || c == '\r':
			endTok()
		case c == '"' && !inTok:
			inTok = true
			for i++; i < len(b) && b[i] != '"'; i++ {
				if b[i] == '\\' && i+1 < len(b) {
					i++
				}
				tok = append(tok, b[i])
			}
		case c == '<' && !inTok:
			inTok = true
			depth := 0
			for ; i < len(b); i++ {
				tok = append(tok, b[i])
				if b[i] == '<' {
					depth++
				} else if b[i] == '>' {
					if depth--; depth == 0 {
						break
					}
				}
			}
		default:
			inTok = true
			tok = append(tok, c)
		}
	}
	endStmt()
	return out
}
