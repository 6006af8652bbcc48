package report

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html"
	"html/template"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/finding"
)

// The report's diagrams can be explored on screen: pan and zoom, a person's
// ties and card on hover, focus or tap, a network's members on a click,
// search by name and a filter by attribute value. One small script does it
// (interactive.js, written for the report: no framework, no request), run
// from the page itself and allowed by the page's Content-Security-Policy by
// its hash, nothing else. The script reads one JSON block the report
// writes (explore, below) and the data-* attributes annotate gives the
// pictures' nodes and lines; it adds every control itself, so that the page
// without JavaScript, and in print, is the static report it always was.
//
// Nothing in the block or the attributes names a person otherwise than the
// report does: people are numbers into the block's list, named there as
// the report names them (by name, "You" for the client, pseudonyms when
// the report is anonymised); the DOM ids render gives the nodes stay as
// they were (person-<id>, or the pseudonym when anonymised), attributes
// only, never shown.

//go:embed interactive.js
var interactiveJS string

// interactiveScript is the script as the page holds it: in a CDATA section
// behind line comments, so that a reader of the page as XML reads the
// script as text (JavaScript reads the two lines as comments).
var interactiveScript = "//<![CDATA[\n" + interactiveJS + "//]]>\n"

// interactiveHash is the script's CSP source, 'sha256-…' of its bytes as
// the page holds them.
var interactiveHash = func() string {
	h := sha256.Sum256([]byte(interactiveScript))
	return "'sha256-" + base64.StdEncoding.EncodeToString(h[:]) + "'"
}()

// interactiveCSS styles what the script adds (controls, the card, the
// highlight classes); print shows none of it, and every picture whole.
const interactiveCSS = `
figure.ties-live{position:relative}
figure.ties-live svg{cursor:grab;touch-action:none}
figure.ties-live svg.ties-drag{cursor:grabbing}
figure.ties-live svg:focus-visible{outline:2px solid #0072B2;outline-offset:2px}
.ties-tools{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center;margin:0 0 12px;padding:8px 10px;background:#eef3f8;border-radius:6px;font-size:.9em}
.ties-tools label{display:inline-flex;gap:5px;align-items:center}
.ties-tools input,.ties-tools select,.ties-tools button,.ties-zoom button{font:inherit;font-size:1em;padding:2px 6px;border:1px solid #888;border-radius:4px;background:#fff;color:#1a1a1a;max-width:16em}
.ties-tools .ties-status{color:#444;min-width:6em}
.ties-tools .ties-help{flex-basis:100%;color:#555;font-size:.92em;margin:0}
.ties-zoom{position:absolute;top:4px;right:4px;display:flex;gap:3px;z-index:2}
.ties-zoom button{min-width:1.9em;line-height:1.2;padding:1px 5px;opacity:.85}
.ties-zoom button:hover,.ties-zoom button:focus-visible{opacity:1}
figure.brings .ties-zoom button{min-width:1.6em;font-size:.85em}
.ties-card{position:absolute;z-index:10;max-width:22em;background:#fff;border:1px solid #777;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.25);padding:6px 10px;font-size:.86em;line-height:1.35;pointer-events:none}
.ties-card[hidden]{display:none}
.ties-card strong{display:block;font-size:1.08em;overflow-wrap:anywhere}
.ties-card p{margin:.15em 0;overflow-wrap:anywhere}
.ties-card .ties-k{color:#555}
svg .ties-p,svg .ties-l,svg .ties-g{cursor:pointer}
svg .ties-p:focus,svg .ties-g:focus{outline:none}
svg .ties-p:focus-visible ellipse,svg .ties-p:focus-visible polygon,svg .ties-g:focus-visible ellipse,svg .ties-g:focus-visible path,svg .ties-g:focus-visible polygon{stroke:#0072B2;stroke-width:3px}
svg.ties-focus g.node:not(.ties-on),svg.ties-focus g.edge:not(.ties-on){opacity:.13}
svg.ties-match .ties-p:not(.ties-on),svg.ties-match .ties-l:not(.ties-on),svg.ties-match g.edge:not(.ties-on){opacity:.13}
svg .ties-sel ellipse,svg .ties-sel polygon,svg .ties-sel path{stroke:#000;stroke-width:3px}
svg .ties-hit ellipse,svg .ties-hit polygon{stroke:#D55E00;stroke-width:3px}
svg.ties-focus g.edge.ties-on path{stroke-width:2.2px}
@media print{
.ties-ui{display:none!important}
.ties-view{transform:none!important}
svg g.node,svg g.edge{opacity:1!important}
}
`

// The data-* attributes annotate gives a picture's elements: data-p (a
// person's node: their number in the block), data-l (a person's name
// label), data-g (a network's node: its number), data-e (a line: its two
// ends, "p3", "g1", or "x" for an end that is neither).

// explore is the JSON block: the words the script shows, the attributes
// and measures a card lists, the people the pictures draw and the
// networks they belong to.
type explore struct {
	UI       map[string]string `json:"ui"`
	Attrs    []string          `json:"attrs"`
	Measures []string          `json:"measures"`
	People   []explorePerson   `json:"people"`
	Networks []exploreNetwork  `json:"networks"`
}

type explorePerson struct {
	Name     string   `json:"n"`
	Ego      bool     `json:"ego,omitempty"`
	Attrs    []string `json:"a"` // parallel to explore.Attrs; "" unknown
	Networks []int    `json:"g"` // into explore.Networks
	Measures []string `json:"m"` // parallel to explore.Measures
}

type exploreNetwork struct {
	Name    string `json:"n"`
	Members []int  `json:"m"` // the members the pictures draw, into explore.People
	Total   int    `json:"t"` // all its members
}

// uiCodes are the words the script shows, by the key it reads them under.
// A code with %s gets a placeholder the script fills ({n}).
var uiCodes = []struct {
	key, code string
	args      []any
}{
	{"tools", "report.ui.tools", nil},
	{"find", "report.ui.find", nil},
	{"findHint", "report.ui.find.hint", nil},
	{"found", "report.ui.found", []any{"{n}"}},
	{"noneFound", "report.ui.none_found", nil},
	{"filter", "report.ui.filter", nil},
	{"anyAttr", "report.ui.filter.any_attribute", nil},
	{"anyValue", "report.ui.filter.any_value", nil},
	{"network", "report.ui.network", nil},
	{"noNetwork", "report.ui.network.none", nil},
	{"clear", "report.ui.clear", nil},
	{"zoomIn", "report.ui.zoom_in", nil},
	{"zoomOut", "report.ui.zoom_out", nil},
	{"fit", "report.ui.fit", nil},
	{"help", "report.ui.help", nil},
	{"networks", "report.ui.card.networks", nil},
	{"members", "report.ui.card.members", []any{"{t}", "{n}"}},
	{"more", "report.ui.card.more", []any{"{n}"}},
}

// explorer gathers the block while the report's pictures are annotated.
type explorer struct {
	m      *model
	r      *analysis.Result
	node   map[string]int // DOT node name → person
	person map[int]int    // person → number in the block
	net    map[int]int    // network (group) → number in the block
	groups [][]int        // person → the groups they belong to
	data   explore
}

// explorer returns the report's explorer, made on first use.
func (m *model) explorer() *explorer {
	if m.exp != nil {
		return m.exp
	}
	r := m.names.r
	nw := r.Network
	x := &explorer{m: m, r: r, node: map[string]int{}, person: map[int]int{}, net: map[int]int{}}
	ids := r.IDs()
	for i, id := range ids {
		if m.names.anon {
			x.node[m.names.pseudos[i]] = i
		} else {
			x.node[dotNodeName(id)] = i
		}
	}
	x.groups = make([][]int, len(nw.People))
	for g, grp := range nw.Groups {
		for _, p := range grp.Members {
			if p >= 0 && p < len(x.groups) && !slices.Contains(x.groups[p], g) {
				x.groups[p] = append(x.groups[p], g)
			}
		}
	}
	x.data.Attrs = slices.Clone(nw.Attributes)
	x.data.Measures = []string{m.t("report.col.ties"), m.t("report.col.betweenness"), m.t("report.col.constraint"), m.t("report.glossary.effective_size.name")}
	x.data.UI = map[string]string{}
	for _, c := range uiCodes {
		x.data.UI[c.key] = m.p.Text(finding.Code(c.code), c.args...)
	}
	m.exp = x
	return x
}

// Explore is the JSON block of the report, nil when no picture was
// annotated (the page then carries no script).
func (m *model) Explore() *explore {
	x := m.exp
	if x == nil || len(x.data.People) == 0 && len(x.data.Networks) == 0 {
		return nil
	}
	nw := x.r.Network
	for g, k := range x.net {
		var ms []int
		for _, p := range nw.Groups[g].Members {
			if j, ok := x.person[p]; ok && !slices.Contains(ms, j) {
				ms = append(ms, j)
			}
		}
		slices.Sort(ms)
		x.data.Networks[k].Members = ms
	}
	return &x.data
}

// InteractiveJS is the script, as the page holds it.
func (m *model) InteractiveJS() template.JS { return template.JS(interactiveScript) }

// dotNodeName is render's DOT node name of a person with this id (render's
// nodeName): the id, or, past 120 bytes, its first 108 bytes, "…" and a
// hash. A name that does not resolve leaves its node without data-p, and
// the test of annotate says so.
func dotNodeName(id string) string {
	const maxNodeName = 120
	if len(id) <= maxNodeName {
		return id
	}
	cut := strings.ToValidUTF8(id[:maxNodeName-12], "")
	h := sha256.Sum256([]byte(id))
	return fmt.Sprintf("%s…%x", cut, h[:4])
}

// addPerson gives person i a number in the block.
func (x *explorer) addPerson(i int) int {
	if k, ok := x.person[i]; ok {
		return k
	}
	nw := x.r.Network
	p := explorePerson{Ego: i == x.r.Ego()}
	if p.Ego {
		p.Name = x.m.t("report.you.table")
	} else {
		p.Name = x.m.names.Label(i)
	}
	p.Attrs = make([]string, len(nw.Attributes))
	for a := range nw.Attributes {
		p.Attrs[a] = nw.Attr(i, a)
	}
	p.Networks = []int{}
	for _, g := range x.groups[i] {
		p.Networks = append(p.Networks, x.addNetwork(g))
	}
	r, f := x.r, x.m.fig
	p.Measures = []string{
		f.fmtAmount(at(r.Metric(analysis.Degree), i)),
		f.fmtBetweenness(r, i),
		f.fmt2(at(r.Metric(analysis.Constraint), i)),
		f.fmt2(at(r.Metric(analysis.EffectiveSize), i)),
	}
	k := len(x.data.People)
	x.data.People = append(x.data.People, p)
	x.person[i] = k
	return k
}

// addNetwork gives network (group) g a number in the block.
func (x *explorer) addNetwork(g int) int {
	if k, ok := x.net[g]; ok {
		return k
	}
	grp := x.r.Network.Groups[g]
	k := len(x.data.Networks)
	x.data.Networks = append(x.data.Networks, exploreNetwork{Name: grp.Name, Members: []int{}, Total: len(grp.Members)})
	x.net[g] = k
	return k
}

// Graphviz writes every node and line as <g id="…" class="node …"> or
// class="edge …", its DOT name (or "a--b", "a->b") in the <title> that
// follows, and a tooltip as the xlink:title of an <a> inside.
var (
	gvElem    = regexp.MustCompile(`<g id="([^"]*)" class="((?:node|edge)(?: [^"]*)?)">\s*<title>([^<]*)</title>`)
	gvTooltip = regexp.MustCompile(`<a [^>]*?xlink:title="([^"]*)"`)
	gvText    = regexp.MustCompile(`<text\b[^>]*>([^<]*)</text>`)
)

// svgElem is one node or line of a picture.
type svgElem struct {
	at      int // index of the start tag's closing '>'
	id      string
	classes []string
	title   string // DOT name, unescaped
	tooltip string // unescaped
	text    string // the visible text, lines joined by spaces
	edge    bool
	// resolved: person (-1: none), network (-1: none), label of person.
	person, network, label int
}

func (e *svgElem) is(class string) bool { return slices.Contains(e.classes, class) }

// annotate gives a picture's nodes and lines the data-* attributes the
// script reads: who a node is, which person a name label names, which
// network a node stands for, and what each line joins. It reads the SVG
// as render and Graphviz write it (safeSVG has checked it), before
// diagramSVG drops the titles and tooltips it works from; it adds
// attributes only.
func (x *explorer) annotate(svg string) string {
	els := parseSVGElems(svg)
	nodes := x.resolveNodes(els)
	lines := x.resolveLines(els, nodes)
	return x.writeAnnotations(svg, els, lines)
}

// parseSVGElems finds the nodes and lines Graphviz wrote in svg, each with
// its id, classes, title, and for a node its tooltip and text.
func parseSVGElems(svg string) []*svgElem {
	var els []*svgElem
	ms := gvElem.FindAllStringSubmatchIndex(svg, -1)
	for k, mt := range ms {
		end := len(svg)
		if k+1 < len(ms) {
			end = ms[k+1][0]
		}
		body := svg[mt[1]:end]
		e := &svgElem{
			at:      mt[0] + strings.Index(svg[mt[0]:], ">"),
			id:      html.UnescapeString(svg[mt[2]:mt[3]]),
			classes: strings.Fields(html.UnescapeString(svg[mt[4]:mt[5]])),
			title:   html.UnescapeString(svg[mt[6]:mt[7]]),
			person:  -1, network: -1, label: -1,
		}
		e.edge = e.classes[0] == "edge"
		if !e.edge {
			if t := gvTooltip.FindStringSubmatch(body); t != nil {
				e.tooltip = html.UnescapeString(t[1])
			}
			var words []string
			for _, t := range gvText.FindAllStringSubmatch(body, -1) {
				if s := strings.TrimSpace(html.UnescapeString(t[1])); s != "" {
					words = append(words, s)
				}
			}
			e.text = strings.Join(words, " ")
		}
		els = append(els, e)
	}
	return els
}

// resolveNodes finds the person or network each node stands for, and the
// person each name label names (by its tooltip); it returns the nodes by
// title.
func (x *explorer) resolveNodes(els []*svgElem) map[string]*svgElem {
	nodes := map[string]*svgElem{}
	tips := map[string]int{} // a person's tooltip → the person (a name label has the same)
	nw := x.r.Network
	for _, e := range els {
		if e.edge {
			continue
		}
		nodes[e.title] = e
		switch {
		case e.is("person"):
			i, ok := x.node[e.title]
			if !ok {
				i, ok = x.node[strings.TrimPrefix(e.id, "person-")]
			}
			if ok {
				e.person = i
				if e.tooltip != "" {
					tips[e.tooltip] = i
				}
			}
		case e.is("group") && strings.HasPrefix(e.id, "group-"):
			e.network = groupByID(nw.Groups, strings.TrimPrefix(e.id, "group-"))
		}
	}
	for _, e := range els {
		if !e.edge && e.is("label") && !e.is("edge-label") && e.tooltip != "" {
			if i, ok := tips[e.tooltip]; ok {
				e.label = i
			}
		}
	}
	return nodes
}

// svgEnds are the two nodes a line joins.
type svgEnds struct{ a, b *svgElem }

// resolveLines finds what each line joins. A hub of the ego view (a group
// node with no id) is the ego's network whose drawn members are the
// people it links.
func (x *explorer) resolveLines(els []*svgElem, nodes map[string]*svgElem) map[*svgElem]svgEnds {
	lines := map[*svgElem]svgEnds{}
	linked := map[*svgElem][]int{}
	for _, e := range els {
		if !e.edge {
			continue
		}
		a, b := splitEdgeTitle(e.title, nodes)
		if a == nil {
			continue
		}
		lines[e] = svgEnds{a, b}
		if a.is("group") && b.person >= 0 {
			linked[a] = append(linked[a], b.person)
		}
		if b.is("group") && a.person >= 0 {
			linked[b] = append(linked[b], a.person)
		}
	}
	drawn := map[int]bool{}
	for _, e := range els {
		if e.person >= 0 {
			drawn[e.person] = true
		}
	}
	for _, e := range els {
		if !e.edge && e.is("group") && e.network < 0 && !e.is("community") && len(linked[e]) > 0 {
			e.network = x.hubNetwork(e, linked[e], drawn)
		}
	}
	return lines
}

// writeAnnotations writes svg with the data-* attributes added, in order.
func (x *explorer) writeAnnotations(svg string, els []*svgElem, lines map[*svgElem]svgEnds) string {
	var b strings.Builder
	b.Grow(len(svg) + 24*len(els))
	last := 0
	token := func(n *svgElem) string {
		switch {
		case n.person >= 0:
			return "p" + strconv.Itoa(x.addPerson(n.person))
		case n.network >= 0:
			return "g" + strconv.Itoa(x.addNetwork(n.network))
		}
		return "x"
	}
	for _, e := range els {
		var attr string
		switch {
		case e.edge:
			if l, ok := lines[e]; ok {
				attr = fmt.Sprintf(` data-e="%s %s"`, token(l.a), token(l.b))
			}
		case e.person >= 0:
			attr = fmt.Sprintf(` data-p="%d"`, x.addPerson(e.person))
		case e.label >= 0:
			attr = fmt.Sprintf(` data-l="%d"`, x.addPerson(e.label))
		case e.network >= 0:
			attr = fmt.Sprintf(` data-g="%d"`, x.addNetwork(e.network))
		}
		if attr == "" {
			continue
		}
		b.WriteString(svg[last:e.at])
		b.WriteString(attr)
		last = e.at
	}
	b.WriteString(svg[last:])
	return b.String()
}

// groupByID is the network render's group node id names: "group-" and the
// name, or "group-<k>-…" when the name had to be shortened.
func groupByID(groups []graph.Group, rest string) int {
	for g := range groups {
		if groups[g].Name == rest {
			return g
		}
	}
	if k, tail, ok := strings.Cut(rest, "-"); ok && tail != "" {
		if g, err := strconv.Atoi(k); err == nil && g >= 0 && g < len(groups) {
			return g
		}
	}
	return -1
}

// splitEdgeTitle finds a line's two ends in its title ("a--b" or "a->b"),
// where either name may itself hold "--".
func splitEdgeTitle(t string, nodes map[string]*svgElem) (a, b *svgElem) {
	for _, sep := range []string{"--", "->"} {
		for k := strings.Index(t, sep); k >= 0; {
			if na, ok := nodes[t[:k]]; ok {
				if nb, ok := nodes[t[k+len(sep):]]; ok {
					return na, nb
				}
			}
			next := strings.Index(t[k+1:], sep)
			if next < 0 {
				break
			}
			k += 1 + next
		}
	}
	return nil, nil
}

// hubNetwork is the network a hub of the ego view stands for: of the
// networks holding every person it links, the one whose drawn members
// (the ego aside) are exactly those people, told apart by name when two
// are.
func (x *explorer) hubNetwork(e *svgElem, linked []int, drawn map[int]bool) int {
	nw := x.r.Network
	want := map[int]bool{}
	for _, p := range linked {
		if p != x.r.Ego() {
			want[p] = true
		}
	}
	var cands []int
	for g, grp := range nw.Groups {
		got := 0
		ok := true
		for _, p := range grp.Members {
			if p == x.r.Ego() || !drawn[p] {
				continue
			}
			if !want[p] {
				ok = false
				break
			}
			got++
		}
		if ok && got == len(want) {
			cands = append(cands, g)
		}
	}
	if len(cands) == 1 {
		return cands[0]
	}
	text := strings.TrimSuffix(e.text, "…")
	var byName []int
	for _, g := range cands {
		name := strings.Join(strings.Fields(nw.Groups[g].Name), " ")
		if text != "" && (name == e.text || strings.HasPrefix(name, text)) {
			byName = append(byName, g)
		}
	}
	if len(byName) == 1 {
		return byName[0]
	}
	return -1
}
