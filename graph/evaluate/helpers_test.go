package evaluate

import (
	"sync"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/importers"
)

const demoDir = "../../testdata/demo/"

var demo struct {
	once sync.Once
	nw   *graph.Network
	r    *analysis.Result
	err  error
}

// demoData loads and analyses testdata/demo once.
func demoData(t testing.TB) (*graph.Network, *analysis.Result) {
	t.Helper()
	demo.once.Do(func() {
		demo.nw, _, demo.err = importers.Load(importers.Options{People: demoDir + "people.csv",
			Memberships: demoDir + "memberships.csv", Networks: demoDir + "networks.csv",
			Ties: demoDir + "ties.csv", Ego: "me"})
		if demo.err == nil {
			demo.r, demo.err = analysis.Run(demo.nw, analysis.DefaultOptions())
		}
	})
	if demo.err != nil {
		t.Fatal(demo.err)
	}
	return demo.nw, demo.r
}
