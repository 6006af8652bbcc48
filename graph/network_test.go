package graph

import (
	"math"
	"strings"
	"testing"
)

// build makes a network of the given ids and directed ties "a>b:w" or
// mutual ties "a-b:w" (weight optional).
func build(t *testing.T, ids string, ties ...string) *Network {
	t.Helper()
	nw := New()
	for _, id := range strings.Fields(ids) {
		nw.AddPerson(id, "")
	}
	for _, s := range ties {
		w := 1.0
		if i := strings.IndexByte(s, ':'); i >= 0 {
			switch s[i+1:] {
			case "2":
				w = 2
			case "3":
				w = 3
			case "0.5":
				w = 0.5
			}
			s = s[:i]
		}
		sep, mutual := ">", false
		if strings.Contains(s, "-") {
			sep, mutual = "-", true
		}
		ab := strings.Split(s, sep)
		a, _ := nw.Index(ab[0])
		b, _ := nw.Index(ab[1])
		if err := nw.AddTie(Tie{From: a, To: b, Weight: w, Mutual: mutual}); err != nil {
			t.Fatal(err)
		}
	}
	return nw
}

func TestAddPersonAndAttributes(t *testing.T) {
	nw := New()
	a, isNew := nw.AddPerson("a", "Åsa Öberg")
	if a != 0 || !isNew {
		t.Fatalf("AddPerson = %d, %v", a, isNew)
	}
	if again, isNew := nw.AddPerson("a", "other"); again != 0 || isNew {
		t.Fatalf("repeated AddPerson = %d, %v; want 0, false", again, isNew)
	}
	b, _ := nw.AddPerson("b", "")
	country := nw.Attribute("country")
	gender := nw.Attribute("gender")
	if nw.Attribute("country") != country || len(nw.Attributes) != 2 {
		t.Fatalf("Attribute is not idempotent: %v", nw.Attributes)
	}
	nw.SetAttr(a, gender, "female")
	nw.SetAttr(b, country, "Sweden")
	if got := nw.Attr(a, country); got != "" {
		t.Errorf("unset attribute = %q, want missing", got)
	}
	if got := nw.Attr(a, gender); got != "female" {
		t.Errorf("Attr = %q", got)
	}
	if got := nw.Attr(b, gender); got != "" {
		t.Errorf("short attribute slice read %q", got)
	}
	if got := nw.IndexByName("Åsa Öberg"); len(got) != 1 || got[0] != a {
		t.Errorf("IndexByName = %v", got)
	}
	nw.SetName(a, "Åsa Ö")
	if len(nw.IndexByName("Åsa Öberg")) != 0 || len(nw.IndexByName("Åsa Ö")) != 1 {
		t.Errorf("SetName did not update the name index")
	}
}

func TestSelfTieRejected(t *testing.T) {
	nw := build(t, "a b")
	if err := nw.AddTie(Tie{From: 1, To: 1, Weight: 1}); err == nil {
		t.Fatal("self-tie accepted")
	}
	if len(nw.Ties) != 0 {
		t.Fatalf("self-tie stored: %v", nw.Ties)
	}
}

func TestNormalizeSumsRepeats(t *testing.T) {
	nw := build(t, "a b c", "b>c", "a>b", "b>c:2", "a-b", "b-a:3", "b>a")
	repeats := nw.Normalize()
	want := []Tie{
		{From: 0, To: 1, Weight: 1},
		{From: 1, To: 0, Weight: 1},
		{From: 1, To: 2, Weight: 3},
		{From: 0, To: 1, Weight: 4, Mutual: true},
	}
	if len(nw.Ties) != len(want) {
		t.Fatalf("ties = %+v", nw.Ties)
	}
	for i, w := range want {
		if nw.Ties[i] != w {
			t.Errorf("tie %d = %+v, want %+v", i, nw.Ties[i], w)
		}
	}
	wantRep := []Repeat{{Kept: 0, Dropped: 2}, {Kept: 3, Dropped: 4}}
	if len(repeats) != 2 || repeats[0] != wantRep[0] || repeats[1] != wantRep[1] {
		t.Errorf("repeats = %v, want %v", repeats, wantRep)
	}
	if !nw.Weighted() {
		t.Error("summed weights should make the network weighted")
	}
}

func TestViews(t *testing.T) {
	// a->b and b->a (2) are one undirected edge of weight 3; c-d is mutual;
	// e is an isolate.
	nw := build(t, "a b c d e", "a>b", "b>a:2", "b>c:0.5", "c-d")
	nw.Normalize()
	d := nw.Directed()
	if n := d.Nodes().Len(); n != 5 {
		t.Errorf("directed view has %d nodes, want 5 (isolates included)", n)
	}
	if d.Edges().Len() != 3 {
		t.Errorf("directed view has %d arcs, want 3 (the mutual tie is left out)", d.Edges().Len())
	}
	if w, ok := d.Weight(1, 0); !ok || w != 2 {
		t.Errorf("arc b->a weight = %v, %v", w, ok)
	}
	if d.HasEdgeFromTo(2, 3) || d.HasEdgeFromTo(3, 2) {
		t.Error("mutual tie c-d is in the directed view")
	}
	u := nw.Undirected()
	if u.Nodes().Len() != 5 || u.Edges().Len() != 3 {
		t.Errorf("undirected view: %d nodes, %d edges; want 5, 3", u.Nodes().Len(), u.Edges().Len())
	}
	for _, c := range []struct {
		x, y int64
		w    float64
	}{{0, 1, 3}, {1, 2, 0.5}, {2, 3, 1}} {
		if w, ok := u.Weight(c.x, c.y); !ok || w != c.w {
			t.Errorf("U weight %d-%d = %v, want %v", c.x, c.y, w, c.w)
		}
	}
	if !nw.HasDirected() {
		t.Error("HasDirected = false")
	}
	if build(t, "a b", "a-b").HasDirected() {
		t.Error("mutual ties only: HasDirected = true")
	}
}

func TestProjection(t *testing.T) {
	nw := build(t, "a b c d e")
	org := nw.Attribute("organization")
	nw.SetAttr(0, org, "Acme")
	nw.SetAttr(3, org, "Acme")
	g1, _ := nw.AddGroup("Forum")
	g2, _ := nw.AddGroup("Club")
	big, _ := nw.AddGroup("Big")
	for _, i := range []int{0, 1, 2} {
		nw.AddMember(g1, i, "")
	}
	if nw.AddMember(g1, 0, "board") {
		t.Error("repeated membership added twice")
	}
	for _, i := range []int{0, 1} {
		nw.AddMember(g2, i, "")
	}
	for _, i := range []int{0, 1, 2, 3} {
		nw.AddMember(big, i, "")
	}
	if nw.Memberships() != 3+2+4 {
		t.Errorf("Memberships = %d", nw.Memberships())
	}
	edges := nw.ProjectedEdges(ProjectionOptions{MaxGroupSize: 3})
	want := map[[2]int]int{{0, 1}: 2, {0, 2}: 1, {1, 2}: 1}
	if len(edges) != len(want) {
		t.Fatalf("edges = %+v", edges)
	}
	for _, e := range edges {
		if want[[2]int{e.From, e.To}] != e.Shared || e.Weight != float64(e.Shared) {
			t.Errorf("edge %+v, want shared %d", e, want[[2]int{e.From, e.To}])
		}
	}
	// Newman: a-b share Forum (size 3: 1/2), Club (size 2: 1), Big (size 4: 1/3).
	g := nw.Projection(ProjectionOptions{Newman: true})
	if w, _ := g.Weight(0, 1); math.Abs(w-(0.5+1+1.0/3)) > 1e-15 {
		t.Errorf("Newman weight a-b = %v", w)
	}
	if g.Nodes().Len() != 5 {
		t.Errorf("projection nodes = %d, want 5", g.Nodes().Len())
	}
	// A shared organisation adds a-d (Acme) on top of Big.
	g = nw.Projection(ProjectionOptions{OrganizationAttribute: "organization"})
	if w, _ := g.Weight(0, 3); w != 2 {
		t.Errorf("a-d weight with organisations = %v, want 2 (Big + Acme)", w)
	}
	if iso := nw.Isolates(ProjectionOptions{}); len(iso) != 1 || iso[0] != 4 {
		t.Errorf("Isolates = %v, want [4]", iso)
	}
}

func TestStructure(t *testing.T) {
	star := build(t, "me a b c", "me-a", "me-b", "c>me")
	star.Ego = 0
	s := star.Structure(ProjectionOptions{})
	if s.Shape != Star || s.Center != 0 || s.Pairs != 3 || s.AmongOthers != 0 {
		t.Errorf("star: %+v", s)
	}
	// A shared group among two contacts turns the star into a network.
	g, _ := star.AddGroup("Club")
	star.AddMember(g, 1, "")
	star.AddMember(g, 2, "")
	if s := star.Structure(ProjectionOptions{}); s.Shape != Web || s.AmongOthers != 1 || s.Pairs != 4 {
		t.Errorf("star with a shared group: %+v", s)
	}
	// A star found without a declared ego.
	hub := build(t, "a b c d", "b>a", "c>a", "a>d")
	if s := hub.Structure(ProjectionOptions{}); s.Shape != Star || s.Center != 0 {
		t.Errorf("hub: %+v", s)
	}
	if s := build(t, "a b").Structure(ProjectionOptions{}); s.Shape != NoTies || s.Pairs != 0 {
		t.Errorf("no ties: %+v", s)
	}
	tri := build(t, "a b c", "a>b", "b>c", "c>a")
	if s := tri.Structure(ProjectionOptions{}); s.Shape != Web || s.Center != -1 {
		t.Errorf("triangle: %+v", s)
	}
}

// Weights stay finite: a tie weighs (0, MaxWeight], and repeats summing
// past MaxWeight are capped and counted, so no figure built on sums (the
// exports, Louvain's total weight) ever sees +Inf.
func TestWeightsStayFinite(t *testing.T) {
	nw := New()
	a, _ := nw.AddPerson("a", "")
	b, _ := nw.AddPerson("b", "")
	for _, w := range []float64{0, -1, math.NaN(), math.Inf(1), 1.5e12, math.MaxFloat64} {
		if err := nw.AddTie(Tie{From: a, To: b, Weight: w}); err == nil {
			t.Errorf("weight %v accepted", w)
		}
	}
	for range 3 {
		if err := nw.AddTie(Tie{From: a, To: b, Weight: 0.9e12}); err != nil {
			t.Fatal(err)
		}
	}
	if err := nw.AddTie(Tie{From: b, To: a, Weight: 2}); err != nil {
		t.Fatal(err)
	}
	nw.Normalize()
	if len(nw.Ties) != 2 || nw.Ties[0].Weight != MaxWeight || nw.Ties[1].Weight != 2 {
		t.Errorf("ties after Normalize: %+v, want a→b capped at %g and b→a 2", nw.Ties, float64(MaxWeight))
	}
	if nw.CappedWeights() != 2 {
		t.Errorf("CappedWeights %d, want 2 (the second and the third repeat)", nw.CappedWeights())
	}
}
