package evaluate_test

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/finding"
)

// A national association's member list: 20 000 people, one network of
// 16 000 members (128 million implied pairs) and 400 small ones, each
// holding one member of the association. The analysis and the evaluation
// run with their default options: the association is above the cap
// (500), named, makes no ties, yet counts in every two-mode figure and
// every evaluate figure, and its members are reached through it.
func TestSixteenThousandMemberNetwork(t *testing.T) {
	const (
		people  = 20_000
		big     = 16_000
		smalls  = 400
		each    = 10 // members of a small network outside the association
		related = 40 // small network k also holds association member 40k+1
	)
	nw := graph.New()
	for i := range people {
		nw.AddPerson(fmt.Sprint("p", i), "")
	}
	nw.Ego = 0
	assoc, _ := nw.AddGroup("Association")
	for i := range big {
		nw.AddMember(assoc, i, "")
	}
	for k := range smalls {
		g, _ := nw.AddGroup(fmt.Sprint("club", k))
		nw.AddMember(g, related*k+1, "")
		for j := range each {
			nw.AddMember(g, big+each*k+j, "")
		}
	}
	// The ego's 20 contacts (members of the association, tied to nobody
	// else: a star), and a chain among the clubs' members.
	for j := 1; j <= 20; j++ {
		if err := nw.AddTie(graph.Tie{From: 0, To: j, Weight: 1, Mutual: true}); err != nil {
			t.Fatal(err)
		}
	}
	for i := big; i+1 < people; i++ {
		if err := nw.AddTie(graph.Tie{From: i, To: i + 1, Weight: 1}); err != nil {
			t.Fatal(err)
		}
	}

	r, err := analysis.Run(nw, analysis.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	tm := r.TwoMode
	if !slices.Equal(tm.AboveCap, []int{assoc}) {
		t.Fatalf("above the cap: %v, want the association (%d) alone", tm.AboveCap, assoc)
	}
	named := false
	for _, f := range r.Findings.TwoMode {
		if f.Code == analysis.TwoModeAboveCap && slices.Contains(f.Args[1].(finding.Networks), "Association") {
			named = true
		}
	}
	if !named {
		t.Errorf("no finding names the association above the cap: %v", r.Findings.TwoMode)
	}
	// It makes no ties: the measured view holds the ties and the clubs'
	// pairs only (as graph.Network.Structure counts them under the cap).
	want := nw.Structure(graph.ProjectionOptions{MaxGroupSize: analysis.DefaultMaxGroupSize})
	if !r.GroupTies || r.Structure.Pairs != want.Pairs || r.Views.Structure.Entries() != 2*want.Pairs {
		t.Errorf("measured view: group ties %v, %d pairs (%d entries), want %d", r.GroupTies, r.Structure.Pairs, r.Views.Structure.Entries(), want.Pairs)
	}
	if d := r.Views.Structure.Degree(2); d != 1 {
		t.Errorf("p2 (the association and the ego's contact) has %d ties in the measured view, want 1", d)
	}
	// Yet it counts in the two-mode figures: the pairs of every network,
	// each person's co-members, one component of everyone.
	club := (each + 1) * each / 2 // C(11, 2)
	if wantPairs := big*(big-1)/2 + smalls*club; tm.Pairs != wantPairs || tm.ImpliedPairs != int64(wantPairs) {
		t.Errorf("projection: %d pairs (%d implied), want %d", tm.Pairs, tm.ImpliedPairs, wantPairs)
	}
	for _, c := range []struct{ person, degree int }{{0, big - 1}, {2, big - 1}, {1, big - 1 + each}, {big + 5, each}} {
		if tm.Degree[c.person] != c.degree || tm.Strength[c.person] != float64(c.degree) {
			t.Errorf("p%d: projection degree %d, strength %v, want %d", c.person, tm.Degree[c.person], tm.Strength[c.person], c.degree)
		}
	}
	if tm.Components != 1 || tm.LargestComponent != people {
		t.Errorf("%d components, the largest %d people: want one of %d", tm.Components, tm.LargestComponent, people)
	}
	// Its members are reached through it: the ego reaches every member in
	// one step, the clubs' people in two.
	if got := tm.Reach; !slices.Equal(got, []int{big - 1, smalls * each}) {
		t.Errorf("two-mode reach of the ego: %v, want [%d %d]", got, big-1, smalls*each)
	}

	ev, err := evaluate.Evaluate(r, evaluate.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var a *evaluate.Network
	for _, n := range ev.Networks {
		if n.Name == "Association" {
			a = n
		}
	}
	if a == nil || len(ev.Networks) != 1+smalls {
		t.Fatalf("evaluated %d networks, the association %v", len(ev.Networks), a)
	}
	// The ego's 20 contacts hold only through it; the other 15 979
	// members are new to the ego: 15 999 reached only through it.
	if !a.Member || a.NMembers != big-1 || len(a.HeldOnlyHere) != 20 || len(a.NewToEgo) != big-1-20 || a.ReachMembers() != big-1 {
		t.Errorf("association: member %v, %d members, %d held only here, %d new, reach %d; want 15999, 20, 15979, 15999",
			a.Member, a.NMembers, len(a.HeldOnlyHere), len(a.NewToEgo), a.ReachMembers())
	}
	// In H (docs/spec/evaluate.md) the association joins the ego to its
	// K = 15 999 members, all tied to one another: each contributes
	// (1/K + (K−1)/K²)² ≈ (2/K)², a constraint near 4/K = 0.00025; without
	// it, and without the 20 ties it holds, the ego has nobody.
	if !(a.ConstraintWith > 0.00023 && a.ConstraintWith < 0.00027) || !math.IsNaN(a.ConstraintWithout) {
		t.Errorf("constraint with %v, without %v: want small, and undefined without", a.ConstraintWith, a.ConstraintWithout)
	}

	pop, err := evaluate.Evaluate(r, evaluate.Options{Population: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range pop.Networks {
		if n.Name == "Association" && (n.NMembers != big || n.MembersWithoutTies != big-21) {
			t.Errorf("population: the association has %d members, %d without ties; want %d, %d", n.NMembers, n.MembersWithoutTies, big, big-21)
		}
	}
}
