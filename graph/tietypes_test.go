package graph

import (
	"slices"
	"testing"
)

// RewriteTieTypes maps each distinct type once, counts the ties changed
// and makes types given one name one type.
func TestRewriteTieTypes(t *testing.T) {
	nw := New()
	for _, id := range []string{"a", "b", "c"} {
		nw.AddPerson(id, "")
	}
	advice, lunch, tip := nw.AddTieType("advice"), nw.AddTieType("lunch"), nw.AddTieType("tip")
	for _, tie := range []Tie{{From: 0, To: 1, Weight: 1, Type: advice}, {From: 1, To: 2, Weight: 1, Type: advice},
		{From: 0, To: 2, Weight: 1, Type: lunch}, {From: 2, To: 0, Weight: 1}, {From: 2, To: 1, Weight: 1, Type: tip}} {
		if err := nw.AddTie(tie); err != nil {
			t.Fatal(err)
		}
	}
	calls := 0
	n := nw.RewriteTieTypes(func(s string) string {
		calls++
		if s == "advice" || s == "tip" {
			return "help"
		}
		return s
	})
	var got []string
	for _, tie := range nw.Ties {
		got = append(got, nw.TieTypeName(tie.Type))
	}
	if want := []string{"help", "help", "lunch", "", "help"}; n != 3 || calls != 3 || !slices.Equal(got, want) {
		t.Errorf("changed %d, calls %d, types %q, want 3, 3, %q", n, calls, got, want)
	}
	if nw.Ties[0].Type != nw.Ties[4].Type || len(nw.tieTypes) != 3 {
		t.Errorf("advice and tip, both help now, are not one type: %v, table %q", nw.Ties, nw.tieTypes)
	}
}

// Normalize numbers the types by name and forgets those no tie has, so
// that equal data gives equal numbers whatever the order it was read in.
func TestNormalizeNumbersTieTypes(t *testing.T) {
	nw := New()
	for _, id := range []string{"a", "b", "c"} {
		nw.AddPerson(id, "")
	}
	zeta, unused, alpha := nw.AddTieType("zeta"), nw.AddTieType("unused"), nw.AddTieType("alpha")
	if zeta != 1 || unused != 2 || alpha != 3 || nw.AddTieType("zeta") != zeta || nw.AddTieType("") != 0 {
		t.Fatalf("AddTieType gave %d %d %d", zeta, unused, alpha)
	}
	for _, tie := range []Tie{{From: 0, To: 1, Weight: 1, Type: zeta}, {From: 0, To: 1, Weight: 1, Type: alpha}, {From: 1, To: 2, Weight: 1}} {
		if err := nw.AddTie(tie); err != nil {
			t.Fatal(err)
		}
	}
	if err := nw.AddTie(Tie{From: 0, To: 2, Weight: 1, Type: 9}); err == nil {
		t.Error("a type the network does not have was added")
	}
	nw.Normalize()
	if !slices.Equal(nw.tieTypes, []string{"", "alpha", "zeta"}) {
		t.Fatalf("types %q, want \"\", alpha, zeta", nw.tieTypes)
	}
	if nw.Ties[0].Type != 1 || nw.Ties[1].Type != 2 || nw.Ties[2].Type != 0 || nw.TieTypeName(nw.Ties[1].Type) != "zeta" {
		t.Errorf("ties %+v", nw.Ties)
	}
	if nw.AddTieType("alpha") != 1 || nw.AddTieType("unused") != 3 {
		t.Error("the table's index was not renumbered with it")
	}
}
