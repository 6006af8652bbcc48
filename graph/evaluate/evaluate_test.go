package evaluate

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
)

type tie struct {
	a, b   string
	w      float64
	mutual bool
}

// build makes a network: people (the first is the ego) with a country,
// ties, groups of ids with hours per month (0: unknown).
func build(t *testing.T, people map[string]string, order []string, ties []tie, groups [][]string, hours []float64) (*graph.Network, *analysis.Result) {
	t.Helper()
	nw := graph.New()
	c := nw.Attribute("country")
	for _, id := range order {
		i, _ := nw.AddPerson(id, "")
		nw.SetAttr(i, c, people[id])
	}
	nw.Ego = 0
	for _, x := range ties {
		a, _ := nw.Index(x.a)
		b, _ := nw.Index(x.b)
		if err := nw.AddTie(graph.Tie{From: a, To: b, Weight: x.w, Mutual: x.mutual}); err != nil {
			t.Fatal(err)
		}
	}
	nw.Normalize()
	for k, g := range groups {
		gi, _ := nw.AddGroup(g[0])
		if hours[k] > 0 {
			h := hours[k]
			nw.Groups[gi].Info = &graph.GroupInfo{HoursPerMonth: &h}
		}
		for _, id := range g[1:] {
			i, _ := nw.Index(id)
			nw.AddMember(gi, i, "")
		}
	}
	r, err := analysis.Run(nw, analysis.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	return nw, r
}

func find(t *testing.T, r *Result, name string) *Network {
	t.Helper()
	for _, n := range r.Networks {
		if n.Name == name {
			return n
		}
	}
	t.Fatalf("no network %q", name)
	return nil
}

func has(rs []string, sub string) bool {
	return slices.ContainsFunc(rs, func(s string) bool { return strings.Contains(s, sub) })
}

func bridgeCase(t *testing.T) (*graph.Network, *analysis.Result) {
	se, de := "SE", "DE"
	people := map[string]string{"me": se, "a1": se, "a2": se, "a3": se, "b1": de, "b2": de, "b3": de}
	order := []string{"me", "a1", "a2", "a3", "b1", "b2", "b3"}
	m := func(a, b string) tie { return tie{a, b, 1, true} }
	ties := []tie{m("me", "a1"), m("me", "a2"), m("me", "a3"), m("me", "b1"),
		m("a1", "a2"), m("a1", "a3"), m("a2", "a3"), m("b1", "b2"), m("b1", "b3"), m("b2", "b3")}
	groups := [][]string{{"Local", "me", "a1", "a2", "a3"}, {"Bridge", "me", "a1", "b1", "b2"}}
	return build(t, people, order, ties, groups, []float64{4, 2})
}

func TestHandCases(t *testing.T) {
	t.Run("adds nothing new", func(t *testing.T) {
		m := func(a, b string) tie { return tie{a, b, 1, true} }
		_, r := build(t, map[string]string{"me": "SE", "x": "SE", "y": "DE"}, []string{"me", "x", "y"},
			[]tie{m("me", "x"), m("me", "y"), m("x", "y")},
			[][]string{{"A", "me", "x", "y"}, {"B", "me", "x", "y"}}, []float64{2, 2})
		res, err := Evaluate(r, Options{})
		if err != nil {
			t.Fatal(err)
		}
		a := find(t, res, "A")
		if a.NewToEgo != 0 || a.Redundancy != 1 || a.RedundantWith != "B" || a.CommunitiesConnected != 1 {
			t.Fatalf("%+v", a)
		}
		if a.Verdict != Leave && a.Verdict != Reconsider {
			t.Fatalf("verdict %q: %v", a.Verdict, a.Reasons)
		}
		if a.DiversityGain["country"] != 0 || a.NewPerHour != 0 {
			t.Fatalf("gain %v, new per hour %v", a.DiversityGain, a.NewPerHour)
		}
		if !has(a.Reasons, "3 of its 3 members are also in B (Jaccard 1.00)") || !has(a.Reasons, "brings no one new") {
			t.Fatalf("reasons %q", a.Reasons)
		}
	})
	t.Run("bridges two clusters", func(t *testing.T) {
		_, r := bridgeCase(t)
		res, err := Evaluate(r, Options{})
		if err != nil {
			t.Fatal(err)
		}
		b := find(t, res, "Bridge")
		// IQV of contacts' country: {SE×3, DE} 0.75 without, {SE×3, DE×2} 0.96 with.
		if b.NewToEgo != 1 || b.CommunitiesConnected != 2 || math.Abs(b.DiversityGain["country"]-0.21) > 1e-12 {
			t.Fatalf("%+v", b)
		}
		if math.Abs(b.Redundancy-2.0/6) > 1e-12 || b.RedundantWith != "Local" {
			t.Fatalf("redundancy %v %q", b.Redundancy, b.RedundantWith)
		}
		if !(b.ConstraintChange < 0) {
			t.Fatalf("constraint change %v, want a drop", b.ConstraintChange)
		}
		if b.Verdict != KeepAndInvest || b.NewPerHour != 0.5 {
			t.Fatalf("verdict %q (%v): %v", b.Verdict, b.Score, b.Reasons)
		}
	})
	t.Run("members only take", func(t *testing.T) {
		_, r := build(t, map[string]string{"me": "SE", "m1": "SE", "m2": "DE"}, []string{"me", "m1", "m2"},
			[]tie{{"me", "m1", 3, false}, {"me", "m2", 2, false}},
			[][]string{{"Takers", "me", "m1", "m2"}}, []float64{1})
		res, err := Evaluate(r, Options{})
		if err != nil {
			t.Fatal(err)
		}
		g := find(t, res, "Takers")
		if g.EgoBalance != 1 || g.ReciprocityWithin != 0 {
			t.Fatalf("%+v", g)
		}
		if !has(g.Reasons, "you give 5 and get nothing back: its members only take") || !has(g.Reasons, "reciprocity -1.0") {
			t.Fatalf("reasons %q", g.Reasons)
		}
	})
}

func TestGoals(t *testing.T) {
	_, r := bridgeCase(t)
	five := 5.0
	res, err := Evaluate(r, Options{Goals: &Goals{
		MoreDiversity:    []string{"country"},
		Contacts:         []ContactGoal{{Attribute: "country", Value: "DE", N: 2}},
		MaxHoursPerMonth: &five,
	}})
	if err != nil {
		t.Fatal(err)
	}
	b := find(t, res, "Bridge")
	// diversity gain 0.21 ≥ 0.10: 1; one new DE contact of 2: 0.5; 2 h
	// against 5 − 4 = 1 h left: 0.5.
	if math.Abs(b.GoalFit-2.0/3) > 1e-12 || len(b.GoalReasons) != 3 {
		t.Fatalf("fit %v %q", b.GoalFit, b.GoalReasons)
	}
	if !has(b.GoalReasons, "1 new contacts with country DE of the 2 you want") {
		t.Fatalf("%q", b.GoalReasons)
	}
	if _, err := Evaluate(r, Options{Goals: &Goals{MoreDiversity: []string{"shoe"}}}); err == nil {
		t.Fatal("unknown goal attribute accepted")
	}
}

func TestDemo(t *testing.T) {
	_, r := demoData(t)
	res, err := Evaluate(r, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if *res.Ego != "me" || len(res.Networks) != 7 {
		t.Fatalf("%v %d", *res.Ego, len(res.Networks))
	}
	lunch := find(t, res, "Hisingen Chamber Lunch Club")
	if (lunch.Verdict != Leave && lunch.Verdict != Reconsider) || lunch.RedundantWith != "West Sweden Business Forum" ||
		math.Abs(lunch.Redundancy-8.0/11) > 1e-12 || lunch.NewToEgo != 0 || !has(lunch.Reasons, "you give 20 and get 2 back") {
		t.Fatalf("lunch club: %+v", lunch)
	}
	med := find(t, res, "European MedTech Association")
	if med.Verdict != KeepAndInvest && med.Verdict != Keep || med.CommunitiesConnected != 2 {
		t.Fatalf("MedTech: %q %d %v", med.Verdict, med.CommunitiesConnected, med.Reasons)
	}
	slack := find(t, res, "Product Circle Slack")
	for _, n := range res.Networks {
		if n != slack && n.DiversityGain["country"] >= slack.DiversityGain["country"] {
			t.Fatalf("%s brings more country diversity than Product Circle Slack", n.Name)
		}
	}
	tw := find(t, res, "Tech Women West Mentoring")
	if tw.EgoMember || (tw.Verdict != ConsiderJoin && tw.Verdict != NotForYou) || len(tw.Reasons) < 3 {
		t.Fatalf("Tech Women West: %+v", tw)
	}
	w, err := Evaluate(r, Options{Without: []string{"Product Circle Slack"}, With: []string{"Tech Women West Mentoring"}})
	if err != nil {
		t.Fatal(err)
	}
	if w.WhatIf == nil || w.WhatIf.Contacts[0] <= w.WhatIf.Contacts[1]-1 {
		t.Fatalf("what-if %+v", w.WhatIf)
	}
	if _, err := Evaluate(r, Options{Population: true}); err != nil {
		t.Fatal(err)
	}
}

// Of two networks that hold the same people, one is kept: leaving both
// would lose everyone met in both.
func TestKeepOneOfRedundantPair(t *testing.T) {
	_, res := demoData(t)
	ev, err := Evaluate(res, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]*Network{}
	for _, n := range ev.Networks {
		got[n.Name] = n
	}
	forum, lunch := got["West Sweden Business Forum"], got["Hisingen Chamber Lunch Club"]
	if lunch.Verdict != Leave || forum.Verdict == Leave {
		t.Errorf("forum %s, lunch club %s: want the lunch club left and the forum spared", forum.Verdict, lunch.Verdict)
	}
	if last := forum.Reasons[len(forum.Reasons)-1]; !strings.Contains(last, "keep one of them") || !strings.Contains(last, "Hisingen Chamber Lunch Club") {
		t.Errorf("forum's reason: %q", last)
	}
}

// Cost ratios: new people, diversity and bridging per hour and per 1000 of
// fee, from the same figures.
func TestCostRatios(t *testing.T) {
	_, res := demoData(t)
	ev, err := Evaluate(res, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range ev.Networks {
		if n.Name != "European MedTech Association" {
			continue
		}
		// 3 new people, 2 clusters, 3 h a month, 2800 a year (networks.csv).
		if n.HoursPerMonth != 3 || n.FeePerYear != 2800 || n.NewToEgo != 3 || n.CommunitiesConnected != 2 {
			t.Fatalf("figures: %+v", n)
		}
		if n.NewPerHour != 1 || math.Abs(n.NewPerFee-3.0/2.8) > 1e-12 || n.BridgingPerHour != 1.0/3 || math.Abs(n.BridgingPerFee-1/2.8) > 1e-12 {
			t.Errorf("ratios: new %v/%v bridging %v/%v", n.NewPerHour, n.NewPerFee, n.BridgingPerHour, n.BridgingPerFee)
		}
		if !(n.DiversityPerHour > 0) || math.Abs(n.DiversityPerHour*3-n.DiversityPerFee*2.8) > 1e-12 {
			t.Errorf("diversity per hour %v, per fee %v", n.DiversityPerHour, n.DiversityPerFee)
		}
		return
	}
	t.Fatal("no MedTech association in the demo")
}

// For the population (no ego), a network's new people are its members who
// belong to no other network, counted here independently.
func TestPopulationNewPeople(t *testing.T) {
	nw, res := demoData(t)
	ev, err := Evaluate(res, Options{Population: true})
	if err != nil {
		t.Fatal(err)
	}
	groupsOf := map[int]int{}
	for _, g := range nw.Groups {
		for _, m := range g.Members {
			groupsOf[m]++
		}
	}
	for k, n := range ev.Networks {
		want := 0
		for _, m := range nw.Groups[k].Members {
			if groupsOf[m] == 1 {
				want++
			}
		}
		if n.EgoMember || n.NewToEgo != want || n.Members != len(nw.Groups[k].Members) {
			t.Errorf("%s: member %v, new %d (want %d), members %d", n.Name, n.EgoMember, n.NewToEgo, want, n.Members)
		}
		switch n.Verdict {
		case KeepAndInvest, Keep, Reconsider, Leave:
		default:
			t.Errorf("%s: verdict %q is not on the keep/leave scale", n.Name, n.Verdict)
		}
	}
}
