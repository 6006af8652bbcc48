package importers

import (
	"reflect"
	"strings"
	"testing"
	"time"
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

func TestISODates(t *testing.T) {
	cases := []struct {
		name  string
		in    []string
		want  []string
		notes map[string]int
	}{
		{"linkedin", []string{"15 Mar 2024", "02 Nov 2021", "2 Nov 2021", "15 MAR 2024", "15 March 2024"},
			[]string{"2024-03-15", "2021-11-02", "2021-11-02", "2024-03-15", "2024-03-15"}, nil},
		{"spreadsheet forms", []string{"15-Mar-24", "15-Mar-2024", "Mar 15, 2024", "2024-03-15", "2024/03/15", "15.3.2024", "2024-03-15 10:30:00"},
			[]string{"2024-03-15", "2024-03-15", "2024-03-15", "2024-03-15", "2024-03-15", "2024-03-15", "2024-03-15"}, nil},
		{"empty", []string{"", ""}, []string{"", ""}, nil},
		{"unreadable", []string{"last spring", "31 Feb 2022", "2024-13-01", "=NOW()", "15/15/2024"},
			[]string{"", "", "", "", ""}, map[string]int{"bad date": 5}},
		{"US slashes, order proven", []string{"3/15/2024", "4/5/2024"}, []string{"2024-03-15", "2024-04-05"}, nil},
		{"day-first slashes, order proven", []string{"15/3/2024", "4/5/2024", "05/04/24"}, []string{"2024-03-15", "2024-05-04", "2024-04-05"}, nil},
		{"ambiguous slashes: month first, noted once", []string{"4/5/2024", "6/7/2024", "1/1/2024"},
			[]string{"2024-04-05", "2024-06-07", "2024-01-01"}, map[string]int{"date order assumed": 1}},
		{"mixed order: ambiguous dates dropped", []string{"15/3/2024", "3/15/2024", "4/5/2024"},
			[]string{"2024-03-15", "2024-03-15", ""}, map[string]int{"bad date": 1}},
		{"two-digit years", []string{"1/30/99", "1/30/15", "15-Mar-99", "15-Mar-15"}, []string{"1999-01-30", "2015-01-30", "1999-03-15", "2015-03-15"}, nil},
		{"impossible slash date", []string{"2/30/2024"}, []string{""}, map[string]int{"bad date": 1}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep := newFileReport("people", "c.csv")
			cells := make([]dateCell, len(tc.in))
			for k, s := range tc.in {
				cells[k] = dateCell{raw: s, line: k + 2, column: 7, field: "Connected On"}
			}
			// A fixed clock: two-digit years are read against it.
			now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
			parsed := parseDates(rep, cells, now)
			got := make([]string, len(parsed))
			for k, d := range parsed {
				got[k] = d.String()
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("parseDates(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if tc.notes == nil {
				tc.notes = map[string]int{}
			}
			if !reflect.DeepEqual(rep.NotesByReason, tc.notes) {
				t.Errorf("notes %v, want %v (%v)", rep.NotesByReason, tc.notes, rep.Notes)
			}
			for _, n := range rep.Notes {
				if n.Column != 7 || n.Field != "Connected On" || n.Line < 2 {
					t.Errorf("note without its cell: %+v", n)
				}
			}
		})
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
		if tie.Since.IsZero() || tie.Type != FormatLinkedIn || !tie.Mutual {
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
