package csr

import (
	"slices"
	"testing"

	"github.com/tiesnet/ties/graph"
)

func TestBuildUndirected(t *testing.T) {
	g := Build(4, []Arc{{0, 1, 1}, {1, 0, 2}, {2, 1, 0.5}, {3, 3, 9}}, true)
	if g.N() != 4 || g.Entries() != 4 {
		t.Fatalf("N %d entries %d", g.N(), g.Entries())
	}
	if !slices.Equal(g.Neighbors(1), []int32{0, 2}) || !slices.Equal(g.Weights(1), []float64{3, 0.5}) {
		t.Errorf("row 1 = %v %v", g.Neighbors(1), g.Weights(1))
	}
	if w, ok := g.Weight(0, 1); !ok || w != 3 {
		t.Errorf("weight 0-1 = %v", w)
	}
	if g.Has(3, 3) || g.Degree(3) != 0 || g.Strength(1) != 3.5 {
		t.Error("self-arc kept or degree/strength wrong")
	}
}

func TestViewsOfNetwork(t *testing.T) {
	nw := graph.New()
	for _, id := range []string{"a", "b", "c", "d"} {
		nw.AddPerson(id, "")
	}
	nw.AddTie(graph.Tie{From: 0, To: 1, Weight: 1})
	nw.AddTie(graph.Tie{From: 1, To: 0, Weight: 2})
	nw.AddTie(graph.Tie{From: 2, To: 3, Weight: 1, Mutual: true})
	nw.Normalize()
	u, d := Undirected(nw), Directed(nw)
	if w, _ := u.Weight(1, 0); w != 3 || !u.Has(3, 2) || u.Entries() != 4 {
		t.Errorf("U: %+v", u)
	}
	if d.Entries() != 2 || d.Has(2, 3) || !d.Has(1, 0) {
		t.Errorf("D: %+v", d)
	}
	in := d.Transpose()
	if w, ok := in.Weight(0, 1); !ok || w != 2 {
		t.Errorf("transpose: in-arc 0<-1 weight %v", w)
	}
	g, _ := nw.AddGroup("club")
	nw.AddMember(g, 0, "")
	nw.AddMember(g, 3, "")
	if p := Projection(nw, graph.ProjectionOptions{}); !p.Has(0, 3) || !p.Has(3, 0) || p.Entries() != 2 {
		t.Errorf("projection: %+v", p)
	}
}
