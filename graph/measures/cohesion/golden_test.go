package cohesion

import (
	"testing"

	"github.com/tiesnet/ties/graph/internal/golden"
)

// TestGolden compares with the reference values of NetworkX 2.8.8 in
// testdata/golden (make_golden.py): network.undirected.{n_nodes, n_edges,
// density, components, average_clustering, transitivity} and
// nodes.clustering on every set with ties, and network.directed.
// {weak_components, strong_components} on directed sets.
func TestGolden(t *testing.T) {
	golden.ForEach(t, func(t *testing.T, s *golden.Set) {
		if !s.HasTies() {
			t.Skipf("set %s has no ties file (two-mode only): no undirected structure in its golden file", s.Name)
		}
		u := s.U
		edges := u.Entries() / 2
		tri := Triangles(u)
		cl := ClusteringFromTriangles(u, tri)
		_, comps := Components(u)
		counts := []struct {
			key string
			got int
		}{
			{"n_nodes", u.N()},
			{"n_edges", edges},
			{"components", comps},
		}
		for _, c := range counts {
			want, ok := s.Float("network", "undirected", c.key)
			if !ok {
				t.Fatalf("no golden network.undirected.%s", c.key)
			}
			if float64(c.got) != want {
				t.Errorf("%s = %d, want %v", c.key, c.got, want)
			}
		}
		values := []struct {
			key string
			got float64
		}{
			{"density", Density(u.N(), edges, false)},
			{"average_clustering", AverageClustering(cl)},
			{"transitivity", TransitivityFromTriangles(u, tri)},
		}
		for _, c := range values {
			want, ok := s.Float("network", "undirected", c.key)
			if !ok {
				t.Fatalf("no golden network.undirected.%s", c.key)
			}
			if !golden.Close(c.got, want) {
				t.Errorf("%s = %v, want %v", c.key, c.got, want)
			}
		}
		s.CompareNodes(t, "clustering", cl)
		// Clustering and Transitivity must give the same as the
		// FromTriangles variants.
		s.CompareNodes(t, "clustering", Clustering(u))
		if got, want := Transitivity(u), TransitivityFromTriangles(u, tri); got != want {
			t.Errorf("Transitivity %v != TransitivityFromTriangles %v", got, want)
		}

		if !s.Directed {
			return // network.directed exists only for directed sets
		}
		for _, c := range []struct {
			key string
			got int
		}{
			{"weak_components", WeakComponents(s.D)},
			{"strong_components", StrongComponents(s.D)},
		} {
			want, ok := s.Float("network", "directed", c.key)
			if !ok {
				t.Fatalf("no golden network.directed.%s", c.key)
			}
			if float64(c.got) != want {
				t.Errorf("%s = %d, want %v", c.key, c.got, want)
			}
		}
	})
}
