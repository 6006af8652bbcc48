package change

import (
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/finding"
)

type contact struct {
	id, name, org string
	since         graph.Date
}

// export builds a contact export: the ego "me", tied to each contact on
// its day, a and b tied to each other, and the networks' members.
func export(t *testing.T, cs []contact, groups map[string][]string) *graph.Network {
	t.Helper()
	nw := graph.New()
	me, _ := nw.AddPerson("me", "")
	nw.Ego = me
	org := nw.Attribute("organization")
	for _, c := range cs {
		i, _ := nw.AddPerson(c.id, c.name)
		nw.SetAttr(i, org, c.org)
		if err := nw.AddTie(graph.Tie{From: me, To: i, Weight: 1, Type: nw.AddTieType("linkedin"), Mutual: true, Since: c.since}); err != nil {
			t.Fatal(err)
		}
	}
	a, _ := nw.Index("a")
	b, _ := nw.Index("b")
	_ = nw.AddTie(graph.Tie{From: a, To: b, Weight: 1, Mutual: true})
	nw.Normalize()
	for _, name := range []string{"Club", "Guild"} {
		g, _ := nw.AddGroup(name)
		for _, id := range groups[name] {
			i, _ := nw.Index(id)
			nw.AddMember(g, i, "")
		}
	}
	return nw
}

// Two exports a year apart: a changed company, c changed their profile
// address (a new id, the same name and Connected On), d was dropped, e
// and f were added through Guild (f also through Club). Every figure is
// worked out by hand in the comments.
func TestCompare(t *testing.T) {
	day := func(y int, m time.Month, d int) graph.Date { return graph.NewDate(y, m, d) }
	before := export(t, []contact{
		{"a", "Ann", "X", day(2020, 1, 5)}, {"b", "Bo", "Y", day(2021, 2, 6)},
		{"c-old", "Cy", "Q", day(2022, 3, 7)}, {"d", "Di", "W", day(2022, 4, 8)},
	}, nil)
	after := export(t, []contact{
		{"a", "Ann", "Z", day(2020, 1, 5)}, {"b", "Bo", "Y", day(2021, 2, 6)},
		{"c-new", "Cy", "Q", day(2022, 3, 7)}, {"e", "Ed", "Z", day(2025, 5, 1)}, {"f", "Fa", "V", day(2025, 6, 1)},
	}, map[string][]string{"Guild": {"me", "e", "f"}, "Club": {"f", "b"}})
	r := Compare(before, after, Options{})
	id := func(nw *graph.Network, ps []int) []string {
		var out []string
		for _, p := range ps {
			out = append(out, nw.People[p].ID)
		}
		return out
	}
	if got := id(after, r.Added); !reflect.DeepEqual(got, []string{"e", "f"}) {
		t.Errorf("added %v", got)
	}
	if got := id(before, r.Dropped); !reflect.DeepEqual(got, []string{"d"}) {
		t.Errorf("dropped %v", got)
	}
	var kept []string
	for _, p := range r.Kept {
		kept = append(kept, before.People[p.Before].ID+">"+after.People[p.After].ID)
	}
	if !reflect.DeepEqual(kept, []string{"a>a", "b>b", "c-old>c-new"}) {
		t.Errorf("kept %v", kept)
	}
	if len(r.Rematched) != 1 || before.People[r.Rematched[0].Before].ID != "c-old" {
		t.Errorf("rematched %v", r.Rematched)
	}
	// (2 added + 1 dropped) / (3 kept + 2 + 1)
	if r.Churn != 0.5 {
		t.Errorf("churn %v, want 0.5", r.Churn)
	}
	org := r.Attributes[0]
	if org.Name != "organization" || len(org.Changed) != 1 || after.People[org.Changed[0].After].ID != "a" || org.K != 6 {
		t.Errorf("organization: %+v", org)
	}
	// K = 6 (X Y Q W Z V). Before X Y Q W: Blau 0.75, IQV 0.75/(5/6) = 0.9.
	// After Z Z Y Q V: Blau 1 − 7/25 = 0.72, IQV 0.864.
	if math.Abs(org.IQV[0]-0.9) > 1e-12 || math.Abs(org.IQV[1]-0.864) > 1e-12 {
		t.Errorf("IQV %v, want [0.9 0.864]", org.IQV)
	}
	// Effective size k − 2t/k with one tie among the contacts: 4 − 2/4,
	// 5 − 2/5. Constraint: a and b (p + p·½)², the others p²: before
	// 2·0.375² + 2·0.25² = 0.40625, after 2·0.3² + 3·0.2² = 0.3.
	for k, want := range [][2]float64{{3.5, 4.6}, {0.40625, 0.3}} {
		got := [][2]float64{r.EffectiveSize, r.Constraint}[k]
		if math.Abs(got[0]-want[0]) > 1e-12 || math.Abs(got[1]-want[1]) > 1e-12 {
			t.Errorf("brokerage %d: %v, want %v", k, got, want)
		}
	}
	var nets []string
	for _, n := range r.Networks {
		nets = append(nets, n.Name+":"+string(rune('0'+len(n.Added))))
	}
	if !reflect.DeepEqual(nets, []string{"Guild:2", "Club:1"}) {
		t.Errorf("networks %v", nets)
	}
	first := r.Findings[0]
	if first.Code != AddedDroppedVariedThrough || !reflect.DeepEqual(first.Args,
		[]any{finding.Count{N: 2, Noun: NounContact}, 1, Less, "organization", org.IQV[0], org.IQV[1], "Guild"}) {
		t.Errorf("first finding %+v", first)
	}
	var codes []finding.Code
	for _, f := range r.Findings {
		codes = append(codes, f.Code)
	}
	if want := []finding.Code{AddedDroppedVariedThrough, Changed, Rematched, Churn, Brokerage, BroughtBy, BroughtBy}; !reflect.DeepEqual(codes, want) {
		t.Errorf("findings %v, want %v", codes, want)
	}
}

// Without the day the tie began, or with two people of one name and day,
// a changed id stays one contact dropped and one added: matching by name
// alone would join strangers.
func TestRematchNeedsAUniqueNameAndDay(t *testing.T) {
	d := graph.NewDate(2022, 3, 7)
	before := export(t, []contact{{"a", "Ann", "", graph.Date{}}, {"b", "Bo", "", d}, {"x1", "Cy", "", d}, {"x2", "Cy", "", d}}, nil)
	after := export(t, []contact{{"a2", "Ann", "", graph.Date{}}, {"b", "Bo", "", d}, {"y1", "Cy", "", d}, {"y2", "Cy", "", d}}, nil)
	r := Compare(before, after, Options{})
	if len(r.Kept) != 1 || len(r.Rematched) != 0 || len(r.Added) != 3 || len(r.Dropped) != 3 {
		t.Errorf("kept %v rematched %v added %v dropped %v", r.Kept, r.Rematched, r.Added, r.Dropped)
	}
	// The before export ties a to b; the after export has no a, so no
	// tie among its contacts: its brokerage is unknown.
	if !math.IsNaN(r.EffectiveSize[1]) || math.IsNaN(r.EffectiveSize[0]) {
		t.Errorf("effective size %v: unknown after (a star), known before", r.EffectiveSize)
	}
	if r.Findings[0].Code != AddedDropped {
		t.Errorf("first finding %v", r.Findings[0])
	}
}

// Two contacts of one name get ids numbered in file order (ann-berg,
// ann-berg-2) in exports without profile addresses: when the first leaves,
// the second takes her id. They are told apart by the day each tie began.
func TestSameNameMatchedByDay(t *testing.T) {
	day := func(y int, m time.Month, d int) graph.Date { return graph.NewDate(y, m, d) }
	before := export(t, []contact{
		{"a", "Al", "X", day(2019, 1, 1)}, {"b", "Bo", "Y", day(2019, 2, 1)},
		{"ann-berg", "Ann Berg", "Acme", day(2020, 1, 2)}, {"ann-berg-2", "Ann Berg", "Beta", day(2021, 1, 3)},
	}, nil)
	after := export(t, []contact{
		{"a", "Al", "X", day(2019, 1, 1)}, {"b", "Bo", "Y", day(2019, 2, 1)},
		{"ann-berg", "Ann Berg", "Beta", day(2021, 1, 3)},
	}, nil)
	r := Compare(before, after, Options{})
	if len(r.Dropped) != 1 || before.People[r.Dropped[0]].ID != "ann-berg" || len(r.Added) != 0 {
		t.Errorf("dropped %v, added %v; want ann-berg (Acme) dropped, nobody added", r.Dropped, r.Added)
	}
	for _, a := range r.Attributes {
		if len(a.Changed) != 0 {
			t.Errorf("%s changed for %d people, want 0", a.Name, len(a.Changed))
		}
	}
}
