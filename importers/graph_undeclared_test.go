package importers

import (
	"slices"
	"strings"
	"testing"
)

// A value whose attribute the file never declares, or declares for other
// elements only, is not read; it is listed as unused and noted where it
// first appears, not dropped in silence.
func TestGraphUndeclaredAttribute(t *testing.T) {
	cases := []struct {
		name, file string
		unused     []string
		at         [][2]int // line, column of each note, in order
		says       []string
	}{
		{"graphml", `<graphml>
<key id="d0" for="node" attr.name="profession" attr.type="string"/>
<graph edgedefault="directed">
<node id="a"><data key="d0">nurse</data><data key="d9">Lund</data></node>
<node id="b"><data key="d9">Malmö</data></node>
<edge source="a" target="b"><data key="d0">advice</data></edge>
</graph></graphml>
`, []string{"node:d9", "edge:d0"}, [][2]int{{4, 41}, {6, 29}}, []string{`"d9" on a node, which the file never declares`, `"d0" on an edge, which the file declares for node only`}},
		{"gexf", `<gexf version="1.3"><graph defaultedgetype="directed">
<attributes class="node"><attribute id="0" title="profession" type="string"/></attributes>
<nodes>
<node id="a"><attvalues><attvalue for="0" value="nurse"/><attvalue for="7" value="Lund"/></attvalues></node>
<node id="b"/>
</nodes>
<edges><edge source="a" target="b"/></edges>
</graph></gexf>
`, []string{"node:7"}, [][2]int{{4, 58}}, []string{`"7" on a node, which the file never declares`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			nw, rep := mustLoad(t, map[string]string{"g": c.file}, Options{Graph: "g"})
			if a, ok := nw.AttributeIndex("profession"); !ok || nw.Attr(0, a) != "nurse" {
				t.Errorf("the declared attribute was not read: %v", nw.Attributes)
			}
			f := rep.Files[0]
			if !slices.Equal(f.UnusedColumns, c.unused) {
				t.Errorf("unused %q, want %q", f.UnusedColumns, c.unused)
			}
			var notes []Problem
			for _, p := range f.Notes {
				if strings.Contains(p.Reason, "its values are not read") {
					notes = append(notes, p)
				}
			}
			if len(notes) != len(c.at) {
				t.Fatalf("notes %+v, want %d", f.Notes, len(c.at))
			}
			for k, p := range notes {
				if p.Line != c.at[k][0] || p.Column != c.at[k][1] || !strings.Contains(p.Reason, c.says[k]) {
					t.Errorf("note %+v, want line %d column %d saying %s", p, c.at[k][0], c.at[k][1], c.says[k])
				}
			}
		})
	}
}

// A value that names no attribute at all is said to, not called the
// attribute "".
func TestGraphValueWithoutKey(t *testing.T) {
	_, rep := mustLoad(t, map[string]string{"g": `<graphml><graph><node id="a"><data>x</data></node><node id="b"/><edge source="a" target="b"/></graph></graphml>`}, Options{Graph: "g"})
	f := rep.Files[0]
	if len(f.UnusedColumns) != 0 || f.NotesByReason["undeclared attribute"] != 1 {
		t.Fatalf("unused %q, notes %v", f.UnusedColumns, f.Notes)
	}
	for _, n := range f.Notes {
		if strings.Contains(n.Reason, "names no attribute") && n.Column != 30 {
			t.Errorf("note %+v, want column 30", n)
		}
	}
}

// Values ties keeps nowhere are noted, not dropped: a node's values after
// its nested nodes or graph, a port's, the graph's own values but its ego.
func TestGraphValuesNotKeptAreNoted(t *testing.T) {
	cases := []struct {
		name, file, reason string
		line, col          int
	}{
		{"gexf after nested nodes", `<gexf><graph>
<attributes class="node"><attribute id="0" title="organization" type="string"/></attributes>
<nodes><node id="a"><nodes><node id="b"/></nodes><attvalues><attvalue for="0" value="Outer"/></attvalues></node></nodes>
<edges><edge source="a" target="b"/></edges></graph></gexf>`, "after the node's nested nodes", 3, 61},
		{"graphml after nested graph", `<graphml><key id="org" for="node" attr.name="organization"/><graph>
<node id="a"><graph><node id="b"/></graph><data key="org">After</data></node>
<edge source="a" target="b"/></graph></graphml>`, "after the node's nested graph", 2, 43},
		{"graphml port", `<graphml><key id="org" for="node" attr.name="organization"/><graph>
<node id="a"><port name="p"><data key="org">x</data></port></node><node id="b"/>
<edge source="a" target="b"/></graph></graphml>`, "a port (a place on a node", 2, 14},
		{"graphml graph value of a node key", `<graphml><key id="w" for="all" attr.name="weight"/><graph><data key="w">3</data>
<node id="a"/><node id="b"/><edge source="a" target="b"><data key="w">2</data></edge></graph></graphml>`, `the graph's value of "weight" is not read`, 1, 59},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, rep := mustLoad(t, map[string]string{"g": c.file}, Options{Graph: "g"})
			var found []Problem
			for _, n := range rep.Files[0].Notes {
				if strings.Contains(n.Reason, c.reason) {
					found = append(found, n)
				}
			}
			if len(found) != 1 || found[0].Line != c.line || found[0].Column != c.col {
				t.Errorf("notes %+v, want one saying %q at %d:%d", rep.Files[0].Notes, c.reason, c.line, c.col)
			}
		})
	}
}
