package export

import (
	"bytes"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/importers"
)

// demo analyses testdata/demo, the data `ties demo` ships.
func demo(t testing.TB) *analysis.Result {
	t.Helper()
	d := "../../../testdata/demo/"
	nw, _, err := importers.Load(importers.Options{People: d + "people.csv", Memberships: d + "memberships.csv",
		Networks: d + "networks.csv", Ties: d + "ties.csv", Ego: "me"})
	if err != nil {
		t.Fatal(err)
	}
	return analyse(t, nw)
}

func analyse(t testing.TB, nw *graph.Network) *analysis.Result {
	t.Helper()
	r, err := analysis.Run(nw, analysis.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func write(t testing.TB, f Format, r *analysis.Result, opt Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, f, r, opt); err != nil {
		t.Fatalf("%s: %v", f, err)
	}
	return b.Bytes()
}

// column returns the per-person figure named as in the exports' fields.
func column(r *analysis.Result, name string) []float64 {
	for _, c := range r.Columns() {
		if c.Name == name {
			return c.Values
		}
	}
	return nil
}
