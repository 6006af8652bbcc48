package importers

import (
	"fmt"
	"strings"
)

var membershipAliases = newAliases(map[string][]string{
	"person_id": {"person", "id", "person id", "member", "member_id", "contact", "contact_id", "name"},
	"network":   {"group", "network_name", "group_name", "association", "club", "community"},
	"role":      {"position_in_network", "membership_role", "function"},
	"since":     {"joined", "member_since", "start", "start_date", "from_date"},
	"until":     {"left", "member_until", "end", "end_date", "to_date"},
})

func isMembershipsHeader(cells []string) bool {
	return membershipAliases.has(cells, "person_id", "network") && !isTiesHeader(cells)
}

// isWideMembershipsHeader recognises the wide form `ties template
// memberships` writes: person_id (with name and organization for the
// reader), then one column per network.
func isWideMembershipsHeader(cells []string) bool {
	if len(cells) < 2 || !strings.EqualFold(strings.TrimSpace(cells[0]), "person_id") || membershipAliases.has(cells, "network") {
		return false
	}
	return len(wideNetworkColumns(cells)) > 0
}

// wideInfoColumns are the columns of the wide form that describe the
// person, not a network.
var wideInfoColumns = map[string]bool{"person_id": true, "name": true, "organization": true, "organisation": true, "position": true}

// wideNetworkColumns are the 0-based columns of a wide header that name
// networks.
func wideNetworkColumns(header []string) []int {
	var out []int
	for k, c := range header {
		if !wideInfoColumns[strings.ToLower(strings.TrimSpace(c))] && strings.TrimSpace(c) != "" {
			out = append(out, k)
		}
	}
	return out
}

type membershipRow struct {
	RowMeta
	Person  string `csv:"person_id"`
	Network string `csv:"network"`
	Role    string `csv:"role"`
	Since   string `csv:"since"`
	Until   string `csv:"until"`
}

// readMemberships reads person_id,network[,role][,since][,until]: who
// belongs to which network (the two-mode network), and when they joined
// and left it (the ego's own row says when the ego joined). A repeated
// membership counts once and the repeat is skipped; role is kept but not
// used by the measures.
func (l *loader) readMemberships(in *input) error {
	path := in.path
	t, err := l.openFile("memberships", in, func(c []string) bool { return isMembershipsHeader(c) || isWideMembershipsHeader(c) })
	if err != nil {
		return err
	}
	if isWideMembershipsHeader(t.header) {
		return l.readWideMemberships(t)
	}
	_, col, _ := membershipAliases.canonical(t.header)
	// The columns, looked up once, not a map lookup a row.
	cPerson, cNetwork, cSince, cUntil := col["person_id"], col["network"], col["since"], col["until"]
	first := map[[2]int]int{}
	roles := map[string]string{}
	// Each date column is read once all its dates are known: the order of
	// day and month is the column's (parseDates).
	var sinces, untils []dateCell
	var sinceOf, untilOf [][2]int // {group, position among its members}
	var fail error
	unknownAfter := 0 // rows after the error that name someone unknown too
	// A batch of rows has its people looked up together first (idBatch):
	// at[k] is then the person of its kth row.
	var batch idBatch
	preload := func(rows []membershipRow) {
		batch.ids = batch.ids[:0]
		for _, r := range rows {
			batch.ids = append(batch.ids, clean(r.Person))
		}
		batch.lookUp(l.nw)
	}
	err = decodeStructsPre(t, membershipAliases, preload, func(k int, r membershipRow) {
		pos := r.position()
		if fail != nil {
			t.rep.skip("not read after an error", Problem{Line: pos.line, Reason: "not read: an earlier row stopped the import"})
			if batch.at[k] < 0 && batch.ids[k] != "" {
				unknownAfter++
			}
			return
		}
		who, network := batch.ids[k], exactCell(r.Network) // clean(r.Person); a network's name is exact text
		noteTrimmed(t.rep, r.Person, who, pos.lineOf(cPerson), cPerson, "person_id")
		if who == "" || network == "" {
			if err := l.emptyMembership(t.rep, who, pos, cPerson, cNetwork); err != nil {
				fail = err
				t.rep.skip("not read after an error", Problem{Line: pos.line, Reason: err.Error()})
			}
			return
		}
		i, err := int(batch.at[k]), error(nil)
		if i < 0 {
			i, err = l.person(who, t.rep, pos.lineOf(cPerson), cPerson, "person_id")
		}
		if err != nil {
			fail = err
			t.rep.skip("not read after an error", Problem{Line: pos.line, Reason: err.Error()})
			return
		}
		// A new name was cut from the row: group keeps a copy, not the row.
		g := l.group(network, t.rep, pos.lineOf(cNetwork), cNetwork, "network")
		role := clean(r.Role)
		if role != "" {
			if s, ok := roles[role]; ok {
				role = s
			} else {
				role = strings.Clone(role)
				roles[role] = role
			}
		}
		if !l.nw.AddMember(g, i, role) {
			reason := fmt.Sprintf("%q is already a member of %q", who, network)
			if line, ok := first[[2]int{g, i}]; ok {
				reason = fmt.Sprintf("repeats line %d: a membership counts once", line)
			}
			t.rep.skip("duplicate membership", Problem{Line: pos.line, Reason: reason})
			return
		}
		first[[2]int{g, i}] = pos.line
		at := [2]int{g, len(l.nw.Groups[g].Members) - 1}
		if c := cSince; c > 0 && clean(r.Since) != "" {
			sinces = append(sinces, dateCell{raw: clean(r.Since), line: pos.lineOf(c), column: c, field: t.header[c-1]})
			sinceOf = append(sinceOf, at)
		}
		if c := cUntil; c > 0 && clean(r.Until) != "" {
			untils = append(untils, dateCell{raw: clean(r.Until), line: pos.lineOf(c), column: c, field: t.header[c-1]})
			untilOf = append(untilOf, at)
		}
		t.rep.Imported++
	})
	if fail != nil {
		return moreUnknown(fail, unknownAfter)
	}
	if err != nil {
		return &Error{Path: path, Msg: err.Error(), Err: err}
	}
	l.dateMemberships(t, sinces, untils, sinceOf, untilOf, cUntil)
	return nil
}

// dateMemberships gives the memberships read their days of joining and
// leaving (each column read in its own order of day and month).
func (l *loader) dateMemberships(t *table, sinces, untils []dateCell, sinceOf, untilOf [][2]int, cUntil int) {
	for k, d := range parseDates(t.rep, sinces, l.now(), "the membership") {
		l.nw.Groups[sinceOf[k][0]].Since[sinceOf[k][1]] = d
	}
	ended := 0
	for k, d := range parseDates(t.rep, untils, l.now(), "the membership") {
		g := &l.nw.Groups[untilOf[k][0]]
		at := untilOf[k][1]
		// Left before joining: one of the two dates is wrong, and which
		// one the file cannot tell. The joining day counts in what a
		// network brought (evaluate), so it is kept and the leaving day
		// is not.
		if since := g.Since[at]; !d.IsZero() && !since.IsZero() && d.Before(since) {
			c := untils[k]
			t.rep.note("bad date", Problem{Line: c.line, Column: c.column, Field: c.field,
				Reason: fmt.Sprintf("%q is before the day the person joined (%s): the membership is imported without the day they left; correct one of the two dates", short(c.raw), since)})
			continue
		}
		g.Until[at] = d
		if !d.IsZero() {
			ended++
		}
	}
	if ended > 0 {
		// The contracts read memberships as pairs: an ended one is still
		// one, and the user should know their figures count it.
		t.rep.note("ended memberships", Problem{Line: t.headerLine, Column: cUntil, Field: t.header[cUntil-1],
			Reason: fmt.Sprintf("%s a day the membership ended: kept for the record, but counted as memberships in every figure (evaluate judges such a network as one you are in); leave out the rows of networks left to judge only current ones",
				pluralWord(ended, "1 row gives", "rows give"))})
	}
}

// readWideMemberships reads the wide form: one row per person, one column
// per network; a mark in a cell (x, yes, ja, 1, ✓) means membership, an
// empty cell none. A "no" (no, nej, 0, false, -, none) is read as none and
// noted, so that nobody is made a member by a cell that says otherwise;
// any other mark ("maybe", "yess") is read as a membership, noted. Each row counts as imported when it names a known person.
func (l *loader) readWideMemberships(t *table) error {
	t.format = "memberships-wide"
	t.rep.Format = t.format
	nets := wideNetworkColumns(t.header)
	groups := make([]int, len(nets))
	column := map[int]int{} // group → its first column (0-based)
	for k, c := range nets {
		groups[k] = l.group(unneutralized(strings.TrimSpace(t.header[c])), t.rep, t.headerLine, c+1, t.header[c])
		if first, ok := column[groups[k]]; ok {
			t.rep.note("repeated network", Problem{Line: t.headerLine, Column: c + 1, Field: t.header[c],
				Reason: fmt.Sprintf("the network %q is column %d too: a mark in either column makes a member; name each network once",
					short(l.nw.Groups[groups[k]].Name), first+1)})
			continue
		}
		column[groups[k]] = c
	}
	var unnamed []int // columns without a name in the header
	for c := 1; c < len(t.header); c++ {
		if strings.TrimSpace(t.header[c]) == "" {
			unnamed = append(unnamed, c)
		}
	}
	d := t.rows(nil)
	row := map[int]int{} // person → the line of their first row
	for {
		rec, pos, err := d.next()
		if err != nil {
			break
		}
		who := unneutralized(clean(rec[0]))
		if who == "" {
			d.skipped = append(d.skipped, kindProblem{"no person", Problem{Line: pos.line, Column: 1, Field: t.header[0], Reason: "the person is empty"}})
			continue
		}
		i, err := l.person(who, t.rep, pos.line, 1, t.header[0])
		if err != nil {
			d.flush()
			return err
		}
		if first, ok := row[i]; ok {
			d.notes = append(d.notes, kindProblem{"repeated person", Problem{Line: pos.line, Column: 1, Field: t.header[0],
				Reason: fmt.Sprintf("%q has a row on line %d too: the memberships of both rows are kept; give each person one row", short(who), first)}})
		} else {
			row[i] = pos.line
		}
		for _, c := range unnamed {
			if mark := clean(rec[c]); mark != "" {
				d.notes = append(d.notes, kindProblem{"mark in unnamed column", Problem{Line: pos.line, Column: c + 1,
					Reason: fmt.Sprintf("%q is in a column with no network named in the header (line %d): not read; write the network's name at the top of the column", short(mark), t.headerLine)}})
			}
		}
		for k, c := range nets {
			mark := clean(rec[c])
			if mark == "" {
				continue
			}
			v, known := yesNo[strings.ToLower(mark)]
			if !known {
				v, known = wideMarks[strings.ToLower(mark)]
			}
			switch {
			case known && !v:
				d.notes = append(d.notes, kindProblem{"no membership", Problem{Line: pos.line, Column: c + 1, Field: t.header[c],
					Reason: fmt.Sprintf("%q is read as not a member; leave the cell empty for none", mark)}})
				continue
			case !known:
				// Any other mark is a membership, as a hand-written sheet
				// means it, but said: "maybe" or "yess" is worth a look.
				d.notes = append(d.notes, kindProblem{"mark read as member", Problem{Line: pos.line, Column: c + 1, Field: t.header[c],
					Reason: fmt.Sprintf("%q is read as a member; write x for a member and leave the cell empty for none", short(mark))}})
			}
			l.nw.AddMember(groups[k], i, "")
		}
		t.rep.Imported++
	}
	d.flush()
	return nil
}

// emptyMembership reports a membership row without a person or a network:
// skipped, or with strict (Options.Strict, StrictPeopleFile) an error.
func (l *loader) emptyMembership(rep *FileReport, who string, pos rowPos, cPerson, cNetwork int) error {
	p := Problem{Line: pos.lineOf(cNetwork), Column: cNetwork, Field: "network", Reason: "the network is empty"}
	kind := "no network"
	if who == "" {
		p = Problem{Line: pos.lineOf(cPerson), Column: cPerson, Field: "person_id", Reason: "the person is empty"}
		kind = "no person"
	}
	if l.strict() {
		return &Error{Path: rep.Path, Line: p.Line, Column: p.Column, Field: p.Field, Msg: p.Reason,
			Hint: "give every membership a person_id and a network name; or " + strings.Replace(l.lenient(), "add unknown people automatically", "skip such rows", 1)}
	}
	rep.skip(kind, p)
	return nil
}

// moreUnknown adds to an error about someone not in the people file how
// many later rows name someone not in it too (at most: a later row may
// name the same person, or a person by name), so that one run tells how
// much is missing.
func moreUnknown(err error, after int) error {
	e, ok := err.(*Error)
	if !ok || after == 0 || !strings.Contains(e.Msg, "is not in the people file") {
		return err
	}
	c := *e
	c.Msg += fmt.Sprintf(" (and %s after it name%s someone not in it too)", pluralWord(after, "1 row", "rows"), map[bool]string{true: "s", false: ""}[after == 1])
	return &c
}

// wideMarks are the marks of a wide memberships sheet beyond yesNo: ticks
// for a member, dashes and words for none.
var wideMarks = map[string]bool{"✓": true, "✔": true, "☑": true, "✗": false, "✘": false, "j": true, "member": true, "medlem": true,
	"-": false, "–": false, "—": false, "none": false, "nope": false, "non": false, "nee": false, "nei": false, "ej": false}

// unneutralized undoes the apostrophe ties writes before a cell that starts
// with = + - @ or an apostrophe (cells.Safe, against formula injection),
// so that a sheet ties wrote (ties template memberships) reads back as it
// was: the id "-5", the network "=1+1", and the id "'-5", written with
// two apostrophes.
func unneutralized(s string) string {
	if len(s) >= 2 && s[0] == '\'' && strings.ContainsRune("=+-@'", rune(s[1])) {
		return s[1:]
	}
	return s
}

// IsMembershipsColumn reports whether a column named name would be read as
// a column of the long memberships form (person_id, network, role, since,
// until, or one of their aliases such as "group" or "club"): a network of
// the wide form cannot be called so (ties template memberships refuses
// it).
func IsMembershipsColumn(name string) bool {
	_, ok := membershipAliases[normKey(name)]
	return ok || wideInfoColumns[strings.ToLower(strings.TrimSpace(name))]
}
