package importers

import (
	"fmt"
	"strings"
	"testing"
)

// QA: a first record longer than the head (1 MB) made the header, which
// ends exactly where the head was cut, look cut too: "no header found".
// The header line is whole whatever follows it.
func TestHeaderBeforeLongRecord(t *testing.T) {
	long := strings.Repeat("a", headBytes+headBytes/10) // 1.1 MB
	cases := []struct {
		name, body string
		role       string
		rows       int
		header     int
	}{
		{"people, a long quoted cell", "id,name,notes\n1,x,\"" + long + "\"\n2,y,short\n", "people", 2, 1},
		{"people, a long cell with a doubled quote", "id,name,notes\n1,x,\"say \"\"" + long + "\"\"\"\n2,y,z\n", "people", 2, 1},
		{"people, a long unquoted cell", "id,name,notes\n1,x," + long + "\n", "people", 1, 1},
		{"linkedin preamble", "Notes:\n\"Some notes\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
			"Anna,Berg,https://www.linkedin.com/in/anna,,\"" + long + "\",Dev,01 Jan 2024\n", "people", 1, 4},
		{"ties", "source,target,type\na,b,\"" + long + "\"\n", "ties", 1, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			opt := Options{People: "f.csv"}
			files := map[string]string{"f.csv": tc.body}
			if tc.role == "ties" {
				opt = Options{People: "p.csv", Ties: "f.csv"}
				files["p.csv"] = "id\na\nb\n"
			}
			_, rep := mustLoad(t, files, opt)
			f := fileReport(t, rep, tc.role)
			if f.HeaderLine != tc.header || f.Imported != tc.rows || f.RowsRead != tc.rows {
				t.Errorf("header line %d, read %d, imported %d; want %d, %d, %d", f.HeaderLine, f.RowsRead, f.Imported, tc.header, tc.rows, tc.rows)
			}
		})
	}
	// A quoted cell that opens in the header's record and goes on past the
	// head is still no header: the record is cut.
	lines := strings.Repeat("id,name\n", headBytes/8+1000)
	_, _, err := loadFS(t, map[string]string{"f.csv": "x,\"" + lines + "\"\nid,name\n1,a\n"}, Options{People: "f.csv"})
	if err == nil || !strings.Contains(err.Error(), "no header found") {
		t.Errorf("a header after a cut record: %v", err)
	}
}

// QA: the note on ids that differ only in case paired each id with the
// other's line. The note on a row names that row's id first and the other
// id with its own line.
func TestCaseNoteNamesEachLine(t *testing.T) {
	cases := []struct {
		name, file, body string
		opt              Options
		want             []Problem
	}{
		{"people file", "p.csv", "id,name\nAB,x\nzz,q\nab,y\nAb,z\n", Options{People: "p.csv"},
			[]Problem{{Line: 4, Column: 1, Field: "id", Reason: `id "ab" and id "AB" (line 2) differ only in case`},
				{Line: 5, Column: 1, Field: "id", Reason: `id "Ab" and id "AB" (line 2) differ only in case`}}},
		{"people file, lower case first", "p.csv", "id\nab\nAB\n", Options{People: "p.csv"},
			[]Problem{{Line: 3, Column: 1, Field: "id", Reason: `id "AB" and id "ab" (line 2) differ only in case`}}},
		{"graphml", "g.graphml", `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<graph edgedefault="directed">
<node id="AB"/>
<node id="zz"/>
<node id="ab"/>
</graph>
</graphml>
`, Options{Graph: "g.graphml"},
			[]Problem{{Line: 6, Reason: `id "ab" and id "AB" (line 4) differ only in case`}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, rep := mustLoad(t, map[string]string{tc.file: tc.body}, tc.opt)
			var got []Problem
			for _, f := range rep.Files {
				for _, n := range f.Notes {
					if strings.Contains(n.Reason, "only in case") {
						got = append(got, n)
					}
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("notes %+v, want %d", got, len(tc.want))
			}
			for k, w := range tc.want {
				g := got[k]
				if g.Line != w.Line || w.Column != 0 && (g.Column != w.Column || g.Field != w.Field) || !strings.HasPrefix(g.Reason, w.Reason) {
					t.Errorf("note %d:\n got %+v\nwant %+v", k, g, w)
				}
			}
		})
	}
}

// QA: a people header with columns that differ only in case (Country,
// country) gave two attributes, though column names are matched without
// regard to case. It is a repeated column, an error that names both.
func TestPeopleHeaderRepeatedInCase(t *testing.T) {
	cases := []struct {
		name, header string
		err          string // "" when the file reads
	}{
		{"exact repeat", "id,name,country,country", `p.csv:1:4: column 4 ("country") repeats the header of column 3 ("country")`},
		{"case", "id,name,Country,country", `p.csv:1:4: column 4 ("country") repeats the header of column 3 ("Country")`},
		{"spaces and underscores", "id,name,Home Town,home_town", `p.csv:1:4: column 4 ("home_town") repeats the header of column 3 ("Home Town")`},
		{"the id column in another case", "id,name,ID", `p.csv:1:3: column 3 ("ID") repeats the header of column 1 ("id")`},
		{"different names", "id,name,country,countries", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			nw, _, err := loadFS(t, map[string]string{"p.csv": tc.header + "\n1,a,b,c\n"}, Options{People: "p.csv"})
			if tc.err == "" {
				if err != nil || len(nw.Attributes) != 2 {
					t.Fatalf("err %v, attributes %v", err, nw)
				}
				return
			}
			if err == nil || !strings.HasPrefix(err.Error(), tc.err) || !strings.Contains(err.Error(), "Give every column its own name") {
				t.Errorf("error %v, want %q", err, tc.err)
			}
		})
	}
}

// QA: a header line longer than the head gave the generic "no header
// found" with the line's start as if it were whole. The error says the
// line is too long to be a header.
func TestHeaderLineLongerThanHead(t *testing.T) {
	cols := make([]string, 0, headBytes/7)
	cols = append(cols, "id", "name")
	for i := 0; len(cols) < cap(cols); i++ {
		cols = append(cols, fmt.Sprintf("c%06d", i))
	}
	header := strings.Join(cols, ",")
	body := header + "\n" + strings.Repeat("a,Ann"+strings.Repeat(",", len(cols)-2)+"\n", 2)
	_, _, err := loadFS(t, map[string]string{"f.csv": body}, Options{People: "f.csv"})
	if err == nil || !strings.Contains(err.Error(), "no header found") ||
		!strings.Contains(err.Error(), "first line is longer than 1 MB") || !strings.Contains(err.Error(), `"id,name,c000000`) {
		t.Errorf("a header over the head: %v", err)
	}
	// A short first line that is no header keeps its own hint.
	_, _, err = loadFS(t, map[string]string{"f.csv": "x,y\n" + body}, Options{People: "f.csv"})
	if err == nil || strings.Contains(err.Error(), "longer than") {
		t.Errorf("a short first line: %v", err)
	}
}

// QA: Outlook's French and Spanish exports were "not a people file", and
// a forced format's error said only "expected a outlook header". Outlook's
// headers in more languages are read; a forced format says what it needs.
func TestOutlookLanguagesAndFormatHints(t *testing.T) {
	for name, body := range map[string]string{
		"french":    "Prénom,Nom,Société,Fonction,Adresse de messagerie\nJean,Dupont,ACME,CTO,jean@acme.example\n",
		"spanish":   "Nombre,Apellidos,Compañía,Puesto,Dirección de correo electrónico\nJean,Dupont,ACME,CTO,jean@acme.example\n",
		"norwegian": "Fornavn,Etternavn,Firma,Stilling,E-postadresse\nJean,Dupont,ACME,CTO,jean@acme.example\n",
		"finnish":   "Etunimi,Sukunimi,Yritys,Tehtävänimike,Sähköpostiosoite\nJean,Dupont,ACME,CTO,jean@acme.example\n",
	} {
		nw, rep := mustLoad(t, map[string]string{"c.csv": body}, Options{People: "c.csv"})
		f := fileReport(t, rep, "people")
		i, ok := nw.Index("jean@acme.example")
		if f.Format != FormatOutlook || !ok || nw.People[i].Name != "Jean Dupont" {
			t.Errorf("%s: format %s, contact %v", name, f.Format, ok)
			continue
		}
		org, _ := nw.AttributeIndex("organization")
		pos, _ := nw.AttributeIndex("position")
		if nw.Attr(i, org) != "ACME" || nw.Attr(i, pos) != "CTO" {
			t.Errorf("%s: organisation %q, position %q", name, nw.Attr(i, org), nw.Attr(i, pos))
		}
	}
	_, _, err := loadFS(t, map[string]string{"c.csv": "Vorname,Name\nA,B\n"}, Options{People: "c.csv", PeopleFormat: FormatOutlook})
	if err == nil || !strings.Contains(err.Error(), "an Outlook contacts header: First Name or Last Name, and two of Company") {
		t.Errorf("forced outlook: %v", err)
	}
}
