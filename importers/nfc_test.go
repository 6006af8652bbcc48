package importers

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

// Canonically equivalent text is one text (docs/importing.md): an id in a
// people file written once composed (é) and once decomposed (e and a
// combining accent) is one person, and a network named so in networks.csv
// and in the memberships is one network; each match is noted.
func TestUnicodeFormsAreOneText(t *testing.T) {
	nfc, nfd := "Linnéa", norm.NFD.String("Linnéa")
	club, clubD := "Föreningen Väst", norm.NFD.String("Föreningen Väst")
	if nfc == nfd || club == clubD {
		t.Fatal("the test needs two forms")
	}
	nw, rep := mustLoad(t, map[string]string{
		"p.csv": "id,country\n" + nfc + ",SE\n" + nfd + ",\nbo,NO\n",
		"n.csv": "network,fee\n" + club + ",100\n",
		"m.csv": "person_id,network\n" + nfc + "," + clubD + "\nbo," + club + "\n",
	}, Options{People: "p.csv", Networks: "n.csv", Memberships: "m.csv"})
	if len(nw.People) != 2 {
		t.Errorf("%d people, want 2 (Linnéa once)", len(nw.People))
	}
	if len(nw.Groups) != 1 || len(nw.Groups[0].Members) != 2 || nw.Groups[0].Info == nil || nw.Groups[0].Info.Fee == nil {
		t.Errorf("networks %+v, want one with both members and its fee", nw.Groups)
	}
	notes := 0
	for _, f := range rep.Files {
		notes += f.NotesByReason["matched in another Unicode form"]
		if f.Role == "people" && f.NotesByReason["matched in another Unicode form"] != 1 {
			t.Errorf("people file notes %+v", f.Notes)
		}
	}
	if notes != 2 {
		t.Errorf("%d Unicode-form notes, want 2 (the id and the network)", notes)
	}
}
