package diversity_test

import (
	"encoding/json"
	"math"
	"os"
	"testing"

	"github.com/tiesnet/ties/graph/internal/golden"
	"github.com/tiesnet/ties/graph/measures/diversity"
)

// TestGolden compares every attribute measure with the values NetworkX
// computed (testdata/golden/make_golden.py) on every set that has
// attributes: counts exactly, the rest to a relative 1e-9. The directed
// measures (ei_directed, assortativity_directed) are compared on directed
// sets only: undirected sets have no directed view, and their golden files
// have no such keys.
func TestGolden(t *testing.T) {
	sets := 0
	golden.ForEach(t, func(t *testing.T, s *golden.Set) {
		if len(s.Attributes) == 0 { // borgatti, davis, florentine, lesmis
			t.Skipf("set %s has no attributes: no attributes.* in its golden file", s.Name)
		}
		sets++
		for _, attr := range s.Attributes {
			col, ok := s.Network.AttributeIndex(attr)
			if !ok {
				t.Fatalf("no attribute %q", attr)
			}
			checkAttribute(t, s, attr, diversity.Encode(s.Network, col))
		}
	})
	if sets == 0 {
		t.Fatal("no golden set with attributes")
	}
}

func checkAttribute(t *testing.T, s *golden.Set, attr string, a diversity.Attribute) {
	t.Helper()
	num := func(keys ...string) float64 {
		t.Helper()
		f, ok := s.Float(append([]string{"attributes", attr}, keys...)...)
		if !ok {
			t.Fatalf("no golden attributes.%s.%v", attr, keys)
		}
		return f
	}
	float := func(key string, got, want float64) {
		t.Helper()
		if !golden.Close(got, want) {
			t.Errorf("%s %s = %v, want %v", attr, key, got, want)
		}
	}
	count := func(key string, got int, want float64) {
		t.Helper()
		if float64(got) != want {
			t.Errorf("%s %s = %d, want %v", attr, key, got, want)
		}
	}

	st := diversity.OfAll(a)
	count("n", st.N, num("n"))
	count("n_missing", st.Missing, num("n_missing"))
	count("K", st.K, num("K"))
	counts, _ := s.Get("attributes", attr, "counts")
	want := counts.(map[string]any)
	if len(want) != len(a.Categories) {
		t.Errorf("%s: %d categories, want %d", attr, len(a.Categories), len(want))
	}
	for c, name := range a.Categories {
		if w, ok := want[name].(float64); !ok || float64(st.Counts[c]) != w {
			t.Errorf("%s counts[%q] = %d, want %v", attr, name, st.Counts[c], want[name])
		}
	}
	float("blau", st.Blau, num("blau"))
	float("iqv", st.IQV, num("iqv"))
	float("entropy", st.Entropy, num("entropy"))
	float("evenness", st.Evenness, num("evenness"))

	ei := diversity.EIUndirected(s.U, a)
	count("ei.external", ei.External, num("ei", "external"))
	count("ei.internal", ei.Internal, num("ei", "internal"))
	float("ei.index", ei.Index, num("ei", "index"))
	float("assortativity", diversity.Assortativity(s.U, a, false), num("assortativity"))

	if s.Directed {
		ei := diversity.EIDirected(s.D, a)
		count("ei_directed.external", ei.External, num("ei_directed", "external"))
		count("ei_directed.internal", ei.Internal, num("ei_directed", "internal"))
		float("ei_directed.index", ei.Index, num("ei_directed", "index"))
		float("assortativity_directed", diversity.Assortativity(s.D, a, true), num("assortativity_directed"))
	} else if _, ok := s.Get("attributes", attr, "ei_directed"); ok {
		t.Errorf("%s: undirected set has ei_directed", attr)
	}

	e := diversity.EgoDiversity(s.U, a)
	ints := nullInts
	for _, c := range []struct {
		key string
		got []float64
	}{
		{"n_alters", ints(e.NAlters)}, {"blau", e.Blau}, {"iqv", e.IQV}, {"entropy", e.Entropy}, {"evenness", e.Evenness},
		{"ei_external", ints(e.External)}, {"ei_internal", ints(e.Internal)}, {"ei_index", e.Index},
	} {
		m, ok := s.Get("attributes", attr, "ego", c.key)
		if !ok {
			t.Fatalf("no golden attributes.%s.ego.%s", attr, c.key)
		}
		want := s.ByID(m.(map[string]any))
		for i := range want {
			if !golden.Close(c.got[i], want[i]) {
				t.Errorf("%s ego.%s of %q = %v, want %v", attr, c.key, s.Network.People[i].ID, c.got[i], want[i])
			}
		}
	}
}

// TestEgoEIDirectedNetworkX compares EgoEIDirected on the golden set
// "directed" with testdata/ego_ei_directed.json, made with NetworkX by
// testdata/ego_ei_directed.py (the golden files have no per-person directed
// E-I).
func TestEgoEIDirectedNetworkX(t *testing.T) {
	b, err := os.ReadFile("testdata/ego_ei_directed.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref map[string]any
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	s := golden.Load(t, "directed")
	for _, attr := range s.Attributes {
		col, _ := s.Network.AttributeIndex(attr)
		ext, in, idx := diversity.EgoEIDirected(s.D, diversity.Encode(s.Network, col))
		want, ok := ref[attr].(map[string]any)
		if !ok {
			t.Fatalf("no reference for %s", attr)
		}
		for _, c := range []struct {
			key string
			got []float64
		}{{"external", nullInts(ext)}, {"internal", nullInts(in)}, {"index", idx}} {
			w := s.ByID(want[c.key].(map[string]any))
			for i := range w {
				if !golden.Close(c.got[i], w[i]) {
					t.Errorf("%s %s of %q = %v, want %v", attr, c.key, s.Network.People[i].ID, c.got[i], w[i])
				}
			}
		}
	}
}

// nullInts turns counts into floats with -1 (null) as NaN.
func nullInts(v []int) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = float64(x)
		if x < 0 {
			out[i] = math.NaN()
		}
	}
	return out
}
