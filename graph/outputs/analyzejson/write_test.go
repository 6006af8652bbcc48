package analyzejson

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/internal/socialgen"
	"github.com/tiesnet/ties/importers"
)

func demo(t *testing.T) *analysis.Result {
	t.Helper()
	d := "../../../testdata/demo/"
	nw, _, err := importers.Load(importers.Options{People: d + "people.csv", Memberships: d + "memberships.csv",
		Networks: d + "networks.csv", Ties: d + "ties.csv", Ego: "me"})
	if err != nil {
		t.Fatal(err)
	}
	r, err := analysis.Run(nw, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Write writes what encoding/json would write of the whole document, the
// projected pairs included when asked, section by section.
func TestWriteEqualsMarshal(t *testing.T) {
	r := demo(t)
	d := NewWith(r, Options{ProjectionEdges: true})
	var got bytes.Buffer
	if err := d.Write(&got); err != nil {
		t.Fatal(err)
	}
	var edges []SharedOut
	d.projection(func(e SharedOut) { edges = append(edges, e) })
	if len(edges) == 0 {
		t.Fatal("the demo's networks share members: some projected pairs expected")
	}
	d.TwoMode.Projection.Edges = &edges
	want, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != string(want)+"\n" {
		t.Errorf("Write differs from json.MarshalIndent")
	}
	// The pairs come sorted by the ids of their ends, smaller id first.
	for k, e := range edges {
		if e.A >= e.B || (k > 0 && (edges[k-1].A > e.A || (edges[k-1].A == e.A && edges[k-1].B >= e.B))) {
			t.Fatalf("pair %d (%s, %s) out of order", k, e.A, e.B)
		}
	}
	// They are the pairs of the materialised projection of every network
	// (graph.Network.ProjectedEdges without a cap), as many as n_edges.
	nw := r.Network
	byIDs := map[[2]string]graph.ProjectedEdge{}
	for _, e := range nw.ProjectedEdges(graph.ProjectionOptions{}) {
		a, b := nw.People[e.From].ID, nw.People[e.To].ID
		byIDs[[2]string{min(a, b), max(a, b)}] = e
	}
	if len(edges) != len(byIDs) || d.TwoMode.Projection.NEdges != len(edges) {
		t.Fatalf("%d pairs written, n_edges %d, the projection has %d", len(edges), d.TwoMode.Projection.NEdges, len(byIDs))
	}
	for _, e := range edges {
		if p, ok := byIDs[[2]string{e.A, e.B}]; !ok || p.Shared != e.Shared {
			t.Fatalf("pair %v: projection has %+v (%v)", e, p, ok)
		}
	}

	// By default the pairs are left out, and the rest is the same.
	def := New(r)
	var short bytes.Buffer
	if err := def.Write(&short); err != nil {
		t.Fatal(err)
	}
	var full, brief map[string]any
	if err := json.Unmarshal(got.Bytes(), &full); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(short.Bytes(), &brief); err != nil {
		t.Fatal(err)
	}
	proj := brief["two_mode"].(map[string]any)["projection"].(map[string]any)
	if _, ok := proj["edges"]; ok {
		t.Errorf("two_mode.projection.edges written without ProjectionEdges")
	}
	delete(full["two_mode"].(map[string]any)["projection"].(map[string]any), "edges")
	a, _ := json.Marshal(full)
	b, _ := json.Marshal(brief)
	if !bytes.Equal(a, b) {
		t.Errorf("the default document differs from the one with edges in more than the edges")
	}
}

// Edge cases write valid JSON with null, never NaN.
func TestEdgeCasesWriteValidJSON(t *testing.T) {
	cases := map[string]func() *graph.Network{
		"empty": graph.New,
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
			_ = nw.AddTie(graph.Tie{From: 0, To: 1, Weight: 2})
			nw.Normalize()
			return nw
		},
	}
	for name, mk := range cases {
		t.Run(name, func(t *testing.T) {
			r, err := analysis.Run(mk(), analysis.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := Write(&buf, r); err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(buf.Bytes(), []byte("NaN")) || !json.Valid(buf.Bytes()) {
				t.Errorf("invalid JSON: %s", buf.String())
			}
		})
	}
}

// The figures of thousands of people, written straight from their slices,
// are still what encoding/json writes.
func TestWriteEqualsMarshalLarge(t *testing.T) {
	nw := socialgen.Network(9000, 4, 3)
	r, err := analysis.Run(nw, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := NewWith(r, Options{})
	if len(d.Nodes) < 10 || len(r.Network.People) != 9000 {
		t.Fatalf("%d figures of %d people, want 10 or more of 9000", len(d.Nodes), len(r.Network.People))
	}
	var got bytes.Buffer
	if err := d.Write(&got); err != nil {
		t.Fatal(err)
	}
	want, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != string(want)+"\n" {
		t.Errorf("Write differs from json.MarshalIndent (%d bytes against %d)", got.Len(), len(want)+1)
	}
}

// PerPerson's own indenting writes what json.MarshalIndent writes, with no
// people, one, and ids that JSON escapes.
func TestPerPersonAppendIndent(t *testing.T) {
	for _, ids := range [][]string{{}, {"p1"}, {"b<&>", "a\"q", "ä"}} {
		r := newRoster(ids)
		p := PerPerson{r: r, Values: make([]float64, len(ids))}
		for i := range p.Values {
			p.Values[i] = float64(i) / 3
		}
		if len(ids) > 1 {
			p.Values[1] = math.NaN()
		}
		want, err := json.MarshalIndent(p, "    ", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if got := p.appendIndent(nil, "    "); string(got) != string(want) {
			t.Errorf("ids %q:\n%s\nwant\n%s", ids, got, want)
		}
	}
}
