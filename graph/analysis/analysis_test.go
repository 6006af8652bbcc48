package analysis

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/finding"
	"github.com/tiesnet/ties/graph/measures/diversity"
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
	d := r.Directed
	if d == nil || d.Arcs != 118 || d.Census.Mutual != 21 || math.Abs(d.Reciprocity-42.0/118) > 1e-12 {
		t.Fatalf("directed: %+v", d)
	}
	// The four contacts who only take.
	takers := map[int]bool{}
	for _, f := range r.Findings.Reciprocity {
		if f.Code == ReciprocityTakers {
			for _, i := range f.Args[1].(finding.People) {
				takers[i] = true
			}
		}
	}
	for _, id := range []string{"bengt.e", "linnea.e", "nils.p", "tove.a"} {
		i, _ := nw.Index(id)
		if !takers[i] {
			t.Errorf("reciprocity finding does not name %s: %+v", id, r.Findings.Reciprocity)
		}
		if b := r.Metric(Balance)[i]; b != -1 {
			t.Errorf("balance of %s = %v, want -1", id, b)
		}
	}
	// The ego is the top broker, with a low constraint.
	if top := r.Top(Betweenness, 1); len(top) != 1 || top[0] != nw.Ego {
		t.Errorf("top broker = %v", top)
	}
	if c := r.Metric(Constraint)[nw.Ego]; !(c > 0 && c < 0.2) {
		t.Errorf("ego constraint = %v", c)
	}
	if r.GroupTies || r.Structure.Shape != graph.Web || r.Views.Structure != r.Views.Tie {
		t.Errorf("ties among contacts exist: group ties %v, shape %s", r.GroupTies, r.Structure.Shape)
	}
	// The redundant pair of networks shares most members; the bridging
	// association is the most diverse by country of the business networks.
	tm := r.TwoMode
	if tm == nil || len(tm.Groups) != 7 || tm.Memberships != 57 {
		t.Fatalf("two-mode: %+v", tm)
	}
	group := func(name string) []int {
		g, _ := nw.GroupIndex(name)
		return tm.Groups[g].Members
	}
	forum, lunch := group("West Sweden Business Forum"), group("Hisingen Chamber Lunch Club")
	shared := 0
	for _, m := range forum {
		if slices.Contains(lunch, m) {
			shared++
		}
	}
	if jac := float64(shared) / float64(len(forum)+len(lunch)-shared); math.Abs(jac-8.0/11) > 1e-12 {
		t.Errorf("Jaccard of the redundant networks = %v, want 8/11", jac)
	}
	country := r.Attribute("country").Encoding
	if iqv, f := diversity.Of(country, group("European MedTech Association")).IQV, diversity.Of(country, forum).IQV; !(iqv > 0.7) || f != 0 {
		t.Errorf("country IQV: association %v, forum %v", iqv, f)
	}
	// The ego's contacts are mostly Swedish: the finding says so.
	k := slices.IndexFunc(r.Attributes, func(a *Attribute) bool { return a.Name() == "country" })
	fs := r.Findings.Diversity[k]
	// 18 of 23 in Sweden: more than three quarters in 1 value.
	if len(fs) < 3 || fs[0].Code != DiversityEgoCoverMore || fs[1].Code != DiversityLargest || fs[1].Args[0] != "Sweden" ||
		fs[2].Code != DiversityLevelIQV || fs[2].Args[0] != LevelLow {
		t.Errorf("country findings: %+v", fs)
	}
}

// A LinkedIn export alone is a star: the analysis says so, and with
// memberships it counts shared networks as ties in the structure view, never
// in the tie view.
func TestStarAndGroupTies(t *testing.T) {
	nw := graph.New()
	me, _ := nw.AddPerson("me", "")
	nw.Ego = me
	for _, id := range []string{"a", "b", "c", "d"} {
		i, _ := nw.AddPerson(id, "")
		nw.AddTie(graph.Tie{From: me, To: i, Weight: 1, Type: nw.AddTieType("linkedin"), Mutual: true})
	}
	nw.Normalize()
	r, err := Run(nw, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if r.Structure.Shape != graph.Star || r.GroupTies || r.Findings.Brokers[0].Code != NoBrokersStar {
		t.Errorf("star: %+v %+v", r.Structure, r.Findings.Brokers)
	}
	if r.Directed != nil || r.Findings.Reciprocity[1].Code != ReciprocityWhyExport {
		t.Errorf("reciprocity on mutual ties: %+v %+v", r.Directed, r.Findings.Reciprocity)
	}
	g, _ := nw.AddGroup("Club")
	nw.AddMember(g, 1, "")
	nw.AddMember(g, 2, "")
	r, _ = Run(nw, DefaultOptions())
	if !r.GroupTies || r.Undirected.M != 5 || r.Views.Tie.Entries() != 8 || r.Views.Structure.Entries() != 10 {
		t.Errorf("group ties: %v, %d edges (want 4 ties + 1 shared network)", r.GroupTies, r.Undirected.M)
	}
	opt := DefaultOptions()
	opt.GroupTies = GroupTiesOff
	if r, _ = Run(nw, opt); r.GroupTies || r.Undirected.M != 4 {
		t.Errorf("--group-ties off: %d edges", r.Undirected.M)
	}
}

// The zero Options are the documented defaults: the same result as
// DefaultOptions, weighted betweenness with weights as lengths, the size
// rule for sampling.
func TestZeroOptionsAreTheDefaults(t *testing.T) {
	a, err := Run(demo(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Run(demo(t), DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if a.Options.WeightAs != WeightAsLength || a.Options.Seed != 1 || a.Options.Resolution != 1 || a.Options.GroupTies != GroupTiesAuto {
		t.Errorf("resolved zero options: %+v", a.Options)
	}
	for _, m := range b.Computed() {
		x, y := a.Metric(m), b.Metric(m)
		for i := range y {
			if x[i] != y[i] && !(math.IsNaN(x[i]) && math.IsNaN(y[i])) {
				t.Fatalf("%s of %d: %v with Options{}, %v with the defaults", m, i, x[i], y[i])
			}
		}
	}
	// Weights as lengths is not unweighted betweenness: the demo's ties have
	// weights, so the two differ somewhere.
	hops, weighted := a.Metric(BetweennessRaw), a.Metric(BetweennessWeightedRaw)
	if slices.Equal(hops, weighted) {
		t.Error("weighted betweenness equals unweighted: the weights were ignored")
	}
	for _, bad := range []Options{{Resolution: -1}, {WeightAs: "heavy"}, {GroupTies: "maybe"}, {BetweennessSamples: -2}} {
		_, err := Run(demo(t), bad)
		var oe *OptionError
		if !errors.As(err, &oe) {
			t.Errorf("%+v: error %v, want an *OptionError", bad, err)
		}
	}
}

// Edge cases never panic and leave undefined figures undefined.
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
			for i, c := range r.Metric(Constraint) {
				if r.Views.Structure.Degree(i) == 0 && !math.IsNaN(c) {
					t.Errorf("constraint of isolate %d = %v, want undefined", i, c)
				}
			}
		})
	}
}

func TestUnknownAttribute(t *testing.T) {
	opt := DefaultOptions()
	opt.Attributes = []string{"nope"}
	_, err := Run(demo(t), opt)
	var ua *UnknownAttributeError
	if !errors.As(err, &ua) || ua.Name != "nope" || !slices.Contains(ua.Have, "profession") {
		t.Errorf("error = %v", err)
	}
}

// QA: with organisations counted as groups (likely colleagues), two_mode
// had counted each organisation as a network: n_groups 3 for one club,
// person_group_count and the projection with colleagues in them. The
// two-mode analysis is the memberships (metrics.md); organisations join the
// structure view only.
func TestTwoModeLeavesOrganisationsOut(t *testing.T) {
	fsys := fstest.MapFS{
		"people.csv":      {Data: []byte("id,organization\na,Acme\nb,Acme\nc,Globex\nd,\n")},
		"memberships.csv": {Data: []byte("person_id,network\na,club1\nc,club1\n")},
	}
	nw, _, err := importers.Load(importers.Options{FS: fsys, People: "people.csv", Memberships: "memberships.csv"})
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []OrgAsGroup{OrgAsGroupOn, OrgAsGroupOff} {
		opt := DefaultOptions()
		opt.OrgAsGroup = mode
		r, err := Run(nw, opt)
		if err != nil {
			t.Fatal(err)
		}
		tm := r.TwoMode
		if tm == nil || len(tm.Groups) != 1 || tm.Groups[0].Name != "club1" || tm.Memberships != 2 || tm.Pairs != 1 ||
			!slices.Equal(tm.PersonGroupCount, []int{1, 0, 1, 0}) || !slices.Equal(tm.Degree, []int{1, 0, 1, 0}) || len(tm.GroupProjection) != 0 {
			t.Errorf("%s: two-mode %+v", mode, tm)
		}
		// Colleagues a–b still join the structure view when counted.
		if got, want := r.Structure.Pairs, map[OrgAsGroup]int{OrgAsGroupOn: 2, OrgAsGroupOff: 1}[mode]; got != want {
			t.Errorf("%s: %d tied pairs in the structure, want %d", mode, got, want)
		}
	}
	// Organisations alone (a contact export): no two-mode analysis.
	nw, _, err = importers.Load(importers.Options{FS: fsys, People: "people.csv"})
	if err != nil {
		t.Fatal(err)
	}
	opt := DefaultOptions()
	opt.OrgAsGroup = OrgAsGroupOn
	r, err := Run(nw, opt)
	if err != nil || r.TwoMode != nil || r.Views.Memberships == nil || len(r.Views.Memberships.Groups) != 2 {
		t.Errorf("organisations alone: %v, two-mode %+v", err, r.TwoMode)
	}
}

// QA: the summary counts every network's pairs, the dominant share only
// those of networks within the size cap: "Small alone makes 100% of those
// pairs" beside 48 pairs of which Small makes 3. With networks above the
// cap the sentence says whose pairs it means.
func TestDominantWithNetworksAboveTheCap(t *testing.T) {
	people, mem := "id\n", "person_id,network\n"
	for i := range 12 {
		people += fmt.Sprintf("p%d\n", i)
		if i <= 9 {
			mem += fmt.Sprintf("p%d,Big\n", i)
		}
		if i >= 9 {
			mem += fmt.Sprintf("p%d,Small\n", i)
		}
	}
	fsys := fstest.MapFS{"people.csv": {Data: []byte(people)}, "memberships.csv": {Data: []byte(mem)}}
	nw, _, err := importers.Load(importers.Options{FS: fsys, People: "people.csv", Memberships: "memberships.csv"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		cap  int
		want finding.Code
	}{{5, TwoModeDominantCapped}, {NoGroupSizeCap, TwoModeDominant}} {
		opt := DefaultOptions()
		opt.Projection.MaxGroupSize = tc.cap
		r, err := Run(nw, opt)
		if err != nil {
			t.Fatal(err)
		}
		var codes []finding.Code
		for _, f := range r.Findings.TwoMode {
			codes = append(codes, f.Code)
		}
		if !slices.Contains(codes, tc.want) || tc.want == TwoModeDominantCapped && slices.Contains(codes, TwoModeDominant) {
			t.Errorf("cap %d: %v, want %s", tc.cap, codes, tc.want)
		}
	}
}

// A tie that is a bridge is counted once, as a bridge, not again among the
// local bridges: a square (four local bridges of span 3) joined to a tail
// of two bridges gives 2 bridges and 4 local bridges.
func TestBridgesCountedOnce(t *testing.T) {
	nw := graph.New()
	for _, id := range []string{"a", "b", "c", "d", "e", "f"} {
		nw.AddPerson(id, "")
	}
	for _, p := range [][2]int{{0, 1}, {1, 2}, {2, 3}, {3, 0}, {3, 4}, {4, 5}} {
		nw.AddTie(graph.Tie{From: p[0], To: p[1], Weight: 1, Mutual: true})
	}
	nw.Normalize()
	r, err := Run(nw, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range r.Findings.Bridges {
		got = append(got, fmt.Sprint(f.Code, f.Args))
	}
	if want := []string{"bridges.bridges[2]", "bridges.local[4]"}; !slices.Equal(got, want) {
		t.Errorf("bridge findings %q, want %q", got, want)
	}
}
