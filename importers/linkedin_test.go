package importers

import (
	"reflect"
	"strings"
	"testing"
)

func TestIsLinkedInHeader(t *testing.T) {
	cases := []struct {
		header string
		want   bool
	}{
		{"First Name,Last Name,URL,Email Address,Company,Position,Connected On", true},
		{"First Name,Last Name,Email Address,Company,Position,Connected On", true}, // older: no URL
		{"First Name,Last Name,URL,Company,Position,Connected On", true},           // no e-mail
		{"first_name,last_name,url,email_address,company,position,connected_on", true},
		{"FIRST NAME,LAST NAME,CONNECTED ON", true},
		{"First Name,Last Name,URL,Email Address,Company,Position", false}, // no Connected On
		{"id,First Name,Last Name,Connected On", false},                    // a people file
		{"Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title", false},
		{"First Name,Middle Name,Last Name,Labels,E-mail 1 - Value", false},
		{"Notes:", false},
		{"", false},
	}
	for _, tc := range cases {
		if got := isLinkedInHeader(trimAll(strings.Split(tc.header, ","))); got != tc.want {
			t.Errorf("isLinkedInHeader(%q) = %v, want %v", tc.header, got, tc.want)
		}
	}
}

func TestEmailAddress(t *testing.T) {
	cases := map[string]string{
		"asa@nordvik.example":                "asa@nordvik.example",
		"  asa@nordvik.example ":             "asa@nordvik.example",
		"Åsa Öberg <asa@nordvik.example>":    "asa@nordvik.example",
		`"Öberg, Åsa" <asa@nordvik.example>`: "asa@nordvik.example",
		"mailto:asa@nordvik.example":         "asa@nordvik.example",
		"MAILTO:asa@nordvik.example":         "asa@nordvik.example",
		"":                                   "",
		"asa":                                "",
		"@nordvik.example":                   "",
		"asa@":                               "",
		"/o=ExchangeLabs/ou=Exchange/cn=asa": "",
		`=HYPERLINK("mailto:a@b.se","x")`:    "",
		"asa @nordvik.example":               "",
		"<script>@x</script>":                "",
		"siobhan.o'neil@gcr.example":         "siobhan.o'neil@gcr.example",
		"zeljko.šimić@adriatic.example":      "zeljko.šimić@adriatic.example",
	}
	for in, want := range cases {
		if got := emailAddress(in); got != want {
			t.Errorf("emailAddress(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSplitAny(t *testing.T) {
	cases := []struct {
		in   string
		seps []string
		want []string
	}{
		{"a ::: b:::c", []string{":::"}, []string{"a", "b", "c"}},
		{" ::: ", []string{":::"}, []string{}},
		{"Kunder;Löparklubben, Styrelse ;", []string{";", ","}, []string{"Kunder", "Löparklubben", "Styrelse"}},
		{"", []string{";"}, []string{}},
	}
	for _, tc := range cases {
		got := splitAny(tc.in, tc.seps...)
		if len(got) == 0 && len(tc.want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("splitAny(%q, %q) = %q, want %q", tc.in, tc.seps, got, tc.want)
		}
	}
}

// Ids come from the profile URL (its slug, unescaped), else the e-mail
// address, else the name; a URL that is no profile is noted and not used.
func TestLinkedInIDs(t *testing.T) {
	const file = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
		"Åsa,Öberg,https://www.linkedin.com/in/%C3%A5sa-%C3%B6berg/,asa@nordvik.example,Nordvik,PM,15 Mar 2024\n" +
		"Željko,Šimić,https://www.linkedin.com/company/adriatic-robotics,\"Željko <zeljko@adriatic.example>\",Adriatic,CTO,02 Nov 2021\n" +
		"Siobhán,O'Neil,,,GCR,Lead,28 Feb 2019\n" +
		"Siobhán,O'Neil,,,GCR,Lead,28 Feb 2019\n" + // same name, same values: merged
		"Siobhán,O'Neil,,,Other Ltd,Lead,28 Feb 2019\n" // same name, another company: kept apart
	nw, rep := mustLoad(t, map[string]string{"c.csv": file}, Options{People: "c.csv"})
	f := rep.Files[0]
	for _, id := range []string{"åsa-öberg", "zeljko@adriatic.example", "siobhan-oneil", "siobhan-oneil-2"} {
		if _, ok := nw.Index(id); !ok {
			t.Errorf("no person %q", id)
		}
	}
	if f.Imported != 5 || f.NotesByReason["not a profile URL"] != 1 || f.NotesByReason["duplicate merged"] != 1 || f.NotesByReason["same name"] != 1 {
		t.Errorf("imported %d, notes %v", f.Imported, f.NotesByReason)
	}
	if n := f.Notes[0]; n.Line != 3 || n.Column != 3 || n.Field != "URL" {
		t.Errorf("URL note %+v, want line 3, column 3 (URL)", n)
	}
	// Every contact is tied once to the ego, dated.
	if len(nw.Ties) != 4 {
		t.Errorf("%d ties, want 4", len(nw.Ties))
	}
	for _, tie := range nw.Ties {
		if tie.Since.IsZero() || nw.TieTypeName(tie.Type) != FormatLinkedIn || !tie.Mutual {
			t.Errorf("tie %+v", tie)
		}
	}
}

// A LinkedIn export re-saved by Swedish Excel: ';', Windows-1252, ISO dates.
func TestLinkedInSemicolonWindows1252(t *testing.T) {
	file := "Notes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n\r\n" +
		"First Name;Last Name;URL;Email Address;Company;Position;Connected On\r\n" +
		"\xc5sa;\xd6berg;https://www.linkedin.com/in/asa-oberg;;Nordvik Medical AB;Produktchef;2024-03-15\r\n" +
		"Siobh\xe1n;O'Neil;;;Galway Clinical Research, Ltd;Lead;15 Mar 2024\r\n"
	nw, rep := mustLoad(t, map[string]string{"c.csv": file}, Options{People: "c.csv"})
	f := rep.Files[0]
	if f.Format != FormatLinkedIn || f.Encoding != EncWindows1252 || f.Delimiter != ";" || f.HeaderLine != 4 || f.Imported != 2 {
		t.Fatalf("format %s encoding %s delimiter %q header %d imported %d", f.Format, f.Encoding, f.Delimiter, f.HeaderLine, f.Imported)
	}
	checkContacts(t, nw, FormatLinkedIn, []wantContact{
		{id: "asa-oberg", name: asa, org: "Nordvik Medical AB", position: "Produktchef", since: "2024-03-15"},
		{id: "siobhan-oneil", name: siobhan, org: "Galway Clinical Research, Ltd", position: "Lead", since: "2024-03-15"},
	})
}

// LinkedIn's profile addresses ignore case: two rows whose slugs differ
// only in case are one contact, noted with the line and column, merged.
func TestLinkedInSlugCase(t *testing.T) {
	const file = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
		"Anna,Berg,https://www.linkedin.com/in/AnnaBerg/,,Nordvik,PM,15 Mar 2024\n" +
		"Bo,Ek,https://www.linkedin.com/in/bo-ek/,,Adriatic,CTO,02 Nov 2021\n" +
		"Anna,Berg,https://www.linkedin.com/in/annaberg,,Nordvik,PM,01 Mar 2024\n"
	nw, rep := mustLoad(t, map[string]string{"c.csv": file}, Options{People: "c.csv"})
	f := rep.Files[0]
	if len(nw.People) != 3 { // the ego, Anna, Bo
		t.Fatalf("%d people, want 3", len(nw.People))
	}
	if _, ok := nw.Index("AnnaBerg"); !ok {
		t.Error("Anna's id is not her slug as first read")
	}
	if f.NotesByReason["profile address case"] != 1 || f.NotesByReason["duplicate merged"] != 1 {
		t.Fatalf("notes %v", f.NotesByReason)
	}
	for _, n := range f.Notes {
		if n.Reason != "" && strings.Contains(n.Reason, "only in case") && (n.Line != 4 || n.Column != 3 || !strings.Contains(n.Reason, "line 2")) {
			t.Errorf("note %+v, want line 4, column 3, naming line 2", n)
		}
	}
	// The repeated contact keeps the earliest day.
	a, _ := nw.Index("AnnaBerg")
	for _, tie := range nw.Ties {
		if tie.To == a && tie.Since.String() != "2024-03-01" {
			t.Errorf("Anna's tie began %s, want 2024-03-01", tie.Since)
		}
	}
}

// Another file may name a LinkedIn contact's slug in any case; slugs
// that differ in letters (ß and ss) are two people; an ego given by a
// slug's other case stays the ego.
func TestLinkedInSlugCaseElsewhere(t *testing.T) {
	const file = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
		"Anna,Berg,https://www.linkedin.com/in/AnnaBerg/,,Nordvik,PM,15 Mar 2024\n" +
		"Eve,Strauss,https://www.linkedin.com/in/evestraße,,Acme,PM,15 Mar 2024\n" +
		"Eva,Strasse,https://www.linkedin.com/in/evestrasse,,Other,Dev,15 Mar 2024\n"
	files := map[string]string{"c.csv": file, "m.csv": "person_id,network\nannaberg,N1\nANNABERG,N2\n"}
	nw, rep := mustLoad(t, files, Options{People: "c.csv", Memberships: "m.csv"})
	if len(nw.People) != 4 {
		t.Fatalf("%d people, want the ego, Anna and two Evs", len(nw.People))
	}
	a, _ := nw.Index("AnnaBerg")
	for _, g := range nw.Groups {
		if len(g.Members) != 1 || g.Members[0] != a {
			t.Errorf("%s: members %v, want Anna (%d)", g.Name, g.Members, a)
		}
	}
	m := fileReport(t, rep, "memberships")
	if m.NotesByReason["profile address case"] != 2 || m.NotesByReason["unknown person added"] != 0 {
		t.Errorf("memberships notes %v", m.Notes)
	}
	nw, rep = mustLoad(t, map[string]string{"c.csv": file + "Anna,Berg,https://www.linkedin.com/in/annaberg,,Nordvik,PM,15 Mar 2024\n"},
		Options{People: "c.csv", Ego: "annaberg"})
	if nw.Ego < 0 || nw.People[nw.Ego].ID != "annaberg" {
		t.Fatalf("ego %d", nw.Ego)
	}
	if f := rep.Files[0]; f.NotesByReason["ego in contacts"] != 1 || f.NotesByReason["profile address case"] != 0 {
		t.Errorf("notes %v", f.Notes)
	}
}
