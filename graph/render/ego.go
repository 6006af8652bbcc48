package render

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// ego draws one person in the centre (twopi, root = ego) and their
// contacts on a ring around hubs, one hub per network ego and contact
// share (or per community): a hub with many mutually tied contacts is a
// redundant cluster, contacts under different hubs with no tie between
// them are the structural holes ego spans. Contacts in several of ego's
// networks are drawn with a double outline and a line to each hub.
//
// Contacts are ego's neighbours in the ties plus, with networks, the other
// members of ego's networks (dashed outline when there is no tie yet):
// what a network could bring, not only what it has brought.
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
	// Who is tied to ego, and the ties among them.
	edges := s.edges()
	tied := map[int]bool{}
	for _, e := range edges {
		if e.a == ego {
			tied[e.b] = true
		} else if e.b == ego {
			tied[e.a] = true
		}
	}
	// Hubs: ego's networks, or the communities of ego's contacts.
	type hub struct {
		name    string
		members []int // contacts under this hub, in node order
	}
	var hubs []hub
	inHubs := map[int][]int{} // contact -> hub indices
	byNetworks := s.opt.EgoGroups != "communities"
	if byNetworks {
		for _, g := range s.nw.Groups {
			if !slices.Contains(g.Members, ego) {
				continue
			}
			h := hub{name: g.Name}
			for _, m := range g.Members {
				if m != ego {
					h.members = append(h.members, m)
				}
			}
			slices.Sort(h.members)
			for _, m := range h.members {
				inHubs[m] = append(inHubs[m], len(hubs))
			}
			hubs = append(hubs, h)
		}
		if len(hubs) == 0 && s.opt.EgoGroups == "" {
			byNetworks = false // ego belongs to no network: fall back
		}
	}
	if !byNetworks {
		byComm := map[int]int{}
		var alters []int
		for i := range tied {
			alters = append(alters, i)
		}
		slices.Sort(alters)
		for _, i := range alters {
			c := -1
			if s.community != nil {
				c = s.community[i]
			}
			k, ok := byComm[c]
			if !ok {
				k = len(hubs)
				byComm[c] = k
				hubs = append(hubs, hub{name: communityName(c)})
			}
			hubs[k].members = append(hubs[k].members, i)
			inHubs[i] = []int{k}
		}
		for k := range hubs {
			hubs[k].name = s.communityLabel(hubs[k].members, hubs[k].name)
		}
	}
	// Everyone shown: ego, contacts by tie, members of ego's networks.
	shown := map[int]bool{ego: true}
	for i := range tied {
		shown[i] = true
	}
	for i := range inHubs {
		shown[i] = true
	}
	people := make([]int, 0, len(shown))
	for i := range shown {
		people = append(people, i)
	}
	slices.Sort(people)

	hubPal := map[string]string{}
	{
		counts := map[string]int{}
		for _, h := range hubs {
			counts[h.name] = len(h.members)
		}
		p := newPalette(counts)
		for _, h := range hubs {
			hubPal[h.name] = p.color(h.name)
		}
	}
	hubNode := groupNodeNames(s.nw, len(hubs), "hub")
	bridges, local := s.bridgeSets()
	labelAll := len(people) <= 80
	labelled := s.labelled()
	sizes, sizeText := s.sizeMetric()
	width := scale(sizes, 0.15, 0.5)

	lg := &legend{}
	lg.title("Ego network of " + s.name[ego])
	if byNetworks {
		lg.note("boxes: your networks; each contact sits under the networks you share")
		lg.note("contacts you share no network with are tied to you directly")
	} else {
		lg.note("boxes: the communities your contacts belong to")
	}
	lg.swatch("#FFFFFF", "#000000", "double outline: in several of your networks (you meet them twice)")
	if byNetworks {
		lg.swatch("#FFFFFF", "#999999", "dashed outline: in your network, but no tie with you yet")
	}
	lg.title("Lines")
	lg.key("——", colorTie, "tie between two contacts: many ties in a box is a redundant cluster")
	lg.key("══", colorBridge, "thick black: bridge")
	lg.key("- - -", "#333333", "dashed: local bridge (no shared contact)")
	if sizeText != "" {
		lg.note("size: " + sizeText)
	}
	if s.opt.Anonymize {
		lg.note("names replaced by pseudonyms")
	}

	layout := s.layoutFor("twopi")
	var d dotWriter
	d.open("ties ego "+s.node[ego], layout, append([]attr{
		raw("root", quoteName(s.node[ego])), raw("overlap", "scale"), raw("splines", "false"),
		raw("ranksep", "1.4"), raw("forcelabels", "true"), raw("class", `"ties-ego"`),
	}, lg.attrs()...)...)
	d.stmt("node", raw("shape", "circle"), raw("style", "filled"), raw("fixedsize", "true"), raw("label", `" "`),
		raw("fontname", quoteText(fontName)), raw("fontsize", "10"), raw("color", `"`+colorOutline+`"`), raw("penwidth", "0.8"))
	for k, h := range hubs {
		d.node(hubNode[k], raw("class", `"group"`), raw("shape", "box"), raw("style", `"rounded,filled"`),
			raw("fixedsize", "false"), raw("fillcolor", `"`+hubPal[h.name]+`"`),
			text("label", fmt.Sprintf("%s\n%d", h.name, len(h.members))), raw("fontsize", "11"),
			text("tooltip", fmt.Sprintf("%s: %d people", h.name, len(h.members))))
	}
	for _, i := range people {
		a := []attr{raw("class", `"person"`), text("id", "person-"+s.node[i]), text("tooltip", s.tooltip(i))}
		switch {
		case i == ego:
			a = append(a, raw("class", `"person ego"`), raw("shape", "doublecircle"), raw("width", "0.6"),
				raw("fillcolor", `"#000000"`), raw("fontcolor", `"#FFFFFF"`), raw("fixedsize", "false"),
				text("label", s.name[i]), raw("fontsize", "12"))
			d.node(s.node[i], dedupe(a)...)
			continue
		case len(inHubs[i]) > 1:
			a = append(a, raw("class", `"person multi-group"`), raw("shape", "doublecircle"), raw("penwidth", "1.4"), raw("color", `"#000000"`))
		case !tied[i]:
			a = append(a, raw("class", `"person co-member"`), raw("style", `"filled,dashed"`), raw("color", `"#999999"`))
		}
		fill := "#DDDDDD"
		if hs := inHubs[i]; len(hs) > 0 {
			fill = hubPal[hubs[hs[0]].name]
		}
		a = append(a, num("width", width(i)), raw("fillcolor", `"`+fill+`"`))
		if labelAll || labelled[i] {
			a = append(a, text("xlabel", s.name[i]))
		}
		d.node(s.node[i], dedupe(a)...)
	}
	// Structure lines: ego to hubs and to contacts with no shared network,
	// hubs to their members.
	for k, h := range hubs {
		d.edge(s.node[ego], hubNode[k], raw("class", `"membership"`), raw("color", `"`+hubPal[h.name]+`"`), raw("penwidth", "2"))
		for _, m := range h.members {
			d.edge(hubNode[k], s.node[m], raw("class", `"membership"`), raw("color", `"`+hubPal[h.name]+`"`), raw("penwidth", "1"))
		}
	}
	for _, i := range people {
		if i != ego && len(inHubs[i]) == 0 {
			d.edge(s.node[ego], s.node[i], raw("class", `"tie"`), raw("color", `"`+colorTie+`"`))
		}
	}
	// Ties among contacts, drawn without pulling the layout (twopi lays out
	// a BFS tree from the root: these stay on the outer ring).
	for _, e := range edges {
		if e.a == ego || e.b == ego || !shown[e.a] || !shown[e.b] {
			continue
		}
		d.edge(s.node[e.a], s.node[e.b], append(edgeStyle(e, bridges, local), raw("weight", "0"))...)
	}
	d.close()
	return &Picture{DOT: d.b.Bytes(), Layout: layout, View: ViewEgo, Shown: len(people)}, nil
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
			parts = append(parts, v)
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
