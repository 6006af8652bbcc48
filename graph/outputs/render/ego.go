package render

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/tiesnet/ties/graph/outputs/words"
)

// ego draws one person in the centre and their contacts on a ring around
// hubs, one hub per network ego and contact share (or per community): a
// hub with many mutually tied contacts is a redundant cluster, contacts
// under different hubs with no tie between them are the structural holes
// ego spans. Contacts in several of ego's networks are drawn with a double
// outline and a line to each hub.
//
// Contacts are ego's neighbours in the ties plus, with networks, the other
// members of ego's networks (dashed outline when there is no tie yet):
// what a network could bring, not only what it has brought. When that is
// more than Options.CollapseAbove people, the view is grouped
// (egoGrouped).
func (s *scene) ego() (*Picture, error) {
	ego := s.nw.Ego
	if s.opt.Ego != "" {
		i, ok := s.nw.Index(s.opt.Ego)
		if !ok {
			return nil, fmt.Errorf("no person with id %q for the ego view", s.opt.Ego)
		}
		ego = i
	}
	if ego < 0 {
		return nil, ErrNoEgo
	}
	// The ego's contacts are its neighbours in the ties (C(e) of
	// docs/spec/evaluate.md), not the people it only shares a network
	// with, even when the analysis counts those as ties.
	edges := s.edges()
	tied := map[int]bool{}
	for _, j := range s.r.Views.Tie.Neighbors(ego) {
		if int(j) != ego {
			tied[int(j)] = true
		}
	}
	var hubs []egoHub
	byNetworks := s.opt.EgoGroups != "communities"
	if byNetworks {
		for _, g := range s.nw.Groups {
			if !slices.Contains(g.Members, ego) {
				continue
			}
			h := egoHub{name: g.Name, network: true}
			for _, m := range g.Members {
				if m != ego {
					h.members = append(h.members, m)
				}
			}
			slices.Sort(h.members)
			h.members = slices.Compact(h.members)
			h.total = len(h.members)
			hubs = append(hubs, h)
		}
		if len(hubs) == 0 && s.opt.EgoGroups == "" {
			byNetworks = false // ego belongs to no network: fall back
		}
	}
	shown := map[int]bool{}
	for i := range tied {
		shown[i] = true
	}
	for _, h := range hubs {
		for _, m := range h.members {
			shown[m] = true
		}
	}
	if len(shown) > s.opt.CollapseAbove {
		return s.egoGrouped(ego, edges, tied, hubs, byNetworks, len(shown))
	}
	if !byNetworks {
		hubs = s.communityHubs(sortedKeys(tied))
	}
	shown[ego] = true
	people := sortedKeys(shown)
	return s.drawEgo(ego, edges, tied, hubs, people, byNetworks, nil)
}

// egoHub is one hub of the ego view: a network of the ego's or a
// community of the ego's contacts.
type egoHub struct {
	name    string
	network bool
	members []int // drawn members (never the ego), ascending
	total   int   // all members but the ego
	// hidden are the members not drawn one by one (grouped view), and
	// hiddenContacts how many of them are the ego's contacts.
	hidden, hiddenContacts int
}

// communityHubs groups people by community, one hub per community named
// by its most common values, largest first.
func (s *scene) communityHubs(people []int) []egoHub {
	byComm := map[int][]int{}
	for _, i := range people {
		c := -1
		if s.community != nil {
			c = s.community[i]
		}
		byComm[c] = append(byComm[c], i)
	}
	var hubs []egoHub
	for c, ms := range byComm {
		hubs = append(hubs, egoHub{name: s.communityLabel(ms, s.w.community(c)), members: ms, total: len(ms)})
	}
	slices.SortFunc(hubs, func(a, b egoHub) int {
		return cmp.Or(cmp.Compare(len(b.members), len(a.members)), cmp.Compare(a.members[0], b.members[0]))
	})
	return hubs
}

func sortedKeys(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// egoDraw says how a grouped ego view differs: who is labelled and the
// legend's lines on grouping.
type egoDraw struct {
	labelled map[int]float64 // person -> label priority
	notes    []string
	why      map[int]string // person -> why drawn, for the class
}

// drawEgo writes the ego view: ego in the centre, hubs on the inner ring,
// people on the outer ring in one sector per hub (radial.go).
func (s *scene) drawEgo(ego int, edges []edge, tied map[int]bool, hubs []egoHub, people []int, byNetworks bool, g *egoDraw) (*Picture, error) {
	drawn := map[int]bool{}
	for _, i := range people {
		drawn[i] = true
	}
	memberOf := map[int][]int{}
	for k, h := range hubs {
		for _, m := range h.members {
			if drawn[m] {
				memberOf[m] = append(memberOf[m], k)
			}
		}
	}
	ringPeople := slices.DeleteFunc(slices.Clone(people), func(i int) bool { return i == ego })
	order, sectors := ringSectors(len(hubs), ringPeople, memberOf, func(i int) int {
		if s.community == nil {
			return 0
		}
		return s.community[i]
	})
	angle, mid := ringAngles(sectors)

	hubPal := s.hubColors(hubs)
	sizes, sizeText := s.sizeMetric()
	width := scale(sizes, 0.15, 0.4)
	top := s.topBrokers()
	labelAll, labelled := egoLabels(g, ringPeople, top)

	// Geometry.
	maxR := 0.0
	for _, i := range ringPeople {
		maxR = max(maxR, width(i)*72/2+4)
	}
	hubW, hubH := make([]float64, len(hubs)), make([]float64, len(hubs))
	hubLabel := make([]string, len(hubs))
	for k, h := range hubs {
		hubLabel[k] = s.hubText(h)
		hubW[k], hubH[k] = textBox(hubLabel[k], 11, 7)
	}
	hubAngle := hubAngles(hubs, sectors, mid, angle, order)
	byAngle := make([]int, len(hubs))
	for k := range byAngle {
		byAngle[k] = k
	}
	slices.SortFunc(byAngle, func(a, b int) int { return cmp.Compare(hubAngle[b], hubAngle[a]) })
	as, ws, hs := make([]float64, len(hubs)), make([]float64, len(hubs)), make([]float64, len(hubs))
	for k, h := range byAngle {
		as[k], ws[k], hs[k] = hubAngle[h], hubW[h], hubH[h]
	}
	egoLabel := words.Shorten(words.OneLine(s.name[ego]), 24)
	egoW, _ := textBox(egoLabel, 12, 8)
	egoR := max(32, egoW/2+4)
	largestHub := 0.0
	for k := range hubs {
		largestHub = max(largestHub, math.Hypot(hubW[k], hubH[k])/2)
	}
	r1 := hubRadius(as, ws, hs, 14, egoR+largestHub+40)
	slots := float64(len(ringPeople) + len(sectors))
	r2 := max(r1+largestHub+70, slots*(2*maxR+7)/(2*math.Pi), 160)

	layout, pinned := s.layoutChoice(len(people) + len(hubs))
	if s.opt.Layout == "" {
		pinned, layout = true, "neato" // rings at any size: positions are cheap
	}
	sh := &sheet{pinned: pinned}
	lg := s.egoLegend(ego, byNetworks, g, sizeText)

	egoItem := sh.add(&item{name: s.node[ego], at: point{}, r: egoR + 4, attrs: []attr{
		raw("class", `"person ego"`), text("id", "person-"+s.node[ego]), text("tooltip", s.tooltip(ego)),
		raw("shape", "doublecircle"), num("width", 2*egoR/72), raw("fillcolor", `"#000000"`), raw("fontcolor", `"#FFFFFF"`),
		text("label", egoLabel), raw("fontsize", "12"), raw("color", `"#000000"`)}})
	hubNode := groupNodeNames(s.nw, len(hubs), "hub")
	hubItems := make([]*item, len(hubs))
	for k, h := range hubs {
		cls := `"group"`
		if !h.network {
			cls = `"group community"`
		}
		hubItems[k] = sh.add(&item{name: hubNode[k], at: polar(r1, hubAngle[k]), w: hubW[k], h: hubH[k], attrs: []attr{
			raw("class", cls), raw("shape", "box"), raw("style", `"rounded,filled"`), raw("fixedsize", "true"),
			num("width", hubW[k]/72), num("height", hubH[k]/72), raw("fillcolor", `"`+hubPal[k]+`"`),
			raw("fontcolor", `"`+textOnColor(hubPal[k])+`"`),
			text("label", hubLabel[k]), raw("fontsize", "11"), text("tooltip", s.hubTip(h))}})
	}
	items := map[int]*item{ego: egoItem}
	ring := &egoRing{memberOf: memberOf, hubPal: hubPal, angle: angle, r2: r2, width: width, g: g,
		labelAll: labelAll, labelled: labelled, top: top, byNetworks: byNetworks, tied: tied}
	for _, i := range ringPeople {
		items[i] = sh.add(s.ringItem(i, ring))
	}
	s.egoLines(sh, egoLines{ego: ego, egoItem: egoItem, hubItems: hubItems, items: items, hubs: hubs, hubPal: hubPal,
		ringPeople: ringPeople, memberOf: memberOf, tied: tied, drawn: drawn, byNetworks: byNetworks}, edges)
	sh.finish()
	s.placementNotes(lg, sh.Unplaced)

	var d dotWriter
	gattrs := []attr{raw("class", `"ties-ego"`)}
	if !pinned {
		gattrs = append(gattrs, raw("root", quoteName(s.node[ego])), raw("ranksep", "1.4"))
	}
	d.open("ties ego "+s.node[ego], layout, append(append(gattrs, sh.graphAttrs()...), lg.attrs()...)...)
	d.stmt("node", raw("shape", "circle"), raw("style", "filled"), raw("fixedsize", "true"), raw("label", `" "`),
		raw("fontname", quoteText(fontName)), raw("fontsize", "10"), raw("color", `"`+colorOutline+`"`), raw("penwidth", "0.8"))
	sh.write(&d, s.labelNames)
	d.close()
	shown := len(people)
	collapsed := 0
	for _, h := range hubs {
		collapsed += h.hidden
	}
	return &Picture{DOT: d.b.Bytes(), Layout: layout, Pinned: pinned, View: ViewEgo, Shown: shown, Collapsed: collapsed}, nil
}

// egoLabels says who is labelled on the ring (without a grouped drawing
// g): everybody up to 80 people; above, the MaxLabelled top brokers among
// them (top: each person's rank).
func egoLabels(g *egoDraw, ringPeople []int, top []float64) (labelAll bool, labelled map[int]bool) {
	labelAll = g == nil && len(ringPeople) <= 80
	labelled = map[int]bool{}
	if g == nil && !labelAll {
		byRank := slices.Clone(ringPeople)
		slices.SortStableFunc(byRank, func(a, b int) int { return cmp.Compare(top[a], top[b]) })
		for _, i := range byRank[:min(MaxLabelled, len(byRank))] {
			labelled[i] = true
		}
	}
	return labelAll, labelled
}

// egoRing is what draws a person on the ego view's ring.
type egoRing struct {
	memberOf   map[int][]int // the hubs of each person
	hubPal     map[int]string
	angle      map[int]float64 // each person's place on the ring
	r2         float64         // the ring's radius
	width      func(int) float64
	g          *egoDraw // the grouped drawing's labels, or nil
	labelAll   bool
	labelled   map[int]bool
	top        []float64
	byNetworks bool
	tied       map[int]bool
}

// ringItem is person i on the ring: coloured by their first hub, outlined
// double when in several, dashed when only a co-member, and labelled as
// egoLabels or the grouped drawing says.
func (s *scene) ringItem(i int, ring *egoRing) *item {
	memberOf, hubPal, angle, r2, width, g := ring.memberOf, ring.hubPal, ring.angle, ring.r2, ring.width, ring.g
	labelAll, labelled, top, byNetworks, tied := ring.labelAll, ring.labelled, ring.top, ring.byNetworks, ring.tied
	w := width(i)
	cls := []string{"person"}
	if g != nil && g.why[i] != "" {
		cls = append(cls, g.why[i])
	}
	a := []attr{text("id", "person-"+s.node[i]), text("tooltip", s.tooltip(i))}
	switch {
	case len(memberOf[i]) > 1:
		cls = append(cls, "multi-group")
		a = append(a, raw("shape", "doublecircle"), raw("penwidth", "1.4"), raw("color", `"#000000"`))
	case byNetworks && !tied[i]:
		cls = append(cls, "co-member")
		a = append(a, raw("style", `"filled,dashed"`), raw("color", `"#999999"`))
	}
	a = append([]attr{text("class", strings.Join(cls, " "))}, a...)
	fill := "#DDDDDD"
	if hs := memberOf[i]; len(hs) > 0 {
		fill = hubPal[hs[0]]
	}
	a = append(a, num("width", w), raw("fillcolor", `"`+fill+`"`))
	r := w*72/2 + 1
	if len(memberOf[i]) > 1 {
		r += 4
	}
	it := &item{name: s.node[i], attrs: dedupe(a), at: polar(r2, angle[i]), r: r}
	switch {
	case g != nil:
		if p, ok := g.labelled[i]; ok {
			it.label = &itemLabel{text: s.label(i), size: 10, prio: p, dir: angle[i], tooltip: s.tooltip(i)}
		}
	case labelAll || labelled[i]:
		it.label = &itemLabel{text: s.label(i), size: 10, prio: top[i], dir: angle[i], tooltip: s.tooltip(i)}
	}
	return it
}

// hubColors gives each hub a colour of the categorical palette, the
// hubs with the most people first.
func (s *scene) hubColors(hubs []egoHub) map[int]string {
	hubPal := map[int]string{}
	counts := map[string]int{}
	for k, h := range hubs {
		counts[fmt.Sprint(k)] = h.total
	}
	p := newPalette(counts, s.w.otherValues)
	for k := range hubs {
		hubPal[k] = p.color(fmt.Sprint(k))
	}
	return hubPal
}

// hubAngles places each hub at the middle of its sector (mid); a hub no
// person has first goes to the circular mean of its members' angles, or
// to an even share of the circle by its place in order.
func hubAngles(hubs []egoHub, sectors []sector, mid []float64, angle map[int]float64, order []int) []float64 {
	hubAngle := make([]float64, len(hubs))
	for k := range hubs {
		hubAngle[k] = math.NaN()
	}
	for sc, sec := range sectors {
		if sec.hub >= 0 {
			hubAngle[sec.hub] = mid[sc]
		}
	}
	for k := range hubs {
		if !math.IsNaN(hubAngle[k]) {
			continue
		}
		sx, sy := 0.0, 0.0
		for _, m := range hubs[k].members {
			if a, ok := angle[m]; ok {
				sx += math.Cos(a)
				sy += math.Sin(a)
			}
		}
		if sx == 0 && sy == 0 {
			hubAngle[k] = math.Pi/2 - 2*math.Pi*float64(slices.Index(order, k))/float64(len(hubs))
		} else {
			hubAngle[k] = math.Atan2(sy, sx)
		}
	}
	return hubAngle
}

// egoLegend says what the ego view's boxes, outlines and lines mean.
func (s *scene) egoLegend(ego int, byNetworks bool, g *egoDraw, sizeText string) *legend {
	lg := &legend{w: s.w}
	if s.isYou(ego) {
		lg.title(s.w.t("render.ego.title.you"))
	} else {
		lg.title(s.w.t("render.ego.title", labelText(s.name[ego])))
	}
	if byNetworks {
		lg.note(s.w.t("render.ego.boxes.networks"))
		lg.note(s.w.t("render.ego.direct"))
	} else {
		lg.note(s.w.t("render.ego.boxes.communities"))
	}
	lg.swatchOutline("#FFFFFF", "#000000", outlineDouble, s.w.t("render.ego.multi_group"))
	if byNetworks {
		lg.swatchOutline("#FFFFFF", "#999999", outlineDashed, s.w.t("render.ego.co_member"))
	}
	for _, n := range gNotes(g) {
		lg.note(n)
	}
	lg.title(s.w.t("render.legend.lines"))
	lg.line(colorTie, 1, "", s.w.t("render.ego.line.tie"))
	lg.line(colorBridge, 3.5, "", s.w.t("render.ego.line.bridge"))
	lg.line("#333333", 2, "dashed", s.w.t("render.ego.line.local_bridge"))
	lg.line("#56B4E9", 2, "", s.w.t("render.ego.line.membership"))
	if sizeText != "" {
		lg.note(s.w.t("render.size.size", sizeText))
	}
	return lg
}

// egoLines is what the ego view's lines join.
type egoLines struct {
	ego        int
	egoItem    *item
	hubItems   []*item
	items      map[int]*item
	hubs       []egoHub
	hubPal     map[int]string
	ringPeople []int
	memberOf   map[int][]int
	tied       map[int]bool
	drawn      map[int]bool
	byNetworks bool
}

// egoLines draws the ego view's lines: the ego to the hubs and to the
// contacts with no shared network, hubs to their members, then the ties
// among contacts.
func (s *scene) egoLines(sh *sheet, l egoLines, edges []edge) {
	ego, egoItem, hubItems, items, hubs, hubPal := l.ego, l.egoItem, l.hubItems, l.items, l.hubs, l.hubPal
	ringPeople, memberOf, tied, drawn, byNetworks := l.ringPeople, l.memberOf, l.tied, l.drawn, l.byNetworks
	for k := range hubs {
		sh.spoke(egoItem, hubItems[k], raw("class", `"membership"`), raw("color", `"`+hubPal[k]+`"`), raw("penwidth", "2"))
		// A fan of many lines is lighter, so the ring still reads.
		c, pen := hubPal[k], "1"
		if len(hubs[k].members) > 30 {
			c, pen = hubPal[k]+"80", "0.7"
		}
		for _, m := range hubs[k].members {
			if it, ok := items[m]; ok {
				sh.spoke(hubItems[k], it, raw("class", `"membership"`), raw("color", `"`+c+`"`), raw("penwidth", pen))
			}
		}
	}
	for _, i := range ringPeople {
		if len(memberOf[i]) == 0 && tied[i] {
			c := colorTie
			if len(ringPeople) > 40 {
				c = "#B4B4B4"
			}
			sh.spoke(egoItem, items[i], raw("class", `"tie"`), raw("color", `"`+c+`"`))
		}
	}
	bridges, local := s.bridgeSets()
	for _, e := range edges {
		if e.a == ego || e.b == ego || !drawn[e.a] || !drawn[e.b] {
			continue
		}
		if byNetworks && e.kind == edgeSharedGroup {
			continue // the hubs show the networks people share
		}
		st := edgeStyle(e, bridges, local)
		if len(ringPeople) > 40 && !bridges[[2]int{e.a, e.b}] && !local[[2]int{e.a, e.b}] {
			// Many chords: lighter, so the sectors still read.
			st = append(st, raw("color", `"#8C8C8C70"`))
		}
		sh.edge(items[e.a], items[e.b], dedupe(st)...)
	}
}

func gNotes(g *egoDraw) []string {
	if g == nil {
		return nil
	}
	return g.notes
}

// hubText is a hub's label: its name and members, and in a grouped view
// how many are not drawn.
func (s *scene) hubText(h egoHub) string {
	name := words.Wrap(labelText(h.name), 22, "", "")
	if h.hidden == 0 {
		return name + "\n" + s.w.n("render.hub.members", h.total, s.w.int(h.total))
	}
	line := s.w.n("render.hub.hidden", h.total, s.w.int(h.total), s.w.int(h.hidden))
	if h.hiddenContacts > 0 {
		line += "\n" + s.w.n("render.hub.hidden_contacts", h.hiddenContacts, s.w.int(h.hiddenContacts))
	}
	return name + "\n" + line
}

// hubTip is a hub's tooltip.
func (s *scene) hubTip(h egoHub) string {
	t := s.w.n("render.hub.tip", h.total, tipText(h.name), s.w.int(h.total))
	if h.hidden > 0 {
		t += "\n" + s.w.n("render.hub.tip.hidden", h.hiddenContacts, s.w.int(h.hidden), s.w.int(h.hiddenContacts))
	}
	return boundTip(t)
}

// dedupe keeps the last value of each attribute key, in first-seen order.
func dedupe(as []attr) []attr {
	idx := map[string]int{}
	var out []attr
	for _, a := range as {
		if k, ok := idx[a.key]; ok {
			out[k] = a
			continue
		}
		idx[a.key] = len(out)
		out = append(out, a)
	}
	return out
}

// groupNodeNames returns n DOT node names for non-person nodes ("hub:0",
// …), with a prefix no person id starts with, so the names never collide
// with people's.
func groupNodeNames(nw interface{ Index(string) (int, bool) }, n int, kind string) []string {
	prefix := kind + ":"
	for {
		clash := false
		for k := range n {
			if _, ok := nw.Index(fmt.Sprintf("%s%d", prefix, k)); ok {
				clash = true
				break
			}
		}
		if !clash {
			break
		}
		prefix = kind + ":" + prefix
	}
	out := make([]string, n)
	for k := range out {
		out[k] = fmt.Sprintf("%s%d", prefix, k)
	}
	return out
}

// communityLabel names a set of people by their most common attribute
// values ("community 3 · engineer · Sweden").
func (s *scene) communityLabel(members []int, base string) string {
	parts := []string{base}
	for a := range s.nw.Attributes {
		if len(parts) > 2 {
			break
		}
		counts := map[string]int{}
		for _, i := range members {
			if v := s.nw.Attr(i, a); v != "" {
				counts[v]++
			}
		}
		if v, ok := mode(counts); ok {
			parts = append(parts, labelText(v))
		}
	}
	return strings.Join(parts, " · ")
}

// mode returns the most common value (the smallest on ties).
func mode(counts map[string]int) (string, bool) {
	best, n := "", 0
	for v, c := range counts {
		if c > n || (c == n && cmp.Less(v, best)) {
			best, n = v, c
		}
	}
	return best, n > 0
}
