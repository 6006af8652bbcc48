package export

import (
	"encoding/xml"
	"math"
	"strconv"
	"testing"

	"github.com/tiesnet/ties/graph/analysis"
)

// The GraphML and GEXF documents as the tests read them back: only the
// structure the formats prescribe.
type graphmlDoc struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graphs []struct {
		EdgeDefault string    `xml:"edgedefault,attr"`
		Data        []xmlData `xml:"data"`
		Nodes       []xmlNode `xml:"node"`
		Edges       []xmlEdge `xml:"edge"`
	} `xml:"graph"`
}

type xmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

type xmlNode struct {
	ID   string    `xml:"id,attr"`
	Data []xmlData `xml:"data"`
}

type xmlEdge struct {
	ID       string    `xml:"id,attr"`
	Source   string    `xml:"source,attr"`
	Target   string    `xml:"target,attr"`
	Directed string    `xml:"directed,attr"`
	Data     []xmlData `xml:"data"`
}

type gexfDoc struct {
	XMLName xml.Name `xml:"http://www.gexf.net/1.2draft gexf"`
	Version string   `xml:"version,attr"`
	Graph   struct {
		DefaultEdgeType string `xml:"defaultedgetype,attr"`
		Attributes      []struct {
			Class string `xml:"class,attr"`
			Attrs []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
				Type  string `xml:"type,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes struct {
			Count int `xml:"count,attr"`
			Nodes []struct {
				ID     string     `xml:"id,attr"`
				Label  string     `xml:"label,attr"`
				Values []attvalue `xml:"attvalues>attvalue"`
			} `xml:"node"`
		} `xml:"nodes"`
		Edges struct {
			Count int `xml:"count,attr"`
			Edges []struct {
				ID     string     `xml:"id,attr"`
				Source string     `xml:"source,attr"`
				Target string     `xml:"target,attr"`
				Type   string     `xml:"type,attr"`
				Weight string     `xml:"weight,attr"`
				Values []attvalue `xml:"attvalues>attvalue"`
			} `xml:"edge"`
		} `xml:"edges"`
	} `xml:"graph"`
}

type attvalue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

// parseGraphML decodes a GraphML export and checks its structure: keys
// declared once with a GraphML attr.type, one graph, unique node ids, data
// referring to declared keys of the right domain, edges between declared
// nodes. It returns each node's and edge's values by attribute name.
func parseGraphML(t *testing.T, b []byte) (doc graphmlDoc, nodes map[string]map[string]string, edges []map[string]string) {
	t.Helper()
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("GraphML is not well-formed: %v", err)
	}
	types := map[string]bool{"boolean": true, "int": true, "long": true, "float": true, "double": true, "string": true}
	keys := map[string][2]string{} // id -> for, name
	names := map[[2]string]bool{}
	for _, k := range doc.Keys {
		if _, dup := keys[k.ID]; dup {
			t.Fatalf("key id %q declared twice", k.ID)
		}
		if names[[2]string{k.For, k.Name}] {
			t.Fatalf("key %s/%q declared twice", k.For, k.Name)
		}
		if !types[k.Type] {
			t.Fatalf("key %q has attr.type %q", k.Name, k.Type)
		}
		keys[k.ID] = [2]string{k.For, k.Name}
		names[[2]string{k.For, k.Name}] = true
	}
	if len(doc.Graphs) != 1 {
		t.Fatalf("%d graphs", len(doc.Graphs))
	}
	g := doc.Graphs[0]
	values := func(domain string, data []xmlData) map[string]string {
		out := map[string]string{}
		for _, d := range data {
			k, ok := keys[d.Key]
			if !ok || k[0] != domain {
				t.Fatalf("data key %q is not a declared %s key", d.Key, domain)
			}
			if _, dup := out[k[1]]; dup {
				t.Fatalf("%s data %q given twice", domain, k[1])
			}
			out[k[1]] = d.Value
		}
		return out
	}
	values("graph", g.Data)
	nodes = map[string]map[string]string{}
	for _, n := range g.Nodes {
		if _, dup := nodes[n.ID]; dup {
			t.Fatalf("node %q twice", n.ID)
		}
		nodes[n.ID] = values("node", n.Data)
	}
	for _, e := range g.Edges {
		if nodes[e.Source] == nil || nodes[e.Target] == nil {
			t.Fatalf("edge %s: %q -> %q between unknown nodes", e.ID, e.Source, e.Target)
		}
		if e.Directed != "" && e.Directed != "false" && e.Directed != "true" {
			t.Fatalf("edge %s: directed=%q", e.ID, e.Directed)
		}
		edges = append(edges, values("edge", e.Data))
	}
	return doc, nodes, edges
}

// parseGEXF decodes a GEXF export and checks its structure: GEXF 1.2, node
// and edge attributes declared once with GEXF types, counts matching,
// attvalues referring to declared attributes, edges between known nodes.
func parseGEXF(t *testing.T, b []byte) (doc gexfDoc, nodes map[string]map[string]string) {
	t.Helper()
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("GEXF is not well-formed: %v", err)
	}
	if doc.Version != "1.2" {
		t.Fatalf("version %q", doc.Version)
	}
	types := map[string]bool{"integer": true, "long": true, "float": true, "double": true, "boolean": true, "string": true}
	decl := map[string]map[string]string{}
	for _, a := range doc.Graph.Attributes {
		if decl[a.Class] != nil {
			t.Fatalf("attributes class %q twice", a.Class)
		}
		decl[a.Class] = map[string]string{}
		titles := map[string]bool{}
		for _, at := range a.Attrs {
			if _, dup := decl[a.Class][at.ID]; dup || titles[at.Title] {
				t.Fatalf("%s attribute %q/%q twice", a.Class, at.ID, at.Title)
			}
			if !types[at.Type] {
				t.Fatalf("attribute %q type %q", at.Title, at.Type)
			}
			decl[a.Class][at.ID] = at.Title
			titles[at.Title] = true
		}
	}
	if decl["node"] == nil || decl["edge"] == nil {
		t.Fatal("node or edge attributes not declared")
	}
	values := func(class string, vs []attvalue) map[string]string {
		out := map[string]string{}
		for _, v := range vs {
			title, ok := decl[class][v.For]
			if !ok {
				t.Fatalf("attvalue for %q: no such %s attribute", v.For, class)
			}
			out[title] = v.Value
		}
		return out
	}
	if doc.Graph.Nodes.Count != len(doc.Graph.Nodes.Nodes) || doc.Graph.Edges.Count != len(doc.Graph.Edges.Edges) {
		t.Fatalf("counts %d/%d nodes, %d/%d edges", doc.Graph.Nodes.Count, len(doc.Graph.Nodes.Nodes),
			doc.Graph.Edges.Count, len(doc.Graph.Edges.Edges))
	}
	nodes = map[string]map[string]string{}
	for _, n := range doc.Graph.Nodes.Nodes {
		if _, dup := nodes[n.ID]; dup {
			t.Fatalf("node %q twice", n.ID)
		}
		nodes[n.ID] = values("node", n.Values)
		nodes[n.ID]["label"] = n.Label
	}
	for _, e := range doc.Graph.Edges.Edges {
		if nodes[e.Source] == nil || nodes[e.Target] == nil {
			t.Fatalf("edge %s between unknown nodes", e.ID)
		}
		if _, err := strconv.ParseFloat(e.Weight, 64); err != nil {
			t.Fatalf("edge %s weight %q", e.ID, e.Weight)
		}
		values("edge", e.Values)
	}
	return doc, nodes
}

// personCase is a figure checked for one person of the demo.
type personCase struct {
	id, field string
	want      string // "" = must be missing
}

// demoCases reads the expected values from the analysis, so that the test
// checks the export and not the maths, plus fixed facts from the data.
func demoCases(r *analysis.Result) []personCase {
	idx := map[string]int{}
	for i, id := range r.IDs() {
		idx[id] = i
	}
	num := func(id, col string, k kind) personCase {
		x := column(r, col)[idx[id]]
		if math.IsNaN(x) {
			return personCase{id, col, ""}
		}
		return personCase{id, col, value{f: x, ok: true}.text(k)}
	}
	return []personCase{
		{"me", "label", "Karin Lindqvist"},
		{"me", "ego", "true"},
		{"me", "profession", "product manager"},
		{"me", "degree", "23"},
		{"erik.s", "ego", "false"},
		{"erik.s", "country", "Sweden"},
		num("me", "betweenness", kDouble),
		num("me", "constraint", kDouble),
		num("katrin.m", "effective_size", kDouble),
		num("erik.s", "community", kInt),
		num("johan.k", "in_degree", kInt),
		// sven.e is an isolate: clustering 0 (NetworkX's convention), no
		// constraint or reciprocity.
		{"sven.e", "degree", "0"},
		{"sven.e", "clustering", "0.0"},
		{"sven.e", "constraint", ""},
		{"sven.e", "reciprocity", ""},
	}
}

func TestGraphMLDemo(t *testing.T) {
	r := demo(t)
	nw := r.Network
	for _, groups := range []bool{false, true} {
		doc, nodes, edges := parseGraphML(t, write(t, FormatGraphML, r, Options{Groups: groups}))
		wantNodes, wantEdges := len(nw.People), len(nw.Ties)
		if groups {
			wantNodes += len(nw.Groups)
			wantEdges += nw.Memberships()
		}
		if len(nodes) != wantNodes || len(edges) != wantEdges {
			t.Fatalf("groups %v: %d nodes, %d edges; want %d, %d", groups, len(nodes), len(edges), wantNodes, wantEdges)
		}
		if doc.Graphs[0].EdgeDefault != "directed" {
			t.Errorf("edgedefault %q", doc.Graphs[0].EdgeDefault)
		}
		for _, c := range demoCases(r) {
			got, ok := nodes[c.id][c.field]
			if c.want == "" && ok || c.want != "" && got != c.want {
				t.Errorf("%s.%s = %q (present %v), want %q", c.id, c.field, got, ok, c.want)
			}
		}
		// The first tie of the file: me -> erik.s, weight 4, information.
		e := edges[0]
		if e["kind"] != "tie" || e["weight"] != "4.0" || e["tie_type"] != "information" || e["mutual"] != "false" {
			t.Errorf("first edge %v", e)
		}
		if groups {
			g := nodes["group:West Sweden Business Forum"]
			if g["kind"] != "group" || g["group_scope"] != "local" || g["group_formal"] != "true" || g["group_fee"] != "3500.0" || g["group_size"] == "" {
				t.Errorf("group node %v", g)
			}
			if _, ok := g["degree"]; ok {
				t.Errorf("group node has person figures: %v", g)
			}
			last := edges[len(edges)-1]
			if last["kind"] != "membership" || last["weight"] != "1.0" {
				t.Errorf("membership edge %v", last)
			}
		}
	}
}

func TestGEXFDemo(t *testing.T) {
	r := demo(t)
	nw := r.Network
	doc, nodes := parseGEXF(t, write(t, FormatGEXF, r, Options{Groups: true}))
	if len(nodes) != len(nw.People)+len(nw.Groups) || len(doc.Graph.Edges.Edges) != len(nw.Ties)+nw.Memberships() {
		t.Fatalf("%d nodes, %d edges", len(nodes), len(doc.Graph.Edges.Edges))
	}
	if doc.Graph.DefaultEdgeType != "directed" {
		t.Errorf("defaultedgetype %q", doc.Graph.DefaultEdgeType)
	}
	for _, c := range demoCases(r) {
		got, ok := nodes[c.id][c.field]
		if c.want == "" && ok || c.want != "" && got != c.want {
			t.Errorf("%s.%s = %q (present %v), want %q", c.id, c.field, got, ok, c.want)
		}
	}
	if e := doc.Graph.Edges.Edges[0]; e.Source != "me" || e.Target != "erik.s" || e.Weight != "4.0" || e.Type != "" {
		t.Errorf("first edge %+v", e)
	}
}

// Bridges and local bridges found by the analysis are marked on the ties
// between those people, and only on them.
func TestBridgesMarked(t *testing.T) {
	r := demo(t)
	_, _, edges := parseGraphML(t, write(t, FormatGraphML, r, Options{}))
	nw := r.Network
	if len(r.LocalBridges) == 0 {
		t.Fatal("the demo has no local bridges; pick data that has")
	}
	pairOf := func(u, v int) [2]string {
		a, b := nw.People[u].ID, nw.People[v].ID
		if b < a {
			a, b = b, a
		}
		return [2]string{a, b}
	}
	isBridge, span := map[[2]string]bool{}, map[[2]string]string{}
	for _, b := range r.Bridges {
		isBridge[pairOf(b.U, b.V)] = true
	}
	for _, lb := range r.LocalBridges {
		span[pairOf(lb.U, lb.V)] = ""
		if lb.Span >= 0 {
			span[pairOf(lb.U, lb.V)] = strconv.Itoa(lb.Span)
		}
	}
	nLocal := 0
	for k, tie := range nw.Ties {
		a, b := nw.People[tie.From].ID, nw.People[tie.To].ID
		if b < a {
			a, b = b, a
		}
		p := [2]string{a, b}
		e := edges[k]
		s, local := span[p]
		if e["bridge"] != strconv.FormatBool(isBridge[p]) || e["local_bridge"] != strconv.FormatBool(local) || e["local_bridge_span"] != s {
			t.Errorf("tie %v: %v; want bridge %v local %v span %q", p, e, isBridge[p], local, s)
		}
		if local {
			nLocal++
		}
	}
	if nLocal == 0 {
		t.Error("no tie marked as a local bridge")
	}
}
