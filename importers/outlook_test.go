package importers

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

func TestIsOutlookHeader(t *testing.T) {
	cases := []struct {
		name, header, sep string
		want              bool
	}{
		{"english", `"Title","First Name","Middle Name","Last Name","Suffix","Company","Department","Job Title","Business Country/Region","Categories","E-mail Address","E-mail Type"`, ",", true},
		{"swedish", `"Tilltal";"Förnamn";"Mellannamn";"Efternamn";"Suffix";"Företag";"Avdelning";"Befattning";"Land/region, arbete";"Kategorier";"E-postadress"`, ";", true},
		{"swedish, other spelling", `Förnamn;Efternamn;Företag;Land/region (arbete);E-post adress`, ";", true},
		{"german", `"Anrede";"Vorname";"Weitere Vornamen";"Nachname";"Suffix";"Firma";"Abteilung";"Position";"Land/Region geschäftlich";"Kategorien";"E-Mail-Adresse"`, ";", true},
		{"outlook.com", "First Name,Middle Name,Last Name,Title,Suffix,Nickname,E-mail Address,Job Title,Department,Company,Categories,Notes", ",", true},
		{"only a name and a company", "First Name,Last Name,Company", ",", false},
		{"no name", "Company,Job Title,E-mail Address,Categories", ",", false},
		{"google", "First Name,Last Name,Organization Name,Labels,E-mail 1 - Value", ",", false},
		{"google with a Company alias", "First Name,Last Name,Company,Categories,E-mail 1 - Value", ",", false},
		{"linkedin", "First Name,Last Name,URL,Email Address,Company,Position,Connected On", ",", false},
		{"people", "id,First Name,Last Name,Company,Job Title", ",", false},
	}
	for _, tc := range cases {
		cells := strings.Split(tc.header, tc.sep)
		for i := range cells {
			cells[i] = strings.Trim(cells[i], `"`)
		}
		if got := isOutlookHeader(trimAll(cells)); got != tc.want {
			t.Errorf("%s: isOutlookHeader = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// E-mail addresses: an Exchange address is not an id unless the display
// name holds an SMTP address; the second and third addresses are read; a
// contact without a name takes the display name. Country: business, else
// home, else other. Categories split on ';' and ','.
func TestOutlookEmailsCountryCategories(t *testing.T) {
	const file = `"First Name","Last Name","Company","Job Title","Business Country/Region","Home Country/Region","Other Country/Region","Categories","E-mail Address","E-mail Type","E-mail Display Name","E-mail 2 Address","E-mail 2 Type"` + "\r\n" +
		`"Åsa","Öberg","Nordvik","PM","","Sweden","Norway","A;B, C ;","/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=asa","EX","Åsa Öberg (asa@nordvik.example)","",""` + "\r\n" +
		`"Željko","Šimić","Adriatic","CTO","","","Croatia","","/O=EXCHANGE/CN=zeljko","","Željko Šimić","zeljko@simic.example","SMTP"` + "\r\n" +
		`"","","Nordvik Medical AB","","Sweden","","","","","","Nordvik Reception","",""` + "\r\n" +
		`"","","","","","","","","","","info@nordvik.example","",""` + "\r\n" +
		`"Siobhán","O'Neil","GCR","Lead","Ireland","United Kingdom","","","siobhan@gcr.example","SMTP","","siobhan@gmail.example","SMTP"` + "\r\n"
	nw, rep := mustLoad(t, map[string]string{"o.csv": file}, Options{People: "o.csv"})
	f := rep.Files[0]
	if f.Format != FormatOutlook || f.RowsRead != 5 || f.Imported != 4 || f.SkippedByReason["no name"] != 1 {
		t.Fatalf("format %s read %d imported %d skipped %v", f.Format, f.RowsRead, f.Imported, f.SkippedByReason)
	}
	checkContacts(t, nw, FormatOutlook, []wantContact{
		{id: "asa@nordvik.example", name: asa, org: "Nordvik", position: "PM", country: "Sweden", groups: []string{"A", "B", "C"}},
		{id: "zeljko@simic.example", name: zeljko, org: "Adriatic", position: "CTO", country: "Croatia"},
		{id: "nordvik-reception", name: "Nordvik Reception", org: "Nordvik Medical AB", country: "Sweden"},
		{id: "siobhan@gcr.example", name: siobhan, org: "GCR", position: "Lead", country: "Ireland"},
	})
	if f.NotesByReason["exchange address"] != 1 || f.Notes[len(f.Notes)-1].Line != 3 || f.Notes[len(f.Notes)-1].Column != 9 {
		t.Errorf("notes %v", f.Notes)
	}
	if s := f.Skipped[0]; s.Line != 5 || s.Column != 1 {
		t.Errorf("skipped %+v, want line 5, column 1", s)
	}
}

// Excel's "Unicode text" is UTF-16 LE with a BOM and tabs; Outlook's own
// export may be UTF-16 too.
func TestOutlookUTF16Tabs(t *testing.T) {
	text := "First Name\tLast Name\tCompany\tJob Title\tE-mail Address\tCategories\r\n" +
		"Željko\tŠimić\tAdriatic Robotics d.o.o.\tCTO\tzeljko@adriatic.example\tRobotics; Board\r\n" +
		"Åsa\tÖberg\tNordvik\t\"Product\r\nManager\"\tasa@nordvik.example\t\r\n" +
		"Siobhán\tO'Neil\tGCR\tLead\t\t\r\n"
	raw, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	nw, rep := mustLoad(t, map[string]string{"o.txt": string(raw)}, Options{People: "o.txt"})
	f := rep.Files[0]
	if f.Format != FormatOutlook || f.Encoding != EncUTF16LE || f.Delimiter != "\t" || f.Imported != 3 {
		t.Fatalf("format %s encoding %s delimiter %q imported %d", f.Format, f.Encoding, f.Delimiter, f.Imported)
	}
	checkContacts(t, nw, FormatOutlook, []wantContact{
		{id: "zeljko@adriatic.example", name: zeljko, org: "Adriatic Robotics d.o.o.", position: "CTO", groups: []string{"Board", "Robotics"}},
		{id: "asa@nordvik.example", name: asa, org: "Nordvik", position: "Product\nManager"}, // encoding/csv reads a quoted CRLF as LF
		{id: "siobhan-oneil", name: siobhan, org: "GCR", position: "Lead"},
	})
}

// The Outlook.com export has First Name and Last Name like Google's, but
// no Google column: detection must say Outlook, and a Google file must
// never be read as Outlook.
func TestOutlookNotConfusedWithGoogle(t *testing.T) {
	_, f := loadSample(t, "outlook_com.csv", Options{})
	if f.Format != FormatOutlook {
		t.Errorf("outlook_com.csv detected as %s", f.Format)
	}
	for _, g := range []string{"google_contacts.csv", "google_contacts_legacy.csv"} {
		_, f := loadSample(t, g, Options{})
		if f.Format != FormatGoogle {
			t.Errorf("%s detected as %s", g, f.Format)
		}
	}
}
