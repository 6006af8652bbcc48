package render

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/outputs/words"
)

// maxGroupMap is the most networks the group map draws: the ego's
// networks first, then the others by what they bring (score) or size.
// More circles than this, each with its name inside, no longer fit a page.
const maxGroupMap = 40

// sequential7 is ColorBrewer's 7-class YlGnBu: light for little, dark for
// much, safe for colour-blind readers and in greyscale print.
var sequential7 = []string{"#FFFFCC", "#C7E9B4", "#7FCDBB", "#41B6C4", "#1D91C0", "#225EA8", "#0C2C84"}

// groupMap draws one circle per network, its area by its members (the ego
// not counted), linked by the members two networks share — the ego never
// counted, since every network the ego is in holds the ego
// (docs/spec/evaluate.md § Notation) — with the number on the line. With
// an evaluation from the ego's point of view, each circle is filled by
// what the network brings the ego: the people the ego reaches only
// through it (evaluate's score), and says its verdict; networks the ego is
// not in have a dashed outline. Without one (no ego), the fill is the
// mean diversity (IQV) of its members. Lines are straight and none passes
// under a circle: circles in the way are moved aside (clearLines).
func (s *scene) groupMap() (*Picture, error) {
	if len(s.nw.Groups) == 0 {
		return nil, fmt.Errorf("the group map: %w", ErrNoMemberships)
	}
	v := s.groupMapNetworks()
	v.links, v.maxShared = sharedLinks(v.shown, v.members)
	s.groupMapCircles(v)
	v.layout, v.pinned = s.layoutChoice(len(v.shown))
	v.place()
	lg := s.groupMapLegend(v)
	sh := &sheet{pinned: v.pinned}
	items := s.groupMapItems(sh, v)
	s.groupMapLines(sh, v, items)
	sh.finish()

	var d dotWriter
	d.open("ties group map", v.layout, append(append([]attr{raw("class", `"ties-groupmap"`)}, sh.graphAttrs()...), lg.attrs()...)...)
	d.stmt("node", raw("shape", "circle"), raw("style", "filled"), raw("fixedsize", "true"), raw("fontname", quoteText(fontName)),
		raw("fontsize", "11"), raw("color", `"`+colorOutline+`"`))
	sh.write(&d, s.labelNames)
	d.close()
	return &Picture{DOT: d.b.Bytes(), Layout: v.layout, Pinned: v.pinned, View: ViewGroupMap, Shown: len(v.shown)}, nil
}

// groupMapView is what the group map draws.
type groupMapView struct {
	ev        *evaluate.Result // from the ego's point of view, or nil
	byGroup   map[int]*evaluate.Network
	members   [][]int // each network's members, without the ego
	egoIn     []bool
	shown     []int // the networks drawn, in order
	links     []mapLink
	maxShared int
	values    []float64 // each drawn network's fill: score or mean IQV
	cl        classes
	texts     []string
	radius    []float64
	layout    string
	pinned    bool
	at        []point
	bend      map[int]point // link index -> the point it bends at
	dropped   int           // links that no bend keeps clear
}

// mapLink is a line of the group map: drawn networks a and b and the n
// members they share.
type mapLink struct{ a, b, n int }

// score is network g's score in the evaluation, or NaN.
func (v *groupMapView) score(g int) float64 {
	if n := v.byGroup[g]; n != nil {
		return n.Score
	}
	return math.NaN()
}

// groupMapNetworks finds each network's members without the ego and the
// networks drawn: the ego's first, then by score, members and name, at
// most maxGroupMap.
func (s *scene) groupMapNetworks() *groupMapView {
	nw := s.nw
	v := &groupMapView{}
	ego := nw.Ego
	ev := s.opt.Evaluation
	if ev != nil && (ev.Population || ev.Ego != ego) {
		ev = nil
	}
	byGroup := map[int]*evaluate.Network{}
	if ev != nil {
		for _, n := range ev.Networks {
			byGroup[n.Group] = n
		}
	}
	members := make([][]int, len(nw.Groups)) // without the ego
	egoIn := make([]bool, len(nw.Groups))
	for g, grp := range nw.Groups {
		for _, m := range grp.Members {
			if m == ego {
				egoIn[g] = true
			} else {
				members[g] = append(members[g], m)
			}
		}
		slices.Sort(members[g])
		members[g] = slices.Compact(members[g])
	}
	v.ev, v.byGroup, v.members, v.egoIn = ev, byGroup, members, egoIn
	score := v.score
	// The networks drawn.
	order := make([]int, len(nw.Groups))
	for g := range order {
		order[g] = g
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if egoIn[a] != egoIn[b] {
			if egoIn[a] {
				return -1
			}
			return 1
		}
		sa, sb := score(a), score(b)
		if finite(sa) && finite(sb) && sa != sb {
			return cmp.Compare(sb, sa)
		}
		return cmp.Or(cmp.Compare(len(members[b]), len(members[a])), strings.Compare(nw.Groups[a].Name, nw.Groups[b].Name))
	})
	shown := order[:min(len(order), maxGroupMap)]
	slices.Sort(shown)
	v.shown = shown
	return v
}

// sharedLinks counts the members each two drawn networks share (the ego
// left out: members are without it), and returns the links by their ends
// with the largest count.
func sharedLinks(shown []int, members [][]int) ([]mapLink, int) {
	slot := map[int]int{}
	for k, g := range shown {
		slot[g] = k
	}
	shared := map[[2]int]int{}
	groupsOf := map[int][]int{}
	for _, g := range shown {
		for _, m := range members[g] {
			groupsOf[m] = append(groupsOf[m], slot[g])
		}
	}
	for _, gs := range groupsOf {
		for x := range gs {
			for y := x + 1; y < len(gs); y++ {
				shared[[2]int{min(gs[x], gs[y]), max(gs[x], gs[y])}]++
			}
		}
	}
	var links []mapLink
	maxShared := 1
	for k, n := range shared {
		links = append(links, mapLink{k[0], k[1], n})
		maxShared = max(maxShared, n)
	}
	slices.SortFunc(links, func(x, y mapLink) int { return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) })
	return links, maxShared
}

// groupMapCircles gives each drawn network its fill value and colour
// classes (by score classes, or by diversity), its text and its radius:
// area by members, never smaller than its text needs.
func (s *scene) groupMapCircles(v *groupMapView) {
	nw, ev, byGroup, members, shown, score := s.nw, v.ev, v.byGroup, v.members, v.shown, v.score
	values := make([]float64, len(shown))
	for k, g := range shown {
		if ev != nil {
			values[k] = score(g)
		} else {
			values[k] = s.meanIQV(g)
		}
	}
	cl := newClasses(values, ev == nil)
	largest := 1
	for _, g := range shown {
		largest = max(largest, len(members[g]))
	}
	texts := make([]string, len(shown))
	radius := make([]float64, len(shown))
	for k, g := range shown {
		t := words.Wrap(labelText(nw.Groups[g].Name), 16, "", "")
		t += "\n" + s.w.n("render.members", len(members[g]), s.w.int(len(members[g])))
		if n := byGroup[g]; n != nil {
			t += "\n" + s.w.t("render.groupmap.only_here", s.w.num(n.Score))
			if n.Verdict != "" {
				t += "\n" + words.Wrap(s.w.verdict(n.Verdict), 14, "", "")
			}
		}
		texts[k] = t
		// Area by members; never smaller than its text needs.
		r := 30 + 42*math.Sqrt(float64(len(members[g]))/float64(largest))
		for !linesFit(strings.Split(t, "\n"), r-4, 11) && r < 400 {
			r += 2
		}
		radius[k] = r
	}
	v.values, v.cl, v.texts, v.radius = values, cl, texts, radius
}

// place lays the circles out (stress majorization when pinned), moves
// circles off the lines, and bends once, around it, a line that still
// passes under a circle, dropping those that cannot.
func (v *groupMapView) place() {
	shown, links, radius, pinned := v.shown, v.links, v.radius, v.pinned
	var at []point
	var bend map[int]point
	dropped := 0
	if pinned {
		var se []stressEdge
		for _, l := range links {
			se = append(se, stressEdge{l.a, l.b, radius[l.a] + radius[l.b] + 60})
		}
		at = stressLayout(len(shown), se, radius, 24)
		segs := make([][2]int, len(links))
		for k, l := range links {
			segs[k] = [2]int{l.a, l.b}
		}
		var blocked []bool
		at, blocked = clearLines(at, radius, segs, 8)
		// A line that still passes under a circle bends once, around it.
		bend = map[int]point{}
		kept := links[:0]
		for k, l := range links {
			if blocked[k] {
				p, ok := bendAround(at, radius, l.a, l.b, 8)
				if !ok {
					dropped++
					continue
				}
				bend[len(kept)] = p
			}
			kept = append(kept, l)
		}
		links = kept
	} else {
		at = make([]point, len(shown))
	}

	v.at, v.bend, v.dropped, v.links = at, bend, dropped, links
}

// groupMapLegend says what the fill, the outlines, the lines and the
// circles' areas mean, and what is left out.
func (s *scene) groupMapLegend(v *groupMapView) *legend {
	nw, ego, ev, cl, values, shown, dropped := s.nw, s.nw.Ego, v.ev, v.cl, v.values, v.shown, v.dropped
	lg := &legend{w: s.w}
	if ev != nil {
		lg.title(s.w.t("render.groupmap.title.brings"))
		lg.note(s.w.t("render.groupmap.fill.score.1"))
		lg.note(s.w.t("render.groupmap.fill.score.2"))
	} else {
		lg.title(s.w.t("render.groupmap.title.diversity"))
		if len(s.r.Attributes) > 0 {
			names := make([]string, len(s.r.Attributes))
			for k, a := range s.r.Attributes {
				names[k] = labelText(a.Name())
			}
			lg.note(s.w.t("render.groupmap.fill.iqv", s.w.and(names)))
			lg.note(s.w.t("render.groupmap.fill.iqv_scale"))
		}
	}
	for c := range cl.bounds {
		var who []string
		for k, g := range shown {
			if cl.of(values[k]) == c {
				who = append(who, labelText(nw.Groups[g].Name))
			}
		}
		what := cl.label(c, s.w)
		if ev != nil {
			what = s.w.n("render.groupmap.class.people", int(cl.bounds[c][1]), what)
		} else {
			what = s.w.t("render.groupmap.class.iqv", what)
		}
		lg.swatch(cl.color(c), colorOutline, what+": "+s.w.some(who, 3))
	}
	if cl.missing(values) {
		lg.swatch("#EEEEEE", colorOutline, s.w.t("render.not_known"))
	}
	if ego >= 0 {
		lg.swatchOutline("#FFFFFF", "#000000", outlineThick, s.w.t("render.groupmap.member"))
		lg.swatchOutline("#FFFFFF", "#555555", outlineDashed, s.w.t("render.groupmap.not_member"))
	}
	lg.title(s.w.t("render.legend.lines"))
	if ego >= 0 {
		lg.line("#777777", 3, "", s.w.t("render.groupmap.line.ego"))
	} else {
		lg.line("#777777", 3, "", s.w.t("render.groupmap.line"))
	}
	lg.note(s.w.t("render.groupmap.area"))
	if len(shown) < len(nw.Groups) {
		lg.note(s.w.t("render.groupmap.more", len(nw.Groups)-len(shown), len(shown)))
	}
	if dropped > 0 {
		lg.note(s.w.t("render.groupmap.dropped", dropped))
	}
	return lg
}

// groupMapItems adds a circle per drawn network: filled by its class,
// outlined by whether the ego is a member, with its tooltip.
func (s *scene) groupMapItems(sh *sheet, v *groupMapView) []*item {
	nw, ego, byGroup, egoIn, shown, values, cl, texts, radius, at := s.nw, s.nw.Ego, v.byGroup, v.egoIn, v.shown, v.values, v.cl, v.texts, v.radius, v.at
	groupNode := groupNodeNames(nw, len(nw.Groups), "group")
	items := make([]*item, len(shown))
	for k, g := range shown {
		fill := "#EEEEEE"
		if finite(values[k]) {
			fill = cl.color(cl.of(values[k]))
		}
		tip := s.groupTooltip(g)
		if n := byGroup[g]; n != nil {
			tip += "\n" + s.w.t("render.groupmap.tip.score", s.w.num(n.Score))
			if n.Verdict != "" {
				tip += "\n" + s.w.t("render.groupmap.tip.verdict", s.w.verdict(n.Verdict))
			}
		} else if finite(values[k]) {
			tip += "\n" + s.w.t("render.groupmap.tip.iqv", s.w.dec(values[k], 2))
		}
		a := []attr{raw("class", `"group"`), text("id", s.groupID(g)),
			num("width", 2*radius[k]/72), raw("fillcolor", `"`+fill+`"`), raw("fontcolor", `"`+textOnColor(fill)+`"`),
			text("label", texts[k]), text("tooltip", boundTip(tip))}
		switch {
		case ego >= 0 && egoIn[g]:
			a[0] = raw("class", `"group member"`)
			a = append(a, raw("penwidth", "2.5"), raw("color", `"#000000"`))
		case ego >= 0:
			a[0] = raw("class", `"group not-member"`)
			a = append(a, raw("style", `"filled,dashed"`), raw("penwidth", "2"), raw("color", `"#555555"`))
		}
		items[k] = sh.add(&item{name: groupNode[g], attrs: a, at: at[k], r: radius[k] + 2})
	}
	return items
}

// groupMapLines adds the lines between networks, their width by the
// members shared and the number on them; a bent line is two straight
// halves through an invisible point.
func (s *scene) groupMapLines(sh *sheet, v *groupMapView, items []*item) {
	nw, ego, shown, links, maxShared, bend, at, pinned := s.nw, s.nw.Ego, v.shown, v.links, v.maxShared, v.bend, v.at, v.pinned
	bendNames := groupNodeNames(nw, len(links), "bend")
	for k, l := range links {
		an, bn := nw.Groups[shown[l.a]].Name, nw.Groups[shown[l.b]].Name
		code := "render.groupmap.tip.shared"
		if ego >= 0 {
			code = "render.groupmap.tip.shared.ego"
		}
		tip := s.w.n(code, l.n, tipText(an), tipText(bn), l.n)
		attrs := []attr{raw("class", `"shared-members"`), num("penwidth", 1+6*float64(l.n)/float64(maxShared)),
			raw("color", `"#777777"`), text("tooltip", tip)}
		label := &itemLabel{text: fmt.Sprint(l.n), size: 10, color: "#333333", tooltip: tip}
		if p, ok := bend[k]; ok {
			// Two straight halves through an invisible point.
			b := sh.add(&item{name: bendNames[k], at: p, decor: true, attrs: []attr{
				raw("class", `"bend"`), raw("shape", "point"), raw("width", "0.01"), raw("style", "invis")}})
			sh.edges = append(sh.edges,
				sheetEdge{a: items[l.a].name, b: b.name, seg: segment{at[l.a], p}, attrs: attrs, label: label},
				sheetEdge{a: b.name, b: items[l.b].name, seg: segment{p, at[l.b]}, attrs: attrs})
			continue
		}
		e := sheetEdge{a: items[l.a].name, b: items[l.b].name, seg: segment{at[l.a], at[l.b]}, attrs: attrs}
		if pinned {
			e.label = label
		} else {
			e.attrs = append(e.attrs, text("label", fmt.Sprint(l.n)), raw("fontsize", "10"), raw("fontcolor", `"#333333"`))
		}
		sh.edges = append(sh.edges, e)
	}
}

// classes split values into at most 7 colour classes without putting two
// different values together when there are 7 or fewer of them: each
// distinct value is its own class. With more, consecutive distinct values
// are joined into classes of about equal numbers of networks. The colours
// are spread over the 7-class scale, so that two classes never look
// alike.
type classes struct {
	bounds [][2]float64 // each class's smallest and largest value
	ratio  bool         // values are shares (IQV): two decimals
}

func newClasses(values []float64, ratio bool) classes {
	var vs []float64
	for _, v := range values {
		if finite(v) {
			vs = append(vs, v)
		}
	}
	slices.Sort(vs)
	distinct := slices.Compact(slices.Clone(vs))
	c := classes{ratio: ratio}
	if ratio {
		// Shares are compared as shown: to two decimals.
		for k := range distinct {
			distinct[k] = math.Round(distinct[k]*100) / 100
		}
		distinct = slices.Compact(distinct)
	}
	if len(distinct) <= len(sequential7) {
		for _, v := range distinct {
			c.bounds = append(c.bounds, [2]float64{v, v})
		}
		return c
	}
	// Runs of consecutive distinct values, each class starting where the
	// networks with smaller values reach the next seventh of all.
	count := map[float64]int{}
	for _, v := range vs {
		if ratio {
			v = math.Round(v*100) / 100
		}
		count[v]++
	}
	cum, last := 0, -1
	for _, v := range distinct {
		if k := cum * len(sequential7) / len(vs); k > last {
			c.bounds = append(c.bounds, [2]float64{v, v})
			last = k
		} else {
			c.bounds[len(c.bounds)-1][1] = v
		}
		cum += count[v]
	}
	return c
}

// of returns the class of v.
func (c classes) of(v float64) int {
	if c.ratio {
		v = math.Round(v*100) / 100
	}
	for k, b := range c.bounds {
		if v <= b[1] {
			return k
		}
	}
	return len(c.bounds) - 1
}

// color is class k's fill.
func (c classes) color(k int) string {
	n := len(c.bounds)
	if n <= 1 {
		return sequential7[3]
	}
	return sequential7[int(math.Round(float64(k)*float64(len(sequential7)-1)/float64(n-1)))]
}

// label describes class k ("8", "4–7", "0.71") with w's numbers.
func (c classes) label(k int, w wording) string {
	f := func(x float64) string {
		if c.ratio {
			return w.dec(x, 2)
		}
		return w.num(x)
	}
	b := c.bounds[k]
	if b[0] == b[1] {
		return f(b[0])
	}
	return f(b[0]) + "–" + f(b[1])
}

func (c classes) missing(values []float64) bool {
	for _, v := range values {
		if !finite(v) {
			return true
		}
	}
	return false
}

// clearLines moves circles off the straight lines between other circles:
// for every line and every other circle it passes under (within margin of
// its edge), the circle is pushed away from the line, and overlapping
// circles are then parted again; repeated until no line passes under a
// circle or 300 rounds have passed. It returns the new positions and, per
// line, whether it still passes under a circle.
func clearLines(at []point, r []float64, lines [][2]int, margin float64) ([]point, []bool) {
	at = slices.Clone(at)
	blocked := make([]bool, len(lines))
	for round := range 300 {
		clean := true
		for _, l := range lines {
			a, b := at[l[0]], at[l[1]]
			for c := range at {
				if c == l[0] || c == l[1] {
					continue
				}
				d, foot := distToSegment(at[c], a, b)
				need := r[c] + margin
				if d >= need {
					continue
				}
				clean = false
				dx, dy := at[c].x-foot.x, at[c].y-foot.y
				if d < 1e-9 {
					dx, dy, d = -(b.y - a.y), b.x-a.x, math.Hypot(b.x-a.x, b.y-a.y)
				}
				push := (need - d) + 1
				at[c].x += dx / d * push
				at[c].y += dy / d * push
			}
		}
		separate(at, r, 24)
		if clean && round > 0 {
			break
		}
	}
	for k, l := range lines {
		for c := range at {
			if c != l[0] && c != l[1] {
				if d, _ := distToSegment(at[c], at[l[0]], at[l[1]]); d < r[c] {
					blocked[k] = true
				}
			}
		}
	}
	return at, blocked
}

// bendAround finds a point p off the line from a to b such that the two
// straight halves a–p and p–b pass under no circle (with margin): tried at
// growing distances either side of the line, near its middle first.
func bendAround(at []point, r []float64, a, b int, margin float64) (point, bool) {
	pa, pb := at[a], at[b]
	dx, dy := pb.x-pa.x, pb.y-pa.y
	n := math.Hypot(dx, dy)
	if n == 0 {
		return point{}, false
	}
	nx, ny := -dy/n, dx/n
	clear := func(p, q point) bool {
		for c := range at {
			if c == a || c == b {
				continue
			}
			if d, _ := distToSegment(at[c], p, q); d < r[c]+margin {
				return false
			}
		}
		return true
	}
	for off := 30.0; off <= 600; off += 30 {
		for _, t := range []float64{0.5, 0.35, 0.65} {
			for _, side := range []float64{1, -1} {
				p := point{pa.x + t*dx + side*off*nx, pa.y + t*dy + side*off*ny}
				if clear(pa, p) && clear(p, pb) {
					return p, true
				}
			}
		}
	}
	return point{}, false
}

// distToSegment is the distance from p to segment ab, and the nearest
// point on it.
func distToSegment(p, a, b point) (float64, point) {
	dx, dy := b.x-a.x, b.y-a.y
	l2 := dx*dx + dy*dy
	t := 0.0
	if l2 > 0 {
		t = max(0, min(1, ((p.x-a.x)*dx+(p.y-a.y)*dy)/l2))
	}
	f := point{a.x + t*dx, a.y + t*dy}
	return math.Hypot(p.x-f.x, p.y-f.y), f
}
