package analysis

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/importers"
)

// demo loads testdata/demo, the data `ties demo` ships.
func demo(t *testing.T) *graph.Network {
	t.Helper()
	d := "../../testdata/demo/"
	nw, _, err := importers.Load(importers.Options{People: d + "people.csv", Memberships: d + "memberships.csv",
		Networks: d + "networks.csv", Ties: d + "ties.csv", Ego: "me"})
	if err != nil {
		t.Fatal(err)
	}
	return nw
}

// The demo data is built to tell a story (testdata/demo/README.md); the
// analysis must find it.
func TestDemoStory(t *testing.T) {
	nw := demo(t)
	r, err := Run(nw, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	d := r.Network.Directed
	if d == nil || d.NArcs != 118 || d.DyadCensus.Mutual != 21 || math.Abs(float64(d.Reciprocity)-42.0/118) > 1e-12 {
		t.Fatalf("directed: %+v", d)
	}
	// The four contacts who only take.
	for _, id := range []string{"bengt.e", "linnea.e", "nils.p", "tove.a"} {
		if !strings.Contains(r.Findings.Reciprocity, "("+id+")") {
			t.Errorf("reciprocity finding does not name %s: %s", id, r.Findings.Reciprocity)
		}
		if b, _ := r.Nodes["balance"].Get(id); b != -1 {
			t.Errorf("balance of %s = %v, want -1", id, b)
		}
	}
	// The ego is the top broker, with a low constraint.
	if top := r.Top("betweenness", 1); len(top) != 1 || r.ids[top[0]] != "me" {
		t.Errorf("top broker = %v", top)
	}
	if c, _ := r.Nodes["constraint"].Get("me"); !(c > 0 && c < 0.2) {
		t.Errorf("ego constraint = %v", c)
	}
	if r.Options.GroupTies || r.Structure.Shape != "network" {
		t.Errorf("ties among contacts exist: group ties %v, shape %s", r.Options.GroupTies, r.Structure.Shape)
	}
	// The redundant pair of networks shares most members; the bridging
	// association is the most diverse by country of the business networks.
	tm := r.TwoMode
	if tm == nil || tm.NGroups != 7 || tm.NMemberships != 57 {
		t.Fatalf("two-mode: %+v", tm)
	}
	forum, lunch := tm.Groups["West Sweden Business Forum"], tm.Groups["Hisingen Chamber Lunch Club"]
	shared := 0
	for _, m := range forum.Members {
		for _, x := range lunch.Members {
			if m == x {
				shared++
			}
		}
	}
	if jac := float64(shared) / float64(forum.Size+lunch.Size-shared); math.Abs(jac-8.0/11) > 1e-12 {
		t.Errorf("Jaccard of the redundant networks = %v, want 8/11", jac)
	}
	if iqv := tm.Groups["European MedTech Association"].Attributes["country"].IQV; !(iqv > 0.7) || forum.Attributes["country"].IQV != 0 {
		t.Errorf("country IQV: association %v, forum %v", iqv, forum.Attributes["country"].IQV)
	}
	// The ego's contacts are mostly Swedish: the finding says so.
	if s := r.Findings.Diversity["country"]; !strings.Contains(s, "Sweden") || !strings.Contains(s, "diversity low") {
		t.Errorf("country finding: %s", s)
	}
}

// A LinkedIn export alone is a star: the analysis says so, and with
// memberships it counts shared networks as ties.
func TestStarAndGroupTies(t *testing.T) {
	nw := graph.New()
	me, _ := nw.AddPerson("me", "")
	nw.Ego = me
	for _, id := range []string{"a", "b", "c", "d"} {
		i, _ := nw.AddPerson(id, "")
		nw.AddTie(graph.Tie{From: me, To: i, Weight: 1, Type: "linkedin", Mutual: true})
	}
	nw.Normalize()
	r, err := Run(nw, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if r.Structure.Shape != "star" || r.Options.GroupTies || !strings.Contains(r.Findings.Brokers, "star") {
		t.Errorf("star: %+v %q", r.Structure, r.Findings.Brokers)
	}
	if r.Network.Directed != nil || !strings.Contains(r.Findings.Reciprocity, "LinkedIn connection (or an address-book entry) is mutual") {
		t.Errorf("reciprocity on mutual ties: %+v %q", r.Network.Directed, r.Findings.Reciprocity)
	}
	g, _ := nw.AddGroup("Club")
	nw.AddMember(g, 1, "")
	nw.AddMember(g, 2, "")
	r, _ = Run(nw, DefaultOptions())
	if !r.Options.GroupTies || r.Network.Undirected.NEdges != 5 {
		t.Errorf("group ties: %v, %d edges (want 4 ties + 1 shared network)", r.Options.GroupTies, r.Network.Undirected.NEdges)
	}
	opt := DefaultOptions()
	opt.GroupTies = GroupTiesOff
	if r, _ = Run(nw, opt); r.Options.GroupTies || r.Network.Undirected.NEdges != 4 {
		t.Errorf("--group-ties off: %d edges", r.Network.Undirected.NEdges)
	}
}

// Edge cases never panic and write only valid JSON with null for undefined
// values.
func TestEdgeCases(t *testing.T) {
	cases := map[string]func() *graph.Network{
		"empty": graph.New,
		"single node": func() *graph.Network {
			nw := graph.New()
			nw.AddPerson("a", "")
			return nw
		},
		"isolates and an all-missing attribute": func() *graph.Network {
			nw := graph.New()
			for _, id := range []string{"a", "b", "c"} {
				nw.AddPerson(id, "")
			}
			nw.Attribute("country")
			return nw
		},
		"one arc": func() *graph.Network {
			nw := graph.New()
			nw.AddPerson("a", "")
			nw.AddPerson("b", "")
			nw.AddTie(graph.Tie{From: 0, To: 1, Weight: 2})
			nw.Normalize()
			return nw
		},
	}
	for name, mk := range cases {
		t.Run(name, func(t *testing.T) {
			nw := mk()
			r, err := Run(nw, DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := json.NewEncoder(&buf).Encode(r); err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(buf.Bytes(), []byte("NaN")) || !json.Valid(buf.Bytes()) {
				t.Errorf("invalid JSON: %s", buf.String())
			}
			for _, id := range r.ids {
				if c, _ := r.Nodes["constraint"].Get(id); nw.Ties == nil && !math.IsNaN(c) {
					t.Errorf("constraint of isolate %s = %v, want undefined", id, c)
				}
			}
		})
	}
}

func TestUnknownAttribute(t *testing.T) {
	opt := DefaultOptions()
	opt.Attributes = []string{"nope"}
	if _, err := Run(demo(t), opt); err == nil || !strings.Contains(err.Error(), `"nope"`) || !strings.Contains(err.Error(), "profession") {
		t.Errorf("error = %v", err)
	}
}

// Sampled betweenness says so and gives an error estimate.
func TestSampledBetweenness(t *testing.T) {
	opt := DefaultOptions()
	opt.BetweennessSamples = 10
	r, err := Run(demo(t), opt)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := r.Nodes["betweenness_raw_stderr"]; r.Betweenness.Exact || r.Betweenness.Sources != 10 || !(r.Betweenness.MaxStdErr > 0) || !ok {
		t.Errorf("sampled: %+v", r.Betweenness)
	}
}

// WriteJSON writes what encoding/json would, section by section.
func TestWriteJSONEqualsMarshal(t *testing.T) {
	r, err := Run(demo(t), DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	want, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := r.WriteJSON(&got); err != nil {
		t.Fatal(err)
	}
	if got.String() != string(want)+"\n" {
		t.Errorf("WriteJSON differs from json.MarshalIndent")
	}
}
