package render

import (
	"fmt"
	"math"
	"strings"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
)

// network draws everybody: colour by what people do (or community), size
// by brokerage, bridges thick, local bridges dashed, the ego as a double
// circle and the ego's community outlined in black, labels for the ego
// and the top brokers. Above Options.CollapseAbove people it draws the
// grouped network view instead (networkgrouped.go).
func (s *scene) network() (*Picture, error) {
	n := len(s.node)
	if n > s.opt.CollapseAbove {
		return s.networkGrouped()
	}
	colorOf, lg, err := s.personColors()
	if err != nil {
		return nil, err
	}
	sizes, sizeText := s.sizeMetric()
	width := scale(sizes, 0.14, 0.5)
	labelled := s.labelled()
	bridges, local := s.bridgeSets()
	edges := s.edges()
	egoComm := s.egoCommunity()

	layout, pinned := s.layoutChoice(n)
	sh := &sheet{pinned: pinned}
	radius := make([]float64, n)
	for i := range n {
		radius[i] = width(i) * 72 / 2
		if i == s.nw.Ego {
			radius[i] += 4 // doublecircle's outer ring
		}
	}
	var at []point
	if pinned {
		se := make([]stressEdge, len(edges))
		for k, e := range edges {
			se[k] = stressEdge{e.a, e.b, 46 + radius[e.a] + radius[e.b]}
		}
		room := map[int]string{}
		for i := range n {
			if labelled[i] {
				room[i] = s.label(i)
			}
		}
		at = stressLayout(n, se, labelRoom(radius, room, 10), 10)
	} else {
		at = make([]point, n)
	}
	top := s.topBrokers()
	items := make([]*item, n)
	for i := range n {
		it := &item{name: s.node[i], attrs: s.personAttrs(i, width(i), colorOf(i), egoComm), at: at[i], r: radius[i] + 1}
		if labelled[i] {
			it.label = &itemLabel{text: s.label(i), size: 10, prio: top[i], dir: math.NaN(), tooltip: s.tooltip(i)}
			if i == s.nw.Ego {
				it.label.must = true
				it.label.size = 11
			}
		}
		items[i] = sh.add(it)
	}
	nb, nl := 0, 0
	for _, e := range edges {
		k := [2]int{e.a, e.b}
		if bridges[k] {
			nb++
		} else if local[k] {
			nl++
		}
		sh.edge(items[e.a], items[e.b], edgeStyle(e, bridges, local)...)
	}
	sh.finish()

	s.egoKeys(lg, egoComm, outlineThick)
	if sizeText != "" {
		lg.title(s.w.t("render.legend.size"))
		lg.note(s.w.t("render.size.area", sizeText))
	}
	s.lineKeys(lg, nb, nl)
	s.labelNotes(lg, sh.Unplaced)

	var d dotWriter
	d.open("ties network", layout, append(append([]attr{raw("class", `"ties-network"`)}, sh.graphAttrs()...), lg.attrs()...)...)
	d.stmt("node", raw("shape", "circle"), raw("style", "filled"), raw("fixedsize", "true"), raw("label", `" "`),
		raw("fontname", quoteText(fontName)), raw("fontsize", "10"), raw("color", `"`+colorOutline+`"`), raw("penwidth", "0.8"))
	d.stmt("edge", raw("color", `"`+colorTie+`"`))
	sh.write(&d, s.labelNames)
	d.close()
	return &Picture{DOT: d.b.Bytes(), Layout: layout, Pinned: pinned, View: ViewNetwork, Shown: n}, nil
}

// layoutChoice returns the layout to draw with and whether ties computes
// the positions itself: for a picture of up to smallNetwork nodes, unless
// the user named a layout; above it, Graphviz's sfdp.
func (s *scene) layoutChoice(nodes int) (string, bool) {
	if s.opt.Layout != "" {
		return s.opt.Layout, false
	}
	if nodes <= smallNetwork {
		return "neato", true
	}
	return "sfdp", false
}

// labelNames returns n node names for label nodes.
func (s *scene) labelNames(n int) []string { return groupNodeNames(s.nw, n, "label") }

// topBrokers ranks people for labels: the ego first, then by betweenness
// (largest first); people with no betweenness come last.
func (s *scene) topBrokers() []float64 {
	rank := make([]float64, len(s.node))
	for i := range rank {
		rank[i] = float64(len(rank) + 1)
	}
	if s.betweenness != nil {
		for k, i := range s.r.Top(analysis.Betweenness, len(rank)) {
			rank[i] = float64(k + 1)
		}
	}
	if s.nw.Ego >= 0 {
		rank[s.nw.Ego] = 0
	}
	return rank
}

// egoCommunity is the ego's community, or -1.
func (s *scene) egoCommunity() int {
	if s.nw.Ego < 0 || s.community == nil {
		return -1
	}
	return s.community[s.nw.Ego]
}

// egoKeys explains how the ego and its community are marked.
func (s *scene) egoKeys(lg *legend, egoComm int, outline string) {
	if s.nw.Ego < 0 {
		return
	}
	lg.title(s.w.t("render.legend.you"))
	if s.isYou(s.nw.Ego) {
		lg.swatchOutline("#FFFFFF", "#000000", outlineDouble, s.w.t("render.ego.double_circle.you"))
	} else {
		lg.swatchOutline("#FFFFFF", "#000000", outlineDouble, s.w.t("render.ego.double_circle", labelText(s.name[s.nw.Ego])))
	}
	if egoComm >= 0 {
		members := 0
		for _, c := range s.community {
			if c == egoComm {
				members++
			}
		}
		lg.swatchOutline("#FFFFFF", "#000000", outline,
			s.w.n("render.ego.your_community", members, s.w.community(egoComm), s.w.int(members)))
	}
}

// lineKeys explains the lines between people: nb bridges (drawn thick)
// and nl local bridges that are not bridges (dashed). A bridge is a local
// bridge too (its ends share no contact, docs/metrics.md), and analyze
// counts it so: the local bridges' count holds the bridges. On a star
// every tie is a bridge to someone with no other tie, and the legend says
// that bridges and brokerage mean nothing there, as analyze and the
// report do (analysis.NoBridgesStar).
func (s *scene) lineKeys(lg *legend, nb, nl int) {
	lg.title(s.w.t("render.legend.lines"))
	lg.line(colorTie, 1, "", s.w.t("render.line.tie"))
	lg.line(colorBridge, 3.5, "", s.w.t("render.line.bridge.count", nb))
	if nb > 0 {
		lg.line("#333333", 2, "dashed", s.w.t("render.line.local_bridge.count_bridges", nb+nl))
	} else {
		lg.line("#333333", 2, "dashed", s.w.t("render.line.local_bridge.count", nl))
	}
	if s.r.GroupTies {
		lg.line("#999999", 1, "dotted", s.w.t("render.line.shared_network"))
	}
	if st := s.r.Structure; st.Shape == graph.Star {
		if st.Center >= 0 && st.Center == s.nw.Ego {
			lg.note(s.w.t("render.star.ego"))
		} else {
			lg.note(s.w.t("render.star"))
		}
		lg.note(s.w.t("render.star.meaning"))
	}
}

// labelNotes explains the labels and pseudonyms in the legend.
func (s *scene) labelNotes(lg *legend, unplaced int) {
	lg.title(s.w.t("render.legend.labels"))
	switch {
	case s.opt.Labels > 0 && s.nw.Ego >= 0:
		lg.note(s.w.t("render.labels.ego_and_brokers", s.opt.Labels))
	case s.opt.Labels > 0:
		lg.note(s.w.t("render.labels.brokers", s.opt.Labels))
	default:
		lg.note(s.w.t("render.labels.none"))
	}
	s.placementNotes(lg, unplaced)
}

// placementNotes notes the labels that found no place (unplaced) and that
// names are pseudonyms, when they are.
func (s *scene) placementNotes(lg *legend, unplaced int) {
	if unplaced > 0 {
		lg.note(s.w.unplacedNote(unplaced))
	}
	if s.opt.Anonymize {
		lg.note(s.w.t("render.anonymized"))
	}
}

// personAttrs are the attributes of person i drawn one by one in the
// network views: width, fill, tooltip; the ego doubled and black-edged,
// the ego's community outlined.
func (s *scene) personAttrs(i int, width float64, fill string, egoComm int) []attr {
	a := []attr{
		raw("class", `"person"`),
		text("id", "person-"+s.node[i]),
		num("width", width),
		raw("fillcolor", `"`+fill+`"`),
		text("tooltip", s.tooltip(i)),
	}
	switch {
	case i == s.nw.Ego:
		a[0] = raw("class", `"person ego"`)
		a = append(a, raw("shape", "doublecircle"), raw("penwidth", "1.6"), raw("color", `"#000000"`))
	case egoComm >= 0 && s.community[i] == egoComm:
		a[0] = raw("class", `"person ego-community"`)
		a = append(a, raw("penwidth", "2.4"), raw("color", `"#000000"`))
	}
	return a
}

// personColors returns each person's fill and the colour part of the
// legend: by community, or by the values of an attribute.
func (s *scene) personColors() (func(i int) string, *legend, error) {
	lg := &legend{w: s.w}
	by := s.opt.ColorBy
	if by == "" {
		by = s.defaultColorBy()
	}
	if by == ColorCommunity {
		counts := map[string]int{}
		for _, c := range s.community {
			if c >= 0 {
				counts[s.w.community(c)]++
			}
		}
		p := newPalette(counts, s.w.otherValues)
		lg.title(s.w.t("render.colour.community"))
		for _, c := range p.Legend {
			lg.swatch(c.Color, colorOutline, s.w.n("render.colour.community.people", c.Count, c.Name, s.w.int(c.Count)))
		}
		return func(i int) string {
			if s.community == nil || s.community[i] < 0 {
				return colorMissing
			}
			return p.color(s.w.community(s.community[i]))
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
	p := newPalette(counts, s.w.otherValues)
	lg.title(s.w.t("render.colour.attribute", labelText(by)))
	for _, c := range p.Legend {
		lg.swatch(c.Color, colorOutline, fmt.Sprintf("%s (%s)", labelText(c.Name), s.w.int(c.Count)))
	}
	if missing > 0 {
		lg.swatch(colorMissing, colorOutline, s.w.t("render.colour.not_known", s.w.int(missing)))
	}
	return func(i int) string { return p.color(s.nw.Attr(i, a)) }, lg, nil
}

// finite reports whether x is a number.
func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// functionWords name attributes that say what people do, in the order
// they are preferred: a profession or function is a perspective (Reagans
// and McEvily 2003: range as ties to different knowledge pools); gender,
// age or a city is not, and colouring by it invites a reading the
// analysis does not support.
var functionWords = []string{"function", "profession", "occupation", "discipline", "expertise", "role", "department", "field", "sector", "yrke", "funktion", "beruf"}

// defaultColorBy is the first attribute, by functionWords, whose name
// holds one of them and that has at least two values; else community.
func (s *scene) defaultColorBy() string {
	for _, w := range functionWords {
		for a, name := range s.nw.Attributes {
			if !strings.Contains(strings.ToLower(name), w) {
				continue
			}
			seen := map[string]bool{}
			for i := range s.nw.People {
				if v := s.nw.Attr(i, a); v != "" {
					seen[v] = true
					if len(seen) >= 2 {
						return name
					}
				}
			}
		}
	}
	return ColorCommunity
}
