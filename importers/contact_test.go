package importers

import (
	"slices"
	"testing"
)

// Contact details (e-mail, telephone, web addresses) are not categories
// and are left out of the model, so no output shows them; a notes header
// over short repeated values is a category after all.
func TestContactDetailsAndShortNotesColumns(t *testing.T) {
	tests := []struct {
		name, people string
		kept, left   []string
	}{
		{"email header", "id,name,email,team\na,A,a@x.se,eng\nb,B,b@y.se,eng\nc,C,,des\n", []string{"team"}, []string{"email"}},
		{"e-mails under another header", "id,name,contact\na,A,a@x.se\nb,B,b@y.se\nc,C,c@z.org\n", nil, []string{"contact"}},
		{"telephone numbers", "id,name,nr\na,A,+46 31 123 45 67\nb,B,031-123 45 68\nc,C,(031) 1234569\n", nil, []string{"nr"}},
		{"web addresses", "id,name,site\na,A,https://a.se\nb,B,www.b.se\nc,C,http://c.org/x\n", nil, []string{"site"}},
		{"email as yes or no", "id,name,email\na,A,yes\nb,B,no\nc,C,yes\nd,D,yes\n", []string{"email"}, nil},
		{"short others", "id,name,Other,Details,Om\na,A,x,1,s\nb,B,x,2,s\nc,C,y,1,t\nd,D,x,1,s\n", []string{"Other", "Details", "Om"}, nil},
		{"real notes", "id,name,Notes\na,A,met at the fair\nb,B,knows the CEO well\nc,C,met at the fair\n", nil, []string{"Notes"}},
		{"numbers and years", "id,name,born,zip\na,A,1980,41101\nb,B,1975,41102\nc,C,1980,41101\n", []string{"born", "zip"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			nw, rep := mustLoad(t, map[string]string{"p.csv": tc.people}, Options{People: "p.csv"})
			for _, c := range tc.kept {
				if !slices.Contains(nw.Attributes, c) {
					t.Errorf("%s not kept: attributes %v", c, nw.Attributes)
				}
			}
			var left []string
			for _, c := range fileReport(t, rep, "people").ColumnsNotAnalysed {
				left = append(left, c.Name)
				if slices.Contains(nw.Attributes, c.Name) {
					t.Errorf("%s left out but an attribute", c.Name)
				}
			}
			if !slices.Equal(left, tc.left) {
				t.Errorf("left out %v, want %v", left, tc.left)
			}
		})
	}
	// --include-column keeps them all the same.
	nw, _ := mustLoad(t, map[string]string{"p.csv": tests[0].people}, Options{People: "p.csv", IncludeColumns: []string{"email"}})
	if got := attr(t, nw, "b", "email"); got != "b@y.se" {
		t.Errorf("included email of b = %q", got)
	}
}

// "id,club" is a people file with an attribute, not a memberships file
// given to --people ("person_id,network" is).
func TestPeopleFileWithAGroupLikeColumn(t *testing.T) {
	nw, _ := mustLoad(t, map[string]string{"p.csv": "id,club\na,Mr Hi\nb,Officer\n"}, Options{People: "p.csv"})
	if got := attr(t, nw, "b", "club"); got != "Officer" {
		t.Errorf("club of b = %q", got)
	}
}
