package importers

import (
	"testing"
)

// Columns of given and family names are parts of the name, not
// backgrounds: never attributes (so never in an output, anonymised or
// not), and the name when the file has no name column. "Namn" is a name
// column.
func TestNamePartsAreNames(t *testing.T) {
	for _, tc := range []struct {
		file      string
		names     []string
		leftOut   []string
		attrs     []string
		includeIt bool
	}{
		{"id,first_name,last_name,country\np1,Quenby,Zorbalski,SE\np2,,Yxtrand,NO\np3,Sal,,DK\n",
			[]string{"Quenby Zorbalski", "Yxtrand", "Sal"}, []string{"first_name", "last_name"}, []string{"country"}, false},
		{"id;Namn;Efternamn;Land\np1;Quenby Zorbalski;Zorbalski;Sverige\np2;Rhi Yxtrand;Yxtrand;Norge\n",
			[]string{"Quenby Zorbalski", "Rhi Yxtrand"}, []string{"Efternamn"}, []string{"Land"}, false},
		{"id,Förnamn,Efternamn,yrke\np1,Åsa,Öberg,läkare\np2,Bo,Ek,lärare\n",
			[]string{"Åsa Öberg", "Bo Ek"}, []string{"Förnamn", "Efternamn"}, []string{"yrke"}, true},
	} {
		opt := Options{People: "p.csv", Anonymize: tc.includeIt}
		if tc.includeIt {
			opt.IncludeColumns = []string{"Förnamn"} // refused under --anonymize
		}
		nw, rep := mustLoad(t, map[string]string{"p.csv": tc.file}, opt)
		for k, want := range tc.names {
			if got := nw.People[k].Name; got != want {
				t.Errorf("%q: person %d named %q, want %q", tc.file, k, got, want)
			}
		}
		if len(nw.Attributes) != len(tc.attrs) || nw.Attributes[0] != tc.attrs[0] {
			t.Errorf("%q: attributes %q, want %q", tc.file, nw.Attributes, tc.attrs)
		}
		var left []string
		for _, c := range rep.Files[0].ColumnsNotAnalysed {
			left = append(left, c.Name)
			if c.Reason != ReasonName {
				t.Errorf("%q: %s left out as %q", tc.file, c.Name, c.Reason)
			}
		}
		if len(left) != len(tc.leftOut) {
			t.Errorf("%q: left out %q, want %q", tc.file, left, tc.leftOut)
		}
	}
}
