package graph

import "testing"

// RewriteTieTypes maps each distinct type once and counts the ties changed.
func TestRewriteTieTypes(t *testing.T) {
	nw := New()
	for _, id := range []string{"a", "b", "c"} {
		nw.AddPerson(id, "")
	}
	for _, tie := range []Tie{{From: 0, To: 1, Weight: 1, Type: "advice"}, {From: 1, To: 2, Weight: 1, Type: "advice"},
		{From: 0, To: 2, Weight: 1, Type: "lunch"}, {From: 2, To: 0, Weight: 1}} {
		if err := nw.AddTie(tie); err != nil {
			t.Fatal(err)
		}
	}
	calls := 0
	n := nw.RewriteTieTypes(func(s string) string {
		calls++
		if s == "advice" {
			return "help"
		}
		return s
	})
	if n != 2 || calls != 2 || nw.Ties[0].Type != "help" || nw.Ties[1].Type != "help" || nw.Ties[2].Type != "lunch" || nw.Ties[3].Type != "" {
		t.Errorf("changed %d, calls %d, ties %+v", n, calls, nw.Ties)
	}
}
