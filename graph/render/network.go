package render

import (
	"fmt"
	"math"
)

// network draws everybody: colour by an attribute or community, size by
// brokerage, bridges thick, local bridges dashed, labels for the ego and
// the top brokers.
func (s *scene) network() (*Picture, error) {
	n := len(s.node)
	colorOf, lg, err := s.personColors()
	if err != nil {
		return nil, err
	}
	sizes, sizeText := s.sizeMetric()
	width := scale(sizes, 0.12, 0.6)
	labelled := s.labelled()
	bridges, local := s.bridgeSets()
	edges := s.edges()

	nb, nl := 0, 0
	for _, e := range edges {
		k := [2]int{e.a, e.b}
		if bridges[k] {
			nb++
		} else if local[k] {
			nl++
		}
	}
	if sizeText != "" {
		lg.title("Size")
		lg.note("area: " + sizeText)
	}
	lg.title("Lines")
	lg.key("——", colorTie, "tie (thicker: stronger; direction not shown)")
	lg.key("══", colorBridge, fmt.Sprintf("thick black: bridge, the only path between its two sides (%d)", nb))
	lg.key("- - -", "#333333", fmt.Sprintf("dashed: local bridge, its two ends share no contact (%d)", nl))
	if s.r.GroupTies {
		lg.key("· · ·", "#999999", "dotted: no tie, but share a network")
	}
	s.labelNotes(lg)

	layout := s.layoutFor(bySize(n))
	var d dotWriter
	d.open("ties network", layout, append([]attr{
		raw("overlap", "scale"), raw("splines", "false"), raw("forcelabels", "true"),
		raw("class", `"ties-network"`),
	}, lg.attrs()...)...)
	d.stmt("node", raw("shape", "circle"), raw("style", "filled"), raw("fixedsize", "true"), raw("label", `" "`),
		raw("fontname", quoteText(fontName)), raw("fontsize", "10"), raw("color", `"`+colorOutline+`"`), raw("penwidth", "0.8"))
	d.stmt("edge", raw("color", `"`+colorTie+`"`))
	for i := range n {
		w := width(i)
		a := []attr{
			raw("class", `"person"`),
			text("id", "person-"+s.node[i]),
			num("width", w),
			raw("fillcolor", `"`+colorOf(i)+`"`),
			text("tooltip", s.tooltip(i)),
		}
		if i == s.nw.Ego {
			a[0] = raw("class", `"person ego"`)
			a = append(a, raw("shape", "doublecircle"), raw("penwidth", "1.6"), raw("color", `"#000000"`))
		}
		if labelled[i] {
			a = append(a, text("xlabel", s.name[i]))
		}
		d.node(s.node[i], a...)
	}
	for _, e := range edges {
		d.edge(s.node[e.a], s.node[e.b], edgeStyle(e, bridges, local)...)
	}
	d.close()
	return &Picture{DOT: d.b.Bytes(), Layout: layout, View: ViewNetwork, Shown: n}, nil
}

// labelNotes explains the labels and pseudonyms in the legend.
func (s *scene) labelNotes(lg *legend) {
	lg.title("Labels")
	switch {
	case s.opt.Labels > 0 && s.nw.Ego >= 0:
		lg.note(fmt.Sprintf("you (double circle) and the %d top brokers by betweenness", s.opt.Labels))
	case s.opt.Labels > 0:
		lg.note(fmt.Sprintf("the %d top brokers by betweenness", s.opt.Labels))
	default:
		lg.note("none; hover over a person for their figures (SVG)")
	}
	if s.opt.Anonymize {
		lg.note("names replaced by pseudonyms")
	}
}

// personColors returns each person's fill and the colour part of the
// legend: by community, or by the values of an attribute.
func (s *scene) personColors() (func(i int) string, *legend, error) {
	lg := &legend{}
	by := s.opt.ColorBy
	if by == "" {
		by = s.defaultColorBy()
	}
	if by == ColorCommunity {
		counts := map[string]int{}
		for _, c := range s.community {
			if c >= 0 {
				counts[communityName(c)]++
			}
		}
		p := newPalette(counts)
		lg.title("Colour: community (Louvain)")
		for _, c := range p.Legend {
			lg.swatch(c.Color, colorOutline, fmt.Sprintf("%s: %d people", c.Name, c.Count))
		}
		return func(i int) string {
			if s.community == nil || s.community[i] < 0 {
				return colorMissing
			}
			return p.color(communityName(s.community[i]))
		}, lg, nil
	}
	a, ok := s.nw.AttributeIndex(by)
	if !ok {
		return nil, nil, fmt.Errorf("no attribute %q to colour by; the data has: %v (or use %q)", by, s.nw.Attributes, ColorCommunity)
	}
	counts := map[string]int{}
	missing := 0
	for i := range s.nw.People {
		if v := s.nw.Attr(i, a); v != "" {
			counts[v]++
		} else {
			missing++
		}
	}
	p := newPalette(counts)
	lg.title("Colour: " + by)
	for _, c := range p.Legend {
		lg.swatch(c.Color, colorOutline, fmt.Sprintf("%s (%d)", c.Name, c.Count))
	}
	if missing > 0 {
		lg.swatch(colorMissing, colorOutline, fmt.Sprintf("not known (%d)", missing))
	}
	return func(i int) string { return p.color(s.nw.Attr(i, a)) }, lg, nil
}

// communityName is how a community is called in legends.
func communityName(c int) string { return fmt.Sprintf("community %d", c) }

// finite reports whether x is a number.
func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// defaultColorBy is the first attribute with 2 to 7 values (one colour
// each, nothing folded into "other"), or community.
func (s *scene) defaultColorBy() string {
	for a, name := range s.nw.Attributes {
		seen := map[string]bool{}
		for i := range s.nw.People {
			if v := s.nw.Attr(i, a); v != "" {
				seen[v] = true
				if len(seen) > len(okabeIto) {
					break
				}
			}
		}
		if len(seen) >= 2 && len(seen) <= len(okabeIto) {
			return name
		}
	}
	return ColorCommunity
}
