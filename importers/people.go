package importers

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// peopleAliases are the accepted names of a generic people file's id and
// name columns; every other column is a categorical attribute.
var peopleAliases = newAliases(map[string][]string{
	"id":   {"person_id", "person id", "personid", "node", "node_id", "identifier"},
	"name": {"full name", "full_name", "display name", "label"},
})

func isPeopleHeader(cells []string) bool { return peopleAliases.has(cells, "id") }

// peopleMatchers recognise the header of each CSV people format, most
// specific first: a contact export is recognised by its own columns before a
// generic file by its id column.
var peopleMatchers = []struct {
	format string
	match  func([]string) bool
}{
	{FormatLinkedIn, isLinkedInHeader},
	{FormatGoogle, isGoogleHeader},
	{FormatOutlook, isOutlookHeader},
	{FormatPeople, isPeopleHeader},
}

// looksVCard reports whether decoded text starts with a vCard.
func looksVCard(text []byte) bool {
	t := bytes.TrimLeft(text, " \t\r\n")
	return len(t) >= 11 && strings.EqualFold(string(t[:11]), "BEGIN:VCARD")
}

func (l *loader) readPeopleFile(path string, raw []byte) error {
	format := l.opt.PeopleFormat
	if format == FormatVCard || format == FormatAuto {
		text, enc, err := decodeText(raw)
		if err == nil && (format == FormatVCard || looksVCard(text)) {
			rep := newFileReport("people", path)
			rep.Encoding, rep.Format = enc, FormatVCard
			l.rep.Files = append(l.rep.Files, rep)
			return l.readVCard(rep, text)
		}
	}
	match := func(cells []string) string {
		for _, m := range peopleMatchers {
			if (format == FormatAuto || format == m.format) && m.match(cells) {
				return m.format
			}
		}
		return ""
	}
	t, err := openTable("people", path, raw, match)
	if err != nil {
		return err
	}
	if t == nil {
		return l.noHeader(path, raw, "people", format)
	}
	l.rep.Files = append(l.rep.Files, t.rep)
	switch t.format {
	case FormatLinkedIn:
		return l.readLinkedIn(t)
	case FormatGoogle:
		return l.readGoogle(t)
	case FormatOutlook:
		return l.readOutlook(t)
	default:
		return l.readPeople(t)
	}
}

// noHeader explains a file whose header was not recognised, guessing from
// its first line what it might be instead.
func (l *loader) noHeader(path string, raw []byte, role, format string) error {
	text, _, _ := decodeText(raw)
	first := string(text)
	if i := strings.IndexByte(first, '\n'); i >= 0 {
		first = first[:i]
	}
	first = strings.TrimSpace(first)
	if len(first) > 120 {
		first = first[:120] + "…"
	}
	var cells []string
	for _, c := range delimiters {
		if f := strings.Split(first, string(c)); len(f) > len(cells) {
			cells = trimAll(f)
		}
	}
	for i := range cells {
		cells[i] = strings.Trim(cells[i], `"`)
	}
	guess := ""
	switch {
	case role != "ties" && isTiesHeader(cells):
		guess = "it looks like a ties file: pass it with --ties"
	case role != "memberships" && isMembershipsHeader(cells):
		guess = "it looks like a memberships file: pass it with --memberships"
	case role != "networks" && isNetworksHeader(cells):
		guess = "it looks like a networks file: pass it with --networks"
	case role != "people" && (isPeopleHeader(cells) || isLinkedInHeader(cells) || isGoogleHeader(cells) || isOutlookHeader(cells)):
		guess = "it looks like a people or contacts file: pass it with --people"
	}
	want := map[string]string{
		"people":      "a header with an id column (id,name,attribute…), a LinkedIn Connections.csv, a Google or Outlook contacts CSV, or a vCard file",
		"memberships": "a header with person_id and network columns",
		"networks":    "a header with a network column (network,purpose,organiser,scope,formal,fee,hours_per_month)",
		"ties":        "a header with source and target columns (source,target,weight,type)",
		"aliases":     "a header alias,organization",
	}[role]
	if format != FormatAuto {
		want = "a " + format + " header"
	}
	msg := fmt.Sprintf("not a %s file: no header found; expected %s", role, want)
	hint := fmt.Sprintf("the first line is %q", first)
	if guess != "" {
		hint = guess
	}
	return &Error{Path: path, Line: 1, Msg: msg, Hint: hint}
}

// readPeople reads a generic people file: an id column, an optional name
// column, and any number of categorical attributes. A repeated id is merged
// into the first when its values agree (or fill gaps) and skipped, with the
// disagreement reported, when they do not.
func (l *loader) readPeople(t *table) error {
	canon, col, _ := peopleAliases.canonical(t.header)
	attrCol := make([]int, len(t.header)) // attribute index per column, -1 if none
	seen := map[string]int{}
	for k, h := range t.header {
		attrCol[k] = -1
		if canon[k] != "" {
			continue
		}
		name := h
		if name == "" {
			name = fmt.Sprintf("column %d", k+1)
			t.rep.note("unnamed column", Problem{Line: t.headerLine, Column: k + 1,
				Reason: fmt.Sprintf("column %d has no header: its values are read as attribute %q", k+1, name)})
		}
		if prev, dup := seen[name]; dup {
			return &Error{Path: t.path, Line: t.headerLine, Column: k + 1, Field: h,
				Msg:  fmt.Sprintf("column %d repeats the header of column %d", k+1, prev),
				Hint: "give every column its own name"}
		}
		seen[name] = k + 1
		attrCol[k] = l.nw.Attribute(name)
	}
	idCol, nameCol := col["id"], col["name"]
	firstLine := map[string]int{}
	d := t.rows(canon)
	defer d.flush()
	for {
		rec, pos, err := d.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return &Error{Path: t.path, Msg: err.Error(), Err: err}
		}
		id := clean(rec[idCol-1])
		if id == "" {
			t.rep.skip("no id", Problem{Line: pos.lineOf(idCol), Column: idCol, Field: t.header[idCol-1],
				Reason: "the id is empty: give every person an id"})
			continue
		}
		name := ""
		if nameCol > 0 {
			name = clean(rec[nameCol-1])
		}
		i, isNew := l.nw.AddPerson(id, name)
		if !isNew {
			if p, ok := l.mergePerson(t, i, rec, attrCol, name, nameCol, pos, firstLine[id]); !ok {
				t.rep.skip("conflicting duplicate", p)
				continue
			} else {
				t.rep.note("duplicate merged", p)
			}
		} else {
			firstLine[id] = pos.line
		}
		for k, a := range attrCol {
			if a >= 0 {
				if v := clean(rec[k]); v != "" {
					l.nw.SetAttr(i, a, v)
				}
			}
		}
		t.rep.Imported++
	}
}

// mergePerson checks a repeated id against the person read first. It
// returns ok when every value agrees or fills a gap (the row is merged), and
// otherwise the problem naming the first disagreement.
func (l *loader) mergePerson(t *table, i int, rec []string, attrCol []int, name string, nameCol int, pos rowPos, first int) (Problem, bool) {
	p := l.nw.People[i]
	if name != "" && p.Name != "" && name != p.Name {
		return Problem{Line: pos.lineOf(nameCol), Column: nameCol, Field: t.header[nameCol-1],
			Reason: fmt.Sprintf("id %q repeats line %d with another name (%q, then %q): the row is not imported; give each person one row", p.ID, first, p.Name, name)}, false
	}
	for k, a := range attrCol {
		if a < 0 {
			continue
		}
		if old, v := l.nw.Attr(i, a), clean(rec[k]); old != "" && v != "" && old != v {
			return Problem{Line: pos.lineOf(k + 1), Column: k + 1, Field: t.header[k],
				Reason: fmt.Sprintf("id %q repeats line %d with another %s (%q, then %q): the row is not imported; give each person one row", p.ID, first, t.header[k], old, v)}, false
		}
	}
	if name != "" && p.Name == "" {
		l.nw.SetName(i, name)
	}
	return Problem{Line: pos.line, Reason: fmt.Sprintf("id %q repeats line %d with agreeing values: merged", p.ID, first)}, true
}
