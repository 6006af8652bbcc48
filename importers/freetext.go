package importers

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"
)

// Every column of a people file other than the id and the name is a
// categorical attribute, but some columns hold no categories: notes and
// comments (a million distinct comments are no "diversity"), and the
// figures another tool computed (Gephi's degree or modularity class; ties
// computes its own). Such a column is read, reported as not analysed and
// kept out of the model's attributes; --include-column NAME analyses it
// all the same.
//
// A column is free text when it has at least freeTextMinValues values, at
// least 90 % of them distinct, and a median length of at least
// freeTextMinMedian characters; or when its header is a known notes header
// (notesHeaders), whatever it holds. The organisation and the job title
// are never left out by this rule: they are long and mostly distinct in a
// contact list, and are what ties derives its categories from.

// Why a column is not analysed (ColumnNotAnalysed.Reason).
const (
	// ReasonFreeText: long, mostly distinct values.
	ReasonFreeText = "free text"
	// ReasonNotesHeader: a known notes header (Notes, Comments, …).
	ReasonNotesHeader = "notes header"
	// ReasonFigure: a figure another tool computed (Gephi's statistics,
	// ties' own measures in a file ties exported).
	ReasonFigure = "figure"
	// ReasonNumeric: a number-typed attribute of a GraphML or GEXF file,
	// a measure rather than a category.
	ReasonNumeric = "numeric"
	// ReasonContact: e-mail addresses, telephone numbers or web
	// addresses, which say who a person is, not what background they
	// bring; left out of every output unless included by name.
	ReasonContact = "contact details"
	// ReasonName: a part of a person's name (first name, last name, in
	// English, the Nordic languages, German, French or Spanish), which
	// says who someone is; left out of every output unless included by
	// name, and under --anonymize always. A file without a name column
	// takes its names from these.
	ReasonName = "name"
)

// namePartHeaders are the headers of a given name ("first") or a family
// name ("last"), folded as normKey folds them.
var namePartHeaders = map[string]string{
	"first name": "first", "firstname": "first", "given name": "first", "givenname": "first", "forename": "first",
	"förnamn": "first", "fornavn": "first", "etunimi": "first", "vorname": "first", "prénom": "first", "prenom": "first",
	"last name": "last", "lastname": "last", "surname": "last", "family name": "last", "familyname": "last",
	"efternamn": "last", "etternavn": "last", "efternavn": "last", "sukunimi": "last", "nachname": "last",
	"nom de famille": "last", "apellido": "last", "apellidos": "last",
}

const (
	freeTextMinValues   = 50
	freeTextMinDistinct = 0.9
	freeTextMinMedian   = 30
)

// ColumnNotAnalysed is a column ties read but kept out of the attributes,
// with what it holds; --include-column NAME analyses it.
type ColumnNotAnalysed struct {
	// Column is the 1-based field number in a CSV file; 0 in a GraphML or
	// GEXF file, whose attributes have no position.
	Column int    `json:"column,omitempty"`
	Name   string `json:"name"`
	Reason string `json:"reason"` // one of the Reason constants
	// Values is the number of people with a value, Distinct the number
	// of distinct values, MedianLength the median length of a value in
	// characters (the upper median).
	Values       int `json:"values"`
	Distinct     int `json:"distinct"`
	MedianLength int `json:"median_length"`
}

// notesHeaders are headers of free text in English, Swedish, German and
// the contact exports' own words, folded as normKey folds them.
var notesHeaders = map[string]bool{
	"notes": true, "note": true, "comments": true, "comment": true, "remarks": true, "remark": true,
	"description": true, "about": true, "bio": true, "biography": true, "summary": true, "message": true,
	"anteckningar": true, "anteckning": true, "kommentarer": true, "kommentar": true, "beskrivning": true,
	"om": true, "sammanfattning": true, "övrigt": true, "meddelande": true, "noteringar": true, "notering": true,
	"notizen": true, "notiz": true, "bemerkungen": true, "bemerkung": true, "anmerkungen": true, "kommentare": true,
	"beschreibung": true, "zusammenfassung": true, "free text": true, "freetext": true, "details": true,
	"other": true, "misc": true, "miscellaneous": true, "headline": true,
}

func isNotesHeader(h string) bool { return notesHeaders[normKey(h)] }

// notesMinMedian is the median length from which a column with a notes
// header is notes whatever the share of distinct values; below it, 90 %
// of its values (at least 3) must be distinct.
const notesMinMedian = 10

// contactHeaders are headers of contact details, folded as normKey folds
// them.
var contactHeaders = map[string]bool{
	"email": true, "e mail": true, "mail": true, "email address": true, "e mail address": true, "e post": true, "epost": true,
	"phone": true, "telephone": true, "tel": true, "mobile": true, "mobile phone": true, "cell": true, "telefon": true,
	"mobil": true, "mobiltelefon": true, "url": true, "website": true, "web": true, "homepage": true, "linkedin": true,
	"profile": true, "profile url": true, "linkedin url": true, "webbplats": true, "hemsida": true,
}

// contactDetails reports whether a column holds contact details: most of
// its values look like e-mail addresses, web addresses or telephone
// numbers, or its header names them and its values are mostly distinct
// (a column "email" of yes and no is a category).
func (c *column) contactDetails(values, distinct int) bool {
	if values == 0 {
		return false
	}
	if contactHeaders[normKey(c.name)] && 2*distinct > values {
		return true
	}
	contact := make([]bool, len(c.dict))
	some := false
	for d, v := range c.dict {
		contact[d] = looksLikeContact(v)
		some = some || contact[d]
	}
	if !some {
		return false
	}
	like := 0
	for _, n := range c.vals {
		if n > 0 && contact[n-1] {
			like++
		}
	}
	return 2*like > values
}

// looksLikeContact reports whether v looks like an e-mail address, a web
// address or a telephone number.
func looksLikeContact(v string) bool {
	v = strings.TrimSpace(v)
	if strings.ContainsAny(v, " \t") && !isPhone(v) {
		return false
	}
	if at := strings.IndexByte(v, '@'); at > 0 && strings.Contains(v[at+1:], ".") {
		return true
	}
	l := strings.ToLower(v)
	if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "www.") {
		return true
	}
	return isPhone(v)
}

// isPhone reports whether v is a telephone number: at least 7 digits and
// nothing but digits, spaces and + - ( ) . /.
func isPhone(v string) bool {
	digits := 0
	for _, r := range v {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune(" +-()./", r):
		default:
			return false
		}
	}
	return digits >= 7
}

// neverFreeText are the columns the free-text rule never leaves out.
var neverFreeText = map[string]bool{
	"organization": true, "organisation": true, "company": true, "employer": true,
	"position": true, "title": true, "job title": true, "role": true,
}

// gephiFigures are the columns Gephi's statistics add to its nodes table,
// by id and by title (Gephi 0.9-0.10), folded as normKey folds them.
var gephiFigures = map[string]bool{
	"degree": true, "indegree": true, "outdegree": true, "in degree": true, "out degree": true,
	"weighted degree": true, "weighted in degree": true, "weighted out degree": true,
	"weighted indegree": true, "weighted outdegree": true,
	"eccentricity": true, "closnesscentrality": true, "closeness centrality": true,
	"harmonicclosnesscentrality": true, "harmonic closeness centrality": true,
	"betweenesscentrality": true, "betweenness centrality": true, "authority": true, "hub": true,
	"modularity class": true, "pageranks": true, "pagerank": true, "componentnumber": true,
	"component id": true, "component number": true, "strongcompnum": true, "strongly connected id": true,
	"clustering": true, "clustering coefficient": true, "triangles": true, "number of triangles": true,
	"eigencentrality": true, "eigenvector centrality": true, "stat inf class": true,
	"timeset": true, "interval": true,
}

// column holds one attribute column's values until the whole file is
// read: each distinct value once, and per person (slot) its number.
type column struct {
	k    int // 0-based field; -1 in a graph file
	name string
	// field, line and col say where the column is declared, for the
	// report: the header cell and its line and column in a CSV file, the
	// attribute's declaration in a graph file.
	field     string
	line, col int
	vals      []uint32 // slot → value number; 0: empty
	dict      []string // value number - 1 → value
	index     map[string]uint32
	// figure marks a column another tool computed (ReasonFigure), numeric
	// a number-typed graph attribute (ReasonNumeric).
	figure, numeric bool
}

func newColumn(k int, name string) *column {
	return &column{k: k, name: name, col: k + 1, index: map[string]uint32{}}
}

// at returns the value of slot, or "".
func (c *column) at(slot int) string {
	if slot < len(c.vals) && c.vals[slot] > 0 {
		return c.dict[c.vals[slot]-1]
	}
	return ""
}

// set gives slot the value v (a copy: the row it came from is not kept).
func (c *column) set(slot int, v string) {
	n, ok := c.index[v]
	if !ok {
		v = strings.Clone(v)
		c.dict = append(c.dict, v)
		n = uint32(len(c.dict))
		c.index[v] = n
	}
	if slot >= len(c.vals) {
		c.vals = append(c.vals, make([]uint32, slot+1-len(c.vals))...)
	}
	c.vals[slot] = n
}

// stats counts the values, the distinct values and their median length
// (the length at position values/2 of all values' lengths in order),
// counted per distinct value rather than per value.
func (c *column) stats() (values, distinct, median int) {
	uses := make([]int, len(c.dict))
	for _, n := range c.vals {
		if n > 0 {
			uses[n-1]++
		}
	}
	byLen := map[int]int{} // values of each length
	for d, k := range uses {
		if k > 0 {
			values += k
			distinct++
			byLen[utf8.RuneCountInString(c.dict[d])] += k
		}
	}
	if values > 0 {
		lens := slices.Sorted(maps.Keys(byLen))
		seen := 0
		for _, l := range lens {
			if seen += byLen[l]; seen > values/2 {
				median = l
				break
			}
		}
	}
	return values, distinct, median
}

// notAnalysed returns why a column is left out of the attributes, or "".
func (c *column) notAnalysed(values, distinct, median int) string {
	switch {
	case namePartHeaders[normKey(c.name)] != "":
		return ReasonName
	case c.figure:
		return ReasonFigure
	case c.numeric:
		return ReasonNumeric
	case c.contactDetails(values, distinct):
		return ReasonContact
	case neverFreeText[normKey(c.name)]:
		return ""
	case isNotesHeader(c.name) && (median >= notesMinMedian || values >= 3 && 10*distinct >= 9*values):
		// A notes header over short, repeated values ("Other": yes, no)
		// names categories after all; short notes are mostly distinct.
		return ReasonNotesHeader
	case values >= freeTextMinValues && float64(distinct) >= freeTextMinDistinct*float64(values) && median >= freeTextMinMedian:
		return ReasonFreeText
	}
	return ""
}

// judgeColumns decides which columns of a file become attributes. A
// column left out is listed in the file's report, with a note on its
// declaration saying why and how to include it (figures, which come many
// at a time, share one note); a column named by --include-column is kept.
func (l *loader) judgeColumns(rep *FileReport, cols []*column) []*column {
	var keep []*column
	var figures []string
	figureLine, figureCol := 0, 0
	for _, c := range cols {
		l.columnNames = append(l.columnNames, c.name)
		values, distinct, median := c.stats()
		why := c.notAnalysed(values, distinct, median)
		if why != "" && l.included(c.name) && !((why == ReasonContact || why == ReasonName) && l.opt.Anonymize) {
			why = ""
		}
		if why == "" {
			keep = append(keep, c)
			continue
		}
		l.leftOut = append(l.leftOut, c.name)
		rep.ColumnsNotAnalysed = append(rep.ColumnsNotAnalysed, ColumnNotAnalysed{Column: c.k + 1, Name: c.name, Reason: why,
			Values: values, Distinct: distinct, MedianLength: median})
		if why == ReasonFigure {
			if len(figures) == 0 {
				figureLine, figureCol = c.line, c.col
			}
			figures = append(figures, c.name)
			continue
		}
		rep.note("column not analysed", Problem{Line: c.line, Column: c.col, Field: c.field,
			Reason: fmt.Sprintf("%s: not analysed as categories; --include-column %s analyses it", leftOutWhy(c.name, why, values, distinct, median), flagArg(c.name))})
	}
	if len(figures) > 0 {
		rep.note("column not analysed", Problem{Line: figureLine, Column: figureCol,
			Reason: fmt.Sprintf("%s computed by another tool or an earlier run (%s): not analysed as categories; ties computes its own figures",
				pluralWord(len(figures), "a figure", "figures"), quoteList(figures, 200))})
	}
	return keep
}

func pluralWord(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// applyColumns gives the people of one file the values of the columns
// kept, as attributes: person by person, the last attribute first, so
// that each person's values are allocated once.
func (l *loader) applyColumns(keep []*column, ps *peopleSlots) {
	// What only reading needed goes first, making room for the values.
	for _, c := range keep {
		c.index = nil
	}
	ps.lines, ps.news, ps.early = nil, nil, nil
	attrs := make([]int, len(keep))
	for k, c := range keep {
		attrs[k] = l.nw.Attribute(c.name)
	}
	for slot, i := range ps.person {
		for k := len(keep) - 1; k >= 0; k-- {
			if v := keep[k].at(slot); v != "" {
				l.nw.SetAttr(int(i), attrs[k], v)
			}
		}
	}
}

// leftOutWhy says in words why a column is left out.
func leftOutWhy(name, why string, values, distinct, median int) string {
	switch why {
	case ReasonNotesHeader:
		return fmt.Sprintf("%q is a notes column", name)
	case ReasonFigure:
		return fmt.Sprintf("%q is a figure another tool computed (ties computes its own)", name)
	case ReasonNumeric:
		return fmt.Sprintf("%q holds numbers, a measure rather than categories", name)
	case ReasonContact:
		return fmt.Sprintf("%q holds contact details (e-mail, telephone or web addresses), which say who someone is, not their background, and are left out of every output", name)
	case ReasonName:
		return fmt.Sprintf("%q is a part of people's names, which says who someone is, not their background, and is left out of every output (without a name column, the names are made from it)", name)
	}
	return fmt.Sprintf("%q looks like free text (%d values, %d distinct, %d characters long at the median)", name, values, distinct, median)
}

// flagArg writes a flag's value as typed in a shell.
func flagArg(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-' || r == '.' || r >= 0x80)
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// included reports whether --include-column names the column.
func (l *loader) included(name string) bool {
	for _, n := range l.opt.IncludeColumns {
		if normKey(n) == normKey(name) {
			return true
		}
	}
	return false
}

// checkIncluded refuses an --include-column that names no attribute column
// of any file read: a typo would otherwise go unnoticed.
func (l *loader) checkIncluded() error {
	for _, n := range l.opt.IncludeColumns {
		found := false
		for _, c := range l.columnNames {
			if normKey(n) == normKey(c) {
				found = true
				break
			}
		}
		if found {
			continue
		}
		hint := "no column was left out of the analysis"
		if len(l.leftOut) > 0 {
			hint = "the columns left out are " + quoteList(l.leftOut, 1<<20)
		}
		path := l.opt.People
		if path == "" {
			path = l.opt.Graph
		}
		if path == Stdin {
			path = stdinName
		}
		return &Error{Path: path, Msg: fmt.Sprintf("--include-column %s: no file has a column %q", flagArg(n), n), Hint: hint}
	}
	return nil
}
