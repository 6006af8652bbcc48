package render

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/tiesnet/ties/graph/diversity"
)

// groups draws the two-mode picture: each network a labelled box, its
// members small circles linked to it. People in several networks are drawn
// larger, in vermillion and labelled: they are the bridges between
// networks. People in no network are left out.
func (s *scene) groups() (*Picture, error) {
	nw := s.nw
	if len(nw.Groups) == 0 {
		return nil, fmt.Errorf("the groups view: %w", ErrNoMemberships)
	}
	count := make([]int, len(nw.People))
	for _, g := range nw.Groups {
		for _, m := range g.Members {
			count[m]++
		}
	}
	var people []int
	multi := 0
	for i, c := range count {
		if c > 0 {
			people = append(people, i)
			if c > 1 {
				multi++
			}
		}
	}
	groupNode := groupNodeNames(nw, len(nw.Groups), "group")
	labelAll := len(people) <= 60

	lg := &legend{}
	lg.title("Networks and their members")
	lg.swatch("#56B4E9", colorOutline, fmt.Sprintf("box: a network (%d), with its number of members", len(nw.Groups)))
	lg.swatch("#D55E00", colorOutline, fmt.Sprintf("in several networks: a bridge between them (%d people)", multi))
	lg.swatch("#DDDDDD", colorOutline, fmt.Sprintf("in one network (%d people)", len(people)-multi))
	lg.note("a line: membership")
	if s.opt.Anonymize {
		lg.note("names replaced by pseudonyms")
	}

	// sfdp at every size: neato with overlap=scale spreads the members of
	// overlapping networks over a canvas ten times too large.
	layout := s.layoutFor("sfdp")
	var d dotWriter
	d.open("ties groups", layout, append([]attr{
		raw("overlap", "scale"), raw("splines", "false"), raw("forcelabels", "true"), raw("class", `"ties-groups"`),
	}, lg.attrs()...)...)
	d.stmt("node", raw("shape", "circle"), raw("style", "filled"), raw("fixedsize", "true"), raw("label", `" "`),
		raw("fontname", quoteText(fontName)), raw("fontsize", "10"), raw("color", `"`+colorOutline+`"`), raw("penwidth", "0.8"))
	d.stmt("edge", raw("class", `"membership"`), raw("color", `"#AAAAAA"`), raw("penwidth", "0.8"))
	for k, g := range nw.Groups {
		d.node(groupNode[k], raw("class", `"group"`), raw("shape", "box"), raw("style", `"rounded,filled"`),
			raw("fixedsize", "false"), raw("fillcolor", `"#56B4E9"`), raw("fontsize", "12"),
			text("id", "group-"+g.Name),
			text("label", fmt.Sprintf("%s\n%d members", g.Name, len(g.Members))),
			text("tooltip", s.groupTooltip(k)))
	}
	for _, i := range people {
		a := []attr{raw("class", `"person"`), text("id", "person-"+s.node[i]), text("tooltip", s.tooltip(i)),
			raw("width", "0.14"), raw("fillcolor", `"#DDDDDD"`)}
		if count[i] > 1 {
			a = append(a, raw("class", `"person multi-group"`), num("width", 0.14+0.06*float64(min(count[i], 6))),
				raw("fillcolor", `"#D55E00"`))
		}
		if i == nw.Ego {
			a = append(a, raw("class", `"person ego"`), raw("shape", "doublecircle"), raw("fillcolor", `"#000000"`))
			if count[i] > 1 {
				a = append(a, raw("class", `"person ego multi-group"`))
			}
		}
		if count[i] > 1 || i == nw.Ego || labelAll {
			a = append(a, text("xlabel", s.name[i]))
		}
		d.node(s.node[i], dedupe(a)...)
	}
	for k, g := range nw.Groups {
		members := slices.Clone(g.Members)
		slices.Sort(members)
		for _, m := range members {
			d.edge(groupNode[k], s.node[m])
		}
	}
	d.close()
	return &Picture{DOT: d.b.Bytes(), Layout: layout, View: ViewGroups, Shown: len(people)}, nil
}

// groupTooltip describes network k: its size, purpose and diversity.
func (s *scene) groupTooltip(k int) string {
	g := s.nw.Groups[k]
	t := fmt.Sprintf("%s\n%d members", g.Name, len(g.Members))
	if g.Info != nil && g.Info.Purpose != "" {
		t += "\n" + g.Info.Purpose
	}
	for _, a := range s.r.Attributes {
		if st := diversity.Of(a.Encoding, g.Members); finite(st.IQV) {
			values := 0
			for _, c := range st.Counts {
				if c > 0 {
					values++
				}
			}
			t += fmt.Sprintf("\n%s: %d values, IQV %.2f", a.Name(), values, st.IQV)
		}
	}
	return t
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

// groupMap draws one node per network, its area by number of members,
// linked by shared members (line width by how many), filled by the mean
// diversity (IQV) of its members on a sequential scale.
func (s *scene) groupMap() (*Picture, error) {
	nw := s.nw
	if len(nw.Groups) == 0 {
		return nil, fmt.Errorf("the group map: %w", ErrNoMemberships)
	}
	groupNode := groupNodeNames(nw, len(nw.Groups), "group")
	byName := map[string]int{}
	largest := 0
	for k, g := range nw.Groups {
		byName[g.Name] = k
		largest = max(largest, len(g.Members))
	}
	shared := s.sharedMembers()
	maxShared := 0
	for _, e := range shared {
		maxShared = max(maxShared, e.n)
	}
	lg := &legend{}
	lg.title("Networks: size by members, fill by diversity")
	lg.note("area: number of members; line width: members two networks share")
	if len(s.r.Attributes) > 0 {
		names := make([]string, len(s.r.Attributes))
		for k, a := range s.r.Attributes {
			names[k] = a.Name()
		}
		lg.note("fill: mean IQV of the members over " + joinList(names))
		lg.note("(0: members all alike, 1: spread evenly over every value)")
		for k := range sequential {
			lg.swatch(sequential[k], colorOutline, "IQV "+seqBounds(k))
		}
	}
	lg.swatch("#EEEEEE", colorOutline, "not known")

	layout := s.layoutFor(bySize(len(nw.Groups)))
	var d dotWriter
	d.open("ties group map", layout, append([]attr{
		raw("overlap", "scale"), raw("splines", "false"), raw("sep", `"+12"`), raw("class", `"ties-groupmap"`),
	}, lg.attrs()...)...)
	d.stmt("node", raw("shape", "circle"), raw("style", "filled"), raw("fontname", quoteText(fontName)),
		raw("fontsize", "11"), raw("color", `"`+colorOutline+`"`))
	for k, g := range nw.Groups {
		fill, font := "#EEEEEE", "#000000"
		iqv := s.meanIQV(k)
		if finite(iqv) {
			c := seqClass(iqv)
			fill, font = sequential[c], textOn[c]
		}
		tip := s.groupTooltip(k)
		if finite(iqv) {
			tip += fmt.Sprintf("\nmean IQV %.2f", iqv)
		}
		d.node(groupNode[k], raw("class", `"group"`), text("id", "group-"+g.Name),
			num("width", 0.8+1.7*math.Sqrt(float64(len(g.Members))/float64(max(largest, 1)))),
			raw("fillcolor", `"`+fill+`"`), raw("fontcolor", `"`+font+`"`),
			text("label", fmt.Sprintf("%s\n%d", wrap(g.Name, 18), len(g.Members))), text("tooltip", tip))
	}
	for _, e := range shared {
		if e.a >= len(nw.Groups) || e.b >= len(nw.Groups) {
			continue // an organisation counted as a group: not drawn here
		}
		an, bn := nw.Groups[e.a].Name, nw.Groups[e.b].Name
		d.edge(groupNode[e.a], groupNode[e.b], raw("class", `"shared-members"`),
			num("penwidth", 1+6*float64(e.n)/float64(max(maxShared, 1))), raw("color", `"#777777"`),
			text("tooltip", fmt.Sprintf("%s and %s share %d members", an, bn, e.n)),
			text("label", fmt.Sprint(e.n)), raw("fontsize", "9"), raw("fontcolor", `"#555555"`))
	}
	d.close()
	return &Picture{DOT: d.b.Bytes(), Layout: layout, View: ViewGroupMap, Shown: len(nw.Groups)}, nil
}

// sharedPair is two groups (indices into the memberships view's groups)
// and the members they share.
type sharedPair struct{ a, b, n int }

// sharedMembers lists the pairs of groups that share members, each with
// the group whose name sorts first as a, in the order of their names.
func (s *scene) sharedMembers() []sharedPair {
	tm := s.r.TwoMode
	if tm == nil {
		return nil
	}
	out := make([]sharedPair, 0, len(tm.GroupProjection))
	for _, e := range tm.GroupProjection {
		a, b := e.A, e.B
		if tm.Groups[b].Name < tm.Groups[a].Name {
			a, b = b, a
		}
		out = append(out, sharedPair{a, b, e.Shared})
	}
	slices.SortFunc(out, func(x, y sharedPair) int {
		if c := strings.Compare(tm.Groups[x.a].Name, tm.Groups[y.a].Name); c != 0 {
			return c
		}
		return strings.Compare(tm.Groups[x.b].Name, tm.Groups[y.b].Name)
	})
	return out
}

// wrap breaks s into lines of about width runes at spaces.
func wrap(s string, width int) string {
	var out []rune
	line := 0
	for _, r := range s {
		if r == ' ' && line >= width {
			out = append(out, '\n')
			line = 0
			continue
		}
		out = append(out, r)
		line++
	}
	return string(out)
}

// joinList joins names with commas and "and".
func joinList(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	out := ""
	for k, x := range xs[:len(xs)-1] {
		if k > 0 {
			out += ", "
		}
		out += x
	}
	return out + " and " + xs[len(xs)-1]
}
