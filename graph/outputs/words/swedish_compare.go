package words

import (
	"github.com/tiesnet/ties/graph/change"
	"github.com/tiesnet/ties/graph/finding"
)

// What changed between two exports, in Swedish, with the figures of
// english_compare.go.
var swedishCompare = map[finding.Code]string{
	change.AddedDropped:              "Du lade till %s och tappade %d; %d finns kvar.",
	change.AddedDroppedVaried:        "Du lade till %s och tappade %d; dina kontakter är nu %s varierade i %s (IQV %.2f → %.2f).",
	change.AddedDroppedVariedThrough: "Du lade till %s och tappade %d; dina kontakter är nu %s varierade i %s (IQV %.2f → %.2f), mest genom %s.",
	change.Varied:                    "Dina kontakter är nu %s varierade i %s (IQV %.2f → %.2f).",
	change.Changed:                   "%s som finns kvar har bytt %s.",
	change.Rematched:                 "%s har bytt profiladress; matchade på namn och dagen ni knöt kontakt räknas de som kvar.",
	change.Churn:                     "Omsättning av band %.2f: andelen av dina band, då och nu, som tillkom eller försvann.",
	change.Brokerage:                 "Din effektiva storlek gick från %.1f till %.1f och din begränsning från %.2f till %.2f.",
	change.BroughtBy:                 "%s har %d av kontakterna du lade till.",
}

func init() {
	for c, s := range swedishCompare {
		swedish.messages[c] = s
	}
	swedish.terms[change.More] = "mer"
	swedish.terms[change.Less] = "mindre"
}
