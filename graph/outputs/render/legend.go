package render

import (
	"fmt"
	"math"
	"strings"
)

// legend is the key every view draws below its picture: an HTML-like table
// set as the graph's label (labelloc=b), because only dot and fdp draw
// clusters and a free legend node would be laid out among the people. All
// text in it passes through xmlText. In SVG it is the group with
// id="a_legend".
//
// The table has one column; a row with a symbol holds a small table of
// its own (symbol, then text), so that a symbol sits beside its text
// rather than in a column as wide as the longest note. Each symbol is
// drawn as what it describes: a filled box with the outline of the nodes
// (solid, dashed, double, thick), or a line of the width and dash of the
// lines.
type legend struct {
	w    wording
	rows []string
}

// title adds a bold heading row.
func (l *legend) title(s string) {
	l.rows = append(l.rows, fmt.Sprintf(`<tr><td align="left"><b>%s</b></td></tr>`, xmlText(s)))
}

// note adds a plain line.
func (l *legend) note(s string) {
	l.rows = append(l.rows, fmt.Sprintf(`<tr><td align="left">%s</td></tr>`, xmlText(s)))
}

// keyed adds a row of a symbol cell (symbolW points wide) and its
// meaning. Graphviz stretches a nested table to its column's width and
// spreads the extra space over its cells, which would float the symbol
// away from its text: the small table is given its own width (the text
// measured generously) and kept at it.
func (l *legend) keyed(symbol string, symbolW float64, s string) {
	w := symbolW + 6 + textWidth(s, 11) + 6
	l.rows = append(l.rows, fmt.Sprintf(
		`<tr><td align="left"><table align="left" fixedsize="true" width="%d" height="18" border="0" cellborder="0" cellspacing="0" cellpadding="1"><tr>%s<td width="6" fixedsize="true"></td><td align="left">%s</td></tr></table></td></tr>`,
		int(math.Ceil(w)), symbol, xmlText(s)))
}

// swatch adds a coloured box and its meaning.
func (l *legend) swatch(color, border, s string) { l.swatchOutline(color, border, outlineSolid, s) }

// Outline styles a swatch can show, as the nodes it stands for are drawn.
const (
	outlineSolid  = ""
	outlineDashed = "dashed"
	outlineDouble = "double"
	outlineThick  = "thick"
)

// swatchOutline adds a box drawn with the outline it describes: dashed
// (a dashed border), double (two borders, one inside the other, as
// Graphviz draws a doublecircle) or thick (a border three points wide).
func (l *legend) swatchOutline(color, border, outline, s string) {
	var cell string
	switch outline {
	case outlineDashed:
		cell = fmt.Sprintf(`<td bgcolor="%s" color="%s" border="1" style="dashed" width="14" height="14" fixedsize="true"></td>`, color, border)
	case outlineDouble:
		// A bordered table holding a bordered table: two concentric boxes.
		cell = fmt.Sprintf(`<td><table border="1" color="%s" cellborder="0" cellspacing="0" cellpadding="2" bgcolor="#FFFFFF"><tr><td><table border="1" color="%s" cellborder="0" cellspacing="0" cellpadding="0" bgcolor="%s"><tr><td width="6" height="6" fixedsize="true"></td></tr></table></td></tr></table></td>`, border, border, color)
	case outlineThick:
		cell = fmt.Sprintf(`<td bgcolor="%s" color="%s" border="3" width="14" height="14" fixedsize="true"></td>`, color, border)
	default:
		cell = fmt.Sprintf(`<td bgcolor="%s" color="%s" border="1" width="14" height="14" fixedsize="true"></td>`, color, border)
	}
	l.keyed(cell, 16, s)
}

// line adds a short line drawn as the lines it describes (colour, width
// in points, "dashed", "dotted" or solid) and its meaning.
func (l *legend) line(color string, width float64, style, s string) {
	st := ""
	if style != "" {
		st = fmt.Sprintf(` style="%s"`, style)
	}
	l.keyed(fmt.Sprintf(`<td sides="b" border="%d" color="%s"%s width="32" height="8" fixedsize="true"></td>`,
		max(1, int(math.Round(width))), color, st), 32, s)
}

// attrs returns the graph attributes that draw the legend.
func (l *legend) attrs() []attr {
	var b strings.Builder
	b.WriteString(`<<table border="1" color="#999999" cellborder="0" cellspacing="1" cellpadding="2" bgcolor="#FFFFFF" id="legend" href="#a_legend" title="`)
	b.WriteString(xmlText(l.w.t("render.legend")))
	b.WriteString(`">`)
	for _, r := range l.rows {
		b.WriteString(r)
	}
	b.WriteString(`</table>>`)
	return []attr{
		raw("label", b.String()),
		raw("labelloc", "b"),
		raw("labeljust", "l"),
		raw("fontsize", "11"),
	}
}
