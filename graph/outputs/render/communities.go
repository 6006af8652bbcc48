package render

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/tiesnet/ties/graph/measures/diversity"
	"github.com/tiesnet/ties/graph/outputs/words"
)

// The communities view is a poster of a large network, so it is sized for
// the PNG bound (engine.DefaultMaxPixels, 4 000 px at 96 dpi, about 41
// inches): a few dozen circles whose labels are set in 16–22 pt and are
// still that size in the PNG, because the layout is kept compact enough
// (about 15–30 inches) that the engine does not have to shrink it.
const (
	// Circle widths in inches: the width is proportional to the square
	// root of the members (area by members) from the largest community
	// down to minWidth, below which a circle would not hold its label.
	minWidth, maxWidth = 1.5, 3.2
	// Label font sizes in points, growing with the circle.
	minFont, maxFont = 16, 22
	// Line widths in points, by the logarithm of the ties between two
	// communities, from the weakest link drawn to the strongest.
	minPen, maxPen = 1, 8
	// posterSize bounds the drawing (inches): kept under the PNG bound at
	// the engine's default 96 dpi, so the engine never shrinks the labels
	// on its own.
	posterSize = `"40,40"`
	// labelValue is the longest attribute value a label shows in full;
	// longer values are cut with "…", and fitCircle wraps and sets them to
	// fit the circle.
	labelValue = 24
)

// communities draws one node per community (Louvain, from the analysis),
// its area by number of members, labelled with its most common attribute
// values and their shares, linked by the ties between communities (line
// width by the logarithm of their number). It is built from the compact
// adjacency and the community labels in one pass over the ties, with no
// per-person DOT, so 200 000 people cost what a few dozen nodes cost.
//
// The largest communities are drawn (MaxCommunities, or
// readableCommunities when that is left at its default); the rest are
// folded into one "other" box, which is not drawn to scale and has no
// lines: it would hold most people of a large network and pull every
// community into a star around it. Each community's tooltip gives its
// ties to the folded ones instead.
func (s *scene) communities() (*Picture, error) {
	if s.community == nil {
		return nil, fmt.Errorf("the communities view needs the analysis' communities")
	}
	v := s.communitySlots()
	s.communityTies(v)
	s.communityTops(v)
	v.measureCircles()
	lg, colorOf := s.communitiesLegend(v)
	return s.communitiesDOT(v, lg, colorOf), nil
}

// communityView is what the communities view draws: the communities in
// the order they are drawn, folded or not, and the figures of each node.
type communityView struct {
	order   []int // communities by size, largest first
	slot    []int // community → its drawn node (other for the folded)
	drawn   int   // communities drawn one by one
	other   int   // the node of the folded communities, or -1
	nodes   int   // drawn + the folded node
	members []int // people per node

	between  map[[2]int32]int // ties between two drawn nodes
	links    [][3]int         // the strongest of them: a, b, ties
	inside   []int            // ties inside a node
	toOther  []int            // ties of a drawn node to the folded ones
	minLink  int
	maxLink  int
	penOf    func(int) float64
	enc      []diversity.Attribute
	tops     [][]valueShare // per node, per attribute: its most common value
	largest  int            // members of the largest drawn node
	smallest int            // members of the smallest drawn node
	floor    int            // members under which a circle is at minWidth
	egoSlot  int            // the node of the ego's community, or -1
}

// communitySlots sizes the communities and orders them: the largest
// drawn one by one, the rest folded into one node.
func (s *scene) communitySlots() *communityView {
	// Sizes, then the drawn communities by size (ties by number).
	nc := 0
	for _, c := range s.community {
		nc = max(nc, c+1)
	}
	size := make([]int, nc)
	for _, c := range s.community {
		if c >= 0 {
			size[c]++
		}
	}
	var order []int
	for c, k := range size {
		if k > 0 {
			order = append(order, c)
		}
	}
	slices.SortFunc(order, func(a, b int) int {
		if d := cmp.Compare(size[b], size[a]); d != 0 {
			return d
		}
		return cmp.Compare(a, b)
	})
	// slot[c] is the drawn node of community c; the folded share slot
	// `other`.
	drawn := min(len(order), s.opt.MaxCommunities)
	other := -1
	if len(order) > drawn {
		other = drawn
	}
	nodes := drawn
	if other >= 0 {
		nodes++
	}
	slot := make([]int, nc)
	for k, c := range order {
		slot[c] = min(k, nodes-1)
	}
	members := make([]int, nodes)
	for _, c := range order {
		members[slot[c]] += size[c]
	}
	return &communityView{order: order, slot: slot, drawn: drawn, other: other, nodes: nodes, members: members, egoSlot: -1}
}

// communityTies counts the ties between, inside and out of the drawn
// nodes in the view Louvain ran on, and keeps the strongest links.
func (s *scene) communityTies(v *communityView) {
	slot, other, nodes, drawn := v.slot, v.other, v.nodes, v.drawn
	// Ties between and inside the drawn nodes, in the view Louvain ran on:
	// the ties, and shared networks when the analysis counted them.
	u := s.r.Views.Structure
	between := map[[2]int32]int{}
	inside := make([]int, nodes)
	toOther := make([]int, nodes) // ties of a drawn community to the folded ones
	for i := range u.N() {
		ci := s.community[i]
		if ci < 0 {
			continue
		}
		a := int32(slot[ci])
		for _, j := range u.Neighbors(i) {
			if int(j) <= i || s.community[j] < 0 {
				continue
			}
			b := int32(slot[s.community[j]])
			switch {
			case a == b:
				inside[a]++
			case int(a) == other:
				toOther[b]++
			case int(b) == other:
				toOther[a]++
			default:
				between[[2]int32{min(a, b), max(a, b)}]++
			}
		}
	}
	links := make([][3]int, 0, len(between))
	for k, c := range between {
		links = append(links, [3]int{int(k[0]), int(k[1]), c})
	}
	slices.SortFunc(links, func(x, y [3]int) int {
		if d := cmp.Compare(x[0], y[0]); d != 0 {
			return d
		}
		return cmp.Compare(x[1], y[1])
	})
	links = strongest(links, drawn)
	minLink, maxLink := math.MaxInt, 1
	for _, l := range links {
		minLink = min(minLink, l[2])
		maxLink = max(maxLink, l[2])
	}
	penOf := logScale(minLink, minPen, maxPen)
	v.between, v.links, v.inside, v.toOther = between, links, inside, toOther
	v.minLink, v.maxLink, v.penOf = minLink, maxLink, penOf
}

// communityTops finds each node's most common value of every attribute,
// for its label, colour and tooltip.
func (s *scene) communityTops(v *communityView) {
	slot, nodes := v.slot, v.nodes
	// Most common values per node, for labels, colour and tooltips.
	attrs := s.attributeOrder()
	enc := make([]diversity.Attribute, len(attrs))
	for k, a := range attrs {
		enc[k] = s.r.Encodings[a]
	}
	tops := make([][]valueShare, nodes) // per node, per attribute
	for k := range tops {
		tops[k] = make([]valueShare, len(enc))
	}
	for ai, e := range enc {
		counts := make([][]int, nodes)
		for k := range counts {
			counts[k] = make([]int, len(e.Categories))
		}
		for i, v := range e.Values {
			if v >= 0 && s.community[i] >= 0 {
				counts[slot[s.community[i]]][v]++
			}
		}
		for k := range nodes {
			best, total := -1, 0
			for v, c := range counts[k] {
				total += c
				if c > 0 && (best < 0 || c > counts[k][best] || (c == counts[k][best] && e.Categories[v] < e.Categories[best])) {
					best = v
				}
			}
			if best >= 0 {
				tops[k][ai] = valueShare{e.Name, e.Categories[best], float64(counts[k][best]) / float64(total)}
			}
		}
	}
	v.enc, v.tops = enc, tops
}

// measureCircles finds the largest and smallest drawn node and the
// number of members under which a circle is drawn at minWidth.
func (v *communityView) measureCircles() {
	members, drawn := v.members, v.drawn
	// Circle widths: area by members, the largest maxWidth wide.
	largest := 1
	for k := range drawn {
		largest = max(largest, members[k])
	}
	// floor is the number of members under which a circle is drawn at
	// minWidth; the legend says so when some are.
	floor := int(math.Ceil(float64(largest) * (minWidth / maxWidth) * (minWidth / maxWidth)))
	smallest := largest
	for k := range drawn {
		smallest = min(smallest, members[k])
	}
	v.largest, v.smallest, v.floor = largest, smallest, floor
}

// widthOf is node k's circle width: area by members, the largest
// maxWidth wide.
func (v *communityView) widthOf(k int) float64 {
	return max(minWidth, maxWidth*math.Sqrt(float64(v.members[k])/float64(v.largest)))
}

// communitiesLegend writes what a circle, its label, its colour and a
// line mean, and returns the colour of each node.
func (s *scene) communitiesLegend(v *communityView) (*legend, func(int) string) {
	n := len(s.node)
	order, slot, drawn, other, members := v.order, v.slot, v.drawn, v.other, v.members
	enc, tops, links, between := v.enc, v.tops, v.links, v.between
	largest, smallest, floor := v.largest, v.smallest, v.floor
	minLink, maxLink, penOf := v.minLink, v.maxLink, v.penOf
	// Legend: what a circle, its label, its colour and a line mean.
	lg := &legend{w: s.w}
	lg.title(s.w.t("render.communities.title", s.w.int(n)))
	if other >= 0 {
		lg.note(s.w.t("render.communities.largest", drawn, s.w.int(len(order)), s.w.int(n-members[other])))
	}
	// The ego's community: outlined thick and black.
	egoSlot := -1
	if c := s.egoCommunity(); c >= 0 {
		egoSlot = slot[c]
		if egoSlot == other {
			lg.note(s.w.t("render.communities.ego_folded"))
		} else {
			lg.swatchOutline("#FFFFFF", "#000000", outlineThick, s.w.n("render.communities.ego", members[egoSlot], s.w.int(members[egoSlot])))
		}
	}
	lg.title(s.w.t("render.legend.size"))
	lg.note(s.w.t("render.communities.area", s.w.int(largest), s.w.int(smallest)))
	if smallest < floor {
		lg.note(s.w.t("render.communities.floor", s.w.int(floor)))
	}
	lg.title(s.w.t("render.legend.label"))
	var first []string
	for _, e := range enc[:min(2, len(enc))] {
		first = append(first, labelText(e.Name))
	}
	if len(first) > 0 {
		lg.note(s.w.t("render.communities.label.values", s.w.and(first)))
		lg.note(s.w.t("render.communities.label.then"))
	} else {
		lg.note(s.w.t("render.communities.label.number"))
	}
	colorOf := func(int) string { return "#56B4E9" }
	if len(enc) > 0 {
		counts := map[string]int{}
		for k := range drawn {
			if v := tops[k][0].value; v != "" {
				counts[v] += members[k]
			}
		}
		p := newPalette(counts, s.w.otherValues)
		lg.title(s.w.t("render.communities.colour", labelText(enc[0].Name)))
		for _, c := range p.Legend {
			lg.swatch(c.Color, colorOutline, s.w.n("render.communities.colour.people", c.Count, labelText(c.Name), s.w.int(c.Count)))
		}
		colorOf = func(k int) string { return p.color(tops[k][0].value) }
	}
	lg.title(s.w.t("render.communities.lines"))
	if len(links) > 0 {
		for _, c := range lineKey(minLink, maxLink) {
			lg.line("#8C8C8C", penOf(c), "", s.w.n("render.ties", c, s.w.int(c)))
		}
		lg.note(s.w.t("render.communities.lines.log"))
	}
	if len(between) > len(links) {
		lg.note(s.w.t("render.communities.lines.strongest", s.w.int(len(links)), s.w.int(len(between))))
	}
	if other >= 0 {
		lg.title(s.w.t("render.communities.folded"))
		lg.swatchOutline(colorMissing, colorOutline, outlineDashed, s.w.t("render.communities.folded.1",
			s.w.int(len(order)-drawn), s.w.int(members[other])))
		lg.note(s.w.t("render.communities.folded.2"))
	}
	if s.opt.Anonymize {
		lg.note(s.w.t("render.communities.anonymized"))
	}
	v.egoSlot = egoSlot
	return lg, colorOf
}

// communitiesDOT writes the view's DOT: the graph's settings, a node per
// drawn community and one for the folded ones, and the links.
func (s *scene) communitiesDOT(v *communityView, lg *legend, colorOf func(int) string) *Picture {
	order, drawn, other, nodes, members := v.order, v.drawn, v.other, v.nodes, v.members
	tops, inside, toOther, links, penOf, egoSlot := v.tops, v.inside, v.toOther, v.links, v.penOf, v.egoSlot
	widthOf := v.widthOf
	fontOf := func(w float64) float64 {
		return minFont + (maxFont-minFont)*(w-minWidth)/(maxWidth-minWidth)
	}
	// sfdp at every size. Overlaps are removed with prism (sfdp's own
	// default), which moves circles apart only where they overlap: the
	// other views' overlap=scale scales the whole layout until the
	// closest pair of these large circles parts, which spread 49 circles
	// over 60–80 inches, and the engine then shrinks them to the PNG
	// bound. But prism triangulates the circles' centres, and when sfdp
	// has put a chain of communities on one line it returns NaN positions
	// (overlapMode). sep leaves a margin for the labels, a short spring
	// length (K) and a stronger repulsion give an even, compact spread
	// (about 30 inches for 49 circles), and size bounds it under the PNG
	// bound. The legend is set larger than the other views' (fontsize
	// last wins), to match the labels on a poster this size. No splines:
	// straight lines are cheap and read well between circles.
	layout := s.layoutFor("sfdp")
	var d dotWriter
	d.open("ties communities", layout, dedupe(append(append([]attr{
		raw("overlap", v.overlapMode()), raw("sep", `"+14"`), raw("K", "0.5"), raw("repulsiveforce", "1.5"),
		raw("size", posterSize), raw("splines", "false"), raw("class", `"ties-communities"`),
	}, lg.attrs()...), raw("fontsize", strconv.Itoa(minFont))))...)
	d.stmt("node", raw("shape", "circle"), raw("style", "filled"), raw("fixedsize", "true"),
		raw("fontname", quoteText(fontName)), raw("color", `"`+colorOutline+`"`), raw("penwidth", "1.2"))
	d.stmt("edge", raw("class", `"between"`), raw("color", `"#8C8C8C99"`))
	names := groupNodeNames(s.nw, nodes, "community")
	fontSize := make([]float64, nodes)
	for k := range nodes {
		var label, tip strings.Builder
		if k == other {
			label.WriteString(s.w.t("render.communities.other.label", s.w.int(len(order)-drawn), s.w.int(members[k])))
			tip.WriteString(s.w.t("render.communities.other.tip", s.w.int(len(order)-drawn), s.w.int(members[k])))
		} else {
			tip.WriteString(s.w.n("render.communities.tip", members[k], s.w.community(order[k]), s.w.int(members[k])))
			// The most common values, fitted inside the circle (fitCircle):
			// wrapped, set smaller, then cut until every line fits.
			var parts []string
			for _, t := range tops[k] {
				if t.value != "" && len(parts) < 2 {
					parts = append(parts, s.w.valuePct(words.Shorten(words.OneLine(t.value), labelValue), 100*t.share))
				}
			}
			w := widthOf(k)
			fitted, fs := fitCircle(parts, fmtInt(members[k]), w*72/2, fontOf(w))
			label.WriteString(fitted)
			fontSize[k] = fs
		}
		for _, t := range tops[k] {
			if t.value != "" {
				tip.WriteString("\n" + s.w.t("render.communities.tip.value", tipText(t.attr), tipText(t.value), s.w.percent(100*t.share)))
			}
		}
		if e := members[k] * (members[k] - 1) / 2; e > 0 {
			tip.WriteString("\n" + s.w.t("render.communities.tip.inside", s.w.int(inside[k]), s.w.dec(float64(inside[k])/float64(e), 3)))
		}
		if other >= 0 && k != other {
			tip.WriteString("\n" + s.w.t("render.communities.tip.to_folded", s.w.int(toOther[k])))
		}
		if k == other {
			d.node(names[k], raw("class", `"community other"`), raw("shape", "box"),
				raw("style", `"filled,dashed"`), raw("fixedsize", "false"), raw("margin", `"0.15,0.1"`),
				raw("fillcolor", `"`+colorMissing+`"`), raw("fontsize", strconv.Itoa(minFont)),
				text("label", label.String()), text("tooltip", tip.String()))
			continue
		}
		w := widthOf(k)
		fill := colorOf(k)
		a := []attr{raw("class", `"community"`), num("width", w), num("fontsize", fontSize[k]),
			raw("fillcolor", `"`+fill+`"`), raw("fontcolor", `"`+textOnColor(fill)+`"`),
			text("label", label.String()), text("tooltip", boundTip(tip.String()))}
		if k == egoSlot {
			a[0] = raw("class", `"community ego-community"`)
			a = append(a, raw("penwidth", "5"), raw("color", `"#000000"`))
		}
		d.node(names[k], a...)
	}
	for _, l := range links {
		d.edge(names[l[0]], names[l[1]], num("penwidth", penOf(l[2])),
			text("tooltip", s.w.n("render.ties", l[2], s.w.int(l[2]))))
	}
	d.close()
	return &Picture{DOT: d.b.Bytes(), Layout: layout, View: ViewCommunities, Shown: nodes}
}

// overlapMode is how Graphviz removes the circles' overlaps: prism, or
// scale when the links join some communities into a chain (a connected
// component of three or more nodes, none with more than two links, no
// cycle). sfdp can put a chain exactly on a line (it did for chains of 3,
// 4 and 5), and prism, which triangulates the circles' centres, cannot
// triangulate points on a line: Graphviz 12 (WebAssembly) then returns
// NaN for the chain's positions, and the picture was empty. scale needs
// no triangulation. (The engine also checks every layout and lays a
// broken one out again with another program; this keeps sfdp's.)
func (v *communityView) overlapMode() string {
	adj := make([][]int, v.nodes)
	for _, l := range v.links {
		adj[l[0]] = append(adj[l[0]], l[1])
		adj[l[1]] = append(adj[l[1]], l[0])
	}
	seen := make([]bool, v.nodes)
	for start := range v.nodes {
		if seen[start] {
			continue
		}
		// The component of start: its nodes, links and highest degree.
		nodes, ends, maxDeg := 0, 0, 0
		stack := []int{start}
		seen[start] = true
		for len(stack) > 0 {
			k := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			nodes++
			ends += len(adj[k])
			maxDeg = max(maxDeg, len(adj[k]))
			for _, j := range adj[k] {
				if !seen[j] {
					seen[j] = true
					stack = append(stack, j)
				}
			}
		}
		if links := ends / 2; nodes >= 3 && maxDeg <= 2 && links == nodes-1 {
			return "scale"
		}
	}
	return "prism"
}

// logScale maps a tie count to a line width by its logarithm: lo gets a,
// and every doubling adds (b-a)/4, up to b at 16 times lo. Normalising the
// weakest to the strongest instead would draw 45 and 90 ties as a hair
// and a rope.
func logScale(lo int, a, b float64) func(int) float64 {
	if lo < 1 {
		lo = 1
	}
	return func(c int) float64 {
		x := math.Log2(float64(max(c, lo))/float64(lo)) / 4
		return a + (b-a)*min(1, x)
	}
}

// lineKey picks the tie counts the legend shows line widths for: the
// weakest and strongest link drawn and, when they are far apart, one
// round number between them on the log scale.
func lineKey(lo, hi int) []int {
	if lo >= hi {
		return []int{hi}
	}
	out := []int{lo}
	if hi >= 4*lo {
		mid := roundNice(math.Sqrt(float64(lo) * float64(hi)))
		if mid > lo && mid < hi {
			out = append(out, mid)
		}
	}
	return append(out, hi)
}

// roundNice rounds x to 1, 2 or 5 times a power of ten.
func roundNice(x float64) int {
	p := math.Pow(10, math.Floor(math.Log10(x)))
	for _, m := range []float64{1, 2, 5, 10} {
		if x <= m*p*1.5 {
			return int(m * p)
		}
	}
	return int(10 * p)
}

// textOnColor is black or white, whichever reads better on the fill
// "#RRGGBB" (by its relative luminance, WCAG).
func textOnColor(fill string) string {
	if len(fill) != 7 || fill[0] != '#' {
		return "#000000"
	}
	lin := func(h string) float64 {
		v, err := strconv.ParseUint(h, 16, 8)
		if err != nil {
			return 1
		}
		c := float64(v) / 255
		if c <= 0.04045 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	l := 0.2126*lin(fill[1:3]) + 0.7152*lin(fill[3:5]) + 0.0722*lin(fill[5:7])
	// Contrast with black (l+0.05)/0.05 against white 1.05/(l+0.05).
	if (l+0.05)/0.05 >= 1.05/(l+0.05) {
		return "#000000"
	}
	return "#FFFFFF"
}

type valueShare struct {
	attr, value string
	share       float64
}

// attributeOrder is the attributes communities are described by: ColorBy
// first when it names one, then the data's order.
func (s *scene) attributeOrder() []int {
	var out []int
	if a, ok := s.nw.AttributeIndex(s.opt.ColorBy); ok {
		out = append(out, a)
	}
	for a := range s.nw.Attributes {
		if !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

// strongest keeps a readable number of links: each node's 2 strongest and
// the overall strongest up to 2 per node. links is sorted by (a, b) and
// stays so.
func strongest(links [][3]int, nodes int) [][3]int {
	limit := 2 * nodes
	if len(links) <= limit {
		return links
	}
	byCount := slices.Clone(links)
	slices.SortFunc(byCount, func(x, y [3]int) int {
		if d := cmp.Compare(y[2], x[2]); d != 0 {
			return d
		}
		if d := cmp.Compare(x[0], y[0]); d != 0 {
			return d
		}
		return cmp.Compare(x[1], y[1])
	})
	keep := map[[2]int]bool{}
	per := make([]int, nodes)
	for _, l := range byCount {
		if per[l[0]] < 2 || per[l[1]] < 2 {
			keep[[2]int{l[0], l[1]}] = true
			per[l[0]]++
			per[l[1]]++
		}
	}
	for _, l := range byCount {
		if len(keep) >= limit {
			break
		}
		keep[[2]int{l[0], l[1]}] = true
	}
	out := links[:0:0]
	for _, l := range links {
		if keep[[2]int{l[0], l[1]}] {
			out = append(out, l)
		}
	}
	return out
}

// fitCircle sets a community's label inside its circle of radius r
// (points): the values (parts) and the last line (the number of people),
// at the largest font size from size down to minFit points at which every
// line, wrapped at spaces, fits the circle's chord at its height, measured
// generously (textWidth). When nothing fits, the second value goes, then
// the first is cut shorter, and at last only the number is left. It
// returns the label and its font size.
func fitCircle(parts []string, last string, r, size float64) (string, float64) {
	const minFit = 9
	r -= 4 // the outline and a margin
	tries := [][]string{parts}
	if len(parts) > 1 {
		tries = append(tries, parts[:1])
	}
	if len(parts) > 0 {
		for _, n := range []int{16, 10} {
			tries = append(tries, []string{words.Shorten(parts[0], n)})
		}
	}
	tries = append(tries, nil)
	for _, ps := range tries {
		for fs := math.Floor(size); fs >= minFit; fs-- {
			for runes := 28; runes >= 5; runes-- {
				var lines []string
				for _, p := range ps {
					lines = append(lines, strings.Split(words.Wrap(p, runes, "", ""), "\n")...)
				}
				lines = append(lines, last)
				if linesFit(lines, r, fs) {
					return strings.Join(lines, "\n"), fs
				}
			}
		}
	}
	return last, minFit
}

// linesFit reports whether lines of text at size points, centred in a
// circle of radius r, each fit the chord at their height.
func linesFit(lines []string, r, size float64) bool {
	lh := size * lineHeight
	top := float64(len(lines)) * lh / 2
	for k, l := range lines {
		y0 := top - float64(k)*lh // the line's upper edge, from the centre
		y := math.Max(math.Abs(y0), math.Abs(y0-lh))
		if y >= r {
			return false
		}
		if textWidth(l, size) > 2*math.Sqrt(r*r-y*y) {
			return false
		}
	}
	return true
}
