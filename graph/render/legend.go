package render

import (
	"fmt"
	"strings"
)

// legend is the key every view draws below its picture: an HTML-like table
// set as the graph's label (labelloc=b), because only dot and fdp draw
// clusters and a free legend node would be laid out among the people. All
// text in it passes through xmlText. In SVG it is the group with
// id="a_legend".
type legend struct {
	rows []string
}

// title adds a bold heading row.
func (l *legend) title(s string) {
	l.rows = append(l.rows, fmt.Sprintf(`<tr><td colspan="2" align="left"><b>%s</b></td></tr>`, xmlText(s)))
}

// swatch adds a coloured box and its meaning.
func (l *legend) swatch(color, border, s string) {
	l.rows = append(l.rows, fmt.Sprintf(
		`<tr><td bgcolor="%s" color="%s" border="1" width="14" height="14" fixedsize="true"></td><td align="left">%s</td></tr>`,
		color, border, xmlText(s)))
}

// key adds a short symbol (a line style, a shape) and its meaning.
func (l *legend) key(symbol, color, s string) {
	l.rows = append(l.rows, fmt.Sprintf(
		`<tr><td align="center"><font color="%s"><b>%s</b></font></td><td align="left">%s</td></tr>`,
		color, xmlText(symbol), xmlText(s)))
}

// note adds a plain line.
func (l *legend) note(s string) {
	l.rows = append(l.rows, fmt.Sprintf(`<tr><td colspan="2" align="left">%s</td></tr>`, xmlText(s)))
}

// attrs returns the graph attributes that draw the legend.
func (l *legend) attrs() []attr {
	var b strings.Builder
	b.WriteString(`<<table border="1" color="#999999" cellborder="0" cellspacing="2" cellpadding="2" bgcolor="#FFFFFF" id="legend" href="#legend" title="Legend">`)
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
