package evaluate

import (
	"errors"
	"slices"

	"github.com/tiesnet/ties/graph/diversity"
)

// whatIf compares the ego's contacts before and after leaving the networks
// in Options.Without and joining those in Options.With: the number of
// contacts (tie neighbours ∪ co-members), their IQV per attribute, and the
// ego's constraint on U ∪ P (see bridging). Naming a network the ego is
// not in under Without, or one it is in under With, changes nothing. The
// population has no such question: it is an error.
func (e *eval) whatIf() (*WhatIf, error) {
	if e.ego < 0 {
		return nil, errors.New("evaluate: a what-if (without, with) needs an ego")
	}
	after := slices.Clone(e.kept)
	for _, name := range e.opt.Without {
		after[e.group(name)] = false
	}
	for _, name := range e.opt.With {
		after[e.group(name)] = true
	}
	w := &WhatIf{
		Without:   append([]string{}, e.opt.Without...),
		With:      append([]string{}, e.opt.With...),
		Diversity: make(map[string][2]float64, len(e.attrs)),
	}
	before, now := e.alters(e.kept), e.alters(after)
	w.Contacts = [2]int{len(before), len(now)}
	for _, a := range e.attrs {
		w.Diversity[a.Name] = [2]float64{diversity.Of(a, before).IQV, diversity.Of(a, now).IQV}
	}
	w.Constraint = [2]float64{e.constraintKept[e.ego], e.constraint(after)[e.ego]}
	return w, nil
}
