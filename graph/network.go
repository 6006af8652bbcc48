package graph

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/tiesnet/ties/graph/internal/par"
)

// You is the name of an ego who gave no name of their own (the exporter of
// a contact export): outputs address them as "you".
const You = "you"

// Person is one node: a contact, a member, or the ego.
type Person struct {
	ID   string
	Name string
	// attrs holds values parallel to Network.Attributes; a shorter slice
	// means the trailing attributes are missing.
	attrs []string
}

// Tie is one aggregated tie between two people.
type Tie struct {
	From, To int // indices into Network.People
	Weight   float64
	Type     TieType // its type, named by Network.TieTypeName; 0 is no type
	Since    Date    // the day the tie began (LinkedIn's "Connected On"); zero if unknown
	// Mutual marks a tie without direction. It joins the undirected view but
	// not the directed one: a LinkedIn connection was accepted by both and says
	// nothing about who gives to whom.
	Mutual bool
}

// TieType is the type of a tie (free text from the ties file: "advice",
// "linkedin"), as an index into its network's table of types: Network.
// AddTieType gives it, Network.TieTypeName names it. The zero TieType is
// the empty type, in every network. A tie holds an index rather than the
// text so that it holds no pointer: 2 000 000 ties are then a block of
// memory the collector never scans, and adding one is a plain copy
// (issue 15: loading 2 000 000 ties went from 56–66 to 67–78 MB/s).
type TieType uint32

// GroupInfo is what the user knows of a network (group), from networks.csv.
// Nil pointers are unknown values.
type GroupInfo struct {
	Purpose       string
	Organiser     string
	Scope         string // local, national or international; empty if unknown
	Formal        *bool
	Fee           *float64 // per year, in the user's currency
	HoursPerMonth *float64
	// MembersTotal is how many members the network has in all, when the
	// user knows it and lists only some of them (a partial member list).
	MembersTotal *int
}

// Bounds on what a networks file may say a network costs. A month has at
// most 744 hours: more is a typing error (hours a year, minutes), never a
// plan. A fee is bounded like a weight, so that sums over networks stay
// finite.
const (
	MaxHoursPerMonth = 31 * 24
	MaxFee           = MaxWeight
)

// Group is a network a person can belong to: the second mode of the
// two-mode (person x group) network.
type Group struct {
	Name    string
	Members []int    // person indices in the order memberships were read, no repeats
	Roles   []string // parallel to Members; empty when not given
	// Since and Until are parallel to Members: the day the member joined
	// and left the network (zero: unknown; a zero Until with a known Since
	// means still a member).
	Since, Until []Date
	Info         *GroupInfo
}

// Network is the whole model. Build it with the Add methods, then call
// Normalize once before reading views.
type Network struct {
	People     []Person
	Attributes []string
	Ties       []Tie
	Groups     []Group
	// Ego is the index of the person whose contacts these are (the exporter of
	// a LinkedIn or address-book file, or --ego), or -1.
	Ego int

	ids      idIndex
	byName   map[string][]int
	attrIdx  map[string]int
	groupIdx map[string]int
	member   map[[2]int]struct{} // {group, person}
	weighted bool
	// tieTypes names the TieTypes (tieTypes[0] is ""); tieTypeIdx is the
	// reverse.
	tieTypes   []string
	tieTypeIdx map[string]TieType
	// capped counts the repeated ties whose summed weight Normalize capped
	// at MaxWeight.
	capped int
	// derived maps an attribute that ties derived (function, seniority) to
	// the attribute it was derived from (position).
	derived map[string]string
}

// SetDerived marks attribute attr as derived by ties from attribute from,
// so that every output can say so.
func (nw *Network) SetDerived(attr, from string) {
	if nw.derived == nil {
		nw.derived = map[string]string{}
	}
	nw.derived[attr] = from
}

// DerivedFrom returns the attribute attr was derived from, and whether it
// was derived at all (false for a column of the input).
func (nw *Network) DerivedFrom(attr string) (string, bool) {
	from, ok := nw.derived[attr]
	return from, ok
}

// New returns an empty network.
func New() *Network {
	return &Network{
		Ego:        -1,
		attrIdx:    map[string]int{},
		groupIdx:   map[string]int{},
		member:     map[[2]int]struct{}{},
		tieTypes:   []string{""},
		tieTypeIdx: map[string]TieType{"": 0},
	}
}

// AddTieType returns the TieType named name, adding it if new.
func (nw *Network) AddTieType(name string) TieType {
	if k, ok := nw.tieTypeIdx[name]; ok {
		return k
	}
	if len(nw.tieTypes) >= mutualKind {
		panic("graph: more than 2³¹-1 types of tie")
	}
	k := TieType(len(nw.tieTypes))
	name = strings.Clone(name) // not the whole line it was cut from
	nw.tieTypes = append(nw.tieTypes, name)
	nw.tieTypeIdx[name] = k
	return k
}

// TieTypeName returns the name of tie type k ("" for none).
func (nw *Network) TieTypeName(k TieType) string { return nw.tieTypes[k] }

// AddPerson adds a person with the given id and returns its index. If the id
// exists already, it returns the existing index and false.
func (nw *Network) AddPerson(id, name string) (int, bool) {
	if i, ok := nw.ids.find(nw.People, id); ok {
		return i, false
	}
	i := len(nw.People)
	nw.People = append(nw.People, Person{ID: id, Name: name})
	nw.ids.add(nw.People, id, i)
	if nw.byName != nil && name != "" {
		nw.byName[name] = append(nw.byName[name], i)
	}
	return i, true
}

// Index returns the index of the person with the given id.
func (nw *Network) Index(id string) (int, bool) {
	return nw.ids.find(nw.People, id)
}

// IndexAll looks up a batch of ids at once: idx[k] is the index of the
// person with id ids[k], or -1 if there is none (Index). In a batch the
// memory reads of the lookups overlap (idIndex.findAll): reading a ties
// file of 2 000 000 rows in random order against 200 000 people, most of
// a lookup one at a time was waiting for memory.
func (nw *Network) IndexAll(ids []string, idx []int32) {
	if len(idx) < len(ids) {
		panic("graph: IndexAll: idx shorter than ids")
	}
	nw.ids.findAll(nw.People, ids, idx)
}

// GrowPeople makes room for n more people, so that reading a large people
// file neither copies the people as they grow nor rehashes their ids.
func (nw *Network) GrowPeople(n int) {
	nw.People = slices.Grow(nw.People, n)
	nw.ids.reserve(nw.People, len(nw.People)+n)
}

// IndexByName returns the people whose display name is exactly name.
func (nw *Network) IndexByName(name string) []int {
	if nw.byName == nil {
		nw.byName = make(map[string][]int, len(nw.People))
		for i, p := range nw.People {
			if p.Name != "" {
				nw.byName[p.Name] = append(nw.byName[p.Name], i)
			}
		}
	}
	return nw.byName[name]
}

// SetName sets a person's display name.
func (nw *Network) SetName(i int, name string) {
	old := nw.People[i].Name
	if old == name {
		return
	}
	nw.People[i].Name = name
	if nw.byName != nil {
		ids := nw.byName[old]
		for k, j := range ids {
			if j == i {
				nw.byName[old] = append(ids[:k:k], ids[k+1:]...)
				break
			}
		}
		if name != "" {
			nw.byName[name] = append(nw.byName[name], i)
		}
	}
}

// Attribute returns the column index of a named attribute, adding it if new.
func (nw *Network) Attribute(name string) int {
	if a, ok := nw.attrIdx[name]; ok {
		return a
	}
	a := len(nw.Attributes)
	nw.Attributes = append(nw.Attributes, name)
	nw.attrIdx[name] = a
	return a
}

// AttributeIndex returns the column index of a named attribute.
func (nw *Network) AttributeIndex(name string) (int, bool) {
	a, ok := nw.attrIdx[name]
	return a, ok
}

// Attr returns person i's value of attribute a; "" means missing.
func (nw *Network) Attr(i, a int) string {
	if v := nw.People[i].attrs; a < len(v) {
		return v[a]
	}
	return ""
}

// SetAttr sets person i's value of attribute a ("" = missing).
func (nw *Network) SetAttr(i, a int, value string) {
	p := &nw.People[i]
	if a >= len(p.attrs) {
		if value == "" {
			return
		}
		p.attrs = append(p.attrs, make([]string, a+1-len(p.attrs))...)
	}
	p.attrs[a] = value
}

// MaxWeight is the largest weight a tie may have, alone or summed over
// repeats: 10¹². Sums over every tie of a network (strength, Louvain's
// total weight, its squares) then stay far from float64's overflow, so no
// figure becomes infinite. No real count of messages, meetings or hours
// comes near it.
const MaxWeight = 1e12

// AddTie records a tie. Ties between a person and themself, and weights
// that are not a number in (0, MaxWeight], are rejected with an error;
// repeated ties are kept until Normalize sums them. t.Type must be one
// this network's AddTieType gave (a number from another network's table
// would name another type; one past the table's end is an error).
func (nw *Network) AddTie(t Tie) error {
	if int(t.Type) >= len(nw.tieTypes) {
		return fmt.Errorf("tie type %d is not one of the network's (AddTieType gives them)", t.Type)
	}
	if t.From == t.To {
		return fmt.Errorf("self-tie of %q", nw.People[t.From].ID)
	}
	if !(t.Weight > 0 && t.Weight <= MaxWeight) {
		return fmt.Errorf("the weight %g of the tie from %q to %q is not a number from above 0 to %g", t.Weight,
			nw.People[t.From].ID, nw.People[t.To].ID, float64(MaxWeight))
	}
	if t.Mutual && t.From > t.To {
		t.From, t.To = t.To, t.From
	}
	if t.Weight != 1 {
		nw.weighted = true
	}
	nw.Ties = append(nw.Ties, t)
	return nil
}

// Weighted reports whether any tie has a weight other than 1.
func (nw *Network) Weighted() bool { return nw.weighted }

// HasDirected reports whether any tie has a direction, so that reciprocity
// and other directed measures mean something.
func (nw *Network) HasDirected() bool {
	for _, t := range nw.Ties {
		if !t.Mutual {
			return true
		}
	}
	return false
}

// Repeat tells that the tie added at position Dropped (in AddTie order) was
// summed into the one added at position Kept.
type Repeat struct{ Kept, Dropped int }

// Normalize sorts ties (directed first, then mutual; each by From, To,
// then the type's name) and sums the weights of repeated ties: the same pair, the same
// direction and the same type. Ties of different types between one pair
// (a message and an endorsement) stay apart, so that outputs can tell them
// apart; every view sums them. It returns the repeats in AddTie order of
// the dropped tie. It numbers the tie types afresh, in the order of their
// names, and forgets those no tie has.
func (nw *Network) Normalize() []Repeat {
	sorted, names := sortTies(nw.Ties, nw.tieTypes)
	ties := nw.Ties
	// The days ties began, by position, when any is known: ties is
	// overwritten as the sorted ties are written back.
	var since []Date
	for i := range ties {
		if !ties[i].Since.IsZero() {
			since = make([]Date, len(ties))
			for j := i; j < len(ties); j++ {
				since[j] = ties[j].Since
			}
			break
		}
	}
	sinceOf := func(pos int32) Date {
		if since == nil {
			return Date{}
		}
		return since[pos]
	}
	var repeats []Repeat
	m := 0 // ties kept, at the front of ties
	kept := int32(-1)
	for k := range sorted {
		s := &sorted[k]
		if k > 0 {
			if p := &sorted[k-1]; p.from == s.from && p.to == s.to && p.kind == s.kind {
				last := &ties[m-1]
				if sum := last.Weight + s.weight; sum > MaxWeight {
					last.Weight = MaxWeight
					nw.capped++
				} else {
					last.Weight = sum
				}
				if d := sinceOf(s.pos); !d.IsZero() && (last.Since.IsZero() || d.Before(last.Since)) {
					last.Since = d
				}
				repeats = append(repeats, Repeat{Kept: int(kept), Dropped: int(s.pos)})
				continue
			}
		}
		kept = s.pos
		ties[m] = Tie{From: int(s.from), To: int(s.to), Weight: s.weight, Type: TieType(s.kind &^ mutualKind), Since: sinceOf(s.pos), Mutual: s.kind&mutualKind != 0}
		m++
	}
	nw.Ties = ties[:m]
	// The types renumbered by name, those no tie has left out.
	nw.tieTypes = names
	clear(nw.tieTypeIdx)
	for k, name := range names {
		nw.tieTypeIdx[name] = TieType(k)
	}
	if m < cap(ties)/2 {
		nw.Ties = slices.Clone(nw.Ties) // mostly repeats: give the room back
	}
	slices.SortFunc(repeats, func(a, b Repeat) int { return cmp.Compare(a.Dropped, b.Dropped) })
	nw.weighted = false
	for _, t := range nw.Ties {
		if t.Weight != 1 {
			nw.weighted = true
			break
		}
	}
	return repeats
}

// sortedTie is a tie as Normalize sorts it, in 24 bytes (the type as its
// rank among the types' names; the day it began is looked up by
// position), so that the ties' own slice is written back in place rather
// than copied into a second one.
type sortedTie struct {
	from, to int32
	kind     uint32 // the type's rank, | mutualKind for a mutual tie
	pos      int32  // the position in AddTie order
	weight   float64
}

const mutualKind = 1 << 31

// sortTies returns compact copies of ties in Normalize's order: directed
// before mutual, then by From, To, the type's name, and position; and the
// types' names by rank. It is a counting sort by (mutual, From) into
// buckets, then a sort of each bucket by (To, the type's rank, position): O(ties +
// people) but for the buckets' own sorts, which are short (a person's
// ties). A comparison sort of all the ties took a quarter of loading
// 200 000 people and 2 000 000 ties (issue 15).
//
// Placing 2 000 000 ties in random order straight into 400 000 buckets is
// a write to a random place in memory each: most of the sort's time went
// to waiting for them. So the ties are placed in two steps, each writing
// near where it wrote last: first into at most 1024 super-buckets of
// consecutive buckets (placeInSupers: a few streams of writes), then,
// within each super-bucket (small enough for the processor's cache), into
// its buckets, which are then sorted (sortSupers). Each step runs on all
// CPUs. The order within a bucket is decided by its sort alone (position
// breaks ties), not by how the ties got there.
func sortTies(ties []Tie, types []string) ([]sortedTie, []string) {
	if len(ties) > math.MaxInt32 {
		panic("graph: more than 2³¹-1 ties")
	}
	n, rank, names := rankTypes(ties, types)
	buckets := 2 * n // (mutual, From): From, or n+From for a mutual tie
	shift := 0       // a super-bucket holds 1<<shift buckets
	for buckets>>shift > 1024 {
		shift++
	}
	sorted, superStart := placeInSupers(ties, n, shift, rank)
	sortSupers(sorted, superStart, n, shift)
	return sorted, names
}

// rankTypes returns the number of people (one more than the largest end
// of a tie), the rank of each of types by name among those the ties have
// (and ""), so that the order does not depend on which came first in the
// files, and those names in that order.
func rankTypes(ties []Tie, types []string) (int, []uint32, []string) {
	used := make([]bool, len(types))
	used[0] = true
	n := 0
	for i := range ties {
		t := &ties[i]
		n = max(n, t.From+1, t.To+1)
		used[t.Type] = true
	}
	if n > math.MaxInt32 {
		panic("graph: more than 2³¹-1 people")
	}
	byName := make([]int, 0, len(types))
	for k := range types {
		if used[k] {
			byName = append(byName, k)
		}
	}
	slices.SortFunc(byName, func(a, b int) int { return cmp.Compare(types[a], types[b]) })
	rank := make([]uint32, len(types))
	names := make([]string, len(byName))
	for r, k := range byName {
		rank[k] = uint32(r)
		names[r] = types[k]
	}
	return n, rank, names
}

// placeInSupers copies the ties, compacted, into super-buckets of 1<<shift
// buckets each, and returns them with where each super-bucket starts. The
// ties are split into parts, one per CPU, counted and then placed.
func placeInSupers(ties []Tie, n, shift int, rank []uint32) ([]sortedTie, []int32) {
	super := func(t *Tie) int {
		if t.Mutual {
			return (n + t.From) >> shift
		}
		return t.From >> shift
	}
	supers := (2*n + 1<<shift - 1) >> shift
	parts := par.Workers(len(ties), 1<<16)
	size := max((len(ties)+parts-1)/parts, 1)
	parts = (len(ties) + size - 1) / size // chunks of size: as many as par.For makes
	count := make([][]int32, parts)       // count[p][S]: part p's ties in super-bucket S, then where they go
	par.For(len(ties), size, parts, func(_, lo, hi int) {
		c := make([]int32, supers)
		for i := lo; i < hi; i++ {
			c[super(&ties[i])]++
		}
		count[lo/size] = c
	})
	superStart := make([]int32, supers+1)
	for S := range supers {
		at := superStart[S]
		for _, c := range count {
			c[S], at = at, at+c[S]
		}
		superStart[S+1] = at
	}
	sorted := make([]sortedTie, len(ties))
	par.For(len(ties), size, parts, func(_, lo, hi int) {
		next := count[lo/size]
		for i := lo; i < hi; i++ {
			t := &ties[i]
			kind := rank[t.Type]
			if t.Mutual {
				kind |= mutualKind
			}
			S := super(t)
			sorted[next[S]] = sortedTie{from: int32(t.From), to: int32(t.To), kind: kind, pos: int32(i), weight: t.Weight}
			next[S]++
		}
	})
	return sorted, superStart
}

// sortSupers sorts each super-bucket of sorted (placeInSupers) into its
// buckets, and each bucket by (To, the type's rank, position): within a
// bucket, From and mutual are the same. Super-buckets are sorted on all
// CPUs, each through a scratch copy that stays in the processor's cache.
func sortSupers(sorted []sortedTie, superStart []int32, n, shift int) {
	supers := len(superStart) - 1
	workers := par.Workers(supers, 1)
	scratch := make([][]sortedTie, workers)
	starts := make([][]int32, workers)
	par.For(supers, 1, workers, func(w, lo, hi int) {
		for S := lo; S < hi; S++ {
			scratch[w], starts[w] = sortSuper(sorted[superStart[S]:superStart[S+1]], S<<shift, 1<<shift, n, scratch[w], starts[w])
		}
	})
}

// sortSuper sorts seg, the ties of the super-bucket whose buckets are
// first … first+buckets-1, into its buckets and each bucket by (To, the
// type's rank, position), using tmp and start as scratch space (returned
// for the next super-bucket).
func sortSuper(seg []sortedTie, first, buckets, n int, tmp []sortedTie, start []int32) ([]sortedTie, []int32) {
	if len(seg) == 0 {
		return tmp, start
	}
	start = append(start[:0], make([]int32, buckets+1)...)
	for k := range seg {
		start[sortedBucket(&seg[k], n)-first+1]++
	}
	for b := 1; b < len(start); b++ {
		start[b] += start[b-1]
	}
	tmp = slices.Grow(tmp[:0], len(seg))[:len(seg)]
	for k := range seg {
		b := sortedBucket(&seg[k], n) - first
		tmp[start[b]] = seg[k]
		start[b]++
	}
	copy(seg, tmp)
	lo := int32(0)
	for b := range buckets {
		hi := start[b] // where bucket b ends: start[b] was moved past it
		bs := seg[lo:hi]
		lo = hi
		if len(bs) <= 24 {
			for j := 1; j < len(bs); j++ {
				for k := j; k > 0 && cmpSorted(&bs[k], &bs[k-1]) < 0; k-- {
					bs[k], bs[k-1] = bs[k-1], bs[k]
				}
			}
			continue
		}
		slices.SortFunc(bs, func(a, b sortedTie) int { return cmpSorted(&a, &b) })
	}
	return tmp, start
}

// cmpSorted orders two ties of one bucket (the same From, both mutual or
// both not) by To, the type's rank and position.
func cmpSorted(a, b *sortedTie) int {
	if a.to != b.to {
		return cmp.Compare(a.to, b.to)
	}
	if a.kind != b.kind {
		return cmp.Compare(a.kind, b.kind)
	}
	return cmp.Compare(a.pos, b.pos)
}

// sortedBucket is sortTies' bucket of a compact tie among n people.
func sortedBucket(t *sortedTie, n int) int {
	if t.kind&mutualKind != 0 {
		return n + int(t.from)
	}
	return int(t.from)
}

// CappedWeights is the number of repeated ties whose summed weight
// Normalize capped at MaxWeight (importers report it).
func (nw *Network) CappedWeights() int { return nw.capped }

// GrowTies makes room for n more ties, so that reading a large ties file
// does not copy the slice as it grows.
func (nw *Network) GrowTies(n int) { nw.Ties = slices.Grow(nw.Ties, n) }

// AddGroup returns the index of the named group, adding it if new.
func (nw *Network) AddGroup(name string) (int, bool) {
	if g, ok := nw.groupIdx[name]; ok {
		return g, false
	}
	g := len(nw.Groups)
	nw.Groups = append(nw.Groups, Group{Name: name})
	nw.groupIdx[name] = g
	return g, true
}

// RewriteTieTypes gives every tie of type t the type named f(t's name),
// calling f once per type (ties share a few types), and returns how many
// ties changed type. Ties without a type are left as they are. Types that
// f gives one name become one type.
func (nw *Network) RewriteTieTypes(f func(string) string) int {
	old := nw.tieTypes
	nw.tieTypes = []string{""}
	clear(nw.tieTypeIdx)
	nw.tieTypeIdx[""] = 0
	to := make([]TieType, len(old))
	changed := make([]bool, len(old))
	for k, name := range old[1:] {
		v := f(name)
		to[k+1], changed[k+1] = nw.AddTieType(v), v != name
	}
	n := 0
	for i := range nw.Ties {
		t := &nw.Ties[i]
		if changed[t.Type] {
			n++
		}
		t.Type = to[t.Type]
	}
	return n
}

// RenameGroup gives group g the name name, unless another group has it;
// it reports whether the group was renamed.
func (nw *Network) RenameGroup(g int, name string) bool {
	if _, taken := nw.groupIdx[name]; taken {
		return false
	}
	delete(nw.groupIdx, nw.Groups[g].Name)
	nw.Groups[g].Name = name
	nw.groupIdx[name] = g
	return true
}

// GroupIndex returns the index of the named group.
func (nw *Network) GroupIndex(name string) (int, bool) {
	g, ok := nw.groupIdx[name]
	return g, ok
}

// AddMember adds person i to group g. It returns false if i was a member
// already (a membership counts once).
func (nw *Network) AddMember(g, i int, role string) bool {
	return nw.AddMembership(g, i, role, Date{}, Date{})
}

// AddMembership adds person i to group g with the days i joined and left
// (zero: unknown). It returns false if i was a member already (a
// membership counts once; the first row's dates are kept).
func (nw *Network) AddMembership(g, i int, role string, since, until Date) bool {
	key := [2]int{g, i}
	if _, ok := nw.member[key]; ok {
		return false
	}
	nw.member[key] = struct{}{}
	grp := &nw.Groups[g]
	grp.Members = append(grp.Members, i)
	grp.Roles = append(grp.Roles, role)
	grp.Since = append(grp.Since, since)
	grp.Until = append(grp.Until, until)
	return true
}

// IsMember reports whether person i is a member of group g.
func (nw *Network) IsMember(g, i int) bool {
	_, ok := nw.member[[2]int{g, i}]
	return ok
}

// Memberships returns the number of person-group pairs.
func (nw *Network) Memberships() int {
	n := 0
	for _, g := range nw.Groups {
		n += len(g.Members)
	}
	return n
}
