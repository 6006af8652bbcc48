package render

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/tiesnet/ties/graph/analysis"
)

// groupedCommunities is the most community nodes a grouped network view
// draws; smaller communities are not drawn (the legend counts them).
// peopleToCommunities is how many lines a person drawn one by one gets to
// communities: to those they have the most ties with.
const (
	groupedCommunities  = 30
	peopleToCommunities = 2
)

// networkGrouped draws a network of more than CollapseAbove people: the
// ego and the top brokers by betweenness one by one (DefaultGroupedBrokers
// in all), everybody else as one circle per Louvain community with its
// number of people, area by that number. Lines between two drawn people
// are their ties; lines to and between communities stand for the ties
// between them (width by the logarithm of their number). The brokers are
// the people a network picture is for (who holds the network together);
// the communities are where everybody else is, and how much they are tied
// to each other.
func (s *scene) networkGrouped() (*Picture, error) {
	n := len(s.node)
	if s.community == nil {
		return nil, fmt.Errorf("the grouped network view needs the analysis' communities")
	}
	colorOf, lg, err := s.personColors()
	if err != nil {
		return nil, err
	}
	egoComm := s.egoCommunity()
	people, drawn := s.groupedPeople()
	rest, comms, folded := restCommunities(s.community, drawn)
	slot, nodes := groupedSlots(s.community, people, drawn, comms, len(rest))
	foldedPeople := 0
	for _, c := range folded {
		foldedPeople += rest[c]
	}
	personEdges, links := s.groupedLinks(slot, drawn, len(people), len(comms))
	minLink, maxLink := math.MaxInt, 1
	for _, l := range links {
		minLink = min(minLink, l[2])
		maxLink = max(maxLink, l[2])
	}
	penOf := logScale(minLink, 0.8, 6)

	// Sizes.
	sizes, sizeText := s.sizeMetric()
	width := scale(sizes, 0.14, 0.4)
	largest := 1
	for _, c := range comms {
		largest = max(largest, rest[c])
	}
	radius := make([]float64, nodes)
	for k, i := range people {
		radius[k] = width(i) * 72 / 2
		if i == s.nw.Ego {
			radius[k] += 4
		}
	}
	for k, c := range comms {
		radius[len(people)+k] = 20 + 34*math.Sqrt(float64(rest[c])/float64(largest))
	}
	layout, pinned := s.layoutChoice(nodes)
	labelled := s.labelled()
	var at []point
	if pinned {
		at = s.groupedLayout(people, personEdges, links, radius, labelled)
	} else {
		at = make([]point, nodes)
	}

	sh := &sheet{pinned: pinned}
	names := make([]string, nodes)
	items := make([]*item, nodes)
	top := s.topBrokers()
	for k, i := range people {
		names[k] = s.node[i]
		it := &item{name: s.node[i], attrs: s.personAttrs(i, width(i), colorOf(i), egoComm), at: at[k], r: radius[k] + 1}
		if labelled[i] {
			it.label = &itemLabel{text: s.label(i), size: 10, prio: 100 + top[i], dir: math.NaN(), tooltip: s.tooltip(i)}
			if i == s.nw.Ego {
				it.label.prio, it.label.size, it.label.must = 0, 11, true
			}
		}
		items[k] = sh.add(it)
	}
	s.communityItems(sh, items, names, comms, rest, len(people), drawn, radius, at, colorOf, egoComm)
	bridges, local := s.bridgeSets()
	nb, nl := 0, 0
	for _, e := range personEdges {
		orig := edge{people[e.a], people[e.b], e.weight, e.kind}
		if orig.a > orig.b {
			orig.a, orig.b = orig.b, orig.a
		}
		k := [2]int{orig.a, orig.b}
		if bridges[k] {
			nb++
		} else if local[k] {
			nl++
		}
		sh.edge(items[e.a], items[e.b], edgeStyle(orig, bridges, local)...)
	}
	for _, l := range links {
		sh.edge(items[l[0]], items[l[1]], raw("class", `"between"`), raw("color", `"#8C8C8C99"`),
			num("penwidth", penOf(l[2])), text("tooltip", s.w.n("render.ties", l[2], s.w.int(l[2]))))
	}
	sh.finish()

	s.groupedLegend(lg, groupedKey{people: len(people), minLink: minLink, maxLink: maxLink, folded: len(folded),
		foldedPeople: foldedPeople, egoComm: egoComm, sizeText: sizeText, bridges: nb, local: nl, unplaced: sh.Unplaced})

	var d dotWriter
	d.open("ties network", layout, append(append([]attr{raw("class", `"ties-network grouped"`)}, sh.graphAttrs()...), lg.attrs()...)...)
	d.stmt("node", raw("shape", "circle"), raw("style", "filled"), raw("fixedsize", "true"), raw("label", `" "`),
		raw("fontname", quoteText(fontName)), raw("fontsize", "10"), raw("color", `"`+colorOutline+`"`), raw("penwidth", "0.8"))
	d.stmt("edge", raw("color", `"`+colorTie+`"`))
	sh.write(&d, s.labelNames)
	d.close()
	return &Picture{DOT: d.b.Bytes(), Layout: layout, Pinned: pinned, View: ViewNetwork, Shown: len(people), Collapsed: n - len(people)}, nil
}

// groupedPeople are the people the grouped network view draws one by one:
// the ego and the top brokers by betweenness (by degree without it), at
// most DefaultGroupedBrokers and CollapseAbove.
func (s *scene) groupedPeople() (people []int, drawn []bool) {
	n := len(s.node)
	budget := min(DefaultGroupedBrokers, s.opt.CollapseAbove)
	drawn = make([]bool, n)
	if s.nw.Ego >= 0 {
		people = append(people, s.nw.Ego)
		drawn[s.nw.Ego] = true
	}
	metric := analysis.Betweenness
	if s.betweenness == nil {
		metric = analysis.Degree
	}
	for _, i := range s.r.Top(metric, n) {
		if len(people) >= budget {
			break
		}
		if !drawn[i] {
			people = append(people, i)
			drawn[i] = true
		}
	}
	slices.Sort(people)
	return people, drawn
}

// restCommunities counts the people of each community not drawn (rest)
// and returns the communities with any, largest first, the smallest folded
// past groupedCommunities.
func restCommunities(community []int, drawn []bool) (rest, comms, folded []int) {
	nc := 0
	for _, c := range community {
		nc = max(nc, c+1)
	}
	rest = make([]int, nc)
	for i, c := range community {
		if c >= 0 && !drawn[i] {
			rest[c]++
		}
	}
	for c, k := range rest {
		if k > 0 {
			comms = append(comms, c)
		}
	}
	slices.SortFunc(comms, func(a, b int) int { return cmp.Or(cmp.Compare(rest[b], rest[a]), cmp.Compare(a, b)) })
	if len(comms) > groupedCommunities {
		folded = comms[groupedCommunities-1:]
		comms = comms[:groupedCommunities-1]
	}
	return rest, comms, folded
}

// groupedSlots gives each person their node: people drawn first, then
// the communities, -1 for the folded; nc is the number of communities.
func groupedSlots(community, people []int, drawn []bool, comms []int, nc int) (slot []int, nodes int) {
	slot = make([]int, len(community)) // person -> node, -1 folded
	for k, i := range people {
		slot[i] = k
	}
	commNode := make([]int, nc)
	for c := range commNode {
		commNode[c] = -1
	}
	for k, c := range comms {
		commNode[c] = len(people) + k
	}
	nodes = len(people) + len(comms)
	for i, c := range community {
		if drawn[i] {
			continue
		}
		if c >= 0 && commNode[c] >= 0 {
			slot[i] = commNode[c]
		} else {
			slot[i] = -1
		}
	}
	return slot, nodes
}

// groupedLinks are the ties between drawn people, and the links (node,
// node, ties) between a person and a community, or two communities: each
// person's ties to the peopleToCommunities communities with the most of
// them (every link of 50 brokers to 30 communities would be a grey mass),
// and the strongest links among communities.
func (s *scene) groupedLinks(slot []int, drawn []bool, nPeople, nComms int) (personEdges []edge, links [][3]int) {
	between := map[[2]int]int{}
	for _, e := range s.edges() {
		a, b := slot[e.a], slot[e.b]
		if a < 0 || b < 0 || a == b {
			continue
		}
		if drawn[e.a] && drawn[e.b] {
			personEdges = append(personEdges, edge{a, b, e.weight, e.kind})
			continue
		}
		between[[2]int{min(a, b), max(a, b)}]++
	}
	var toPeople, amongComms [][3]int
	for k, c := range between {
		l := [3]int{k[0], k[1], c}
		if k[0] < nPeople {
			toPeople = append(toPeople, l)
		} else {
			amongComms = append(amongComms, l)
		}
	}
	byPair := func(x, y [3]int) int { return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1])) }
	slices.SortFunc(toPeople, func(x, y [3]int) int {
		return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(y[2], x[2]), cmp.Compare(x[1], y[1]))
	})
	perPerson := map[int]int{}
	strongestTo := toPeople[:0]
	for _, l := range toPeople {
		if perPerson[l[0]] < peopleToCommunities {
			perPerson[l[0]]++
			strongestTo = append(strongestTo, l)
		}
	}
	toPeople = strongestTo
	slices.SortFunc(toPeople, byPair)
	slices.SortFunc(amongComms, byPair)
	// Keep the strongest links among communities (indices shifted to
	// 0-based community slots for strongest).
	shift := nPeople
	for k := range amongComms {
		amongComms[k][0] -= shift
		amongComms[k][1] -= shift
	}
	amongComms = strongest(amongComms, nComms)
	for k := range amongComms {
		amongComms[k][0] += shift
		amongComms[k][1] += shift
	}
	links = append(toPeople, amongComms...)
	return personEdges, links
}

// groupedLayout places the nodes by stress majorization: ties and links
// as springs, room left for the labelled people's names.
func (s *scene) groupedLayout(people []int, personEdges []edge, links [][3]int, radius []float64, labelled []bool) []point {
	var se []stressEdge
	for _, e := range personEdges {
		se = append(se, stressEdge{e.a, e.b, 80 + radius[e.a] + radius[e.b]})
	}
	for _, l := range links {
		gap := 60.0
		if l[0] < len(people) {
			gap = 24
		}
		se = append(se, stressEdge{l[0], l[1], gap + radius[l[0]] + radius[l[1]]})
	}
	room := map[int]string{}
	for k, i := range people {
		if labelled[i] {
			room[k] = s.label(i)
		}
	}
	return stressLayout(len(radius), se, labelRoom(radius, room, 10), 12)
}

// communityItems adds a node per drawn community: area by its people not
// drawn, filled by their most common value, the ego's outlined.
func (s *scene) communityItems(sh *sheet, items []*item, names []string, comms, rest []int, nPeople int, drawn []bool,
	radius []float64, at []point, colorOf func(int) string, egoComm int) {
	commNames := groupNodeNames(s.nw, len(comms)+1, "community")
	attrs := s.attributeOrder()
	for k, c := range comms {
		node := nPeople + k
		names[node] = commNames[k]
		var members []int
		for i, ci := range s.community {
			if ci == c && !drawn[i] {
				members = append(members, i)
			}
		}
		fill, what := s.groupColor(members, colorOf, attrs)
		r := radius[node]
		tip := s.w.n("render.grouped.community.tip", rest[c], s.w.community(c), s.w.int(rest[c]))
		if what != "" {
			tip += "\n" + s.w.t("render.most_common", what)
		}
		a := []attr{raw("class", `"community"`), num("width", 2*r/72), raw("fillcolor", `"`+fill+`"`),
			raw("fontcolor", `"`+textOnColor(fill)+`"`), raw("fontsize", fmtNum(min(13, 9+r/10))),
			text("label", fmtInt(rest[c])), text("tooltip", boundTip(tip))}
		name := s.w.community(c)
		if c == egoComm {
			a[0] = raw("class", `"community ego-community"`)
			a = append(a, raw("penwidth", "3.5"), raw("color", `"#000000"`))
			name = s.w.t("render.grouped.your_community", name)
		}
		if what != "" {
			name += " · " + what
		}
		items[node] = sh.add(&item{name: commNames[k], attrs: a, at: at[node], r: r + 2,
			label: &itemLabel{text: labelText(name), size: 10, prio: 50 + float64(k), dir: math.NaN(), class: "community-label"}})
	}
}

// groupedKey is what the grouped network view's legend counts.
type groupedKey struct {
	people           int // drawn one by one, the ego included
	minLink, maxLink int
	folded           int // communities folded
	foldedPeople     int
	egoComm          int
	sizeText         string
	bridges, local   int // bridges and local bridges drawn
	unplaced         int // labels not placed
}

// groupedLegend says who is drawn one by one, what the communities and
// links stand for, and the keys of sizes, lines and labels.
func (s *scene) groupedLegend(lg *legend, g groupedKey) {
	n := len(s.node)
	lg.title(s.w.t("render.grouped"))
	lg.note(s.w.t("render.grouped.people", s.w.int(n), g.people-btoi(s.nw.Ego >= 0)))
	lg.note(s.w.t("render.grouped.others", s.w.int(n-g.people)))
	lg.line("#8C8C8C", 3, "", s.w.t("render.grouped.links", s.w.int(min(g.minLink, g.maxLink)), s.w.int(g.maxLink)))
	lg.note(s.w.t("render.grouped.strongest", peopleToCommunities))
	if g.foldedPeople > 0 {
		lg.note(s.w.t("render.grouped.folded", g.folded, s.w.int(g.foldedPeople)))
	}
	s.egoKeys(lg, g.egoComm, outlineThick)
	if g.sizeText != "" {
		lg.title(s.w.t("render.legend.size"))
		lg.note(s.w.t("render.size.people_area", g.sizeText))
		lg.note(s.w.t("render.size.communities_area"))
	}
	s.lineKeys(lg, g.bridges, g.local)
	s.labelNotes(lg, g.unplaced)

}

// groupColor is the fill of a node that stands for members: the colour of
// their most common value (of the colour attribute; by community, their
// community's colour), and that value with its share.
func (s *scene) groupColor(members []int, colorOf func(int) string, attrs []int) (string, string) {
	if len(members) == 0 {
		return colorMissing, ""
	}
	by := s.opt.ColorBy
	if by == "" {
		by = s.defaultColorBy()
	}
	a, ok := s.nw.AttributeIndex(by)
	if !ok {
		// By community: the community's colour; described by its most
		// common value of the first attribute.
		what := ""
		if len(attrs) > 0 {
			what = s.topValue(members, attrs[0])
		}
		return colorOf(members[0]), what
	}
	counts := map[string]int{}
	for _, i := range members {
		if v := s.nw.Attr(i, a); v != "" {
			counts[v]++
		}
	}
	v, found := mode(counts)
	if !found {
		return colorMissing, ""
	}
	for _, i := range members {
		if s.nw.Attr(i, a) == v {
			return colorOf(i), s.w.valuePct(labelText(v), 100*float64(counts[v])/float64(len(members)))
		}
	}
	return colorMissing, ""
}

// topValue is the most common value of attribute a among members, with its
// share ("engineer 40%"), or "".
func (s *scene) topValue(members []int, a int) string {
	counts := map[string]int{}
	for _, i := range members {
		if v := s.nw.Attr(i, a); v != "" {
			counts[v]++
		}
	}
	v, ok := mode(counts)
	if !ok {
		return ""
	}
	return s.w.valuePct(labelText(v), 100*float64(counts[v])/float64(len(members)))
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
