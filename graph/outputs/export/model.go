package export

import (
	"math"
	"strconv"
	"strings"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
)

// kind is the type of a field's values, which each format declares.
type kind int

const (
	kString kind = iota
	kBool
	kInt
	kDouble
)

// value is one field of one node or edge; ok false means missing
// (undefined figure, empty attribute), which no format writes as a value.
type value struct {
	s  string
	f  float64
	b  bool
	ok bool
}

func str(s string) value { return value{s: s, ok: s != ""} }
func boolean(b bool) value {
	return value{b: b, ok: true}
}
func num(x float64) value { return value{f: x, ok: !math.IsNaN(x) && !math.IsInf(x, 0)} }

// text is the value as written in CSV and XML.
func (v value) text(k kind) string {
	switch k {
	case kString:
		return v.s
	case kBool:
		return strconv.FormatBool(v.b)
	case kInt:
		return strconv.FormatInt(int64(v.f), 10)
	default:
		return formatDouble(v.f)
	}
}

// formatDouble writes a float the shortest way that reads back exactly, with
// ".0" on whole numbers so that readers that guess types (JSON, pandas) see
// a float in every row of a float column.
func formatDouble(x float64) string {
	if x == math.Trunc(x) && math.Abs(x) < 1e15 {
		return strconv.FormatFloat(x, 'f', 1, 64)
	}
	return strconv.FormatFloat(x, 'g', -1, 64)
}

// field is one named attribute of nodes or edges.
type field struct {
	name string
	kind kind
	at   func(i int) value // i: node or edge index
	// of says which nodes (people or groups) or edges (ties or memberships)
	// the field describes; it is missing on the others.
	of scope
}

type scope int

const (
	all scope = iota
	people
	groups
	ties        = people
	memberships = groups
)

// edge is a tie or a membership.
type edge struct {
	src, tgt int // node indices
	tie      int // index into Network.Ties, or -1 for a membership
	group    int // membership: group index; member k of it
	member   int
}

// model is what every format writes: nodes (people, then groups if asked)
// and edges (ties in the network's order, then memberships), each with its
// fields, and how direction is written.
type model struct {
	nw         *graph.Network
	ids        []string // node ids, people then groups
	labels     []string
	nPeople    int
	nodeFields []field
	edgeFields []field
	edges      []edge
	// directed: some tie has a direction, so the graph is directed and
	// mutual ties are marked per edge. Without directed ties the whole
	// graph is undirected.
	directed bool
	mixed    bool // directed and some tie is mutual
	ego      string
	// derived maps derived attributes to their source, in field order.
	derived [][2]string
}

// build gathers what every format writes: the nodes (people, then
// groups with Options.Groups), their fields, the edges and their fields.
func build(r *analysis.Result, opt Options) *model {
	m := &model{nw: r.Network, nPeople: len(r.Network.People)}
	m.buildNodes(opt)
	m.buildNodeFields(r, opt)
	m.buildEdges(opt)
	m.buildEdgeFields(r, opt)
	return m
}

// buildNodes gives every node its id and label: people by their ids (p1,
// p2, … and pseudonyms when anonymised), groups as group:<name>.
func (m *model) buildNodes(opt Options) {
	nw, n := m.nw, m.nPeople
	nNodes := n
	if opt.Groups {
		nNodes += len(nw.Groups)
	}
	m.ids = make([]string, 0, nNodes)
	m.labels = make([]string, 0, nNodes)
	taken := make(map[string]bool, nNodes)
	for i, p := range nw.People {
		id, label := p.ID, p.Name
		if opt.Pseudonym != nil {
			id, label = "p"+strconv.Itoa(i+1), opt.Pseudonym(p.ID)
		}
		if label == "" {
			label = id
		}
		// What XML cannot hold (a control character, invalid UTF-8) is
		// written as U+FFFD in every format, so that the files agree;
		// an id that then reads as another's gets primes, as a group
		// does, and never two nodes share one.
		id = xmlClean(strings.ToValidUTF8(id, "\uFFFD"))
		for taken[id] {
			id += "'"
		}
		m.ids = append(m.ids, id)
		m.labels = append(m.labels, label)
		taken[id] = true
	}
	if opt.Groups {
		for _, g := range nw.Groups {
			id := "group:" + g.Name
			for taken[id] {
				id += "'"
			}
			taken[id] = true
			m.ids = append(m.ids, id)
			m.labels = append(m.labels, g.Name)
		}
	}
	if nw.Ego >= 0 {
		m.ego = m.ids[nw.Ego]
	}
}

// personField is f for people and no value for groups.
func (m *model) personField(f func(i int) value) func(int) value {
	return func(i int) value {
		if i >= m.nPeople {
			return value{}
		}
		return f(i)
	}
}

// groupField is f of group g for group nodes and no value for people.
func (m *model) groupField(f func(g int) value) func(int) value {
	return func(i int) value {
		if i < m.nPeople {
			return value{}
		}
		return f(i - m.nPeople)
	}
}

// buildNodeFields lists the node fields: fixed ones, the data's
// attributes, the analysis' figures, then the groups' description. Field
// names are unique: an attribute named like another field is written as
// attr_<name>.
func (m *model) buildNodeFields(r *analysis.Result, opt Options) {
	nw, n := m.nw, m.nPeople
	person := m.personField
	m.nodeFields = []field{
		{"label", kString, func(i int) value { return str(m.labels[i]) }, all},
		{"kind", kString, func(i int) value {
			if i < n {
				return str("person")
			}
			return str("group")
		}, all},
		{"ego", kBool, person(func(i int) value { return boolean(i == nw.Ego) }), people},
	}
	cols := r.Columns()
	groupFields := []field{}
	if opt.Groups {
		groupFields = m.groupInfoFields()
	}
	reserved := map[string]bool{"id": true}
	for _, f := range m.nodeFields {
		reserved[f.name] = true
	}
	for _, c := range cols {
		reserved[c.Name] = true
	}
	for _, f := range groupFields {
		reserved[f.name] = true
	}
	for a, name := range nw.Attributes {
		if name == "" || reserved[name] {
			name = "attr_" + name
			for reserved[name] {
				name += "_"
			}
		}
		reserved[name] = true
		if from, ok := nw.DerivedFrom(nw.Attributes[a]); ok {
			m.derived = append(m.derived, [2]string{name, from})
		}
		m.nodeFields = append(m.nodeFields, field{name, kString, person(func(i int) value { return str(nw.Attr(i, a)) }), people})
	}
	for _, c := range cols {
		k := kDouble
		if c.Integer {
			k = kInt
		}
		m.nodeFields = append(m.nodeFields, field{c.Name, k, person(func(i int) value { return num(c.Values[i]) }), people})
	}
	m.nodeFields = append(m.nodeFields, groupFields...)
}

// groupInfoFields are the fields of a group's description (networks.csv):
// its size, purpose, organiser, scope, formality, fee and hours.
func (m *model) groupInfoFields() []field {
	nw, group := m.nw, m.groupField
	info := func(g int) *graph.GroupInfo { return nw.Groups[g].Info }
	return []field{
		{"group_size", kInt, group(func(g int) value { return num(float64(len(nw.Groups[g].Members))) }), groups},
		{"group_purpose", kString, group(func(g int) value {
			if in := info(g); in != nil {
				return str(in.Purpose)
			}
			return value{}
		}), groups},
		{"group_organiser", kString, group(func(g int) value {
			if in := info(g); in != nil {
				return str(in.Organiser)
			}
			return value{}
		}), groups},
		{"group_scope", kString, group(func(g int) value {
			if in := info(g); in != nil {
				return str(in.Scope)
			}
			return value{}
		}), groups},
		{"group_formal", kBool, group(func(g int) value {
			if in := info(g); in != nil && in.Formal != nil {
				return boolean(*in.Formal)
			}
			return value{}
		}), groups},
		{"group_fee", kDouble, group(func(g int) value {
			if in := info(g); in != nil && in.Fee != nil {
				return num(*in.Fee)
			}
			return value{}
		}), groups},
		{"group_hours_per_month", kDouble, group(func(g int) value {
			if in := info(g); in != nil && in.HoursPerMonth != nil {
				return num(*in.HoursPerMonth)
			}
			return value{}
		}), groups},
	}
}

// buildEdges lists the edges: every tie, then with Options.Groups every
// membership (member → group); the graph is directed unless every tie is
// mutual.
func (m *model) buildEdges(opt Options) {
	nw, n := m.nw, m.nPeople
	nMutual := 0
	for _, t := range nw.Ties {
		if t.Mutual {
			nMutual++
		}
	}
	m.directed = nMutual < len(nw.Ties)
	m.mixed = m.directed && nMutual > 0
	m.edges = make([]edge, 0, len(nw.Ties))
	for k, t := range nw.Ties {
		m.edges = append(m.edges, edge{src: t.From, tgt: t.To, tie: k})
	}
	if opt.Groups {
		for g, grp := range nw.Groups {
			for k, p := range grp.Members {
				m.edges = append(m.edges, edge{src: p, tgt: n + g, tie: -1, group: g, member: k})
			}
		}
	}
}

// buildEdgeFields lists the edge fields. Bridges and local bridges are
// found in the analysed structure view; a tie is one when its pair of
// people is.
func (m *model) buildEdgeFields(r *analysis.Result, opt Options) {
	nw := m.nw
	bridge := make(map[[2]int]bool, len(r.Bridges))
	for _, b := range r.Bridges {
		bridge[[2]int{b.U, b.V}] = true
	}
	span := make(map[[2]int]int, len(r.LocalBridges))
	for _, lb := range r.LocalBridges {
		span[[2]int{lb.U, lb.V}] = lb.Span
	}
	tie := func(f func(t graph.Tie, p [2]int) value) func(int) value {
		return func(e int) value {
			k := m.edges[e].tie
			if k < 0 {
				return value{}
			}
			t := nw.Ties[k]
			return f(t, [2]int{min(t.From, t.To), max(t.From, t.To)})
		}
	}
	m.edgeFields = []field{
		{"kind", kString, func(e int) value {
			if m.edges[e].tie < 0 {
				return str("membership")
			}
			return str("tie")
		}, all},
		{"weight", kDouble, func(e int) value {
			if k := m.edges[e].tie; k >= 0 {
				return num(nw.Ties[k].Weight)
			}
			return num(1)
		}, all},
		{"tie_type", kString, tie(func(t graph.Tie, _ [2]int) value { return str(nw.TieTypeName(t.Type)) }), ties},
		{"since", kString, tie(func(t graph.Tie, _ [2]int) value { return str(t.Since.String()) }), ties},
		{"mutual", kBool, tie(func(t graph.Tie, _ [2]int) value { return boolean(t.Mutual) }), ties},
		{"bridge", kBool, tie(func(_ graph.Tie, p [2]int) value { return boolean(bridge[p]) }), ties},
		{"local_bridge", kBool, tie(func(_ graph.Tie, p [2]int) value {
			_, ok := span[p]
			return boolean(ok)
		}), ties},
		{"local_bridge_span", kInt, tie(func(_ graph.Tie, p [2]int) value {
			if s, ok := span[p]; ok && s >= 0 {
				return num(float64(s))
			}
			return value{}
		}), ties},
	}
	if opt.Groups {
		m.edgeFields = append(m.edgeFields, field{"role", kString, func(e int) value {
			ed := m.edges[e]
			if ed.tie >= 0 {
				return value{}
			}
			return str(nw.Groups[ed.group].Roles[ed.member])
		}, memberships})
	}
}

// undirectedEdge reports whether edge e has no direction in a directed
// graph: a mutual tie. Memberships follow the graph's direction (member →
// group), so that a directed network with groups is not a mixed graph.
func (m *model) undirectedEdge(e int) bool {
	k := m.edges[e].tie
	return m.mixed && k >= 0 && m.nw.Ties[k].Mutual
}

// derivedFrom names the attribute ties derived a node field from, or "".
func (m *model) derivedFrom(field string) string {
	for _, d := range m.derived {
		if d[0] == field {
			return d[1]
		}
	}
	return ""
}
