package render

import (
	"sync"
	"testing"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/importers"
)

const demoDir = "../../../testdata/demo/"

// demoNetwork is the network the brings view of the demo shows in tests
// that draw every view.
const demoNetwork = "European MedTech Association"

var demo struct {
	once sync.Once
	r    *analysis.Result
	err  error
}

// demoResult is the analysis of the demo data set, computed once.
func demoResult(t testing.TB) *analysis.Result {
	t.Helper()
	demo.once.Do(func() { demo.r, demo.err = analyse(demoDir+"people.csv", t) })
	if demo.err != nil {
		t.Fatal(demo.err)
	}
	return demo.r
}

// analyse loads the demo memberships, networks and ties with the given
// people file and analyses them.
func analyse(people string, t testing.TB) (*analysis.Result, error) {
	nw, _, err := importers.Load(importers.Options{
		People:      people,
		Memberships: demoDir + "memberships.csv",
		Networks:    demoDir + "networks.csv",
		Ties:        demoDir + "ties.csv",
		Ego:         "me",
	})
	if err != nil {
		return nil, err
	}
	return analysis.Run(nw, analysis.DefaultOptions())
}
