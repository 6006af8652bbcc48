package importers

import (
	"strings"
	"testing"
	"testing/fstest"
)

// Issue 14, item 4: a contacts goal's target of 0, 0.5, 2.9 or 1e19 was
// silently changed (1e19 overflowed). It must be a whole number from 1 to
// the number of people; anything else is a reported row.
func TestGoalContactsTarget(t *testing.T) {
	const goals = "goal,attribute,value,target\n" +
		"contacts,profession,designer,0\n" + // line 2
		"contacts,profession,designer,0.5\n" +
		"contacts,profession,designer,\"2,9\"\n" +
		"contacts,profession,designer,1e19\n" +
		"contacts,profession,designer,-3\n" +
		"contacts,profession,designer,41\n" + // more than the 40 people
		"contacts,profession,designer,40\n" + // line 8: kept
		"contacts,profession,lawyer,3\n" + // kept
		"contacts,profession,lawyer,\n" + // kept: 1
		"contacts,profession,lawyer,2.0\n" // kept: 2 is whole
	fsys := fstest.MapFS{"g.csv": {Data: []byte(goals)}}
	g, rep, err := ReadGoals("g.csv", Options{FS: fsys, NumPeople: 40})
	if err != nil {
		t.Fatal(err)
	}
	if rep.RowsRead != 10 || rep.Imported != 4 || rep.SkippedCount() != 6 {
		t.Fatalf("read %d imported %d skipped %d; want 10, 4, 6: %v", rep.RowsRead, rep.Imported, rep.SkippedCount(), rep.Skipped)
	}
	var ns []int
	for _, c := range g.Contacts {
		ns = append(ns, c.N)
	}
	if len(ns) != 4 || ns[0] != 40 || ns[1] != 3 || ns[2] != 1 || ns[3] != 2 {
		t.Errorf("targets %v, want [40 3 1 2]", ns)
	}
	for k, p := range rep.Skipped {
		if p.Line != k+2 || p.Column != 4 || p.Field != "target" {
			t.Errorf("problem %d at line %d column %d (%s), want line %d column 4 (target)", k, p.Line, p.Column, p.Field, k+2)
		}
		if !strings.Contains(p.Reason, "whole number") || !strings.Contains(p.Reason, "40") {
			t.Errorf("problem %d does not say what to write: %s", k, p.Reason)
		}
	}
	if rep.SkippedByReason["bad goal"] != 6 {
		t.Errorf("skipped by reason %v", rep.SkippedByReason)
	}

	// Without the number of people, the bound is a count no network reaches,
	// and 1e19 still never overflows.
	g, rep, err = ReadGoals("g.csv", Options{FS: fsys})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Imported != 5 || len(g.Contacts) != 5 {
		t.Errorf("without a people count: imported %d (%v), want 5", rep.Imported, rep.Skipped)
	}
	for _, c := range g.Contacts {
		if c.N < 1 || c.N > maxGoalContacts {
			t.Errorf("target %d out of range", c.N)
		}
	}
}
