package importers

import (
	"math"
	"testing"

	"github.com/tiesnet/ties/graph"
)

// Finite weights whose sum overflows used to become +Inf and reach the
// exports and Louvain. A weight above graph.MaxWeight is a reported row; a
// repeat whose sum passes it is capped with a note.
func TestWeightsBeyondMax(t *testing.T) {
	const ties = "source,target,weight\n" +
		"a,b,9e11\n" +
		"a,b,9e11\n" + // sums past 1e12: capped
		"a,c,1e300\n" + // too large: skipped
		"b,c,1.7e308\n" // too large: skipped
	nw, rep := mustLoad(t, map[string]string{"p.csv": tiesPeople, "t.csv": ties}, Options{People: "p.csv", Ties: "t.csv"})
	f := fileReport(t, rep, "ties")
	if f.Imported != 2 || f.SkippedByReason["bad weight"] != 2 || f.NotesByReason["weight capped"] != 1 {
		t.Errorf("imported %d, bad weight %d, weight capped %d; want 2, 2, 1 (%v %v)",
			f.Imported, f.SkippedByReason["bad weight"], f.NotesByReason["weight capped"], f.Skipped, f.Notes)
	}
	for _, tie := range nw.Ties {
		if math.IsInf(tie.Weight, 0) || tie.Weight > graph.MaxWeight {
			t.Errorf("tie %+v: weight beyond %g", tie, float64(graph.MaxWeight))
		}
	}
	if len(nw.Ties) != 1 || nw.Ties[0].Weight != graph.MaxWeight {
		t.Errorf("ties %+v, want one a→b capped at %g", nw.Ties, float64(graph.MaxWeight))
	}
}
