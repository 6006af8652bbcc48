package evaluate

import (
	"math"
	"slices"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/finding"
)

// partialNetwork builds e with contacts a and x, b met only in Mine, and
// the network Cand (not e's) listing members of a partial list.
func partialNetwork(t *testing.T, cand ...string) *Result {
	t.Helper()
	nw := graph.New()
	idx := map[string]int{}
	for _, id := range []string{"e", "a", "b", "x"} {
		idx[id], _ = nw.AddPerson(id, "")
	}
	nw.Ego = idx["e"]
	for _, j := range []string{"a", "x"} {
		_ = nw.AddTie(graph.Tie{From: idx["e"], To: idx[j], Weight: 1})
	}
	nw.Normalize()
	mine, _ := nw.AddGroup("Mine")
	nw.AddMember(mine, idx["e"], "")
	nw.AddMember(mine, idx["b"], "")
	g, _ := nw.AddGroup("Cand")
	for _, id := range cand {
		nw.AddMember(g, idx[id], "")
	}
	total := 30
	nw.Groups[g].Info = &graph.GroupInfo{MembersTotal: &total}
	r, err := analysis.Run(nw, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ev, err := Evaluate(r, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return ev
}

func codesOf(fs []finding.Finding) []finding.Code {
	var out []finding.Code
	for _, f := range fs {
		out = append(out, f.Code)
	}
	return out
}

// The contract: a network e is not in whose listed members are all e's
// contacts, with a partial list, has no verdict and the reason that its
// newcomers are unknown; with a listed member who is not e's contact it
// is judged; and the reasons of a partial list say its figures are lower
// bounds.
func TestPartialLists(t *testing.T) {
	tests := []struct {
		name    string
		members []string
		verdict Verdict
		reason  finding.Code
	}{
		{"all contacts", []string{"a", "x"}, "", ReasonNewcomersUnknown},
		{"one met elsewhere", []string{"a", "b"}, NotWorthJoining, ReasonPartialList},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ev := partialNetwork(t, tc.members...)
			var n *Network
			for _, m := range ev.Networks {
				if m.Name == "Cand" {
					n = m
				}
			}
			if n == nil || !n.Partial || n.NListed != 2 || n.NTotal != 30 {
				t.Fatalf("Cand: %+v", n)
			}
			if n.Verdict != tc.verdict || !slices.Contains(codesOf(n.Reasons), tc.reason) {
				t.Errorf("verdict %q reasons %v; want %q with %s", n.Verdict, codesOf(n.Reasons), tc.verdict, tc.reason)
			}
			if tc.verdict == "" && slices.Contains(codesOf(n.Reasons), ReasonPartialList) {
				t.Errorf("both partial reasons: %v", codesOf(n.Reasons))
			}
		})
	}
}

// Without an ego, a network named in networks.csv without members has no
// IQV (an IQV over nobody is undefined, not the population's) and says
// that nobody is listed, not "besides you".
func TestPopulationEmptyNetwork(t *testing.T) {
	nw := graph.New()
	for _, p := range [][2]string{{"a", "x"}, {"b", "y"}, {"c", "x"}} {
		i, _ := nw.AddPerson(p[0], "")
		nw.SetAttr(i, nw.Attribute("c"), p[1])
	}
	_ = nw.AddTie(graph.Tie{From: 0, To: 1, Weight: 1})
	nw.Normalize()
	g, _ := nw.AddGroup("G")
	nw.AddMember(g, 0, "")
	nw.AddMember(g, 1, "")
	nw.AddGroup("Ghost")
	r, err := analysis.Run(nw, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ev, err := Evaluate(r, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range ev.Networks {
		switch n.Name {
		case "Ghost":
			if len(n.IQVMembers) != 1 || !math.IsNaN(n.IQVMembers[0]) || !slices.Equal(codesOf(n.Reasons), []finding.Code{NoMembersListed}) {
				t.Errorf("Ghost: IQV %v, reasons %v", n.IQVMembers, codesOf(n.Reasons))
			}
		case "G":
			// x and y of K = 2: IQV 1; everyone (x, y, x): 8/9.
			if math.Abs(n.IQVMembers[0]-1) > 1e-12 || math.Abs(n.IQVEveryone[0]-8.0/9) > 1e-12 {
				t.Errorf("G: IQV %v, everyone %v", n.IQVMembers, n.IQVEveryone)
			}
		}
	}
}
