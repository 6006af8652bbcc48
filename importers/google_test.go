package importers

import (
	"reflect"
	"strings"
	"testing"
)

func TestIsGoogleHeader(t *testing.T) {
	cases := []struct {
		name, header string
		want         bool
	}{
		{"current", "First Name,Middle Name,Last Name,Organization Name,Organization Title,Labels,E-mail 1 - Label,E-mail 1 - Value", true},
		{"legacy", "Name,Given Name,Additional Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Organization 1 - Name", true},
		{"labels only", "First Name,Last Name,Labels", true},
		{"e-mail only", "Last Name,E-mail 1 - Value", true},
		{"spelt Email", "Name,Email 1 - Value", true},
		{"no name", "Labels,E-mail 1 - Value", false},
		{"outlook.com", "First Name,Middle Name,Last Name,Title,Suffix,Nickname,E-mail Address,E-mail 2 Address,Job Title,Department,Company,Categories", false},
		{"outlook classic", "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Categories,E-mail Address,E-mail Type", false},
		{"linkedin", "First Name,Last Name,URL,Email Address,Company,Position,Connected On", false},
		{"people", "id,Name,Labels", false},
	}
	for _, tc := range cases {
		if got := isGoogleHeader(trimAll(strings.Split(tc.header, ","))); got != tc.want {
			t.Errorf("%s: isGoogleHeader = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// Labels: system labels dropped, Google's other built-in groups ("* Friends")
// kept without the star, user labels kept; empty parts ignored. E-mail
// cells: several per cell and several columns, the first is the id; the
// country is the first address's that has one.
func TestGoogleLabelsEmailsCountry(t *testing.T) {
	const file = "First Name,Last Name,Labels,E-mail 1 - Value,E-mail 2 - Value,Address 1 - Country,Address 2 - Country\n" +
		"Åsa,Öberg,* myContacts ::: * starred ::: Product Circle :::  ::: * Friends,,asa@nordvik.example ::: asa@oberg.example,,Sweden\n" +
		"Željko,Šimić,* My Contacts ::: * Coworkers ::: European MedTech Association,zeljko@adriatic.example,,Croatia,Slovenia\n" +
		"Siobhán,O'Neil,MYCONTACTS,not an address ::: siobhan@gcr.example,,,\n"
	nw, rep := mustLoad(t, map[string]string{"g.csv": file}, Options{People: "g.csv", NoDerive: true})
	f := rep.Files[0]
	if f.Format != FormatGoogle || f.Imported != 3 {
		t.Fatalf("format %s imported %d", f.Format, f.Imported)
	}
	checkContacts(t, nw, FormatGoogle, []wantContact{
		{id: "asa@nordvik.example", name: asa, country: "Sweden", groups: []string{"Friends", "Product Circle"}},
		{id: "zeljko@adriatic.example", name: zeljko, country: "Croatia", groups: []string{"Coworkers", "European MedTech Association"}},
		{id: "siobhan@gcr.example", name: siobhan},
	})
	if f.NotesByReason["not an e-mail address"] != 1 || f.Notes[len(f.Notes)-1].Line != 4 || f.Notes[len(f.Notes)-1].Column != 4 {
		t.Errorf("notes %v", f.Notes)
	}
	var groups []string
	for _, g := range nw.Groups {
		groups = append(groups, g.Name)
	}
	if want := []string{"Product Circle", "Friends", "Coworkers", "European MedTech Association"}; !reflect.DeepEqual(groups, want) {
		t.Errorf("groups %q, want %q", groups, want)
	}
}

// A Google export re-saved by a spreadsheet with ';' and a BOM is still
// Google; the legacy full-name column wins over the parts.
func TestGoogleSemicolonLegacyName(t *testing.T) {
	const file = "\ufeffName;Given Name;Family Name;Group Membership;E-mail 1 - Type;E-mail 1 - Value;Organization 1 - Name;Organization 1 - Title;Organization 1 - Department;Address 1 - Country\n" +
		"Dr. Siobhán O'Neil;Siobhán;O'Neil;* My Contacts;* Work;;GCR;Lead;Oncology;Ireland\n" +
		";Åsa;Öberg;;;;Nordvik;;;\n"
	nw, rep := mustLoad(t, map[string]string{"g.csv": file}, Options{People: "g.csv"})
	f := rep.Files[0]
	if f.Format != FormatGoogle || f.Delimiter != ";" || f.Encoding != EncUTF8BOM || f.Imported != 2 {
		t.Fatalf("format %s delimiter %q encoding %s imported %d", f.Format, f.Delimiter, f.Encoding, f.Imported)
	}
	checkContacts(t, nw, FormatGoogle, []wantContact{
		{id: "dr-siobhan-oneil", name: "Dr. Siobhán O'Neil", org: "GCR", position: "Lead", department: "Oncology", country: "Ireland"},
		{id: "asa-oberg", name: asa, org: "Nordvik"},
	})
}

// Google writes several values of one field into a cell, separated by
// " ::: ": an organisation, title, department or country is the first,
// and the others are noted with their cell, not read as one long name.
func TestGoogleSeveralValuesInOneCell(t *testing.T) {
	const file = "First Name,Last Name,E-mail 1 - Value,Organization Name,Organization Title,Address 1 - Country\n" +
		"Åsa,Öberg,asa@nordvik.example,Nordvik ::: Oberg Consulting,PM ::: Owner,Sweden ::: Norway\n" +
		"Bo,Ek,bo@ek.example,Ek AB ::: ,CTO,Finland\n" +
		"Cy,Ung,cy@ung.example, ::: ,CTO,Finland\n"
	nw, rep := mustLoad(t, map[string]string{"g.csv": file}, Options{People: "g.csv", NoDerive: true})
	f := rep.Files[0]
	want := map[string][3]string{"asa@nordvik.example": {"Nordvik", "PM", "Sweden"}, "bo@ek.example": {"Ek AB", "CTO", "Finland"}}
	for id, w := range want {
		for k, a := range []string{AttrOrganization, AttrPosition, AttrCountry} {
			if got := attr(t, nw, id, a); got != w[k] {
				t.Errorf("%s %s = %q, want %q", id, a, got, w[k])
			}
		}
	}
	if a := attr(t, nw, "cy@ung.example", AttrOrganization); a != "" {
		t.Errorf("Cy's organisation %q", a)
	}
	if f.NotesByReason["several values"] != 4 {
		t.Fatalf("notes %v", f.Notes)
	}
	cols := []int{}
	for _, n := range f.Notes {
		if strings.Contains(n.Reason, `" ::: "`) && n.Line == 2 {
			cols = append(cols, n.Column)
			if n.Line != 2 {
				t.Errorf("note %+v, want line 2", n)
			}
		}
	}
	if !reflect.DeepEqual(cols, []int{4, 5, 6}) {
		t.Errorf("noted columns %v, want 4 5 6", cols)
	}
}
