package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"regexp"
	"strings"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
)

type nodeLink struct {
	Directed   bool             `json:"directed"`
	Multigraph bool             `json:"multigraph"`
	Graph      map[string]any   `json:"graph"`
	Nodes      []map[string]any `json:"nodes"`
	Links      []map[string]any `json:"links"`
}

func TestJSONDemo(t *testing.T) {
	r := demo(t)
	nw := r.Network
	var d nodeLink
	if err := json.Unmarshal(write(t, FormatJSON, r, Options{Groups: true}), &d); err != nil {
		t.Fatal(err)
	}
	if !d.Directed || d.Multigraph || d.Graph["ego"] != "me" {
		t.Errorf("header %v %v %v", d.Directed, d.Multigraph, d.Graph)
	}
	if len(d.Nodes) != len(nw.People)+len(nw.Groups) || len(d.Links) != len(nw.Ties)+nw.Memberships() {
		t.Fatalf("%d nodes, %d links", len(d.Nodes), len(d.Links))
	}
	byID := map[string]map[string]any{}
	for _, n := range d.Nodes {
		byID[n["id"].(string)] = n
	}
	me, sven, grp := byID["me"], byID["sven.e"], byID["group:Product Circle Slack"]
	if me["label"] != "Karin Lindqvist" || me["ego"] != true || me["degree"] != 23.0 || me["betweenness"] != column(r, "betweenness")[0] {
		t.Errorf("me: %v", me)
	}
	// Undefined figures are null, not left out and not a number.
	if v, ok := sven["constraint"]; !ok || v != nil {
		t.Errorf("sven.e constraint %v (present %v), want null", v, ok)
	}
	if _, ok := sven["group_size"]; ok {
		t.Error("person has group fields")
	}
	if grp["kind"] != "group" || grp["label"] != "Product Circle Slack" || grp["group_size"] == nil {
		t.Errorf("group: %v", grp)
	}
	if _, ok := grp["betweenness"]; ok {
		t.Error("group has person figures")
	}
	l := d.Links[0]
	if l["source"] != "me" || l["target"] != "erik.s" || l["weight"] != 4.0 || l["tie_type"] != "information" || l["mutual"] != false {
		t.Errorf("first link %v", l)
	}
	if _, ok := l["role"]; ok {
		t.Error("tie has a role")
	}
}

func TestCSVDemo(t *testing.T) {
	r := demo(t)
	nw := r.Network
	rows, err := csv.NewReader(bytes.NewReader(write(t, FormatCSV, r, Options{}))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+len(nw.People) {
		t.Fatalf("%d rows", len(rows))
	}
	col := map[string]int{}
	for k, h := range rows[0] {
		col[h] = k
	}
	if len(col) != len(rows[0]) {
		t.Fatal("duplicate header")
	}
	for _, h := range append([]string{"id", "label", "kind", "ego", "profession"}, columnNames(r)...) {
		if _, ok := col[h]; !ok {
			t.Errorf("no column %q", h)
		}
	}
	cell := map[string][]string{}
	for _, row := range rows[1:] {
		cell[row[0]] = row
	}
	for _, c := range demoCases(r) {
		if got := cell[c.id][col[c.field]]; got != c.want {
			t.Errorf("%s.%s = %q, want %q", c.id, c.field, got, c.want)
		}
	}

	rows, err = csv.NewReader(bytes.NewReader(write(t, FormatEdgesCSV, r, Options{Groups: true}))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+len(nw.Ties)+nw.Memberships() {
		t.Fatalf("%d edge rows", len(rows))
	}
	if h := strings.Join(rows[0], ","); h != "source,target,kind,weight,tie_type,since,mutual,bridge,local_bridge,local_bridge_span,role" {
		t.Errorf("edges header %s", h)
	}
	if got := strings.Join(rows[1][:7], ","); got != "me,erik.s,tie,4.0,information,2014-06-25,false" {
		t.Errorf("first edge %s", got)
	}
}

func columnNames(r *analysis.Result) []string {
	var out []string
	for _, c := range r.Columns() {
		out = append(out, c.Name)
	}
	return out
}

// hostile is a small network whose names and values try to break out of
// every format.
func hostile(t *testing.T) *analysis.Result {
	nw := graph.New()
	names := []string{
		`Ann "the <b>boss</b>" & co`,
		`=HYPERLINK("http://evil.example","click")`,
		"Line\nbreak\r\tand \x01 control \x00 and bad \xff utf8",
		`</data></node><node id="x">`,
		"-2+3",
	}
	a := nw.Attribute(`role"><script>alert(1)</script>`)
	for k, name := range names {
		i, _ := nw.AddPerson(`id"<&>`+string(rune('a'+k)), name)
		nw.SetAttr(i, a, "@SUM(A1:A9)")
	}
	for k := 1; k < len(names); k++ {
		nw.AddTie(graph.Tie{From: 0, To: k, Weight: 1, Type: nw.AddTieType(`"><!--`)})
	}
	g, _ := nw.AddGroup(`Club <"&">`)
	nw.AddMember(g, 0, `=cmd|' /C calc'!A0`)
	nw.Normalize()
	return analyse(t, nw)
}

func TestHostileNames(t *testing.T) {
	r := hostile(t)
	opt := Options{Groups: true}
	clean := xmlClean(r.Network.People[2].Name)

	b := write(t, FormatGraphML, r, opt)
	_, nodes, _ := parseGraphML(t, b)
	if len(nodes) != 6 {
		t.Fatalf("%d nodes", len(nodes))
	}
	if nodes[`id"<&>a`]["label"] != `Ann "the <b>boss</b>" & co` || nodes[`id"<&>c`]["label"] != clean {
		t.Errorf("labels did not round-trip: %q", nodes[`id"<&>c`]["label"])
	}
	if nodes[`id"<&>d`]["label"] != `</data></node><node id="x">` {
		t.Errorf("markup in a name: %v", nodes[`id"<&>d`])
	}
	for _, s := range []string{"<script", "<b>", "<!--", "\x01", "\x00"} {
		if bytes.Contains(b, []byte(s)) {
			t.Errorf("GraphML holds %q unescaped", s)
		}
	}
	// Newlines in values survive (as character references or text).
	if !strings.Contains(clean, "\n") || !strings.Contains(nodes[`id"<&>c`]["label"], "\n") {
		t.Error("newline lost")
	}

	_, gnodes := parseGEXF(t, write(t, FormatGEXF, r, opt))
	if gnodes[`id"<&>a`]["label"] != `Ann "the <b>boss</b>" & co` || gnodes[`id"<&>c`]["label"] != clean {
		t.Errorf("GEXF labels: %q", gnodes[`id"<&>c`]["label"])
	}
	if gnodes[`id"<&>a`][`role"><script>alert(1)</script>`] != "@SUM(A1:A9)" {
		t.Errorf("GEXF attribute: %v", gnodes[`id"<&>a`])
	}

	var d nodeLink
	jb := write(t, FormatJSON, r, opt)
	if err := json.Unmarshal(jb, &d); err != nil {
		t.Fatalf("JSON: %v", err)
	}
	if d.Nodes[0]["label"] != `Ann "the <b>boss</b>" & co` || d.Nodes[2]["label"] != strings.ToValidUTF8(r.Network.People[2].Name, "\uFFFD") {
		t.Errorf("JSON labels %q", d.Nodes[2]["label"])
	}
	if bytes.Contains(jb, []byte("<")) {
		t.Error("JSON holds a raw <")
	}

	rows, err := csv.NewReader(bytes.NewReader(write(t, FormatCSV, r, opt))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if rows[2][1] != `'=HYPERLINK("http://evil.example","click")` || rows[1][4] != "'@SUM(A1:A9)" || rows[5][1] != "'-2+3" {
		t.Errorf("CSV cells not guarded: %q %q %q", rows[2][1], rows[1][4], rows[5][1])
	}
	erows, err := csv.NewReader(bytes.NewReader(write(t, FormatEdgesCSV, r, opt))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if last := erows[len(erows)-1]; last[len(last)-1] != `'=cmd|' /C calc'!A0` {
		t.Errorf("role not guarded: %q", last)
	}
}

// The same input gives the same bytes, in every format, across analyses.
func TestDeterministic(t *testing.T) {
	r1, r2 := demo(t), demo(t)
	for _, f := range Formats {
		a := write(t, f, r1, Options{Groups: true})
		b := write(t, f, r2, Options{Groups: true})
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between runs", f)
		}
	}
}

// mixed has directed ties (a->b, a->d) and mutual ones (b-c, c-d, and a-b
// besides a->b).
func mixed(t *testing.T, allMutual bool) *analysis.Result {
	nw := graph.New()
	for _, id := range []string{"a", "b", "c", "d"} {
		nw.AddPerson(id, strings.ToUpper(id))
	}
	nw.AddTie(graph.Tie{From: 0, To: 1, Weight: 2, Mutual: allMutual})
	nw.AddTie(graph.Tie{From: 1, To: 2, Weight: 1, Mutual: true})
	nw.AddTie(graph.Tie{From: 2, To: 3, Weight: 1, Mutual: true})
	nw.AddTie(graph.Tie{From: 0, To: 3, Weight: 3, Mutual: allMutual})
	nw.Normalize()
	return analyse(t, nw)
}

func TestDirection(t *testing.T) {
	tests := []struct {
		name        string
		allMutual   bool
		edgedefault string
		undirected  []string // GraphML edges with directed="false"
		gexfType    string   // defaultedgetype
		mutualEdges int      // GEXF edges with type="mutual"
		links       int
	}{
		{"mixed", false, "directed", []string{"b-c", "c-d"}, "directed", 2, 6},
		{"all mutual", true, "undirected", nil, "undirected", 0, 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := mixed(t, tc.allMutual)
			doc, _, _ := parseGraphML(t, write(t, FormatGraphML, r, Options{}))
			g := doc.Graphs[0]
			var und []string
			for _, e := range g.Edges {
				if e.Directed == "false" {
					und = append(und, e.Source+"-"+e.Target)
				}
			}
			if g.EdgeDefault != tc.edgedefault || strings.Join(und, " ") != strings.Join(tc.undirected, " ") {
				t.Errorf("GraphML: %s, undirected %v", g.EdgeDefault, und)
			}
			gx, _ := parseGEXF(t, write(t, FormatGEXF, r, Options{}))
			nm := 0
			for _, e := range gx.Graph.Edges.Edges {
				if e.Type == "mutual" {
					nm++
				}
			}
			if gx.Graph.DefaultEdgeType != tc.gexfType || nm != tc.mutualEdges {
				t.Errorf("GEXF: %s, %d mutual", gx.Graph.DefaultEdgeType, nm)
			}
			var d nodeLink
			if err := json.Unmarshal(write(t, FormatJSON, r, Options{}), &d); err != nil {
				t.Fatal(err)
			}
			if len(d.Links) != tc.links || d.Directed == tc.allMutual {
				t.Errorf("JSON: directed %v, %d links", d.Directed, len(d.Links))
			}
		})
	}
}

// A mutual and a directed tie between the same two people make the JSON a
// multigraph with keys, so node_link_graph keeps both.
func TestJSONMultigraph(t *testing.T) {
	nw := graph.New()
	nw.AddPerson("a", "")
	nw.AddPerson("b", "")
	nw.AddTie(graph.Tie{From: 0, To: 1, Weight: 1})
	nw.AddTie(graph.Tie{From: 0, To: 1, Weight: 5, Mutual: true})
	nw.Normalize()
	var d nodeLink
	if err := json.Unmarshal(write(t, FormatJSON, analyse(t, nw), Options{}), &d); err != nil {
		t.Fatal(err)
	}
	if !d.Multigraph || len(d.Links) != 3 || d.Links[0]["key"] != 0.0 || d.Links[1]["key"] != 1.0 || d.Links[2]["key"] != 0.0 {
		t.Errorf("multigraph %v, links %v", d.Multigraph, d.Links)
	}
}

func TestPseudonyms(t *testing.T) {
	r := demo(t)
	opt := Options{Groups: true, Pseudonym: func(id string) string { return "Person " + strings.ToUpper(id[:2]) }}
	for _, f := range Formats {
		b := write(t, f, r, opt)
		for _, real := range []string{"Karin", "Lindqvist", "erik.s", "Erik Sandberg", "katrin.m"} {
			if bytes.Contains(b, []byte(real)) {
				t.Errorf("%s holds %q", f, real)
			}
		}
	}
	_, nodes, _ := parseGraphML(t, write(t, FormatGraphML, r, opt))
	if nodes["p1"]["label"] != "Person ME" || nodes["p2"]["label"] != "Person ER" || nodes["p1"]["profession"] != "product manager" {
		t.Errorf("p1 %v", nodes["p1"])
	}
	var doc graphmlDoc
	xml.Unmarshal(write(t, FormatGraphML, r, opt), &doc)
	if ego := doc.Graphs[0].Data[0].Value; ego != "p1" {
		t.Errorf("ego %q", ego)
	}
}

// An attribute named like a figure or a fixed field is renamed, so that
// every name is declared once.
func TestAttributeNameClash(t *testing.T) {
	nw := graph.New()
	for _, id := range []string{"a", "b", "c"} {
		nw.AddPerson(id, "")
	}
	for _, name := range []string{"degree", "label", "attr_degree", ""} {
		nw.SetAttr(0, nw.Attribute(name), "x")
	}
	nw.AddTie(graph.Tie{From: 0, To: 1, Weight: 1, Mutual: true})
	nw.Normalize()
	_, nodes, _ := parseGraphML(t, write(t, FormatGraphML, analyse(t, nw), Options{}))
	a := nodes["a"]
	if a["degree"] != "1" || a["label"] != "a" || a["attr_degree"] != "x" || a["attr_label"] != "x" || a["attr_attr_degree"] != "x" || a["attr_"] != "x" {
		t.Errorf("a: %v", a)
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in   string
		want Format
		err  bool
	}{
		{"graphml", FormatGraphML, false},
		{" GEXF ", FormatGEXF, false},
		{"json", FormatJSON, false},
		{"csv", FormatCSV, false},
		{"edges-csv", FormatEdgesCSV, false},
		{"pdf", "", true},
	}
	for _, tc := range tests {
		got, err := ParseFormat(tc.in)
		if got != tc.want || (err != nil) != tc.err {
			t.Errorf("ParseFormat(%q) = %q, %v", tc.in, got, err)
		}
	}
	if err := Write(&bytes.Buffer{}, "pdf", demo(t), Options{}); err == nil {
		t.Error("Write accepted pdf")
	}
}

// Ids that differ only in characters XML cannot hold stay two nodes in
// every format (a GraphML file with two nodes of one id is invalid).
func TestExportIDsWithControlCharacters(t *testing.T) {
	nw := graph.New()
	for _, id := range []string{"b\x01x", "b\x02x", "b\uFFFDx"} {
		nw.AddPerson(id, "")
	}
	nw.AddTie(graph.Tie{From: 0, To: 1, Weight: 1})
	nw.AddTie(graph.Tie{From: 1, To: 2, Weight: 1})
	nw.Normalize()
	r, err := analysis.Run(nw, analysis.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []Format{FormatGraphML, FormatGEXF} {
		var buf bytes.Buffer
		if err := Write(&buf, f, r, Options{}); err != nil {
			t.Fatal(err)
		}
		ids := regexp.MustCompile(`<node id="([^"]*)"`).FindAllStringSubmatch(buf.String(), -1)
		seen := map[string]bool{}
		for _, m := range ids {
			id := strings.ReplaceAll(m[1], "&#39;", "'")
			if seen[id] {
				t.Errorf("%s: node id %q twice", f, id)
			}
			seen[id] = true
		}
		if len(seen) != 3 || !seen["b\uFFFDx"] || !seen["b\uFFFDx'"] || !seen["b\uFFFDx''"] {
			t.Errorf("%s: node ids %q", f, ids)
		}
	}
}
