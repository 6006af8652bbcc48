package render

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/tiesnet/ties/graph/measures/diversity"
	"github.com/tiesnet/ties/graph/outputs/words"
)

// groups draws the two-mode picture: each network a labelled box, its
// members small circles linked to it. People in several networks are drawn
// larger, in vermillion and labelled: they are the bridges between
// networks. People in no network are left out. Above CollapseAbove
// members, only the people in several networks are drawn one by one (most
// networks first), and each box counts the members it stands for.
func (s *scene) groups() (*Picture, error) {
	nw := s.nw
	if len(nw.Groups) == 0 {
		return nil, fmt.Errorf("the groups view: %w", ErrNoMemberships)
	}
	nets := s.groupsDrawn()
	rank := s.topBrokers()
	count, members, multi, people := s.groupsPeople(nets, rank)
	nG := len(nets)
	hidden := s.notDrawn(nets, people)
	grouped := len(people) < len(members)
	labelAll := len(people) <= 60

	// Geometry: boxes sized by their text, people by their networks.
	boxLabel := make([]string, nG)
	boxW, boxH := make([]float64, nG), make([]float64, nG)
	for k, gi := range nets {
		g := nw.Groups[gi]
		boxLabel[k] = words.Wrap(labelText(g.Name), 24, "", "") + "\n" + s.w.n("render.members", len(g.Members), s.w.int(len(g.Members)))
		if hidden[k] > 0 && grouped {
			boxLabel[k] += "\n" + s.w.t("render.groups.not_drawn", s.w.int(hidden[k]))
		}
		boxW[k], boxH[k] = textBox(boxLabel[k], 12, 7)
	}
	widthOf := func(i int) float64 {
		if count[i] > 1 {
			return 0.14 + 0.06*float64(min(count[i], 6))
		}
		return 0.14
	}
	n := nG + len(people)
	radius := make([]float64, n)
	for k := range nG {
		radius[k] = math.Hypot(boxW[k], boxH[k]) / 2
	}
	idx := map[int]int{}
	for k, i := range people {
		idx[i] = nG + k
		radius[nG+k] = widthOf(i) * 72 / 2
		if i == nw.Ego {
			radius[nG+k] += 4
		}
	}
	layout, pinned := s.layoutChoice(n)
	var at []point
	if pinned {
		var se []stressEdge
		for k, gi := range nets {
			g := nw.Groups[gi]
			for _, m := range g.Members {
				if j, ok := idx[m]; ok {
					se = append(se, stressEdge{k, j, radius[k]*0.6 + radius[j] + 40})
				}
			}
		}
		at = stressLayout(n, se, radius, 8)
	} else {
		at = make([]point, n)
	}

	lg := s.groupsLegend(nG, multi, len(members), len(people), grouped, count)

	sh := &sheet{pinned: pinned}
	groupNode := groupNodeNames(nw, len(nw.Groups), "group")
	items := make([]*item, n)
	for k, gi := range nets {
		items[k] = sh.add(&item{name: groupNode[gi], at: at[k], w: boxW[k], h: boxH[k], attrs: []attr{
			raw("class", `"group"`), raw("shape", "box"), raw("style", `"rounded,filled"`),
			raw("fixedsize", "true"), num("width", boxW[k]/72), num("height", boxH[k]/72),
			raw("fillcolor", `"#56B4E9"`), raw("fontsize", "12"),
			text("id", s.groupID(gi)), text("label", boxLabel[k]), text("tooltip", s.groupTooltip(gi))}})
	}
	nLabels := 0
	for k, i := range people {
		it := s.groupsPerson(i, count[i], at[nG+k], radius[nG+k], widthOf(i))
		if labelAll || i == nw.Ego || (count[i] > 1 && nLabels < MaxLabelled) {
			nLabels++
			prio := float64(10-min(count[i], 9))*1000 + rank[i]
			if i == nw.Ego {
				prio = -1
			}
			it.label = &itemLabel{text: s.label(i), size: 10, prio: prio, dir: math.NaN(), tooltip: s.tooltip(i)}
		}
		items[nG+k] = sh.add(it)
	}
	for k, gi := range nets {
		ms := slices.Clone(nw.Groups[gi].Members)
		slices.Sort(ms)
		for _, m := range ms {
			if j, ok := idx[m]; ok {
				sh.spoke(items[k], items[j])
			}
		}
	}
	sh.finish()
	s.placementNotes(lg, sh.Unplaced)

	var d dotWriter
	d.open("ties groups", layout, append(append([]attr{raw("class", `"ties-groups"`)}, sh.graphAttrs()...), lg.attrs()...)...)
	d.stmt("node", raw("shape", "circle"), raw("style", "filled"), raw("fixedsize", "true"), raw("label", `" "`),
		raw("fontname", quoteText(fontName)), raw("fontsize", "10"), raw("color", `"`+colorOutline+`"`), raw("penwidth", "0.8"))
	d.stmt("edge", raw("class", `"membership"`), raw("color", `"#AAAAAA"`), raw("penwidth", "0.8"))
	sh.write(&d, s.labelNames)
	d.close()
	return &Picture{DOT: d.b.Bytes(), Layout: layout, Pinned: pinned, View: ViewGroups, Shown: len(people), Collapsed: len(members) - len(people)}, nil
}

// notDrawn counts, for each of nets, its members not among people.
func (s *scene) notDrawn(nets, people []int) []int {
	drawn := make([]bool, len(s.nw.People))
	for _, i := range people {
		drawn[i] = true
	}
	hidden := make([]int, len(nets))
	for k, gi := range nets {
		for _, m := range s.nw.Groups[gi].Members {
			if !drawn[m] {
				hidden[k]++
			}
		}
	}
	return hidden
}

// groupsDrawn are the networks the groups view draws: all, or the
// maxGroupMap largest (the ego's first); more boxes than that do not fit
// a page.
func (s *scene) groupsDrawn() []int {
	nw := s.nw
	nets := make([]int, len(nw.Groups))
	for g := range nets {
		nets[g] = g
	}
	egoIn := func(g int) bool { return nw.Ego >= 0 && slices.Contains(nw.Groups[g].Members, nw.Ego) }
	if len(nets) > maxGroupMap {
		slices.SortStableFunc(nets, func(a, b int) int {
			if egoIn(a) != egoIn(b) {
				if egoIn(a) {
					return -1
				}
				return 1
			}
			return cmp.Compare(len(nw.Groups[b].Members), len(nw.Groups[a].Members))
		})
		nets = nets[:maxGroupMap]
		slices.Sort(nets)
	}
	return nets
}

// groupsPeople counts each person's networks among nets and returns the
// counts, the members of any, how many are in several, and the people
// drawn one by one: every member, or above CollapseAbove those in several
// networks (most first, then by rank) and the ego.
func (s *scene) groupsPeople(nets []int, rank []float64) (count, members []int, multi int, people []int) {
	nw := s.nw
	count = make([]int, len(nw.People))
	for _, g := range nets {
		for _, m := range nw.Groups[g].Members {
			count[m]++
		}
	}
	for i, c := range count {
		if c > 0 {
			members = append(members, i)
			if c > 1 {
				multi++
			}
		}
	}
	people = members
	if len(members) > s.opt.CollapseAbove {
		cand := slices.Clone(members)
		slices.SortStableFunc(cand, func(a, b int) int {
			return cmp.Or(cmp.Compare(count[b], count[a]), cmp.Compare(rank[a], rank[b]), cmp.Compare(a, b))
		})
		people = nil
		for _, i := range cand {
			if len(people) < s.opt.CollapseAbove && (count[i] > 1 || i == nw.Ego) {
				people = append(people, i)
			}
		}
		slices.Sort(people)
	}
	return count, members, multi, people
}

// groupsLegend says what the groups view's boxes, colours and lines mean:
// nG networks drawn, multi members in several of nMembers, nPeople drawn.
func (s *scene) groupsLegend(nG, multi, nMembers, nPeople int, grouped bool, count []int) *legend {
	nw := s.nw
	lg := &legend{w: s.w}
	lg.title(s.w.t("render.groups.title"))
	lg.swatch("#56B4E9", colorOutline, s.w.t("render.groups.box", nG))
	if nG < len(nw.Groups) {
		lg.note(s.w.t("render.groups.largest", nG, len(nw.Groups)))
	}
	lg.swatch("#D55E00", colorOutline, s.w.n("render.groups.multi", multi, s.w.int(multi)))
	if grouped {
		lg.note(s.w.t("render.groups.grouped.1", s.w.int(nMembers), s.w.int(nPeople)))
		lg.note(s.w.t("render.groups.grouped.2"))
	} else {
		lg.swatch("#DDDDDD", colorOutline, s.w.n("render.groups.single", nMembers-multi, s.w.int(nMembers-multi)))
	}
	if nw.Ego >= 0 && count[nw.Ego] > 0 {
		lg.swatchOutline("#000000", "#000000", outlineDouble, s.w.t("render.groups.ego"))
	}
	lg.line("#AAAAAA", 1, "", s.w.t("render.groups.membership"))
	return lg
}

// groupsPerson is person i of the groups view, in c networks, at p,
// unlabelled: in vermillion when in several, black and doubled when the
// ego.
func (s *scene) groupsPerson(i, c int, p point, radius, width float64) *item {
	nw := s.nw
	a := []attr{raw("class", `"person"`), text("id", "person-"+s.node[i]), text("tooltip", s.tooltip(i)),
		num("width", width), raw("fillcolor", `"#DDDDDD"`)}
	if c > 1 {
		a = append(a, raw("class", `"person multi-group"`), raw("fillcolor", `"#D55E00"`))
	}
	if i == nw.Ego {
		a = append(a, raw("class", `"person ego"`), raw("shape", "doublecircle"), raw("fillcolor", `"#000000"`))
		if c > 1 {
			a = append(a, raw("class", `"person ego multi-group"`))
		}
	}
	return &item{name: s.node[i], attrs: dedupe(a), at: p, r: radius + 1}
}

// groupID is network g's element id in the SVG: "group-" and its name,
// with its index when the name had to be cut (two cut names could be the
// same).
func (s *scene) groupID(g int) string {
	name := s.nw.Groups[g].Name
	if l := labelText(name); l != name {
		return fmt.Sprintf("group-%d-%s", g, l)
	}
	return "group-" + name
}

// groupTooltip describes network k: its size, purpose and diversity.
func (s *scene) groupTooltip(k int) string {
	g := s.nw.Groups[k]
	t := tipText(g.Name) + "\n" + s.w.n("render.group.tip.members", len(g.Members), len(g.Members))
	if g.Info != nil && g.Info.Purpose != "" {
		t += "\n" + tipText(g.Info.Purpose)
	}
	for _, a := range s.r.Attributes {
		if st := diversity.Of(a.Encoding, g.Members); finite(st.IQV) {
			values := 0
			for _, c := range st.Counts {
				if c > 0 {
					values++
				}
			}
			t += "\n" + s.w.n("render.group.tip.iqv", values, tipText(a.Name()), values, s.w.dec(st.IQV, 2))
		}
	}
	return boundTip(t)
}

// meanIQV is the mean, over the analysed attributes, of the IQV of a
// network's members: 0 when all members are alike, 1 when they spread
// evenly over every value. NaN when no attribute is defined.
func (s *scene) meanIQV(g int) float64 {
	sum, n := 0.0, 0
	for _, a := range s.r.Attributes {
		if iqv := diversity.Of(a.Encoding, s.nw.Groups[g].Members).IQV; finite(iqv) {
			sum += iqv
			n++
		}
	}
	if n == 0 {
		return math.NaN()
	}
	return sum / float64(n)
}
