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
	// proof is the cell that is a real date in one order only (day first
	// or month first); nil when the order is assumed.
	proof *dateCell
}

// validDate reports whether year, month and day name a day of the
// calendar ("2/30/2024" and "31/13/2024" do not).
func validDate(year, month, day int) bool {
	if month < 1 || month > 12 || day < 1 {
		return false
	}
	d := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	return d.Day() == day && d.Month() == time.Month(month)
}

// numericYear is the year of a numeric date as written: a two-digit year
// is the latest such year not after thisYear.
func numericYear(ys string, thisYear int) int {
	y, _ := strconv.Atoi(ys)
	if len(ys) == 2 {
		y = twoDigitYear(y, thisYear)
	}
	return y
}

// columnOrder decides once for a whole column whether its numeric dates
// are written day first or month first, never cell by cell, so that
// "4/5/2024" reads the same on every row of a file:
//   - any date with slashes or hyphens that is a real day only when read
//     day first ("15/3/2024") means day first;
//   - otherwise any with slashes or hyphens that is a real day only when
//     read month first ("3/15/2024") means month first;
//   - otherwise any date with dots that is a real day only when read day
//     first ("15.3.2024") means day first, and then any that is one only
//     when read month first ("3.15.2024") month first;
//   - otherwise every date is ambiguous: day first when every one is
//     written with dots (05.03.2024: no calendar writes month.day.year),
//     month first when any is written with slashes or hyphens (US Excel).
//
// A date that is no day in either order ("31/13/2024", "32/13/2024",
// "30/2/2024") proves nothing and plays no part: parseDates reports it.
// Whatever the column's order, parseDates reads a date with dots day
// first when it is a day that way: no calendar writes month.day.year, so
// one among month-first slashes was pasted from a day-first source.
func columnOrder(cells []dateCell, thisYear int) dateOrder {
	var monthProof, dotsProof, dotsMonthProof *dateCell
	slashes := false
	for k := range cells {
		a, b, ys, sep, ok := numericParts(dateText(cells[k].raw))
		if !ok {
			continue
		}
		y := numericYear(ys, thisYear)
		if y < minYear {
			continue // a bad date proves nothing (parseDates reports it)
		}
		dayFirst, monthFirst := validDate(y, b, a), validDate(y, a, b)
		switch {
		case dayFirst && !monthFirst && sep == '.':
			// Dots are day first anyway (parseDates): they prove the
			// order of the column's other dates only if nothing else does.
			if dotsProof == nil {
				dotsProof = &cells[k]
			}
		case dayFirst && !monthFirst:
			return dateOrder{dayFirst: true, proof: &cells[k]}
		case monthFirst && !dayFirst && sep == '.':
			if dotsMonthProof == nil {
				dotsMonthProof = &cells[k]
			}
		case monthFirst && !dayFirst && monthProof == nil:
			monthProof = &cells[k]
		case !dayFirst && !monthFirst:
			continue
		}
		slashes = slashes || sep != '.'
	}
	switch {
	case monthProof != nil:
		return dateOrder{proof: monthProof}
	case dotsProof != nil:
		return dateOrder{dayFirst: true, proof: dotsProof}
	case dotsMonthProof != nil:
		return dateOrder{proof: dotsMonthProof}
	}
	return dateOrder{dayFirst: !slashes}
}

// clockTime is a time of day written after a date: LinkedIn's
// "1/8/18, 6:14 PM" (Connections.csv of 2018, Invitations.csv,
// Recommendations_*.csv), "2024-03-15 08:53:43 UTC" (messages.csv, the
// endorsement files), ISO 8601's "2024-03-15T10:30:00+01:00".
var clockTime = regexp.MustCompile(`^(.+?\d)(?:,\s*|\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*([AaPp])\.?[Mm]\.?)?(?:\s*(?:UTC|GMT|Z|[+-]\d{2}:?\d{2}))?$`)

// dateText returns the date of a cell without the time of day written
// after it, which ties does not keep (a tie or membership is dated by the
// day). A time that is no time of day ("25:61", "13:00 PM") leaves the
// cell as it is, so that it is reported as no date ties can read.
func dateText(s string) string {
	if strings.IndexByte(s, ':') < 0 {
		return s // no time: most cells, read without the regular expression
	}
	m := clockTime.FindStringSubmatch(s)
	if m == nil {
		return s
	}
	h, _ := strconv.Atoi(m[2])
	mi, _ := strconv.Atoi(m[3])
	sec, _ := strconv.Atoi(m[4])
	if h > 23 || mi > 59 || sec > 60 || m[5] != "" && (h < 1 || h > 12) {
		return s
	}
	return m[1]
}

// namedDate reads a date in one of namedDateLayouts; a two-digit year is
// never after thisYear ("15-Mar-30" is 1930, not a future date).
func namedDate(s string, thisYear int) (graph.Date, bool) {
	for _, layout := range namedDateLayouts {
		if d, err := time.Parse(layout, s); err == nil {
			if !strings.Contains(layout, "2006") && d.Year() > thisYear {
				d = d.AddDate(-100, 0, 0)
			}
			return graph.DateOf(d), true
		}
	}
	return graph.Date{}, false
}

// monthFirstDate reads a date as LinkedIn's archive files write it
// (docs/linkedin-archive.md): numeric dates month first, a time of day
// after the date allowed, by the same rules as parseDates' (dateText,
// numericParts, namedDate), and a date with dots day first, as
// parseDates reads one. It returns false for a cell that is not a date:
// the caller notes it.
func monthFirstDate(s string, thisYear int) (graph.Date, bool) {
	text := dateText(strings.TrimSpace(s))
	if a, b, ys, sep, ok := numericParts(text); ok {
		y := numericYear(ys, thisYear)
		if sep == '.' && validDate(y, b, a) {
			a, b = b, a
		}
		if !validDate(y, a, b) || y < minYear {
			return graph.Date{}, false
		}
		return graph.DateOf(time.Date(y, time.Month(a), b, 0, 0, 0, 0, time.UTC)), true
	}
	d, ok := namedDate(text, thisYear)
	return d, ok && d.Year() >= minYear
}

// minYear is the earliest year a tie or a membership can have begun: a
// year before it ("15 Mar 0024") is a typo, not a date.
const minYear = 1900

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
// file, line and column and left unknown (the row itself is kept). A time
// of day after the date is read past (dateText). The order of numeric day
// and month is decided once for the column (columnOrder) and noted when
// some date could be read either way; a date that contradicts the
// column's order is unreadable, and so is one that is no day in either
// order. A two-digit year is the latest such year not after now's.
func parseDates(rep *FileReport, cells []dateCell, now time.Time, subject string) []graph.Date {
	out := make([]graph.Date, len(cells))
	thisYear := now.Year()
	order := columnOrder(cells, thisYear)
	noted, notedDots := false, false
	for k, c := range cells {
		if c.raw == "" {
			continue
		}
		bad := func(why string) {
			rep.note("bad date", Problem{Line: c.line, Column: c.column, Field: c.field,
				Reason: fmt.Sprintf("%q %s: %s is imported without a date; write it like 2024-03-15 or 15 Mar 2024", short(c.raw), why, subject)})
		}
		text := dateText(c.raw)
		if a, b, ys, sep, ok := numericParts(text); ok {
			y := numericYear(ys, thisYear)
			day, month := b, a
			if order.dayFirst {
				day, month = a, b
			}
			// Dates written with dots are day first wherever they are
			// written (15.03.2024): one among a month-first column's
			// slashes was pasted from elsewhere, not typed in US order.
			dots := sep == '.' && !order.dayFirst && validDate(y, b, a)
			if dots {
				day, month = a, b
			}
			switch {
			case validDate(y, month, day):
			case validDate(y, day, month) && order.proof != nil:
				bad(fmt.Sprintf("is not a date in this column's order (%s, as %q on line %d shows)", orderName(order.dayFirst), order.proof.raw, order.proof.line))
				continue
			default:
				bad("is not a date")
				continue
			}
			if y < minYear {
				bad(fmt.Sprintf("has a year before %d, surely a typo", minYear))
				continue
			}
			switch {
			case dots && a != b && !notedDots:
				notedDots = true
				noteDots(rep, c, order, day, month)
			case !dots && a <= 12 && b <= 12 && a != b && !noted:
				noted = true
				noteOrder(rep, c, order, day, month)
			}
			out[k] = graph.DateOf(time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC))
			continue
		}
		d, ok := namedDate(text, thisYear)
		if !ok {
			bad("is not a date ties can read")
			continue
		}
		if d.Year() < minYear {
			bad(fmt.Sprintf("has a year before %d, surely a typo", minYear))
			continue
		}
		out[k] = d
	}
	return out
}

func orderName(dayFirst bool) string {
	if dayFirst {
		return "day first"
	}
	return "month first"
}

// noteDots notes once per column that a date written with dots was read
// day first in a column whose other dates are month first.
func noteDots(rep *FileReport, c dateCell, order dateOrder, day, month int) {
	why := "as US Excel writes them"
	if order.proof != nil {
		why = fmt.Sprintf("as %q on line %d shows", order.proof.raw, order.proof.line)
	}
	rep.note("date order", Problem{Line: c.line, Column: c.column, Field: c.field,
		Reason: fmt.Sprintf("%q is written with dots, as day-first dates are, and is read day first (%d %s), though this column's other dates are month first (%s); write 2024-03-15 to be sure",
			c.raw, day, time.Month(month), why)})
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
