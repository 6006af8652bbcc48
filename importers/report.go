package importers

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is something to say about one row or cell: why it was skipped, or
// what was done to import it (a duplicate merged, an unknown person added).
type Problem struct {
	Line int `json:"line"`
	// Column is the 1-based field number in the row (the spreadsheet
	// column), 0 when the problem concerns the whole row.
	Column int    `json:"column,omitempty"`
	Field  string `json:"field,omitempty"` // the column's header
	Reason string `json:"reason"`
}

func (p Problem) String() string {
	var b strings.Builder
	if p.Line == 0 {
		// A problem of the file as a whole (or of all files read).
		b.WriteString("the file")
	} else {
		fmt.Fprintf(&b, "line %d", p.Line)
	}
	if p.Column > 0 {
		fmt.Fprintf(&b, ", column %d", p.Column)
		if p.Field != "" {
			fmt.Fprintf(&b, " (%s)", p.Field)
		}
	}
	b.WriteString(": ")
	b.WriteString(p.Reason)
	return b.String()
}

// maxListed bounds the problems a report lists one by one; the rest are
// still counted (by reason) so that nothing goes unreported.
const maxListed = 1000

// FileReport accounts for every row of one input file: RowsRead =
// Imported + len(Skipped) + SkippedNotListed.
type FileReport struct {
	Role      string `json:"role"` // people, memberships, networks or ties
	Path      string `json:"path"`
	Format    string `json:"format"`    // people, linkedin, google, outlook, vcard, memberships, networks, ties
	Encoding  string `json:"encoding"`  // utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252
	Delimiter string `json:"delimiter"` // ",", ";" or "\t"; empty for vCard
	// HeaderLine is the line of the header row (after any preamble such as
	// LinkedIn's "Notes:"); 0 for vCard.
	HeaderLine int `json:"header_line,omitempty"`
	RowsRead   int `json:"rows_read"`
	Imported   int `json:"imported"`
	// Skipped lists rows that were not imported, with the reason.
	Skipped          []Problem `json:"skipped"`
	SkippedNotListed int       `json:"skipped_not_listed,omitempty"`
	// Notes lists imported rows that needed a decision (a repeated tie
	// summed, an unknown person added, a bad cell read as missing).
	Notes          []Problem `json:"notes"`
	NotesNotListed int       `json:"notes_not_listed,omitempty"`
	// SkippedByReason and NotesByReason count every problem by its kind.
	SkippedByReason map[string]int `json:"skipped_by_reason"`
	NotesByReason   map[string]int `json:"notes_by_reason"`
	// UnusedColumns lists every column of the header that ties does not
	// read (a contact export's other columns), all of them, in file order.
	UnusedColumns []string `json:"unused_columns"`
	// ColumnsNotAnalysed lists the columns ties read but kept out of the
	// attributes (free text, notes, figures): --include-column NAME
	// analyses one.
	ColumnsNotAnalysed []ColumnNotAnalysed `json:"columns_not_analysed"`
}

func newFileReport(role, path string) *FileReport {
	return &FileReport{
		Role: role, Path: path,
		Skipped: []Problem{}, Notes: []Problem{},
		SkippedByReason: map[string]int{}, NotesByReason: map[string]int{},
		UnusedColumns: []string{}, ColumnsNotAnalysed: []ColumnNotAnalysed{},
	}
}

// skip records a row that is not imported. kind is a short, stable key for
// counting ("self-tie", "empty row"); p.Reason says it in full.
func (r *FileReport) skip(kind string, p Problem) {
	r.SkippedByReason[kind]++
	if len(r.Skipped) < maxListed {
		r.Skipped = append(r.Skipped, p)
	} else {
		r.SkippedNotListed++
	}
}

// note records something done to import a row.
func (r *FileReport) note(kind string, p Problem) {
	r.NotesByReason[kind]++
	if len(r.Notes) < maxListed {
		r.Notes = append(r.Notes, p)
	} else {
		r.NotesNotListed++
	}
}

// SkippedCount is the number of rows not imported.
func (r *FileReport) SkippedCount() int { return len(r.Skipped) + r.SkippedNotListed }

// sortProblems orders the listed problems by line, then column, so that
// problems found in different passes read in file order.
func (r *FileReport) sortProblems() {
	by := func(ps []Problem) {
		sort.SliceStable(ps, func(a, b int) bool {
			if ps[a].Line != ps[b].Line {
				return ps[a].Line < ps[b].Line
			}
			return ps[a].Column < ps[b].Column
		})
	}
	by(r.Skipped)
	by(r.Notes)
}

// Totals counts what the model holds after all files were read.
type Totals struct {
	People      int `json:"people"`
	Ties        int `json:"ties"`
	Groups      int `json:"groups"`
	Memberships int `json:"memberships"`
}

// Report is the accounting of one import: a FileReport per input file,
// and what ties derived from what it read.
type Report struct {
	Files  []*FileReport `json:"files"`
	Totals Totals        `json:"totals"`
	// Derived are the attributes ties derived (function and seniority from
	// job titles), with how many people they could be derived for.
	Derived []DerivedAttribute `json:"derived"`
	// Organizations are the spellings counted as one organisation.
	Organizations []OrgMerge `json:"organizations_merged"`
}

// DerivedAttribute says how an attribute was derived and for how many.
type DerivedAttribute struct {
	Attribute string `json:"attribute"`
	From      string `json:"from"`
	// Classified is the number of people with a value of From for whom a
	// rule gave a value; Total the number with a value of From.
	Classified int `json:"classified"`
	Total      int `json:"total"`
	// Unclassified are the most frequent values of From no rule fits.
	Unclassified []ValueCount `json:"unclassified"`
}

// ValueCount is a value and how many people hold it.
type ValueCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// Error is a problem that stops the import: a file that cannot be read as
// any known format, a header without a required column, or (with Strict) a
// row that would otherwise be reported and skipped. It names the file, line
// and column, and says what to do.
type Error struct {
	Path   string
	Line   int // 0 when the file as a whole is at fault
	Column int // 1-based field number; 0 when not known
	Field  string
	Msg    string
	Hint   string // what to do about it
	// Err is the cause, when another error caused this one (a file that
	// cannot be read: errors.Is(err, fs.ErrNotExist) works through it).
	Err error
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Column > 0 {
			fmt.Fprintf(&b, ":%d", e.Column)
		}
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	if e.Field != "" {
		fmt.Fprintf(&b, " (column %q)", e.Field)
	}
	if e.Hint != "" {
		b.WriteString(". ")
		b.WriteString(strings.ToUpper(e.Hint[:1]) + e.Hint[1:])
	}
	return b.String()
}
