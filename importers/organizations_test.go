package importers

import (
	"slices"
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
