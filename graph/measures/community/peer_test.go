package community_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteBenchGraphs writes the benchmark graphs as edge lists
// ("u v weight" per line, u < v) for testdata/igraph_louvain.py, which
// times igraph's community_multilevel on the same edges. It runs only when
// TIES_LOUVAIN_EDGES names a folder:
//
//	TIES_LOUVAIN_EDGES=/tmp/louvain go test -run TestWriteBenchGraphs ./graph/measures/community
//	/usr/bin/python3 graph/measures/community/testdata/igraph_louvain.py /tmp/louvain
func TestWriteBenchGraphs(t *testing.T) {
	dir := os.Getenv("TIES_LOUVAIN_EDGES")
	if dir == "" {
		t.Skip("set TIES_LOUVAIN_EDGES to a folder to write the benchmark graphs")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, g := range benchGraphs(t, true) {
		f, err := os.Create(filepath.Join(dir, fmt.Sprintf("%d.txt", g.N())))
		if err != nil {
			t.Fatal(err)
		}
		w := bufio.NewWriter(f)
		for i := 0; i < g.N(); i++ {
			for k, j := range g.Neighbors(i) {
				if int(j) > i {
					fmt.Fprintf(w, "%d %d %g\n", i, j, g.Weights(i)[k])
				}
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
