package change

import (
	"cmp"
	"math"
	"slices"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/finding"
	"github.com/tiesnet/ties/graph/measures/diversity"
	"github.com/tiesnet/ties/graph/measures/holes"
)

// SchemaVersion is the version of `ties compare --format json`
// (docs/time.md).
const SchemaVersion = 1

// Options say what to compare. The zero value compares every attribute
// the two exports share.
type Options struct {
	// Attributes to compare; nil means every attribute of both exports.
	Attributes []string
}

// Pair is one contact in both exports: an index into the Before and the
// After network's people.
type Pair struct{ Before, After int }

// Result is how the network changed from Before to After.
type Result struct {
	Before, After *graph.Network
	// Added are the contacts of After only, Dropped of Before only
	// (people indices, ascending); Kept the contacts of both, in After's
	// order.
	Added, Dropped []int
	Kept           []Pair
	// Rematched are the kept contacts matched by name and the day the
	// tie began, not by id (a changed profile address).
	Rematched []Pair
	// Attributes are the attributes compared, in After's order, with
	// what changed (parallel).
	Attributes []Attribute
	// EffectiveSize and Constraint are the ego's, before and after (NaN
	// where the export has no ego or no tie among the contacts).
	EffectiveSize, Constraint [2]float64
	// Churn is (added + dropped) / (kept + added + dropped); NaN when
	// neither export has a contact.
	Churn float64
	// Networks are the networks of After with how many added contacts
	// are members, most first, then by name.
	Networks []Network
	// Findings say the main changes in words (codes below).
	Findings []finding.Finding
}

// Attribute is what changed in one attribute.
type Attribute struct {
	Name string
	// Changed are the kept contacts whose value differs between the
	// exports (a value that appeared or went counts: the data changed).
	Changed []Pair
	// IQV of the contacts' values before and after, over the categories
	// of both exports (K); NaN when no contact has a value or K < 2.
	IQV [2]float64
	K   int
}

// Network is one network of After and the added contacts among its
// members.
type Network struct {
	Group int
	Name  string
	Added []int // people of After, ascending
}

// Compare compares two exports: before, taken first, and after.
func Compare(before, after *graph.Network, opt Options) *Result {
	r := &Result{Before: before, After: after}
	cb, ca := contacts(before), contacts(after)
	r.Kept, r.Rematched, r.Dropped, r.Added = match(before, after, cb, ca)
	if all := len(r.Kept) + len(r.Added) + len(r.Dropped); all > 0 {
		r.Churn = float64(len(r.Added)+len(r.Dropped)) / float64(all)
	} else {
		r.Churn = math.NaN()
	}
	names := opt.Attributes
	if names == nil {
		for _, a := range after.Attributes {
			if _, ok := before.AttributeIndex(a); ok {
				names = append(names, a)
			}
		}
	}
	for _, name := range names {
		r.Attributes = append(r.Attributes, attribute(name, before, after, cb, ca, r.Kept))
	}
	r.EffectiveSize[0], r.Constraint[0] = brokerage(before, cb)
	r.EffectiveSize[1], r.Constraint[1] = brokerage(after, ca)
	added := make(map[int]bool, len(r.Added))
	for _, p := range r.Added {
		added[p] = true
	}
	for g, grp := range after.Groups {
		n := Network{Group: g, Name: grp.Name}
		for _, p := range grp.Members {
			if added[p] {
				n.Added = append(n.Added, p)
			}
		}
		slices.Sort(n.Added)
		r.Networks = append(r.Networks, n)
	}
	slices.SortStableFunc(r.Networks, func(a, b Network) int {
		if c := cmp.Compare(len(b.Added), len(a.Added)); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	r.Findings = findings(r)
	return r
}

// contacts are the ego's contacts (the people tied to the ego in either
// direction), or every person when the export has no ego; ascending.
func contacts(nw *graph.Network) []int {
	var out []int
	if nw.Ego < 0 {
		for i := range nw.People {
			out = append(out, i)
		}
		return out
	}
	seen := map[int]bool{}
	for _, t := range nw.Ties {
		switch nw.Ego {
		case t.From:
			seen[t.To] = true
		case t.To:
			seen[t.From] = true
		}
	}
	for i := range seen {
		out = append(out, i)
	}
	slices.Sort(out)
	return out
}

// attribute compares one attribute: the kept contacts whose value
// changed, and the contacts' IQV on both sides over the categories of
// both.
func attribute(name string, before, after *graph.Network, cb, ca []int, kept []Pair) Attribute {
	out := Attribute{Name: name, IQV: [2]float64{math.NaN(), math.NaN()}}
	ab, okb := before.AttributeIndex(name)
	aa, oka := after.AttributeIndex(name)
	value := func(nw *graph.Network, a int, ok bool, i int) string {
		if !ok {
			return ""
		}
		return nw.Attr(i, a)
	}
	for _, p := range kept {
		if value(before, ab, okb, p.Before) != value(after, aa, oka, p.After) {
			out.Changed = append(out.Changed, p)
		}
	}
	// One encoding over both sides' contacts: the same K for both IQVs.
	var values []string
	for _, i := range cb {
		values = append(values, value(before, ab, okb, i))
	}
	for _, i := range ca {
		values = append(values, value(after, aa, oka, i))
	}
	enc := diversity.EncodeValues(name, values)
	out.K = enc.K()
	side := func(from, to int) float64 {
		nodes := make([]int, 0, to-from)
		for k := from; k < to; k++ {
			nodes = append(nodes, k)
		}
		return diversity.Of(enc, nodes).IQV
	}
	out.IQV = [2]float64{side(0, len(cb)), side(len(cb), len(values))}
	return out
}

// brokerage is the ego's effective size and constraint (Burt 1992) on the
// undirected ties, unweighted; NaN without an ego or when no tie joins two
// of its contacts (a contact export alone says nothing of brokerage).
func brokerage(nw *graph.Network, cs []int) (effectiveSize, constraint float64) {
	if nw.Ego < 0 || len(cs) == 0 {
		return math.NaN(), math.NaN()
	}
	in := make(map[int]bool, len(cs))
	for _, c := range cs {
		in[c] = true
	}
	known := false
	for _, t := range nw.Ties {
		if in[t.From] && in[t.To] {
			known = true
			break
		}
	}
	if !known {
		return math.NaN(), math.NaN()
	}
	res := holes.Analyze(csr.Undirected(nw), holes.Options{Workers: 1})
	return res.EffectiveSize[nw.Ego], res.Constraint[nw.Ego]
}
