package importers

import (
	"strings"
	"testing"
)

// Issue 14, item 7: ids that differ only in case (P1, p1) became two people
// with no note. They stay two people (ids are case-sensitive), and the
// report says so with both ids and lines.
func TestIDsDifferingInCase(t *testing.T) {
	const people = "id,name\nP1,Ann\nq,Bo\np1,Ann B\nQ,Cy\nP1,Ann\n"
	nw, rep := mustLoad(t, map[string]string{"p.csv": people, "t.csv": "source,target\np1,q\nP1,Q\nq,P1\n"},
		Options{People: "p.csv", Ties: "t.csv"})
	if len(nw.People) != 4 {
		t.Errorf("%d people, want 4 (ids are case-sensitive)", len(nw.People))
	}
	f := fileReport(t, rep, "people")
	if f.NotesByReason["ids differ only in case"] != 2 {
		t.Fatalf("notes %v, want 2 'ids differ only in case'", f.NotesByReason)
	}
	var got []Problem
	for _, p := range f.Notes {
		if strings.Contains(p.Reason, "only in case") {
			got = append(got, p)
		}
	}
	want := []struct {
		line        int
		first, then string
		firstLine   string
	}{{4, `"P1"`, `"p1"`, "line 2"}, {5, `"q"`, `"Q"`, "line 3"}}
	for k, w := range want {
		p := got[k]
		if p.Line != w.line || p.Column != 1 || !strings.Contains(p.Reason, w.first) || !strings.Contains(p.Reason, w.then) ||
			!strings.Contains(p.Reason, w.firstLine) || !strings.Contains(p.Reason, "case-sensitive") {
			t.Errorf("note %d = %+v, want line %d naming %s (%s) and %s", k, p, w.line, w.first, w.firstLine, w.then)
		}
	}
	// A tie naming an id in another case is not matched to it silently.
	if tf := fileReport(t, rep, "ties"); tf.NotesByReason["unknown person added"] != 0 || tf.Imported != 3 {
		t.Errorf("ties notes %v imported %d", tf.NotesByReason, tf.Imported)
	}
	_, rep = mustLoad(t, map[string]string{"p.csv": "id\nP1\n", "t.csv": "source,target\np1,P1\n"}, Options{People: "p.csv", Ties: "t.csv"})
	tf := fileReport(t, rep, "ties")
	if len(tf.Notes) != 1 || !strings.Contains(tf.Notes[0].Reason, `"P1"`) || !strings.Contains(tf.Notes[0].Reason, "case") {
		t.Errorf("an unknown id that matches one in another case: notes %v", tf.Notes)
	}
}
