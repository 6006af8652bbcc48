package importers

import (
	"fmt"
	"strings"
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
			if s := profileSlug(u); s != "" {
				c.slug, c.urlColumn, c.urlField = s, col["URL"], t.header[col["URL"]-1]
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
	for k, d := range parseDates(t.rep, dates, l.now(), "the tie") {
		cs[k].connectedOn = d
	}
	return l.addContacts(t.rep, FormatLinkedIn, cs)
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
