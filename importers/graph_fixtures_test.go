package importers

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/tiesnet/ties/graph"
)

const graphsDir = "../testdata/graphs/"

// tieString writes a tie as "from-to" (mutual) or "from>to", with its
// weight and type, for comparing.
func tieStrings(nw *graph.Network) []string {
	var out []string
	for _, t := range nw.Ties {
		sep := ">"
		if t.Mutual {
			sep = "-"
		}
		out = append(out, fmt.Sprintf("%s%s%s %g %s", nw.People[t.From].ID, sep, nw.People[t.To].ID, t.Weight, nw.TieTypeName(t.Type)))
	}
	sort.Strings(out)
	return out
}

// The files NetworkX and Gephi write read as the same five people and five
// ties: names, text and boolean attributes as categories, numbers and
// Gephi's statistics left out, each edge's direction as the file gives it.
func TestGraphFixtures(t *testing.T) {
	undirected := []string{"anna-bo 3 advice", "anna-cy 2.5 friendship", "anna-dana 1 advice", "bo-cy 1 advice", "dana-eve 4 introduction"}
	directed := []string{"anna>bo 3 advice", "anna>dana 1 advice", "bo>cy 1 advice", "cy>anna 2.5 friendship", "dana>eve 4 introduction"}
	mixed := []string{"anna-bo 3 advice", "anna-cy 2.5 friendship", "anna>dana 1 advice", "bo>cy 1 advice", "dana-eve 4 introduction"}
	cases := []struct {
		files    Options
		format   string
		attrs    []string
		left     []string // columns not analysed
		unused   []string
		ties     []string
		boolAttr bool
	}{
		// NetworkX declares GraphML keys last first: attributes follow the
		// declarations.
		{Options{Graph: "networkx_undirected.graphml"}, FormatGraphML, []string{"member", "profession", "country"}, []string{"score", "age"}, nil, undirected, true},
		{Options{Graph: "networkx_directed.graphml"}, FormatGraphML, []string{"member", "profession", "country"}, []string{"score", "age"}, nil, directed, true},
		{Options{Graph: "networkx_undirected.gexf"}, FormatGEXF, []string{"country", "profession", "member"}, []string{"age", "score"}, nil, undirected, true},
		{Options{Graph: "networkx_directed.gexf"}, FormatGEXF, []string{"country", "profession", "member"}, []string{"age", "score"}, nil, directed, true},
		{Options{Graph: "gephi_0.10.gexf"}, FormatGEXF, []string{"country", "profession"}, []string{"Modularity Class", "Degree", "Betweenness Centrality"}, nil, mixed, false},
		{Options{Graph: "gephi_0.10.graphml"}, FormatGraphML, []string{"country", "profession"}, []string{"Modularity Class", "Degree"},
			[]string{"edge:Edge Id", "node:r", "node:g", "node:b", "node:x", "node:y", "node:size"}, mixed, false},
		// Detected when named by --people or --ties too.
		{Options{People: "gephi_0.10.gexf"}, FormatGEXF, []string{"country", "profession"}, []string{"Modularity Class", "Degree", "Betweenness Centrality"}, nil, mixed, false},
		{Options{Ties: "networkx_directed.graphml"}, FormatGraphML, []string{"member", "profession", "country"}, []string{"score", "age"}, nil, directed, true},
		{Options{People: "gephi_nodes.csv", Ties: "gephi_edges.csv"}, FormatGephiNodes, []string{"country", "profession"}, []string{"timeset", "Modularity Class", "Degree"}, nil, mixed, false},
	}
	for _, c := range cases {
		opt := c.files
		name := opt.Graph + opt.People + opt.Ties
		for _, p := range []*string{&opt.Graph, &opt.People, &opt.Ties} {
			if *p != "" {
				*p = graphsDir + *p
			}
		}
		t.Run(name, func(t *testing.T) {
			nw, rep, err := Load(opt)
			if err != nil {
				t.Fatal(err)
			}
			checkAccounting(t, rep)
			f := rep.Files[0]
			if f.Format != c.format || f.SkippedCount() != 0 || f.Imported == 0 {
				t.Errorf("format %s, imported %d, skipped %v", f.Format, f.Imported, f.Skipped)
			}
			var ids, names []string
			for _, p := range nw.People {
				ids, names = append(ids, p.ID), append(names, p.Name)
			}
			if strings.Join(ids, ",") != "anna,bo,cy,dana,eve" || strings.Join(names, ",") != "Anna Lind,Bo Ek,,Dana Øberg,Eve" {
				t.Errorf("people %q %q", ids, names)
			}
			if !slices.Equal(nw.Attributes, c.attrs) {
				t.Errorf("attributes %q, want %q", nw.Attributes, c.attrs)
			}
			var left []string
			for _, x := range f.ColumnsNotAnalysed {
				left = append(left, x.Name)
			}
			if !slices.Equal(left, c.left) {
				t.Errorf("not analysed %q, want %q", left, c.left)
			}
			if c.unused != nil && !slices.Equal(f.UnusedColumns, c.unused) {
				t.Errorf("unused %q, want %q", f.UnusedColumns, c.unused)
			}
			if got := tieStrings(nw); !slices.Equal(got, c.ties) {
				t.Errorf("ties\n got %q\nwant %q", got, c.ties)
			}
			if attr(t, nw, "dana", "country") != "Denmark" {
				t.Errorf("dana's country %q", attr(t, nw, "dana", "country"))
			}
			if c.boolAttr && (attr(t, nw, "anna", "member") != "true" || attr(t, nw, "bo", "member") != "false") {
				t.Errorf("booleans %q %q", attr(t, nw, "anna", "member"), attr(t, nw, "bo", "member"))
			}
			if nw.Ego != -1 {
				t.Errorf("ego %d", nw.Ego)
			}
		})
	}
}
