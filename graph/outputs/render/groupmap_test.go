package render

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
)

// The group map counts the members two networks share without the ego:
// on the demo, 19 pairs of networks share someone, but in 10 of them that
// someone is only the ego, so 9 links are drawn, with these counts
// (counted by hand from testdata/demo/memberships.csv).
func TestGroupMapSharedWithoutEgo(t *testing.T) {
	want := map[[2]string]int{
		{"European MedTech Association", "Göteborg Tech Alumni Club"}:   1,
		{"Göteborg Tech Alumni Club", "Tech Women West Mentoring"}:      4,
		{"Göteborg Tech Alumni Club", "West Sweden Business Forum"}:     1,
		{"Hisingen Chamber Lunch Club", "Slottsskogen Morning Runners"}: 1,
		{"Hisingen Chamber Lunch Club", "Tech Women West Mentoring"}:    1,
		{"Hisingen Chamber Lunch Club", "West Sweden Business Forum"}:   7,
		{"Slottsskogen Morning Runners", "Tech Women West Mentoring"}:   1,
		{"Slottsskogen Morning Runners", "West Sweden Business Forum"}:  1,
		{"Tech Women West Mentoring", "West Sweden Business Forum"}:     1,
	}
	r := demoResult(t)
	for _, opt := range []Options{{View: ViewGroupMap}, {View: ViewGroupMap, Evaluation: demoEval(t)}} {
		g := checkDOT(t, mustBuild(t, r, opt).DOT)
		name := map[string]string{}
		for _, n := range g.withClass("group") {
			name[n] = strings.TrimPrefix(g.nodes[n]["id"], "group-")
		}
		got := map[[2]string]int{}
		for _, e := range g.edgesWithClass("shared-members") {
			a, b := name[e.a], name[e.b]
			if a > b {
				a, b = b, a
			}
			n, err := strconv.Atoi(strings.Fields(strings.SplitN(e.attrs["tooltip"], " share ", 2)[1])[0])
			if err != nil {
				t.Fatal(err)
			}
			got[[2]string{a, b}] = n
		}
		if len(got) != len(want) {
			t.Errorf("%d links, want %d: %v", len(got), len(want), got)
		}
		for k, n := range want {
			if got[k] != n {
				t.Errorf("%s and %s share %d, want %d", k[0], k[1], got[k], n)
			}
		}
		// The number on each line is the same count.
		labels := map[string]int{}
		for _, l := range g.withClass("edge-label") {
			labels[g.nodes[l]["label"]]++
		}
		wantLabels := map[string]int{"1": 7, "4": 1, "7": 1}
		for k, n := range wantLabels {
			if labels[k] != n {
				t.Errorf("%d lines labelled %s, want %d (%v)", labels[k], k, n, labels)
			}
		}
	}
}

// No line of the group map passes under a circle it does not join, as
// Graphviz laid it out: on the demo and on the 40 networks drawn of a
// generated 3 000-person network, where some lines bend around circles.
func TestGroupMapNoLineUnderCircle(t *testing.T) {
	w := generatedWithEgo(t, 3000)
	for name, opt := range map[string]Options{
		"demo":    {View: ViewGroupMap, Evaluation: demoEval(t)},
		"gen3000": {View: ViewGroupMap, Evaluation: w.ev},
	} {
		r := demoResult(t)
		if name == "gen3000" {
			r = w.r
		}
		_, g := layOut(t, r, opt)
		groups := g.withClass("group")
		lines := 0
		for _, e := range g.edges {
			if !hasWord(e.attrs["class"], "shared-members") {
				continue
			}
			lines++
			pts := e.points()
			if len(pts) < 2 {
				t.Fatalf("edge %s–%s has no points: %v", e.a, e.b, e.attrs)
			}
			for _, c := range groups {
				if c == e.a || c == e.b {
					continue
				}
				b := g.box(c)
				ctr := b.center()
				rad := (b.x1 - b.x0) / 2
				for k := 1; k < len(pts); k++ {
					if d, _ := distToSegment(ctr, pts[k-1], pts[k]); d < rad {
						t.Errorf("%s: line %s–%s passes %.1f pt from the centre of %s (radius %.1f)", name, e.a, e.b, d, c, rad)
					}
				}
			}
		}
		if lines == 0 {
			t.Errorf("%s: no lines", name)
		}
		t.Logf("%s: %d line pieces clear of %d circles", name, lines, len(groups))
	}
}

// Networks that bring different numbers of people are filled differently
// (the classes keep distinct values apart when there are 7 or fewer), and
// the legend names each class's networks.
func TestGroupMapColours(t *testing.T) {
	r := demoResult(t)
	ev := demoEval(t)
	g := checkDOT(t, mustBuild(t, r, Options{View: ViewGroupMap, Evaluation: ev}).DOT)
	fill := map[string]string{}
	for _, n := range g.withClass("group") {
		fill[strings.TrimPrefix(g.nodes[n]["id"], "group-")] = g.nodes[n]["fillcolor"]
	}
	for _, a := range ev.Networks {
		for _, b := range ev.Networks {
			if (a.Score == b.Score) != (fill[a.Name] == fill[b.Name]) {
				t.Errorf("%s (%g) filled %s, %s (%g) filled %s", a.Name, a.Score, fill[a.Name], b.Name, b.Score, fill[b.Name])
			}
		}
		if !strings.Contains(g.graphAttr["label"], a.Name) {
			t.Errorf("the legend does not name %s", a.Name)
		}
	}
	for _, c := range []struct {
		values []float64
		want   []string
	}{
		{[]float64{1, 2, 3, 8, 10, 1, 1}, []string{"1", "2", "3", "8", "10"}},
		{[]float64{0, 0, 0}, []string{"0"}},
		{[]float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}, []string{"1–2", "3–4", "5–6", "7–8", "9–10", "11–12", "13–14"}},
		{[]float64{1, math.NaN(), 5}, []string{"1", "5"}},
	} {
		cl := newClasses(c.values, false)
		var got []string
		colours := map[string]bool{}
		for k := range cl.bounds {
			got = append(got, cl.label(k, newWording(nil)))
			colours[cl.color(k)] = true
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) || len(colours) != len(got) {
			t.Errorf("classes of %v: %v (%d colours), want %v", c.values, got, len(colours), c.want)
		}
	}
}
