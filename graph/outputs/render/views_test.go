package render

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/outputs/anonymize"
	"github.com/tiesnet/ties/graph/outputs/render/engine"
)

// demoShown counts, from the data, the people the ego view shows (ego,
// contacts by tie, members of ego's networks) and those the groups view
// shows (members of any network).
func demoShown(r *analysis.Result) (ego, members int) {
	nw := r.Network
	egoSet, memberSet := map[int]bool{nw.Ego: true}, map[int]bool{}
	for _, t := range nw.Ties {
		if t.From == nw.Ego {
			egoSet[t.To] = true
		}
		if t.To == nw.Ego {
			egoSet[t.From] = true
		}
	}
	for _, g := range nw.Groups {
		hasEgo := false
		for _, m := range g.Members {
			memberSet[m] = true
			hasEgo = hasEgo || m == nw.Ego
		}
		for _, m := range g.Members {
			if hasEgo {
				egoSet[m] = true
			}
		}
	}
	return len(egoSet), len(memberSet)
}

// The demo data (testdata/demo/README.md): 41 people, 7 networks, the ego
// in 6 of them; 35 people in the ego view, 36 members of some network; no
// bridges (every tie has a detour) but local bridges.
func TestViewsDOT(t *testing.T) {
	r := demoResult(t)
	egoShown, members := demoShown(r)
	if egoShown != 35 || members != 36 {
		t.Errorf("demo data changed: ego view %d, members %d", egoShown, members)
	}
	nBridges := len(r.Bridges)
	nLocal := 0
	for _, l := range r.LocalBridges {
		if l.Span >= 0 {
			nLocal++
		}
	}
	for _, c := range []struct {
		view    View
		layout  string
		pinned  bool
		persons int // nodes of class person
		others  int // nodes of other classes (not labels)
		bridges bool
	}{
		{ViewNetwork, "neato", true, 41, 0, true},
		{ViewEgo, "neato", true, egoShown, 6, true},
		{ViewGroups, "neato", true, members, 7, false},
		{ViewGroupMap, "neato", true, 0, 7, false},
		{ViewCommunities, "sfdp", false, 0, r.Undirected.Communities, false},
	} {
		t.Run(string(c.view), func(t *testing.T) {
			p, err := Build(r, Options{View: c.view})
			if err != nil {
				t.Fatal(err)
			}
			g := checkDOT(t, p.DOT)
			if p.Layout != c.layout || g.graphAttr["layout"] != c.layout || p.Pinned != c.pinned {
				t.Errorf("layout %q (DOT %q, pinned %v), want %q (pinned %v)", p.Layout, g.graphAttr["layout"], p.Pinned, c.layout, c.pinned)
			}
			if got := len(g.withClass("person")); got != c.persons {
				t.Errorf("%d person nodes, want %d", got, c.persons)
			}
			if got := len(g.order) - len(g.withClass("person")) - len(g.withClass("label")); got != c.others {
				t.Errorf("%d other nodes, want %d", got, c.others)
			}
			if lbl := g.graphAttr["label"]; !strings.HasPrefix(lbl, "<<table") || !strings.Contains(lbl, `href="#a_legend"`) {
				t.Errorf("no legend: %.80s", lbl)
			}
			// Pictures ties lays out are drawn where they are (no overlap
			// removal, every node pinned); the communities view removes
			// overlaps locally (prism): scaling spreads its large circles
			// over too big a canvas.
			want := "true"
			if !c.pinned {
				want = "prism"
			}
			if g.graphAttr["overlap"] != want {
				t.Errorf("overlap = %q, want %q", g.graphAttr["overlap"], want)
			}
			if c.pinned {
				for _, n := range g.order {
					if !strings.HasSuffix(g.nodes[n]["pos"], "!") {
						t.Fatalf("node %s not pinned: %v", n, g.nodes[n])
					}
				}
			}
			if !c.bridges {
				return
			}
			br := g.edgesWithClass("bridge")
			lb := g.edgesWithClass("local-bridge")
			if c.view == ViewNetwork && (len(br) != nBridges || len(lb) != nLocal) {
				t.Errorf("%d bridges and %d local bridges drawn, analysis has %d and %d", len(br), len(lb), nBridges, nLocal)
			}
			for _, e := range br {
				if e.attrs["penwidth"] != "3.5" || e.attrs["color"] != colorBridge {
					t.Errorf("bridge %s–%s drawn %v", e.a, e.b, e.attrs)
				}
			}
			for _, e := range lb {
				if e.attrs["style"] != "dashed" {
					t.Errorf("local bridge %s–%s drawn %v", e.a, e.b, e.attrs)
				}
			}
			if c.view == ViewNetwork && nLocal == 0 {
				t.Errorf("demo has no local bridges: the test needs some")
			}
		})
	}
}

// TestNetworkDetails checks what the network view says about people.
func TestNetworkDetails(t *testing.T) {
	r := demoResult(t)
	p, err := Build(r, Options{View: ViewNetwork, ColorBy: "country", Labels: 5})
	if err != nil {
		t.Fatal(err)
	}
	g := checkDOT(t, p.DOT)
	me := g.nodes["me"]
	if !hasWord(me["class"], "ego") || me["shape"] != "doublecircle" {
		t.Errorf("ego drawn %v", me)
	}
	labels := map[string]bool{}
	for _, n := range g.withClass("label") {
		labels[strings.TrimSuffix(strings.TrimSuffix(g.nodes[n]["label"], `\l`), `\r`)] = true
	}
	if !labels["Karin Lindqvist"] {
		t.Errorf("the ego is not labelled: %v", labels)
	}
	if !strings.Contains(me["tooltip"], `Karin Lindqvist (me)\norganization: Nordvik Medical AB\nprofession: product manager\ncountry: Sweden`) || !strings.Contains(me["tooltip"], `betweenness: `) {
		t.Errorf("ego tooltip %q", me["tooltip"])
	}
	labelled := len(g.withClass("label"))
	if want := 6; labelled != want && labelled != want-1 { // ego may be a top broker
		t.Errorf("%d labels, want the ego and 5 brokers", labelled)
	}
	if me["fillcolor"] != okabeIto[0] { // Sweden is the most common country
		t.Errorf("Sweden is %q, want %q", me["fillcolor"], okabeIto[0])
	}
	if _, err := Build(r, Options{ColorBy: "shoe size"}); err == nil {
		t.Error("unknown attribute accepted")
	}
	for _, bad := range []Options{{View: "pie"}, {SizeBy: "age"}, {Layout: "osage"}, {EgoGroups: "x"}, {View: ViewEgo, Ego: "nobody"}} {
		if _, err := Build(r, bad); err == nil {
			t.Errorf("%+v accepted", bad)
		}
	}
}

func TestDeterministic(t *testing.T) {
	r := demoResult(t)
	r2, err := analyse(demoDir+"people.csv", t)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range Views {
		a, err := Build(r, Options{View: v, Anonymize: true, Network: demoNetwork})
		if err != nil {
			t.Fatal(err)
		}
		b, err := Build(r2, Options{View: v, Anonymize: true, Network: demoNetwork})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.DOT, b.DOT) {
			t.Errorf("%s: two builds differ", v)
		}
	}
	var x, y bytes.Buffer
	for _, buf := range []*bytes.Buffer{&x, &y} {
		if _, err := Render(context.Background(), r, Options{View: ViewNetwork}, engine.SVG, buf, engine.Options{}); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(x.Bytes(), y.Bytes()) {
		t.Error("two SVG renders differ")
	}
}

func TestAnonymize(t *testing.T) {
	r := demoResult(t)
	nw := r.Network
	for _, v := range Views {
		var buf bytes.Buffer
		p, err := Render(context.Background(), r, Options{View: v, Anonymize: true, Network: demoNetwork}, engine.SVG, &buf, engine.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, out := range [][]byte{p.DOT, buf.Bytes()} {
			for _, person := range nw.People {
				for _, secret := range []string{person.Name, person.ID} {
					if len(secret) < 4 { // "me" is part of many words
						continue
					}
					if bytes.Contains(out, []byte(secret)) {
						t.Errorf("%s: %q appears in the anonymized output", v, secret)
					}
				}
			}
		}
		if v == ViewNetwork && !bytes.Contains(p.DOT, []byte(anonymize.Pseudonyms(r.IDs(), "")[0])) {
			t.Errorf("the ego's pseudonym is not in the network view")
		}
	}
}

// svgNodes counts the node groups with a class word in an SVG:
// <g id="…" class="node … word …">.
func svgNodes(svg []byte, word string) int {
	re := regexp.MustCompile(`<g id="[^"]*" class="node(?: [^"]*)?"`)
	n := 0
	for _, m := range re.FindAll(svg, -1) {
		cls := regexp.MustCompile(`class="([^"]*)"`).FindSubmatch(m)[1]
		if hasWord(string(cls), word) {
			n++
		}
	}
	return n
}

// wellFormed fails unless svg parses as XML.
func wellFormed(t *testing.T, svg []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
	}
}

func TestViewsSVG(t *testing.T) {
	r := demoResult(t)
	egoShown, members := demoShown(r)
	for _, c := range []struct {
		view      View
		class     string
		n         int
		bridges   int
		localDash bool
	}{
		{ViewNetwork, "person", 41, len(r.Bridges), true},
		{ViewEgo, "person", egoShown, -1, false},
		{ViewGroups, "person", members, 0, false},
		{ViewGroupMap, "group", 7, 0, false},
		{ViewCommunities, "community", r.Undirected.Communities, 0, false},
	} {
		t.Run(string(c.view), func(t *testing.T) {
			var buf bytes.Buffer
			if _, err := Render(context.Background(), r, Options{View: c.view}, engine.SVG, &buf, engine.Options{}); err != nil {
				t.Fatal(err)
			}
			svg := buf.Bytes()
			wellFormed(t, svg)
			if got := svgNodes(svg, c.class); got != c.n {
				t.Errorf("%d %s nodes in the SVG, want %d", got, c.class, c.n)
			}
			if !bytes.Contains(svg, []byte(`<g id="a_legend"><a xlink:href="#a_legend" xlink:title="Legend">`)) {
				t.Error("no legend in the SVG")
			}
			if c.bridges >= 0 {
				got := bytes.Count(svg, []byte(`class="edge tie bridge"`))
				if got != c.bridges {
					t.Errorf("%d bridges in the SVG, want %d", got, c.bridges)
				}
			}
			if c.bridges > 0 && !bytes.Contains(svg, []byte(`stroke="#000000" stroke-width="3.5"`)) {
				t.Error("bridges not drawn thick and black")
			}
			if c.localDash && !bytes.Contains(svg, []byte(`stroke-width="2" stroke-dasharray="5,2"`)) {
				t.Error("local bridges not dashed")
			}
		})
	}
}

// hostileNames are names that would break DOT or inject markup if any
// label, tooltip or id were not escaped.
var hostileNames = map[string]string{
	"erik.s":   `"><script>alert(1)</script>`,
	"me":       `O'Neil "the boss" \N \G`,
	"asa.o":    "two\nlines & <b>bold</b> &lt;i&gt;",
	"peter.a":  `=HYPERLINK("http://evil/","click")`,
	"katrin.m": `</text></g><script>x</script><g>`,
	// Characters XML 1.0 forbids even as references (issue 14 item 2).
	"johan.k": "Johan \uFFFE K\uFFFF",
}

func TestHostileNames(t *testing.T) {
	src, err := os.ReadFile(demoDir + "people.csv")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	for k, line := range lines {
		id, rest, ok := strings.Cut(line, ",")
		if name, hostile := hostileNames[id]; ok && hostile {
			_, after, _ := strings.Cut(rest, ",")
			lines[k] = id + "," + `"` + strings.ReplaceAll(name, `"`, `""`) + `",` + after
		}
	}
	path := filepath.Join(t.TempDir(), "people.csv")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := analyse(path, t)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Network.People[1].Name; got != hostileNames["erik.s"] {
		t.Fatalf("name read as %q", got)
	}
	for _, v := range Views {
		for _, opt := range []Options{{View: v, Labels: 100, Network: demoNetwork}, {View: v, Labels: 100, ColorBy: "community", Network: demoNetwork}} {
			var buf bytes.Buffer
			p, err := Render(context.Background(), r, opt, engine.SVG, &buf, engine.Options{})
			if err != nil {
				t.Fatalf("%s: %v", v, err)
			}
			checkDOT(t, p.DOT)
			svg := buf.Bytes()
			wellFormed(t, svg)
			low := bytes.ToLower(svg)
			if bytes.Contains(low, []byte("<script")) || bytes.Contains(low, []byte("<b>")) {
				t.Errorf("%s: markup from a name got into the SVG", v)
			}
			if v == ViewNetwork && svgNodes(svg, "person") != 41 {
				t.Errorf("%s: %d people in the SVG, want 41", v, svgNodes(svg, "person"))
			}
			if v == ViewNetwork && !bytes.Contains(svg, []byte(`&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;`)) {
				t.Errorf("%s: the hostile name is not shown escaped", v)
			}
			if bytes.Contains(svg, []byte("\uFFFE")) || bytes.Contains(svg, []byte("\uFFFF")) {
				t.Errorf("%s: a character XML forbids got into the SVG", v)
			}
			if v == ViewNetwork && !bytes.Contains(svg, []byte("Johan \uFFFD K\uFFFD")) {
				t.Errorf("%s: U+FFFE and U+FFFF in a name are not shown as U+FFFD", v)
			}
			if v == ViewNetwork && !bytes.Contains(svg, []byte(`O&#39;Neil &quot;the boss&quot; \N \G`)) {
				t.Errorf("%s: a name with quotes and backslashes is not shown as typed", v)
			}
			// Tooltips too: Graphviz unescapes them once more than labels.
			// (A label cut short may end in "\…".)
			if shown, typed := bytes.Count(svg, []byte("the boss&quot; ")), bytes.Count(svg, []byte(`the boss&quot; \`)); shown != typed {
				t.Errorf("%s: the ego's name is shown %d times, %d of them as typed", v, shown, typed)
			}
		}
	}
}

// TestBridges draws two triangles joined by one tie, a bridge, and checks
// its style in the DOT and the SVG.
func TestBridges(t *testing.T) {
	nw := graph.New()
	for _, id := range []string{"a", "b", "c", "d", "e", "f"} {
		nw.AddPerson(id, strings.ToUpper(id))
	}
	for _, p := range [][2]int{{0, 1}, {1, 2}, {0, 2}, {2, 3}, {3, 4}, {4, 5}, {3, 5}} {
		nw.AddTie(graph.Tie{From: p[0], To: p[1], Weight: 1, Mutual: true})
	}
	nw.Normalize()
	r, err := analysis.Run(nw, analysis.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	p, err := Build(r, Options{ColorBy: ColorCommunity})
	if err != nil {
		t.Fatal(err)
	}
	g := checkDOT(t, p.DOT)
	br := g.edgesWithClass("bridge")
	if len(br) != 1 || br[0].a != "c" || br[0].b != "d" || br[0].attrs["penwidth"] != "3.5" {
		t.Errorf("bridges drawn: %+v", br)
	}
	if n := len(g.edgesWithClass("local-bridge")); n != 0 {
		t.Errorf("%d local bridges drawn; the bridge is not also a local bridge", n)
	}
	if n := len(g.edgesWithClass("tie")); n != 7 {
		t.Errorf("%d ties drawn, want 7", n)
	}
	var buf bytes.Buffer
	if _, err := Render(context.Background(), r, Options{}, engine.SVG, &buf, engine.Options{}); err != nil {
		t.Fatal(err)
	}
	if got := bytes.Count(buf.Bytes(), []byte(`class="edge tie bridge"`)); got != 1 {
		t.Errorf("%d bridges in the SVG", got)
	}
	if !bytes.Contains(buf.Bytes(), []byte(`stroke="#000000" stroke-width="3.5"`)) {
		t.Error("bridge not thick and black in the SVG")
	}
}
