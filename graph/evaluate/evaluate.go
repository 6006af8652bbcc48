package evaluate

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/diversity"
)

// Evaluate judges every network (group) of nw from the point of view of
// opt.Ego, or of the population when opt.Ego is -1. res is the analysis of
// nw (analysis.Run); its communities and betweenness are read, nothing is
// recomputed that it holds. Networks come out in the order of nw.Groups.
//
// Point of view. With an ego, the ego's contacts are its neighbours in the
// undirected view of ties plus the co-members of its networks, and the
// networks the ego belongs to are "kept" (left in a what-if), the others
// "joinable". With opt.Ego = -1 (the population) there is no ego: every
// network is judged as one the population keeps, "contacts" are the people
// in any network, "new" members are those found in no other network,
// redundancy compares with every other network, the constraint change is
// the mean change over the network's members, and the ego's balance and
// what-if questions do not apply (EgoBalance is NaN; a what-if is an error).
//
// The point of view is the analysed network's ego (res.Network.Ego), or
// the population when it has none or opt.Population is set: the zero
// Options judge from the data's own point of view.
func Evaluate(res *analysis.Result, opt Options) (*Result, error) {
	if res == nil || res.Network == nil {
		return nil, errors.New("evaluate: no analysis")
	}
	nw := res.Network
	e, err := newEval(nw, res, opt)
	if err != nil {
		return nil, err
	}
	out := &Result{Networks: make([]*Network, len(nw.Groups))}
	if e.ego >= 0 {
		id := nw.People[e.ego].ID
		out.Ego = &id
	}
	for g := range nw.Groups {
		n := e.network(g)
		e.reach(g, n)
		e.diversity(g, n)
		e.bridging(g, n)
		e.reciprocity(g, n)
		e.cost(g, n)
		e.goals(g, n)
		e.verdict(g, n)
		out.Networks[g] = n
	}
	keepOneOfEachPair(out.Networks, e.kept)
	if len(opt.Without) > 0 || len(opt.With) > 0 {
		w, err := e.whatIf()
		if err != nil {
			return nil, err
		}
		out.WhatIf = w
	}
	return out, nil
}

// eval holds what every concept reads.
type eval struct {
	nw  *graph.Network
	res *analysis.Result
	opt Options
	ego int // -1: population
	n   int

	u     *csr.Graph // undirected view of ties
	d     *csr.Graph // directed ties, nil when none
	attrs []diversity.Attribute

	// kept[g]: the network is one of the ego's (all networks for the
	// population). inKept[p]: in how many kept networks person p is.
	kept   []bool
	inKept []int32
	// tieContact[p]: p is the ego's neighbour in U (never for the population).
	tieContact []bool
	members    [][]int // per group, members other than the ego
	isMember   []map[int]bool

	// constraintKept is the ego's constraint (population: every person's)
	// on U ∪ projection of the kept networks, computed once.
	constraintKept []float64
}

func newEval(nw *graph.Network, res *analysis.Result, opt Options) (*eval, error) {
	ego := nw.Ego
	if opt.Population {
		ego = -1
	}
	e := &eval{nw: nw, res: res, opt: opt, ego: ego, n: len(nw.People)}
	e.u = res.Views.Tie
	e.d = res.Views.Directed
	names := opt.Attributes
	if names == nil {
		names = nw.Attributes
	}
	for _, name := range names {
		a, ok := nw.AttributeIndex(name)
		if !ok {
			return nil, fmt.Errorf("evaluate: no attribute %q", name)
		}
		e.attrs = append(e.attrs, res.Encodings[a])
	}
	e.kept = make([]bool, len(nw.Groups))
	e.inKept = make([]int32, e.n)
	e.tieContact = make([]bool, e.n)
	e.members = make([][]int, len(nw.Groups))
	e.isMember = make([]map[int]bool, len(nw.Groups))
	for g, gr := range nw.Groups {
		e.isMember[g] = make(map[int]bool, len(gr.Members))
		for _, p := range gr.Members {
			e.isMember[g][p] = true
			if p != e.ego {
				e.members[g] = append(e.members[g], p)
			}
		}
		e.kept[g] = e.ego < 0 || e.isMember[g][e.ego]
		if e.kept[g] {
			for _, p := range e.members[g] {
				e.inKept[p]++
			}
		}
	}
	if e.ego >= 0 {
		for _, j := range e.u.Neighbors(e.ego) {
			e.tieContact[j] = true
		}
	}
	for _, names := range [][]string{opt.Without, opt.With} {
		for _, name := range names {
			if e.group(name) < 0 {
				return nil, fmt.Errorf("evaluate: no network %q", name)
			}
		}
	}
	if opt.Goals != nil {
		for _, a := range opt.Goals.MoreDiversity {
			if e.attr(a) < 0 {
				return nil, fmt.Errorf("evaluate: goal names attribute %q, which is not evaluated", a)
			}
		}
		for _, c := range opt.Goals.Contacts {
			if _, ok := nw.AttributeIndex(c.Attribute); !ok {
				return nil, fmt.Errorf("evaluate: goal names attribute %q, which the data does not have", c.Attribute)
			}
		}
	}
	e.constraintKept = e.constraint(e.kept)
	return e, nil
}

func (e *eval) group(name string) int {
	return slices.IndexFunc(e.nw.Groups, func(g graph.Group) bool { return g.Name == name })
}

func (e *eval) attr(name string) int {
	return slices.IndexFunc(e.attrs, func(a diversity.Attribute) bool { return a.Name == name })
}

func (e *eval) network(g int) *Network {
	gr := e.nw.Groups[g]
	return &Network{
		Name:      gr.Name,
		Info:      gr.Info,
		EgoMember: e.ego >= 0 && e.isMember[g][e.ego],
		Members:   len(gr.Members),
		GoalFit:   math.NaN(),
	}
}
