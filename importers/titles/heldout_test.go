package titles

import "testing"

// The rules are judged on a held-out list: at least 300 titles (at least
// 150 Swedish), hand-labelled by the guide (docs/titles.md) before the
// rules were written, and never used to write them
// (testdata/titles/README.md). The targets: at least 80 % of the titles
// classified for function and 70 % for seniority, and at least 90 % of the
// classified correct. `go test ./importers/titles -run HeldOut -v` prints
// the confusion counts.
func TestHeldOut(t *testing.T) {
	rows, err := readLabelled("../../testdata/titles/heldout.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 300 {
		t.Fatalf("the held-out list has %d titles, at least 300 wanted", len(rows))
	}
	function, seniority := scoreLabelled(t, rows)
	function.log(t, "function (held out)")
	seniority.log(t, "seniority (held out)")
	for _, c := range []struct {
		name             string
		s                *labelScore
		coverage, agreed float64
	}{{"function", &function, 0.80, 0.90}, {"seniority", &seniority, 0.70, 0.90}} {
		if c.s.coverage() < c.coverage || c.s.agreement() < c.agreed {
			t.Errorf("%s on the held-out list: %.1f%% classified (want ≥ %.0f%%), %.1f%% of those correct (want ≥ %.0f%%)",
				c.name, 100*c.s.coverage(), 100*c.coverage, 100*c.s.agreement(), 100*c.agreed)
		}
	}
}
