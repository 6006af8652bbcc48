package main

import (
	"io"
	"strings"
	"unicode"

	"github.com/mattn/go-runewidth"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// The text every table format writes for people to read goes through this
// file: aligned tables (table), wrapped paragraphs (wrap), values made
// harmless to a terminal (oneLine, cell) and counts with their thousands
// grouped (count). JSON and CSV are for programs and print plain numbers.

// widths measures text as a terminal shows it: a CJK character takes two
// columns, an emoji one or two, a combining accent none. The condition is
// fixed rather than read from the locale (RUNEWIDTH_EASTASIAN, LANG), so
// that the same input gives the same bytes on every machine; characters of
// ambiguous width count as one, as terminals outside East Asian locales
// draw them.
var widths = &runewidth.Condition{EastAsianWidth: false}

// displayWidth is how many terminal columns s takes.
func displayWidth(s string) int { return widths.StringWidth(s) }

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
// that stay whole), each starting with indent. The text is made harmless to
// a terminal first (oneLine): a paragraph is one line of words.
func wrap(s string, width int, indent string) string {
	return wrapHanging(s, width, indent, indent)
}

// wrapHanging is wrap with one indent for the first line and another for
// the rest.
func wrapHanging(s string, width int, first, rest string) string {
	var b strings.Builder
	line := 0
	for _, word := range strings.Fields(oneLine(s)) {
		n := displayWidth(word)
		switch {
		case line == 0:
			b.WriteString(first)
			line = displayWidth(first)
		case line+1+n > width:
			b.WriteString("\n")
			b.WriteString(rest)
			line = displayWidth(rest)
		default:
			b.WriteByte(' ')
			line++
		}
		b.WriteString(word)
		line += n
	}
	return b.String()
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

// oneLine keeps a value on one line of the table and harmless to a
// terminal: a cell may hold line breaks, tabs, escape sequences or
// bidirectional overrides. Every string from the data that a table format
// writes goes through it (or through cell, wrap or a table, which call it).
func oneLine(s string) string {
	if strings.IndexFunc(s, unsafeForTerminal) < 0 {
		return s
	}
	s = strings.Map(func(r rune) rune {
		if unsafeForTerminal(r) {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// maxCellWidth bounds a value shown in a table column, in terminal
// columns: one long cell would otherwise widen the column for every row.
const maxCellWidth = 60

// cell is oneLine, cut to maxCellWidth columns.
func cell(s string) string {
	s = oneLine(s)
	if displayWidth(s) > maxCellWidth {
		return widths.Truncate(s, maxCellWidth, "…")
	}
	return s
}

// counts groups the thousands of a count for people to read ("8,250"), as
// the words of the findings do (graph/outputs/words).
var counts = message.NewPrinter(language.English, message.Catalog(catalog.NewBuilder()))

// count writes a count of people, ties, rows or values for the table:
// "8,250".
func count(n int) string { return counts.Sprintf("%d", n) }
