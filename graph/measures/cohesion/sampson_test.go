package cohesion

import (
	"os"
	"testing"

	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/importers"
)

// Sampson's monastery (liking at time 3, directed), against NetworkX 2.8.8
// on D and on U = D.to_undirected().
func TestSampson(t *testing.T) {
	dir := "../../../../testdata/public/sampson"
	if _, err := os.Stat(dir + "/ties.csv"); err != nil {
		t.Skipf("Sampson data not found at %s (the shared data folder beside the repository): %v", dir, err)
	}
	nw, _, err := importers.Load(importers.Options{People: dir + "/people.csv", Ties: dir + "/ties.csv", Strict: true})
	if err != nil {
		t.Fatal(err)
	}
	d, u := csr.Directed(nw), csr.Undirected(nw)
	if w, s := WeakComponents(d), StrongComponents(d); w != 1 || s != 2 {
		t.Errorf("weak %d strong %d, want 1 2", w, s)
	}
	if _, c := Components(u); c != 1 {
		t.Errorf("components %d, want 1", c)
	}
	want := []float64{1.0 / 3, 1.0 / 3, 1.0 / 3, 0.5, 0.4, 2.0 / 3, 0.5, 0.5, 0.3, 0.5, 1.0 / 3, 0.4, 0.2,
		1.0 / 3, 0.6, 1, 2.0 / 3, 0.5}
	cl := Clustering(u)
	for i := range want {
		if !same(cl[i], want[i]) {
			t.Errorf("clustering of %s = %v, want %v", nw.People[i].ID, cl[i], want[i])
		}
	}
	if got := AverageClustering(cl); !same(got, 0.46666666666666656) {
		t.Errorf("average clustering %v", got)
	}
	if got := Transitivity(u); !same(got, 0.4258064516129032) {
		t.Errorf("transitivity %v", got)
	}
}
