package importers

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// QA: two people who share an e-mail address (an office's info@) were
// merged into one: the second disappeared and his categories went to the
// first. Rows whose names clearly differ are kept apart, noted; rows of the
// same name, or without one, are merged as before.
func TestSharedEmailKeptApart(t *testing.T) {
	const outlookHead = "First Name,Last Name,Company,Job Title,E-mail Address,Categories\n"
	const googleHead = "First Name,Last Name,Organization Name,Labels,E-mail 1 - Value\n"
	type person struct {
		id, name string
		groups   []string
	}
	cases := []struct {
		name, file, body string
		people           []person
		notes            map[string]int
		note             string // the first note's reason holds this
		noteLine         int
	}{
		{"outlook: two people, one office address", "c.csv", outlookHead +
			"Anna,Berg,Firm AB,Partner,info@firm.se,Clients\n" +
			"Bo,Ek,Firm AB,Associate,info@firm.se,Golf\n",
			[]person{{"info@firm.se", "Anna Berg", []string{"Clients"}}, {"bo-ek", "Bo Ek", []string{"Golf"}}},
			map[string]int{"shared e-mail": 1},
			`shares the e-mail address "info@firm.se" of line 2 with another name ("Anna Berg", then "Bo Ek"): kept apart as "bo-ek"`, 3},
		{"outlook: a third row of each is merged with the right one", "c.csv", outlookHead +
			"Anna,Berg,Firm AB,Partner,info@firm.se,Clients\n" +
			"Bo,Ek,Firm AB,Associate,info@firm.se,Golf\n" +
			"Bo,Ek,Firm AB,,info@firm.se,Padel\n" +
			"Anna,Berg,,,info@firm.se,Board\n" +
			"Cy,Fors,Firm AB,Clerk,info@firm.se,\n" +
			"B.,Ek,,,info@firm.se,Tennis\n",
			[]person{{"info@firm.se", "Anna Berg", []string{"Clients", "Board"}}, {"bo-ek", "Bo Ek", []string{"Golf", "Padel", "Tennis"}},
				{"cy-fors", "Cy Fors", nil}},
			map[string]int{"shared e-mail": 2, "duplicate merged": 3}, "", 3},
		{"outlook: same name, or an initial, is one person", "c.csv", outlookHead +
			"Anna,Berg,Firm AB,Partner,anna@firm.se,Clients\n" +
			"A.,Berg,Firm AB,,anna@firm.se,Golf\n" +
			"Berg,Anna,,,anna@firm.se,Board\n",
			[]person{{"anna@firm.se", "Anna Berg", []string{"Clients", "Golf", "Board"}}},
			map[string]int{"duplicate merged": 2}, "", 0},
		{"outlook: a row without a name is merged", "c.csv", outlookHead +
			"Anna,Berg,Firm AB,Partner,anna@firm.se,Clients\n" +
			",,Firm AB,,anna@firm.se,Golf\n",
			[]person{{"anna@firm.se", "Anna Berg", []string{"Clients", "Golf"}}},
			map[string]int{"duplicate merged": 1}, "", 0},
		{"google: the second's own address is its id", "g.csv", googleHead +
			"Anna,Berg,Firm AB,Clients,info@firm.se\n" +
			"Bo,Ek,Firm AB,Golf,info@firm.se ::: bo@ek.se\n",
			[]person{{"info@firm.se", "Anna Berg", []string{"Clients"}}, {"bo@ek.se", "Bo Ek", []string{"Golf"}}},
			map[string]int{"shared e-mail": 1}, `kept apart as "bo@ek.se"`, 3},
		{"vcard", "c.vcf",
			"BEGIN:VCARD\nVERSION:3.0\nFN:Anna Berg\nEMAIL:info@firm.se\nCATEGORIES:Clients\nEND:VCARD\n" +
				"BEGIN:VCARD\nVERSION:3.0\nFN:Bo Ek\nEMAIL:info@firm.se\nCATEGORIES:Golf\nEND:VCARD\n",
			[]person{{"info@firm.se", "Anna Berg", []string{"Clients"}}, {"bo-ek", "Bo Ek", []string{"Golf"}}},
			map[string]int{"shared e-mail": 1}, `line 1 with another name ("Anna Berg", then "Bo Ek")`, 7},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			nw, rep := mustLoad(t, map[string]string{tc.file: tc.body}, Options{People: tc.file, NoDerive: true})
			if len(nw.People) != len(tc.people)+1 {
				t.Errorf("%d people, want %d and the ego", len(nw.People), len(tc.people))
			}
			for _, p := range tc.people {
				i, ok := nw.Index(p.id)
				if !ok {
					t.Errorf("no person %q", p.id)
					continue
				}
				if nw.People[i].Name != p.name {
					t.Errorf("%s: name %q, want %q", p.id, nw.People[i].Name, p.name)
				}
				var groups []string
				for _, g := range nw.Groups {
					if slices.Contains(g.Members, i) {
						groups = append(groups, g.Name)
					}
				}
				slices.Sort(groups)
				want := slices.Clone(p.groups)
				slices.Sort(want)
				if !reflect.DeepEqual(groups, want) {
					t.Errorf("%s: groups %q, want %q", p.id, groups, want)
				}
				if _, ok := tieOf(nw, "me", p.id, nw.TieTypeName(nw.Ties[0].Type)); !ok {
					t.Errorf("%s: no tie from the ego", p.id)
				}
			}
			f := fileReport(t, rep, "people")
			for k, n := range tc.notes {
				if f.NotesByReason[k] != n {
					t.Errorf("notes %v, want %v", f.NotesByReason, tc.notes)
				}
			}
			if f.Imported != f.RowsRead {
				t.Errorf("imported %d of %d rows", f.Imported, f.RowsRead)
			}
			if tc.note == "" {
				return
			}
			for _, n := range f.Notes {
				if strings.Contains(n.Reason, tc.note) {
					if n.Line != tc.noteLine {
						t.Errorf("note on line %d, want %d: %+v", n.Line, tc.noteLine, n)
					}
					return
				}
			}
			t.Errorf("no note saying %q: %+v", tc.note, f.Notes)
		})
	}
}

func TestSameName(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Anna Berg", "Anna Berg", true},
		{"Anna Berg", "anna  berg", true},
		{"Anna Berg", "Berg, Anna", true},
		{"Anna Berg", "A. Berg", true},
		{"Anna Berg", "Anna", true},
		{"Åsa Öberg", "Asa Oberg", true},
		{"Anna Berg", "", true},
		{"Anna Berg", "Bo Ek", false},
		{"Anna Berg", "Anna Ek", false},
		{"Anna Berg", "Bo Berg", false},
	} {
		if got := sameName(tc.a, tc.b); got != tc.want {
			t.Errorf("sameName(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
