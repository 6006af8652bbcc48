package importers

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

func TestParseVCardLine(t *testing.T) {
	cases := []struct {
		line   string
		ok     bool
		group  string
		name   string
		params map[string][]string
		value  string
	}{
		{"FN:Åsa Öberg", true, "", "FN", map[string][]string{}, "Åsa Öberg"},
		{"fn:x:y", true, "", "FN", map[string][]string{}, "x:y"},
		{"item1.EMAIL;type=INTERNET;type=pref:asa@nordvik.example", true, "item1", "EMAIL",
			map[string][]string{"TYPE": {"INTERNET", "pref"}}, "asa@nordvik.example"},
		{"EMAIL;TYPE=work,pref;PREF=1:a@b.example", true, "", "EMAIL",
			map[string][]string{"TYPE": {"work", "pref"}, "PREF": {"1"}}, "a@b.example"},
		{"EMAIL;INTERNET;PREF:a@b.example", true, "", "EMAIL", map[string][]string{"TYPE": {"INTERNET", "PREF"}}, "a@b.example"},
		{"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=96berg;=C3=85sa;;;", true, "", "N",
			map[string][]string{"CHARSET": {"UTF-8"}, "ENCODING": {"QUOTED-PRINTABLE"}}, "=C3=96berg;=C3=85sa;;;"},
		{"NOTE;QUOTED-PRINTABLE:a=3Db", true, "", "NOTE", map[string][]string{"ENCODING": {"QUOTED-PRINTABLE"}}, "a=3Db"},
		{`ADR;TYPE=work;LABEL="Kungsgatan 12\n411 19: Göteborg; Sweden":;;Kungsgatan 12;Göteborg;;411 19;Sweden`, true, "", "ADR",
			map[string][]string{"TYPE": {"work"}, "LABEL": {`Kungsgatan 12\n411 19: Göteborg; Sweden`}}, ";;Kungsgatan 12;Göteborg;;411 19;Sweden"},
		{"a.b.EMAIL:x@y.example", true, "a.b", "EMAIL", map[string][]string{}, "x@y.example"},
		// RFC 6350 quotes a list of types; a quoted LABEL keeps its commas.
		{`ADR;TYPE="work,postal";LABEL="Box 1, Lund":;;S 1;Lund;;22100;Sweden`, true, "", "ADR",
			map[string][]string{"TYPE": {"work", "postal"}, "LABEL": {"Box 1, Lund"}}, ";;S 1;Lund;;22100;Sweden"},
		{"this line is not a property", false, "", "", nil, ""},
		{":no name", false, "", "", nil, ""},
		{"Hello world: text", false, "", "", nil, ""},
		{"item1.:x", false, "", "", nil, ""},
		{`X;A="unclosed:value`, false, "", "", nil, ""},
		{"", false, "", "", nil, ""},
	}
	for _, tc := range cases {
		p, ok := parseVCardLine(tc.line)
		if ok != tc.ok {
			t.Errorf("parseVCardLine(%q) ok = %v, want %v", tc.line, ok, tc.ok)
			continue
		}
		if !ok {
			continue
		}
		if p.group != tc.group || p.name != tc.name || p.value != tc.value || !reflect.DeepEqual(p.params, tc.params) {
			t.Errorf("parseVCardLine(%q) = %q %q %v %q; want %q %q %v %q", tc.line, p.group, p.name, p.params, p.value, tc.group, tc.name, tc.params, tc.value)
		}
	}
}

func TestVCardEscapes(t *testing.T) {
	unesc := map[string]string{
		`Galway Clinical Research\, Ltd`: "Galway Clinical Research, Ltd",
		`a\;b\:c\\d\ne\Nf`:               "a;b:c\\d\ne\nf",
		`C:\temp\x`:                      `C:\temp\x`,
		`trailing\`:                      `trailing\`,
		"no escapes":                     "no escapes",
	}
	for in, want := range unesc {
		if got := unescape(in); got != want {
			t.Errorf("unescape(%q) = %q, want %q", in, got, want)
		}
	}
	splits := []struct {
		in   string
		sep  byte
		want []string
	}{
		{`Öberg;Åsa;;;`, ';', []string{"Öberg", "Åsa", "", "", ""}},
		{`GCR\, Ltd;Oncology`, ';', []string{`GCR\, Ltd`, "Oncology"}},
		{`a\;b;c`, ';', []string{`a\;b`, "c"}},
		{`x\\;y`, ';', []string{`x\\`, "y"}},
		{`A,B\,C,`, ',', []string{"A", `B\,C`, ""}},
		{``, ',', []string{""}},
		{`end\`, ';', []string{`end\`}},
	}
	for _, tc := range splits {
		if got := splitUnescaped(tc.in, tc.sep); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("splitUnescaped(%q, %q) = %q, want %q", tc.in, tc.sep, got, tc.want)
		}
	}
}

func TestVCardLines(t *testing.T) {
	text := "BEGIN:VCARD\r\n" + // 1
		"NOTE:folded\r\n" + // 2
		" once\r\n" + // 3
		"\tand twice\r\n" + // 4
		"FN;ENCODING=QUOTED-PRINTABLE:=C3=85sa =\r\n" + // 5
		"=C3=96berg\r\n" + // 6
		"NOTE;ENCODING=QUOTED-PRINTABLE:ends with =\r\n" + // 7
		"END:VCARD\r\n" + // 8: not swallowed by the "=" above
		"\r\n" + // 9
		" not folded onto a blank line\r\n" + // 10
		"X-A\r\n" + // 11: parameters folded before the colon
		" ;ENCODING=QUOTED-PRINTABLE:a=\r\n" + // 12
		"b\r\n" // 13
	var got []string
	for _, l := range vcardLines([]byte(text)) {
		got = append(got, fmt.Sprintf("%d|%d|%s", l.line, l.end, l.text))
	}
	want := []string{
		"1|1|BEGIN:VCARD",
		"2|4|NOTE:foldedonceand twice",
		"5|6|FN;ENCODING=QUOTED-PRINTABLE:=C3=85sa =\r\n=C3=96berg",
		"7|7|NOTE;ENCODING=QUOTED-PRINTABLE:ends with =",
		"8|8|END:VCARD",
		"9|9|",
		"10|10| not folded onto a blank line",
		"11|13|X-A;ENCODING=QUOTED-PRINTABLE:a=\r\nb",
		"14|14|",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("vcardLines:\n got %q\nwant %q", got, want)
	}
}

// Values decoded through the libraries: quoted-printable with and without
// CHARSET (Windows-1250 for Croatian), base64, an unknown charset, raw
// non-ASCII inside quoted-printable (accepted), and broken quoted-printable.
func TestVCardDecoding(t *testing.T) {
	const file = "BEGIN:VCARD\r\nVERSION:2.1\r\n" +
		"FN;ENCODING=QUOTED-PRINTABLE;CHARSET=windows-1250:=8Eeljko =8Aimi=E6\r\n" +
		"ORG;ENCODING=BASE64;CHARSET=UTF-8:QWRyaWF0aWMgUm9ib3RpY3MgZC5vLm8u\r\n" +
		"TITLE;ENCODING=QUOTED-PRINTABLE:Tehni=E8ki direktor\r\n" + // no CHARSET, not UTF-8: Windows-1252
		"EMAIL;INTERNET:zeljko@adriatic.example\r\n" +
		"END:VCARD\r\n" +
		"BEGIN:VCARD\r\nVERSION:2.1\r\n" +
		"FN;ENCODING=QUOTED-PRINTABLE;CHARSET=x-klingon:Siobh=C3=A1n O'Neil\r\n" +
		"ORG;ENCODING=QUOTED-PRINTABLE:GCR =\r\n=E2=80=93 Galway\r\n" + // no CHARSET, valid UTF-8
		"TITLE;ENCODING=QUOTED-PRINTABLE:Lead =C3=A9=\r\n" + // a soft break at the end of the card
		"END:VCARD\r\n" +
		"BEGIN:VCARD\r\nVERSION:2.1\r\n" +
		"FN;ENCODING=QUOTED-PRINTABLE:Åsa Öberg\r\n" + // raw non-ASCII in a QP value: accepted
		"TITLE;ENCODING=QUOTED-PRINTABLE:Lead\v\r\n" + // a control character: noted, read as written
		"ORG;ENCODING=BASE64:not base64!\r\n" +
		"END:VCARD\r\n"
	nw, rep := mustLoad(t, map[string]string{"c.vcf": file}, Options{People: "c.vcf"})
	f := rep.Files[0]
	if f.Format != FormatVCard || f.RowsRead != 3 || f.Imported != 3 {
		t.Fatalf("format %s read %d imported %d (%v)", f.Format, f.RowsRead, f.Imported, f.Skipped)
	}
	checkContacts(t, nw, FormatVCard, []wantContact{
		{id: "zeljko@adriatic.example", name: zeljko, org: "Adriatic Robotics d.o.o.", position: "Tehnièki direktor"},
		{id: "siobhan-oneil", name: siobhan, org: "GCR – Galway", position: "Lead é"},
		{id: "asa-oberg", name: asa, org: "not base64!", position: "Lead"},
	})
	want := map[string]int{"unknown charset": 1, "bad quoted-printable": 1, "bad base64": 1}
	if !reflect.DeepEqual(f.NotesByReason, want) {
		t.Errorf("notes %v, want %v (%v)", f.NotesByReason, want, f.Notes)
	}
	lines := []int{}
	for _, n := range f.Notes {
		lines = append(lines, n.Line)
	}
	if !reflect.DeepEqual(lines, []int{10, 18, 19}) {
		t.Errorf("note lines %v, want [10 18 19]", lines)
	}
}

// Card boundaries: END without BEGIN is text outside a card; a BEGIN inside
// an open card ends it unimported, unless an AGENT property holds it (the
// owner is the contact, the agent a note: issue 14); lower case works;
// several junk lines make one note.
func TestVCardBoundaries(t *testing.T) {
	const file = "begin:vcard\nversion:3.0\nfn:Åsa Öberg\nend:vcard\n" + // 1-4
		"END:VCARD\n" + // 5: no card open
		"junk one\njunk two\n\n" + // 6-8
		"BEGIN:VCARD\nFN:Željko Šimić\nAGENT:\n" + // 9-11: 2.1 AGENT with an inline card
		"BEGIN:VCARD\nFN:Fred Friday\nEND:VCARD\n" + // 12-14
		"END:VCARD\n" + // 15: the agent's owner's END
		"BEGIN:VCARD\nFN:Cut Off\n" + // 16-17: not closed before the next BEGIN
		"BEGIN:VCARD\nFN:Siobhán O'Neil\nEND:VCARD\n" // 18-20
	nw, rep := mustLoad(t, map[string]string{"c.vcf": file}, Options{People: "c.vcf"})
	f := rep.Files[0]
	if f.RowsRead != 4 || f.Imported != 3 || f.SkippedByReason["no END:VCARD"] != 1 || f.Skipped[0].Line != 16 {
		t.Errorf("read %d imported %d skipped %v", f.RowsRead, f.Imported, f.Skipped)
	}
	want := []Problem{
		{Line: 5, Reason: `lines 5-7 (from "END:VCARD") are outside any BEGIN:VCARD … END:VCARD: ignored`},
		{Line: 11, Field: "AGENT", Reason: `the contact's assistant or agent (AGENT: "Fred Friday") is noted, not imported as a contact; the card is the contact's own`},
	}
	if !reflect.DeepEqual(f.Notes, want) {
		t.Errorf("notes %+v\nwant %+v", f.Notes, want)
	}
	checkContacts(t, nw, FormatVCard, []wantContact{{id: "asa-oberg", name: asa}, {id: "zeljko-simic", name: zeljko}, {id: "siobhan-oneil", name: siobhan}})
}

// Files that hold no card: an error when the format is forced, as a file
// of another format would be; an empty file is an error too. A vCard file
// in UTF-16 or after blank lines is still detected.
func TestVCardFiles(t *testing.T) {
	for _, body := range []string{"hello\nworld\n", "END:VCARD\n", "First Name,Last Name\nÅsa,Öberg\n"} {
		_, _, err := loadFS(t, map[string]string{"c.vcf": body}, Options{People: "c.vcf", PeopleFormat: FormatVCard})
		if e := asError(t, err); !strings.Contains(e.Msg, "no BEGIN:VCARD") {
			t.Errorf("%q: %v", body, err)
		}
	}
	text := "\r\n\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Željko Šimić\r\nEND:VCARD\r\n"
	raw, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	nw, rep := mustLoad(t, map[string]string{"c.vcf": string(raw)}, Options{People: "c.vcf", NoDerive: true})
	f := rep.Files[0]
	if f.Format != FormatVCard || f.Encoding != EncUTF16LE || f.Delimiter != "" || f.HeaderLine != 0 || f.Imported != 1 {
		t.Errorf("format %s encoding %s delimiter %q header %d imported %d", f.Format, f.Encoding, f.Delimiter, f.HeaderLine, f.Imported)
	}
	checkContacts(t, nw, FormatVCard, []wantContact{{id: "zeljko-simic", name: zeljko}})
}

// Names: FN wins, else N (given, additional, family; lists joined); the
// first ORG, TITLE and FN are kept; a PREF address is the id; an EMAIL that
// is no address is noted.
func TestVCardNamesAndEmails(t *testing.T) {
	const file = "BEGIN:VCARD\nVERSION:3.0\nN:Stevenson;John;Philip,Paul;Dr.;Jr.\nEMAIL:not-an-address\nEMAIL:john@example.org\nEND:VCARD\n" +
		"BEGIN:VCARD\nVERSION:4.0\nFN:Åsa Öberg\nFN:Åsa Maria Öberg\nN:Öberg;Åsa;;;\nORG:Nordvik\nORG:Other\nTITLE:PM\nTITLE:CEO\n" +
		"EMAIL:asa@home.example\nEMAIL;TYPE=pref:asa@nordvik.example\nEMAIL;PREF=2:asa@third.example\nEND:VCARD\n"
	nw, rep := mustLoad(t, map[string]string{"c.vcf": file}, Options{People: "c.vcf"})
	f := rep.Files[0]
	if f.Imported != 2 || f.NotesByReason["not an e-mail address"] != 1 || f.Notes[0].Line != 4 || f.Notes[0].Field != "EMAIL" {
		t.Errorf("imported %d notes %+v", f.Imported, f.Notes)
	}
	checkContacts(t, nw, FormatVCard, []wantContact{
		{id: "john@example.org", name: "John Philip Paul Stevenson"},
		{id: "asa@nordvik.example", name: asa, org: "Nordvik", position: "PM"},
	})
}

// QA: vCard 4.0's PREF=n ranks addresses (1 most preferred); any PREF had
// counted alike, so the file's order chose the id. A quoted list of types
// (TYPE="work,postal") was one type, so the work address and a pref inside
// the list were missed.
func TestVCardPreferenceRank(t *testing.T) {
	const file = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jane Doe\r\nEMAIL;PREF=2:jane@home.example\r\nEMAIL;PREF=1:jane@work.example\r\nEND:VCARD\r\n" +
		"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ola Nord\r\nADR;TYPE=home:;;H 1;Oslo;;0150;Norway\r\nADR;TYPE=\"work,postal\":;;S 1;Lund;;22100;Sweden\r\nEND:VCARD\r\n" +
		"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Per Lind\r\nEMAIL;TYPE=INTERNET:per@home.example\r\nEMAIL;TYPE=\"INTERNET,WORK,pref\":per@work.example\r\nEND:VCARD\r\n" +
		"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Eva Berg\r\nEMAIL:eva@a.example\r\nEMAIL;PREF=50:eva@b.example\r\nEMAIL;PREF=50:eva@c.example\r\nEMAIL;PREF=7:eva@d.example\r\nEND:VCARD\r\n"
	nw, _ := mustLoad(t, map[string]string{"c.vcf": file}, Options{People: "c.vcf"})
	want := []struct{ id, country string }{
		{"me", ""}, // the ego, whose export it is
		{"jane@work.example", ""}, {"ola-nord", "Sweden"}, {"per@work.example", ""}, {"eva@d.example", ""},
	}
	if len(nw.People) != len(want) {
		t.Fatalf("%d people, want %d", len(nw.People), len(want))
	}
	country := func(i int) string {
		if a, ok := nw.AttributeIndex("country"); ok {
			return nw.Attr(i, a)
		}
		return ""
	}
	for i, w := range want {
		p := nw.People[i]
		if p.ID != w.id || country(i) != w.country {
			t.Errorf("person %d: id %q country %q; want %q %q", i, p.ID, country(i), w.id, w.country)
		}
	}
}
