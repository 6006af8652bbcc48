package render

import (
	"math"
)

// Label placement. Graphviz's own external labels (xlabel) are placed after
// the layout by a heuristic that, with forcelabels, puts a label on top of
// nodes and other labels when it finds no room, and sizes text by its own
// font metrics rather than the fonts that draw it. Where ties computes the
// positions, it places the labels too: each label, in order of importance,
// goes to the first free spot around its node — first in the preferred
// direction (outward on a ring), then turning away from it, then a little
// further out — that overlaps no node and no label already placed (and,
// when it can, no line). A label that finds no free spot within reach is
// left out, and the picture counts it: its person keeps the tooltip.

// point is a position in points, y up (Graphviz's convention).
type point struct{ x, y float64 }

// rect is an axis-aligned box in points.
type rect struct{ x0, y0, x1, y1 float64 }

func (r rect) center() point { return point{(r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2} }

func (r rect) overlaps(o rect) bool {
	return r.x0 < o.x1 && o.x0 < r.x1 && r.y0 < o.y1 && o.y0 < r.y1
}

func (r rect) grow(m float64) rect { return rect{r.x0 - m, r.y0 - m, r.x1 + m, r.y1 + m} }

// disc is a circle in points.
type disc struct{ x, y, r float64 }

// hitsDisc reports whether the box and the disc overlap.
func (r rect) hitsDisc(c disc) bool {
	dx := c.x - max(r.x0, min(c.x, r.x1))
	dy := c.y - max(r.y0, min(c.y, r.y1))
	return dx*dx+dy*dy < c.r*c.r
}

// segment is a straight line between two points.
type segment struct{ a, b point }

// hitsSegment reports whether the box and the segment intersect
// (Liang–Barsky clipping).
func (r rect) hitsSegment(s segment) bool {
	t0, t1 := 0.0, 1.0
	dx, dy := s.b.x-s.a.x, s.b.y-s.a.y
	for _, c := range [4][2]float64{{-dx, s.a.x - r.x0}, {dx, r.x1 - s.a.x}, {-dy, s.a.y - r.y0}, {dy, r.y1 - s.a.y}} {
		p, q := c[0], c[1]
		if p == 0 {
			if q < 0 {
				return false
			}
			continue
		}
		t := q / p
		if p < 0 {
			t0 = max(t0, t)
		} else {
			t1 = min(t1, t)
		}
		if t0 > t1 {
			return false
		}
	}
	return true
}

// placer holds what labels must avoid: nodes (discs and boxes), the labels
// placed so far, and lines, which a label avoids when it can.
type placer struct {
	discs []disc
	boxes []rect
	lines []segment
	// gap is the clearance kept between a label and anything else.
	gap float64
}

// free reports whether box b touches no node and no placed label (and,
// with lines, no line).
func (p *placer) free(b rect, lines bool) bool {
	g := b.grow(p.gap)
	for _, d := range p.discs {
		if g.hitsDisc(d) {
			return false
		}
	}
	for _, o := range p.boxes {
		if g.overlaps(o) {
			return false
		}
	}
	if lines {
		for _, s := range p.lines {
			if b.hitsSegment(s) {
				return false
			}
		}
	}
	return true
}

// labelSpots are the directions tried, as turns away from the preferred
// one (radians): the preferred direction, then alternately either side.
var labelSpots = func() []float64 {
	out := []float64{0}
	for k := 1; k <= 8; k++ {
		a := float64(k) * math.Pi / 8
		out = append(out, a, -a)
	}
	return out[:16]
}()

// labelReach are the distances (points beyond the node's edge) tried; a
// label placed leaderFrom or further away is tied to its node by a thin
// leader line, so that it cannot be read as a neighbour's.
var labelReach = []float64{1.5, 5, 10, 18, 28, 42, 60}

const leaderFrom = 10

// place finds a spot for a w×h label beside the node at c (radius r),
// preferring direction dir (radians; NaN: to the right, then around). It
// records the label and returns its box and how far from the node it
// went, or false when no spot is free. Near spots come first, first those
// that cross no line, then any; a label that must be shown (the ego's)
// goes further out when nothing near is free.
func (p *placer) place(c point, r, w, h, dir float64, must bool) (rect, float64, bool) {
	if math.IsNaN(dir) {
		dir = 0
	}
	for _, reach := range labelReach {
		// Crossing a line (the label has a light background) is better
		// than wandering off from its node.
		for _, lines := range []bool{true, false} {
			for _, turn := range labelSpots {
				b := labelAt(c, r+reach, w, h, dir+turn)
				if p.free(b, lines) {
					p.boxes = append(p.boxes, b)
					return b, reach, true
				}
			}
		}
	}
	if must {
		// The ego's name is never left out: further out, with a leader.
		for reach := 80.0; reach <= 400; reach += 20 {
			for _, turn := range labelSpots {
				b := labelAt(c, r+reach, w, h, dir+turn)
				if p.free(b, false) {
					p.boxes = append(p.boxes, b)
					return b, reach, true
				}
			}
		}
	}
	return rect{}, 0, false
}

// labelAt is the box of a w×h label whose nearest side or corner lies at
// distance d from c in direction a: beside the node on the left and right,
// centred above and below it, at a corner on the diagonals.
func labelAt(c point, d, w, h, a float64) rect {
	ux, uy := math.Cos(a), math.Sin(a)
	cx := c.x + d*ux + w/2*clamp1(2*ux)
	cy := c.y + d*uy + h/2*clamp1(2*uy)
	return rect{cx - w/2, cy - h/2, cx + w/2, cy + h/2}
}

func clamp1(x float64) float64 { return max(-1, min(1, x)) }

// placeOnLine finds a spot for a w×h label on segment l, as near its
// middle as is free of nodes and labels (lines do not count: the label
// belongs on one), and records it.
func (p *placer) placeOnLine(l segment, w, h float64) (rect, bool) {
	dx, dy := l.b.x-l.a.x, l.b.y-l.a.y
	n := math.Hypot(dx, dy)
	if n == 0 {
		return rect{}, false
	}
	nx, ny := -dy/n, dx/n
	for k := 0; k <= 20; k++ {
		t := 0.5 + float64((k+1)/2)*0.04*float64(1-2*(k%2)) // 0.5, 0.46, 0.54, …
		for _, off := range []float64{0, h * 0.8, -h * 0.8} {
			cx, cy := l.a.x+t*dx+off*nx, l.a.y+t*dy+off*ny
			b := rect{cx - w/2, cy - h/2, cx + w/2, cy + h/2}
			if p.free(b, false) {
				p.boxes = append(p.boxes, b)
				return b, true
			}
		}
	}
	return rect{}, false
}
