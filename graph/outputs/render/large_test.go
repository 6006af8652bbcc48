package render

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/internal/socialgen"
	"github.com/tiesnet/ties/graph/outputs/render/engine"
)

// generated analyses a socialgen network of n people with sampled
// betweenness, as `ties analyze` would on data that size.
func generated(tb testing.TB, n int) *analysis.Result {
	tb.Helper()
	opt := analysis.DefaultOptions()
	opt.BetweennessSamples = 64
	r, err := analysis.Run(socialgen.Network(n, 10, 1), opt)
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

// TestCommunitiesLarge: 20 000 people. The default picture is the grouped
// network view (the ego and the top brokers one by one, the rest as
// community circles); the communities view draws one node per community
// (the largest DefaultMaxCommunities, the rest folded into one). How long
// it takes is BenchmarkCommunities20k's business.
func TestCommunitiesLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses 20 000 people")
	}
	r := generated(t, 20000)
	communities := r.Undirected.Communities
	var buf bytes.Buffer
	p, err := Render(context.Background(), r, Options{}, engine.SVG, &buf, engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p.View != ViewNetwork || p.Shown != DefaultGroupedBrokers || p.Collapsed != 20000-DefaultGroupedBrokers {
		t.Errorf("network view of 20 000 people: %s, %d shown, %d grouped", p.View, p.Shown, p.Collapsed)
	}
	g := checkDOT(t, p.DOT)
	if got := len(g.withClass("person")); got != DefaultGroupedBrokers {
		t.Errorf("%d people drawn one by one, want %d", got, DefaultGroupedBrokers)
	}
	if got := len(g.withClass("community")); got == 0 || got > groupedCommunities {
		t.Errorf("%d community nodes, want 1 to %d", got, groupedCommunities)
	}
	if got := svgNodes(buf.Bytes(), "person"); got != DefaultGroupedBrokers {
		t.Errorf("%d people in the SVG", got)
	}

	p, err = Build(r, Options{View: ViewCommunities})
	if err != nil {
		t.Fatal(err)
	}
	g = checkDOT(t, p.DOT)
	want := min(communities, DefaultMaxCommunities)
	if communities > DefaultMaxCommunities {
		want++
	}
	if got := len(g.withClass("community")); got != want || p.Shown != want {
		t.Errorf("%d community nodes (Shown %d), want %d", got, p.Shown, want)
	}
	if len(g.withClass("person")) != 0 {
		t.Error("people drawn in the communities view")
	}
	t.Logf("20 000 people, %d communities: DOT %d bytes, SVG %d bytes", communities, len(p.DOT), buf.Len())
}

// BenchmarkCommunities20k is the default picture of 20 000 people (the
// communities view), analysis not timed.
func BenchmarkCommunities20k(b *testing.B) {
	r := generated(b, 20000)
	benchRender(b, r, Options{}, engine.SVG)
}

func benchRender(b *testing.B, r *analysis.Result, opt Options, f engine.Format) {
	b.ReportAllocs()
	for b.Loop() {
		var buf bytes.Buffer
		if _, err := Render(context.Background(), r, opt, f, &buf, engine.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNetwork is the whole render (DOT and engine) of the network view.
func BenchmarkNetwork(b *testing.B) {
	for _, n := range []int{50, 500, 3000} {
		r := generated(b, n)
		for _, f := range []engine.Format{engine.SVG, engine.PNG} {
			b.Run(fmt.Sprintf("%d/%s", n, f), func(b *testing.B) {
				benchRender(b, r, Options{View: ViewNetwork, CollapseAbove: 5000}, f)
			})
		}
	}
}

// BenchmarkBuildNetwork is the DOT text alone.
func BenchmarkBuildNetwork(b *testing.B) {
	r := generated(b, 3000)
	for b.Loop() {
		if _, err := Build(r, Options{View: ViewNetwork, CollapseAbove: 5000}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCommunities200k is the collapsed view of 200 000 people (the
// analysis, done once, not timed).
func BenchmarkCommunities200k(b *testing.B) {
	r := generated(b, 200000)
	for _, f := range []engine.Format{engine.SVG, engine.PNG} {
		b.Run(string(f), func(b *testing.B) { benchRender(b, r, Options{View: ViewCommunities}, f) })
	}
}

// BenchmarkDefault3000 is every view's default picture of 3 000 people
// (socialgen.Network with its best-connected person as the ego; the
// evaluation and the analysis, done once, not timed), as SVG and PNG: the
// target is under 10 s each.
func BenchmarkDefault3000(b *testing.B) {
	w := generatedWithEgo(b, 3000)
	for _, v := range Views {
		for _, f := range []engine.Format{engine.SVG, engine.PNG} {
			b.Run(fmt.Sprintf("%s/%s", v, f), func(b *testing.B) {
				benchRender(b, w.r, Options{View: v, Network: w.network, Evaluation: w.ev}, f)
			})
		}
	}
}

// BenchmarkOrganization3000 is the default pictures of a 3 000-member
// organisation (socialgen.Organization: an ego with 400 contacts, the
// whole organisation one network): the grouped ego view above all. The
// brings view and the group map's colours need an evaluation, which
// evaluate does not finish for this organisation in minutes (its
// constraint change), so the group map is drawn by diversity and the
// brings view is not timed here.
func BenchmarkOrganization3000(b *testing.B) {
	r, err := analysis.Run(socialgen.Organization(3000, 1), analysis.DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	for _, v := range []View{ViewNetwork, ViewEgo, ViewGroups, ViewGroupMap, ViewCommunities} {
		for _, f := range []engine.Format{engine.SVG, engine.PNG} {
			b.Run(fmt.Sprintf("%s/%s", v, f), func(b *testing.B) { benchRender(b, r, Options{View: v}, f) })
		}
	}
}
