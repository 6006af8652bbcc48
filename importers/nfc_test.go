package importers

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

// Ids and network names are exact text (metrics.md: nodes are exactly the
// ids; evaluate.md: network names are compared as exact strings), so an
// id in a people file written once composed (é) and once decomposed (e
// and a combining accent) is two people, and a network named so in
// networks.csv and in the memberships is two networks; as no reader can
// tell them apart, each is noted. A tie or membership naming an id in
// another form than the only one written so is matched to it, noted
// (docs/importing.md).
func TestUnicodeFormsNoted(t *testing.T) {
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
	if len(nw.People) != 3 {
		t.Errorf("%d people, want 3 (Linnéa twice)", len(nw.People))
	}
	if len(nw.Groups) != 2 {
		t.Fatalf("%d networks, want 2", len(nw.Groups))
	}
	for _, g := range nw.Groups {
		if len(g.Members) != 1 {
			t.Errorf("%q has %d members, want 1", g.Name, len(g.Members))
		}
	}
	for _, f := range rep.Files {
		want := map[string]string{"people": "ids differ only in Unicode form", "memberships": "names differ only in Unicode form"}[f.Role]
		if want != "" && f.NotesByReason[want] != 1 {
			t.Errorf("%s file: notes %+v, want one %q", f.Role, f.Notes, want)
		}
	}
}
