package analysis

import (
	"slices"
	"testing"

	"github.com/tiesnet/ties/graph/finding"
	"github.com/tiesnet/ties/graph/internal/socialgen"
)

// A member organisation: the whole-organisation network and the chapters
// above the cap stay out of the pairs (and are named), the rest go in; with
// no cap, every network's pairs do.
func TestGroupSizeCap(t *testing.T) {
	nw := socialgen.Organization(1500, 1)
	var above []string
	pairsUnder := map[[2]int]bool{}
	pairsAll := map[[2]int]bool{}
	for _, g := range nw.Groups {
		if len(g.Members) > DefaultMaxGroupSize {
			above = append(above, g.Name)
		}
		for x, a := range g.Members {
			for _, b := range g.Members[x+1:] {
				k := [2]int{min(a, b), max(a, b)}
				pairsAll[k] = true
				if len(g.Members) <= DefaultMaxGroupSize {
					pairsUnder[k] = true
				}
			}
		}
	}
	if len(above) < 2 || !slices.Contains(above, "the organisation") {
		t.Fatalf("the generator should make networks above %d members: %v", DefaultMaxGroupSize, above)
	}
	for _, tc := range []struct {
		name  string
		limit int
		want  map[[2]int]bool
		cap   int
	}{
		{"default", 0, pairsUnder, DefaultMaxGroupSize},
		{"none", NoGroupSizeCap, pairsAll, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.cap == 0 && testing.Short() {
				t.Skip("the uncapped projection of 1 500 members takes seconds")
			}
			opt := DefaultOptions()
			opt.Projection.MaxGroupSize = tc.limit
			opt.BetweennessSamples = 16
			opt.OrgAsGroup = OrgAsGroupOff // employers would add colleague pairs
			r, err := Run(nw, opt)
			if err != nil {
				t.Fatal(err)
			}
			if r.Options.GroupSizeCap() != tc.cap {
				t.Errorf("GroupSizeCap %d, want %d", r.Options.GroupSizeCap(), tc.cap)
			}
			// Co-members count in the measures, not as contacts: the ego
			// has 400 ties (socialgen.Organization).
			if f := r.Findings.Ego; len(f) == 0 || f[0].Code != EgoContactsWithGroups ||
				f[0].Args[0].(finding.Count).N != 400 || f[0].Args[1].(finding.Count).N <= 400 {
				t.Errorf("ego finding %v: want %s with 400 contacts and more people", f, EgoContactsWithGroups)
			}
			// The two-mode figures count every network; the structure view
			// holds the ties and the pairs of networks within the cap.
			if r.TwoMode.Pairs != len(pairsAll) {
				t.Errorf("%d projected pairs, want %d", r.TwoMode.Pairs, len(pairsAll))
			}
			joined := 0
			for k := range tc.want {
				if r.Views.Structure.Has(k[0], k[1]) {
					joined++
				}
			}
			if joined != len(tc.want) {
				t.Errorf("%d of the %d pairs of networks within the cap are in the structure view", joined, len(tc.want))
			}
			if tc.cap > 0 && r.Structure.Pairs >= len(pairsAll) {
				t.Errorf("structure view has %d pairs, want fewer than the %d of every network", r.Structure.Pairs, len(pairsAll))
			}
			var found *finding.Finding
			for k, f := range r.Findings.TwoMode {
				if f.Code == TwoModeAboveCap {
					found = &r.Findings.TwoMode[k]
				}
			}
			if tc.cap == 0 {
				if found != nil {
					t.Errorf("no cap, yet %v", found)
				}
				return
			}
			if found == nil {
				t.Fatalf("no %s finding in %v", TwoModeAboveCap, r.Findings.TwoMode)
			}
			names := found.Args[1].(finding.Networks)
			if found.Args[0].(finding.Count).N != len(above) || len(names) != len(above) || names[0] != "the organisation" {
				t.Errorf("finding %v: want %d networks, the organisation first", found.Args, len(above))
			}
		})
	}
}
