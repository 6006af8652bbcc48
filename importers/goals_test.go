package importers

import (
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
