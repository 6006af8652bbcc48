package importers

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// QA: a date that is no day in either order ("31/13/2024", "32/13/2024")
// was taken as proof that the column is day first, and flipped every
// other slash date. It is a bad date, noted, and plays no part in the
// column's order: the other dates are read month first, as US Excel
// writes them.
func TestImpossibleDatesProveNothing(t *testing.T) {
	cases := []struct {
		name  string
		in    []string
		want  []string
		notes map[string]int
		bad   []int // lines of the bad-date notes
	}{
		{"31/13 among US dates", []string{"31/13/2024", "4/5/2024", "6/7/2024"},
			[]string{"", "2024-04-05", "2024-06-07"}, map[string]int{"bad date": 1, "date order assumed": 1}, []int{2}},
		{"32/13 among US dates", []string{"4/5/2024", "32/13/2024"},
			[]string{"2024-04-05", ""}, map[string]int{"bad date": 1, "date order assumed": 1}, []int{3}},
		{"30 February proves nothing", []string{"30/2/2024", "4/31/2024", "4/5/2024"},
			[]string{"", "", "2024-04-05"}, map[string]int{"bad date": 2, "date order assumed": 1}, []int{2, 3}},
		{"a real day-first date still proves", []string{"31/13/2024", "13/1/2024", "4/5/2024"},
			[]string{"", "2024-01-13", "2024-05-04"}, map[string]int{"bad date": 1, "date order": 1}, []int{2}},
		{"a real month-first date still proves", []string{"32/13/2024", "1/13/2024", "4/5/2024"},
			[]string{"", "2024-01-13", "2024-04-05"}, map[string]int{"bad date": 1, "date order": 1}, []int{2}},
		{"dots stay day first", []string{"31.13.2024", "05.03.2024"},
			[]string{"", "2024-03-05"}, map[string]int{"bad date": 1, "date order assumed": 1}, []int{2}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep := newFileReport("memberships", "m.csv")
			cells := make([]dateCell, len(tc.in))
			for k, s := range tc.in {
				cells[k] = dateCell{raw: s, line: k + 2, column: 3, field: "since"}
			}
			var got []string
			for _, d := range parseDates(rep, cells, datesNow, "the membership") {
				got = append(got, d.String())
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("read %q, want %q", got, tc.want)
			}
			if !reflect.DeepEqual(rep.NotesByReason, tc.notes) {
				t.Errorf("notes %v, want %v: %+v", rep.NotesByReason, tc.notes, rep.Notes)
			}
			var lines []int
			for _, n := range rep.Notes {
				if strings.Contains(n.Reason, `is not a date:`) {
					lines = append(lines, n.Line)
				}
			}
			if !reflect.DeepEqual(lines, tc.bad) {
				t.Errorf("'is not a date' on lines %v, want %v: %+v", lines, tc.bad, rep.Notes)
			}
		})
	}
}

// The same through the files: LinkedIn's Connected On and a memberships
// file's since column.
func TestImpossibleDatesInFiles(t *testing.T) {
	now := func() time.Time { return datesNow }
	connections := "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
		"Anna,Berg,https://www.linkedin.com/in/anna,,A,Dev,31/13/2024\n" +
		"Bo,Ek,https://www.linkedin.com/in/bo,,A,Dev,4/5/2024\n" +
		"Cy,Fors,https://www.linkedin.com/in/cy,,A,Dev,6/7/2024\n"
	memberships := "person_id,network,since\n" +
		"a,Forum,4/5/2024\n" +
		"b,Forum,32/13/2024\n" +
		"c,Forum,6/7/2024\n"
	nw, rep := mustLoad(t, map[string]string{"Connections.csv": connections}, Options{People: "Connections.csv", Now: now})
	for id, want := range map[string]string{"anna": "", "bo": "2024-04-05", "cy": "2024-06-07"} {
		tie, ok := tieOf(nw, "me", id, FormatLinkedIn)
		if !ok || tie.Since.String() != want {
			t.Errorf("me → %s: since %q, want %q", id, tie.Since.String(), want)
		}
	}
	if f := fileReport(t, rep, "people"); f.NotesByReason["bad date"] != 1 || f.NotesByReason["date order"] != 0 {
		t.Errorf("Connected On notes %v", f.NotesByReason)
	}
	nw, rep = mustLoad(t, map[string]string{"p.csv": tiesPeople, "m.csv": memberships},
		Options{People: "p.csv", Memberships: "m.csv", Now: now})
	forum := nw.Groups[0]
	var got []string
	for k := range forum.Members {
		got = append(got, forum.Since[k].String())
	}
	if want := []string{"2024-04-05", "", "2024-06-07"}; !reflect.DeepEqual(got, want) {
		t.Errorf("since %q, want %q", got, want)
	}
	f := fileReport(t, rep, "memberships")
	if f.NotesByReason["bad date"] != 1 || f.Imported != 3 {
		t.Errorf("memberships: imported %d, notes %v", f.Imported, f.NotesByReason)
	}
	for _, n := range f.Notes {
		if n.Line == 3 && n.Column == 3 && strings.Contains(n.Reason, `"32/13/2024" is not a date: the membership is imported without a date`) {
			return
		}
	}
	t.Errorf("no note on line 3, column 3: %+v", f.Notes)
}
