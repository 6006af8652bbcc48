package render

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/internal/socialgen"
	"github.com/tiesnet/ties/graph/render/engine"
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

// TestCommunitiesLarge: 20 000 people collapse into one node per
// community (the largest DefaultMaxCommunities, the rest folded into one).
// How long it takes is BenchmarkCommunities20k's business.
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
	if p.View != ViewCommunities || p.Collapsed != 20000 {
		t.Errorf("network view of 20 000 people drawn as %s (collapsed %d)", p.View, p.Collapsed)
	}
	g := checkDOT(t, p.DOT)
	// The largest DefaultMaxCommunities are drawn, the rest folded into one.
	want := min(communities, DefaultMaxCommunities)
	if communities > DefaultMaxCommunities {
		want++
	}
	if got := len(g.withClass("community")); got != want || p.Shown != want {
		t.Errorf("%d community nodes (Shown %d), want %d", got, p.Shown, want)
	}
	if got := svgNodes(buf.Bytes(), "community"); got != want {
		t.Errorf("%d community nodes in the SVG, want %d", got, want)
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
