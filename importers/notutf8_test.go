package importers

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// A file judged UTF-8 on its head that turns to Windows-1252 further on
// is read in Windows-1252 there, and says so line by line (QA: the bytes
// had become U+FFFD, noted without a line).
func TestNotUTF8PastTheHeadIsNoted(t *testing.T) {
	saved := headBytes
	headBytes = 4096
	defer func() { headBytes = saved }()
	var b strings.Builder
	b.WriteString("id,name,country\n")
	lines := 1
	for i := 0; b.Len() < 3*headBytes; i++ {
		b.WriteString("p" + strings.Repeat("x", 3) + itoa(i) + ",Anna Berg,SE\n")
		lines++
	}
	b.WriteString("q1,J\xfcrgen M\xfcller,DE\n") // Windows-1252 ü
	b.WriteString("q2,Åsa Öberg,SE\n")           // UTF-8 again
	nw, rep := mustLoad(t, map[string]string{"p.csv": b.String()}, Options{People: "p.csv"})
	for id, name := range map[string]string{"q1": "Jürgen Müller", "q2": "Åsa Öberg"} {
		if i, ok := nw.Index(id); !ok || nw.People[i].Name != name {
			t.Errorf("%s: %v %+v, want %s", id, ok, nw.People[i], name)
		}
	}
	f := fileReport(t, rep, "people")
	if f.Encoding != EncUTF8 || f.NotesByReason["not UTF-8"] != 1 {
		t.Fatalf("encoding %s, notes %+v", f.Encoding, f.Notes)
	}
	if n := f.Notes[len(f.Notes)-1]; n.Line != lines+1 || !strings.Contains(n.Reason, "read as Windows-1252") {
		t.Errorf("note %+v, want line %d", n, lines+1)
	}
	// A clean file has no such note.
	_, rep = mustLoad(t, map[string]string{"p.csv": strings.Replace(b.String(), "\xfc", "\u00fc", -1)}, Options{People: "p.csv"})
	if n := fileReport(t, rep, "people").NotesByReason["not UTF-8"]; n != 0 {
		t.Errorf("clean file: %d notes", n)
	}

	// A file judged Windows-1252 on its head whose later lines are UTF-8
	// (QA: "Ã…sa Ã–berg") reads them as UTF-8 and names them.
	latin := strings.Replace(b.String(), "Anna Berg", "Bj\xf6rn Ek", 1)
	latin = strings.Replace(latin, "q1,J\xfcrgen M\xfcller", "q1,Jürgen Müller", 1)
	nw, rep = mustLoad(t, map[string]string{"p.csv": latin}, Options{People: "p.csv"})
	for id, name := range map[string]string{"pxxx0": "Björn Ek", "q1": "Jürgen Müller", "q2": "Åsa Öberg"} {
		if i, ok := nw.Index(id); !ok || nw.People[i].Name != name {
			t.Errorf("%s: %v, want %s", id, ok, name)
		}
	}
	f = fileReport(t, rep, "people")
	var got []int
	for _, n := range f.Notes {
		got = append(got, n.Line)
	}
	if f.Encoding != EncWindows1252 || f.NotesByReason["UTF-8 in Windows-1252"] != 2 || len(got) != 2 || got[0] != lines+1 || got[1] != lines+2 {
		t.Errorf("encoding %s, notes %+v (lines %v), want lines %d and %d", f.Encoding, f.Notes, got, lines+1, lines+2)
	}
}

// QA: a small file that mixes the two encodings (exports pasted together,
// a BOM file with one line typed elsewhere) was garbled whole or got
// U+FFFD without a note; each line now reads in its own, the file named
// by most of its lines and the others noted. A Windows-1252 file whose
// letters happen to make UTF-8 pairs (ß“, É and a no-break space) is read
// as it always was (QA: "Groߓ").
func TestMixedEncodingsLineByLine(t *testing.T) {
	cases := []struct {
		name, body string
		enc, kind  string
		lines      []int
	}{
		{"pasted exports, more utf-8", "id,name\r\n1,\xc3\x85sa \xc3\x96berg\r\n2,Bj\xf6rn Ek\r\n3,\xc3\x85sa\r\n4,Bo\r\n", EncUTF8, "not UTF-8", []int{3}},
		{"pasted exports, more windows-1252", "id,name\r\n1,\xc3\x85sa \xc3\x96berg\r\n2,Bj\xf6rn Ek\r\n3,Bo\r\n4,Kalle B\xe4ck\r\n", EncWindows1252, "UTF-8 in Windows-1252", []int{2}},
		{"bom, one windows-1252 line", "\xef\xbb\xbfid,name\n1,Åsa\n2,Bj\xf6rn Ek\n", EncUTF8BOM, "not UTF-8", []int{3}},
		{"windows-1252 only", "id,name\n1,\xc5sa\n2,Bj\xf6rn Ek\n", EncWindows1252, "", nil},
		{"windows-1252 pairs that look like utf-8", "id,name,organization\np1,Anna M\xfcller,B\xe4ckerei \x84Gro\xdf\x93\n2,Bj\xf6rn Ek,JOS\xc9\xa0GARC\xcdA\np3,Bo Str\xf6m,Caf\xe9\n",
			EncWindows1252, "", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			nw, rep := mustLoad(t, map[string]string{"p.csv": tc.body}, Options{People: "p.csv"})
			if i, ok := nw.Index("2"); !ok || nw.People[i].Name != "Björn Ek" {
				t.Errorf("person 2: %v", ok)
			}
			f := fileReport(t, rep, "people")
			var got []int
			for _, n := range f.Notes {
				got = append(got, n.Line)
			}
			if f.Encoding != tc.enc || tc.kind != "" && f.NotesByReason[tc.kind] != len(tc.lines) || !slices.Equal(got, tc.lines) {
				t.Fatalf("encoding %s, notes %+v; want %s, %s on lines %v", f.Encoding, f.Notes, tc.enc, tc.kind, tc.lines)
			}
		})
	}
	nw, _ := mustLoad(t, map[string]string{"p.csv": cases[4].body}, Options{People: "p.csv"})
	org, _ := nw.AttributeIndex("organization")
	for id, want := range map[string]string{"p1": "Bäckerei „Groß“", "2": "JOSÉ\u00a0GARCÍA"} {
		if i, ok := nw.Index(id); !ok || nw.Attr(i, org) != want {
			t.Errorf("%s: organization %q, want %q", id, nw.Attr(i, org), want)
		}
	}
}

// QA: an LF file whose cells hold lone CRs (a note typed on a Mac) was
// read as a file of CR line ends: a row split into made-up people, and
// the lines after a quoted cell numbered wrong. A file is one of CR line
// ends only when its first line ends so and lone CRs, outside quotes,
// outnumber its other line ends.
func TestLoneCRsInCellsOfAnLFFile(t *testing.T) {
	_, rep := mustLoad(t, map[string]string{"a.csv": "id,name,note\np1,Anna,line one\rline two\rline three\rline four\rfive\np2,Bo,x\n"}, Options{People: "a.csv"})
	if f := fileReport(t, rep, "people"); f.Imported != 2 {
		t.Errorf("unquoted CRs: imported %d, want 2", f.Imported)
	}
	_, rep = mustLoad(t, map[string]string{"b.csv": "id,name,note\np1,A,\"a\rb\rc\rd\re\rf\"\np2,B,x\n,C,y\n"}, Options{People: "b.csv"})
	f := fileReport(t, rep, "people")
	if f.Imported != 2 || len(f.Skipped) != 1 || f.Skipped[0].Line != 4 {
		t.Errorf("quoted CRs: imported %d, skipped %+v; want 2 and line 4", f.Imported, f.Skipped)
	}
	// UTF-16 follows the same rule: CR line ends with an LF in a cell.
	u16 := encodeWith(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "id,name,note\rp1,A,\"a\nb\"\rp2,Bo,x\r")
	_, rep = mustLoad(t, map[string]string{"u.csv": string(u16)}, Options{People: "u.csv"})
	if f := fileReport(t, rep, "people"); f.Imported != 2 {
		t.Errorf("utf-16, CR lines: imported %d, want 2", f.Imported)
	}
}

// QA: a file of old Mac line ends (CR) with a line break inside a quoted
// cell (Excel for Mac) read as one line, "a header but no rows"; a vCard
// folded inside a character read as Windows-1252 whole. Both, small and
// streamed past the head.
func TestCRLinesAndFoldedCharacters(t *testing.T) {
	saved := headBytes
	defer func() { headBytes = saved }()
	var cr, vcf strings.Builder
	cr.WriteString("First Name,Last Name,Company,Job Title,E-mail Address,Notes\r")
	const rows = 400
	for i := range rows {
		cr.WriteString("\"Bo" + itoa(i) + "\",\"Ek\",\"Ek AB\",\"CTO\",\"bo" + itoa(i) + "@ek.example\",\"a\nb\"\r")
		vcf.WriteString("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\xc3\x85sa " + itoa(i) + "\r\nTITLE:Chef p\xc3\r\n \xa5 kontoret\r\nEND:VCARD\r\n")
	}
	for _, head := range []int{saved, 4096} {
		headBytes = head
		nw, rep := mustLoad(t, map[string]string{"c.csv": cr.String()}, Options{People: "c.csv"})
		f := fileReport(t, rep, "people")
		if f.Imported != rows || f.Format != FormatOutlook {
			t.Errorf("head %d: CR file: %s, imported %d, want %d", head, f.Format, f.Imported, rows)
		}
		if i, ok := nw.Index("bo399@ek.example"); !ok || nw.People[i].Name != "Bo399 Ek" {
			t.Errorf("head %d: CR file: last contact %v", head, ok)
		}
		nw, rep = mustLoad(t, map[string]string{"c.vcf": vcf.String()}, Options{People: "c.vcf"})
		f = fileReport(t, rep, "people")
		if f.Imported != rows || f.Encoding != EncUTF8 || f.NotesByReason["not UTF-8"] != 0 {
			t.Errorf("head %d: vCard: %s, imported %d, notes %v", head, f.Encoding, f.Imported, f.NotesByReason)
		}
		if p := nw.People[len(nw.People)-1]; p.Name != "Åsa 399" {
			t.Errorf("head %d: vCard: last %q", head, p.Name)
		}
		pos, ok := nw.AttributeIndex("position")
		if !ok || nw.Attr(len(nw.People)-1, pos) != "Chef på kontoret" {
			t.Errorf("head %d: vCard: position %v", head, ok)
		}
	}
}
