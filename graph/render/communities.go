package render

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/diversity"
)

// communities draws one node per community (Louvain, from the analysis),
// its area by number of members, labelled with its most common attribute
// values, linked by the ties between communities (line width by count).
// It is built from the compact adjacency and the community labels in one
// pass over the ties, with no per-person DOT, so 200 000 people cost what
// a few hundred nodes cost. The MaxCommunities largest communities are
// drawn; the rest are folded into one "other" node, and the legend says so.
func (s *scene) communities() (*Picture, error) {
	n := len(s.node)
	if s.community == nil {
		return nil, fmt.Errorf("the communities view needs the analysis' communities")
	}
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

	// Ties between and inside the drawn nodes, from the CSR of the ties.
	u := csr.Undirected(s.nw)
	between := map[[2]int32]int{}
	inside := make([]int, nodes)
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
			if a == b {
				inside[a]++
				continue
			}
			between[[2]int32{min(a, b), max(a, b)}]++
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
	links = strongest(links, nodes)
	maxLink := 1
	for _, l := range links {
		maxLink = max(maxLink, l[2])
	}

	// Most common values per node, for labels, colour and tooltips.
	attrs := s.attributeOrder()
	enc := make([]diversity.Attribute, len(attrs))
	for k, a := range attrs {
		enc[k] = diversity.Encode(s.nw, a)
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

	// Colour: the most common value of the first attribute (or ColorBy).
	lg := &legend{}
	lg.title(fmt.Sprintf("Communities of %s people (Louvain)", fmtInt(n)))
	lg.note("one circle per community; area: number of people")
	lg.note("label: the most common values of its members, with their share")
	colorOf := func(int) string { return "#56B4E9" }
	if len(enc) > 0 {
		counts := map[string]int{}
		for k := range nodes {
			if v := tops[k][0].value; v != "" && k != other {
				counts[v] += members[k]
			}
		}
		p := newPalette(counts)
		lg.title("Colour: most common " + enc[0].Name)
		for _, c := range p.Legend {
			lg.swatch(c.Color, colorOutline, c.Name)
		}
		colorOf = func(k int) string {
			if k == other {
				return colorMissing
			}
			return p.color(tops[k][0].value)
		}
	}
	lg.title("Lines")
	lg.note("width: number of ties between two communities")
	if len(between) > len(links) {
		lg.note(fmt.Sprintf("the %s strongest links of %s are drawn", fmtInt(len(links)), fmtInt(len(between))))
	}
	if other >= 0 {
		lg.note(fmt.Sprintf("white: %s smaller communities folded together", fmtInt(len(order)-drawn)))
	}
	if s.opt.Anonymize {
		lg.note("no names are shown in this view")
	}

	// sfdp at every size: with nodes this large neato's overlap=scale
	// spreads the picture far apart.
	layout := s.layoutFor("sfdp")
	largest := 1
	for _, m := range members {
		largest = max(largest, m)
	}
	var d dotWriter
	d.open("ties communities", layout, append([]attr{
		raw("overlap", "scale"), raw("splines", "false"), raw("class", `"ties-communities"`),
	}, lg.attrs()...)...)
	d.stmt("node", raw("shape", "circle"), raw("style", "filled"), raw("fixedsize", "false"),
		raw("fontname", quoteText(fontName)), raw("fontsize", "10"), raw("color", `"`+colorOutline+`"`))
	d.stmt("edge", raw("class", `"between"`), raw("color", `"#888888"`))
	names := groupNodeNames(s.nw, nodes, "community")
	for k := range nodes {
		var label, tip strings.Builder
		if k == other {
			fmt.Fprintf(&label, "%s smaller\ncommunities", fmtInt(len(order)-drawn))
			fmt.Fprintf(&tip, "%s smaller communities, %s people", fmtInt(len(order)-drawn), fmtInt(members[k]))
		} else {
			fmt.Fprintf(&tip, "community %d: %s people", order[k], fmtInt(members[k]))
			var parts []string
			for _, t := range tops[k] {
				if t.value != "" && len(parts) < 2 {
					parts = append(parts, t.value)
				}
			}
			label.WriteString(wrap(strings.Join(parts, " · "), 22))
		}
		fmt.Fprintf(&label, "\n%s", fmtInt(members[k]))
		for _, t := range tops[k] {
			if t.value != "" {
				fmt.Fprintf(&tip, "\n%s: %s (%.0f%%)", t.attr, t.value, 100*t.share)
			}
		}
		if e := members[k] * (members[k] - 1) / 2; e > 0 {
			fmt.Fprintf(&tip, "\nties inside: %s (density %.3f)", fmtInt(inside[k]), float64(inside[k])/float64(e))
		}
		d.node(names[k], raw("class", `"community"`),
			num("width", 0.4+1.4*math.Sqrt(float64(members[k])/float64(largest))),
			raw("fillcolor", `"`+colorOf(k)+`"`), text("label", label.String()), text("tooltip", tip.String()))
	}
	for _, l := range links {
		d.edge(names[l[0]], names[l[1]], num("penwidth", 0.5+6*math.Sqrt(float64(l[2])/float64(maxLink))),
			text("tooltip", fmt.Sprintf("%s ties", fmtInt(l[2]))))
	}
	d.close()
	return &Picture{DOT: d.b.Bytes(), Layout: layout, View: ViewCommunities, Shown: nodes}, nil
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
