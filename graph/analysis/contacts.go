package analysis

import (
	"math"

	"github.com/tiesnet/ties/graph/measures/diversity"
)

// Contacts returns the ego's contacts: their neighbours in the tie view
// (ties files and contact exports; never a co-member of a network), in node
// order. Nil without an ego.
func (r *Result) Contacts() []int {
	e := r.Ego()
	if e < 0 {
		return nil
	}
	nb := r.Views.Tie.Neighbors(e)
	out := make([]int, len(nb))
	for k, j := range nb {
		out[k] = int(j)
	}
	return out
}

// contacts computes each attribute's figures over the ego's contacts
// (Attribute.Contacts, ContactsEI): the population the findings speak of
// when there is an ego.
func (r *Result) contacts() {
	e := r.Ego()
	if e < 0 {
		return
	}
	people := r.Contacts()
	for _, a := range r.Attributes {
		s := diversity.Of(a.Encoding, people)
		a.Contacts = &s
		a.ContactsEI = diversity.EI{Index: math.NaN()}
		own := a.Encoding.Values[e]
		if own < 0 || s.N == 0 {
			continue
		}
		in := s.Counts[own]
		a.ContactsEI = diversity.EI{External: s.N - in, Internal: in, Index: float64(s.N-2*in) / float64(s.N)}
	}
}
