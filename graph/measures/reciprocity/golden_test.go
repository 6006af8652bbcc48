package reciprocity

import (
	"testing"

	"github.com/tiesnet/ties/graph/internal/golden"
)

// TestGolden compares with testdata/golden (NetworkX 2.8.8 and R sna 2.7-1)
// on every directed set: network.directed.{n_arcs, density, reciprocity,
// rho, dyad_census, r_sna_grecip.*} and nodes.{in_degree, out_degree,
// reciprocity, balance}.
func TestGolden(t *testing.T) {
	directed := 0
	golden.ForEach(t, func(t *testing.T, s *golden.Set) {
		if !s.Directed {
			t.Skipf("set %s is undirected (meta.json directed: false): reciprocity does not apply", s.Name)
		}
		directed++
		r := Analyze(s.D)
		for _, c := range []struct {
			keys  []string
			got   float64
			exact bool
		}{
			{[]string{"n_arcs"}, float64(r.Arcs), true},
			{[]string{"dyad_census", "mutual"}, float64(r.Census.Mutual), true},
			{[]string{"dyad_census", "asymmetric"}, float64(r.Census.Asymmetric), true},
			{[]string{"dyad_census", "null"}, float64(r.Census.Null), true},
			{[]string{"density"}, r.Density, false},
			{[]string{"reciprocity"}, r.Reciprocity, false},
			{[]string{"rho"}, r.Rho, false},
			{[]string{"r_sna_grecip", "dyadic"}, r.Dyadic, false},
			{[]string{"r_sna_grecip", "dyadic_nonnull"}, r.DyadicNonNull, false},
			{[]string{"r_sna_grecip", "edgewise"}, r.Reciprocity, false},
			{[]string{"r_sna_grecip", "edgewise_lrr"}, r.EdgewiseLRR, false},
		} {
			keys := append([]string{"network", "directed"}, c.keys...)
			want, ok := s.Float(keys...)
			if !ok {
				t.Fatalf("no golden %v", keys)
			}
			if c.exact && c.got != want || !c.exact && !golden.Close(c.got, want) {
				t.Errorf("%v = %v, want %v", c.keys, c.got, want)
			}
		}
		s.CompareNodes(t, "in_degree", ints(r.InDegree))
		s.CompareNodes(t, "out_degree", ints(r.OutDegree))
		s.CompareNodes(t, "reciprocity", r.Node)
		s.CompareNodes(t, "balance", r.Balance)
	})
	if directed == 0 {
		t.Error("no directed golden set: reciprocity was not compared")
	}
}

func ints(x []int) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = float64(v)
	}
	return out
}
