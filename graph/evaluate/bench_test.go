package evaluate

import (
	"testing"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/internal/socialgen"
)

// BenchmarkEvaluateOrganization: a member organisation of 20 000 with a
// network of everyone and chapters of up to 1 500, judged from a member
// with 400 contacts. Constraint in H used to build every co-member pair
// (minutes and gigabytes); per membership signature it takes under a
// second here (2 cores).
func BenchmarkEvaluateOrganization(b *testing.B) {
	opt := analysis.DefaultOptions()
	opt.BetweennessSamples = 64
	res, err := analysis.Run(socialgen.Organization(20000, 1), opt)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		ev, err := Evaluate(res, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if len(ev.Networks) != len(res.Network.Groups) {
			b.Fatalf("%d networks judged, want %d", len(ev.Networks), len(res.Network.Groups))
		}
	}
}
