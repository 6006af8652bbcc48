package importers

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/outputs/export"
)

// Fuzz targets for the readers issue 14 added or changed: GraphML, GEXF,
// Gephi's CSV tables, and reading a file as a stream. (FuzzGoals and
// FuzzVCard, in the other files, cover the goals and vCard changes.) Each
// checks that nothing panics, that a failure is an *Error, and that a
// success accounts for every row and puts only valid values in the model.

var graphFuzzSeeds = []string{
	`<graphml><graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>`,
	`<graphml><key id="w" for="edge" attr.name="weight" attr.type="double"><default>0</default></key><graph><edge source="a" target="a"/><edge source="x" target="y"><data key="w">1e400</data></edge><hyperedge><endpoint node="a"/></hyperedge></graph></graphml>`,
	`<graphml><graph><node id="a"><graph><node id="a"/></graph></node><edge source="a" target=""/></graph>`,
	`<?xml version="1.0" encoding="UTF-16"?><graphml><graph><node id="&amp;&lt;"/></graph></graphml>`,
	`<gexf><graph defaultedgetype="mutual" mode="dynamic"><nodes><node id="a" label="A"><nodes><node id="b"/></nodes></node></nodes><edges><edge source="a" target="b" type="mutual" weight="-1"/><edge source="b" target="c" weight="NaN"/></edges></graph></gexf>`,
	`<gexf><meta><creator>ties</creator></meta><graph><attributes class="node"><attribute id="0" title="kind" type="string"/></attributes><nodes><node id="g"><attvalues><attvalue for="0" value="group"/><attvalue for="0" value="x"/></attvalues></node><node id="p"/></nodes><edges><edge source="p" target="g"/></edges></graph></gexf>`,
	"<gexf>\xff\xfe<nodes>",
	"<!-- c --><?pi?><graphml><graph><node id='a'><data key='k'>x<b>y</b></data></node></graph></graphml>",
}

// tinyExport is a small network exported by ties with its networks as
// nodes, in format f: the layout ties reads back.
func tinyExport(f export.Format) []byte {
	nw := graph.New()
	a, _ := nw.AddPerson("me", "Me")
	b, _ := nw.AddPerson("b", "Bo")
	c, _ := nw.AddPerson("c", "")
	nw.SetAttr(b, nw.Attribute("country"), "SE")
	nw.Ego = a
	_ = nw.AddTie(graph.Tie{From: a, To: b, Weight: 2, Type: nw.AddTieType("advice")})
	_ = nw.AddTie(graph.Tie{From: b, To: c, Weight: 1, Mutual: true, Since: graph.NewDate(2024, 3, 15)})
	g, _ := nw.AddGroup("Club")
	nw.AddMember(g, a, "chair")
	nw.AddMember(g, c, "")
	fee := 100.0
	nw.Groups[g].Info = &graph.GroupInfo{Purpose: "fun", Fee: &fee}
	nw.Normalize()
	res, err := analysis.Run(nw, analysis.DefaultOptions())
	if err != nil {
		panic(err)
	}
	var buf bytes.Buffer
	if err := export.Write(&buf, f, res, export.Options{Groups: true}); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

func addGraphSeeds(f *testing.F, pattern string, exp export.Format) {
	for _, s := range append(append([]string{}, hostileSeeds...), graphFuzzSeeds...) {
		f.Add([]byte(s))
	}
	f.Add(tinyExport(exp))
	files, _ := filepath.Glob(graphsDir + pattern)
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
}

// fuzzGraph loads data as a graph file and as a people and a ties file
// (where a graph file is detected), and checks the result.
func fuzzGraph(t *testing.T, data []byte) {
	for _, opt := range []Options{{Graph: "g"}, {People: "g"}, {Ties: "g", Undirected: true}} {
		fsys := fstest.MapFS{"g": &fstest.MapFile{Data: data}}
		opt.FS = fsys
		nw, rep, err := Load(opt)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			continue
		}
		checkAccounting(t, rep)
		checkModel(t, nw)
	}
}

// checkModel checks what reached the model: valid UTF-8, ids, ties
// between two people with a weight in range, members of groups.
func checkModel(t *testing.T, nw *graph.Network) {
	t.Helper()
	for _, p := range nw.People {
		if p.ID == "" || !utf8.ValidString(p.ID) || !utf8.ValidString(p.Name) {
			t.Fatalf("bad person in the model: %q %q", p.ID, p.Name)
		}
	}
	for i := range nw.People {
		for a := range nw.Attributes {
			if !utf8.ValidString(nw.Attr(i, a)) {
				t.Fatalf("invalid UTF-8 attribute %q", nw.Attr(i, a))
			}
		}
	}
	for _, tie := range nw.Ties {
		if tie.From == tie.To || !(tie.Weight > 0 && tie.Weight <= graph.MaxWeight) || tie.From < 0 || tie.To >= len(nw.People) {
			t.Fatalf("bad tie in the model: %+v", tie)
		}
	}
	for _, g := range nw.Groups {
		if g.Name == "" || !utf8.ValidString(g.Name) {
			t.Fatalf("bad group %q", g.Name)
		}
		for _, m := range g.Members {
			if m < 0 || m >= len(nw.People) {
				t.Fatalf("bad member %d", m)
			}
		}
	}
	if nw.Ego < -1 || nw.Ego >= len(nw.People) {
		t.Fatalf("bad ego %d", nw.Ego)
	}
}

func FuzzGraphML(f *testing.F) {
	addGraphSeeds(f, "*.graphml", export.FormatGraphML)
	f.Fuzz(func(t *testing.T, data []byte) { fuzzGraph(t, data) })
}

func FuzzGEXF(f *testing.F) {
	addGraphSeeds(f, "*.gexf", export.FormatGEXF)
	f.Fuzz(func(t *testing.T, data []byte) { fuzzGraph(t, data) })
}

// FuzzGephiCSV reads data as Gephi's edges table and as its nodes table.
func FuzzGephiCSV(f *testing.F) {
	addSeeds(f, graphsDir+"gephi_edges.csv", graphsDir+"gephi_nodes.csv")
	f.Add([]byte("Source,Target,Type,Id,Label,Weight\na,b,Undirected,0,,1.0\nb,a,DIRECTED,1,x,2\nc,c,Mutual,2,,\nd,e,sideways,3,,0\n"))
	f.Add([]byte("Id,Label,Degree,Modularity Class,notes\na,a,1,0,\nA,B,2,1,x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzLoad(t, data, Options{Ties: "e.csv"}, "e.csv")
		fuzzLoad(t, data, Options{People: "n.csv", IncludeColumns: []string{"Degree"}}, "n.csv")
	})
}

// FuzzStream reads data whole and as a stream whose head holds only part
// of it, as a people and as a ties file: where both succeed, they read the
// same. (A streamed file's header must lie in its head; a file whose
// header does not is an error when streamed.)
func FuzzStream(f *testing.F) {
	for k, s := range hostileSeeds {
		f.Add([]byte(s), uint16(k))
	}
	for _, name := range []string{"../testdata/demo/people.csv", "../testdata/demo/ties.csv"} {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b, uint16(100))
		}
	}
	f.Add([]byte("id,name,notes\na,Ann,\"one\ntwo\"\nb,Bo,x\"y\nc,,\n"), uint16(20))
	f.Fuzz(func(t *testing.T, data []byte, head uint16) {
		if !utf8.Valid(data) || bytes.ContainsAny(data, "\r\x00\ufeff") {
			return // the encoding and line ends are chosen from the head
		}
		saved := headBytes
		defer func() { headBytes = saved }()
		for _, opt := range []Options{{People: "p"}, {Ties: "p"}} {
			opt.FS = fstest.MapFS{"p": &fstest.MapFile{Data: data}}
			headBytes = saved
			nw1, rep1, err1 := Load(opt)
			headBytes = 1 + int(head)%(len(data)+1)
			nw2, rep2, err2 := Load(opt)
			if err2 != nil {
				if _, ok := err2.(*Error); !ok {
					t.Fatalf("streamed: error of type %T: %v", err2, err2)
				}
			}
			if err1 != nil || err2 != nil {
				continue
			}
			checkAccounting(t, rep2)
			if !sameImport(nw1, nw2) {
				t.Fatalf("streamed with a head of %d bytes, the network differs", headBytes)
			}
			f1, f2 := rep1.Files[0], rep2.Files[0]
			if f1.RowsRead != f2.RowsRead || f1.Imported != f2.Imported || !slices.Equal(f1.Skipped, f2.Skipped) {
				t.Fatalf("streamed with a head of %d bytes: read %d/%d, imported %d/%d, skipped %v / %v",
					headBytes, f1.RowsRead, f2.RowsRead, f1.Imported, f2.Imported, f1.Skipped, f2.Skipped)
			}
		}
	})
}

func sameImport(a, b *graph.Network) bool {
	if len(a.People) != len(b.People) || !slices.Equal(a.Attributes, b.Attributes) || len(a.Ties) != len(b.Ties) {
		return false
	}
	for i := range a.People {
		if a.People[i].ID != b.People[i].ID || a.People[i].Name != b.People[i].Name {
			return false
		}
		for k := range a.Attributes {
			if a.Attr(i, k) != b.Attr(i, k) {
				return false
			}
		}
	}
	return slices.Equal(a.Ties, b.Ties)
}
