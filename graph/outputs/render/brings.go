package render

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/outputs/words"
)

// ErrNoNetwork: the brings view needs Options.Network, a network of the
// data.
var ErrNoNetwork = errors.New("render: the brings view needs a network")

// The brings view answers one question for one network: what it brings
// the ego (docs/spec/evaluate.md, as ties evaluate judges it). The ego is
// in the centre; around it one ring per kind of member, from the inside
// out: the members the ego keeps without the network (already in the
// ego's world through a tie or another network), the contacts whose tie
// depends on it (held only here: they would likely fade without it), the
// members new to the ego; and outside, the people two steps away reached
// only through it (their contacts). Everyone is filled by whether they
// hold a value the ego meets nowhere else (unseen values). What the
// network brings is the rings from the second outwards; the inner ring is
// what it repeats. The caption gives the spec's figures.
type bringsRing struct {
	key, title string
	people     []int
	collapsed  bool // drawn as one count node
}

// Ring geometry, in points: full size and thumbnail (Options.Small).
type bringsGeometry struct {
	person, beyond float64 // node radii
	gap            float64 // between rings
	ego            float64 // the ego's radius (at least)
	slack          float64 // between neighbours on a ring
}

var (
	bringsFull  = bringsGeometry{person: 7, beyond: 5.5, gap: 64, ego: 30, slack: 6}
	bringsSmall = bringsGeometry{person: 3.6, beyond: 3, gap: 17, ego: 7, slack: 2.2}
)

// thumbRadius is the least outer ring radius of a thumbnail, in points.
const thumbRadius = 85

// colorUnseen fills people who hold a value the ego meets nowhere else;
// colorSeen the others.
const (
	colorUnseen = "#D55E00"
	colorSeen   = "#D9D9D9"
)

// brings draws what network Options.Network brings the ego: rings around
// the ego of the members kept without it, those held only here, those new
// to the ego and their contacts reached only through it, each person
// filled when they hold a value the ego meets nowhere else.
func (s *scene) brings() (*Picture, error) {
	if s.opt.Network == "" {
		return nil, fmt.Errorf("%w: name one of %s", ErrNoNetwork, s.networkNames())
	}
	ev, n, err := s.bringsNetwork()
	if err != nil {
		return nil, err
	}
	ego := ev.Ego
	geo := bringsFull
	if s.opt.Small {
		geo = bringsSmall
	}

	rings := s.bringsRings(n, ev.Ego)
	unseen := s.unseenHolders(ev, n)

	small := s.opt.Small
	egoLabel := words.Shorten(words.OneLine(s.name[ego]), 20)
	where, ringR, egoR := s.placeRings(rings, geo, egoLabel)
	layout := "neato"
	pinned := true
	if s.opt.Layout != "" {
		layout, pinned = s.opt.Layout, false
	}
	sh := &sheet{pinned: pinned}
	egoItem := sh.add(&item{name: s.node[ego], at: point{}, r: egoR + 1, attrs: s.bringsEgo(ego, egoR, egoLabel)})
	ringNames := groupNodeNames(s.nw, 3*len(rings), "ring")
	labelAll := false
	individuals := 0
	for _, r := range rings {
		if !r.collapsed {
			individuals += len(r.people)
		}
	}
	labelAll = individuals <= 60
	items := map[int]*item{ego: egoItem}
	labels := 0
	for k, r := range rings {
		if len(r.people) == 0 {
			continue
		}
		if s.ringDecor(sh, rings[k], ringR[k], ringNames[3*k:3*k+3], unseen) {
			continue
		}
		pr := geo.person
		if k == 3 {
			pr = geo.beyond
		}
		for _, i := range r.people {
			p := where[i]
			fill := colorSeen
			if len(unseen[i]) > 0 {
				fill = colorUnseen
			}
			tip := s.tooltip(i) + "\n" + r.title
			if len(unseen[i]) > 0 {
				tip += "\n" + s.w.t("render.ring.tip.unseen", strings.Join(unseen[i], "; "))
			}
			tip = boundTip(tip)
			a := []attr{raw("class", `"person `+r.key+`"`), text("id", "person-"+s.node[i]), text("tooltip", tip),
				num("width", 2*pr/72), raw("fillcolor", `"`+fill+`"`)}
			switch r.key {
			case "held-only-here":
				a = append(a, raw("color", `"#000000"`), raw("penwidth", fmtNum(max(1, pr/5))))
			case "new-to-ego":
				a = append(a, raw("style", `"filled,dashed"`), raw("color", `"#000000"`), raw("penwidth", fmtNum(max(0.8, pr/6))))
			case "their-contacts":
				a = append(a, raw("color", `"#8C8C8C"`))
			}
			it := &item{name: s.node[i], attrs: a, at: p.at, r: pr + 1}
			if !small && (labelAll || (k >= 1 && k <= 2 && labels < MaxLabelled)) {
				labels++
				it.label = &itemLabel{text: s.label(i), size: 9, prio: float64(k), dir: p.angle, tooltip: tip}
			}
			items[i] = sh.add(it)
		}
	}
	s.bringsLines(sh, ego, egoItem, items, rings)
	sh.finish()

	var d dotWriter
	gattrs := []attr{raw("class", `"ties-brings"`)}
	if small {
		// A thumbnail: about 300 px wide in a report (SVG points are 4/3 px).
		gattrs = append(gattrs, raw("size", `"3.1,3.6"`), raw("pad", `"0.05"`))
	}
	gattrs = append(gattrs, sh.graphAttrs()...)
	gattrs = append(gattrs, s.bringsCaption(ev, n, rings, unseen, sh.Unplaced)...)
	d.open("ties brings", layout, dedupe(gattrs)...)
	d.stmt("node", raw("shape", "circle"), raw("style", "filled"), raw("fixedsize", "true"), raw("label", `" "`),
		raw("fontname", quoteText(fontName)), raw("fontsize", "10"), raw("color", `"`+colorOutline+`"`), raw("penwidth", "0.8"))
	sh.write(&d, s.labelNames)
	d.close()
	collapsed := 0
	for _, r := range rings {
		if r.collapsed {
			collapsed += len(r.people)
		}
	}
	return &Picture{DOT: d.b.Bytes(), Layout: layout, Pinned: pinned, View: ViewBrings, Shown: individuals, Collapsed: collapsed}, nil
}

// bringsNetwork is the network of Options.Network and the evaluation it
// is judged in (Options.Evaluation, or one made with the defaults), from
// the ego's point of view.
func (s *scene) bringsNetwork() (*evaluate.Result, *evaluate.Network, error) {
	ev := s.opt.Evaluation
	if ev == nil {
		var err error
		if ev, err = evaluate.Evaluate(s.r, evaluate.Options{}); err != nil {
			return nil, nil, err
		}
	}
	if ev.Population || ev.Ego < 0 {
		return nil, nil, ErrNoEgo
	}
	var n *evaluate.Network
	for _, x := range ev.Networks {
		if x.Name == s.opt.Network {
			n = x
		}
	}
	if n == nil {
		return nil, nil, fmt.Errorf("%w: no network %q; the data has %s", ErrNoNetwork, s.opt.Network, s.networkNames())
	}
	return ev, n, nil
}

// bringsRings are the rings, inside out: the members the ego keeps
// without the network, those held only here, those new to the ego, and
// their contacts reached only through it. At most CollapseAbove people are
// drawn one by one: the largest rings become count nodes until the rest
// fit.
func (s *scene) bringsRings(n *evaluate.Network, ego int) []*bringsRing {
	inHeldOrNew := map[int]bool{}
	for _, i := range n.HeldOnlyHere {
		inHeldOrNew[i] = true
	}
	for _, i := range n.NewToEgo {
		inHeldOrNew[i] = true
	}
	var kept []int
	for _, m := range s.nw.Groups[n.Group].Members {
		if m != ego && !inHeldOrNew[m] {
			kept = append(kept, m)
		}
	}
	slices.Sort(kept)
	kept = slices.Compact(kept)
	newTitle := s.w.t("render.ring.new")
	if !n.Member {
		newTitle = s.w.t("render.ring.new.join")
	}
	rings := []*bringsRing{
		{key: "kept", title: s.w.t("render.ring.kept"), people: kept},
		{key: "held-only-here", title: s.w.t("render.ring.held"), people: slices.Clone(n.HeldOnlyHere)},
		{key: "new-to-ego", title: newTitle, people: slices.Clone(n.NewToEgo)},
		{key: "their-contacts", title: s.w.t("render.ring.their"), people: slices.Clone(n.TheirContactsPeople)},
	}
	for {
		total, largest := 0, -1
		for k, r := range rings {
			if r.collapsed {
				continue
			}
			total += len(r.people)
			if largest < 0 || len(r.people) > len(rings[largest].people) {
				largest = k
			}
		}
		if total <= s.opt.CollapseAbove || largest < 0 {
			break
		}
		rings[largest].collapsed = true
	}
	return rings
}

// placeRings sizes the rings around the ego's circle (its label egoLabel)
// and places each person on theirs: members by community, then by person;
// people reached only through the network beside the members they are
// reached through. A thumbnail's rings are spread to thumbRadius.
func (s *scene) placeRings(rings []*bringsRing, geo bringsGeometry, egoLabel string) (where map[int]ringSpot, ringR []float64, egoR float64) {
	comm := func(i int) int {
		if s.community == nil {
			return 0
		}
		return s.community[i]
	}
	for _, r := range rings[:3] {
		slices.SortStableFunc(r.people, func(a, b int) int { return cmp.Or(cmp.Compare(comm(a), comm(b)), cmp.Compare(a, b)) })
	}
	small := s.opt.Small
	where = map[int]ringSpot{}
	radius := geo.ego
	if !small {
		w, _ := textBox(egoLabel, 11, 6)
		radius = max(radius, w/2+4)
	}
	egoR = radius
	ringR = make([]float64, len(rings))
	titleGap := make([]float64, len(rings))
	for k, r := range rings {
		if len(r.people) == 0 {
			continue
		}
		pr := geo.person
		if k == 3 {
			pr = geo.beyond
		}
		count := len(r.people)
		if r.collapsed {
			count = 1
		}
		need := float64(count) * (2*pr + geo.slack) / (2 * math.Pi)
		rr := max(radius+geo.gap, need)
		if !small {
			// Leave the top of the ring to its title.
			tw, _ := textBox(s.ringTitle(r), 10, 2)
			titleGap[k] = (tw/2 + 10) / rr
			rr = max(rr, need+tw/(2*math.Pi))
			titleGap[k] = (tw/2 + 10) / rr
		}
		ringR[k] = rr
		radius = rr
		if r.collapsed {
			continue
		}
		// Angles from just right of the title, clockwise, round to its
		// left.
		span := 2*math.Pi - 2*titleGap[k]
		order := r.people
		if k == 3 {
			order = s.byReach(r.people, where)
		}
		for m, i := range order {
			a := math.Pi/2 - titleGap[k] - span*(float64(m)+0.5)/float64(len(order))
			if len(order) == 1 && small {
				a = -math.Pi / 2
			}
			where[i] = ringSpot{polar(rr, a), a}
		}
	}

	// A thumbnail of a small network would be a speck beside its caption:
	// its rings are spread to fill about 170 points (230 pixels).
	if outer := slices.Max(ringR); small && outer > 0 && outer < thumbRadius {
		f := thumbRadius / outer
		for k := range ringR {
			ringR[k] *= f
		}
		for i, p := range where {
			where[i] = ringSpot{point{p.at.x * f, p.at.y * f}, p.angle}
		}
	}
	return where, ringR, egoR
}

// ringDecor adds ring r's guide circle (radius rr) and, full size, its
// title; a collapsed ring gets its count node instead of people, and
// ringDecor reports true. names are the three node names of the ring.
func (s *scene) ringDecor(sh *sheet, r *bringsRing, rr float64, names []string, unseen map[int][]string) bool {
	small := s.opt.Small
	sh.add(&item{name: names[0], decor: true, at: point{}, attrs: []attr{
		raw("class", `"ring"`), raw("shape", "circle"), raw("style", `"dashed"`), raw("fillcolor", `"none"`),
		raw("color", `"#C8C8C8"`), raw("penwidth", "0.8"), num("width", 2*rr/72), raw("label", `" "`),
		text("tooltip", s.ringTitle(r))}})
	if !small {
		t := s.ringTitle(r)
		w, h := textBox(t, 10, 2)
		sh.add(&item{name: names[1], at: point{0, rr}, w: w, h: h, attrs: []attr{
			raw("class", `"ring-title"`), raw("shape", "plaintext"), raw("style", "filled"), raw("fillcolor", `"#FFFFFF"`),
			raw("fixedsize", "true"), num("width", w/72), num("height", h/72), raw("margin", "0"),
			raw("fontsize", "10"), raw("fontcolor", `"#444444"`), text("label", t)}})
	}
	if r.collapsed {
		holders := 0
		for _, i := range r.people {
			if len(unseen[i]) > 0 {
				holders++
			}
		}
		t := s.w.n("render.ring.count", len(r.people), s.w.int(len(r.people))) + "\n" + r.title
		if holders > 0 {
			t += "\n" + s.w.n("render.ring.count.unseen", holders, s.w.int(holders))
		}
		size := 10.0
		if small {
			t, size = fmtInt(len(r.people)), 7
		}
		w, h := textBox(t, size, 4)
		border := "#777777"
		if holders > 0 {
			border = colorUnseen
		}
		sh.add(&item{name: names[2], at: point{0, -rr}, w: w, h: h, attrs: []attr{
			raw("class", `"count `+r.key+`"`), raw("shape", "box"), raw("style", `"rounded,filled"`),
			raw("fillcolor", `"#FFFFFF"`), raw("color", `"`+border+`"`), raw("penwidth", "1.5"),
			raw("fixedsize", "true"), num("width", w/72), num("height", h/72), num("fontsize", size),
			text("label", t), text("tooltip", s.w.n("render.ring.count.tip", len(r.people), r.title, s.w.int(len(r.people))))}})
		return true
	}
	return false
}

// bringsLines adds the ego's ties to the members it is tied to, and the
// ties through which the outer ring is reached.
func (s *scene) bringsLines(sh *sheet, ego int, egoItem *item, items map[int]*item, rings []*bringsRing) {
	small := s.opt.Small
	tie := s.r.Views.Tie
	pen := "1"
	if small {
		pen = "0.5"
	}
	for _, j := range tie.Neighbors(ego) {
		if it, ok := items[int(j)]; ok && int(j) != ego {
			sh.spoke(egoItem, it, raw("class", `"tie"`), raw("color", `"#9A9A9A"`), raw("penwidth", pen))
		}
	}
	if !rings[3].collapsed {
		member := map[int]bool{}
		for _, r := range rings[:3] {
			for _, i := range r.people {
				member[i] = true
			}
		}
		for _, i := range rings[3].people {
			for _, j := range tie.Neighbors(i) {
				if member[int(j)] && items[int(j)] != nil {
					sh.spoke(items[int(j)], items[i], raw("class", `"reach"`), raw("color", `"#BDBDBD"`), raw("penwidth", pen))
				}
			}
		}
	}
}

// ringSpot is where a person sits on a ring.
type ringSpot struct {
	at    point
	angle float64
}

// ringTitle is a ring's name with its number of people.
func (s *scene) ringTitle(r *bringsRing) string {
	return s.w.t("render.ring.title", r.title, s.w.int(len(r.people)))
}

// bringsEgo draws the ego: a black disc with the name (a dot in a
// thumbnail).
func (s *scene) bringsEgo(ego int, r float64, label string) []attr {
	a := []attr{raw("class", `"person ego"`), text("id", "person-"+s.node[ego]), text("tooltip", s.tooltip(ego)),
		raw("shape", "circle"), num("width", 2*r/72), raw("fillcolor", `"#000000"`), raw("color", `"#000000"`)}
	if !s.opt.Small {
		a = append(a, text("label", label), raw("fontcolor", `"#FFFFFF"`), raw("fontsize", "11"))
	}
	return a
}

// byReach orders the people reached only through the network by where
// the members they are reached through sit (the circular mean of their
// angles), so that each stands outside its members.
func (s *scene) byReach(people []int, where map[int]ringSpot) []int {
	tie := s.r.Views.Tie
	key := map[int]float64{}
	for _, i := range people {
		sx, sy := 0.0, 0.0
		for _, j := range tie.Neighbors(i) {
			if p, ok := where[int(j)]; ok {
				sx += math.Cos(p.angle)
				sy += math.Sin(p.angle)
			}
		}
		a := math.Pi / 2
		if sx != 0 || sy != 0 {
			a = math.Atan2(sy, sx)
		}
		// Clockwise from the top: the key grows as the angle falls.
		key[i] = math.Mod(math.Pi/2-a+4*math.Pi, 2*math.Pi)
	}
	out := slices.Clone(people)
	slices.SortStableFunc(out, func(a, b int) int { return cmp.Or(cmp.Compare(key[a], key[b]), cmp.Compare(a, b)) })
	return out
}

// unseenHolders returns, per person, the values they hold that the ego
// meets nowhere else ("country: Finland"), from the evaluation's unseen
// values of the network.
func (s *scene) unseenHolders(ev *evaluate.Result, n *evaluate.Network) map[int][]string {
	out := map[int][]string{}
	people := slices.Clone(s.nw.Groups[n.Group].Members)
	people = append(people, n.TheirContactsPeople...)
	for k, name := range ev.Attributes {
		if k >= len(n.UnseenValues) || len(n.UnseenValues[k]) == 0 {
			continue
		}
		a, ok := s.nw.AttributeIndex(name)
		if !ok {
			continue
		}
		set := map[string]bool{}
		for _, v := range n.UnseenValues[k] {
			set[v] = true
		}
		for _, i := range people {
			if i == ev.Ego {
				continue
			}
			if v := s.nw.Attr(i, a); set[v] && !slices.Contains(out[i], tipText(name)+": "+tipText(v)) {
				out[i] = append(out[i], tipText(name)+": "+tipText(v))
			}
		}
	}
	return out
}

// networkNames lists the data's networks for an error message.
func (s *scene) networkNames() string {
	var names []string
	for _, g := range s.nw.Groups {
		names = append(names, fmt.Sprintf("%q", labelText(g.Name)))
	}
	if len(names) == 0 {
		return "no networks (give memberships)"
	}
	return newWording(nil).some(names, 12) // an error message: English
}
