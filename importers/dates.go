package importers

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/tiesnet/ties/graph"
)

// Dates in files: when a tie began (LinkedIn's "Connected On", a ties
// file's since column) and when a person joined or left a network (a
// memberships file's since and until columns). docs/time.md lists the
// forms read.

// dateCell is a date as written, with where it was written.
type dateCell struct {
	raw          string
	line, column int
	field        string
}

// namedDateLayouts are the date forms read besides the numeric day and
// month forms (see numericDate): LinkedIn's own "15 Mar 2024", forms that
// spreadsheets turn it into when the file is re-saved, and ISO 8601 with
// the year first, which is never ambiguous.
var namedDateLayouts = []string{
	"2 Jan 2006", "2 January 2006", "2 Jan 06",
	"2-Jan-2006", "2-Jan-06", "2-January-2006",
	"Jan 2, 2006", "January 2, 2006", "Jan 2 2006",
	"2006-01-02", "2006/01/02", "2006.01.02", "2006-1-2", "2006/1/2",
	"2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006-01-02T15:04:05Z07:00",
}

// numericDate is a day and a month in either order, then the year:
// 05/03/2024, 3/5/2024, 05.03.2024, 05-03-24. Both separators must be the
// same (checked by numericParts).
var numericDate = regexp.MustCompile(`^(\d{1,2})([/.\-])(\d{1,2})([/.\-])(\d{4}|\d{2})$`)

// numericParts splits a numeric date into its first and second fields,
// its year as written and its separator; ok is false for any other form.
func numericParts(s string) (a, b int, year string, sep byte, ok bool) {
	m := numericDate.FindStringSubmatch(s)
	if m == nil || m[2] != m[4] {
		return 0, 0, "", 0, false
	}
	a, _ = strconv.Atoi(m[1])
	b, _ = strconv.Atoi(m[3])
	return a, b, m[5], m[2][0], true
}

// dateOrder is how a column's numeric dates are read.
type dateOrder struct {
	dayFirst bool
	// proof is the cell whose first (day first) or second (month first)
	// field is above 12; nil when the order is assumed.
	proof *dateCell
}

// columnOrder decides once for a whole column whether its numeric dates
// are written day first or month first, never cell by cell, so that
// "4/5/2024" reads the same on every row of a file:
//   - any first field above 12 ("15/3/2024") means day first;
//   - otherwise any second field above 12 ("3/15/2024") means month first;
//   - otherwise every date is ambiguous: day first when every one is
//     written with dots (05.03.2024: no calendar writes month.day.year),
//     month first when any is written with slashes or hyphens (US Excel).
func columnOrder(cells []dateCell) dateOrder {
	var monthProof *dateCell
	slashes := false
	for k := range cells {
		a, b, _, sep, ok := numericParts(cells[k].raw)
		if !ok {
			continue
		}
		if a > 12 {
			return dateOrder{dayFirst: true, proof: &cells[k]}
		}
		if b > 12 && monthProof == nil {
			monthProof = &cells[k]
		}
		slashes = slashes || sep != '.'
	}
	if monthProof != nil {
		return dateOrder{proof: monthProof}
	}
	return dateOrder{dayFirst: !slashes}
}

// twoDigitYear is the latest year ending in yy that is not after thisYear
// ("30" read in 2026 is 1930): nobody connected or joined in the future.
func twoDigitYear(yy, thisYear int) int {
	y := 2000 + yy
	if y > thisYear {
		y -= 100
	}
	return y
}

// parseDates reads one column of dates as written; subject says what goes
// without a date when a cell cannot be read ("the tie", "the membership").
// An empty cell is an unknown date; an unreadable one is noted with its
// file, line and column and left unknown (the row itself is kept). The
// order of numeric day and month is decided once for the column
// (columnOrder) and noted when some date could be read either way; a date
// that contradicts the column's order is unreadable. A two-digit year is
// the latest such year not after now's.
func parseDates(rep *FileReport, cells []dateCell, now time.Time, subject string) []graph.Date {
	out := make([]graph.Date, len(cells))
	order := columnOrder(cells)
	noted := false
	thisYear := now.Year()
	for k, c := range cells {
		if c.raw == "" {
			continue
		}
		bad := func(why string) {
			rep.note("bad date", Problem{Line: c.line, Column: c.column, Field: c.field,
				Reason: fmt.Sprintf("%q %s: %s is imported without a date; write it like 2024-03-15 or 15 Mar 2024", short(c.raw), why, subject)})
		}
		if a, b, ys, _, ok := numericParts(c.raw); ok {
			y, _ := strconv.Atoi(ys)
			if len(ys) == 2 {
				y = twoDigitYear(y, thisYear)
			}
			day, month := b, a
			if order.dayFirst {
				day, month = a, b
			}
			if month > 12 && order.proof != nil {
				bad(fmt.Sprintf("is not a date in this column's order (%s, as %q on line %d shows)", orderName(order.dayFirst), order.proof.raw, order.proof.line))
				continue
			}
			d := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
			if month < 1 || month > 12 || d.Day() != day || d.Month() != time.Month(month) {
				bad("is not a date")
				continue
			}
			if a <= 12 && b <= 12 && a != b && !noted {
				noted = true
				noteOrder(rep, c, order, day, month)
			}
			out[k] = graph.DateOf(d)
			continue
		}
		ok := false
		for _, layout := range namedDateLayouts {
			if d, err := time.Parse(layout, c.raw); err == nil {
				if !strings.Contains(layout, "2006") && d.Year() > thisYear {
					d = d.AddDate(-100, 0, 0) // "15-Mar-30" is 1930, not a future date
				}
				out[k], ok = graph.DateOf(d), true
				break
			}
		}
		if !ok {
			bad("is not a date ties can read")
		}
	}
	return out
}

func orderName(dayFirst bool) string {
	if dayFirst {
		return "day first"
	}
	return "month first"
}

// noteOrder notes once per column how its ambiguous dates are read, and
// why, with c as the example.
func noteOrder(rep *FileReport, c dateCell, order dateOrder, day, month int) {
	read := fmt.Sprintf("dates such as %q could be day or month first: this column's are read %s (%d %s)", c.raw, orderName(order.dayFirst), day, time.Month(month))
	switch {
	case order.proof != nil:
		rep.note("date order", Problem{Line: c.line, Column: c.column, Field: c.field,
			Reason: fmt.Sprintf("%s, as %q on line %d can only be read that way", read, order.proof.raw, order.proof.line)})
	case order.dayFirst:
		rep.note("date order assumed", Problem{Line: c.line, Column: c.column, Field: c.field,
			Reason: read + ", as dates written with dots are; write 2024-03-15 to be sure"})
	default:
		rep.note("date order assumed", Problem{Line: c.line, Column: c.column, Field: c.field,
			Reason: read + ", as US Excel writes them; write 2024-03-15 to be sure"})
	}
}
