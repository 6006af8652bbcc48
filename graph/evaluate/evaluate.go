package evaluate

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/finding"
	"github.com/tiesnet/ties/graph/measures/diversity"
)

// Options say from whose point of view and with what questions. The zero
// value judges from the analysed network's own point of view: its ego, or
// the population when it has none.
type Options struct {
	// Population judges the networks for the population as a whole, also
	// when the data has an ego.
	Population bool
	// Without and With name networks for a what-if: the ego's world after
	// leaving the first and joining the second.
	Without, With []string
	// Goals are the user's needs (goal fit, budgets); nil without a goals
	// file.
	Goals *Goals
	// Attributes to compare; nil means every attribute of the data.
	Attributes []string
	// AsOf is the day contacts_per_year_since_joining counts to; zero is
	// the latest date of the data (a tie's or a membership's).
	AsOf graph.Date
}

// Errors for questions the data cannot answer.
var (
	// ErrNoEgo: a what-if needs an ego.
	ErrNoEgo = errors.New("evaluate: a what-if needs an ego")
)

// NameError names a network or an attribute the data does not have.
type NameError struct {
	Kind string // "network" or "attribute"
	Name string
	// Goal is true when a goals file named it.
	Goal bool
}

func (e *NameError) Error() string {
	if e.Goal {
		return fmt.Sprintf("evaluate: the goals name the %s %q, which the data does not have", e.Kind, e.Name)
	}
	return fmt.Sprintf("evaluate: no %s %q", e.Kind, e.Name)
}

// Evaluate judges every network of the analysed data (graph.Network.Groups:
// the networks of the memberships and of networks.csv) from the ego's point
// of view, or, without an ego or with opt.Population, for the population
// (docs/spec/evaluate.md § Population mode).
func Evaluate(res *analysis.Result, opt Options) (*Result, error) {
	if res == nil || res.Network == nil {
		return nil, errors.New("evaluate: no analysis")
	}
	e, err := newEval(res, opt)
	if err != nil {
		return nil, err
	}
	out := &Result{Ego: e.ego, Population: e.ego < 0, Attributes: e.attrNames, Star: e.star, AsOf: e.asOf}
	if len(e.nw.Groups) == 0 {
		out.Findings = append(out.Findings, finding.New(NoNetworks))
		return out, nil
	}
	if e.ego < 0 {
		out.Networks = e.population()
		if len(opt.Without) > 0 || len(opt.With) > 0 {
			return nil, ErrNoEgo
		}
		return out, nil
	}
	for g := range e.nw.Groups {
		out.Networks = append(out.Networks, e.network(g))
	}
	e.order(out.Networks)
	out.Budget = e.budget(out.Networks)
	for _, n := range out.Networks {
		n.Reasons = e.reasons(n, out)
	}
	switch {
	case e.star:
		out.Findings = append(out.Findings, finding.New(StarNote))
	case e.ego >= 0 && len(e.contacts) == 0:
		out.Findings = append(out.Findings, finding.New(NoContactsNote))
	}
	if len(opt.Without) > 0 || len(opt.With) > 0 {
		out.WhatIf = e.whatIf()
	}
	return out, nil
}

// eval holds what every figure reads: the views of the analysis and the
// ego's world, computed once.
type eval struct {
	res  *analysis.Result
	nw   *graph.Network
	opt  Options
	ego  int // -1: population
	n    int
	u    *csr.Graph // the tie view U
	d    *csr.Graph // the directed view; nil when no tie has a direction
	star bool

	attrs     []diversity.Attribute
	attrNames []string

	// members[g] is M_g: g's members without the ego, ascending.
	members [][]int
	// egoIn[g]: e belongs to g (G(e)).
	egoIn []bool
	// inEgoNets[p] is the number of e's networks p belongs to.
	inEgoNets []int32
	// contact[p]: p ∈ C(e).
	contact  []bool
	contacts []int
	// world[p]: p ∈ W = (C(e) ∪ ⋃_{h∈G(e)} M_h) \ {e}.
	world []bool
	// worldCounts[k][v]: the people of W whose attribute k has value v.
	worldCounts [][]int

	// cm is the memberships by signature, built when constraint needs it.
	cm *comembers
	// recent are the last ego networks N(e) whose constraint was computed,
	// with it (egoConstraint): most networks leave N(e) as it is (a
	// LinkedIn ego's contacts are everyone), so it is seldom recomputed.
	recent [2]recentConstraint
	// groupEdges[g] are the indices of g's edges in the analysis' group
	// projection, built when an overlap needs them.
	groupEdges [][]int32
	// starts[p] is the day p's tie to e began (graph.TieStarts), built
	// when a network needs it; asOf the day the evaluation is as of.
	starts []graph.Date
	asOf   graph.Date

	// mark is scratch space: a set of people, emptied by a new stamp.
	mark  []int32
	stamp int32
}

func newEval(res *analysis.Result, opt Options) (*eval, error) {
	nw := res.Network
	e := &eval{res: res, nw: nw, opt: opt, ego: nw.Ego, n: len(nw.People), u: res.Views.Tie, d: res.Views.Directed, asOf: asOfDate(nw, opt)}
	if opt.Population {
		e.ego = -1
	}
	names := opt.Attributes
	if names == nil {
		names = analysis.DefaultAttributes(nw) // as analyze: a job title's derived figures, not the title
	}
	for _, name := range names {
		a, ok := nw.AttributeIndex(name)
		if !ok {
			return nil, &NameError{Kind: "attribute", Name: name}
		}
		e.attrs = append(e.attrs, res.Encodings[a])
		e.attrNames = append(e.attrNames, name)
	}
	for _, names := range [][]string{opt.Without, opt.With} {
		for _, name := range names {
			if _, ok := nw.GroupIndex(name); !ok {
				return nil, &NameError{Kind: "network", Name: name}
			}
		}
	}
	if g := opt.Goals; g != nil {
		for _, a := range g.MoreDiversity {
			if _, ok := nw.AttributeIndex(a); !ok {
				return nil, &NameError{Kind: "attribute", Name: a, Goal: true}
			}
		}
		for _, c := range g.Contacts {
			if _, ok := nw.AttributeIndex(c.Attribute); !ok {
				return nil, &NameError{Kind: "attribute", Name: c.Attribute, Goal: true}
			}
		}
	}
	e.mark = make([]int32, e.n)
	e.members = make([][]int, len(nw.Groups))
	e.egoIn = make([]bool, len(nw.Groups))
	for g, grp := range nw.Groups {
		for _, p := range grp.Members {
			if p == e.ego {
				e.egoIn[g] = true
				continue
			}
			e.members[g] = append(e.members[g], p)
		}
		slices.Sort(e.members[g])
	}
	if e.ego < 0 {
		return e, nil
	}
	e.contact = make([]bool, e.n)
	for _, j := range e.u.Neighbors(e.ego) {
		e.contact[j] = true
		e.contacts = append(e.contacts, int(j))
	}
	e.inEgoNets = make([]int32, e.n)
	e.world = slices.Clone(e.contact)
	for g, ms := range e.members {
		if e.egoIn[g] {
			for _, p := range ms {
				e.inEgoNets[p]++
				e.world[p] = true
			}
		}
	}
	e.worldCounts = make([][]int, len(e.attrs))
	for k, a := range e.attrs {
		e.worldCounts[k] = make([]int, len(a.Categories))
		for p, in := range e.world {
			if v := a.Values[p]; in && v >= 0 {
				e.worldCounts[k][v]++
			}
		}
	}
	// A star: no tie of U joins two of e's contacts (and e has some:
	// without contacts there is nothing to say about ties among them).
	e.star = len(e.contacts) > 0
	for _, j := range e.contacts {
		for _, x := range e.u.Neighbors(j) {
			if e.contact[x] {
				e.star = false
				break
			}
		}
		if !e.star {
			break
		}
	}
	return e, nil
}

// next empties the scratch set.
func (e *eval) next() {
	e.stamp++
	if e.stamp == math.MaxInt32 {
		clear(e.mark)
		e.stamp = 1
	}
}

func (e *eval) put(p int)      { e.mark[p] = e.stamp }
func (e *eval) has(p int) bool { return e.mark[p] == e.stamp }
func (e *eval) putAll(ps []int) {
	for _, p := range ps {
		e.put(p)
	}
}

// network computes every figure of one network from the ego's point of
// view (docs/spec/evaluate.md).
func (e *eval) network(g int) *Network {
	grp := e.nw.Groups[g]
	n := &Network{Group: g, Name: grp.Name, Info: grp.Info, Member: e.egoIn[g], NMembers: len(e.members[g]),
		RedundantWith: -1, GoalFit: math.NaN()}
	if in := grp.Info; in != nil && in.MembersTotal != nil && *in.MembersTotal > len(grp.Members) {
		// members_total counts everyone, the ego too; the figures shown
		// do not count the ego (the contract: the ego never counts when
		// members are counted), as n_members does not.
		ego := 0
		if n.Member {
			ego = 1
		}
		n.Partial, n.NListed, n.NTotal = true, len(grp.Members)-ego, *in.MembersTotal-ego
	}
	ms := e.members[g]
	e.foci(g, n)
	// W−g: the world without g's held and new people.
	removed := make(map[int]bool, n.ReachMembers())
	for _, p := range n.HeldOnlyHere {
		removed[p] = true
	}
	for _, p := range n.NewToEgo {
		removed[p] = true
	}
	inWithout := func(p int) bool { return e.world[p] && !removed[p] }
	n.TheirContactsPeople = e.theirContacts(g, inWithout)
	n.TheirContacts = len(n.TheirContactsPeople)
	e.diversity(g, n, removed)
	e.strength(g, n)
	e.overlap(g, n)
	known, kept := 0, 0
	for _, p := range ms {
		if e.contact[p] {
			known++
		}
		if inWithout(p) {
			kept++
		}
	}
	n.ContactsInIt = known
	e.sinceJoining(g, n)
	n.AlreadyKnown, n.KeptWithout = math.NaN(), math.NaN()
	if len(ms) > 0 {
		n.AlreadyKnown = float64(known) / float64(len(ms))
		n.KeptWithout = float64(kept) / float64(len(ms))
	}
	n.ConstraintWith, n.ConstraintWithout, n.ConstraintChange = e.constraintChange(g, n.HeldOnlyHere)
	e.giveAndTake(g, n)
	e.cost(n)
	e.goalFit(n)
	e.verdict(n)
	return n
}

// foci finds held_only_here and new_to_ego (Feld 1981; Burt 2002): a tie
// e–j with j in M_g depends on g when j is in no other network of e and e
// and j have no mutual contact outside M_g.
func (e *eval) foci(g int, n *Network) {
	ms := e.members[g]
	// j is in another network of e when it is in more of e's networks than
	// this one accounts for.
	own := int32(0)
	if e.egoIn[g] {
		own = 1
	}
	e.next()
	e.putAll(ms)
	for _, j := range ms {
		elsewhere := e.inEgoNets[j] > own
		if !e.contact[j] {
			if !elsewhere {
				n.NewToEgo = append(n.NewToEgo, j)
			}
			continue
		}
		if !e.egoIn[g] || elsewhere {
			continue // a network e is not in holds no tie; another network supports it
		}
		support := false
		for _, x := range e.u.Neighbors(j) {
			if e.contact[x] && !e.has(int(x)) {
				support = true
				break
			}
		}
		if !support {
			n.HeldOnlyHere = append(n.HeldOnlyHere, j)
		}
	}
}

// theirContacts is reach_only_here.their_contacts (Burt 2004): the people
// two steps away through g and reached no other way, N(M_g) minus e, minus
// W−g, minus M_g, minus N(W−g).
func (e *eval) theirContacts(g int, inWithout func(int) bool) []int {
	ms := e.members[g]
	e.next()
	e.putAll(ms)
	seen := map[int]bool{}
	var out []int
	for _, m := range ms {
		for _, x32 := range e.u.Neighbors(m) {
			x := int(x32)
			if x == e.ego || seen[x] || inWithout(x) || e.has(x) {
				continue
			}
			seen[x] = true
			reached := false
			for _, y := range e.u.Neighbors(x) {
				if inWithout(int(y)) {
					reached = true
					break
				}
			}
			if !reached {
				out = append(out, x)
			}
		}
	}
	slices.Sort(out)
	return out
}

// diversity fills diversity_gain and unseen_values (Reagans and McEvily
// 2003): the IQV of W+g minus that of W−g, and the values members hold
// that nobody in W−g holds and e does not hold. The counts of W are kept
// per attribute; W−g and W+g differ from them by a few people.
func (e *eval) diversity(g int, n *Network, removed map[int]bool) {
	ms := e.members[g]
	na := len(e.attrs)
	n.DiversityGain = make([]float64, na)
	n.IQVWithout = make([]float64, na)
	n.IQVWith = make([]float64, na)
	n.UnseenValues = make([][]string, na)
	for k, a := range e.attrs {
		kk := len(a.Categories)
		without := slices.Clone(e.worldCounts[k])
		for p := range removed {
			if v := a.Values[p]; v >= 0 && e.world[p] {
				without[v]--
			}
		}
		with := e.worldCounts[k]
		if !e.egoIn[g] {
			with = slices.Clone(with)
			for _, p := range ms {
				if v := a.Values[p]; v >= 0 && !e.world[p] {
					with[v]++
				}
			}
		}
		before, after := diversity.FromCounts(without, kk).IQV, diversity.FromCounts(with, kk).IQV
		n.IQVWithout[k], n.IQVWith[k] = before, after
		n.DiversityGain[k] = after - before // NaN when either is
		seen := make([]bool, kk)
		unseen := []string{}
		egoValue := a.Values[e.ego]
		for _, p := range ms {
			if v := a.Values[p]; v >= 0 && without[v] == 0 && v != egoValue && !seen[v] {
				seen[v] = true
				unseen = append(unseen, a.Categories[v])
			}
		}
		sort.Strings(unseen)
		n.UnseenValues[k] = unseen
	}
}

// strength fills the embeddedness of e's ties into g (Granovetter 1973;
// Onnela et al. 2007): per contact j of e in M_g, m = |C(e) ∩ C(j)| and
// O = m / ((k_e − 1) + (k_j − 1) − m), 0 when the denominator is 0; their
// medians and the number of local bridges (m = 0).
func (e *eval) strength(g int, n *Network) {
	var ms, os []float64
	ke := e.u.Degree(e.ego)
	for _, j := range e.members[g] {
		if !e.contact[j] {
			continue
		}
		m := 0
		for _, x := range e.u.Neighbors(j) {
			if e.contact[x] {
				m++
			}
		}
		kj := e.u.Degree(j)
		o := 0.0
		if den := (ke - 1) + (kj - 1) - m; den != 0 {
			o = float64(m) / float64(den)
		}
		ms = append(ms, float64(m))
		os = append(os, o)
		if m == 0 {
			n.LocalBridges++
		}
	}
	n.MutualContactsMedian, n.EmbeddednessMedian = median(ms), median(os)
}

// median is the middle value, the mean of the two middle ones for an even
// count, NaN for none.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	k := len(s) / 2
	if len(s)%2 == 1 {
		return s[k]
	}
	return (s[k-1] + s[k]) / 2
}

// overlap finds redundant_with: among e's other networks h, the one with
// the largest Jaccard overlap |M_g ∩ M_h| / |M_g ∪ M_h| above 0; ties to
// more shared members, then to the name that sorts first.
func (e *eval) overlap(g int, n *Network) {
	n.Overlap = 0
	shared := e.shared(g)
	best, bestShared := -1, 0
	bestJ := 0.0
	for h, s := range shared {
		if h == g || !e.egoIn[h] || s == 0 {
			continue
		}
		j := float64(s) / float64(len(e.members[g])+len(e.members[h])-s)
		better := best < 0 || j > bestJ || (j == bestJ && (s > bestShared ||
			(s == bestShared && e.nw.Groups[h].Name < e.nw.Groups[best].Name)))
		if better {
			best, bestJ, bestShared = h, j, s
		}
	}
	if best >= 0 {
		n.RedundantWith, n.Overlap, n.SharedWith = best, bestJ, bestShared
	}
}

// shared returns |M_g ∩ M_h| for every network h that shares a member with
// g (the ego excluded), from the analysis' group projection.
func (e *eval) shared(g int) map[int]int {
	out := map[int]int{}
	tm := e.res.TwoMode
	if tm == nil {
		return out
	}
	if e.groupEdges == nil {
		// Each network's edges of the group projection, indexed once: a
		// scan of every edge per network would square with the networks.
		nNet := len(e.nw.Groups)
		e.groupEdges = make([][]int32, nNet)
		for k, ge := range tm.GroupProjection {
			if ge.A < nNet && ge.B < nNet { // organisations are not networks
				e.groupEdges[ge.A] = append(e.groupEdges[ge.A], int32(k))
				e.groupEdges[ge.B] = append(e.groupEdges[ge.B], int32(k))
			}
		}
	}
	for _, k := range e.groupEdges[g] {
		ge := tm.GroupProjection[k]
		h := ge.B
		if ge.B == g {
			h = ge.A
		}
		s := ge.Shared
		if e.ego >= 0 && e.egoIn[g] && e.egoIn[h] {
			s-- // the ego is no member when members are compared
		}
		if s > 0 {
			out[h] = s
		}
	}
	return out
}

// giveAndTake sums the weights of the arcs between e and g's members
// (given: e → j; received: j → e) and their balance; NaN without arcs or
// without directed ties.
func (e *eval) giveAndTake(g int, n *Network) {
	n.EgoBalance = math.NaN()
	if e.d == nil {
		return
	}
	e.next()
	e.putAll(e.members[g])
	w := e.d.Weights(e.ego)
	for k, j := range e.d.Neighbors(e.ego) {
		if e.has(int(j)) {
			n.Given += w[k]
		}
	}
	for _, j := range e.members[g] {
		if x, ok := e.d.Weight(j, e.ego); ok {
			n.Received += x
		}
	}
	if sum := n.Given + n.Received; sum > 0 {
		n.EgoBalance = atThreshold((n.Given - n.Received) / sum)
	}
}

// atThreshold returns a balance within 1e-9 of a threshold (±0.2, 0.4, 0.5,
// 0.6) as that threshold: decimal weights are not exact in binary, and 0.3
// given against 0.1 received is a balance of 0.5, at the contract's
// threshold, not 0.49999999999999994 below it (3 against 1 is 0.5 exactly).
func atThreshold(b float64) float64 {
	for _, t := range []float64{Balanced, BorderlineBalance, OneSided, BorderlineOneSided} {
		if math.Abs(math.Abs(b)-t) < 1e-9 {
			return math.Copysign(t, b)
		}
	}
	return b
}

// cost fills score_per_hour and score_per_fee (NaN when the cost is
// unknown or 0).
func (e *eval) cost(n *Network) {
	n.Score = float64(n.ReachMembers() + n.TheirContacts)
	n.ScorePerHour, n.ScorePerFee = math.NaN(), math.NaN()
	if in := n.Info; in != nil {
		if in.HoursPerMonth != nil && *in.HoursPerMonth > 0 {
			n.ScorePerHour = n.Score / *in.HoursPerMonth
		}
		if in.Fee != nil && *in.Fee > 0 {
			n.ScorePerFee = n.Score / *in.Fee
		}
	}
	// A cost of a few seconds or cents would overflow: no ratio then.
	if math.IsInf(n.ScorePerHour, 0) {
		n.ScorePerHour = math.NaN()
	}
	if math.IsInf(n.ScorePerFee, 0) {
		n.ScorePerFee = math.NaN()
	}
}

// goalFit is the share of the goals file's diversity and contacts goals g
// advances: a diversity goal when some value is unseen or the gain is
// positive; a contacts goal when a member held only here or new to e has
// the value.
func (e *eval) goalFit(n *Network) {
	gl := e.opt.Goals
	if gl == nil || len(gl.MoreDiversity)+len(gl.Contacts) == 0 {
		return
	}
	advanced := 0
	for _, attr := range gl.MoreDiversity {
		if k := slices.Index(e.attrNames, attr); k >= 0 && (len(n.UnseenValues[k]) > 0 || n.DiversityGain[k] > 0) {
			advanced++
		}
	}
	for _, c := range gl.Contacts {
		a, _ := e.nw.AttributeIndex(c.Attribute)
		if slices.ContainsFunc(append(slices.Clone(n.HeldOnlyHere), n.NewToEgo...), func(p int) bool { return e.nw.Attr(p, a) == c.Value }) {
			advanced++
		}
	}
	n.GoalsAdvanced, n.GoalsSet = advanced, len(gl.MoreDiversity)+len(gl.Contacts)
	n.GoalFit = float64(advanced) / float64(n.GoalsSet)
}
