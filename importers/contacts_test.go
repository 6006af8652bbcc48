package importers

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/tiesnet/ties/graph"
)

const contactsDir = "../testdata/contacts/"

// wantContact is what a test expects of one contact: its attributes, its
// memberships (sorted) and its tie with the ego.
type wantContact struct {
	id, name                           string
	org, position, department, country string
	groups                             []string
	since                              string // the ego tie's Since
}

// sampleCase is what a test expects of one sample file.
type sampleCase struct {
	file                    string
	format, encoding, delim string
	headerLine              int
	read, imported          int
	skipped                 map[string]int // SkippedByReason
	notes                   map[string]int // some of NotesByReason
	contacts                []wantContact
	absent                  []string // ids that must not be people
}

// loadSample loads a sample file from testdata/contacts through Load, as the
// command does, and checks the accounting invariant.
func loadSample(t *testing.T, file string, opt Options) (*graph.Network, *FileReport) {
	t.Helper()
	opt.People = contactsDir + file
	nw, rep, err := Load(opt)
	if err != nil {
		t.Fatalf("Load(%s): %v", file, err)
	}
	checkAccounting(t, rep)
	if len(rep.Files) != 1 {
		t.Fatalf("%d file reports, want 1", len(rep.Files))
	}
	return nw, rep.Files[0]
}

// attrOf returns person i's value of a named attribute, "" if the
// attribute does not exist.
func attrOf(nw *graph.Network, i int, name string) string {
	a, ok := nw.AttributeIndex(name)
	if !ok {
		return ""
	}
	return nw.Attr(i, a)
}

// groupsOf returns the sorted names of the groups person i belongs to.
func groupsOf(nw *graph.Network, i int) []string {
	var out []string
	for _, g := range nw.Groups {
		for _, m := range g.Members {
			if m == i {
				out = append(out, g.Name)
			}
		}
	}
	sort.Strings(out)
	return out
}

// egoTie returns the tie between the ego and person i.
func egoTie(nw *graph.Network, i int) (graph.Tie, bool) {
	for _, t := range nw.Ties {
		if (t.From == nw.Ego && t.To == i) || (t.To == nw.Ego && t.From == i) {
			return t, true
		}
	}
	return graph.Tie{}, false
}

// checkContacts asserts each wanted contact and its mutual tie of type
// format with the ego "me", and that every tie is such a tie.
func checkContacts(t *testing.T, nw *graph.Network, format string, want []wantContact) {
	t.Helper()
	if nw.Ego < 0 || nw.People[nw.Ego].ID != DefaultEgo {
		t.Fatalf("ego = %d, want the person %q", nw.Ego, DefaultEgo)
	}
	for _, w := range want {
		i, ok := nw.Index(w.id)
		if !ok {
			ids := []string{}
			for _, p := range nw.People {
				ids = append(ids, p.ID)
			}
			t.Errorf("no person %q (people: %q)", w.id, ids)
			continue
		}
		got := wantContact{id: w.id, name: nw.People[i].Name,
			org: attrOf(nw, i, AttrOrganization), position: attrOf(nw, i, AttrPosition),
			department: attrOf(nw, i, AttrDepartment), country: attrOf(nw, i, AttrCountry),
			groups: groupsOf(nw, i)}
		tie, ok := egoTie(nw, i)
		if !ok {
			t.Errorf("%s: no tie with the ego", w.id)
		} else {
			got.since = tie.Since.String()
			if !tie.Mutual || nw.TieTypeName(tie.Type) != format || tie.Weight != 1 {
				t.Errorf("%s: ego tie %+v, want mutual, type %q, weight 1", w.id, tie, format)
			}
		}
		if w.groups == nil {
			w.groups = []string(nil)
		}
		sort.Strings(w.groups)
		if !reflect.DeepEqual(got, w) {
			t.Errorf("contact %s:\n got %+v\nwant %+v", w.id, got, w)
		}
	}
	for _, tie := range nw.Ties {
		if tie.From != nw.Ego && tie.To != nw.Ego {
			t.Errorf("tie %+v does not involve the ego", tie)
		}
	}
}

// The three names every sample carries (where its encoding can hold them).
var (
	asa     = "Åsa Öberg"
	zeljko  = "Željko Šimić"
	siobhan = "Siobhán O'Neil"
)

var sampleCases = []sampleCase{
	{
		file: "linkedin_connections.csv", format: FormatLinkedIn, encoding: EncUTF8, delim: ",", headerLine: 4,
		read: 7, imported: 5, skipped: map[string]int{"empty row": 1, "no name": 1},
		notes: map[string]int{"bad date": 1},
		contacts: []wantContact{
			{id: "asa-oberg-12ab3c", name: asa, org: "Nordvik Medical AB", position: "Senior Product Manager", since: "2024-03-15"},
			{id: "zeljko-simic", name: zeljko, org: "Adriatic Robotics d.o.o.", position: "Chief Technology Officer", since: "2021-11-02"},
			{id: "siobhan-oneil-7c", name: siobhan, org: "Galway Clinical Research, Ltd", position: "Clinical Research Lead", since: "2019-02-28"},
			{id: "priya-raman-0b1", name: "Priya Raman", org: "Göta Sensor Systems AB", position: "Head of Data, Sensors", since: "2020-01-01"},
			{id: "mikkovirtanen", name: "Mikko Virtanen", org: "Helsinki Health Tech Oy", position: "Director of Research"},
		},
		// The profile URL, not the e-mail address, is the id.
		absent: []string{"zeljko.simic@adriatic-robotics.example"},
	},
	{
		file: "linkedin_connections_two_notes.csv", format: FormatLinkedIn, encoding: EncUTF8, delim: ",", headerLine: 5,
		read: 5, imported: 4, skipped: map[string]int{"empty row": 1},
		notes: map[string]int{"bad date": 1},
		contacts: []wantContact{
			{id: "asa-oberg-12ab3c", name: asa, org: "Nordvik Medical AB", position: "Senior Product Manager\nConnected Care", since: "2024-03-15"},
			{id: "zeljko-simic", name: zeljko, org: "Adriatic Robotics d.o.o.", position: "CTO", since: "2021-11-02"},
			{id: "siobhan-oneil-7c", name: siobhan, org: "Galway Clinical Research, Ltd", position: "Clinical Research Lead", since: "2019-02-28"},
			{id: "lars-bergstrom", name: "Lars Bergström", org: "Volvo Cars", position: "Lead Engineer"},
		},
	},
	{
		file: "linkedin_connections_old.csv", format: FormatLinkedIn, encoding: EncUTF8, delim: ",", headerLine: 1,
		read: 3, imported: 3, skipped: map[string]int{},
		contacts: []wantContact{
			{id: "asa.oberg@nordvik.example", name: asa, org: "Nordvik Medical AB", position: "Product Manager", since: "2017-06-05"},
			{id: "zeljko-simic", name: zeljko, org: "Adriatic Robotics d.o.o.", position: "Robotics Engineer", since: "2016-11-23"},
			{id: "siobhan-oneil", name: siobhan, org: "Galway Clinical Research", position: "Research Nurse", since: "2015-01-30"},
		},
	},
	{
		file: "google_contacts.csv", format: FormatGoogle, encoding: EncUTF8, delim: ",", headerLine: 1,
		read: 6, imported: 5, skipped: map[string]int{"no name": 1},
		notes: map[string]int{"duplicate merged": 1},
		contacts: []wantContact{
			{id: "asa.oberg@nordvik.example", name: asa, org: "Nordvik Medical AB", position: "Senior Product Manager",
				department: "Product", country: "Sweden", groups: []string{"Product Circle", "Slottsskogen Morning Runners"}},
			{id: "zeljko.simic@adriatic-robotics.example", name: zeljko, org: "Adriatic Robotics d.o.o.", position: "CTO",
				country: "Croatia", groups: []string{"European MedTech Association"}},
			{id: "siobhan-oneil", name: siobhan, org: "Galway Clinical Research, Ltd", position: "Clinical Research Lead",
				department: "Oncology", country: "Ireland", groups: []string{"Product Circle"}},
			{id: "mikael.f@example.se"},
		},
		absent: []string{"asa@oberg.example", "zeljko@simic.example", "nordvik-medical-ab"},
	},
	{
		file: "google_contacts_legacy.csv", format: FormatGoogle, encoding: EncUTF8BOM, delim: ",", headerLine: 1,
		read: 4, imported: 3, skipped: map[string]int{"empty row": 1},
		contacts: []wantContact{
			{id: "asa.oberg@nordvik.example", name: asa, org: "Nordvik Medical AB", position: "Product Manager",
				country: "Sweden", groups: []string{"Slottsskogen Morning Runners"}},
			{id: "zeljko.simic@adriatic-robotics.example", name: zeljko, org: "Adriatic Robotics d.o.o.",
				department: "R&D", country: "Croatia", groups: []string{"Coworkers"}},
			{id: "siobhan-oneil", name: siobhan, org: "Galway Clinical Research, Ltd", country: "Ireland", groups: []string{"Friends"}},
		},
	},
	{
		file: "outlook_en.csv", format: FormatOutlook, encoding: EncUTF8, delim: ",", headerLine: 1,
		read: 6, imported: 4, skipped: map[string]int{"empty row": 1, "no name": 1},
		notes: map[string]int{"exchange address": 1},
		contacts: []wantContact{
			{id: "asa.oberg@nordvik.example", name: asa, org: "Nordvik Medical AB", position: "Senior Product Manager",
				department: "Product", country: "Sweden", groups: []string{"Customers", "Product Circle"}},
			{id: "zeljko-simic", name: zeljko, org: "Adriatic Robotics d.o.o.", position: "Chief Technology Officer",
				country: "Croatia", groups: []string{"European MedTech Association"}},
			{id: "siobhan.oneil@gcr.example", name: siobhan, org: "Galway Clinical Research, Ltd", position: "Clinical Research Lead",
				department: "Oncology", country: "Ireland", groups: []string{"European MedTech Association", "Product Circle"}},
			{id: "reception@nordvik.example", name: "Nordvik Reception", org: "Nordvik Medical AB"},
		},
	},
	{
		file: "outlook_en_utf16.csv", format: FormatOutlook, encoding: EncUTF16LE, delim: ",", headerLine: 1,
		read: 3, imported: 3, skipped: map[string]int{},
		notes: map[string]int{"exchange address": 1},
		contacts: []wantContact{
			{id: "asa.oberg@nordvik.example", name: asa, org: "Nordvik Medical AB", position: "Senior Product Manager",
				department: "Product", country: "Sweden", groups: []string{"Customers", "Product Circle"}},
			{id: "zeljko-simic", name: zeljko, org: "Adriatic Robotics d.o.o.", position: "Chief Technology Officer",
				country: "Croatia", groups: []string{"European MedTech Association"}},
			{id: "siobhan.oneil@gcr.example", name: siobhan, org: "Galway Clinical Research, Ltd", position: "Clinical Research Lead",
				department: "Oncology", country: "Ireland", groups: []string{"European MedTech Association", "Product Circle"}},
		},
	},
	{
		file: "outlook_sv.csv", format: FormatOutlook, encoding: EncWindows1252, delim: ";", headerLine: 1,
		read: 3, imported: 3, skipped: map[string]int{},
		contacts: []wantContact{
			{id: "asa.oberg@nordvik.example", name: asa, org: "Nordvik Medical AB", position: "Produktchef",
				department: "Produkt", country: "Sverige", groups: []string{"Kunder", "Löparklubben"}},
			{id: "siobhan.oneil@gcr.example", name: siobhan, org: "Galway Clinical Research, Ltd", position: "Forskningsledare",
				country: "Irland", groups: []string{"Europeiska MedTech-föreningen"}},
			{id: "bjorn-agren", name: "Björn Ågren", org: "Fjällräven Konsult AB", position: "Säljare",
				country: "Norge", groups: []string{"Kunder", "Löparklubben"}},
		},
	},
	{
		file: "outlook_de.csv", format: FormatOutlook, encoding: EncUTF8BOM, delim: ";", headerLine: 1,
		read: 3, imported: 3, skipped: map[string]int{},
		contacts: []wantContact{
			{id: "asa.oberg@nordvik.example", name: asa, org: "Nordvik Medical AB", position: "Produktmanagerin",
				department: "Produkt", country: "Schweden", groups: []string{"Kunden", "Produktkreis"}},
			{id: "zeljko.simic@adriatic-robotics.example", name: zeljko, org: "Adriatic Robotics d.o.o.", position: "Technischer Leiter",
				country: "Kroatien", groups: []string{"Produktkreis"}},
			{id: "siobhan-oneil", name: siobhan, org: "Galway Clinical Research, Ltd", position: "Leiterin klinische Forschung",
				department: "Onkologie", country: "Irland", groups: []string{"Europäischer MedTech-Verband"}},
		},
	},
	{
		file: "outlook_com.csv", format: FormatOutlook, encoding: EncUTF8, delim: ",", headerLine: 1,
		read: 3, imported: 3, skipped: map[string]int{},
		contacts: []wantContact{
			{id: "asa.oberg@nordvik.example", name: asa, org: "Nordvik Medical AB", position: "Senior Product Manager",
				department: "Product", country: "Sweden", groups: []string{"Product Circle"}},
			{id: "zeljko.simic@adriatic-robotics.example", name: zeljko, org: "Adriatic Robotics d.o.o.", position: "CTO",
				country: "Croatia", groups: []string{"European MedTech Association", "Product Circle"}},
			{id: "siobhan-oneil", name: siobhan, org: "Galway Clinical Research, Ltd", position: "Clinical Research Lead", country: "Ireland"},
		},
	},
	{
		file: "contacts_21.vcf", format: FormatVCard, encoding: EncUTF8,
		read: 3, imported: 3, skipped: map[string]int{},
		contacts: []wantContact{
			{id: "asa.oberg@nordvik.example", name: asa, org: "Nordvik Medical AB", position: "Senior Product Manager",
				department: "Produkt", country: "Sverige", groups: []string{"Customers", "Product Circle"}},
			{id: "zeljko.simic@adriatic-robotics.example", name: zeljko, org: "Adriatic Robotics d.o.o.", position: "CTO",
				department: "Istraživanje i razvoj", groups: []string{"European MedTech Association"}},
			{id: "siobhan-oneil", name: siobhan, org: "Galway Clinical Research, Ltd", position: "Clinical Research Lead", country: "Ireland"},
		},
		absent: []string{"asa@oberg.example"}, // the PREF address is the id
	},
	{
		file: "contacts_30.vcf", format: FormatVCard, encoding: EncUTF8,
		read: 4, imported: 3, skipped: map[string]int{"not a person": 1},
		contacts: []wantContact{
			{id: "asa.oberg@nordvik.example", name: asa, org: "Nordvik Medical AB", position: "Senior Product Manager",
				department: "Product", country: "Sweden", groups: []string{"Product Circle", "Slottsskogen Morning Runners"}},
			{id: "zeljko.simic@adriatic-robotics.example", name: zeljko, org: "Adriatic Robotics d.o.o.", position: "Chief Technology Officer",
				department: "Research and Development", country: "Croatia", groups: []string{"European MedTech Association"}},
			{id: "siobhan.oneil@gcr.example", name: siobhan, org: "Galway Clinical Research, Ltd", position: "Clinical Research Lead",
				department: "Oncology", country: "Ireland", groups: []string{"European MedTech Association", "Product Circle"}},
		},
		absent: []string{"runners"},
	},
	{
		file: "contacts_40.vcf", format: FormatVCard, encoding: EncUTF8,
		read: 4, imported: 3, skipped: map[string]int{"company card": 1},
		contacts: []wantContact{
			{id: "asa.oberg@nordvik.example", name: asa, org: "Nordvik Medical AB", position: "Senior Product Manager",
				department: "Product", country: "Sweden", groups: []string{"Customers", "Product Circle"}},
			{id: "zeljko.simic@adriatic-robotics.example", name: zeljko, org: "Adriatic Robotics d.o.o.", position: "CTO",
				country: "Croatia", groups: []string{"European MedTech Association"}},
			// ROLE stands in for a missing TITLE; the work address's country wins.
			{id: "siobhan-oneil", name: siobhan, org: "Galway Clinical Research, Ltd", position: "Clinical Research Lead",
				country: "Ireland", groups: []string{"European MedTech Association"}},
		},
		absent: []string{"zeljko@simic.example", "nordvik-medical-ab"},
	},
	{
		file: "contacts_broken.vcf", format: FormatVCard, encoding: EncUTF8,
		read: 5, imported: 2, skipped: map[string]int{"no END:VCARD": 2, "no name": 1},
		notes: map[string]int{"outside a card": 1, "not a property": 1},
		contacts: []wantContact{
			{id: "asa.oberg@nordvik.example", name: asa},
			{id: "siobhan-oneil", name: siobhan},
		},
		absent: []string{"zeljko-simic", "mikko.virtanen@hht.example"},
	},
}

func TestContactSamples(t *testing.T) {
	for _, tc := range sampleCases {
		t.Run(tc.file, func(t *testing.T) {
			nw, f := loadSample(t, tc.file, Options{NoDerive: true})
			if f.Role != "people" || f.Format != tc.format || f.Encoding != tc.encoding || f.Delimiter != tc.delim || f.HeaderLine != tc.headerLine {
				t.Errorf("detected role %s format %s, encoding %s, delimiter %q, header line %d; want %s, %s, %q, %d",
					f.Role, f.Format, f.Encoding, f.Delimiter, f.HeaderLine, tc.format, tc.encoding, tc.delim, tc.headerLine)
			}
			if f.RowsRead != tc.read || f.Imported != tc.imported || f.RowsRead != f.Imported+f.SkippedCount() {
				t.Errorf("read %d, imported %d, skipped %d; want %d, %d, %d",
					f.RowsRead, f.Imported, f.SkippedCount(), tc.read, tc.imported, tc.read-tc.imported)
			}
			if !reflect.DeepEqual(f.SkippedByReason, tc.skipped) {
				t.Errorf("skipped by reason %v, want %v (%v)", f.SkippedByReason, tc.skipped, f.Skipped)
			}
			for k, n := range tc.notes {
				if f.NotesByReason[k] != n {
					t.Errorf("notes %q = %d, want %d (%v)", k, f.NotesByReason[k], n, f.Notes)
				}
			}
			checkContacts(t, nw, tc.format, tc.contacts)
			// Every imported contact is one person besides the ego (no
			// sample has a contact merged into another across ids).
			merged := f.NotesByReason["duplicate merged"]
			if got := len(nw.People) - 1; got != f.Imported-merged {
				t.Errorf("%d contacts in the model, want %d imported - %d merged", got, f.Imported, merged)
			}
			if len(nw.Ties) != len(nw.People)-1 {
				t.Errorf("%d ties for %d contacts", len(nw.Ties), len(nw.People)-1)
			}
			for _, id := range tc.absent {
				if _, ok := nw.Index(id); ok {
					t.Errorf("person %q should not exist", id)
				}
			}
		})
	}
}

// Every sample file is covered by a case, and every case by a file.
func TestContactSamplesAllListed(t *testing.T) {
	files, err := filepath.Glob(contactsDir + "*")
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, tc := range sampleCases {
		listed[tc.file] = true
	}
	readme, err := os.ReadFile(contactsDir + "README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		if name == "README.md" || strings.HasSuffix(name, ".py") {
			continue
		}
		if !listed[name] {
			t.Errorf("sample %s has no test case", name)
		}
		if !strings.Contains(string(readme), "`"+name+"`") {
			t.Errorf("sample %s is not described in README.md", name)
		}
		delete(listed, name)
	}
	for name := range listed {
		t.Errorf("test case for missing sample %s", name)
	}
}

// The names that matter survive every encoding: Windows-1252 cannot hold
// Željko Šimić, so outlook_sv.csv carries the two others.
func TestContactNamesSurviveEveryEncoding(t *testing.T) {
	seen := map[string]map[string]bool{} // encoding -> names
	for _, tc := range sampleCases {
		nw, f := loadSample(t, tc.file, Options{})
		if seen[f.Encoding] == nil {
			seen[f.Encoding] = map[string]bool{}
		}
		for _, p := range nw.People {
			seen[f.Encoding][p.Name] = true
		}
	}
	for _, enc := range []string{EncUTF8, EncUTF8BOM, EncUTF16LE, EncWindows1252} {
		names := []string{asa, zeljko, siobhan}
		if enc == EncWindows1252 {
			names = []string{asa, siobhan}
		}
		for _, n := range names {
			if !seen[enc][n] {
				t.Errorf("%s: no sample in %s keeps the name %q", enc, enc, n)
			}
		}
	}
}

// Problems are reported on the exact line, also after a quoted cell that
// spans lines: a multi-line Position pushes every later row down by one.
func TestContactLinesAfterMultiLineCell(t *testing.T) {
	_, f := loadSample(t, "linkedin_connections_two_notes.csv", Options{})
	want := []Problem{{Line: 10, Reason: "empty row"}}
	if !reflect.DeepEqual(f.Skipped, want) {
		t.Errorf("skipped %+v, want %+v", f.Skipped, want)
	}
	if len(f.Notes) != 1 || f.Notes[0].Line != 11 || f.Notes[0].Column != 6 || f.Notes[0].Field != "Connected On" ||
		!strings.Contains(f.Notes[0].Reason, `"31 Feb 2022"`) {
		t.Errorf("notes %+v, want the bad date on line 11, column 6", f.Notes)
	}

	// Outlook: the Notes cell of the first contact spans lines 2-3.
	_, f = loadSample(t, "outlook_en.csv", Options{})
	var lines []string
	for _, p := range append(append([]Problem{}, f.Skipped...), f.Notes...) {
		lines = append(lines, fmt.Sprintf("%d:%d", p.Line, p.Column))
	}
	if got := strings.Join(lines, " "); got != "7:0 8:2 1:0 4:58" {
		t.Errorf("problem positions %s, want 7:0 8:2 (skipped) 1:0 4:58 (notes)", got)
	}

	// In-memory: a cell with two line breaks, then a nameless row.
	const file = "First Name,Last Name,Company,Position,Connected On\n" +
		"Åsa,Öberg,Nordvik,\"one\ntwo\nthree\",15 Mar 2024\n" +
		",,Nobody AB,,01 Jan 2020\n"
	_, rep := mustLoad(t, map[string]string{"c.csv": file}, Options{People: "c.csv"})
	if s := rep.Files[0].Skipped; len(s) != 1 || s[0].Line != 5 || s[0].Column != 1 {
		t.Errorf("skipped %+v, want the nameless row on line 5, column 1", s)
	}
}

// Hostile cells are kept as text or reported; nothing panics.
func TestContactHostileCells(t *testing.T) {
	long := strings.Repeat("x", 10000)
	const formula = `=HYPERLINK("http://evil","x")`
	const script = `<script>alert(1)</script>`
	cases := []struct {
		name, file string
		format     string
		check      func(t *testing.T, nw *graph.Network, f *FileReport)
	}{
		{"linkedin formula, script, quotes, long", "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
			`"=HYPERLINK(""http://evil"",""x"")",Smith,"=HYPERLINK(""http://evil"",""x"")","=cmd|' /C calc'!A0",` + script + `,"He said ""hi""","=HYPERLINK(""http://evil"",""x"")"` + "\n" +
			"Long,Name," + "," + "," + long + "," + long + ",15 Mar 2024\n" +
			`Bare,Quote,,,` + formula + ",,\n", // a bare quote: the row is malformed CSV
			FormatLinkedIn, func(t *testing.T, nw *graph.Network, f *FileReport) {
				i, ok := nw.Index(slug(formula + " Smith"))
				if !ok {
					t.Fatalf("formula contact missing (skipped: %v)", f.Skipped)
				}
				if f.SkippedByReason["malformed CSV"] != 1 || f.Skipped[0].Line != 4 {
					t.Errorf("skipped %v, want the bare quote on line 4 as malformed CSV", f.Skipped)
				}
				if nw.People[i].Name != formula+" Smith" || attrOf(nw, i, AttrOrganization) != script || attrOf(nw, i, AttrPosition) != `He said "hi"` {
					t.Errorf("hostile cells not kept as text: %q %q %q", nw.People[i].Name, attrOf(nw, i, AttrOrganization), attrOf(nw, i, AttrPosition))
				}
				for _, k := range []string{"not a profile URL", "not an e-mail address", "bad date"} {
					if f.NotesByReason[k] != 1 {
						t.Errorf("notes %q = %d, want 1 (%v)", k, f.NotesByReason[k], f.Notes)
					}
				}
				j, ok := nw.Index("long-name")
				if !ok || attrOf(nw, j, AttrOrganization) != long || attrOf(nw, j, AttrPosition) != long {
					t.Error("10 000-character cells not kept")
				}
			}},
		{"google newline in a name", "Name,Labels,E-mail 1 - Value\n\"Åsa\nÖberg\",\"" + script + " ::: * starred\",\n", FormatGoogle,
			func(t *testing.T, nw *graph.Network, f *FileReport) {
				i, ok := nw.Index("asa-oberg")
				if !ok || nw.People[i].Name != "Åsa\nÖberg" || !reflect.DeepEqual(groupsOf(nw, i), []string{script}) {
					t.Errorf("people %q groups %+v", nw.People, nw.Groups)
				}
			}},
		{"outlook long categories", "First Name,Last Name,Company,Categories\nÅsa,Öberg,Nordvik,\"" + long + ";" + strings.ReplaceAll(formula, `"`, `""`) + "\"\n", FormatOutlook,
			func(t *testing.T, nw *graph.Network, f *FileReport) {
				// A formula with a comma is split like any category list.
				i, _ := nw.Index("asa-oberg")
				if got := groupsOf(nw, i); len(got) != 3 || got[2] != long {
					t.Errorf("groups %q", got)
				}
			}},
		{"vcard script and long", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + script + "\r\nORG:" + long + "\r\nTITLE:" + formula + "\r\nEND:VCARD\r\n", FormatVCard,
			func(t *testing.T, nw *graph.Network, f *FileReport) {
				i, ok := nw.Index("script-alert-1-script")
				if !ok || nw.People[i].Name != script || attrOf(nw, i, AttrOrganization) != long || attrOf(nw, i, AttrPosition) != formula {
					t.Errorf("vCard hostile values not kept (ok %v)", ok)
				}
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			nw, rep := mustLoad(t, map[string]string{"c": tc.file}, Options{People: "c"})
			f := rep.Files[0]
			if f.Format != tc.format {
				t.Fatalf("format %s, want %s", f.Format, tc.format)
			}
			tc.check(t, nw, f)
		})
	}
}

// Empty files, blank files and bare headers: all errors. A header without
// rows would give the ego alone, reported as "every row imported".
func TestContactEmptyAndHeaderOnly(t *testing.T) {
	for _, format := range []string{FormatAuto, FormatLinkedIn, FormatGoogle, FormatOutlook, FormatVCard} {
		for _, body := range []string{"", "\n\n  \r\n", "\ufeff", "\xff\xfe"} {
			_, _, err := loadFS(t, map[string]string{"c": body}, Options{People: "c", PeopleFormat: format})
			if e := asError(t, err); !strings.Contains(e.Msg, "empty") {
				t.Errorf("format %q, body %q: %v, want an empty-file error", format, body, err)
			}
		}
	}
	headers := map[string]string{
		FormatLinkedIn: "Notes:\n\"x\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
		FormatGoogle:   "First Name,Middle Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value\n",
		FormatOutlook:  "\"First Name\",\"Last Name\",\"Company\",\"E-mail Address\"\r\n",
	}
	for format, h := range headers {
		_, rep, err := loadFS(t, map[string]string{"c": h}, Options{People: "c"})
		e := asError(t, err)
		if e.Msg != "the file has a header but no rows" || e.Line != rep.Files[0].HeaderLine || rep.Files[0].Format != format {
			t.Errorf("%s header only: %v (format %s)", format, err, rep.Files[0].Format)
		}
	}
}

// The row decoder counts every row it reads, including the ones it gives
// addContacts; addContacts must not count them again.
func TestContactRowsCountedOnce(t *testing.T) {
	const file = "First Name,Last Name,Connected On\nA,B,01 Jan 2020\n,,\nC,D,02 Jan 2020\n,,01 Jan 2020\n"
	_, rep := mustLoad(t, map[string]string{"c.csv": file}, Options{People: "c.csv"})
	f := rep.Files[0]
	if f.RowsRead != 4 || f.Imported != 2 || f.SkippedCount() != 2 {
		t.Errorf("read %d imported %d skipped %d; want 4, 2, 2", f.RowsRead, f.Imported, f.SkippedCount())
	}
}

// Options that shape a contact import: the ego's id and name, and NoEgo.
func TestContactEgoOptions(t *testing.T) {
	nw, _ := loadSample(t, "outlook_com.csv", Options{Ego: "karin", EgoName: "Karin Lindqvist"})
	if nw.Ego < 0 || nw.People[nw.Ego].ID != "karin" || nw.People[nw.Ego].Name != "Karin Lindqvist" || len(nw.Ties) != 3 {
		t.Errorf("ego %d %+v, %d ties", nw.Ego, nw.People, len(nw.Ties))
	}
	nw, f := loadSample(t, "outlook_com.csv", Options{NoEgo: true})
	if nw.Ego != -1 || len(nw.People) != 3 || len(nw.Ties) != 0 || f.Imported != 3 {
		t.Errorf("NoEgo: ego %d, %d people, %d ties", nw.Ego, len(nw.People), len(nw.Ties))
	}
	if _, ok := nw.Index(DefaultEgo); ok {
		t.Error("NoEgo added the ego")
	}
}

// A contact format forced on another format's file is an error naming the
// expected header, never a silent misreading.
func TestContactForcedFormatMismatch(t *testing.T) {
	cases := []struct{ file, format string }{
		{"google_contacts.csv", FormatOutlook},
		{"outlook_com.csv", FormatGoogle},
		{"linkedin_connections.csv", FormatOutlook},
		{"outlook_en.csv", FormatLinkedIn},
		{"contacts_30.vcf", FormatGoogle},
		{"google_contacts.csv", FormatVCard},
	}
	for _, tc := range cases {
		_, _, err := Load(Options{People: contactsDir + tc.file, PeopleFormat: tc.format})
		e := asError(t, err)
		if !strings.Contains(strings.ToLower(e.Msg), tc.format) && !strings.Contains(e.Msg, "vCard") {
			t.Errorf("%s as %s: %v", tc.file, tc.format, err)
		}
	}
	// The right format forced reads as detection does.
	for _, tc := range sampleCases {
		_, f := loadSample(t, tc.file, Options{PeopleFormat: tc.format})
		if f.Format != tc.format || f.Imported != tc.imported {
			t.Errorf("%s forced %s: format %s, imported %d", tc.file, tc.format, f.Format, f.Imported)
		}
	}
}

// Contacts from an export combine with memberships and ties files, which
// may name contacts by id or by display name.
func TestContactsWithOtherFiles(t *testing.T) {
	files := map[string]string{
		"m.csv": "person_id,network\nÅsa Öberg,Board of Nordvik\nzeljko-simic,Board of Nordvik\n",
		"t.csv": "source,target,weight\nasa-oberg-12ab3c,zeljko-simic,2\n",
	}
	raw, err := os.ReadFile(contactsDir + "linkedin_connections.csv")
	if err != nil {
		t.Fatal(err)
	}
	files["c.csv"] = string(raw)
	nw, rep := mustLoad(t, files, Options{People: "c.csv", Memberships: "m.csv", Ties: "t.csv"})
	if len(rep.Files) != 3 {
		t.Fatalf("%d files", len(rep.Files))
	}
	g, ok := nw.GroupIndex("Board of Nordvik")
	if !ok || len(nw.Groups[g].Members) != 2 {
		t.Errorf("groups %+v", nw.Groups)
	}
	if len(nw.Ties) != 6 {
		t.Errorf("%d ties, want 5 ego ties and 1 tie from the ties file", len(nw.Ties))
	}
}
