package change

import (
	"math"

	"github.com/tiesnet/ties/graph/finding"
)

// Finding codes: the sentences a comparison starts with, worded by
// graph/outputs/words in the reader's language.
const (
	// AddedDropped: Count added, dropped, kept.
	AddedDropped finding.Code = "compare.added_dropped"
	// AddedDroppedVaried: Count added, dropped, more or less (Term),
	// attribute, IQV before, after.
	AddedDroppedVaried finding.Code = "compare.added_dropped_varied"
	// AddedDroppedVariedThrough: as AddedDroppedVaried, then the network
	// that brought most added contacts.
	AddedDroppedVariedThrough finding.Code = "compare.added_dropped_varied_through"
	// Varied: more or less (Term), attribute, IQV before, after.
	Varied finding.Code = "compare.varied"
	// Changed: Count kept contacts, attribute.
	Changed finding.Code = "compare.changed"
	// Rematched: Count contacts.
	Rematched finding.Code = "compare.rematched"
	// Churn: tie churn.
	Churn finding.Code = "compare.churn"
	// Brokerage: effective size before, after, constraint before, after.
	Brokerage finding.Code = "compare.brokerage"
	// BroughtBy: network, added contacts among its members.
	BroughtBy finding.Code = "compare.brought_by"

	NounContact finding.Term = "contact"
	More        finding.Term = "more"
	Less        finding.Term = "less"
)

// minIQVChange is the smallest change of IQV worth a sentence: below it
// the two figures round to the same two decimals.
const minIQVChange = 0.005

// findings says the main changes: the count of added and dropped
// contacts with the attribute whose diversity moved most (and the network
// that brought most added contacts), the other attributes that moved,
// the kept contacts whose values changed, the rematched, tie churn and
// brokerage.
func findings(r *Result) []finding.Finding {
	var fs []finding.Finding
	add := func(c finding.Code, args ...any) { fs = append(fs, finding.New(c, args...)) }
	moved := func(a Attribute) float64 {
		d := a.IQV[1] - a.IQV[0]
		if math.IsNaN(d) || math.Abs(d) < minIQVChange {
			return 0
		}
		return d
	}
	way := func(d float64) finding.Term {
		if d > 0 {
			return More
		}
		return Less
	}
	best := -1
	for k, a := range r.Attributes {
		if d := moved(a); d != 0 && (best < 0 || math.Abs(d) > math.Abs(moved(r.Attributes[best]))) {
			best = k
		}
	}
	added := finding.Count{N: len(r.Added), Noun: NounContact}
	switch {
	case best < 0:
		add(AddedDropped, added, len(r.Dropped), len(r.Kept))
	case len(r.Networks) > 0 && len(r.Networks[0].Added) > 0:
		a := r.Attributes[best]
		add(AddedDroppedVariedThrough, added, len(r.Dropped), way(moved(a)), a.Name, a.IQV[0], a.IQV[1], r.Networks[0].Name)
	default:
		a := r.Attributes[best]
		add(AddedDroppedVaried, added, len(r.Dropped), way(moved(a)), a.Name, a.IQV[0], a.IQV[1])
	}
	for k, a := range r.Attributes {
		if d := moved(a); d != 0 && k != best {
			add(Varied, way(d), a.Name, a.IQV[0], a.IQV[1])
		}
	}
	for _, a := range r.Attributes {
		if len(a.Changed) > 0 {
			add(Changed, finding.Count{N: len(a.Changed), Noun: NounContact}, a.Name)
		}
	}
	if len(r.Rematched) > 0 {
		add(Rematched, finding.Count{N: len(r.Rematched), Noun: NounContact})
	}
	if !math.IsNaN(r.Churn) {
		add(Churn, r.Churn)
	}
	if !math.IsNaN(r.EffectiveSize[0]) && !math.IsNaN(r.EffectiveSize[1]) {
		add(Brokerage, r.EffectiveSize[0], r.EffectiveSize[1], r.Constraint[0], r.Constraint[1])
	}
	for _, n := range r.Networks {
		if len(n.Added) > 0 {
			add(BroughtBy, n.Name, len(n.Added))
		}
	}
	return fs
}
