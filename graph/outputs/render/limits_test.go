package render

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/internal/socialgen"
)

// withEgo is a generated network of n people (socialgen.Network) whose ego
// is the person with the most ties, analysed and evaluated as ties
// evaluate would; network is the largest network, the one the brings view
// shows.
type withEgo struct {
	r       *analysis.Result
	ev      *evaluate.Result
	network string
}

var egoNets sync.Map // n -> *withEgo

func generatedWithEgo(tb testing.TB, n int) *withEgo {
	tb.Helper()
	if w, ok := egoNets.Load(n); ok {
		return w.(*withEgo)
	}
	nw := socialgen.Network(n, 10, 1)
	deg := make([]int, n)
	for _, t := range nw.Ties {
		deg[t.From]++
		deg[t.To]++
	}
	nw.Ego = 0
	for i, d := range deg {
		if d > deg[nw.Ego] {
			nw.Ego = i
		}
	}
	opt := analysis.DefaultOptions()
	opt.BetweennessSamples = 64
	r, err := analysis.Run(nw, opt)
	if err != nil {
		tb.Fatal(err)
	}
	ev, err := evaluate.Evaluate(r, evaluate.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	largest := 0
	for g, grp := range nw.Groups {
		if len(grp.Members) > len(nw.Groups[largest].Members) {
			largest = g
		}
	}
	w := &withEgo{r, ev, nw.Groups[largest].Name}
	egoNets.Store(n, w)
	return w
}

// Every default picture of 300 and of 3 000 people draws at most
// DefaultCollapseAbove people one by one, and says how many it grouped.
func TestAtMostCollapseAbove(t *testing.T) {
	for _, n := range []int{300, 3000} {
		w := generatedWithEgo(t, n)
		for _, v := range Views {
			t.Run(fmt.Sprintf("%d/%s", n, v), func(t *testing.T) {
				p, err := Build(w.r, Options{View: v, Network: w.network, Evaluation: w.ev})
				if err != nil {
					t.Fatal(err)
				}
				g := checkDOT(t, p.DOT)
				people := len(g.withClass("person"))
				if people > DefaultCollapseAbove+1 { // the ego besides
					t.Errorf("%d people drawn one by one", people)
				}
				if p.Shown > DefaultCollapseAbove+1 {
					t.Errorf("Shown %d", p.Shown)
				}
				if v == ViewNetwork && n > DefaultCollapseAbove && (p.Collapsed != n-people || len(g.withClass("community")) == 0) {
					t.Errorf("network view of %d: %d people, %d collapsed, %d communities", n, people, p.Collapsed, len(g.withClass("community")))
				}
			})
		}
	}
}

var org struct {
	once sync.Once
	r    *analysis.Result
}

// organization is socialgen.Organization(600): an ego with 300 contacts
// (n/2) in five of the organisation's networks.
func organization(t testing.TB) *analysis.Result {
	t.Helper()
	org.once.Do(func() {
		r, err := analysis.Run(socialgen.Organization(600, 1), analysis.DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		org.r = r
	})
	if org.r == nil {
		t.Fatal("no organisation")
	}
	return org.r
}

// An ego with more than DefaultCollapseAbove contacts is drawn grouped:
// one by one only people one network alone brings the ego (held only
// here, new to the ego) and top brokers among the contacts, at most
// DefaultCollapseAbove, at most MaxLabelled labelled; each network's box
// counts the members not drawn.
func TestEgoGrouped(t *testing.T) {
	r := organization(t)
	nw := r.Network
	contacts := r.Views.Tie.Neighbors(nw.Ego)
	if len(contacts) <= DefaultCollapseAbove {
		t.Fatalf("the ego has %d contacts: the test needs more than %d", len(contacts), DefaultCollapseAbove)
	}
	f := egoFoci(r, nil, nw.Ego)
	alone := map[int]bool{}
	for g := range f.held {
		for _, i := range f.held[g] {
			alone[i] = true
		}
		for _, i := range f.newTo[g] {
			alone[i] = true
		}
	}
	p, err := Build(r, Options{View: ViewEgo})
	if err != nil {
		t.Fatal(err)
	}
	g := checkDOT(t, p.DOT)
	people := g.withClass("person")
	if len(people) > DefaultCollapseAbove+1 || p.Collapsed == 0 {
		t.Fatalf("%d people drawn, %d grouped", len(people), p.Collapsed)
	}
	for _, n := range people {
		i, _ := nw.Index(n)
		cls := g.nodes[n]["class"]
		switch {
		case i == nw.Ego:
		case hasWord(cls, "held-only-here") || hasWord(cls, "new-to-ego"):
			if !alone[i] {
				t.Errorf("%s drawn as %q, but no network alone brings them", n, cls)
			}
		case hasWord(cls, "broker"):
			if !slices.Contains(contacts, int32(i)) {
				t.Errorf("%s drawn as a broker, not a contact", n)
			}
		default:
			t.Errorf("%s drawn for no reason (%q)", n, cls)
		}
	}
	if labels := len(g.withClass("label")); labels > MaxLabelled {
		t.Errorf("%d labels, at most %d", labels, MaxLabelled)
	}
	hidden := 0
	for _, h := range g.withClass("group") {
		if !strings.Contains(g.nodes[h]["label"], "not drawn") {
			t.Errorf("hub %q does not count the members not drawn", g.nodes[h]["label"])
		}
		hidden++
	}
	if hidden == 0 {
		t.Error("no hubs")
	}
}

// The default colour says what people do, or shows communities; never
// gender, whatever the order of the columns.
func TestDefaultColorNeverGender(t *testing.T) {
	for _, c := range []struct {
		attrs []string
		want  string
	}{
		{[]string{"gender", "profession"}, "profession"},
		{[]string{"gender", "age_band", "country"}, ColorCommunity},
		{[]string{"sex", "function", "job_function"}, "function"},
		{[]string{"Gender", "Occupation"}, "Occupation"},
		{[]string{"kön", "yrke"}, "yrke"},
		{nil, ColorCommunity},
	} {
		nw := graph.New()
		for i := range 6 {
			nw.AddPerson(fmt.Sprint("p", i), "")
		}
		for _, a := range c.attrs {
			k := nw.Attribute(a)
			for i := range 6 {
				nw.SetAttr(i, k, fmt.Sprint(a, i%3))
			}
		}
		for i := range 5 {
			nw.AddTie(graph.Tie{From: i, To: i + 1, Weight: 1, Mutual: true})
		}
		nw.Normalize()
		r, err := analysis.Run(nw, analysis.DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		s := newScene(r, Options{})
		if got := s.defaultColorBy(); got != c.want {
			t.Errorf("%v: colour by %q, want %q", c.attrs, got, c.want)
		}
	}
	// The demo has gender with 3 values first of the attributes that a
	// 2-to-7-values rule would take; the picture colours by profession.
	g := checkDOT(t, mustBuild(t, demoResult(t), Options{View: ViewNetwork}).DOT)
	if lg := g.graphAttr["label"]; !strings.Contains(lg, "Colour: profession") || strings.Contains(lg, "Colour: gender") {
		t.Errorf("demo network view legend: %.200s", lg)
	}
}

func mustBuild(t testing.TB, r *analysis.Result, opt Options) *Picture {
	t.Helper()
	p, err := Build(r, opt)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// The ego's community is marked in the network view (every member but the
// ego outlined black), in the grouped network view (its circle) and in
// the communities view (its circle).
func TestEgoCommunityMarked(t *testing.T) {
	r := demoResult(t)
	egoComm := r.Communities[r.Network.Ego]
	g := checkDOT(t, mustBuild(t, r, Options{View: ViewNetwork}).DOT)
	for i, p := range r.Network.People {
		a := g.nodes[p.ID]
		marked := hasWord(a["class"], "ego-community") && a["color"] == "#000000" && a["penwidth"] == "2.4"
		if i != r.Network.Ego && marked != (r.Communities[i] == egoComm) {
			t.Errorf("%s (community %d, ego's %d): marked %v: %v", p.ID, r.Communities[i], egoComm, marked, a)
		}
	}
	if !strings.Contains(g.graphAttr["label"], "your community") {
		t.Error("the legend does not explain the mark")
	}
	g = checkDOT(t, mustBuild(t, r, Options{View: ViewCommunities}).DOT)
	if m := g.withClass("ego-community"); len(m) != 1 || g.nodes[m[0]]["penwidth"] != "5" {
		t.Errorf("communities view: ego's community marked %v", m)
	}
	w := generatedWithEgo(t, 3000)
	g = checkDOT(t, mustBuild(t, w.r, Options{View: ViewNetwork}).DOT)
	m := 0
	for _, n := range g.withClass("ego-community") {
		if hasWord(g.nodes[n]["class"], "community") {
			m++
			if !strings.Contains(g.nodes[n]["tooltip"], newWording(nil).community(w.r.Communities[w.r.Network.Ego])+":") {
				t.Errorf("the marked circle is %q", g.nodes[n]["tooltip"])
			}
		}
	}
	if m != 1 {
		t.Errorf("grouped network view: %d community circles marked, want 1", m)
	}
}

// The grouped ego view's own lists agree with evaluate's (foci.go): on the
// demo and on a generated network with an ego.
func TestFociMatchEvaluate(t *testing.T) {
	for name, c := range map[string]struct {
		r  *analysis.Result
		ev *evaluate.Result
	}{
		"demo":     {demoResult(t), demoEval(t)},
		"scenario": {scenario(t), nil},
		"gen300":   {generatedWithEgo(t, 300).r, generatedWithEgo(t, 300).ev},
	} {
		ev := c.ev
		if ev == nil {
			var err error
			if ev, err = evaluate.Evaluate(c.r, evaluate.Options{}); err != nil {
				t.Fatal(err)
			}
		}
		mine := egoFoci(c.r, nil, c.r.Network.Ego)
		theirs := egoFoci(c.r, ev, c.r.Network.Ego)
		if len(mine.held) == 0 && name != "gen300" {
			t.Errorf("%s: the ego is in no network", name)
		}
		for g := range theirs.held {
			if !slices.Equal(mine.held[g], theirs.held[g]) || !slices.Equal(mine.newTo[g], theirs.newTo[g]) {
				t.Errorf("%s, %s: held %v new %v; evaluate: %v, %v", name, c.r.Network.Groups[g].Name,
					mine.held[g], mine.newTo[g], theirs.held[g], theirs.newTo[g])
			}
		}
		if len(mine.held) != len(theirs.held) {
			t.Errorf("%s: %d networks, evaluate %d", name, len(mine.held), len(theirs.held))
		}
	}
}
