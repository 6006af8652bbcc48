package importers

import (
	"strings"
	"testing"
)

func TestDisplayText(t *testing.T) {
	tests := []struct {
		in, want string
		changed  bool
	}{
		{"Anna Berg", "Anna Berg", false},
		{"Åsa Öberg — 李娜 محمد", "Åsa Öberg — 李娜 محمد", false},
		{"\u202eAlice", "Alice", true},
		{"Ca\x00rl", "Ca rl", true},
		{"D\x1b[31mE", "D [31mE", true},
		{"Dan\x0bX\tY\nZ\r\n", "Dan X\tY\nZ\r\n", true},
		{"two\nlines", "two\nlines", false},
		{"a\u0085b\u009fc\u00a0d", "a b c\u00a0d", true}, // C1 controls; no-break space kept
		{"\u2066x\u2069 \u202ay\u202c", "x y", true},
		{"\u200fشركة\u200e", "\u200fشركة\u200e", false}, // implicit marks are harmless
		{"", "", false},
	}
	for _, tc := range tests {
		got, changed := displayText(tc.in)
		if got != tc.want || changed != tc.changed {
			t.Errorf("displayText(%q) = %q, %v; want %q, %v", tc.in, got, changed, tc.want, tc.changed)
		}
	}
}

// Names, values, network names, what is known of networks and tie types
// reach the model without control characters or direction overrides; ids
// are kept as written, so that files still refer to each other.
func TestControlCharactersLeaveDisplayText(t *testing.T) {
	nw, rep := mustLoad(t, map[string]string{
		"p.csv": "id,name,team\nx1,\u202eAlice,B\nx\x013,Ca\x00rl,D\x01E\nx4,Dan,F\x1bG\n",
		"m.csv": "person_id,network\nx1,N\u202e1\nx\x013,N\u202e1\nx4,N1\n",
		"t.csv": "source,target,type\nx1,x4,adv\x1bice\nx\x013,x4,\n",
		"n.csv": "network,purpose\nN1,meet\x00ups\n",
	}, Options{People: "p.csv", Memberships: "m.csv", Ties: "t.csv", Networks: "n.csv"})
	if len(nw.People) != 3 {
		t.Fatalf("%d people", len(nw.People))
	}
	i, ok := nw.Index("x\x013")
	if !ok || nw.People[i].Name != "Ca rl" || attr(t, nw, "x\x013", "team") != "D E" {
		t.Errorf("x\\x013: found %v, %+v", ok, nw.People)
	}
	if a, _ := nw.Index("x1"); nw.People[a].Name != "Alice" || attr(t, nw, "x4", "team") != "F G" {
		t.Errorf("names %+v", nw.People)
	}
	// "N\u202e1" becomes N1, which the memberships name too: two groups
	// stay two, the first named "N1 (2)".
	if g, ok := nw.GroupIndex("N1 (2)"); len(nw.Groups) != 2 || !ok || len(nw.Groups[g].Members) != 2 {
		t.Errorf("groups %+v", nw.Groups)
	}
	if g, ok := nw.GroupIndex("N1"); !ok || nw.Groups[g].Info == nil || nw.Groups[g].Info.Purpose != "meet ups" {
		t.Errorf("N1: %v %+v", ok, nw.Groups)
	}
	if got := nw.TieTypeName(nw.Ties[0].Type); got != "adv ice" {
		t.Errorf("tie type %q", got)
	}
	// Each file's texts are noted on it: names and values on the people
	// file, network names and what is known of them on the memberships
	// file (with the network renamed), tie types on the ties file.
	for role, want := range map[string]string{"people": "4 names or values", "memberships": `2 networks' names or descriptions held control characters (replaced by spaces) or text-direction overrides (removed), which would garble the outputs; a cleaned name another network has already is numbered: "N1 (2)"`, "ties": "a tie's type"} {
		f := fileReport(t, rep, role)
		if f.NotesByReason["control characters"] != 1 || !strings.Contains(f.Notes[len(f.Notes)-1].Reason, want) {
			t.Errorf("%s: notes %+v, want one with %q", role, f.Notes, want)
		}
	}
	// A space that cleaning made at an end is trimmed.
	if got := attr(t, nw, "x4", "team"); got != "F G" {
		t.Errorf("x4 team %q", got)
	}
}
