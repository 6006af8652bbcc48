package importers

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/tiesnet/ties/graph"
)

// linkedInAliases maps the columns of LinkedIn's Connections.csv (data
// export) to canonical names, which are LinkedIn's own English headers.
var linkedInAliases = newAliases(map[string][]string{
	"First Name":    {"firstname", "first_name", "given name"},
	"Last Name":     {"lastname", "last_name", "surname", "family name"},
	"URL":           {"profile url", "profile", "linkedin url", "public profile url"},
	"Email Address": {"email", "e-mail", "e-mail address", "email_address"},
	"Company":       {"organization", "organisation", "current company"},
	"Position":      {"job title", "current position"},
	"Connected On":  {"connected", "connected_on", "connection date", "connected on date"},
})

// isLinkedInHeader recognises the header of LinkedIn's Connections.csv by
// its names and "Connected On" columns. URL and Email Address are optional:
// older exports have no URL column, and some have no e-mail column.
func isLinkedInHeader(cells []string) bool {
	return linkedInAliases.has(cells, "First Name", "Last Name", "Connected On") && !isPeopleHeader(cells)
}

type linkedInRow struct {
	RowMeta
	First       string `csv:"First Name"`
	Last        string `csv:"Last Name"`
	URL         string `csv:"URL"`
	Email       string `csv:"Email Address"`
	Company     string `csv:"Company"`
	Position    string `csv:"Position"`
	ConnectedOn string `csv:"Connected On"`
}

// readLinkedIn reads LinkedIn's Connections.csv: the ego's first-degree
// connections, each a mutual tie of type "linkedin" whose Since is the
// "Connected On" date in ISO form. The "Notes:" preamble before the header
// is skipped by openTable, which finds the header by its content.
func (l *loader) readLinkedIn(t *table) error {
	_, col, _ := linkedInAliases.canonical(t.header)
	var cs []contact
	var dates []dateCell
	err := decodeStructs(t, linkedInAliases, func(r linkedInRow) {
		pos := r.position()
		c := contact{
			line:         pos.line,
			first:        r.First,
			last:         r.Last,
			organization: r.Company,
			position:     r.Position,
			nameColumn:   col["First Name"],
		}
		if u := clean(r.URL); u != "" {
			if profileSlug(u) != "" {
				c.profileURL = u
			} else {
				t.rep.note("not a profile URL", Problem{Line: pos.lineOf(col["URL"]), Column: col["URL"], Field: t.header[col["URL"]-1],
					Reason: fmt.Sprintf("%q is not a LinkedIn profile address (https://www.linkedin.com/in/…): not used as the id", short(u))})
			}
		}
		if col["Email Address"] > 0 {
			c.emails = contactEmails(t.rep, r.Email, pos.lineOf(col["Email Address"]), col["Email Address"], t.header[col["Email Address"]-1])
		}
		cs = append(cs, c)
		d := dateCell{raw: clean(r.ConnectedOn), line: pos.line} // one per contact
		if k := col["Connected On"]; k > 0 {
			d.line, d.column, d.field = pos.lineOf(k), k, t.header[k-1]
		}
		dates = append(dates, d)
	})
	if err != nil {
		return &Error{Path: t.path, Msg: err.Error(), Err: err}
	}
	for k, d := range parseDates(t.rep, dates, l.now()) {
		cs[k].connectedOn = d
	}
	return l.addContacts(t.rep, FormatLinkedIn, cs)
}

// dateCell is a date as written, with where it was written.
type dateCell struct {
	raw          string
	line, column int
	field        string
}

// namedDateLayouts are the date forms read besides numeric day/month/year
// with slashes (see isoDates): LinkedIn's own "15 Mar 2024", forms that
// spreadsheets turn it into when the file is re-saved, and ISO.
var namedDateLayouts = []string{
	"2 Jan 2006", "2 January 2006", "2 Jan 06",
	"2-Jan-2006", "2-Jan-06", "2-January-2006",
	"Jan 2, 2006", "January 2, 2006", "Jan 2 2006",
	"2006-01-02", "2006/01/02", "2006-01-02 15:04:05", "2006-01-02T15:04:05Z07:00",
	"2.1.2006", // German Excel
}

var slashDate = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})$`)

// parseDates reads dates as written (2024-03-15, 15 Mar 2024, 3/15/2024…); an
// unreadable date is noted and left empty. Dates written n/n/yyyy are read
// month first (US Excel) unless some date of the file can only be day
// first (a first number above 12), then all are read day first; a file
// with both kinds has its ambiguous dates noted and left empty. A two-digit
// year is the latest year not after this one ("30" is 1930), since nobody
// connected in the future.
func parseDates(rep *FileReport, cells []dateCell, now time.Time) []graph.Date {
	out := make([]graph.Date, len(cells))
	dayFirst, monthFirst := false, false
	for _, c := range cells {
		if m := slashDate.FindStringSubmatch(c.raw); m != nil {
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(m[2])
			dayFirst = dayFirst || a > 12
			monthFirst = monthFirst || b > 12
		}
	}
	notedOrder := false
	thisYear := now.Year()
	for k, c := range cells {
		if c.raw == "" {
			continue
		}
		bad := func(why string) {
			rep.note("bad date", Problem{Line: c.line, Column: c.column, Field: c.field,
				Reason: fmt.Sprintf("%q %s: the tie is imported without a date; write it like 15 Mar 2024 or 2024-03-15", short(c.raw), why)})
		}
		if m := slashDate.FindStringSubmatch(c.raw); m != nil {
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(m[2])
			y, _ := strconv.Atoi(m[3])
			if len(m[3]) == 2 {
				y += 2000
				if y > thisYear {
					y -= 100
				}
			}
			day, month := b, a
			switch {
			case dayFirst && monthFirst:
				if a <= 12 && b <= 12 {
					bad("is ambiguous: this file has dates written both day first and month first")
					continue
				}
				if a > 12 {
					day, month = a, b
				}
			case dayFirst:
				day, month = a, b
			case !monthFirst && a <= 12 && b <= 12 && a != b && !notedOrder:
				notedOrder = true
				rep.note("date order assumed", Problem{Line: c.line, Column: c.column, Field: c.field,
					Reason: fmt.Sprintf("dates such as %q could be day or month first: they are read month first (%d %s), as US Excel writes them", c.raw, day, time.Month(month).String())})
			}
			d := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
			if month < 1 || month > 12 || d.Day() != day || d.Month() != time.Month(month) {
				bad("is not a date")
				continue
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

// contactEmails reads a cell of e-mail addresses: one address, or several
// separated by " ::: " (Google) or ";". Each may be written
// "Name <address>" or "mailto:address". A value that is not an e-mail
// address (an Exchange X.500 path, a formula) is noted and not used as an
// id.
func contactEmails(rep *FileReport, cell string, line, column int, field string) []string {
	var out []string
	for _, part := range splitAny(cell, ":::", ";") {
		if e := emailAddress(part); e != "" {
			out = append(out, e)
			continue
		}
		rep.note("not an e-mail address", Problem{Line: line, Column: column, Field: field,
			Reason: fmt.Sprintf("%q is not an e-mail address: not used as the id", short(part))})
	}
	return out
}

// emailAddress returns the address in "a@b.se", "Name <a@b.se>" or
// "mailto:a@b.se", or "" if s holds no address.
func emailAddress(s string) string {
	s = clean(s)
	if i, j := strings.LastIndexByte(s, '<'), strings.LastIndexByte(s, '>'); i >= 0 && j > i {
		s = clean(s[i+1 : j])
	}
	if len(s) >= 7 && strings.EqualFold(s[:7], "mailto:") {
		s = clean(s[7:])
	}
	at := strings.IndexByte(s, '@')
	if at <= 0 || at == len(s)-1 || strings.ContainsAny(s, " \t\r\n\"<>()=") {
		return ""
	}
	return s
}

// splitAny splits s at every separator given, trims the parts and drops
// empty ones.
func splitAny(s string, seps ...string) []string {
	parts := []string{s}
	for _, sep := range seps {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	out := parts[:0]
	for _, p := range parts {
		if p = clean(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
