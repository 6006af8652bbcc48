package importers

import (
	"slices"
	"strings"
	"testing"
)

// Gephi's Data Laboratory exports its edges table as
// Source,Target,Type,Id,Label,Weight with Type Directed or Undirected per
// row. The Type is the tie's direction, not its kind; the Label is its kind.
func TestGephiEdgesCSV(t *testing.T) {
	const edges = "Source,Target,Type,Id,Label,timeset,Weight\n" +
		"a,b,Undirected,0,,,1.0\n" +
		"b,c,Directed,1,advice,,2.0\n" +
		"c,a,undirected,2,,,1\n" +
		"a,c,Directed,3,,,1\n"
	nw, rep := mustLoad(t, map[string]string{"e.csv": edges}, Options{Ties: "e.csv"})
	f := fileReport(t, rep, "ties")
	if f.Format != FormatGephiEdges || f.Imported != 4 {
		t.Errorf("format %s imported %d, want gephi-edges, 4", f.Format, f.Imported)
	}
	type tie struct {
		from, to, typ string
		w             float64
		mutual        bool
	}
	var got []tie
	for _, x := range nw.Ties {
		got = append(got, tie{nw.People[x.From].ID, nw.People[x.To].ID, nw.TieTypeName(x.Type), x.Weight, x.Mutual})
	}
	want := []tie{{"b", "c", "advice", 2, false}, {"a", "c", "", 1, false}, {"a", "b", "", 1, true}, {"a", "c", "", 1, true}}
	slices.SortFunc(got, func(x, y tie) int { return strings.Compare(x.from+x.to+x.typ, y.from+y.to+y.typ) })
	slices.SortFunc(want, func(x, y tie) int { return strings.Compare(x.from+x.to+x.typ, y.from+y.to+y.typ) })
	if len(got) != len(want) {
		t.Fatalf("ties %+v, want %+v", got, want)
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("ties %+v lack %+v", got, w)
		}
	}
	if !slices.Equal(f.UnusedColumns, []string{"Id", "timeset"}) {
		t.Errorf("unused columns %q", f.UnusedColumns)
	}
	// --undirected reads every row without direction, Gephi's or not.
	nw, _ = mustLoad(t, map[string]string{"e.csv": edges}, Options{Ties: "e.csv", Undirected: true})
	for _, x := range nw.Ties {
		if !x.Mutual {
			t.Errorf("--undirected: %+v has a direction", x)
		}
	}
	// A ties file whose type is a kind of tie keeps it, with a label
	// column or without.
	nw, _ = mustLoad(t, map[string]string{"t.csv": "source,target,label\na,b,advice\n"}, Options{Ties: "t.csv"})
	if nw.TieTypeName(nw.Ties[0].Type) != "advice" || nw.Ties[0].Mutual {
		t.Errorf("label as the kind: %+v", nw.Ties[0])
	}
}

// Gephi's nodes table (Id,Label,…) is a people file; the statistics Gephi
// computed are figures, not categories.
func TestGephiNodesCSV(t *testing.T) {
	const nodes = "Id,Label,timeset,country,Degree,Modularity Class,betweenesscentrality\n" +
		"a,Ann,,SE,2,0,0.5\nb,Bo,,NO,1,1,0.0\n"
	nw, rep := mustLoad(t, map[string]string{"n.csv": nodes}, Options{People: "n.csv"})
	f := rep.Files[0]
	if f.Format != FormatGephiNodes || f.Imported != 2 {
		t.Errorf("format %s imported %d", f.Format, f.Imported)
	}
	if !slices.Equal(nw.Attributes, []string{"country"}) {
		t.Errorf("attributes %v, want [country]", nw.Attributes)
	}
	var names []string
	for _, c := range f.ColumnsNotAnalysed {
		if c.Reason == ReasonFigure {
			names = append(names, c.Name)
		}
	}
	if !slices.Equal(names, []string{"timeset", "Degree", "Modularity Class", "betweenesscentrality"}) {
		t.Errorf("figures left out %q", names)
	}
	if i, _ := nw.Index("a"); nw.People[i].Name != "Ann" {
		t.Errorf("label is not the name")
	}
	nw, _ = mustLoad(t, map[string]string{"n.csv": nodes}, Options{People: "n.csv", IncludeColumns: []string{"modularity class"}})
	if !slices.Equal(nw.Attributes, []string{"country", "Modularity Class"}) {
		t.Errorf("included: attributes %v", nw.Attributes)
	}
}
