package importers

import "testing"

// A memberships or ties file that writes an id or name in another Unicode
// form (decomposed é, as some macOS tools write) names the same person,
// noted; with strict it is still an error (the contract compares exact
// strings).
func TestRefsInAnotherUnicodeForm(t *testing.T) {
	const nfc, nfd = "linn\u00e9a-str\u00f6m", "linne\u0301a-stro\u0308m"
	people := "id,name\n" + nfc + ",Linn\u00e9a Str\u00f6m\nb,Bo\n"
	nw, rep := mustLoad(t, map[string]string{"p.csv": people,
		"m.csv": "person_id,network\n" + nfd + ",g\nLinne\u0301a Stro\u0308m,h\nb,g\n"},
		Options{People: "p.csv", Memberships: "m.csv"})
	if len(nw.People) != 2 {
		t.Fatalf("people %+v", nw.People)
	}
	if n := fileReport(t, rep, "memberships").NotesByReason["matched in another Unicode form"]; n != 2 {
		t.Errorf("notes %+v", fileReport(t, rep, "memberships").Notes)
	}
	// Under strict an id in another form is the same id (one text), a
	// name is not an id.
	if _, _, err := loadFS(t, map[string]string{"p.csv": people, "m.csv": "person_id,network\n" + nfd + ",g\n"},
		Options{People: "p.csv", Memberships: "m.csv", Strict: true}); err != nil {
		t.Errorf("strict, id in another form: %v", err)
	}
	if _, _, err := loadFS(t, map[string]string{"p.csv": people, "m.csv": "person_id,network\nLinne\u0301a Stro\u0308m,g\n"},
		Options{People: "p.csv", Memberships: "m.csv", Strict: true}); err == nil {
		t.Error("strict, name in another form: no error")
	}
}
