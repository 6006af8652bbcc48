package export

import (
	"bufio"
	"strconv"
)

// gexfType is GEXF's attribute type of each kind.
var gexfType = [...]string{kString: "string", kBool: "boolean", kInt: "long", kDouble: "double"}

// writeGEXF writes GEXF 1.2 (namespace 1.2draft): Gephi's own format and
// the newest NetworkX 2.8 reads (it does not know the 1.3 namespace). The
// schema has no "mixed" default edge type, but it has "mutual" edges, so a
// graph with directed ties is defaultedgetype="directed" and each mutual
// tie is type="mutual": both directions at once, which Gephi shows as a
// mutual edge and NetworkX reads as two arcs. Without directed ties the
// graph is undirected. Labels and weights are GEXF's own node and edge
// attributes; every other field is a declared <attribute> whose values are
// <attvalue for=id>. Missing values have no attvalue.
func writeGEXF(w *bufio.Writer, m *model) error {
	w.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	w.WriteString(`<gexf xmlns="http://www.gexf.net/1.2draft"` +
		` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
		` xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">` + "\n")
	w.WriteString("  <meta>\n    <creator>ties</creator>\n    <description>")
	desc := "Professional network exported by ties: people with their attributes and figures, ties with weights and bridges."
	if m.ego != "" {
		desc += " Ego: " + m.ego + "."
	}
	for _, d := range m.derived {
		desc += " The attribute " + d[0] + " is derived by ties from " + d[1] + " (docs/titles.md)."
	}
	xmlText(w, desc)
	w.WriteString("</description>\n  </meta>\n")
	def := "undirected"
	if m.directed {
		def = "directed"
	}
	w.WriteString(`  <graph mode="static" defaultedgetype="` + def + `">` + "\n")

	// label is the node's own attribute, weight the edge's: not declared.
	nodeFields := m.nodeFields[1:] // label first, see build
	var weight field
	edgeFields := make([]field, 0, len(m.edgeFields))
	for _, f := range m.edgeFields {
		if f.name == "weight" {
			weight = f
		} else {
			edgeFields = append(edgeFields, f)
		}
	}
	decl := func(class string, fs []field) {
		w.WriteString(`    <attributes class="` + class + `" mode="static">` + "\n")
		for k, f := range fs {
			w.WriteString(`      <attribute id="` + strconv.Itoa(k) + `"`)
			attr(w, "title", f.name)
			w.WriteString(` type="` + gexfType[f.kind] + `"/>` + "\n")
		}
		w.WriteString("    </attributes>\n")
	}
	decl("node", nodeFields)
	decl("edge", edgeFields)
	values := func(fs []field, i int) {
		open := false
		for k, f := range fs {
			v := f.at(i)
			if !v.ok {
				continue
			}
			if !open {
				w.WriteString("\n        <attvalues>\n")
				open = true
			}
			w.WriteString(`          <attvalue for="` + strconv.Itoa(k) + `"`)
			attr(w, "value", v.text(f.kind))
			w.WriteString("/>\n")
		}
		if open {
			w.WriteString("        </attvalues>\n      ")
		}
	}
	w.WriteString(`    <nodes count="` + strconv.Itoa(len(m.ids)) + `">` + "\n")
	for i, id := range m.ids {
		w.WriteString("      <node")
		attr(w, "id", id)
		attr(w, "label", m.labels[i])
		w.WriteString(">")
		values(nodeFields, i)
		w.WriteString("</node>\n")
	}
	w.WriteString("    </nodes>\n")
	w.WriteString(`    <edges count="` + strconv.Itoa(len(m.edges)) + `">` + "\n")
	for e, ed := range m.edges {
		w.WriteString("      <edge")
		attr(w, "id", strconv.Itoa(e))
		attr(w, "source", m.ids[ed.src])
		attr(w, "target", m.ids[ed.tgt])
		if m.undirectedEdge(e) {
			w.WriteString(` type="mutual"`)
		}
		attr(w, "weight", weight.at(e).text(kDouble))
		w.WriteString(">")
		values(edgeFields, e)
		w.WriteString("</edge>\n")
	}
	w.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	return nil
}
