package main

import (
	"io"
	"strings"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"

	"github.com/tiesnet/ties/graph/outputs/words"
)

// The text every table format writes for people to read goes through this
// file: aligned tables (table), wrapped paragraphs (wrap), values made
// harmless to a terminal (words.OneLine, cell) and counts with their thousands
// grouped (count). JSON and CSV are for programs and print plain numbers.

// displayWidth is how many terminal columns s takes (words.Width).
func displayWidth(s string) int { return words.Width(s) }

// tablePadding is the space between two columns.
const tablePadding = 2

// table aligns tab-separated cells in columns, as text/tabwriter does with
// a padding of two spaces (a cell ends at a tab; the last cell of a line is
// not aligned; a line without a tab ends a block of aligned lines), but
// measures every cell by its display width, so that names in Chinese,
// Japanese or Korean and emoji keep the columns straight. Every cell is
// made harmless to a terminal (terminalSafe) as it is written.
type table struct {
	w   io.Writer
	buf []byte
}

func newTable(w io.Writer) *table { return &table{w: w} }

// Write buffers p until Flush.
func (t *table) Write(p []byte) (int, error) {
	t.buf = append(t.buf, p...)
	return len(p), nil
}

// Flush writes the buffered lines, aligned.
func (t *table) Flush() error {
	lines := strings.Split(string(t.buf), "\n") // the last is what follows the last newline
	t.buf = t.buf[:0]
	cells := make([][]string, len(lines))
	for i, l := range lines {
		cells[i] = strings.Split(terminalSafe(l), "\t")
	}
	pads := make([][]int, len(cells))
	for i, c := range cells {
		pads[i] = make([]int, len(c))
	}
	// A line without a tab ends a block: the columns of the lines before
	// it are aligned apart from those after it.
	start := 0
	for i, c := range cells {
		if len(c) == 1 || i == len(cells)-1 {
			alignColumn(cells, pads, 0, start, i+1)
			start = i + 1
		}
	}
	var b strings.Builder
	for i, c := range cells {
		for j, s := range c {
			b.WriteString(s)
			if j < len(c)-1 {
				b.WriteString(strings.Repeat(" ", max(pads[i][j]-displayWidth(s), 0)))
			}
		}
		if i < len(cells)-1 {
			b.WriteByte('\n')
		}
	}
	_, err := io.WriteString(t.w, b.String())
	return err
}

// alignColumn sets the width of column col in lines [lo, hi) and, within
// each run of consecutive lines that have a cell there, of the columns
// after it: text/tabwriter's column blocks. The last cell of a line is
// never aligned.
func alignColumn(cells [][]string, pads [][]int, col, lo, hi int) {
	for i := lo; i < hi; {
		if col >= len(cells[i])-1 {
			i++
			continue
		}
		j, width := i, 0
		for ; j < hi && col < len(cells[j])-1; j++ {
			width = max(width, displayWidth(cells[j][col])+tablePadding)
		}
		for k := i; k < j; k++ {
			pads[k][col] = width
		}
		alignColumn(cells, pads, col+1, i, j)
		i = j
	}
}

// wrap breaks s into lines of at most width columns (words longer than
// that stay whole), each starting with indent (words.Wrap). The text is
// made harmless to a terminal first (words.OneLine): a paragraph is one
// line of words.
func wrap(s string, width int, indent string) string {
	return words.Wrap(s, width, indent, indent)
}

// unsafeForTerminal reports whether r must not reach a terminal as it is:
// control characters (C0, DEL, C1: the escape that starts CSI and OSC
// sequences, the bell that ends OSC, line breaks and tabs inside a value)
// and the bidirectional overrides and isolates that reorder what follows
// them on the line.
func unsafeForTerminal(r rune) bool {
	return unicode.IsControl(r) || r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069'
}

// terminalSafe replaces every character unsafeForTerminal with a space,
// keeping line breaks and tabs (the table's own structure).
func terminalSafe(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return r != '\n' && r != '\t' && unsafeForTerminal(r) }) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r != '\n' && r != '\t' && unsafeForTerminal(r) {
			return ' '
		}
		return r
	}, s)
}

// maxCellWidth bounds a value shown in a table column, in terminal
// columns: one long cell would otherwise widen the column for every row.
const maxCellWidth = 60

// cell is words.OneLine, cut to maxCellWidth columns.
func cell(s string) string {
	return words.ShortenWidth(words.OneLine(s), maxCellWidth)
}

// counts groups the thousands of a count for people to read ("8,250"), as
// the words of the findings do (graph/outputs/words).
var counts = message.NewPrinter(language.English, message.Catalog(catalog.NewBuilder()))

// count writes a count of people, ties, rows or values for the table:
// "8,250".
func count(n int) string { return counts.Sprintf("%d", n) }

// countOf writes a count and its noun in the right form: "1 tied pair",
// "8,250 tied pairs".
func countOf(n int, one, many string) string {
	if n == 1 {
		return count(n) + " " + one
	}
	return count(n) + " " + many
}
