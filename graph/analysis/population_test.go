package analysis

import (
	"math"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/finding"
	"github.com/tiesnet/ties/graph/measures/diversity"
)

// With an ego, the diversity findings speak of the ego's contacts, with
// figures over them: how many, how many values among them, their IQV, the
// E-I of the ego's own ties, and how many of them lack a value. "The
// largest" only when one value holds more contacts than any other. The
// network around them (twelve Swedes and a Dane tied to each other, not
// to the ego) must not leak into these figures.
func TestDiversityFindingsNameTheirPopulation(t *testing.T) {
	nw := graph.New()
	country := nw.Attribute("country")
	me, _ := nw.AddPerson("me", "")
	nw.Ego = me
	nw.SetAttr(me, country, "Sweden")
	contacts := []string{"Norway", "Finland", "Denmark", "Iceland", ""}
	ids := make([]int, len(contacts))
	for k, v := range contacts {
		i, _ := nw.AddPerson(string(rune('a'+k)), "")
		nw.SetAttr(i, country, v)
		ids[k] = i
		if err := nw.AddTie(graph.Tie{From: me, To: i, Weight: 1}); err != nil {
			t.Fatal(err)
		}
	}
	prev := ids[0]
	for k := range 13 {
		i, _ := nw.AddPerson(string(rune('n'+k)), "")
		v := "Sweden"
		if k == 12 {
			v = "Denmark"
		}
		nw.SetAttr(i, country, v)
		if err := nw.AddTie(graph.Tie{From: prev, To: i, Weight: 1}); err != nil {
			t.Fatal(err)
		}
		prev = i
	}
	nw.Normalize()
	r, err := Run(nw, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	a := r.Attribute("country")
	fs := r.Findings.Diversity[0]
	want := diversity.Of(a.Encoding, ids)
	if a.Contacts == nil || a.Contacts.N != 4 || a.Contacts.Missing != 1 || math.Abs(a.Contacts.IQV-want.IQV) > 1e-12 {
		t.Fatalf("contacts' figures %+v, want %+v", a.Contacts, want)
	}
	// Everyone: 19 people, 5 values (Sweden the largest by far).
	if a.Stats.N != 18 || a.Stats.K != 5 || math.Abs(a.Stats.IQV-a.Contacts.IQV) < 0.1 {
		t.Fatalf("everyone's figures %+v", a.Stats)
	}
	codes := make([]finding.Code, len(fs))
	for k, f := range fs {
		codes[k] = f.Code
	}
	wantCodes := []finding.Code{DiversityEgoCover, DiversityNoLargest, DiversityLevelIQV, DiversityEgoHeterophily, DiversityEgoMissing}
	if len(codes) != len(wantCodes) {
		t.Fatalf("codes %v, want %v", codes, wantCodes)
	}
	for k := range codes {
		if codes[k] != wantCodes[k] {
			t.Fatalf("codes %v, want %v", codes, wantCodes)
		}
	}
	// 4 contacts with a value, in 3 of their 4 values (three quarters);
	// no largest: 4 values hold 25 % each; IQV of the contacts; every tie
	// of the ego crosses (E-I +1); 1 contact without a value.
	if c := fs[0].Args[0].(finding.Count); c.N != 4 || c.Noun != NounContact || fs[0].Args[2] != 3 || fs[0].Args[3] != 4 {
		t.Errorf("cover %v", fs[0].Args)
	}
	if fs[1].Args[0] != 4 || fs[1].Args[1] != 25.0 {
		t.Errorf("no largest %v", fs[1].Args)
	}
	if iqv := fs[2].Args[1].(float64); math.Abs(iqv-want.IQV) > 1e-12 {
		t.Errorf("IQV in the sentence %v, want the contacts' %v (everyone's is %v)", iqv, want.IQV, a.Stats.IQV)
	}
	if ei := fs[3].Args[1].(float64); ei != 1 {
		t.Errorf("E-I of the ego's ties %v, want 1", ei)
	}
	if fs[4].Args[0] != 1 {
		t.Errorf("missing %v, want 1 contact", fs[4].Args)
	}
}
