package export

import (
	"bufio"
	"strconv"
)

// graphmlType is GraphML's attr.type of each kind.
var graphmlType = [...]string{kString: "string", kBool: "boolean", kInt: "long", kDouble: "double"}

// writeGraphML writes GraphML 1.0: every field declared once as a <key>
// with its attr.type, then one <graph> whose edgedefault is directed when
// some tie has a direction. In such a graph a mutual tie is an edge with
// directed="false" (GraphML's own per-edge direction, which Gephi and yEd
// honour); NetworkX refuses such mixed files and igraph reads them as
// directed (docs/export.md says what to use instead).
func writeGraphML(w *bufio.Writer, m *model) error {
	w.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	w.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns"` +
		` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
		` xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	if m.ego != "" {
		w.WriteString(`  <key id="g0" for="graph" attr.name="ego" attr.type="string"/>` + "\n")
	}
	keys := func(prefix, domain string, fs []field) {
		for k, f := range fs {
			w.WriteString(`  <key`)
			attr(w, "id", prefix+strconv.Itoa(k))
			attr(w, "for", domain)
			attr(w, "attr.name", f.name)
			attr(w, "attr.type", graphmlType[f.kind])
			if from := m.derivedFrom(f.name); domain == "node" && from != "" {
				w.WriteString("><desc>")
				xmlText(w, "derived by ties from "+from+" (docs/titles.md)")
				w.WriteString("</desc></key>\n")
				continue
			}
			w.WriteString("/>\n")
		}
	}
	keys("n", "node", m.nodeFields)
	keys("e", "edge", m.edgeFields)
	def := "undirected"
	if m.directed {
		def = "directed"
	}
	w.WriteString(`  <graph id="G" edgedefault="` + def + `">` + "\n")
	if m.ego != "" {
		w.WriteString(`    <data key="g0">`)
		xmlText(w, m.ego)
		w.WriteString("</data>\n")
	}
	data := func(prefix string, fs []field, i int) {
		for k, f := range fs {
			v := f.at(i)
			if !v.ok {
				continue
			}
			w.WriteString(`      <data key="` + prefix + strconv.Itoa(k) + `">`)
			xmlText(w, v.text(f.kind))
			w.WriteString("</data>\n")
		}
	}
	for i, id := range m.ids {
		w.WriteString("    <node")
		attr(w, "id", id)
		w.WriteString(">\n")
		data("n", m.nodeFields, i)
		w.WriteString("    </node>\n")
	}
	for e, ed := range m.edges {
		w.WriteString("    <edge")
		attr(w, "id", "e"+strconv.Itoa(e))
		attr(w, "source", m.ids[ed.src])
		attr(w, "target", m.ids[ed.tgt])
		if m.undirectedEdge(e) {
			w.WriteString(` directed="false"`)
		}
		w.WriteString(">\n")
		data("e", m.edgeFields, e)
		w.WriteString("    </edge>\n")
	}
	w.WriteString("  </graph>\n</graphml>\n")
	return nil
}
