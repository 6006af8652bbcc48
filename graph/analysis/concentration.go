package analysis

import (
	"cmp"
	"slices"
)

// Concentration says how concentrated people are in a few organisations:
// the shares of the largest and the Herfindahl(-Hirschman) index Σ s_i²
// over the organisations' shares s_i (1: everyone at one; near 0: spread
// over many). For an ego it is over the ego's contacts (the tie view), for
// no ego over everyone; people without an organisation are left out.
type Concentration struct {
	// Contacts is true when the population is the ego's contacts.
	Contacts bool
	// N is the number of people with an organisation; Organizations the
	// number of distinct organisations among them.
	N, Organizations int
	// Largest are the organisations with the most people, most first (at
	// most concentrationShown; ties by first appearance).
	Largest []ValueShare
	// Herfindahl is Σ s_i² over every organisation.
	Herfindahl float64
	// Third and Half are the fewest organisations that hold a third and a
	// half of the people.
	Third, Half int
}

// ValueShare is a value, how many people hold it and their share.
type ValueShare struct {
	Value string
	Count int
	Share float64
}

const concentrationShown = 5

// concentration computes the organisation concentration; nil without an
// organisation attribute or nobody with one.
func (r *Result) concentration() *Concentration {
	a, ok := r.Network.AttributeIndex(OrganizationAttribute)
	if !ok {
		return nil
	}
	enc := r.Encodings[a]
	c := &Concentration{}
	counts := make([]int, len(enc.Categories))
	add := func(p int) {
		if v := enc.Values[p]; v >= 0 {
			counts[v]++
			c.N++
		}
	}
	if e := r.Ego(); e >= 0 {
		c.Contacts = true
		for _, j := range r.Views.Tie.Neighbors(e) {
			add(int(j))
		}
	} else {
		for p := range enc.Values {
			add(p)
		}
	}
	if c.N == 0 {
		return nil
	}
	order := make([]int, 0, len(counts))
	for v, n := range counts {
		if n > 0 {
			order = append(order, v)
			s := float64(n) / float64(c.N)
			c.Herfindahl += s * s
		}
	}
	c.Organizations = len(order)
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(counts[y], counts[x]) })
	for k, v := range order {
		if k < concentrationShown {
			c.Largest = append(c.Largest, ValueShare{enc.Categories[v], counts[v], float64(counts[v]) / float64(c.N)})
		}
	}
	sum := 0
	for k, v := range order {
		sum += counts[v]
		if c.Third == 0 && 3*sum >= c.N {
			c.Third = k + 1
		}
		if c.Half == 0 && 2*sum >= c.N {
			c.Half = k + 1
			break
		}
	}
	return c
}
