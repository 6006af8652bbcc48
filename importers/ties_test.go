package importers

import (
	"strings"
	"testing"

	"github.com/tiesnet/ties/graph"
)

const tiesPeople = "id,name,group\na,Ann,x\nb,Bo,y\nc,Cy,x\n"

func TestTiesFile(t *testing.T) {
	const ties = "From;To;Weight;Type\n" +
		"a;b;2,5;advice\n" + // decimal comma
		"b;a;;\n" + // empty weight = 1
		"a;b;1;advice\n" + // repeat of the same type: summed
		"a;a;1;\n" + // self-tie
		"a;;1;\n" + // no target
		";b;1;\n" + // no source
		"b;c;0;\n" + // zero weight
		"b;c;-1;\n" +
		"b;c;lots;\n" +
		"c;d;1;\n" + // unknown person: added
		"Cy;a;3;\n" + // a name, not an id: matched
		"a;b;2;introduction\n" // another type between the same pair: a tie of its own
	nw, rep := mustLoad(t, map[string]string{"p.csv": tiesPeople, "t.csv": ties}, Options{People: "p.csv", Ties: "t.csv"})
	f := fileReport(t, rep, "ties")
	if f.Delimiter != ";" || f.RowsRead != 12 || f.Imported != 6 || f.SkippedCount() != 6 {
		t.Fatalf("delimiter %q read %d imported %d skipped %d: %+v", f.Delimiter, f.RowsRead, f.Imported, f.SkippedCount(), f.Skipped)
	}
	for k, v := range map[string]int{"self-tie": 1, "no target": 1, "no source": 1, "bad weight": 3} {
		if f.SkippedByReason[k] != v {
			t.Errorf("skipped %q = %d, want %d", k, f.SkippedByReason[k], v)
		}
	}
	for k, v := range map[string]int{"repeated tie": 1, "unknown person added": 1, "matched by name": 1} {
		if f.NotesByReason[k] != v {
			t.Errorf("note %q = %d, want %d (%v)", k, f.NotesByReason[k], v, f.Notes)
		}
	}
	if p := f.Notes[0]; p.Line != 4 || !strings.Contains(p.Reason, "line 2") {
		t.Errorf("repeat note = %+v", p)
	}
	want := []graph.Tie{
		{From: 0, To: 1, Weight: 3.5, Type: nw.AddTieType("advice")},
		{From: 0, To: 1, Weight: 2, Type: nw.AddTieType("introduction")},
		{From: 1, To: 0, Weight: 1},
		{From: 2, To: 0, Weight: 3},
		{From: 2, To: 3, Weight: 1},
	}
	if len(nw.Ties) != len(want) {
		t.Fatalf("ties = %+v", nw.Ties)
	}
	for i := range want {
		if nw.Ties[i] != want[i] {
			t.Errorf("tie %d = %+v, want %+v", i, nw.Ties[i], want[i])
		}
	}
	if d := nw.People[3]; d.ID != "d" || attr(t, nw, "d", "group") != "" {
		t.Errorf("added person = %+v", d)
	}
	if rep.Totals.People != 4 || rep.Totals.Ties != 5 {
		t.Errorf("totals = %+v", rep.Totals)
	}
}

func TestTiesUndirected(t *testing.T) {
	nw, rep := mustLoad(t, map[string]string{"p.csv": tiesPeople, "t.csv": "source,target\na,b\nb,a\nb,c\n"},
		Options{People: "p.csv", Ties: "t.csv", Undirected: true})
	if len(nw.Ties) != 2 || !nw.Ties[0].Mutual || nw.Ties[0].Weight != 2 || nw.HasDirected() {
		t.Errorf("undirected ties = %+v", nw.Ties)
	}
	if f := fileReport(t, rep, "ties"); f.NotesByReason["repeated tie"] != 1 {
		t.Errorf("b,a should repeat a,b when undirected: %+v", f.Notes)
	}
}

func TestTiesStrict(t *testing.T) {
	_, _, err := loadFS(t, map[string]string{"p.csv": tiesPeople, "t.csv": "source,target\na,b\nb,zed\n"},
		Options{People: "p.csv", Ties: "t.csv", Strict: true})
	e := asError(t, err)
	if e.Path != "t.csv" || e.Line != 3 || e.Column != 2 || e.Field != "target" || !strings.Contains(e.Error(), "--strict") {
		t.Errorf("strict error = %v (%+v)", e, e)
	}
}

func TestMembershipsFile(t *testing.T) {
	const memberships = "Person ID,Group,Role\n" +
		"a,Forum,board\n" +
		"b,Forum,\n" +
		"a,Forum,member\n" + // repeat: skipped
		",Forum,\n" +
		"c,,\n" +
		"Bo,Club,\n" + // a name
		"zed,Club,\n" // unknown: added
	nw, rep := mustLoad(t, map[string]string{"p.csv": tiesPeople, "m.csv": memberships}, Options{People: "p.csv", Memberships: "m.csv"})
	f := fileReport(t, rep, "memberships")
	if f.RowsRead != 7 || f.Imported != 4 || f.SkippedCount() != 3 {
		t.Errorf("read %d imported %d skipped %+v", f.RowsRead, f.Imported, f.Skipped)
	}
	if p := f.Skipped[0]; p.Line != 4 || !strings.Contains(p.Reason, "repeats line 2") {
		t.Errorf("duplicate = %+v", p)
	}
	if len(nw.Groups) != 2 || nw.Groups[0].Name != "Forum" || len(nw.Groups[0].Members) != 2 || nw.Groups[0].Roles[0] != "board" {
		t.Errorf("groups = %+v", nw.Groups)
	}
	if club := nw.Groups[1]; len(club.Members) != 2 || nw.People[club.Members[0]].ID != "b" || nw.People[club.Members[1]].ID != "zed" {
		t.Errorf("club = %+v", club)
	}
	if rep.Totals.Groups != 2 || rep.Totals.Memberships != 4 || rep.Totals.People != 4 {
		t.Errorf("totals = %+v", rep.Totals)
	}
}

func TestNetworksFile(t *testing.T) {
	const networks = "network,purpose,organizer,scope,formal,fee,hours_per_month\n" +
		"Forum,\"Business, trade\",Chamber,Regional,yes,\"1 200 SEK\",2\n" +
		"Club,running,volunteers,planet-wide,maybe,free,\n" +
		"Forum,again,,,,,\n" +
		",nameless,,,,,\n"
	nw, rep := mustLoad(t, map[string]string{"n.csv": networks, "m.csv": "person_id,network\na,Club\n"},
		Options{Networks: "n.csv", Memberships: "m.csv"})
	f := fileReport(t, rep, "networks")
	if f.RowsRead != 4 || f.Imported != 2 || f.SkippedByReason["duplicate network"] != 1 || f.SkippedByReason["no network"] != 1 {
		t.Errorf("networks report %+v", f)
	}
	if f.NotesByReason["unreadable cell"] != 3 {
		t.Errorf("notes = %+v", f.Notes)
	}
	if p := f.Notes[0]; p.Line != 3 || p.Column != 4 || p.Field != "scope" {
		t.Errorf("first note = %+v", p)
	}
	forum := nw.Groups[0].Info
	if forum == nil || forum.Purpose != "Business, trade" || forum.Organiser != "Chamber" || forum.Scope != "local" ||
		forum.Formal == nil || !*forum.Formal || forum.Fee == nil || *forum.Fee != 1200 || *forum.HoursPerMonth != 2 {
		t.Errorf("forum info = %+v", forum)
	}
	club := nw.Groups[1].Info
	if club.Scope != "" || club.Formal != nil || club.Fee != nil || club.HoursPerMonth != nil {
		t.Errorf("club info = %+v", club)
	}
	if len(nw.Groups[1].Members) != 1 || len(nw.Groups[0].Members) != 0 {
		t.Error("memberships not joined to described networks")
	}
}

// The two real public networks in testdata/public import without loss.
func TestSharedData(t *testing.T) {
	cases := []struct {
		dir                string
		undirected         bool
		people, ties, attr int
	}{
		{"sampson", false, 18, 56, 1},
		{"faux_mesa", true, 205, 203, 3},
	}
	for _, c := range cases {
		t.Run(c.dir, func(t *testing.T) {
			base := "../testdata/public/" + c.dir + "/"
			nw, rep, err := Load(Options{People: base + "people.csv", Ties: base + "ties.csv", Undirected: c.undirected})
			if err != nil {
				t.Skipf("shared data not here: %v", err)
			}
			checkAccounting(t, rep)
			if len(nw.People) != c.people || len(nw.Ties) != c.ties || len(nw.Attributes) != c.attr {
				t.Errorf("%d people, %d ties, %d attributes", len(nw.People), len(nw.Ties), len(nw.Attributes))
			}
			for _, f := range rep.Files {
				if f.SkippedCount() != 0 || len(f.Notes) != 0 {
					t.Errorf("%s: %+v %+v", f.Path, f.Skipped, f.Notes)
				}
			}
		})
	}
}
