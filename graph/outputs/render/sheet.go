package render

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// A sheet is a picture whose positions ties computes (every default
// view): each node is pinned where ties put it (pos "x,y!" in points,
// inputscale=72, so Graphviz's neato only draws), and the labels of people
// are nodes of their own, placed by ties where they touch no node and no
// other label (place.go). When the user names a layout (--layout), the
// positions are left out, Graphviz lays the picture out, and the labels
// become Graphviz's external labels (xlabel): that layout is the user's
// choice, and so is where Graphviz puts the labels.
type sheet struct {
	pinned bool
	items  []*item
	edges  []sheetEdge
	// Unplaced counts the labels that found no free spot (their people
	// keep their tooltips); known after finish.
	Unplaced  int
	boxes     map[int]rect
	leader    map[int]bool // labels placed far enough to need a leader line
	edgeBoxes []edgeBox
	finished  bool
}

// edgeBox is where the label of edge k went.
type edgeBox struct {
	k int
	b rect
}

// item is one node of a sheet.
type item struct {
	name  string
	attrs []attr
	at    point
	// The node's extent, for labels to avoid: a disc of radius r when r > 0,
	// else a w×h box centred on at.
	r, w, h float64
	// decor nodes (ring guides) are drawn first and are not obstacles.
	decor bool
	label *itemLabel
}

// itemLabel is a person's name beside their node.
type itemLabel struct {
	text    string  // one line, already cut (labelText)
	size    float64 // font size, points
	prio    float64 // smaller is placed first
	dir     float64 // preferred direction, radians; NaN: none
	class   string
	tooltip string
	color   string // font colour; "" black
	must    bool   // never left out (the ego's name)
}

// sheetEdge is one line of a sheet.
type sheetEdge struct {
	a, b  string
	attrs []attr
	// seg is the line as drawn (centre to centre), for labels to avoid;
	// noAvoid lines (ring guides, hub spokes) may be crossed by labels
	// freely.
	seg     segment
	noAvoid bool
	// label is a figure set on the line (the group map's shared members),
	// placed by ties on the line near its middle, clear of every node and
	// label.
	label *itemLabel
}

// graphAttrs are the graph attributes a pinned sheet needs: neato draws
// the given positions (inputscale=72: pos in points) without moving them
// (overlap=true: no overlap removal) and with straight lines.
func (s *sheet) graphAttrs() []attr {
	if !s.pinned {
		return []attr{raw("overlap", "scale"), raw("splines", "false"), raw("forcelabels", "true")}
	}
	return []attr{raw("inputscale", "72"), raw("overlap", "true"), raw("splines", "false")}
}

func (s *sheet) add(it *item) *item {
	s.items = append(s.items, it)
	return it
}

func (s *sheet) edge(a, b *item, attrs ...attr) {
	s.edges = append(s.edges, sheetEdge{a: a.name, b: b.name, attrs: attrs, seg: segment{a.at, b.at}})
}

// spoke is an edge labels may cross (lines from a hub to its members).
func (s *sheet) spoke(a, b *item, attrs ...attr) {
	s.edges = append(s.edges, sheetEdge{a: a.name, b: b.name, attrs: attrs, seg: segment{a.at, b.at}, noAvoid: true})
}

// labelPad is the margin of a label's box, in points.
const labelPad = 1.5

// finish places the labels of a pinned sheet; call it once every node and
// edge is added and before the legend, which may count the labels left
// out.
func (s *sheet) finish() {
	if s.finished {
		return
	}
	s.finished = true
	if s.pinned {
		s.leader = map[int]bool{}
		s.boxes = s.placeLabels()
	}
}

// placeLabels places every label and returns the label boxes by item
// index.
func (s *sheet) placeLabels() map[int]rect {
	p := &placer{gap: 1.5}
	for _, it := range s.items {
		if it.decor {
			continue
		}
		if it.r > 0 {
			p.discs = append(p.discs, disc{it.at.x, it.at.y, it.r})
		} else {
			p.boxes = append(p.boxes, rect{it.at.x - it.w/2, it.at.y - it.h/2, it.at.x + it.w/2, it.at.y + it.h/2})
		}
	}
	for _, e := range s.edges {
		if !e.noAvoid {
			p.lines = append(p.lines, e.seg)
		}
	}
	var order []int
	for k, it := range s.items {
		if it.label != nil && it.label.text != "" {
			order = append(order, k)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(s.items[a].label.prio, s.items[b].label.prio) })
	// Labels on lines first: a figure must sit on its line.
	for k := range s.edges {
		l := s.edges[k].label
		if l == nil {
			continue
		}
		w, h := textBox(l.text, l.size, labelPad)
		if b, ok := p.placeOnLine(s.edges[k].seg, w, h); ok {
			s.edgeBoxes = append(s.edgeBoxes, edgeBox{k, b})
		} else {
			s.Unplaced++
		}
	}
	out := map[int]rect{}
	for _, k := range order {
		it := s.items[k]
		w, h := textBox(it.label.text, it.label.size, labelPad)
		r := it.r
		if r == 0 {
			r = math.Hypot(it.w, it.h) / 2
		}
		if b, reach, ok := p.place(it.at, r, w, h, it.label.dir, it.label.must); ok {
			out[k] = b
			s.leader[k] = reach >= leaderFrom
		} else {
			s.Unplaced++
		}
	}
	return out
}

// write writes the sheet's nodes and edges; labelNames gives n node names
// for the label nodes that cannot collide with people's.
func (s *sheet) write(d *dotWriter, labelNames func(n int) []string) {
	s.finish()
	boxes := s.boxes
	names := labelNames(len(s.items) + len(s.edges))
	for _, decor := range []bool{true, false} {
		for _, it := range s.items {
			if it.decor != decor {
				continue
			}
			a := slices.Clone(it.attrs)
			if s.pinned {
				a = append(a, pos(it.at))
			} else if it.label != nil && it.label.text != "" {
				a = append(a, text("xlabel", it.label.text))
			}
			d.node(it.name, dedupe(a)...)
		}
	}
	if s.pinned && len(boxes) > 0 {
		for k, it := range s.items {
			b, ok := boxes[k]
			if !ok {
				continue
			}
			l := it.label
			cls := "label"
			if l.class != "" {
				cls += " " + l.class
			}
			a := []attr{
				text("class", cls), raw("shape", "plaintext"), raw("style", "filled"),
				raw("fillcolor", `"#FFFFFFB8"`), raw("color", `"#FFFFFF00"`), raw("penwidth", "0"),
				raw("fixedsize", "true"), raw("margin", "0"),
				num("width", (b.x1-b.x0)/72), num("height", (b.y1-b.y0)/72),
				num("fontsize", l.size), raw("label", justified(l.text, b, it.at)), pos(b.center()),
			}
			if l.color != "" {
				a = append(a, raw("fontcolor", `"`+l.color+`"`))
			}
			if l.tooltip != "" {
				a = append(a, text("tooltip", l.tooltip))
			}
			d.node(names[k], a...)
			if s.leader[k] {
				d.edge(it.name, names[k], raw("class", `"leader"`), raw("color", `"#666666"`), raw("penwidth", "0.8"))
			}
		}
	}
	if len(s.edgeBoxes) > 0 {
		for _, eb := range s.edgeBoxes {
			l := s.edges[eb.k].label
			b := eb.b
			a := []attr{
				raw("class", `"label edge-label"`), raw("shape", "plaintext"), raw("style", "filled"),
				raw("fillcolor", `"#FFFFFFD0"`), raw("color", `"#FFFFFF00"`), raw("penwidth", "0"),
				raw("fixedsize", "true"), raw("margin", "0"),
				num("width", (b.x1-b.x0)/72), num("height", (b.y1-b.y0)/72),
				num("fontsize", l.size), text("label", l.text), pos(b.center()),
			}
			if l.color != "" {
				a = append(a, raw("fontcolor", `"`+l.color+`"`))
			}
			if l.tooltip != "" {
				a = append(a, text("tooltip", l.tooltip))
			}
			d.node(names[len(s.items)+eb.k], a...)
		}
	}
	for _, e := range s.edges {
		d.edge(e.a, e.b, e.attrs...)
	}
}

// justified writes a label's text for DOT, set against the side of its
// box nearest its node (Graphviz ends a line with \l to set it left, \r
// right): a box is measured generously, and text centred in it would
// stand off from its node.
func justified(t string, b rect, node point) string {
	q := quoteText(t)
	switch {
	case b.x0 >= node.x:
		return q[:len(q)-1] + `\l"`
	case b.x1 <= node.x:
		return q[:len(q)-1] + `\r"`
	}
	return q
}

// pos pins a node at p (points; the sheet's graph has inputscale=72).
func pos(p point) attr {
	return raw("pos", fmt.Sprintf(`"%s,%s!"`, fmtNum(p.x), fmtNum(p.y)))
}

// unplacedNote is the legend's line on the labels left out.
func (w wording) unplacedNote(n int) string { return w.n("render.unplaced", n, n) }
