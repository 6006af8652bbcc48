package importers

import (
	"archive/zip"
	"bytes"
	"maps"
	"strings"
	"testing"
	"time"

	"github.com/tiesnet/ties/graph"
)

// archiveWith is smallArchive with some files replaced (an empty body
// leaves the file out).
func archiveWith(files map[string]string) map[string]string {
	out := maps.Clone(smallArchive)
	for name, body := range files {
		if body == "" {
			delete(out, name)
			continue
		}
		out[name] = body
	}
	return out
}

// fileOf finds the report of an archive's file by its base name.
func fileOf(t *testing.T, rep *Report, base string) *FileReport {
	t.Helper()
	for _, f := range rep.Files {
		if strings.HasSuffix(f.Path, ":"+base) {
			return f
		}
	}
	t.Fatalf("no report for %s", base)
	return nil
}

// QA: an archive date that cannot be read was imported without a date and
// without a note. Now every such cell is noted, with its line and column
// (never its value), and the tie is kept; readable dates in LinkedIn's
// forms are read, month first.
func TestArchiveBadDatesNoted(t *testing.T) {
	cases := []struct {
		name, file, body string
		from, to, kind   string
		since            graph.Date
		noteLines        []int
		column           int
	}{
		{"recommendation: month 13", "Recommendations_Received.csv",
			"First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n" +
				"Bo,Ek,Acme,Designer,SECRET-RECO-1,\"13/15/24, 09:25 PM\",VISIBLE\n" +
				"Bo,Ek,Acme,Designer,SECRET-RECO-9,\"04/15/24, 09:25 PM\",VISIBLE\n",
			"bo-ek", "me", TieRecommendation, graph.NewDate(2024, 4, 15), []int{2}, 6},
		{"recommendation: words", "Recommendations_Given.csv",
			"First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n" +
				"Anna,Berg,Acme,Developer,SECRET-RECO-3,yesterday,\n",
			"me", "anna-berg", TieRecommendation, graph.Date{}, []int{2}, 6},
		{"endorsement", "Endorsement_Received_Info.csv",
			"Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status\n" +
				"not a date,Go,Anna,Berg,www.linkedin.com/in/anna-berg,ACCEPTED\n" +
				"2025/01/02 10:00:00 UTC,SQL,Anna,Berg,www.linkedin.com/in/anna-berg,ACCEPTED\n",
			"anna-berg", "me", TieEndorsement, graph.NewDate(2025, 1, 2), []int{2}, 1},
		{"invitation: a time that is no time", "Invitations.csv",
			"From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n" +
				"Elin A,Anna Berg,\"1/1/24, 25:00 PM\",SECRET-INVITE-1,OUTGOING,https://www.linkedin.com/in/elin-a,https://www.linkedin.com/in/anna-berg\n",
			"me", "anna-berg", TieInvitation, graph.Date{}, []int{2}, 3},
		{"message", "messages.csv",
			"CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n" +
				"c1,,Elin A,https://www.linkedin.com/in/elin-a,Anna Berg,https://www.linkedin.com/in/anna-berg,2026-13-02 10:00:00 UTC,,SECRET-BODY-1,INBOX\n" +
				"c1,,Elin A,https://www.linkedin.com/in/elin-a,Anna Berg,https://www.linkedin.com/in/anna-berg,\"10/16/25, 8:36 AM\",,SECRET-BODY-2,INBOX\n",
			"me", "anna-berg", TieMessage, graph.NewDate(2025, 10, 16), []int{2}, 7},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			nw, rep := mustLoad(t, map[string]string{"export.zip": string(zipOf(t, archiveWith(map[string]string{tc.file: tc.body})))},
				Options{People: "export.zip"})
			tie, ok := tieOf(nw, tc.from, tc.to, tc.kind)
			if !ok || tie.Since != tc.since {
				t.Errorf("%s → %s %s: %+v (found %v), want since %v", tc.from, tc.to, tc.kind, tie, ok, tc.since)
			}
			f := fileOf(t, rep, tc.file)
			if f.NotesByReason["bad date"] != len(tc.noteLines) {
				t.Fatalf("bad date notes %v, want %d: %v", f.NotesByReason, len(tc.noteLines), f.Notes)
			}
			k := 0
			for _, n := range f.Notes {
				if !strings.Contains(n.Reason, "not a date ties can read") {
					continue
				}
				if n.Line != tc.noteLines[k] || n.Column != tc.column || n.Field == "" {
					t.Errorf("note %+v, want line %d column %d with its field", n, tc.noteLines[k], tc.column)
				}
				for _, leak := range []string{"SECRET", "13/15", "yesterday", "not a date,", "25:00", "2026-13"} {
					if strings.Contains(n.Reason, leak) {
						t.Errorf("the note shows the cell (%q): %s", leak, n.Reason)
					}
				}
				k++
			}
		})
	}
}

// QA: the 2018 Connections.csv writes Connected On as "1/8/18, 6:14 PM",
// which the archive's reader read and the Connections reader did not. Both
// now read a time of day after the date by the same rules.
func TestConnectedOnWithTime(t *testing.T) {
	cases := []struct {
		name, cells string
		want        []graph.Date
		notes       map[string]int
	}{
		{"2018 export", "\"1/8/18, 6:14 PM\"\n\"12/30/17, 9:05 AM\"\n",
			[]graph.Date{graph.NewDate(2018, 1, 8), graph.NewDate(2017, 12, 30)}, map[string]int{"date order": 1}},
		{"ambiguous only: month first, noted", "\"1/8/18, 6:14 PM\"\n\"2/3/18, 11:59 PM\"\n",
			[]graph.Date{graph.NewDate(2018, 1, 8), graph.NewDate(2018, 2, 3)}, map[string]int{"date order assumed": 1}},
		{"ISO with a time and zone", "2024-03-05 10:30:00 UTC\n\"Mar 5, 2024, 10:30 AM\"\n",
			[]graph.Date{graph.NewDate(2024, 3, 5), graph.NewDate(2024, 3, 5)}, nil},
		{"a time that is no time", "\"1/8/18, 13:14 PM\"\n\"1/8/18, 6:61 PM\"\n",
			[]graph.Date{{}, {}}, map[string]int{"bad date": 2}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			lines := strings.Split(strings.TrimSuffix(tc.cells, "\n"), "\n")
			csv := "First Name,Last Name,Email Address,Company,Position,Connected On\n"
			for k, c := range lines {
				csv += string(rune('A'+k)) + "nna,Berg" + string(rune('a'+k)) + ",,Acme,Dev," + c + "\n"
			}
			nw, rep := mustLoad(t, map[string]string{"Connections.csv": csv}, Options{People: "Connections.csv", Now: func() time.Time { return datesNow }})
			for k, want := range tc.want {
				i, _ := nw.Index(slug(string(rune('A'+k)) + "nna Berg" + string(rune('a'+k))))
				tie, ok := tieOf(nw, "me", nw.People[i].ID, FormatLinkedIn)
				if !ok || tie.Since != want {
					t.Errorf("row %d (%s): since %v, want %v", k+2, lines[k], tie.Since, want)
				}
			}
			f := fileReport(t, rep, "people")
			if tc.notes == nil {
				tc.notes = map[string]int{}
			}
			for k, n := range tc.notes {
				if f.NotesByReason[k] != n {
					t.Errorf("notes %v, want %v", f.NotesByReason, tc.notes)
				}
			}
			if len(f.NotesByReason) != len(tc.notes) {
				t.Errorf("notes %v, want %v", f.NotesByReason, tc.notes)
			}
		})
	}
}

// QA: the 2018 Messages.csv (no URLs, a Direction column) had every row
// skipped without Profile.csv, since the ego's name was known from nowhere.
// Direction says which end is the ego; the ego's name is learnt from the
// OUTGOING rows, so a group message to the ego and a contact counts too.
func TestMessages2018Direction(t *testing.T) {
	const header = "From,To,Date,Subject,Content,Direction,Folder\n"
	cases := []struct {
		name, body string
		want       []struct {
			from, to string
			weight   float64
		}
		skipped map[string]int
	}{
		{"one to one", header +
			"Me Myself,Anna Berg,\"10/16/18, 8:36 AM\",SECRET-SUBJECT,SECRET-BODY-1,OUTGOING,SENT\n" +
			"Anna Berg,Me Myself,\"10/17/18, 9:00 AM\",,SECRET-BODY-2,INCOMING,INBOX\n" +
			"Bo Ek,Me Myself,\"10/18/18, 9:00 AM\",,SECRET-BODY-3,INCOMING,ARCHIVED\n" +
			"Rita Recruiter,Me Myself,\"10/19/18, 9:00 AM\",,SECRET-BODY-4,INCOMING,INBOX\n",
			[]struct {
				from, to string
				weight   float64
			}{{"me", "anna-berg", 1}, {"anna-berg", "me", 1}, {"bo-ek", "me", 1}},
			map[string]int{"unknown sender": 1}},
		{"group to the ego and a contact", header +
			"Me Myself,Anna Berg,\"10/16/18, 8:36 AM\",,SECRET-BODY-1,OUTGOING,SENT\n" +
			"Anna Berg,\"Me Myself,Bo Ek\",\"10/17/18, 9:00 AM\",,SECRET-BODY-2,INCOMING,INBOX\n",
			[]struct {
				from, to string
				weight   float64
			}{{"me", "anna-berg", 1}, {"anna-berg", "me", 1}, {"anna-berg", "bo-ek", 1}},
			map[string]int{}},
		{"no name for the ego: Direction alone", header +
			"Anna Berg,,\"10/17/18, 9:00 AM\",,SECRET-BODY-2,INCOMING,INBOX\n" +
			",Bo Ek,\"10/18/18, 9:00 AM\",,SECRET-BODY-3,OUTGOING,SENT\n",
			[]struct {
				from, to string
				weight   float64
			}{{"anna-berg", "me", 1}, {"me", "bo-ek", 1}},
			map[string]int{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			files := archiveWith(map[string]string{"messages.csv": "", "Profile.csv": "", "Invitations.csv": "",
				"Endorsement_Received_Info.csv": "", "Endorsement_Given_Info.csv": "", "Recommendations_Received.csv": "",
				"Recommendations_Given.csv": ""})
			files["Messages.csv"] = tc.body
			nw, rep := mustLoad(t, map[string]string{"export.zip": string(zipOf(t, files))}, Options{People: "export.zip"})
			directed := 0
			for _, tie := range nw.Ties {
				if !tie.Mutual {
					directed++
				}
			}
			if directed != len(tc.want) {
				t.Errorf("%d message ties, want %d: %+v", directed, len(tc.want), nw.Ties)
			}
			for _, w := range tc.want {
				if tie, ok := tieOf(nw, w.from, w.to, TieMessage); !ok || tie.Weight != w.weight {
					t.Errorf("%s → %s: %+v (found %v), want weight %v", w.from, w.to, tie, ok, w.weight)
				}
			}
			f := fileOf(t, rep, "Messages.csv")
			if len(f.SkippedByReason) != len(tc.skipped) {
				t.Errorf("skipped %v, want %v", f.SkippedByReason, tc.skipped)
			}
			for k, n := range tc.skipped {
				if f.SkippedByReason[k] != n {
					t.Errorf("skipped %v, want %v", f.SkippedByReason, tc.skipped)
				}
			}
		})
	}
}

// QA: a zip named without .zip (as a browser may save LinkedIn's export)
// was refused as "cannot be read from standard input", and so was an Excel
// workbook. A zip is known by its first bytes; a workbook is refused with
// what to do.
func TestZipByContent(t *testing.T) {
	var xlsx bytes.Buffer
	zw := zip.NewWriter(&xlsx)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml"} {
		w, _ := zw.Create(name)
		w.Write([]byte("<x/>"))
	}
	zw.Close()
	archive := string(zipOf(t, smallArchive))
	cases := []struct {
		name, path, body string
		role             string
		people           int    // people read, when no error
		err              string // else the error says this
	}{
		{"archive without .zip", "Basic_LinkedInDataExport_12-02-2026", archive, "people", 5, ""},
		{"archive with .ZIP", "export.ZIP", archive, "people", 5, ""},
		{"xlsx as people", "contacts.xlsx", xlsx.String(), "people", 0,
			"contacts.xlsx: an Excel workbook, not a CSV file. Save it as CSV (File > Save As > CSV UTF-8) and pass the .csv"},
		{"xlsx named .zip", "contacts.zip", xlsx.String(), "people", 0, "contacts.zip: an Excel workbook"},
		{"xlsx as ties", "ties.xlsx", xlsx.String(), "ties", 0, "ties.xlsx: an Excel workbook, not a CSV file. Save it as CSV"},
		{"archive as ties", "export", archive, "ties", 0, "export: a zip file, not a ties file. Unpack it"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			opt := Options{People: tc.path}
			files := map[string]string{tc.path: tc.body}
			if tc.role == "ties" {
				opt = Options{People: "p.csv", Ties: tc.path}
				files["p.csv"] = "id\na\n"
			}
			nw, _, err := loadFS(t, files, opt)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(nw.People) != tc.people {
				t.Errorf("%d people, want %d", len(nw.People), tc.people)
			}
		})
	}
	// From standard input an xlsx is named as such too.
	_, _, err := Load(Options{People: Stdin, Stdin: bytes.NewReader(xlsx.Bytes())})
	if err == nil || !strings.Contains(err.Error(), "standard input: an Excel workbook") {
		t.Errorf("xlsx from standard input: %v", err)
	}
}
