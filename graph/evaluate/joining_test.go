package evaluate

import (
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/finding"
)

// The ego joined Guild on 1 March 2024; of its four other members, a was
// a contact before (2023), b and c connected after (c on the very day),
// d's tie has no date, and e is no contact. Club's ego row has no date.
// The data's latest date is 1 March 2026: two years after joining.
func TestContactsSinceJoining(t *testing.T) {
	nw := graph.New()
	me, _ := nw.AddPerson("me", "")
	nw.Ego = me
	since := map[string]graph.Date{
		"a": graph.NewDate(2023, time.May, 2), "b": graph.NewDate(2025, time.June, 1),
		"c": graph.NewDate(2024, time.March, 1), "d": {}, "f": graph.NewDate(2026, time.March, 1),
	}
	idx := map[string]int{}
	for _, id := range []string{"a", "b", "c", "d", "e", "f"} {
		idx[id], _ = nw.AddPerson(id, "")
		if d, ok := since[id]; ok {
			_ = nw.AddTie(graph.Tie{From: me, To: idx[id], Weight: 1, Type: nw.AddTieType("linkedin"), Mutual: true, Since: d})
		}
	}
	// A later message to a does not move when the tie began.
	_ = nw.AddTie(graph.Tie{From: me, To: idx["a"], Weight: 1, Type: nw.AddTieType("message"), Since: graph.NewDate(2025, time.January, 1)})
	nw.Normalize()
	guild, _ := nw.AddGroup("Guild")
	nw.AddMembership(guild, me, "", graph.NewDate(2024, time.March, 1), graph.Date{})
	for _, id := range []string{"a", "b", "c", "d", "e"} {
		nw.AddMember(guild, idx[id], "")
	}
	club, _ := nw.AddGroup("Club")
	for _, m := range []int{me, idx["b"], idx["f"]} {
		nw.AddMember(club, m, "")
	}
	r, err := analysis.Run(nw, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ev, err := Evaluate(r, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := graph.NewDate(2026, time.March, 1); ev.AsOf != want {
		t.Errorf("as of %v, want %v", ev.AsOf, want)
	}
	byName := map[string]*Network{}
	for _, n := range ev.Networks {
		byName[n.Name] = n
	}
	g := byName["Guild"]
	if !reflect.DeepEqual(g.SinceJoining, []int{idx["b"], idx["c"]}) || g.Joined != graph.NewDate(2024, time.March, 1) {
		t.Errorf("Guild: joined %v, since joining %v", g.Joined, g.SinceJoining)
	}
	days := 365.0 + 365 // 2024-03-01 to 2026-03-01
	if want := 2 / (days / DaysPerYear); math.Abs(g.ContactsPerYearSinceJoining-want) > 1e-12 {
		t.Errorf("Guild: %v a year, want %v", g.ContactsPerYearSinceJoining, want)
	}
	var said *finding.Finding
	for k, f := range g.Reasons {
		if f.Code == ReasonSinceJoining {
			said = &g.Reasons[k]
		}
	}
	if said == nil || !reflect.DeepEqual(said.Args[:3], []any{finding.Term("March"), "2024", 2}) {
		t.Errorf("Guild's reasons do not say it: %v", g.Reasons)
	}
	c := byName["Club"]
	if !c.Joined.IsZero() || c.SinceJoining != nil || !math.IsNaN(c.ContactsPerYearSinceJoining) {
		t.Errorf("Club (the ego's since unknown): %v %v %v", c.Joined, c.SinceJoining, c.ContactsPerYearSinceJoining)
	}
	for _, f := range c.Reasons {
		if f.Code == ReasonSinceJoining || f.Code == ReasonSinceJoiningNow {
			t.Errorf("Club says %v", f)
		}
	}
	// As of the day the ego joined: no span to divide by.
	ev, _ = Evaluate(r, Options{AsOf: graph.NewDate(2024, time.March, 1)})
	for _, n := range ev.Networks {
		if n.Name == "Guild" && (!math.IsNaN(n.ContactsPerYearSinceJoining) || len(n.SinceJoining) != 2) {
			t.Errorf("as of the joining day: %v a year, %v", n.ContactsPerYearSinceJoining, n.SinceJoining)
		}
	}
}
