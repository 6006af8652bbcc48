package importers

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestReadGoals(t *testing.T) {
	fsys := fstest.MapFS{"g.csv": {Data: []byte("goal,attribute,value,target\n" +
		"diversity,country,,\n" +
		"contacts,profession,designer,3\n" +
		"contacts,profession,lawyer,\n" +
		"hours,,,\"7,5\"\n" +
		"fee,,,5000 SEK\n" +
		"fun,,,\n" +
		"diversity,,,\n" +
		"hours,,,lots\n")}}
	g, rep, err := ReadGoals("g.csv", Options{FS: fsys})
	if err != nil {
		t.Fatal(err)
	}
	if rep.RowsRead != 8 || rep.Imported != 5 || rep.SkippedCount() != 3 {
		t.Errorf("read %d imported %d skipped %+v", rep.RowsRead, rep.Imported, rep.Skipped)
	}
	if len(g.MoreDiversity) != 1 || g.MoreDiversity[0] != "country" {
		t.Errorf("diversity goals %v", g.MoreDiversity)
	}
	if len(g.Contacts) != 2 || g.Contacts[0].N != 3 || g.Contacts[0].Value != "designer" || g.Contacts[1].N != 1 {
		t.Errorf("contact goals %+v", g.Contacts)
	}
	if g.MaxHoursPerMonth == nil || *g.MaxHoursPerMonth != 7.5 || g.MaxFeePerYear == nil || *g.MaxFeePerYear != 5000 {
		t.Errorf("budgets %v %v", g.MaxHoursPerMonth, g.MaxFeePerYear)
	}
	if p := rep.Skipped[0]; p.Line != 7 || p.Column != 1 || p.Field != "goal" {
		t.Errorf("first problem %+v", p)
	}
	if p := rep.Skipped[2]; p.Line != 9 || p.Column != 4 {
		t.Errorf("last problem %+v", p)
	}
}

// Against a network's attributes, a goal naming another is an error at its
// line and column that lists the attributes; with no attributes at all it
// says to add one. A file with no goals header says what the header is.
func TestReadGoalsUnknownAttribute(t *testing.T) {
	fsys := fstest.MapFS{
		"g.csv":    {Data: []byte("goal,attribute,value,target\ndiversity,country,,\ncontacts,planet,mars,\n")},
		"none.csv": {Data: []byte("a,b,c\n1,2,3\n")},
	}
	for _, tc := range []struct {
		path  string
		attrs []string
		want  string
	}{
		{"g.csv", []string{"country", "profession"}, `g.csv:3:2: the goal names the attribute "planet", which the data does not have. Name one of its attributes: country, profession`},
		{"g.csv", []string{}, `g.csv:2:2: the goal names the attribute "country", which the data does not have. The people have no attributes: add a column`},
		{"none.csv", nil, `none.csv:1: not a goals file: no header found; expected a header goal,attribute,value,target`},
	} {
		_, _, err := ReadGoals(tc.path, Options{FS: fsys, GoalAttributes: tc.attrs})
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s with %v: error %v, want it to start %q", tc.path, tc.attrs, err, tc.want)
		}
	}
	if g, _, err := ReadGoals("g.csv", Options{FS: fsys, GoalAttributes: []string{"country", "planet"}}); err != nil || len(g.Contacts) != 1 {
		t.Errorf("known attributes: %v %+v", err, g)
	}
}
