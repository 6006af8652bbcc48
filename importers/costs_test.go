package importers

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tiesnet/ties/graph"
)

// Costs past what a month or a budget can hold are typing errors: they are
// noted with their cell and left unknown, so that no sum, ratio or chart
// axis built on them overflows (a fee of 1e308 once made the report's cost
// chart loop forever).
func TestCostBounds(t *testing.T) {
	nw, rep := mustLoad(t, map[string]string{
		"m.csv": "person_id,network\np1,g1\np2,g2\np3,g3\np4,g4\n",
		"n.csv": "network,fee,hours_per_month\n" +
			"g1,1e308,1e308\n" + // both too large
			"g2,1000000000000,744\n" + // both at their bound
			"g3,,745\n" + // an hour past a month
			"g4,-1,5\n",
	}, Options{Memberships: "m.csv", Networks: "n.csv"})
	info := map[string]*graph.GroupInfo{}
	for _, g := range nw.Groups {
		info[g.Name] = g.Info
	}
	if in := info["g1"]; in.Fee != nil || in.HoursPerMonth != nil {
		t.Errorf("g1 fee %v hours %v, want both unknown", in.Fee, in.HoursPerMonth)
	}
	if in := info["g2"]; in.Fee == nil || *in.Fee != graph.MaxFee || in.HoursPerMonth == nil || *in.HoursPerMonth != 744 {
		t.Errorf("g2 at the bounds: %+v", in)
	}
	if in := info["g3"]; in.HoursPerMonth != nil {
		t.Errorf("g3 hours %v, want unknown", *in.HoursPerMonth)
	}
	if in := info["g4"]; in.Fee != nil || *in.HoursPerMonth != 5 {
		t.Errorf("g4 %+v", in)
	}
	var f *FileReport
	for _, fr := range rep.Files {
		if fr.Role == "networks" {
			f = fr
		}
	}
	type cell struct {
		line, col int
	}
	got := map[cell]string{}
	for _, p := range f.Notes {
		got[cell{p.Line, p.Column}] = p.Reason
	}
	for _, want := range []struct {
		c    cell
		text string
	}{
		{cell{2, 2}, "a number from 0 to 1e+12"},
		{cell{2, 3}, "from 0 to 744, the hours in a month"},
		{cell{4, 3}, "from 0 to 744"},
		{cell{5, 2}, "a number from 0"},
	} {
		if r := got[want.c]; !strings.Contains(r, want.text) {
			t.Errorf("note at line %d column %d: %q, want it to say %q", want.c.line, want.c.col, r, want.text)
		}
	}
	if len(f.Notes) != 4 {
		t.Errorf("%d notes, want 4: %+v", len(f.Notes), f.Notes)
	}
}

// A budget in a goals file is bounded like the costs it is weighed against.
func TestGoalBudgetBounds(t *testing.T) {
	fsys := fstest.MapFS{"g.csv": {Data: []byte("goal,attribute,value,target\n" +
		"hours,,,745\n" +
		"fee,,,1e13\n" +
		"hours,,,744\n")}}
	g, rep, err := ReadGoals("g.csv", Options{FS: fsys})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Imported != 1 || rep.SkippedCount() != 2 {
		t.Fatalf("imported %d skipped %+v", rep.Imported, rep.Skipped)
	}
	if g.MaxHoursPerMonth == nil || *g.MaxHoursPerMonth != 744 || g.MaxFeePerYear != nil {
		t.Errorf("budgets %v %v", g.MaxHoursPerMonth, g.MaxFeePerYear)
	}
	if p := rep.Skipped[0]; p.Line != 2 || p.Column != 4 || !strings.Contains(p.Reason, "hours in a month") {
		t.Errorf("first problem %+v", p)
	}
}
