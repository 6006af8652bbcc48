package evaluate

import (
	"slices"
	"testing"
	"testing/fstest"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/importers"
)

// QA: evaluate judged a people file's derived function and seniority,
// which are no column of it, and a contact export's raw job titles, each
// nearly distinct, as unseen values. A people file's attributes are its
// columns (the contract); a contact export's are analyze's: the derived
// figures, not the title.
func TestEvaluateAttributes(t *testing.T) {
	fsys := fstest.MapFS{
		"people.csv": {Data: []byte("id,name,position\ne,Eva,Zookeeper\nx,Xia,Gardener\ny,Yan,CEO\n")},
		"linkedin.csv": {Data: []byte("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
			"Xia,Li,https://www.linkedin.com/in/xia,,Acme,Gardener,01 Mar 2024\nYan,Wu,https://www.linkedin.com/in/yan,,Beta,CEO,01 Mar 2024\n")},
		"m.csv":  {Data: []byte("person_id,network\nx,A\ny,B\n")},
		"ml.csv": {Data: []byte("person_id,network\nxia,A\nyan,B\n")},
	}
	cases := []struct {
		opt   importers.Options
		attrs []string
		order []string
	}{
		{importers.Options{FS: fsys, People: "people.csv", Memberships: "m.csv", Ego: "e"}, []string{"position"}, []string{"A", "B"}},
		{importers.Options{FS: fsys, People: "linkedin.csv", Memberships: "ml.csv"}, []string{"organization", "function", "seniority"}, nil},
	}
	for _, tc := range cases {
		nw, _, err := importers.Load(tc.opt)
		if err != nil {
			t.Fatal(err)
		}
		r, err := analysis.Run(nw, analysis.Options{})
		if err != nil {
			t.Fatal(err)
		}
		ev, err := Evaluate(r, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := slices.Clone(ev.Attributes)
		slices.Sort(got)
		want := slices.Clone(tc.attrs)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: attributes %q, want %q", tc.opt.People, ev.Attributes, tc.attrs)
		}
		if tc.order != nil {
			var names []string
			for _, n := range ev.Networks {
				names = append(names, n.Name)
			}
			if !slices.Equal(names, tc.order) {
				t.Errorf("%s: networks listed %q, want %q", tc.opt.People, names, tc.order)
			}
		}
	}
}
