package importers

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/gocarina/gocsv"
)

// delimiters that ties sniffs, in order of preference on a tie: a comma,
// a semicolon (Swedish and German Excel) and a tab.
var delimiters = []rune{',', ';', '\t'}

// headerSearchRecords bounds how far into a file the header is looked for:
// LinkedIn puts a "Notes:" preamble of a few lines before it.
const headerSearchRecords = 50

// headerMatch recognises a header row. It returns the format the header
// belongs to, or "" if the row is not a header this role reads.
type headerMatch func(cells []string) string

// table is a delimited text file whose header has been found.
type table struct {
	path       string
	in         *input
	comma      rune
	header     []string // cells as written, spaces trimmed
	headerLine int
	format     string
	rep        *FileReport
	// redact keeps cell contents out of the report (files that hold
	// message bodies): problems say where, never what.
	redact bool
}

// openTable sniffs the delimiter of a decoded input and finds the header
// by its content (never by a line count), within the input's head. The
// delimiter chosen is the one whose recognised header has the most cells.
func openTable(role string, in *input, match headerMatch) (*table, error) {
	rep := newFileReport(role, in.path)
	rep.Encoding = in.enc
	if in.empty() {
		return nil, &Error{Path: in.path, Msg: "the file is empty", Hint: "export it again, or leave the option out"}
	}
	head := in.head
	if !in.complete {
		// A record cut at the end of the head is no header.
		head = head[:bytes.LastIndexByte(head, '\n')+1]
	}
	best := (*table)(nil)
	bestCells := 0
	for _, comma := range delimiters {
		r := csv.NewReader(bytes.NewReader(head))
		r.Comma = comma
		r.FieldsPerRecord = -1
		r.LazyQuotes = true
		for i := 0; i < headerSearchRecords; i++ {
			start := r.InputOffset()
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				continue
			}
			if !in.complete && r.InputOffset() >= int64(len(head)) && !closedRecord(head[start:]) {
				// The last record of a head cut from a stream may go on
				// past it (a quoted cell over several lines): no header.
				// One that ends at a line end outside quotes is whole,
				// however long the record after it (a first row with a
				// cell of megabytes).
				break
			}
			cells := trimAll(rec)
			format := match(cells)
			if format == "" {
				continue
			}
			line, _ := r.FieldPos(0)
			if n := countNonEmpty(cells); n > bestCells {
				bestCells = n
				best = &table{path: in.path, in: in, comma: comma, header: cells, headerLine: line, format: format, rep: rep}
			}
			break
		}
	}
	if best == nil {
		return nil, nil
	}
	rep.Format = best.format
	rep.Delimiter = string(best.comma)
	rep.HeaderLine = best.headerLine
	return best, nil
}

// closedRecord reports whether the text of a record, up to the end of a
// head cut at a line end, ends outside quotes: RFC 4180 quotes come in
// pairs (a doubled quote inside a quoted cell is two), so an odd count
// means a quoted cell goes on past the cut.
func closedRecord(text []byte) bool {
	return bytes.Count(text, []byte{'"'})%2 == 0
}

func trimAll(rec []string) []string {
	out := make([]string, len(rec))
	for i, c := range rec {
		out[i] = strings.TrimSpace(strings.TrimPrefix(c, "\ufeff"))
	}
	return out
}

// allBlank reports whether every cell is empty or white space.
func allBlank(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

func countNonEmpty(cells []string) int {
	n := 0
	for _, c := range cells {
		if c != "" {
			n++
		}
	}
	return n
}

// normKey folds a header cell for alias lookup: lower case, with '_', '-'
// and runs of spaces read as one space ("Person_ID", "person id" and
// "Person-Id" are the same key).
func normKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.Map(func(r rune) rune {
		if r == '_' || r == '-' {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// aliases maps folded header names to canonical column names.
type aliases map[string]string

// newAliases builds an alias table from canonical -> accepted names. The
// canonical name is accepted too.
func newAliases(m map[string][]string) aliases {
	a := aliases{}
	for canon, names := range m {
		a[normKey(canon)] = canon
		for _, n := range names {
			a[normKey(n)] = canon
		}
	}
	return a
}

// canonical maps a header to canonical names. A column that maps to no
// canonical name, or repeats one already mapped, becomes "" (unused) and is
// listed in unused.
func (a aliases) canonical(header []string) (canon []string, col map[string]int, unused []string) {
	canon = make([]string, len(header))
	col = map[string]int{}
	for i, h := range header {
		c, ok := a[normKey(h)]
		if !ok {
			unused = append(unused, h)
			continue
		}
		if _, dup := col[c]; dup {
			unused = append(unused, h)
			continue
		}
		canon[i] = c
		col[c] = i + 1
	}
	return canon, col, unused
}

// has reports whether the header has a column for every canonical name.
func (a aliases) has(header []string, names ...string) bool {
	found := map[string]bool{}
	for _, h := range header {
		found[a[normKey(h)]] = true
	}
	for _, n := range names {
		if !found[n] {
			return false
		}
	}
	return true
}

// rowPos is where a row stands in its file: the line of its first field and,
// for rows with quoted multi-line fields, the line of every field.
type rowPos struct {
	line  int
	lines []int // nil when every field starts on line
}

// lineOf returns the line of 1-based column col.
func (p rowPos) lineOf(col int) int {
	if col >= 1 && col <= len(p.lines) {
		return p.lines[col-1]
	}
	return p.line
}

const posColumn = "ties:pos"

// RowMeta carries a row's position through gocsv: the row decoder appends it
// as an extra column, because gocsv's own line numbers are wrong after
// multi-line fields and its callback runs on another goroutine.
//
// A row read without gocsv (cellsRow) carries its position as is, in at.
type RowMeta struct {
	Pos string `csv:"ties:pos"`
	at  rowPos
}

func (m RowMeta) position() rowPos {
	if m.at.line > 0 {
		return m.at
	}
	return decodePos(m.Pos)
}

type positioned interface{ position() rowPos }

func encodePos(p rowPos) string {
	if p.lines == nil {
		return strconv.Itoa(p.line)
	}
	var b strings.Builder
	for i, l := range p.lines {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.Itoa(l))
	}
	return b.String()
}

func decodePos(s string) rowPos {
	if l, err := strconv.Atoi(s); err == nil {
		return rowPos{line: l}
	}
	f := strings.Fields(s)
	p := rowPos{lines: make([]int, len(f))}
	for i, x := range f {
		p.lines[i], _ = strconv.Atoi(x)
	}
	if len(p.lines) > 0 {
		p.line = p.lines[0]
	}
	return p
}

// rows reads the data rows after a table's header. Malformed rows and rows
// with no content are reported as skipped and reading goes on; every row
// returned has exactly the header's width (short rows padded with empty
// cells, long rows cut, both noted). It implements gocsv.SimpleDecoder, so
// that gocsv maps columns to struct fields while ties keeps exact positions.
type rows struct {
	t      *table
	r      *csv.Reader
	win    *lineWindow
	header []string // what GetCSVRow returns first; nil once returned
	width  int
	// Problems found while reading. They are kept here, not in the report,
	// because gocsv calls GetCSVRow on its own goroutine; merge after.
	skipped, notes []kindProblem
	read           int
	lastLine       int // the last line of the last row read
}

type kindProblem struct {
	kind string
	Problem
}

func (t *table) rows(canonHeader []string) *rows {
	win := newLineWindow(t.in.stream())
	r := csv.NewReader(win)
	r.Comma = t.comma
	r.FieldsPerRecord = -1
	// Skip the preamble and the header, read as leniently as when the header
	// was found; data rows are read strictly, so bad quoting is reported.
	r.LazyQuotes = true
	defer func() { r.LazyQuotes = false }()
	for {
		_, err := r.Read()
		if err == io.EOF {
			break
		}
		if line, _ := r.FieldPos(0); err == nil && line == t.headerLine {
			break
		}
		if line, _ := r.FieldPos(0); line > t.headerLine {
			break // cannot happen: openTable found the header on this line
		}
	}
	h := append(append([]string(nil), canonHeader...), posColumn)
	return &rows{t: t, r: r, win: win, header: h, width: len(t.header)}
}

// next returns the next data row and its position, or io.EOF.
func (d *rows) next() ([]string, rowPos, error) {
	for {
		rec, err := d.r.Read()
		if err == io.EOF {
			return nil, rowPos{}, io.EOF
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				// The reading itself failed (a device, a pipe): say how far
				// it got, every row before is accounted for.
				return nil, rowPos{}, fmt.Errorf("cannot read the file after line %d: %w", max(d.lastLine, d.t.headerLine), unwrapPath(err))
			}
			d.read++
			reason := fmt.Sprintf("malformed CSV (%v)", pe.Err)
			hint := "; fix the quoting in this row (a cell with a quote must be quoted, its quotes doubled)"
			if pe.StartLine != pe.Line {
				reason = fmt.Sprintf("a quoted cell opened on line %d is not closed properly; lines %d-%d could not be read", pe.StartLine, pe.StartLine, pe.Line)
				hint = "; close the quote or double the quotes inside the cell"
			}
			d.skipped = append(d.skipped, kindProblem{"malformed CSV", Problem{Line: pe.StartLine, Column: d.fieldAt(pe), Reason: reason + hint}})
			continue
		}
		d.read++
		pos := rowPos{}
		pos.line, _ = d.r.FieldPos(0)
		last, _ := d.r.FieldPos(len(rec) - 1)
		d.lastLine = last
		if last != pos.line {
			pos.lines = make([]int, len(rec))
			for i := range rec {
				pos.lines[i], _ = d.r.FieldPos(i)
			}
		}
		if allBlank(rec) {
			d.skipped = append(d.skipped, kindProblem{"empty row", Problem{Line: pos.line, Reason: "empty row"}})
			continue
		}
		// Two exports pasted into one file: the header again, or
		// LinkedIn's preamble ("Notes:" and its sentence), is no data.
		if d.repeatsHeader(rec) {
			d.skipped = append(d.skipped, kindProblem{"repeated header", Problem{Line: pos.line,
				Reason: fmt.Sprintf("the header of line %d again (two files pasted into one?): not read as data", d.t.headerLine)}})
			continue
		}
		if d.t.format == FormatLinkedIn && linkedInPreambleRow(rec) {
			d.skipped = append(d.skipped, kindProblem{"repeated header", Problem{Line: pos.line,
				Reason: "LinkedIn's notes above the header, again (two exports pasted into one?): not read as data"}})
			continue
		}
		// A lone CR in a file whose lines end otherwise is read as part of
		// its cell (encoding/csv, and docs/importing.md: it may be a line
		// break inside a quoted cell), but it is more often a stray line
		// end of mixed line ends, which joins two rows: said, with where.
		for k, c := range rec {
			if strings.IndexByte(c, '\r') >= 0 {
				d.notes = append(d.notes, kindProblem{"carriage return in a cell", Problem{Line: pos.line, Column: k + 1,
					Reason: "the cell holds a carriage return (CR) on its own, read as part of the cell: if the file mixes line ends, this row holds two rows; save the file again with one kind of line end"}})
			}
		}
		switch {
		case len(rec) < d.width:
			d.notes = append(d.notes, kindProblem{"short row", Problem{Line: pos.line,
				Reason: fmt.Sprintf("row has %d cells, the header %d: the missing cells are read as empty", len(rec), d.width)}})
			rec = append(rec, make([]string, d.width-len(rec))...)
		case len(rec) > d.width:
			extra := rec[d.width:]
			if countNonEmpty(extra) > 0 {
				what := " (" + quoteList(extra, 60) + ")"
				if d.t.redact {
					what = ""
				}
				d.notes = append(d.notes, kindProblem{"long row", Problem{Line: pos.line, Column: d.width + 1,
					Reason: fmt.Sprintf("row has %d cells, the header %d: the extra cells%s are not read", len(rec), d.width, what)}})
			}
			rec = rec[:d.width]
			if pos.lines != nil {
				pos.lines = pos.lines[:d.width]
			}
		}
		return rec, pos, nil
	}
}

// repeatsHeader reports whether rec is the header again: every cell the
// header's, in any case and spacing.
func (d *rows) repeatsHeader(rec []string) bool {
	h := d.t.header
	if len(h) < 2 || len(rec) < len(h) {
		return false
	}
	for k, c := range h {
		if !strings.EqualFold(strings.TrimSpace(rec[k]), c) {
			return false
		}
	}
	return countNonEmpty(rec[len(h):]) == 0
}

// linkedInPreambleRow reports whether rec is a line of the notes LinkedIn
// writes above the header of Connections.csv.
func linkedInPreambleRow(rec []string) bool {
	first := strings.TrimSpace(strings.TrimPrefix(rec[0], "\ufeff"))
	if first != "Notes:" && !strings.HasPrefix(first, "When exporting your connection data") {
		return false
	}
	return countNonEmpty(rec[1:]) == 0 || strings.HasPrefix(first, "When exporting")
}

// fieldAt turns a csv.ParseError's byte column into a field number by
// counting delimiters before it on the error line; 0 if unknown.
func (d *rows) fieldAt(pe *csv.ParseError) int {
	if pe.StartLine != pe.Line || pe.Column <= 0 {
		return 0
	}
	l, ok := d.win.line(pe.Line)
	if !ok {
		return 0
	}
	if pe.Column-1 < len(l) {
		l = l[:pe.Column-1]
	}
	return bytes.Count(l, []byte(string(d.t.comma))) + 1
}

// GetCSVRow implements gocsv.SimpleDecoder: the canonical header first, then
// each data row with its position appended.
func (d *rows) GetCSVRow() ([]string, error) {
	if d.header != nil {
		h := d.header
		d.header = nil
		return h, nil
	}
	rec, pos, err := d.next()
	if err != nil {
		return nil, err
	}
	return append(rec, encodePos(pos)), nil
}

// GetCSVRows implements gocsv.SimpleDecoder; ties always streams.
func (d *rows) GetCSVRows() ([][]string, error) {
	return nil, errors.New("ties reads rows one at a time")
}

// flush moves the problems found while reading into the report.
func (d *rows) flush() {
	for _, p := range d.skipped {
		d.t.rep.skip(p.kind, p.Problem)
	}
	for _, p := range d.notes {
		d.t.rep.note(p.kind, p.Problem)
	}
	d.skipped, d.notes = nil, nil
	d.t.rep.RowsRead += d.read
	d.read = 0
}

// decodeStructs streams a table's rows into structs of type T with gocsv,
// calling fn for each in file order. T must embed RowMeta and tag its fields
// with the canonical names of al. A T whose pointer is a cellsRow (the
// large files) is filled without gocsv's reflection (cells.go).
func decodeStructs[T positioned](t *table, al aliases, fn func(T)) error {
	return decodeStructsBy(t, al, nil, func(_ int, r T) { fn(r) }, true)
}

// decodeStructsPre is decodeStructs where pre sees the rows in batches
// before fn sees them one by one, with each row's place in its batch (to
// use what pre found for it). A cellsRow's batches are up to cellsBatch
// rows long; gocsv's rows come in batches of one.
func decodeStructsPre[T positioned](t *table, al aliases, pre func([]T), fn func(k int, r T)) error {
	return decodeStructsBy(t, al, pre, fn, true)
}

// decodeStructsBy is decodeStructsPre; with cells false every row type is
// read through gocsv (the tests compare the two readings).
func decodeStructsBy[T positioned](t *table, al aliases, pre func([]T), fn func(int, T), cells bool) error {
	canon, _, unused := al.canonical(t.header)
	t.rep.UnusedColumns = append(t.rep.UnusedColumns, unused...)
	if len(unused) > 0 {
		t.rep.note("unused column", Problem{Line: t.headerLine,
			Reason: fmt.Sprintf("columns not read by ties: %s", quoteList(unused, 200))})
	}
	var row T
	if cr, ok := any(&row).(cellsRow); ok && cells {
		return decodeCells(t, canon, &row, cr, pre, fn)
	}
	d := t.rows(canon)
	err := gocsv.UnmarshalDecoderToCallback(d, func(r T) {
		if pre != nil {
			pre([]T{r})
		}
		fn(0, r)
	})
	d.flush()
	return err
}

// quoteList writes cells as a quoted, comma-separated list of at most
// limit characters.
func quoteList(cells []string, limit int) string {
	var b strings.Builder
	for i, c := range cells {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Quote(c))
		if b.Len() > limit {
			return b.String()[:limit] + "…"
		}
	}
	return b.String()
}
