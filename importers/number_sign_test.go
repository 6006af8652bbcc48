package importers

import "testing"

// Signs as spreadsheets typeset them are signs; spaces group thousands
// only in threes; "1.000" is read as 1 and said to be ambiguous.
func TestReadNumberSignsAndGroups(t *testing.T) {
	for _, tc := range []struct {
		in      string
		v       float64
		amb, ok bool
	}{
		{"\u22123", -3, false, true},
		{"\u2212 2,5", -2.5, false, true},
		{"(3)", -3, false, true},
		{"(1,200)", -1.2, true, true},
		{"2 3", 0, false, false},
		{"12 000", 12000, false, true},
		{"1 200,5", 1200.5, false, true},
		{"1.000", 1, true, true},
		{"1.5", 1.5, false, true},
		{"0.500", 0.5, false, true},
		{"1234.567", 1234.567, false, true},
	} {
		v, amb, ok := readNumber(tc.in)
		if ok != tc.ok || ok && (v != tc.v || amb != tc.amb) {
			t.Errorf("readNumber(%q) = %v, %v, %v; want %v, %v, %v", tc.in, v, amb, ok, tc.v, tc.amb, tc.ok)
		}
	}
	nw, rep := mustLoad(t, map[string]string{"t.csv": "source;target;weight\np1;p4;\u22123\np1;p3;(3)\np1;p2;1.000\np2;p3;2 3\n"}, Options{Ties: "t.csv"})
	f := rep.Files[0]
	if f.Imported != 1 || f.SkippedByReason["bad weight"] != 3 || f.NotesByReason["ambiguous point"] != 1 || len(nw.Ties) != 1 {
		t.Errorf("imported %d, skipped %v, notes %v", f.Imported, f.SkippedByReason, f.NotesByReason)
	}
}
