package importers

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// A fixed clock: two-digit years are read against it.
var datesNow = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

func TestParseDates(t *testing.T) {
	cases := []struct {
		name  string
		in    []string
		want  []string
		notes map[string]int
	}{
		{"linkedin", []string{"15 Mar 2024", "02 Nov 2021", "2 Nov 2021", "15 MAR 2024", "15 March 2024", "27 Nov 2026"},
			[]string{"2024-03-15", "2021-11-02", "2021-11-02", "2024-03-15", "2024-03-15", "2026-11-27"}, nil},
		{"ISO 8601 and year first", []string{"2024-03-05", "2024/03/05", "2024.03.05", "2024-3-5", "2024-03-05 10:30:00", "2024-03-05T10:30:00Z", "2024-03-05T10:30:00+01:00"},
			[]string{"2024-03-05", "2024-03-05", "2024-03-05", "2024-03-05", "2024-03-05", "2024-03-05", "2024-03-05"}, nil},
		{"spreadsheet forms", []string{"15-Mar-24", "15-Mar-2024", "Mar 15, 2024", "2024-03-15", "2024/03/15", "15.3.2024"},
			[]string{"2024-03-15", "2024-03-15", "2024-03-15", "2024-03-15", "2024-03-15", "2024-03-15"}, nil},
		{"empty", []string{"", ""}, []string{"", ""}, nil},
		{"unreadable", []string{"last spring", "31 Feb 2022", "2024-13-01", "=NOW()", "15/15/2024", "5/3-2024"},
			[]string{"", "", "", "", "", ""}, map[string]int{"bad date": 6}},
		{"US slashes, order proven", []string{"3/15/2024", "4/5/2024"}, []string{"2024-03-15", "2024-04-05"},
			map[string]int{"date order": 1}},
		{"day-first slashes, order proven", []string{"15/3/2024", "4/5/2024", "05/04/24"}, []string{"2024-03-15", "2024-05-04", "2024-04-05"},
			map[string]int{"date order": 1}},
		{"proven order without ambiguous dates: no note", []string{"15/3/2024", "20/12/2024", "7/7/2024"}, []string{"2024-03-15", "2024-12-20", "2024-07-07"}, nil},
		{"ambiguous slashes: month first, noted once", []string{"4/5/2024", "6/7/2024", "1/1/2024", "3/5/2024"},
			[]string{"2024-04-05", "2024-06-07", "2024-01-01", "2024-03-05"}, map[string]int{"date order assumed": 1}},
		{"ambiguous dots: day first, noted once", []string{"05.03.2024", "06.07.2024"},
			[]string{"2024-03-05", "2024-07-06"}, map[string]int{"date order assumed": 1}},
		{"dots with a slash: slashes month first, dots day first, both noted", []string{"05.03.2024", "3/5/2024"},
			[]string{"2024-03-05", "2024-03-05"}, map[string]int{"date order": 1, "date order assumed": 1}},
		{"dots in a column slashes prove month first: still day first", []string{"12/25/2024", "25.3.2024", "05.03.2024", "3/4/2024"},
			[]string{"2024-12-25", "2024-03-25", "2024-03-05", "2024-03-04"}, map[string]int{"date order": 2}},
		{"dots prove day first only when slashes prove nothing", []string{"25.3.2024", "3/4/2024"},
			[]string{"2024-03-25", "2024-04-03"}, map[string]int{"date order": 1}},
		{"dots that are no day day first are read month first", []string{"3.25.2024"},
			[]string{"2024-03-25"}, nil},
		{"dots against a month-first column are noted even when plain", []string{"3/15/2024", "15.03.2024"},
			[]string{"2024-03-15", "2024-03-15"}, map[string]int{"date order": 1}},
		{"dots proving day first outweigh dots proving month first", []string{"3.15.2024", "15.3.2024", "04/05/2024"},
			[]string{"", "2024-03-15", "2024-05-04"}, map[string]int{"bad date": 1, "date order": 1}},
		{"dots proving month first give way to slashes", []string{"3.15.2024", "15/04/2024", "04/05/2024"},
			[]string{"", "2024-04-15", "2024-05-04"}, map[string]int{"bad date": 1, "date order": 1}},
		{"a bad year proves no order", []string{"15/03/0024", "04/05/2024"},
			[]string{"", "2024-04-05"}, map[string]int{"bad date": 1, "date order assumed": 1}},
		{"the order is noted on a date that is read", []string{"3/15/2024", "04/05/0024", "04/06/2024"},
			[]string{"2024-03-15", "", "2024-04-06"}, map[string]int{"bad date": 1, "date order": 1}},
		{"hyphens, day proven", []string{"25-03-2024", "05-03-2024"}, []string{"2024-03-25", "2024-03-05"}, map[string]int{"date order": 1}},
		{"a column decided once: the date against it is reported", []string{"15/3/2024", "3/15/2024", "4/5/2024"},
			[]string{"2024-03-15", "", "2024-05-04"}, map[string]int{"bad date": 1, "date order": 1}},
		{"two-digit years", []string{"1/30/99", "1/30/15", "15-Mar-99", "15-Mar-15"}, []string{"1999-01-30", "2015-01-30", "1999-03-15", "2015-03-15"}, nil},
		{"impossible numeric date", []string{"2/30/2024"}, []string{""}, map[string]int{"bad date": 1}},
		{"month zero", []string{"0/5/2024"}, []string{""}, map[string]int{"bad date": 1}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep := newFileReport("people", "c.csv")
			cells := make([]dateCell, len(tc.in))
			for k, s := range tc.in {
				cells[k] = dateCell{raw: s, line: k + 2, column: 7, field: "Connected On"}
			}
			parsed := parseDates(rep, cells, datesNow, "the tie")
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

// The notes say what a reader needs to fix or trust a date.
func TestParseDatesNotes(t *testing.T) {
	rep := newFileReport("memberships", "m.csv")
	cells := []dateCell{{raw: "15/3/2024", line: 2, column: 4, field: "since"}, {raw: "3/15/2024", line: 3, column: 4, field: "since"},
		{raw: "4/5/2024", line: 4, column: 4, field: "since"}}
	parseDates(rep, cells, datesNow, "the membership")
	var all []string
	for _, n := range rep.Notes {
		all = append(all, n.Reason)
	}
	got := strings.Join(all, "\n")
	for _, want := range []string{
		`"3/15/2024" is not a date in this column's order (day first, as "15/3/2024" on line 2 shows): the membership is imported without a date`,
		`dates such as "4/5/2024" could be day or month first: this column's are read day first (4 May), as "15/3/2024" on line 2 can only be read that way`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the notes do not say %q:\n%s", want, got)
		}
	}
}

// Whatever a cell holds, parseDates returns a real calendar day or
// nothing, notes every cell it could not read, and reads a column the
// same whatever the order of its cells' rows (the order is the
// column's, not the cell's).
func FuzzParseDates(f *testing.F) {
	for _, s := range []string{"15 Mar 2024", "3/15/2024", "15/3/2024", "05.03.2024", "2024-03-05", "1/1/99", "31/02/2024", "2/30/24", "99/99/9999", "٣/٣/٢٠٢٤", "1e3", ""} {
		f.Add(s, "4/5/2024")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		cells := []dateCell{{raw: a, line: 2, column: 1, field: "since"}, {raw: b, line: 3, column: 1, field: "since"}}
		rep := newFileReport("ties", "t.csv")
		got := parseDates(rep, cells, datesNow, "the tie")
		bad := 0
		for k, d := range got {
			if d.IsZero() {
				if cells[k].raw != "" {
					bad++
				}
				continue
			}
			if _, err := time.Parse(time.DateOnly, d.String()); err != nil {
				t.Fatalf("%q read as %v, not a calendar day", cells[k].raw, d)
			}
			if d.Year() > 9999 || d.Year() < 0 {
				t.Fatalf("%q read as year %d", cells[k].raw, d.Year())
			}
		}
		if rep.NotesByReason["bad date"] != bad {
			t.Fatalf("%d cells unread, %d noted: %v", bad, rep.NotesByReason["bad date"], rep.Notes)
		}
		swapped := parseDates(newFileReport("ties", "t.csv"), []dateCell{cells[1], cells[0]}, datesNow, "the tie")
		if swapped[0] != got[1] || swapped[1] != got[0] {
			t.Fatalf("%q, %q read as %v but in the other order as %v", a, b, got, swapped)
		}
	})
}

// A ties file's since column dates each tie; a repeated tie keeps its
// earliest date; an unreadable date is noted with its cell and the tie is
// kept without one.
func TestTiesSince(t *testing.T) {
	const ties = "source,target,type,since\n" +
		"a,b,advice,05.03.2024\n" +
		"b,c,advice,\n" +
		"a,b,advice,01.02.2023\n" + // a repeat: the earlier date stays
		"c,a,advice,someday\n"
	nw, rep := mustLoad(t, map[string]string{"p.csv": tiesPeople, "t.csv": ties}, Options{People: "p.csv", Ties: "t.csv", Now: func() time.Time { return datesNow }})
	f := fileReport(t, rep, "ties")
	if f.Imported != 4 || f.NotesByReason["bad date"] != 1 || f.NotesByReason["date order assumed"] != 1 {
		t.Fatalf("imported %d, notes %v", f.Imported, f.Notes)
	}
	if n := f.Notes[len(f.Notes)-1]; n.Line != 5 || n.Column != 4 || n.Field != "since" {
		t.Errorf("the bad date's note: %+v", n)
	}
	got := map[string]string{}
	for _, tie := range nw.Ties {
		got[nw.People[tie.From].ID+nw.People[tie.To].ID] = tie.Since.String()
	}
	if want := map[string]string{"ab": "2023-02-01", "bc": "", "ca": ""}; !reflect.DeepEqual(got, want) {
		t.Errorf("since = %v, want %v", got, want)
	}
}

// A memberships file's since and until columns date each membership,
// each column in its own order of day and month.
func TestMembershipsSinceUntil(t *testing.T) {
	const memberships = "person_id,network,since,until\n" +
		"a,Forum,2024-03-05,\n" +
		"b,Forum,3/15/2021,20/1/2024\n" +
		"c,Forum,,5/1/2024\n" +
		"a,Club,27 Nov 2026,\n"
	nw, rep := mustLoad(t, map[string]string{"p.csv": tiesPeople, "m.csv": memberships}, Options{People: "p.csv", Memberships: "m.csv", Now: func() time.Time { return datesNow }})
	f := fileReport(t, rep, "memberships")
	if f.Imported != 4 || f.NotesByReason["bad date"] != 0 {
		t.Fatalf("imported %d, notes %v", f.Imported, f.Notes)
	}
	forum, club := nw.Groups[0], nw.Groups[1]
	var got []string
	for k := range forum.Members {
		got = append(got, forum.Since[k].String()+"/"+forum.Until[k].String())
	}
	// until is day first (20/1/2024 proves it): 5/1/2024 is 5 January.
	if want := []string{"2024-03-05/", "2021-03-15/2024-01-20", "/2024-01-05"}; !reflect.DeepEqual(got, want) {
		t.Errorf("forum dates = %q, want %q", got, want)
	}
	if club.Since[0].String() != "2026-11-27" {
		t.Errorf("club since = %v", club.Since[0])
	}
	// Ended memberships still count, and the report says so once.
	if f.NotesByReason["ended memberships"] != 1 || len(forum.Members) != 3 {
		t.Errorf("ended memberships noted %d times, forum has %d members; want 1 note and 3 members",
			f.NotesByReason["ended memberships"], len(forum.Members))
	}
	for _, p := range f.Notes {
		if strings.HasPrefix(p.Reason, "2 rows give a day the membership ended") && (p.Line != 1 || p.Column != 4) {
			t.Errorf("ended memberships noted at line %d, column %d, want the header's until", p.Line, p.Column)
		}
	}
}

// A membership that ends before it began keeps its joining day, loses the
// day it ended, and is noted with the line and column of that day.
func TestMembershipsUntilBeforeSince(t *testing.T) {
	const memberships = "person_id,network,since,until\n" +
		"a,Forum,2024-03-05,2023-01-01\n" +
		"b,Forum,2021-03-15,2021-03-15\n"
	nw, rep := mustLoad(t, map[string]string{"p.csv": tiesPeople, "m.csv": memberships}, Options{People: "p.csv", Memberships: "m.csv", Now: func() time.Time { return datesNow }})
	f := fileReport(t, rep, "memberships")
	if f.Imported != 2 || f.NotesByReason["bad date"] != 1 {
		t.Fatalf("imported %d, notes %v", f.Imported, f.Notes)
	}
	forum := nw.Groups[0]
	if got := forum.Since[0].String() + "/" + forum.Until[0].String(); got != "2024-03-05/" {
		t.Errorf("a's dates %s, want 2024-03-05/ (the day left dropped)", got)
	}
	if got := forum.Since[1].String() + "/" + forum.Until[1].String(); got != "2021-03-15/2021-03-15" {
		t.Errorf("b's dates %s: joining and leaving on one day is kept", got)
	}
	var found bool
	for _, p := range f.Notes {
		if p.Line == 2 && p.Column == 4 && p.Field == "until" && strings.Contains(p.Reason, "before the day the person joined (2024-03-05)") {
			found = true
		}
	}
	if !found {
		t.Errorf("no note at line 2, column 4 (until): %+v", f.Notes)
	}
}

// LinkedIn's archive dates are month first, but a date with dots is day
// first there too.
func TestMonthFirstDateDots(t *testing.T) {
	for in, want := range map[string]string{"3/5/2026": "2026-03-05", "05.03.2026, 12:34 AM": "2026-03-05", "3.25.2026": "2026-03-25", "15 Mar 2026": "2026-03-15"} {
		if d, ok := monthFirstDate(in, 2026); !ok || d.String() != want {
			t.Errorf("monthFirstDate(%q) = %v %v, want %s", in, d, ok, want)
		}
	}
}
