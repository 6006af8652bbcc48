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

// QA: the balance thresholds met decimal weights in floating point: 0.3
// given against 0.1 received (a balance of exactly 0.5) was judged below
// 0.5, kept, while the reason printed +0.50; 3 against 1 was one-sided.
func TestBalanceThresholdsWithDecimalWeights(t *testing.T) {
	cases := []struct {
		given, received string
		balance         float64
		oneSided        bool
		rule            int
		borderline      bool // rule 2 or 3 decided with 0.4 ≤ |balance| < 0.5
	}{
		{"0.3", "0.1", 0.5, true, 1, true},
		{"3", "1", 0.5, true, 1, true},
		{"0.6", "0.4", 0.2, false, 0, false},
		{"0.7", "0.3", 0.4, false, 3, true},
	}
	for _, tc := range cases {
		fsys := fstest.MapFS{
			"people.csv":      {Data: []byte("id,name\ne,Eva\na,Anna\nn,Nils\n")},
			"memberships.csv": {Data: []byte("person_id,network\ne,G\na,G\nn,G\n")},
			"ties.csv":        {Data: []byte("source,target,weight\ne,a," + tc.given + "\na,e," + tc.received + "\n")},
		}
		nw, _, err := importers.Load(importers.Options{FS: fsys, People: "people.csv", Memberships: "memberships.csv", Ties: "ties.csv", Ego: "e"})
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
		n := ev.Networks[0]
		if n.EgoBalance != tc.balance || oneSided(n) != tc.oneSided || tc.rule != 0 && (n.Rule != tc.rule || n.Borderline != tc.borderline) {
			t.Errorf("%s/%s: balance %v, one-sided %v, rule %d, borderline %v; want %v, %v, rule %d, %v", tc.given, tc.received,
				n.EgoBalance, oneSided(n), n.Rule, n.Borderline, tc.balance, tc.oneSided, tc.rule, tc.borderline)
		}
	}
}

// QA: on a star, held_only_here rests on memberships alone, and the
// contract asks the reasons to say so; only the findings did.
func TestHeldOnlyHereOnAStar(t *testing.T) {
	fsys := fstest.MapFS{
		"linkedin.csv": {Data: []byte("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
			"Xia,Li,https://www.linkedin.com/in/xia,,Acme,Gardener,01 Mar 2024\nYan,Wu,https://www.linkedin.com/in/yan,,Beta,CEO,01 Mar 2024\n")},
		"m.csv": {Data: []byte("person_id,network\nme,A\nxia,A\n")},
	}
	nw, _, err := importers.Load(importers.Options{FS: fsys, People: "linkedin.csv", Memberships: "m.csv"})
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
	n := ev.Networks[0]
	if len(n.HeldOnlyHere) != 1 || !slices.Contains(codesOf(n.Reasons), ReasonHeldStar) || slices.Contains(codesOf(n.Reasons), ReasonHeld) {
		t.Errorf("held %v, reasons %v", n.HeldOnlyHere, codesOf(n.Reasons))
	}
}
