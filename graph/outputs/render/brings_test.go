package render

import (
	"bytes"
	"context"
	"errors"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/outputs/render/engine"
)

// demoEval is ties evaluate's judgement of the demo.
func demoEval(t testing.TB) *evaluate.Result {
	t.Helper()
	ev, err := evaluate.Evaluate(demoResult(t), evaluate.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return ev
}

// ringsOf reads the brings view's rings from its DOT: the ids of the
// people in each ring (by class), and the count nodes.
func ringsOf(t *testing.T, r *analysis.Result, g *dotGraph) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, ring := range []string{"kept", "held-only-here", "new-to-ego", "their-contacts"} {
		ids := []string{}
		for _, n := range g.withClass(ring) {
			if hasWord(g.nodes[n]["class"], "person") {
				ids = append(ids, n)
			}
		}
		slices.Sort(ids)
		out[ring] = ids
	}
	return out
}

func idsOf(r *analysis.Result, people []int) []string {
	out := []string{}
	for _, i := range people {
		out = append(out, r.Network.People[i].ID)
	}
	slices.Sort(out)
	return out
}

// The brings view's rings are evaluate's lists: held only here, new to
// the ego, their contacts, and the other members (kept), for every demo
// network; each ring lies further out than the one before; the people
// holding an unseen value are filled as such.
func TestBringsRingsDemo(t *testing.T) {
	r := demoResult(t)
	ev := demoEval(t)
	for _, n := range ev.Networks {
		t.Run(n.Name, func(t *testing.T) {
			p, err := Build(r, Options{View: ViewBrings, Network: n.Name, Evaluation: ev})
			if err != nil {
				t.Fatal(err)
			}
			g := checkDOT(t, p.DOT)
			got := ringsOf(t, r, g)
			inHeldOrNew := map[int]bool{}
			for _, i := range append(slices.Clone(n.HeldOnlyHere), n.NewToEgo...) {
				inHeldOrNew[i] = true
			}
			var kept []int
			for _, m := range r.Network.Groups[n.Group].Members {
				if m != ev.Ego && !inHeldOrNew[m] {
					kept = append(kept, m)
				}
			}
			want := map[string][]string{
				"kept":           idsOf(r, kept),
				"held-only-here": idsOf(r, n.HeldOnlyHere),
				"new-to-ego":     idsOf(r, n.NewToEgo),
				"their-contacts": idsOf(r, n.TheirContactsPeople),
			}
			for ring, ids := range want {
				if !slices.Equal(got[ring], ids) {
					t.Errorf("ring %s: %v, want %v", ring, got[ring], ids)
				}
			}
			if len(kept)+n.ReachMembers() != n.NMembers {
				t.Errorf("kept %d + held %d + new %d != %d members", len(kept), len(n.HeldOnlyHere), len(n.NewToEgo), n.NMembers)
			}
			// Rings from the inside out.
			last := 0.0
			for _, ring := range []string{"kept", "held-only-here", "new-to-ego", "their-contacts"} {
				var radii []float64
				for _, id := range got[ring] {
					f := parseFloats(g.nodes[id]["pos"])
					radii = append(radii, math.Hypot(f[0], f[1]))
				}
				if len(radii) == 0 {
					continue
				}
				lo, hi := slices.Min(radii), slices.Max(radii)
				if hi-lo > 0.01 || lo <= last {
					t.Errorf("ring %s at radii %.1f–%.1f, the ring inside at %.1f", ring, lo, hi, last)
				}
				last = hi
			}
			// Whoever holds an unseen value is filled as such, nobody else.
			for _, id := range slices.Concat(got["kept"], got["held-only-here"], got["new-to-ego"], got["their-contacts"]) {
				i, _ := r.Network.Index(id)
				holds := false
				for k, a := range ev.Attributes {
					ai, _ := r.Network.AttributeIndex(a)
					if slices.Contains(n.UnseenValues[k], r.Network.Attr(i, ai)) {
						holds = true
					}
				}
				if fill := g.nodes[id]["fillcolor"]; (fill == colorUnseen) != holds {
					t.Errorf("%s filled %s; holds an unseen value: %v", id, fill, holds)
				}
			}
			lg := g.graphAttr["label"]
			for _, want := range []string{
				strconv.Itoa(len(n.HeldOnlyHere)) + " held only here",
				strconv.Itoa(n.TheirContacts) + " of their contacts",
				fmtNum(n.Score) + map[bool]string{true: " person", false: " people"}[int(n.Score) == 1] + " only through it",
				"Diversity gain", "constraint", "give and take",
			} {
				if n.Member && !strings.Contains(lg, want) {
					t.Errorf("caption lacks %q", want)
				}
			}
			if !n.Member && !strings.Contains(lg, "if you joined") {
				t.Errorf("a network the ego is not in: caption does not say \"if you joined\"")
			}
			if v := string(n.Verdict); v != "" && !strings.Contains(strings.ToLower(lg), v) {
				t.Errorf("caption lacks the verdict %q", v)
			}
		})
	}
}

// scenario builds a network whose answer holds by construction:
//
//   - the ego e is in Club and Work;
//   - a is e's contact only in Club, and a and e share no contact: held
//     only here;
//   - b is e's contact in Club and Work: kept;
//   - c is in Club only and not e's contact: new to the ego;
//   - d is in Club and Work, not e's contact: kept (met in Work);
//   - x is tied to c only: reached only through Club;
//   - y is tied to c and to b: b is in e's world without Club, so y is
//     reached without it;
//   - c and x are from Japan, everybody else from Sweden: Japan is a value
//     e meets only through Club.
func scenario(t *testing.T) *analysis.Result {
	t.Helper()
	nw := graph.New()
	country := nw.Attribute("country")
	for _, p := range [][3]string{{"e", "Eva", "Sweden"}, {"a", "Anna", "Sweden"}, {"b", "Bo", "Sweden"}, {"c", "Chiyo", "Japan"},
		{"d", "Dag", "Sweden"}, {"x", "Xu", "Japan"}, {"y", "Yrsa", "Sweden"}, {"w", "Wilma", "Sweden"}} {
		i, _ := nw.AddPerson(p[0], p[1])
		nw.SetAttr(i, country, p[2])
	}
	id := func(s string) int { i, _ := nw.Index(s); return i }
	nw.Ego = id("e")
	for _, tie := range [][2]string{{"e", "a"}, {"e", "b"}, {"e", "w"}, {"c", "x"}, {"c", "y"}, {"b", "y"}, {"b", "w"}} {
		if err := nw.AddTie(graph.Tie{From: id(tie[0]), To: id(tie[1]), Weight: 1, Mutual: true}); err != nil {
			t.Fatal(err)
		}
	}
	nw.Normalize()
	club, _ := nw.AddGroup("Club")
	work, _ := nw.AddGroup("Work")
	for _, m := range []string{"e", "a", "b", "c", "d"} {
		nw.AddMember(club, id(m), "")
	}
	for _, m := range []string{"e", "b", "d", "w"} {
		nw.AddMember(work, id(m), "")
	}
	r, err := analysis.Run(nw, analysis.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestBringsScenario(t *testing.T) {
	r := scenario(t)
	ev, err := evaluate.Evaluate(r, evaluate.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"kept":           {"b", "d"},
		"held-only-here": {"a"},
		"new-to-ego":     {"c"},
		"their-contacts": {"x"},
	}
	// The evaluation agrees with the construction…
	for _, n := range ev.Networks {
		if n.Name != "Club" {
			continue
		}
		if got := idsOf(r, n.HeldOnlyHere); !slices.Equal(got, want["held-only-here"]) {
			t.Fatalf("evaluate: held only here %v", got)
		}
		if got := idsOf(r, n.NewToEgo); !slices.Equal(got, want["new-to-ego"]) {
			t.Fatalf("evaluate: new %v", got)
		}
		if got := idsOf(r, n.TheirContactsPeople); !slices.Equal(got, want["their-contacts"]) {
			t.Fatalf("evaluate: their contacts %v", got)
		}
	}
	// …and so does the picture, with or without the evaluation given.
	for _, given := range []*evaluate.Result{ev, nil} {
		p, err := Build(r, Options{View: ViewBrings, Network: "Club", Evaluation: given})
		if err != nil {
			t.Fatal(err)
		}
		g := checkDOT(t, p.DOT)
		got := ringsOf(t, r, g)
		for ring, ids := range want {
			if !slices.Equal(got[ring], ids) {
				t.Errorf("ring %s: %v, want %v", ring, got[ring], ids)
			}
		}
		for id, unseen := range map[string]bool{"a": false, "b": false, "c": true, "d": false, "x": true} {
			if fill := g.nodes[id]["fillcolor"]; (fill == colorUnseen) != unseen {
				t.Errorf("%s filled %s", id, fill)
			}
		}
		if len(g.withClass("person")) != 6 || p.Shown != 5 { // with the ego
			t.Errorf("%d person nodes, Shown %d", len(g.withClass("person")), p.Shown)
		}
		if !strings.Contains(g.graphAttr["label"], "country: Japan") {
			t.Errorf("caption does not name Japan")
		}
	}
	for _, bad := range []string{"", "Choir"} {
		if _, err := Build(r, Options{View: ViewBrings, Network: bad}); !errors.Is(err, ErrNoNetwork) {
			t.Errorf("network %q: %v", bad, err)
		}
	}
}

// A ring of more people than fit is one count node; at most CollapseAbove
// people are drawn one by one.
func TestBringsCountNode(t *testing.T) {
	r := demoResult(t)
	ev := demoEval(t)
	p, err := Build(r, Options{View: ViewBrings, Network: "Product Circle Slack", Evaluation: ev, CollapseAbove: 3})
	if err != nil {
		t.Fatal(err)
	}
	g := checkDOT(t, p.DOT)
	if n := len(g.withClass("person")) - 1; n > 3 || p.Shown > 3 {
		t.Errorf("%d people drawn (Shown %d), want at most 3", n, p.Shown)
	}
	counts := g.withClass("count")
	if len(counts) == 0 || p.Collapsed == 0 {
		t.Fatalf("no count node (collapsed %d)", p.Collapsed)
	}
	total := 0
	for _, c := range counts {
		m := regexp.MustCompile(`^(\d+) people`).FindStringSubmatch(g.nodes[c]["label"])
		if m == nil {
			t.Fatalf("count node label %q", g.nodes[c]["label"])
		}
		k, _ := strconv.Atoi(m[1])
		total += k
	}
	if total != p.Collapsed {
		t.Errorf("count nodes hold %d, collapsed %d", total, p.Collapsed)
	}
}

// The thumbnail: about 300 pixels wide, no legend, no names, the verdict
// line.
func TestBringsSmall(t *testing.T) {
	r := demoResult(t)
	ev := demoEval(t)
	for _, n := range ev.Networks {
		var buf bytes.Buffer
		p, err := Render(context.Background(), r, Options{View: ViewBrings, Network: n.Name, Evaluation: ev, Small: true}, engine.SVG, &buf, engine.Options{})
		if err != nil {
			t.Fatal(err)
		}
		svg := buf.Bytes()
		wellFormed(t, svg)
		m := regexp.MustCompile(`<svg width="([0-9.]+)pt" height="([0-9.]+)pt"`).FindSubmatch(svg)
		if m == nil {
			t.Fatal("no size")
		}
		w, _ := strconv.ParseFloat(string(m[1]), 64)
		if px := w * 4 / 3; px < 200 || px > 320 {
			t.Errorf("%s: thumbnail %.0f px wide", n.Name, px)
		}
		if bytes.Contains(svg, []byte("a_legend")) || len(checkDOT(t, p.DOT).withClass("label")) > 0 {
			t.Errorf("%s: thumbnail has a legend or names", n.Name)
		}
		if line := newWording(nil).verdictLine(n); !bytes.Contains(svg, []byte(xmlText(line))) {
			t.Errorf("%s: no verdict line %q", n.Name, line)
		}
	}
}

// Network names and attribute values are escaped like people's names in
// every view: a network called like markup and a country written as an
// entity come out as text, in well-formed SVG.
func TestHostileNetworkNames(t *testing.T) {
	nw := graph.New()
	country := nw.Attribute(`<b>country</b>`)
	hostile := `"><script>alert(1)</script> \N &amp;`
	for k, id := range []string{"e", "a", "b", "c"} {
		i, _ := nw.AddPerson(id, strings.ToUpper(id))
		nw.SetAttr(i, country, []string{"Sweden", `&lt;img src=x&gt;`, "Japan\nline", "Sweden"}[k])
	}
	nw.Ego = 0
	for _, p := range [][2]int{{0, 1}, {1, 2}, {2, 3}} {
		nw.AddTie(graph.Tie{From: p[0], To: p[1], Weight: 1, Mutual: true})
	}
	nw.Normalize()
	g1, _ := nw.AddGroup(hostile)
	g2, _ := nw.AddGroup("Work")
	for _, m := range []int{0, 1, 2} {
		nw.AddMember(g1, m, "")
	}
	for _, m := range []int{0, 3} {
		nw.AddMember(g2, m, "")
	}
	r, err := analysis.Run(nw, analysis.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range Views {
		var buf bytes.Buffer
		p, err := Render(context.Background(), r, Options{View: v, Network: hostile}, engine.SVG, &buf, engine.Options{})
		if err != nil {
			t.Fatalf("%s: %v", v, err)
		}
		checkDOT(t, p.DOT)
		wellFormed(t, buf.Bytes())
		low := bytes.ToLower(buf.Bytes())
		for _, bad := range []string{"<script", "<img", "<b>"} {
			if bytes.Contains(low, []byte(bad)) {
				t.Errorf("%s: %q got into the SVG", v, bad)
			}
		}
		// In labels, legends and tooltips alike the name's \N is shown as
		// typed, never expanded to Graphviz's object name.
		shown, typed := bytes.Count(buf.Bytes(), []byte("&lt;/script&gt; ")), bytes.Count(buf.Bytes(), []byte(`&lt;/script&gt; \N &amp;amp;`))
		if typed != shown {
			t.Errorf("%s: the network's name is shown %d times, %d of them as typed", v, shown, typed)
		}
	}
}
