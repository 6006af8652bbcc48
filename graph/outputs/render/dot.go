package render

import (
	"bytes"
	"strconv"
	"strings"
)

// fontName is the font every view asks for. Graphviz knows Helvetica's
// metrics without looking for font files, SVG viewers have it or a close
// substitute, and the engine draws PNG text with the Go sans-serif it
// carries in the binary, so labels do not depend on the machine's fonts.
const fontName = "Helvetica"

// attr is one DOT attribute, its value already quoted or numeric.
type attr struct{ key, val string }

func text(key, v string) attr {
	if key == "tooltip" {
		return attr{key, quoteTooltip(v)}
	}
	return attr{key, quoteText(v)}
}
func raw(key, v string) attr         { return attr{key, v} }
func num(key string, x float64) attr { return attr{key, fmtNum(x)} }

// fmtNum writes x with at most 3 decimals, so the same input gives the same
// bytes and the DOT stays short.
func fmtNum(x float64) string {
	s := strconv.FormatFloat(x, 'f', 3, 64)
	s = strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
	if s == "-0" || s == "" {
		s = "0"
	}
	return s
}

// dotWriter accumulates DOT statements.
type dotWriter struct {
	b bytes.Buffer
}

func (d *dotWriter) line(s string) {
	d.b.WriteString(s)
	d.b.WriteByte('\n')
}

// stmt writes `  head [k=v, …];`.
func (d *dotWriter) stmt(head string, attrs ...attr) {
	d.b.WriteString("  ")
	d.b.WriteString(head)
	if len(attrs) > 0 {
		d.b.WriteString(" [")
		for k, a := range attrs {
			if k > 0 {
				d.b.WriteString(", ")
			}
			d.b.WriteString(a.key)
			d.b.WriteByte('=')
			d.b.WriteString(a.val)
		}
		d.b.WriteByte(']')
	}
	d.b.WriteString(";\n")
}

func (d *dotWriter) node(name string, attrs ...attr) { d.stmt(quoteName(name), attrs...) }

func (d *dotWriter) edge(a, b string, attrs ...attr) {
	d.stmt(quoteName(a)+" -- "+quoteName(b), attrs...)
}

// open starts an undirected graph with the attributes every view shares.
func (d *dotWriter) open(name, layout string, graphAttrs ...attr) {
	d.line("graph " + quoteName(name) + " {")
	base := []attr{
		raw("layout", layout),
		raw("fontname", quoteText(fontName)),
		raw("bgcolor", `"white"`),
		raw("pad", `"0.3"`),
		raw("outputorder", "edgesfirst"),
	}
	d.stmt("graph", append(base, graphAttrs...)...)
	d.stmt("node", raw("fontname", quoteText(fontName)))
	d.stmt("edge", raw("fontname", quoteText(fontName)))
}

func (d *dotWriter) close() { d.line("}") }

// fmtInt writes n with thin groups of three digits for labels: 12 345.
func fmtInt(n int) string {
	s := strconv.Itoa(n)
	if n < 0 || len(s) <= 4 {
		return s
	}
	var out []byte
	for i, c := range []byte(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ' ')
		}
		out = append(out, c)
	}
	return string(out)
}
