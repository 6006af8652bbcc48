package importers

import (
	"fmt"
	"strings"
)

// googleAliases maps the columns of a Google Contacts CSV export to
// canonical names, which are the current export's headers. The legacy
// export ("Google CSV" before 2023: Name, Given Name, Family Name, Group
// Membership, Organization 1 - Name …) is read through aliases.
var googleAliases = newAliases(map[string][]string{
	"Name":                    {"display name"},
	"First Name":              {"given name"},
	"Middle Name":             {"additional name"},
	"Last Name":               {"family name"},
	"Organization Name":       {"organization 1 - name"},
	"Organization Title":      {"organization 1 - title"},
	"Organization Department": {"organization 1 - department"},
	"Labels":                  {"group membership"},
	"E-mail 1 - Value":        {"email 1 - value"},
	"E-mail 2 - Value":        {"email 2 - value"},
	"E-mail 3 - Value":        {"email 3 - value"},
	"E-mail 4 - Value":        {"email 4 - value"},
	"Address 1 - Country":     {},
	"Address 2 - Country":     {},
	"Address 3 - Country":     {},
})

var googleEmailColumns = []string{"E-mail 1 - Value", "E-mail 2 - Value", "E-mail 3 - Value", "E-mail 4 - Value"}

// isGoogleHeader recognises a Google Contacts export: a name column and
// Google's own "E-mail 1 - Value" or "Labels" / "Group Membership" column.
// Outlook's exports (also Outlook.com's, which has First Name and Last Name
// too) have "E-mail Address" and "Categories" instead, so the two are not
// confused.
func isGoogleHeader(cells []string) bool {
	hasName := googleAliases.has(cells, "Name") || googleAliases.has(cells, "First Name") || googleAliases.has(cells, "Last Name")
	hasGoogle := googleAliases.has(cells, "E-mail 1 - Value") || googleAliases.has(cells, "Labels")
	return hasName && hasGoogle && !isLinkedInHeader(cells) && !isPeopleHeader(cells)
}

type googleRow struct {
	RowMeta
	Name       string `csv:"Name"`
	First      string `csv:"First Name"`
	Middle     string `csv:"Middle Name"`
	Last       string `csv:"Last Name"`
	Org        string `csv:"Organization Name"`
	Title      string `csv:"Organization Title"`
	Department string `csv:"Organization Department"`
	Labels     string `csv:"Labels"`
	Email1     string `csv:"E-mail 1 - Value"`
	Email2     string `csv:"E-mail 2 - Value"`
	Email3     string `csv:"E-mail 3 - Value"`
	Email4     string `csv:"E-mail 4 - Value"`
	Country1   string `csv:"Address 1 - Country"`
	Country2   string `csv:"Address 2 - Country"`
	Country3   string `csv:"Address 3 - Country"`
}

// readGoogle reads a Google Contacts CSV (current or legacy header). Each
// contact gets a mutual tie of type "google" from the ego. Labels (Group
// Membership) separated by " ::: " become memberships; Google's system
// labels (* myContacts, * starred) are dropped and the "* " that marks
// Google's other built-in groups (* Friends, * Coworkers) is removed. The
// first e-mail address is the id; a cell may hold several, separated by
// " ::: ". The country is the first address's that has one.
func (l *loader) readGoogle(t *table) error {
	_, col, _ := googleAliases.canonical(t.header)
	nameCol := col["Name"]
	if nameCol == 0 {
		nameCol = col["First Name"]
	}
	if nameCol == 0 {
		nameCol = col["Last Name"]
	}
	var cs []contact
	err := decodeStructs(t, googleAliases, func(r googleRow) {
		pos := r.position()
		one := func(cell, name string) string {
			n := col[name]
			if n == 0 {
				return cell
			}
			return firstValue(t.rep, cell, pos.lineOf(n), n, t.header[n-1])
		}
		c := contact{
			line:         pos.line,
			name:         clean(r.Name),
			first:        r.First,
			middle:       r.Middle,
			last:         r.Last,
			organization: one(r.Org, "Organization Name"),
			position:     one(r.Title, "Organization Title"),
			department:   one(r.Department, "Organization Department"),
			nameColumn:   nameCol,
			groupsColumn: col["Labels"],
		}
		for k, cell := range []string{r.Email1, r.Email2, r.Email3, r.Email4} {
			if n := col[googleEmailColumns[k]]; n > 0 {
				c.emails = append(c.emails, contactEmails(t.rep, cell, pos.lineOf(n), n, t.header[n-1])...)
			}
		}
		for k, country := range []string{r.Country1, r.Country2, r.Country3} {
			if country = clean(one(country, fmt.Sprintf("Address %d - Country", k+1))); country != "" {
				c.country = country
				break
			}
		}
		for _, label := range splitAny(r.Labels, ":::") {
			if lower := strings.ToLower(label); !systemLabels[lower] && strings.HasPrefix(label, "* ") {
				label = clean(label[2:])
			}
			c.groups = append(c.groups, label)
		}
		cs = append(cs, c)
	})
	if err != nil {
		return &Error{Path: t.path, Msg: err.Error(), Err: err}
	}
	return l.addContacts(t.rep, FormatGoogle, cs)
}

// firstValue returns the first of the values Google writes into one cell
// separated by " ::: " (a contact with two employers, two addresses), and
// notes the others: a contact has one organisation, title, department and
// country here, and "Acme ::: Beta" is no organisation's name.
func firstValue(rep *FileReport, cell string, line, col int, field string) string {
	if !strings.Contains(cell, ":::") {
		return cell
	}
	vs := splitAny(cell, ":::")
	switch len(vs) {
	case 0:
		rep.note("several values", Problem{Line: line, Column: col, Field: field,
			Reason: fmt.Sprintf("%q holds only the separators Google puts between values: read as empty", short(cell))})
		return ""
	case 1:
		return vs[0]
	}
	rep.note("several values", Problem{Line: line, Column: col, Field: field,
		Reason: fmt.Sprintf("%d values separated by \" ::: \": the first, %q, is read; not the others (%s)", len(vs), vs[0], quoteList(vs[1:], 200))})
	return vs[0]
}
