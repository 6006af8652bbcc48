package importers

import (
	"strings"
	"testing"
)

// Categories and network names are compared as exact strings, not trimmed
// (docs/spec metrics.md, evaluate.md); a cell of nothing but spaces is
// empty, so missing.
func TestValuesAndNetworkNamesAreExact(t *testing.T) {
	nw, rep := mustLoad(t, map[string]string{
		"p.csv": "id,name,team\na,A,eng\nb,B,\"eng \"\nc,C,\" eng\"\nd,D,Eng\ne,E,\"  \"\n",
		"m.csv": "person_id,network\na,g4\nb,\"g4 \"\nc,g4\n",
		"n.csv": "network,purpose\n\"g4 \",spaced\n",
	}, Options{People: "p.csv", Memberships: "m.csv", Networks: "n.csv"})
	for id, want := range map[string]string{"a": "eng", "b": "eng ", "c": " eng", "d": "Eng", "e": ""} {
		if got := attr(t, nw, id, "team"); got != want {
			t.Errorf("team of %s = %q, want %q", id, got, want)
		}
	}
	if len(nw.Groups) != 2 {
		t.Fatalf("groups %d, want 2 (g4 and \"g4 \")", len(nw.Groups))
	}
	for name, want := range map[string]int{"g4": 2, "g4 ": 1} {
		g, ok := nw.GroupIndex(name)
		if !ok || len(nw.Groups[g].Members) != want {
			t.Errorf("group %q: found %v, members %v, want %d", name, ok, nw.Groups, want)
			continue
		}
		if info := nw.Groups[g].Info; (name == "g4 ") != (info != nil && info.Purpose == "spaced") {
			t.Errorf("group %q has info %+v", name, info)
		}
	}
	if f := fileReport(t, rep, "memberships"); f.Imported != 3 {
		t.Errorf("memberships imported %d, want 3", f.Imported)
	}
}

// With StrictPeopleFile (ties evaluate's default), a people file's
// contract holds: a tie end or person_id not in it, an empty person or
// network, is an error naming the file, line and column. A contact export
// is read as before.
func TestStrictPeopleFile(t *testing.T) {
	people := "id,name,team\nme,Me,x\na,Anna,y\nb,Bo,z\n"
	tests := []struct {
		name, file, body   string
		line, column       int
		msg, hint, notHint string
	}{
		{"unknown member", "m.csv", "person_id,network\nme,g\nzz,g\n", 3, 1, `"zz" is not in the people file`, "--strict=false", ""},
		{"member by name", "m.csv", "person_id,network\nAnna,g\n", 2, 1, `"Anna" is not in the people file`, `write the person's id, "a"`, ""},
		{"empty network", "m.csv", "person_id,network\nme,g\na,\n", 3, 2, "the network is empty", "give every membership", ""},
		{"spaces for network", "m.csv", "person_id,network\nme,g\na,\"  \"\n", 3, 2, "the network is empty", "", ""},
		{"empty person", "m.csv", "person_id,network\nme,g\n,g\n", 3, 1, "the person is empty", "", ""},
		{"unknown tie end", "t.csv", "source,target\nme,a\na,zz\n", 3, 2, `"zz" is not in the people file`, "", ""},
		{"empty tie end", "t.csv", "source,target\nme,a\n,a\n", 3, 1, "the source is empty", "give every tie", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opt := Options{People: "p.csv", StrictPeopleFile: true}
			if tc.file == "m.csv" {
				opt.Memberships = "m.csv"
			} else {
				opt.Ties = "t.csv"
			}
			_, _, err := loadFS(t, map[string]string{"p.csv": people, tc.file: tc.body}, opt)
			if err == nil {
				t.Fatal("no error")
			}
			e := asError(t, err)
			if e.Path != tc.file || e.Line != tc.line || e.Column != tc.column || !strings.Contains(e.Msg, tc.msg) || !strings.Contains(e.Hint, tc.hint) {
				t.Errorf("error %+v, want %s:%d:%d %q (hint with %q)", e, tc.file, tc.line, tc.column, tc.msg, tc.hint)
			}
			// Without it the row is skipped or the person added, reported.
			opt.StrictPeopleFile = false
			if _, _, err := loadFS(t, map[string]string{"p.csv": people, tc.file: tc.body}, opt); err != nil {
				t.Errorf("not strict: %v", err)
			}
		})
	}
	// A contact export does not list its exporter: people named in the
	// memberships who are not contacts are added, noted.
	linkedin := "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnna,Berg,,,Volvo,Engineer,01 Mar 2024\n"
	nw, rep := mustLoad(t, map[string]string{"c.csv": linkedin, "m.csv": "person_id,network\nme,g\nzz,g\n"},
		Options{People: "c.csv", Memberships: "m.csv", StrictPeopleFile: true})
	if _, ok := nw.Index("zz"); !ok || fileReport(t, rep, "memberships").NotesByReason["unknown person added"] != 1 {
		t.Errorf("contact export: zz not added and noted: %+v", fileReport(t, rep, "memberships"))
	}
}

// A strict error about an unknown person says how many rows after it name
// someone unknown too.
func TestStrictErrorCountsTheRest(t *testing.T) {
	people := "id,name\nme,Me\na,A\n"
	for _, tc := range []struct{ file, body, want string }{
		{"m.csv", "person_id,network\nme,g\nx,g\na,g\ny,g\nz,h\n", `"x" is not in the people file (and 2 rows after it name someone not in it too)`},
		{"t.csv", "source,target\nme,a\nme,x\na,me\nq,a\n", `"x" is not in the people file (and 1 row after it names someone not in it too)`},
		{"m.csv", "person_id,network\nme,g\nx,g\n", `"x" is not in the people file`},
	} {
		opt := Options{People: "p.csv", Strict: true, Memberships: "m.csv"}
		if tc.file == "t.csv" {
			opt.Memberships, opt.Ties = "", "t.csv"
		}
		_, _, err := loadFS(t, map[string]string{"p.csv": people, tc.file: tc.body}, opt)
		if e := asError(t, err); !strings.HasSuffix(e.Msg, tc.want) || strings.Contains(tc.want, "and") != strings.Contains(e.Msg, "(and") {
			t.Errorf("%s: %q, want %q", tc.file, e.Msg, tc.want)
		}
	}
}

// A members_total is a count: commas between groups of three digits group
// thousands ("15,000"), without a note; "2,5" is no count, "12,00" is
// 12 (a decimal comma).
func TestMembersTotalThousands(t *testing.T) {
	for _, tc := range []struct {
		cell string
		want int // 0: not read
	}{{"1,000", 1000}, {"15,000", 15000}, {"1,234,567", 1234567}, {"1000", 1000}, {"2,5", 0}, {"12,00", 12}} {
		nw, rep := mustLoad(t, map[string]string{
			"m.csv": "person_id,network\na,G\n",
			"n.csv": "network,members_total\nG,\"" + tc.cell + "\"\n",
		}, Options{Memberships: "m.csv", Networks: "n.csv"})
		g, _ := nw.GroupIndex("G")
		got := 0
		if in := nw.Groups[g].Info; in != nil && in.MembersTotal != nil {
			got = *in.MembersTotal
		}
		if got != tc.want {
			t.Errorf("members_total %q read as %d, want %d (notes %+v)", tc.cell, got, tc.want, fileReport(t, rep, "networks").Notes)
		}
		if tc.want > 0 && fileReport(t, rep, "networks").NotesByReason["ambiguous comma"] > 0 {
			t.Errorf("members_total %q: noted as ambiguous", tc.cell)
		}
	}
}
