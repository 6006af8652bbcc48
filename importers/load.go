package importers

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"golang.org/x/text/unicode/norm"
	"io"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/tiesnet/ties/graph"
)

// Formats of a people file. FormatAuto detects it from the content.
const (
	FormatAuto     = ""
	FormatPeople   = "people"
	FormatLinkedIn = "linkedin"
	FormatGoogle   = "google"
	FormatOutlook  = "outlook"
	FormatVCard    = "vcard"
)

// PeopleFormats lists the formats a people file can have.
var PeopleFormats = []string{FormatPeople, FormatLinkedIn, FormatGoogle, FormatOutlook, FormatVCard}

// DefaultEgo is the id given to the person who exported a contact file.
const DefaultEgo = "me"

// Options says which files to read and how.
type Options struct {
	People      string // people or contacts: generic CSV, LinkedIn, Google, Outlook or vCard
	Memberships string // person_id,network[,role]
	Networks    string // network,purpose,organiser,scope,formal,fee,hours_per_month
	Ties        string // source,target[,weight][,type]
	// Graph is a whole network in one file: GraphML or GEXF (people,
	// attributes, ties, groups). A GraphML or GEXF file named by any of
	// the other paths is read the same way.
	Graph string
	// A path of Stdin ("-") reads standard input from Stdin; one input at
	// most may be "-".
	Stdin io.Reader

	// IncludeColumns names columns ties would leave out of the attributes
	// (free text, a notes header, a figure or a number in a graph file) to
	// analyse as categories all the same. A name that matches no column
	// left out is an error.
	IncludeColumns []string
	// NumPeople is, for ReadGoals, the number of people in the network: a
	// contacts target above it cannot be met and is reported. 0: targets
	// are only bounded by maxGoalContacts.
	NumPeople int
	// GoalAttributes is, for ReadGoals, the network's attributes when
	// known: a goal naming another is an error at its line and column that
	// lists them. nil: any attribute is read.
	GoalAttributes []string

	// PeopleFormat forces the people file's format (one of PeopleFormats);
	// empty detects it.
	PeopleFormat string
	// Undirected reads each row of the ties file as one tie without
	// direction.
	Undirected bool
	// Strict makes a tie or membership naming an unknown person an error
	// instead of adding that person, and so a membership with an empty
	// person or network.
	Strict bool
	// StrictPeopleFile is Strict when the people come from a people file
	// (FormatPeople): the input of the contract of `ties evaluate`, where a
	// person_id or tie end not in people.csv, or an empty network name, is
	// an error (docs/spec evaluate.md). A contact export does not list its
	// exporter, and memberships name contacts as the user knows them, so
	// there unknown people are added and noted.
	StrictPeopleFile bool
	// Anonymize leaves contact details (e-mail, telephone, web addresses)
	// and parts of names out of the model even when IncludeColumns names
	// them: an output that hides names must not show a person's address
	// or surname.
	Anonymize bool
	// Ego is the id of the ego. For a contact export it is the id given to the
	// exporter (DefaultEgo if empty); for a generic people file it names a
	// person in it (or none if empty).
	Ego string
	// EgoName is the exporter's display name for a contact export.
	EgoName string
	// NoEgo reads a contact export as a plain list of people, without an ego
	// tied to each of them (for a member list rather than one's own contacts).
	NoEgo bool
	// NoDerive turns off the attributes ties derives: function and
	// seniority from job titles, an organisation from an e-mail domain.
	NoDerive bool
	// OrgAliases names an alias file (alias,organization): names the user
	// knows are one organisation.
	OrgAliases string

	// FS, when set, is where files are read from (the embedded demo data);
	// otherwise the operating system's files are read.
	FS fs.FS
	// Progress, when set, is called by Load as the files are read, from
	// Load's goroutine, with the bytes read so far (before decoding) and
	// the sum of the files' sizes, or -1 for a total when a size is not
	// known (standard input, a folder). It lets a command draw a bar for a
	// file of a gigabyte; it is called once per buffer read, so it should
	// be cheap.
	Progress func(done, total int64)
	// Now, when set, is the clock dates are read against (a two-digit year
	// is the latest such year not after Now); otherwise time.Now.
	Now func() time.Time
}

// now is the import's clock.
func (l *loader) now() time.Time {
	if l.opt.Now != nil {
		return l.opt.Now()
	}
	return time.Now()
}

type loader struct {
	opt Options
	nw  *graph.Network
	rep *Report
	// profiles maps a LinkedIn profile's slug, in lower case, to the
	// contact read with it: LinkedIn's addresses ignore case, so any
	// file's id in another case is that contact (sameProfile, person).
	profiles map[string]profileSeen
	// tieLines[k] is the line the k-th tie added was read on, and
	// tieFiles the files they came from, in runs (a file's ties are added
	// together): where a repeated tie was read, at 4 bytes a tie.
	tieLines []int32
	tieFiles []tieRun
	// domainHints[i] is the organisation person i's e-mail domain hints at,
	// for people whose export gave no company.
	domainHints map[int]string
	orgMerges   []OrgMerge
	// folded maps case-folded ids to an id of the network (otherCase);
	// foldedN people are in it.
	folded  map[string]string
	foldedN int
	// columnNames are the attribute columns of every file read, leftOut
	// those not analysed (for --include-column's check).
	columnNames, leftOut []string
	// graphErr is the error that stopped reading a graph file.
	graphErr error
	// bytesRead and bytesTotal are what Options.Progress is told.
	bytesRead, bytesTotal int64
	// composed maps the composed form (NFC) of every non-ASCII id and
	// unique name to its person, for refs written in another form
	// (samePerson); composedN people are in it.
	composed  map[string]int
	composedN int
	// groupsNFC and idsNFC map the composed form (NFC) of every non-ASCII
	// network name and people-file id read so far to the first network or
	// person with it: another written so is another one, noted.
	groupsNFC, idsNFC map[string]int
}

type origin struct {
	rep  *FileReport
	line int32
}

// tieRun says that the ties added from start on came from rep.
type tieRun struct {
	start int
	rep   *FileReport
}

// tieOrigin returns where the k-th tie added was read.
func (l *loader) tieOrigin(k int) origin {
	i, _ := slices.BinarySearchFunc(l.tieFiles, k, func(r tieRun, k int) int { return cmp.Compare(r.start, k) })
	if i == len(l.tieFiles) || l.tieFiles[i].start > k {
		i--
	}
	return origin{rep: l.tieFiles[i].rep, line: l.tieLines[k]}
}

// Load reads the files named in opt into a network. The report accounts for
// every row; an error stops the import (a file that cannot be read or
// recognised, a missing required column, or a Strict violation) and is an
// *Error naming the file, line and column where it can.
func Load(opt Options) (*graph.Network, *Report, error) {
	l := &loader{opt: opt, nw: graph.New(), rep: &Report{Files: []*FileReport{}}}
	if err := checkStdin(opt); err != nil {
		return nil, l.rep, err
	}
	if opt.Graph != "" && opt.People != "" {
		return nil, l.rep, &Error{Path: opt.Graph, Msg: "a graph file and a people file both name the people",
			Hint: "give the people once: the graph file (--graph) or the people file (--people)"}
	}
	if opt.Progress != nil {
		l.bytesTotal = inputBytes(opt)
	}
	steps := []struct {
		role, path string
		read       func(in *input) error
	}{
		{"graph", opt.Graph, nil},
		{"people", opt.People, l.readPeopleFile},
		{"networks", opt.Networks, l.readNetworks},
		{"memberships", opt.Memberships, l.readMemberships},
		{"ties", opt.Ties, l.readTies},
	}
	for _, s := range steps {
		if s.path == "" {
			continue
		}
		if s.role == "people" && s.path != Stdin {
			// A LinkedIn archive (a .zip, or the folder it unpacks to).
			a, err := l.openArchive(s.path)
			if err != nil {
				return nil, l.rep, err
			}
			if a != nil {
				if err := l.readArchive(a); err != nil {
					return nil, l.rep, err
				}
				continue
			}
		}
		in, err := l.openInput(s.path)
		if err != nil {
			return nil, l.rep, err
		}
		before := len(l.rep.Files)
		err = l.readInput(s.role, in, s.read)
		in.Close()
		if err != nil {
			return nil, l.rep, err
		}
		if len(l.rep.Files) > before {
			if err := nothingImported(l.rep.Files[len(l.rep.Files)-1]); err != nil {
				return nil, l.rep, err
			}
		}
	}
	if err := l.checkIncluded(); err != nil {
		return nil, l.rep, err
	}
	if err := l.setEgo(); err != nil {
		return nil, l.rep, err
	}
	var aliases map[string]string
	if opt.OrgAliases != "" {
		var err error
		if aliases, err = l.readOrgAliases(opt.OrgAliases); err != nil {
			return nil, l.rep, err
		}
	}
	if opt.NoDerive {
		l.domainHints = nil
	}
	l.cleanDisplayText()
	// A people file's values are exact text, as the contracts compare them
	// (metrics.md, evaluate.md); a contact export's organisations and job
	// titles are typed by each contact, so spellings are merged and
	// function and seniority derived there only.
	contacts := l.fromContactExport()
	l.normalizeOrganizations(l.domainHints, aliases, !contacts)
	l.rep.Organizations = l.orgMerges
	if !opt.NoDerive && contacts {
		l.deriveFromTitles()
	}
	repeats := l.nw.Normalize()
	if n := l.nw.CappedWeights(); n > 0 && len(repeats) > 0 {
		// Sums past graph.MaxWeight would overflow later sums to +Inf.
		first := l.tieOrigin(repeats[0].Dropped)
		first.rep.note("weight capped", Problem{Line: int(first.line),
			Reason: fmt.Sprintf("%d repeated ties summed to more than %g: each such sum is capped at %g so that no figure becomes infinite; rescale the weights to keep their proportions",
				n, float64(graph.MaxWeight), float64(graph.MaxWeight))})
	}
	for _, r := range repeats {
		kept, dropped := l.tieOrigin(r.Kept), l.tieOrigin(r.Dropped)
		where := fmt.Sprintf("line %d", kept.line)
		if kept.rep != dropped.rep {
			where = fmt.Sprintf("%s line %d", kept.rep.Path, kept.line)
		}
		dropped.rep.note("repeated tie", Problem{Line: int(dropped.line),
			Reason: fmt.Sprintf("repeats the tie on %s: weights summed", where)})
	}
	for _, f := range l.rep.Files {
		f.sortProblems()
	}
	l.rep.Totals = Totals{
		People:      len(l.nw.People),
		Ties:        len(l.nw.Ties),
		Groups:      len(l.nw.Groups),
		Memberships: l.nw.Memberships(),
	}
	return l.nw, l.rep, nil
}

// nothingImported is an error for a file from which no row was imported:
// a header and no rows, or rows that were all skipped. Reading such a file
// as if it held data would report an empty network as analysed.
func nothingImported(f *FileReport) error {
	if f.Imported > 0 {
		return nil
	}
	what := map[string]string{"people": "people or contacts", "memberships": "memberships", "networks": "networks",
		"ties": "ties", "goals": "goals", "aliases": "aliases (alias,organization)"}[f.Role]
	if f.RowsRead == 0 {
		if f.Format == FormatVCard {
			return &Error{Path: f.Path, Msg: "the file has no contacts", Hint: "export the contacts again, or leave out this file"}
		}
		if f.Format == FormatGraphML || f.Format == FormatGEXF {
			return &Error{Path: f.Path, Msg: "the graph has no nodes or edges", Hint: "export the graph again, or leave out this file"}
		}
		return &Error{Path: f.Path, Line: f.HeaderLine, Msg: "the file has a header but no rows",
			Hint: fmt.Sprintf("add the %s below the header, or leave out this file", what)}
	}
	reasons := make([]string, 0, len(f.SkippedByReason))
	for r := range f.SkippedByReason {
		reasons = append(reasons, r)
	}
	slices.Sort(reasons)
	for k, r := range reasons {
		reasons[k] = fmt.Sprintf("%d %s", f.SkippedByReason[r], r)
	}
	e := &Error{Path: f.Path, Msg: fmt.Sprintf("none of the %d rows could be imported (%s)", f.RowsRead, strings.Join(reasons, ", "))}
	if len(f.Skipped) > 0 {
		p := f.Skipped[0]
		e.Line, e.Column, e.Field = p.Line, p.Column, p.Field
		e.Hint = "the first: " + p.Reason
	}
	return e
}

func (l *loader) readFile(path string) ([]byte, error) {
	var raw []byte
	var err error
	if l.opt.FS != nil {
		raw, err = fs.ReadFile(l.opt.FS, path)
	} else {
		raw, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, readError(path, err)
	}
	l.counted(len(raw))
	return raw, nil
}

// inputBytes is the sum of the sizes of the files opt names, for
// Options.Progress: -1 when one of them is not a file of known size
// (standard input, a folder, a path that cannot be read).
func inputBytes(opt Options) int64 {
	var total int64
	for _, p := range []string{opt.Graph, opt.People, opt.Networks, opt.Memberships, opt.Ties, opt.OrgAliases} {
		if p == "" {
			continue
		}
		if p == Stdin {
			return -1
		}
		var fi fs.FileInfo
		var err error
		if opt.FS != nil {
			fi, err = fs.Stat(opt.FS, p)
		} else {
			fi, err = os.Stat(p)
		}
		if err != nil || !fi.Mode().IsRegular() {
			return -1
		}
		total += fi.Size()
	}
	return total
}

// counted adds n bytes read to what Options.Progress is told.
func (l *loader) counted(n int) {
	if l.opt.Progress == nil || n <= 0 {
		return
	}
	l.bytesRead += int64(n)
	l.opt.Progress(l.bytesRead, l.bytesTotal)
}

// countingReader tells the loader how many bytes pass through it.
type countingReader struct {
	r io.Reader
	l *loader
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.l.counted(n)
	return n, err
}

// readInput reads one input in its role: a graph file (GraphML, GEXF)
// whatever flag named it, else the role's own reader.
func (l *loader) readInput(role string, in *input, read func(*input) error) error {
	if kind := graphKind(in.head); kind != "" {
		return l.readGraph(role, kind, in)
	}
	if read == nil {
		return l.notAGraph(in)
	}
	if bytes.HasPrefix(in.head, []byte(oleMagic)) {
		return &Error{Path: in.path, Msg: "an Excel 97-2003 workbook (.xls) or another old Office document, not a CSV file",
			Hint: "save it as CSV (File > Save As > CSV UTF-8) and pass the .csv"}
	}
	if bytes.HasPrefix(in.head, zipMagic) {
		if bytes.Contains(in.head, []byte("Index/Document.iwa")) {
			return numbersError(in.path)
		}
		// A zip named by its path is read as a LinkedIn archive
		// (openArchive) when it comes with --people: this one comes from
		// standard input or another flag.
		if office, excel := officeKind(in.head); office {
			return officeError(in.path, excel)
		}
		if role == "people" {
			return &Error{Path: in.path, Msg: "a zip file (a LinkedIn archive?) cannot be read from standard input",
				Hint: "give the path of the .zip, or of the folder it unpacks to"}
		}
		return &Error{Path: in.path, Msg: fmt.Sprintf("a zip file, not a %s file", role),
			Hint: "unpack it and pass the CSV file inside; a LinkedIn archive is read with --people"}
	}
	before := len(l.rep.Files)
	if err := read(in); err != nil {
		return err
	}
	if len(l.rep.Files) > before {
		noteEncoding(l.rep.Files[len(l.rep.Files)-1], in)
	}
	return nil
}

// noteEncoding says where a file's text was not in the encoding it was
// read in, line by line, or names are garbled unseen.
func noteEncoding(f *FileReport, in *input) {
	if in.replaced != nil && *in.replaced > 0 {
		// UTF-16 judged on the file's head: past it, broken sequences
		// became U+FFFD.
		f.note("not UTF-16", Problem{
			Reason: fmt.Sprintf("%s past the first %d KB %s not UTF-16 and became U+FFFD (�): save the file as UTF-8 and read it again",
				pluralWord(*in.replaced, "a byte", "bytes"), headBytes/1024, map[bool]string{true: "was", false: "were"}[*in.replaced == 1])})
	}
	st := in.stats
	if st == nil {
		return
	}
	lines, all, reason := st.fallbackList, st.fallbackLines,
		"the line is not all UTF-8 (as the file is): its other bytes were read as Windows-1252 (ö, é, €); check its names, and save the file as UTF-8"
	kind := "not UTF-8"
	if in.enc == EncWindows1252 {
		lines, all, reason = st.utf8List, st.utf8Lines,
			"the line holds UTF-8 text in a file read as Windows-1252: read as UTF-8; check its names, and save the file as UTF-8"
		kind = "UTF-8 in Windows-1252"
	}
	for _, line := range lines {
		f.note(kind, Problem{Line: line, Reason: reason})
	}
	if more := all - len(lines); more > 0 {
		f.NotesByReason[kind] += more
		f.NotesNotListed += more
	}
	const undefined = "no Windows-1252"
	for _, line := range st.undefinedLines {
		f.note(undefined, Problem{Line: line, Reason: "the line holds a byte that is no character in Windows-1252 (0x81, 0x8D, 0x8F, 0x90 or 0x9D), shown as U+FFFD (�): the file is in another encoding (Mac Roman?); save it as UTF-8 and read it again"})
	}
	if more := st.undefined - len(st.undefinedLines); more > 0 {
		f.NotesByReason[undefined] += more
		f.NotesNotListed += more
	}
}

// checkStdin allows standard input for one input at most.
func checkStdin(opt Options) error {
	var flags []string
	for _, f := range []struct{ flag, path string }{{"graph", opt.Graph}, {"people", opt.People}, {"networks", opt.Networks},
		{"memberships", opt.Memberships}, {"ties", opt.Ties}, {"org-alias", opt.OrgAliases}} {
		if f.path == Stdin {
			flags = append(flags, "--"+f.flag)
		}
	}
	if len(flags) > 1 {
		return &Error{Path: stdinName, Msg: fmt.Sprintf("%s %s name standard input (-)", strings.Join(flags, " and "), map[bool]string{true: "both", false: "all"}[len(flags) == 2]),
			Hint: "standard input can be read once: name files for all but one of them"}
	}
	return nil
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// openFile opens a memberships, networks, ties or goals file, whose
// format is named after its role, and adds its report to the import's.
func (l *loader) openFile(role string, in *input, isHeader func([]string) bool) (*table, error) {
	t, err := openTable(role, in, func(c []string) string {
		if isHeader(c) {
			return role
		}
		return ""
	})
	if err != nil {
		return nil, err
	}
	if t == nil {
		return nil, l.noHeader(in, role, FormatAuto)
	}
	l.rep.Files = append(l.rep.Files, t.rep)
	return t, nil
}

// setEgo marks the ego named by Options.Ego in a generic people file.
func (l *loader) setEgo() error {
	if l.nw.Ego >= 0 || l.opt.Ego == "" {
		return nil
	}
	i, ok := l.nw.Index(l.opt.Ego)
	if !ok {
		return &Error{Path: l.opt.People, Msg: fmt.Sprintf("the ego %q is not among the people", l.opt.Ego),
			Hint: "give the id of a person in the people file with --ego"}
	}
	l.nw.Ego = i
	return nil
}

// person finds the person a tie or membership names: by id, else by a
// unique exact display name. An unknown person is added with no attributes
// and noted, or is an error with Strict.
func (l *loader) person(ref string, rep *FileReport, line, col int, field string) (int, error) {
	if i, ok := l.nw.Index(ref); ok {
		return i, nil
	}
	if p, ok := l.profiles[strings.ToLower(ref)]; ok {
		rep.note("profile address case", Problem{Line: line, Column: col, Field: field,
			Reason: fmt.Sprintf("%q is the LinkedIn profile %q written in another case (LinkedIn's addresses ignore case): matched", ref, l.nw.People[p.person].ID)})
		return p.person, nil
	}
	// The same text in another Unicode form is the same id, also under
	// strict: canonically equivalent strings are one text (Unicode NFC).
	if i, ok := l.samePerson(ref); ok && l.nw.People[i].ID != "" && norm.NFC.String(l.nw.People[i].ID) == norm.NFC.String(ref) {
		p := l.nw.People[i]
		rep.note("matched in another Unicode form", Problem{Line: line, Column: col, Field: field,
			Reason: fmt.Sprintf("%q is written with other code points than id %q but is the same text (Unicode normalisation NFC, as macOS and Windows tools differ in writing é or ö): matched", ref, p.ID)})
		return i, nil
	}
	ids := l.nw.IndexByName(ref)
	if l.strict() {
		hint := "add the person to the people file or correct the id"
		if len(ids) == 1 {
			hint = fmt.Sprintf("write the person's id, %q, not their name", l.nw.People[ids[0]].ID)
		}
		return -1, &Error{Path: rep.Path, Line: line, Column: col, Field: field,
			Msg:  fmt.Sprintf("%q is not in the people file", ref),
			Hint: hint + "; or " + l.lenient()}
	}
	if len(ids) == 1 {
		rep.note("matched by name", Problem{Line: line, Column: col, Field: field,
			Reason: fmt.Sprintf("%q is not an id; matched the person named so (id %q)", ref, l.nw.People[ids[0]].ID)})
		return ids[0], nil
	}
	if i, ok := l.samePerson(ref); ok {
		p := l.nw.People[i]
		rep.note("matched in another Unicode form", Problem{Line: line, Column: col, Field: field,
			Reason: fmt.Sprintf("%q is written with other code points than id %q (name %q) but is the same text (Unicode normalisation NFC, as macOS and Windows tools differ in writing é or ö): matched", ref, p.ID, p.Name)})
		return i, nil
	}
	why := fmt.Sprintf("%q is not in the people file: added with no attributes", ref)
	if len(ids) > 1 {
		var named []string
		for _, j := range ids[:min(len(ids), 5)] {
			named = append(named, strconv.Quote(l.nw.People[j].ID))
		}
		why = fmt.Sprintf("%q is no id, and the name of %d people (ids %s): which one cannot be told, so it is added as another person with no attributes; write the id instead",
			ref, len(ids), strings.Join(named, ", "))
	} else if other, ok := l.otherCase(ref); ok {
		why = fmt.Sprintf("%q is not in the people file (%q is: ids are case-sensitive, so they are two people): added with no attributes; if they are one person, write the id the same way everywhere", ref, other)
	}
	i, _ := l.nw.AddPerson(strings.Clone(ref), "")
	rep.note("unknown person added", Problem{Line: line, Column: col, Field: field, Reason: why})
	return i, nil
}

// strict reports whether a row naming someone not in the people file, or
// an empty person or network, stops the import (Options.Strict,
// Options.StrictPeopleFile).
func (l *loader) strict() bool {
	if l.opt.Strict {
		return true
	}
	if !l.opt.StrictPeopleFile {
		return false
	}
	for _, f := range l.rep.Files {
		if f.Role == "people" {
			return f.Format == FormatPeople
		}
	}
	return false
}

// lenient says how to read unknown people without an error.
func (l *loader) lenient() string {
	if l.opt.Strict {
		return "leave out --strict to add unknown people automatically, noted"
	}
	return "give --strict=false to add unknown people automatically, noted"
}

func (l *loader) addTie(t graph.Tie, rep *FileReport, line int) error {
	if err := l.nw.AddTie(t); err != nil {
		return err
	}
	if n := len(l.tieFiles); n == 0 || l.tieFiles[n-1].rep != rep {
		l.tieFiles = append(l.tieFiles, tieRun{start: len(l.tieLines), rep: rep})
	}
	l.tieLines = append(l.tieLines, int32(line))
	return nil
}

// exactCell is a category cell as the contracts compare it: exact text, not
// trimmed ("eng" and "eng " are two values, docs/spec metrics.md and
// evaluate.md), except that a cell of nothing but spaces is empty (it
// looks empty in every spreadsheet) and so missing.
func exactCell(s string) string {
	if n := len(s); n > 0 && ' ' < s[0] && s[0] < 0x80 {
		return s
	}
	if strings.TrimSpace(s) == "" {
		return ""
	}
	return s
}

// clean trims a cell; cells are otherwise kept as text, whatever they hold.
// noteTrimmed notes an id read without the spaces around it: ids are
// trimmed everywhere, so "p1 " is p1 in every file, and the user should
// know it was written otherwise.
func noteTrimmed(rep *FileReport, raw, id string, line, col int, field string) {
	if len(raw) != len(id) && id != "" {
		rep.note("spaces around an id", Problem{Line: line, Column: col, Field: field,
			Reason: fmt.Sprintf("%q has spaces around it: read as the id %q", short(raw), short(id))})
	}
}

func clean(s string) string {
	// Most cells start and end with a printable ASCII character: nothing
	// to trim (TrimSpace's Unicode spaces all start with a byte >= 0x80).
	if n := len(s); n > 0 && ' ' < s[0] && s[0] < 0x80 && ' ' < s[n-1] && s[n-1] < 0x80 {
		return s
	}
	return strings.TrimSpace(s)
}

// samePerson finds the person whose id, or unique name, is ref in another
// Unicode form: "Linnéa" written with é as one code point or as e and a
// combining accent (NFD, as some macOS tools write). It looks only at
// refs that are not ASCII, and builds its index once for the people so
// far.
func (l *loader) samePerson(ref string) (int, bool) {
	if isASCII(ref) {
		return 0, false
	}
	if l.composed == nil || l.composedN != len(l.nw.People) {
		l.composed = map[string]int{}
		names := map[string]int{}
		for _, p := range l.nw.People {
			if !isASCII(p.Name) {
				names[norm.NFC.String(p.Name)]++
			}
		}
		for i, p := range l.nw.People {
			if n := norm.NFC.String(p.Name); !isASCII(p.Name) && names[n] == 1 {
				l.composed[n] = i
			}
		}
		for i, p := range l.nw.People {
			if !isASCII(p.ID) {
				l.composed[norm.NFC.String(p.ID)] = i // an id before a name
			}
		}
		l.composedN = len(l.nw.People)
	}
	i, ok := l.composed[norm.NFC.String(ref)]
	return i, ok
}

// group returns the network called name, adding it if new. Network names
// are exact text (evaluate.md), so a name that reads as another network's
// but is written with other code points (NFC: é as one code point or as e
// and a combining accent) is another network, noted at line and col since
// no reader can tell the two apart.
func (l *loader) group(name string, rep *FileReport, line, col int, field string) int {
	if g, ok := l.nw.GroupIndex(name); ok {
		return g
	}
	if isASCII(name) {
		g, _ := l.nw.AddGroup(strings.Clone(name))
		return g
	}
	if l.groupsNFC == nil {
		l.groupsNFC = map[string]int{}
		for g, x := range l.nw.Groups {
			if !isASCII(x.Name) {
				l.groupsNFC[norm.NFC.String(x.Name)] = g
			}
		}
	}
	key := norm.NFC.String(name)
	g, _ := l.nw.AddGroup(strings.Clone(name))
	if first, ok := l.groupsNFC[key]; ok {
		rep.note("names differ only in Unicode form", Problem{Line: line, Column: col, Field: field,
			Reason: fmt.Sprintf("the network %q reads as the network %q but is written with other code points (Unicode NFC, as macOS and Windows tools differ in writing é or ö): they are two networks, since names are exact text; if they are one, write the name the same way in every file", short(name), short(l.nw.Groups[first].Name))})
	} else {
		l.groupsNFC[key] = g
	}
	return g
}

func isASCII(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] >= 0x80 {
			return false
		}
	}
	return true
}
