package importers

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
	"unicode/utf16"
)

// Two files pasted into one repeat the header (or LinkedIn's notes): those
// rows are skipped and reported, never made into people, ties or
// memberships. A lone CR inside a row (mixed line ends) is noted where it
// is.
func TestPastedFilesAndStrayCR(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		opt   Options
		kind  string
		line  int
	}{
		{"people", map[string]string{"p.csv": "id,name,country\np1,Anna,SE\nID, Name ,Country\np2,Bo,NO\n"},
			Options{People: "p.csv"}, "repeated header", 3},
		{"ties", map[string]string{"t.csv": "source,target\na,b\nsource,target\nc,d\n"},
			Options{Ties: "t.csv"}, "repeated header", 3},
		{"memberships", map[string]string{"m.csv": "person_id,network\na,N1\nperson_id,network\nc,N2\n"},
			Options{Memberships: "m.csv"}, "repeated header", 3},
		{"linkedin", map[string]string{"c.csv": "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n" +
			"First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnna,Berg,https://www.linkedin.com/in/anna-berg,,SEB,Analyst,07 Dec 2024\n" +
			"Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n" +
			"First Name,Last Name,URL,Email Address,Company,Position,Connected On\nBo,Ek,https://www.linkedin.com/in/bo-ek,,ABB,CEO,01 Jan 2020\n"},
			Options{People: "c.csv"}, "repeated header", 7},
		{"stray CR", map[string]string{"p.csv": "id,name,country\r\np1,Anna,SE\r\np2,Bo\rp3,Cia\r\n"},
			Options{People: "p.csv"}, "carriage return in a cell", 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			nw, rep := mustLoad(t, tc.files, tc.opt)
			f := rep.Files[0]
			problems := append(append([]Problem(nil), f.Skipped...), f.Notes...)
			found := false
			for _, p := range problems {
				found = found || p.Line == tc.line
			}
			if f.SkippedByReason[tc.kind]+f.NotesByReason[tc.kind] == 0 || !found {
				t.Errorf("no %q at line %d: %+v", tc.kind, tc.line, problems)
			}
			for _, p := range nw.People {
				switch p.ID {
				case "id", "ID", "source", "target", "person_id", "Notes:":
					t.Errorf("a header cell became the person %q", p.ID)
				}
			}
			for _, g := range nw.Groups {
				if g.Name == "network" {
					t.Errorf("a header cell became the network %q", g.Name)
				}
			}
			if tc.name == "linkedin" && len(nw.People) != 3 {
				t.Errorf("%d people, want you, Anna and Bo", len(nw.People))
			}
		})
	}
}

// A contact listed twice keeps one tie to the ego, begun on the earliest
// day either row gives (docs/time.md).
func TestRepeatedContactKeepsEarliestDay(t *testing.T) {
	nw, _ := mustLoad(t, map[string]string{"c.csv": "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
		"Anna,Berg,https://www.linkedin.com/in/anna-berg,,SEB,Analyst,07 Dec 2024\n" +
		"Anna,Berg,https://www.linkedin.com/in/anna-berg,,SEB,Analyst,01 Jan 2020\n" +
		"Anna,Berg,https://www.linkedin.com/in/anna-berg,,,,01 Jan 2019\n"}, Options{People: "c.csv"})
	if len(nw.Ties) != 1 || nw.Ties[0].Since.String() != "2019-01-01" || nw.Ties[0].Weight != 1 {
		t.Errorf("ties %+v, want one of weight 1 since 2019-01-01", nw.Ties)
	}
}

// A header with a Name column is no networks file: the error says what the
// file lacks instead of sending it to --networks.
func TestNameHeaderAdvice(t *testing.T) {
	for _, tc := range []struct {
		file string
		opt  Options
		want string
	}{
		{"Name,Email,Company\nAnna,a@x.se,SEB\n", Options{People: "f.csv"}, "needs an id column beside the name"},
		{"Name,Chess,Runners\nAnna,x,\n", Options{Memberships: "f.csv"}, "starts with a person_id column"},
	} {
		_, _, err := loadFS(t, map[string]string{"f.csv": tc.file}, tc.opt)
		if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "--networks") {
			t.Errorf("%q: %v", tc.file, err)
		}
	}
}

// An old Excel workbook (.xls) and an Apple Numbers document are named as
// what they are, with how to save a CSV file.
func TestOldExcelAndNumbersRefused(t *testing.T) {
	var zipped bytes.Buffer
	z := zip.NewWriter(&zipped)
	w, _ := z.Create("Index/Document.iwa")
	w.Write([]byte("x"))
	z.Close()
	xls := string([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}) + strings.Repeat("\x00", 600)
	for name, want := range map[string]string{"f.xls": "an Excel 97-2003 workbook (.xls)", "f.numbers": "an Apple Numbers document"} {
		content := xls
		if name == "f.numbers" {
			content = zipped.String()
		}
		for _, opt := range []Options{{People: name}, {Memberships: name}} {
			_, _, err := loadFS(t, map[string]string{name: content}, opt)
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("%s %+v: %v", name, opt, err)
			}
		}
	}
}

// Ids are read without spaces around them, in every file, and each such
// cell is noted.
func TestSpacesAroundIDsNoted(t *testing.T) {
	nw, rep := mustLoad(t, map[string]string{
		"p.csv": "id,name\np1,A\np2 ,B\n",
		"t.csv": "source,target\n p1,p2\n",
		"m.csv": "person_id,network\np1 ,Chess\n",
	}, Options{People: "p.csv", Ties: "t.csv", Memberships: "m.csv"})
	if len(nw.People) != 2 {
		t.Errorf("%d people, want 2", len(nw.People))
	}
	for _, f := range rep.Files {
		if f.NotesByReason["spaces around an id"] != 1 {
			t.Errorf("%s: notes %v", f.Role, f.NotesByReason)
		}
	}
}

// A membership naming a name two people share says it is ambiguous and
// names both ids.
func TestAmbiguousNameSaidSo(t *testing.T) {
	_, rep := mustLoad(t, map[string]string{
		"p.csv": "id,name\na1,Anna Berg\na2,Anna Berg\n",
		"m.csv": "person_id,network\nAnna Berg,Chess\n",
	}, Options{People: "p.csv", Memberships: "m.csv"})
	for _, f := range rep.Files {
		if f.Role == "memberships" && (len(f.Notes) != 1 || !strings.Contains(f.Notes[0].Reason, `the name of 2 people (ids "a1", "a2")`)) {
			t.Errorf("notes %+v", f.Notes)
		}
	}
}

// UTF-16 without a byte-order mark that is not recognised is said to look
// like it, with what to do.
func TestUTF16WithoutMarkHint(t *testing.T) {
	var b []byte
	for _, r := range "id,name,country\n" + strings.Repeat("p1,Åsa😀 Öberg,Sverige\n", 50) {
		for _, u := range utf16.Encode([]rune{r}) {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	_, _, err := loadFS(t, map[string]string{"u.csv": string(b)}, Options{People: "u.csv"})
	if err == nil || !strings.Contains(err.Error(), "UTF-16 text without a byte-order mark") {
		t.Errorf("error %v", err)
	}
}

// A byte Windows-1252 does not define (a Mac Roman file read as
// Windows-1252) is noted on its line, not silently shown as U+FFFD.
func TestUndefinedWindows1252BytesNoted(t *testing.T) {
	// "Åsa" and "Björn" in Mac Roman: 0x81 is Å, 0x9A is ö.
	_, rep := mustLoad(t, map[string]string{"p.csv": "id,name\rp1,\x81sa\rp2,Bj\x9arn\r"}, Options{People: "p.csv"})
	f := rep.Files[0]
	if f.NotesByReason["no Windows-1252"] != 1 || f.Notes[0].Line != 2 {
		t.Errorf("notes %+v", f.Notes)
	}
}

// A vCard value in the CHARSET it declares (Shift_JIS) is decoded so, also
// without ENCODING=QUOTED-PRINTABLE.
func TestVCardRawCharset(t *testing.T) {
	nw, _ := mustLoad(t, map[string]string{"c.vcf": "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=SHIFT_JIS:\x93\xfa\x96\x7b\r\nEMAIL:jp@x.example\r\nEND:VCARD\r\n" +
		"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=ISO-8859-1:\xc5sa\r\nEMAIL:a@x.example\r\nEND:VCARD\r\n"}, Options{People: "c.vcf"})
	var names []string
	for _, p := range nw.People {
		names = append(names, p.Name)
	}
	if len(names) != 3 || names[1] != "日本" || names[2] != "Åsa" {
		t.Errorf("names %q", names)
	}
}

// A network named by nothing but control characters is never a network
// without a name.
func TestNetworkOfControlCharacters(t *testing.T) {
	nw, _ := mustLoad(t, map[string]string{"m.csv": "person_id,network\na,\x01\nb,\x02\nc,Chess\n"}, Options{Memberships: "m.csv"})
	var names []string
	for _, g := range nw.Groups {
		names = append(names, g.Name)
		if strings.TrimSpace(g.Name) == "" {
			t.Errorf("a network without a name")
		}
	}
	if len(names) != 3 || names[0] != "unnamed network" || names[1] != "unnamed network (2)" {
		t.Errorf("networks %q", names)
	}
}

// A year before 1900 is a typo, reported, not a date.
func TestDatesBefore1900(t *testing.T) {
	nw, rep := mustLoad(t, map[string]string{"t.csv": "source,target,since\na,b,15 Mar 0024\nb,c,0024-03-15\nc,d,15 Mar 2024\n"}, Options{Ties: "t.csv"})
	f := rep.Files[0]
	if f.NotesByReason["bad date"] != 2 {
		t.Errorf("notes %+v", f.Notes)
	}
	dated := 0
	for _, tie := range nw.Ties {
		if !tie.Since.IsZero() {
			dated++
			if tie.Since.Year() < 1900 {
				t.Errorf("tie dated %v", tie.Since)
			}
		}
	}
	if dated != 1 {
		t.Errorf("%d dated ties, want 1", dated)
	}
}
