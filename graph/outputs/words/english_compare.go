package words

import (
	"github.com/tiesnet/ties/graph/change"
	"github.com/tiesnet/ties/graph/finding"
)

// What changed between two exports (ties compare, the report's "What
// changed"), in English. docs/time.md defines each figure.
var englishCompare = map[finding.Code]string{
	change.AddedDropped:              "You added %s and dropped %d; %d stayed.",
	change.AddedDroppedVaried:        "You added %s and dropped %d; your contacts are now %s varied by %s (IQV %.2f → %.2f).",
	change.AddedDroppedVariedThrough: "You added %s and dropped %d; your contacts are now %s varied by %s (IQV %.2f → %.2f), mostly through %s.",
	change.Varied:                    "Your contacts are now %s varied by %s (IQV %.2f → %.2f).",
	change.Changed:                   "%s you kept changed their %s.",
	change.Rematched:                 "%s changed their profile address; matched by name and the day you connected, they count as kept.",
	change.Churn:                     "Tie churn %.2f: the share of your ties, then and now, that came or went.",
	change.Brokerage:                 "Your effective size went from %.1f to %.1f and your constraint from %.2f to %.2f.",
	change.BroughtBy:                 "%s holds %d of the contacts you added.",
}

func init() {
	for c, s := range englishCompare {
		english.messages[c] = s
	}
	english.nouns[change.NounContact] = [2]string{"contact", "contacts"}
}
