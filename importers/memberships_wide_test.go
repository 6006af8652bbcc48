package importers

import (
	"slices"
	"testing"
)

// The wide sheet (one row per person, one column per network) accounts
// for every mark: a mark in a column with no network named is noted and
// not read, a person's second row is noted (both rows' memberships kept),
// and a network named by two columns is noted (a mark in either counts).
func TestWideMembershipsAccounting(t *testing.T) {
	nw, rep := mustLoad(t, map[string]string{
		"m.csv": "person_id,name,Chess,,Golf,chess,Chess\n" +
			"p1,Ann,x,,,,\n" +
			"p2,Bo,,x,x,,\n" +
			"p1,Ann,,,x,,\n" +
			"p3,Cy,,,,,x\n",
	}, Options{Memberships: "m.csv"})
	f := rep.Files[0]
	if f.Format != "memberships-wide" || f.RowsRead != 4 || f.Imported != 4 {
		t.Fatalf("format %s read %d imported %d", f.Format, f.RowsRead, f.Imported)
	}
	members := map[string][]string{}
	for _, g := range nw.Groups {
		for _, i := range g.Members {
			members[g.Name] = append(members[g.Name], nw.People[i].ID)
		}
	}
	if got := members["Chess"]; len(got) != 2 || got[0] != "p1" || got[1] != "p3" {
		t.Errorf("Chess members %v, want p1 and p3 (the repeated column read as the same network)", got)
	}
	if got := members["Golf"]; len(got) != 2 || got[0] != "p2" || got[1] != "p1" {
		t.Errorf("Golf members %v, want p2 and p1 (both rows of p1 kept)", got)
	}
	if len(nw.Groups) != 3 {
		t.Errorf("%d networks, want Chess, Golf and chess", len(nw.Groups))
	}
	want := map[string]Problem{
		"repeated network":       {Line: 1, Column: 7},
		"mark in unnamed column": {Line: 3, Column: 4},
		"repeated person":        {Line: 4, Column: 1},
	}
	for kind, p := range want {
		if f.NotesByReason[kind] != 1 {
			t.Errorf("%s noted %d times, want 1 (notes %+v)", kind, f.NotesByReason[kind], f.Notes)
			continue
		}
		if !slices.ContainsFunc(f.Notes, func(n Problem) bool { return n.Line == p.Line && n.Column == p.Column }) {
			t.Errorf("%s: no note at line %d, column %d: %+v", kind, p.Line, p.Column, f.Notes)
		}
	}
}
