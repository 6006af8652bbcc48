package importers

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// peopleAliases are the accepted names of a generic people file's id and
// name columns; every other column is a categorical attribute.
var peopleAliases = newAliases(map[string][]string{
	"id":   {"person_id", "person id", "personid", "node", "node_id", "identifier"},
	"name": {"full name", "full_name", "display name", "label", "namn", "navn", "nimi", "fullständigt namn"},
})

func isPeopleHeader(cells []string) bool { return peopleAliases.has(cells, "id") }

// FormatGephiNodes is a people file as Gephi's Data Laboratory exports its
// nodes table: Id,Label, then the attributes and the statistics Gephi
// computed (Degree, Modularity Class, …), which are left out as figures.
const FormatGephiNodes = "gephi-nodes"

// isGephiNodesHeader recognises Gephi's nodes table by its first columns,
// as Gephi writes them.
func isGephiNodesHeader(cells []string) bool {
	return len(cells) >= 2 && cells[0] == "Id" && cells[1] == "Label"
}

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

func (l *loader) readPeopleFile(in *input) error {
	format := l.opt.PeopleFormat
	if format == FormatVCard || format == FormatAuto && looksVCard(in.head) {
		text, err := in.all()
		if err != nil {
			return err
		}
		rep := newFileReport("people", in.path)
		rep.Encoding, rep.Format = in.enc, FormatVCard
		l.rep.Files = append(l.rep.Files, rep)
		return l.readVCard(rep, text)
	}
	match := func(cells []string) string {
		for _, m := range peopleMatchers {
			if (format == FormatAuto || format == m.format) && m.match(cells) {
				return m.format
			}
		}
		return ""
	}
	t, err := openTable("people", in, match)
	if err != nil {
		return err
	}
	if t == nil {
		return l.noHeader(in, "people", format)
	}
	if format == FormatAuto && t.format == FormatPeople && (isTiesHeader(t.header) || isGephiEdgesHeader(t.header)) {
		return &Error{Path: in.path, Line: t.rep.HeaderLine, Msg: fmt.Sprintf("not a people file: the header %q has a source and a target column, as a ties file (or Gephi's edges table) has", strings.Join(t.header, ",")),
			Hint: "it looks like a ties file: pass it with --ties (or, if it does list people, give --people-format people)"}
	}
	if format == FormatAuto && t.format == FormatPeople && isMembershipsFile(t.header) {
		return &Error{Path: in.path, Line: t.rep.HeaderLine, Msg: fmt.Sprintf("not a people file: the header %q has only the columns of a memberships file (who belongs to which network)", strings.Join(t.header, ",")),
			Hint: "it looks like a memberships file: pass it with --memberships (or, if it does list people, give --people-format people)"}
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

// formatHeaders says what each --people-format needs of a header.
var formatHeaders = map[string]string{
	FormatPeople:   "a people file's header: an id column (id,name,attribute…)",
	FormatLinkedIn: "LinkedIn's Connections.csv header, with First Name, Last Name and Connected On (First Name,Last Name,URL,Email Address,Company,Position,Connected On)",
	FormatGoogle:   "a Google contacts header: Name, First Name or Last Name, and E-mail 1 - Value or Labels",
	FormatOutlook: "an Outlook contacts header: First Name or Last Name, and two of Company, Job Title, Department, E-mail Address, " +
		"Categories, Business or Home Country/Region (in English, Swedish, Norwegian, Danish, Finnish, German, French or Spanish)",
	FormatVCard: "a vCard file: BEGIN:VCARD",
}

// noHeader explains a file whose header was not recognised, guessing from
// its first line what it might be instead.
func (l *loader) noHeader(in *input, role, format string) error {
	path := in.path
	first := string(in.head[:min(len(in.head), 4096)])
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
	case role != "networks" && isNetworksHeader(cells) && !nameOnlyNetworks(cells):
		guess = "it looks like a networks file: pass it with --networks"
	case role == "people" && slices.ContainsFunc(cells, func(c string) bool { return normKey(c) == "name" }):
		guess = "a people file needs an id column beside the name (id,name,…): add one, e.g. with each person's e-mail address or initials"
	case role == "memberships" && len(cells) > 1 && normKey(cells[0]) == "name":
		guess = "a memberships sheet with one column per network starts with a person_id column (ties template memberships writes one): add it"
	case role != "people" && (isPeopleHeader(cells) || isLinkedInHeader(cells) || isGoogleHeader(cells) || isOutlookHeader(cells)):
		guess = "it looks like a people or contacts file: pass it with --people"
	case role != "people" && strings.EqualFold(strings.TrimSpace(strings.Trim(first, "\ufeff")), "BEGIN:VCARD"):
		guess = "it looks like a vCard file of contacts: pass it with --people"
	case role != "people" && linkedInPreamble(in.head):
		guess = "it looks like LinkedIn's Connections.csv: pass it with --people"
	}
	want := map[string]string{
		"people":      "a header with an id column (id,name,attribute…), a LinkedIn Connections.csv, a Google or Outlook contacts CSV (Outlook's headers in English, Swedish, Norwegian, Danish, Finnish, German, French or Spanish), or a vCard file",
		"memberships": "a header with person_id and network columns",
		"networks":    "a header with a network column (network,purpose,organiser,scope,formal,fee,hours_per_month)",
		"ties":        "a header with source and target columns (source,target,weight,type)",
		"aliases":     "a header alias,organization",
		"goals":       "a header goal,attribute,value,target",
	}[role]
	if format != FormatAuto {
		want = formatHeaders[format]
		if want == "" {
			want = "a " + format + " header"
		}
	}
	article := "a"
	if strings.ContainsRune("aeiou", rune(role[0])) {
		article = "an"
	}
	msg := fmt.Sprintf("not %s %s file: no header found; expected %s", article, role, want)
	hint := fmt.Sprintf("the first line is %q", first)
	if guess != "" {
		hint = guess
	}
	if nul := bytes.Count(in.head[:min(len(in.head), 512)], []byte{0}); nul >= 8 && 4*nul >= min(len(in.head), 512) {
		// NUL bytes everywhere: text in UTF-16 whose start was not ASCII
		// enough to be recognised without a byte-order mark.
		hint = "it looks like UTF-16 text without a byte-order mark: save it again as UTF-8 (in Excel: CSV UTF-8)"
	}

	if !in.complete && !bytes.ContainsAny(in.head, "\r\n") {
		// The header is looked for in the first megabyte only.
		size := fmt.Sprintf("%d bytes", headBytes)
		if headBytes%(1<<20) == 0 {
			size = fmt.Sprintf("%d MB", headBytes>>20)
		}
		hint = fmt.Sprintf("the first line is longer than %s, more than a header can be; it starts %q: check that the file is a CSV of rows and columns", size, first)
	}
	return &Error{Path: path, Line: 1, Msg: msg, Hint: hint}
}

// readPeople reads a generic people file: an id column, an optional name
// column, and any number of categorical attributes. A repeated id is merged
// into the first when its values agree (or fill gaps) and skipped, with the
// disagreement reported, when they do not.
//
// Attribute values are held per column until the whole file is read, so
// that a column can be judged as a whole (free text is no category,
// freetext.go) before it becomes an attribute of the model. They are held
// compactly: each column's distinct values once, and a number per person.
func (l *loader) readPeople(t *table) error {
	canon, col, _ := peopleAliases.canonical(t.header)
	var cols []*column
	// Column names are matched without regard to case, spaces, _ or -
	// (normKey): "Country" and "country" are one name, repeated.
	seen := map[string]int{}
	for k, h := range t.header {
		if canon[k] != "" {
			seen[normKey(h)] = k + 1
		}
	}
	for k, h := range t.header {
		if canon[k] != "" {
			continue
		}
		name := h
		if name == "" {
			name = fmt.Sprintf("column %d", k+1)
			t.rep.note("unnamed column", Problem{Line: t.headerLine, Column: k + 1,
				Reason: fmt.Sprintf("column %d has no header: its values are read as attribute %q", k+1, name)})
		}
		if prev, dup := seen[normKey(name)]; dup {
			return &Error{Path: t.path, Line: t.headerLine, Column: k + 1, Field: h,
				Msg:  fmt.Sprintf("column %d (%q) repeats the header of column %d (%q): column names are matched without regard to case, spaces, _ or -", k+1, h, prev, t.header[prev-1]),
				Hint: "give every column its own name"}
		}
		seen[normKey(name)] = k + 1
		c := newColumn(k, name)
		c.field, c.line = h, t.headerLine
		cols = append(cols, c)
	}
	if isGephiNodesHeader(t.header) {
		t.format, t.rep.Format = FormatGephiNodes, FormatGephiNodes
		for _, c := range cols {
			c.figure = gephiFigures[normKey(c.name)]
		}
	}
	idCol, nameCol := col["id"], col["name"]
	// Room for every person at once (an estimate from the head of a
	// stream): the people and their ids' index then grow once.
	rows := t.in.lines()
	l.nw.GrowPeople(rows)
	var ps peopleSlots
	ps.base = len(l.nw.People)
	ps.person, ps.lines, ps.news = make([]int32, 0, rows), make([]int32, 0, rows), make([]int32, 0, rows)
	cases := newCaseIndex()
	d := t.rows(canon)
	defer d.flush()
	// A goroutine reads the rows while this one adds the people
	// (streamBatches): each is about half of reading 200 000 people.
	type record struct {
		cells []string
		pos   rowPos
	}
	var batch idBatch
	err := streamBatches(func() (record, error) {
		rec, pos, err := d.next()
		return record{rec, pos}, err
	}, func(recs []record) {
		// Look the batch's ids up together first (idBatch): AddPerson
		// then finds their slots in the cache.
		batch.ids = batch.ids[:0]
		for _, r := range recs {
			batch.ids = append(batch.ids, clean(r.cells[idCol-1]))
		}
		batch.lookUp(l.nw)
		for _, r := range recs {
			l.addPersonRow(t, r.cells, r.pos, idCol, nameCol, cols, &ps, cases)
		}
	})
	if err != nil {
		return &Error{Path: t.path, Msg: err.Error(), Err: err}
	}
	d.flush()
	if nameCol == 0 {
		l.namesFromParts(cols, &ps)
	}
	l.applyColumns(l.judgeColumns(t.rep, cols), &ps)
	return nil
}

// namesFromParts names the people of a file without a name column from its
// first-name and last-name columns (namePartHeaders), "first last".
func (l *loader) namesFromParts(cols []*column, ps *peopleSlots) {
	var first, last *column
	for _, c := range cols {
		switch namePartHeaders[normKey(c.name)] {
		case "first":
			first = cmp.Or(first, c)
		case "last":
			last = cmp.Or(last, c)
		}
	}
	if first == nil && last == nil {
		return
	}
	part := func(c *column, slot int) string {
		if c == nil {
			return ""
		}
		return c.at(slot)
	}
	for slot, i := range ps.person {
		if l.nw.People[i].Name != "" {
			continue // a person named by an earlier file
		}
		if name := strings.TrimSpace(part(first, slot) + " " + part(last, slot)); name != "" {
			l.nw.SetName(int(i), name)
		}
	}
}

// addPersonRow adds the person of one row of a people file (readPeople).
func (l *loader) addPersonRow(t *table, rec []string, pos rowPos, idCol, nameCol int, cols []*column, ps *peopleSlots, cases *caseIndex) {
	id := clean(rec[idCol-1])
	noteTrimmed(t.rep, rec[idCol-1], id, pos.lineOf(idCol), idCol, t.header[idCol-1])
	if id == "" {
		t.rep.skip("no id", Problem{Line: pos.lineOf(idCol), Column: idCol, Field: t.header[idCol-1],
			Reason: "the id is empty: give every person an id"})
		return
	}
	name := ""
	if nameCol > 0 {
		name = clean(rec[nameCol-1])
	}
	if name == id && t.format == FormatGephiNodes {
		name = "" // Gephi writes the id as the label of a node without one
	}
	var nfc string // id's composed form when it is not ASCII
	if !isASCII(id) {
		nfc = norm.NFC.String(id)
		if j, ok := l.idNFC(nfc); ok && l.nw.People[j].ID != id {
			// The contracts compare ids as exact strings (metrics.md:
			// nodes are exactly the ids), so these are two people; said,
			// since no reader can tell them apart.
			t.rep.note("ids differ only in Unicode form", Problem{Line: pos.lineOf(idCol), Column: idCol, Field: t.header[idCol-1],
				Reason: fmt.Sprintf("id %q reads as id %q%s but is written with other code points (Unicode NFC, as macOS and Windows tools differ in writing é or ö): they are two people, since ids are exact text; if they are one person, write the id the same way in every file", short(id), short(l.nw.People[j].ID), lineNote(ps.lineOf(j)))})
		}
	}
	i, isNew := l.nw.AddPerson(strings.Clone(id), strings.Clone(name))
	if isNew && nfc != "" {
		if _, ok := l.idsNFC[nfc]; !ok {
			l.idsNFC[nfc] = i
		}
	}
	slot, known := ps.slot(i, isNew, pos.line)
	if known {
		if p, ok := l.mergePerson(t, i, slot, rec, cols, name, nameCol, pos, int(ps.lines[slot])); !ok {
			t.rep.skip("conflicting duplicate", p)
			return
		} else {
			t.rep.note("duplicate merged", p)
		}
	} else if prev, ok := cases.add(l.nw, id, pos.line, ps); ok {
		t.rep.note("ids differ only in case", Problem{Line: pos.lineOf(idCol), Column: idCol, Field: t.header[idCol-1],
			Reason: fmt.Sprintf("id %q and id %q (%s) differ only in case: they are two people, since ids are case-sensitive; if they are one person, write the id the same way in every file", l.nw.People[i].ID, prev.id, prev.where())})
	}
	for _, c := range cols {
		if v := exactCell(rec[c.k]); v != "" && c.at(slot) == "" {
			c.set(slot, v)
		}
	}
	t.rep.Imported++
}

// lineNote is " (line n)", or "" when n is 0 (not known).
func lineNote(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(" (line %d)", n)
}

// idNFC returns the person whose id has the composed form (NFC) nfc,
// among the non-ASCII ids read so far.
func (l *loader) idNFC(nfc string) (int, bool) {
	if l.idsNFC == nil {
		l.idsNFC = map[string]int{}
		for i, p := range l.nw.People {
			if !isASCII(p.ID) {
				l.idsNFC[norm.NFC.String(p.ID)] = i
			}
		}
	}
	i, ok := l.idsNFC[nfc]
	return i, ok
}

// peopleSlots numbers the people of one people file in the order first
// read (their slot), for the values held per column.
type peopleSlots struct {
	base   int     // people in the network before this file
	person []int32 // slot → person index
	lines  []int32 // slot → line first read
	news   []int32 // person index - base → slot, for people this file added
	early  map[int]int32
}

// slot returns person i's slot, and whether an earlier row had it.
func (ps *peopleSlots) slot(i int, isNew bool, line int) (int, bool) {
	if isNew && i-ps.base == len(ps.news) {
		ps.news = append(ps.news, int32(len(ps.person)))
	} else if !isNew {
		if i >= ps.base && i-ps.base < len(ps.news) {
			return int(ps.news[i-ps.base]), true
		}
		if s, ok := ps.early[i]; ok {
			return int(s), true
		}
		if ps.early == nil {
			ps.early = map[int]int32{}
		}
		ps.early[i] = int32(len(ps.person))
	}
	ps.person = append(ps.person, int32(i))
	ps.lines = append(ps.lines, int32(line))
	return len(ps.person) - 1, false
}

// lineOf returns the line person i was first read on in this file, or 0.
func (ps *peopleSlots) lineOf(i int) int {
	if i >= ps.base && i-ps.base < len(ps.news) {
		return int(ps.lines[ps.news[i-ps.base]])
	}
	if s, ok := ps.early[i]; ok {
		return int(ps.lines[s])
	}
	return 0
}

// mergePerson checks a repeated id against the row read first. It returns
// ok when every value agrees or fills a gap (the row is merged), and
// otherwise the problem naming the first disagreement.
func (l *loader) mergePerson(t *table, i, slot int, rec []string, cols []*column, name string, nameCol int, pos rowPos, first int) (Problem, bool) {
	p := l.nw.People[i]
	if name != "" && p.Name != "" && name != p.Name {
		return Problem{Line: pos.lineOf(nameCol), Column: nameCol, Field: t.header[nameCol-1],
			Reason: fmt.Sprintf("id %q repeats line %d with another name (%q, then %q): the row is not imported; give each person one row", p.ID, first, p.Name, name)}, false
	}
	for _, c := range cols {
		if old, v := c.at(slot), exactCell(rec[c.k]); old != "" && v != "" && old != v {
			return Problem{Line: pos.lineOf(c.k + 1), Column: c.k + 1, Field: t.header[c.k],
				Reason: fmt.Sprintf("id %q repeats line %d with another %s (%q, then %q): the row is not imported; give each person one row", p.ID, first, t.header[c.k], short(old), short(v))}, false
		}
	}
	if name != "" && p.Name == "" {
		l.nw.SetName(i, strings.Clone(name))
	}
	return Problem{Line: pos.line, Reason: fmt.Sprintf("id %q repeats line %d with agreeing values: merged", p.ID, first)}, true
}

// nameOnlyNetworks reports whether a header is a networks file's only by
// its "name" column (Name,Email,Company is a contact list, not networks).
func nameOnlyNetworks(cells []string) bool {
	canon, _, _ := networkAliases.canonical(cells)
	for k, c := range canon {
		if c != "" && (c != "network" || normKey(cells[k]) != "name") {
			return false
		}
	}
	return true
}

// linkedInPreamble reports whether head starts with the notes LinkedIn
// puts above the header of Connections.csv, followed by that header.
func linkedInPreamble(head []byte) bool {
	text := string(head[:min(len(head), 4096)])
	if !strings.HasPrefix(strings.TrimPrefix(text, "\ufeff"), "Notes:") {
		return false
	}
	for _, line := range strings.Split(text, "\n")[1:] {
		if isLinkedInHeader(trimAll(strings.Split(strings.TrimSpace(line), ","))) {
			return true
		}
	}
	return false
}

// isMembershipsFile reports whether a header is a memberships file's, in
// its own words: a person_id column (not a people file's "id") and a
// network or group column, and nothing but memberships columns. "id,club"
// is a people file with an attribute (Zachary's karate club).
func isMembershipsFile(header []string) bool {
	_, col, unused := membershipAliases.canonical(header)
	if len(unused) > 0 || col["person_id"] == 0 || col["network"] == 0 {
		return false
	}
	id, network := normKey(header[col["person_id"]-1]), normKey(header[col["network"]-1])
	return id != "id" && id != "name" && (network == "network" || network == "group" || network == "network name" || network == "group name")
}
