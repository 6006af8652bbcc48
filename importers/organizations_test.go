package importers

import (
	"slices"
	"strings"
	"testing"
)

func TestOrgKey(t *testing.T) {
	for in, want := range map[string]string{
		"Volvo Cars":                "volvo cars",
		"VOLVO CARS AB":             "volvo cars",
		"  Volvo   Cars  ":          "volvo cars",
		"Ericsson AB (publ)":        "ericsson",
		"Acme, Inc.":                "acme",
		"Acme Inc":                  "acme",
		"Siemens Healthineers GmbH": "siemens healthineers",
		"Brightwell People Ltd":     "brightwell people",
		"Adriatic Embedded d.o.o.":  "adriatic embedded",
		"Fitzgerald O'Neil LLP":     "fitzgerald o neil",
		"Grachten Capital B.V.":     "grachten capital",
		"Mærsk A/S":                 "mærsk",
		"Nokia Oyj":                 "nokia",
		"Inc":                       "inc", // a name that is only a suffix keeps it
		"AB Volvo":                  "ab volvo",
		"Kavya Design Labs Pvt Ltd": "kavya design labs",
	} {
		if got := orgKey(in); got != want {
			t.Errorf("orgKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDomainOrg(t *testing.T) {
	for in, want := range map[string][2]string{
		"erik@nordvik.se":           {"nordvik.se", "nordvik"},
		"erik@mail.nordvik.se":      {"nordvik.se", "nordvik"},
		"jane@brightwell.co.uk":     {"brightwell.co.uk", "brightwell"},
		"someone@gmail.com":         {"", ""},
		"someone@hotmail.se":        {"", ""},
		"someone@telia.com":         {"", ""},
		"someone@example.org":       {"", ""},
		"not an address":            {"", ""},
		"x@localhost":               {"", ""},
		"yang.guo@post.example":     {"", ""}, // reserved top-level names (QA)
		"a@b.test":                  {"", ""},
		"a@printer.local":           {"", ""},
		"anna@research.uni-lund.se": {"uni-lund.se", "uni-lund"},
	} {
		name, key := domainOrg(in)
		if [2]string{name, key} != want {
			t.Errorf("domainOrg(%q) = %q, %q; want %q", in, name, key, want)
		}
	}
}

// Spellings of one organisation count as one, under the most common
// spelling; an alias file merges names the user knows are one; an e-mail
// domain stands in for an empty company, and merges with the company it
// names.
func TestOrganizationsNormalised(t *testing.T) {
	files := map[string]string{
		"c.csv": "First Name,Last Name,Email Address,Company,Position\n" +
			"A,One,,Volvo Cars,Engineer\n" +
			"B,Two,,VOLVO CARS AB,Engineer\n" +
			"C,Three,,Volvo Cars ,Engineer\n" +
			"D,Four,,Volvo Car Corporation,Engineer\n" +
			"E,Five,e@nordvik.se,,Engineer\n" +
			"F,Six,,Nordvik AB,Engineer\n" +
			"G,Seven,g@gmail.com,,Engineer\n",
		"a.csv": "alias,organization\nVolvo Car Corporation,Volvo Cars\n",
	}
	nw, rep := mustLoad(t, files, Options{People: "c.csv", OrgAliases: "a.csv"})
	a, _ := nw.AttributeIndex(AttrOrganization)
	got := map[string]string{}
	for i, p := range nw.People {
		got[p.Name] = nw.Attr(i, a)
	}
	want := map[string]string{"A One": "Volvo Cars", "B Two": "Volvo Cars", "C Three": "Volvo Cars",
		"D Four": "Volvo Cars", "E Five": "Nordvik AB", "F Six": "Nordvik AB", "G Seven": ""}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: organization %q, want %q", name, got[name], w)
		}
	}
	if len(rep.Organizations) != 2 || rep.Organizations[0].As != "Nordvik AB" ||
		!slices.Equal(rep.Organizations[1].Variants, []string{"VOLVO CARS AB", "Volvo Car Corporation"}) {
		t.Errorf("merges: %+v", rep.Organizations)
	}
	// Without the alias file, the corporation stays apart; with --no-derive,
	// no e-mail domain stands in.
	nw, _ = mustLoad(t, files, Options{People: "c.csv", NoDerive: true})
	a, _ = nw.AttributeIndex(AttrOrganization)
	for i, p := range nw.People {
		if p.Name == "D Four" && nw.Attr(i, a) != "Volvo Car Corporation" || p.Name == "E Five" && nw.Attr(i, a) != "" {
			t.Errorf("%s: %q", p.Name, nw.Attr(i, a))
		}
	}
}

// QA: a people file's organisations were merged by key ("Volvo Cars" and
// "VOLVO CARS AB" one value) and function and seniority derived from its
// position, where the contracts compare every column as exact text and
// analyse only the file's columns. Merging and deriving are for contact
// exports, whose values each contact typed; in a people file only the
// alias file merges.
func TestPeopleFileOrganisationsExact(t *testing.T) {
	files := map[string]string{
		"p.csv": "id,name,organization,position\ne,Eva,Volvo Cars,CEO\nx,Xia,VOLVO CARS AB,Engineer\ny,Yan,Volvo Cars ,Engineer\nz,Zoe,Volvo Car Corporation,Engineer\n",
		"a.csv": "alias,organization\nVolvo Car Corporation,Volvo Cars\n",
	}
	nw, rep := mustLoad(t, files, Options{People: "p.csv"})
	org, _ := nw.AttributeIndex(AttrOrganization)
	var got []string
	for i := range nw.People {
		got = append(got, nw.Attr(i, org))
	}
	if want := []string{"Volvo Cars", "VOLVO CARS AB", "Volvo Cars ", "Volvo Car Corporation"}; !slices.Equal(got, want) || len(rep.Organizations) != 0 {
		t.Errorf("organisations %q, merges %+v; want %q as written", got, rep.Organizations, want)
	}
	for _, derived := range []string{"function", "seniority"} {
		if _, ok := nw.AttributeIndex(derived); ok {
			t.Errorf("%s derived from a people file's position", derived)
		}
	}
	// The alias file still merges what it names: the organisation it names,
	// in any spelling, and its aliases.
	files["p.csv"] += "w,Wu,Scania,Engineer\nv,Vi,SCANIA AB,Engineer\n"
	nw, _ = mustLoad(t, files, Options{People: "p.csv", OrgAliases: "a.csv"})
	got = got[:0]
	for i := range nw.People {
		got = append(got, nw.Attr(i, org))
	}
	if want := []string{"Volvo Cars", "Volvo Cars", "Volvo Cars", "Volvo Cars", "Scania", "SCANIA AB"}; !slices.Equal(got, want) {
		t.Errorf("with aliases: %q, want %q", got, want)
	}
	// A row whose names differ only in legal form still merges them.
	files["a.csv"] = "alias,organization\nScania,Scania AB\n"
	nw, _ = mustLoad(t, files, Options{People: "p.csv", OrgAliases: "a.csv"})
	if got := []string{nw.Attr(4, org), nw.Attr(5, org), nw.Attr(1, org)}; !slices.Equal(got, []string{"Scania", "Scania", "VOLVO CARS AB"}) {
		t.Errorf("alias of one key: %q", got)
	}
	// A contact export merges and derives, as before.
	nw, rep = mustLoad(t, map[string]string{"c.csv": "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
		"Anna,Berg,,,Volvo Cars,CEO,01 Mar 2024\nBo,Ek,,,VOLVO CARS AB,Engineer,01 Mar 2024\n"}, Options{People: "c.csv"})
	org, _ = nw.AttributeIndex(AttrOrganization)
	if _, ok := nw.AttributeIndex("function"); !ok || len(rep.Organizations) != 1 || nw.Attr(nw.Ego+1, org) != nw.Attr(nw.Ego+2, org) {
		t.Errorf("contact export: merges %+v", rep.Organizations)
	}
}

// Aliases that name each other (Acme is Beta, Beta is Acme; or through a
// third) are one organisation (shown, as every merge, under its most
// common spelling, the first read on a tie), noted; an alias given a second, other organisation keeps its first and
// the later row is reported, not read.
func TestOrgAliasCircles(t *testing.T) {
	people := "id,name,organization\na,A,Acme\nb,B,Beta\nc,C,Gamma\nd,D,Delta\ne,E,Epsilon\n"
	for _, tc := range []struct {
		name, aliases string
		want          []string
		note, skip    string
	}{
		{"two", "alias,organization\nAcme,Beta\nBeta,Acme\n",
			[]string{"Acme", "Acme", "Gamma", "Delta", "Epsilon"}, "circular aliases", ""},
		{"three", "alias,organization\nGamma,Acme\nAcme,Beta\nBeta,Gamma\n",
			[]string{"Acme", "Acme", "Acme", "Delta", "Epsilon"}, "circular aliases", ""},
		{"chain", "alias,organization\nAcme,Beta\nBeta,Gamma\n",
			[]string{"Acme", "Acme", "Acme", "Delta", "Epsilon"}, "", ""},
		{"conflict", "alias,organization\nDelta,Epsilon\nDelta,Acme\n",
			[]string{"Acme", "Beta", "Gamma", "Delta", "Delta"}, "", "conflicting alias"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			nw, rep := mustLoad(t, map[string]string{"p.csv": people, "a.csv": tc.aliases}, Options{People: "p.csv", OrgAliases: "a.csv"})
			org, _ := nw.AttributeIndex(AttrOrganization)
			var got []string
			for i := range nw.People {
				got = append(got, nw.Attr(i, org))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("organisations %q, want %q", got, tc.want)
			}
			var f *FileReport
			for _, x := range rep.Files {
				if x.Role == "aliases" || x.Path == "a.csv" {
					f = x
				}
			}
			if f == nil {
				t.Fatalf("no report of the alias file: %+v", rep.Files)
			}
			if tc.note != "" && f.NotesByReason[tc.note] != 1 {
				t.Errorf("notes %+v, want one %s", f.Notes, tc.note)
			}
			if tc.skip != "" && (f.SkippedByReason[tc.skip] != 1 || f.Skipped[0].Line != 3) {
				t.Errorf("skipped %+v, want line 3 as %s", f.Skipped, tc.skip)
			}
		})
	}
}

// An alias file that holds no alias, or no alias header, says what it
// needs.
func TestOrgAliasFileErrors(t *testing.T) {
	people := "id,name,organization\na,A,Acme\n"
	for file, want := range map[string]string{
		"alias,organization\n":  "a.csv:1: the file has a header but no rows. Add the aliases (alias,organization) below the header",
		"name,org\nAcme,Beta\n": "a.csv:1: not an aliases file: no header found; expected a header alias,organization",
	} {
		_, _, err := loadFS(t, map[string]string{"p.csv": people, "a.csv": file}, Options{People: "p.csv", OrgAliases: "a.csv"})
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%q: error %v, want it to start %q", file, err, want)
		}
	}
}
