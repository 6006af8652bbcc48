package analysis_test

import (
	"strings"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/finding"
	"github.com/tiesnet/ties/graph/outputs/words"
)

// wordingNet is a small network for TestFindingsWording: people by id
// (the first the ego when ego is set), each with an organisation ("" for
// none), and ties "a>b" (directed) or "a-b" (without direction).
type wordingNet struct {
	ego    bool
	people []string // "id:organisation"
	ties   []string
}

func (w wordingNet) build(t *testing.T) *graph.Network {
	t.Helper()
	nw := graph.New()
	org := nw.Attribute(analysis.OrganizationAttribute)
	for _, p := range w.people {
		id, value, _ := strings.Cut(p, ":")
		i, _ := nw.AddPerson(id, strings.ToUpper(id[:1])+id[1:])
		nw.SetAttr(i, org, value)
	}
	if w.ego {
		nw.Ego = 0
	}
	for _, s := range w.ties {
		sep := ">"
		if strings.Contains(s, "-") {
			sep = "-"
		}
		a, b, _ := strings.Cut(s, sep)
		from, _ := nw.Index(a)
		to, _ := nw.Index(b)
		if err := nw.AddTie(graph.Tie{From: from, To: to, Weight: 1, Mutual: sep == "-"}); err != nil {
			t.Fatal(err)
		}
	}
	return nw
}

// The findings' sentences agree with their counts, whatever they are: one
// person takes, a third is not claimed where nobody shares an organisation,
// "three quarters" only where it is three quarters, bridges have their own
// sentence on a star and without ties.
func TestFindingsWording(t *testing.T) {
	star := func(orgs ...string) wordingNet {
		w := wordingNet{ego: true, people: []string{"me:"}}
		for k, o := range orgs {
			id := string(rune('a' + k))
			w.people = append(w.people, id+":"+o)
			w.ties = append(w.ties, "me-"+id)
		}
		return w
	}
	cases := []struct {
		name    string
		net     wordingNet
		section func(analysis.Findings) []finding.Finding
		want    []string
		not     []string
	}{
		{"one taker", wordingNet{people: []string{"anna:", "bo:"}, ties: []string{"anna>bo"}}, reciprocity,
			[]string{"1 person only takes (receives, never gives): Bo."}, []string{"only take ("}},
		{"two takers", wordingNet{people: []string{"anna:", "bo:", "cy:"}, ties: []string{"anna>bo", "anna>cy"}}, reciprocity,
			[]string{"2 people only take (receive, never give): Bo and Cy."}, nil},
		{"one tied pair", wordingNet{people: []string{"anna:", "bo:"}, ties: []string{"anna>bo"}}, structure,
			[]string{"1 tied pair, "}, []string{"pairs"}},
		{"no value, ego", wordingNet{ego: true, people: []string{"me:Acme", "anna:", "bo:"}, ties: []string{"me-anna", "me-bo"}}, diversity,
			[]string{"None of your contacts has a value for organization."}, []string{"has a organization"}},
		{"no value, everyone", wordingNet{people: []string{"anna:", "bo:"}}, diversity,
			[]string{"Nobody has a value for organization."}, nil},
		{"one contact", star("Acme"), diversity,
			[]string{"Only 1 contact has a known organization: Acme."}, []string{"quarters", "largest"}},
		{"one value", star("Acme", "Acme", "Acme"), diversity,
			[]string{"All of your 3 contacts with a known organization have the same organization: Acme."}, []string{"quarters"}},
		{"every value needed", star("Acme", "Beta"), diversity,
			[]string{"Your 2 contacts with a known organization are spread over 2 organization values: no fewer hold three quarters of them.",
				"No one value is the largest: 2 hold 50% of them each."}, []string{"Three quarters"}},
		{"exactly three quarters", star("A", "B", "C", "D"), diversity,
			[]string{"Three quarters of your 4 contacts with a known organization are in 3 of their 4 organization values."}, []string{"More than"}},
		{"more than three quarters", star("A", "A", "A", "A", "B"), diversity,
			[]string{"More than three quarters of your 5 contacts with a known organization are in 1 of their 2 organization values.",
				"The largest, A, holds 80% of them."}, nil},
		{"everyone alike, no ego", wordingNet{people: []string{"anna:Acme", "bo:Acme"}, ties: []string{"anna-bo"}}, diversity,
			[]string{"All 2 people with a known organization have the same organization: Acme."}, nil},
		{"nobody shares an organisation", star("A", "B", "C", "D", "E"), concentration,
			[]string{"Each of your 5 contacts with a known organisation works at a different one"}, []string{"A third", "2 organisations"}},
		{"one contact's organisation", star("Acme", ""), concentration,
			[]string{"Of your contacts, only 1 has a known organisation: Acme."}, []string{"A third"}},
		{"one person's organisation, no ego", wordingNet{people: []string{"anna:Acme", "bo:"}, ties: []string{"anna-bo"}}, concentration,
			[]string{"Only 1 person has a known organisation: Acme."}, nil},
		{"a third at one organisation", star("A", "A", "B", "C"), concentration,
			[]string{"A third of your 4 contacts with a known organisation work at 1 organisation; the largest, A, employs 50%"}, nil},
		{"bridges on your star", star("", "", ""), bridges,
			[]string{"Every tie is a bridge, and none of them means anything: the data is a star (you and your contacts, no ties among them)"},
			[]string{"broker"}},
		{"bridges on another's star", wordingNet{people: []string{"anna:", "bo:", "cy:"}, ties: []string{"anna-bo", "anna-cy"}}, bridges,
			[]string{"the data is a star (one person tied to all, no ties among the others)"}, []string{"broker"}},
		{"bridges without ties", wordingNet{ego: true, people: []string{"me:", "anna:"}}, bridges,
			[]string{"There are no bridges: there are no ties."}, []string{"broker"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			nw := c.net.build(t)
			opt := analysis.DefaultOptions()
			opt.OrgAsGroup = analysis.OrgAsGroupOff
			r, err := analysis.Run(nw, opt)
			if err != nil {
				t.Fatal(err)
			}
			got := words.New(words.NewByName(nw)).Section(c.section(r.Findings))
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("%q\nwant %q", got, w)
				}
			}
			for _, w := range c.not {
				if strings.Contains(got, w) {
					t.Errorf("%q\nholds %q", got, w)
				}
			}
		})
	}
}

func reciprocity(f analysis.Findings) []finding.Finding   { return f.Reciprocity }
func structure(f analysis.Findings) []finding.Finding     { return f.Structure }
func concentration(f analysis.Findings) []finding.Finding { return f.Concentration }
func bridges(f analysis.Findings) []finding.Finding       { return f.Bridges }

func diversity(f analysis.Findings) []finding.Finding {
	var out []finding.Finding
	for _, d := range f.Diversity {
		out = append(out, d...)
	}
	return out
}
