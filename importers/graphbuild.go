package importers

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/tiesnet/ties/graph"
)

// graphBuilder puts the nodes and edges of a GraphML or GEXF file into the
// network as the readers stream them, and accounts for each: a node or an
// edge is one row read.
type graphBuilder struct {
	l   *loader
	rep *FileReport

	keys     map[string]*gkey // by id; GEXF's node and edge attributes apart
	keyOrder []*gkey

	// The graph's default direction, and whether the file said it.
	directed, defaultKnown bool
	graphLine              int
	creator, description   string
	depth                  int // open GraphML nodes

	// Fixed at the first node: how nodes are read.
	started    bool
	tiesLayout bool
	labelKey   *gkey
	special    map[string]*gkey // ties' own node fields: kind, ego, group_*
	cols       []*column
	colKeys    []*gkey // parallel to cols
	// The edge keys read: ek[name] for weight, kind, mutual, tie_type,
	// since, role and the kind of tie (type).
	ek    map[string]*gkey
	used  map[*gkey]bool // keys read (the rest are listed as unused)
	ps    peopleSlots
	cases *caseIndex

	groups  map[string]int // node id → group, in a file ties wrote
	pending []*gedge       // edges to nodes not read yet
	egoID   string
	roles   map[string]string
	noted   map[string]bool // notes given once per file
	// valued lists, in the order first met, the attributes values were
	// given for, and where: one never declared is listed as unused.
	valued     []valuedKey
	valuedSeen map[valuedKey]bool
}

// valuedKey is an attribute a value was given for, and where first.
type valuedKey struct {
	domain, id string
	line, col  int
}

// noteValue records that a node's, edge's or the graph's value named key id.
func (b *graphBuilder) noteValue(domain, id string, line, col int) {
	k := valuedKey{domain: domain, id: id}
	if b.valuedSeen[k] {
		return
	}
	if b.valuedSeen == nil {
		b.valuedSeen = map[valuedKey]bool{}
	}
	b.valuedSeen[k] = true
	k.line, k.col = line, col
	b.valued = append(b.valued, k)
}

func newGraphBuilder(l *loader, rep *FileReport) *graphBuilder {
	b := &graphBuilder{l: l, rep: rep, keys: map[string]*gkey{}, used: map[*gkey]bool{},
		groups: map[string]int{}, roles: map[string]string{}, noted: map[string]bool{},
		cases: newCaseIndex(), directed: true}
	b.ps.base = len(l.nw.People)
	return b
}

// key declares an attribute. GEXF's node and edge attributes share ids
// ("0", "1", …), so they are kept apart by domain.
func (b *graphBuilder) key(k *gkey) {
	id := k.id
	if k.domain == "edge" {
		id = "edge\x00" + id
	}
	if _, dup := b.keys[id]; dup {
		b.noteOnce("repeated key "+id, Problem{Line: k.line, Column: k.col,
			Reason: fmt.Sprintf("the attribute %q is declared twice: the first declaration is read", k.id)})
		return
	}
	b.keys[id] = k
	b.keyOrder = append(b.keyOrder, k)
}

// keyFor returns the declaration of a value's key for nodes or edges.
func (b *graphBuilder) keyFor(domain, id string) *gkey {
	if domain == "edge" {
		if k, ok := b.keys["edge\x00"+id]; ok {
			return k
		}
	}
	if k, ok := b.keys[id]; ok && (k.domain == domain || k.domain == "all" || k.domain == "") {
		return k
	}
	return nil
}

// keysOf returns the keys declared for a domain, in order.
func (b *graphBuilder) keysOf(domain string) []*gkey {
	var out []*gkey
	for _, k := range b.keyOrder {
		if k.domain == domain || k.domain == "all" || k.domain == "" {
			out = append(out, k)
		}
	}
	return out
}

// keyNamed returns the first key of a domain with one of the names, folded.
func (b *graphBuilder) keyNamed(domain string, names ...string) *gkey {
	for _, k := range b.keysOf(domain) {
		for _, n := range names {
			if normKey(k.name) == normKey(n) {
				return k
			}
		}
	}
	return nil
}

func (b *graphBuilder) graph(directed, known bool, line, _ int) {
	b.directed, b.defaultKnown, b.graphLine = directed, known, line
}

func (b *graphBuilder) nestedGraph(directed, known bool, line int) {
	b.noteOnce("nested graph", Problem{Line: line,
		Reason: "a graph inside a node: its nodes and edges are read into the one network (their own direction default is not read)"})
}

func (b *graphBuilder) meta(name, v string) {
	switch name {
	case "creator":
		b.creator = strings.TrimSpace(v)
	case "description":
		b.description = v
	}
}

func (b *graphBuilder) dynamic(line int) {
	b.noteOnce("dynamic", Problem{Line: line,
		Reason: "a dynamic graph: nodes and edges are read whatever their time; an attribute with several values over time keeps its first"})
}

func (b *graphBuilder) dynamicValue(line int) {
	b.noteOnce("dynamic value", Problem{Line: line,
		Reason: "an attribute has several values (over time): the first is read"})
}

func (b *graphBuilder) graphData(key, v string) {
	k := b.keyFor("graph", key)
	if k != nil && normKey(k.name) == "ego" {
		b.egoID = strings.TrimSpace(v)
		b.used[k] = true
	}
}

func (b *graphBuilder) hyperedge(line, col int) {
	b.rep.RowsRead++
	b.rep.skip("hyperedge", Problem{Line: line, Column: col,
		Reason: "a hyperedge (joining more than two nodes): ties reads ties between two people; not read"})
}

// noteOnce notes something about the whole file once.
func (b *graphBuilder) noteOnce(kind string, p Problem) {
	if b.noted[kind] {
		return
	}
	b.noted[kind] = true
	b.rep.note(kind, p)
}

// drawingKeys are the attributes Gephi writes to draw a node.
var drawingKeys = map[string]bool{"r": true, "g": true, "b": true, "x": true, "y": true, "z": true, "size": true}

// start fixes, at the first node, how nodes are read: which attribute is
// the name, which are attributes, and whether ties wrote the file.
func (b *graphBuilder) start() {
	if b.started {
		return
	}
	b.started = true
	nodeKeys := b.keysOf("node")
	named := func(name string) *gkey {
		for _, k := range nodeKeys {
			if k.name == name {
				return k
			}
		}
		return nil
	}
	if b.rep.Format == FormatGEXF {
		b.tiesLayout = b.creator == "ties"
	} else {
		kind, ego := named("kind"), named("ego")
		b.tiesLayout = kind != nil && ego != nil && ego.typ == "boolean" &&
			b.keyNamed("edge", "kind") != nil && b.keyNamed("edge", "mutual") != nil
	}
	if b.rep.Format == FormatGraphML {
		b.labelKey = b.keyNamed("node", "label")
		if b.labelKey == nil {
			b.labelKey = b.keyNamed("node", "name")
		}
	}
	b.special = map[string]*gkey{}
	for _, k := range nodeKeys {
		switch {
		case k == b.labelKey:
			b.used[k] = true
		case b.tiesLayout && (k.name == "label" || k.name == "kind" || k.name == "ego" || strings.HasPrefix(k.name, "group_")):
			b.special[k.name] = k
			b.used[k] = true
		case k.drawing, k.numeric() && drawingKeys[strings.ToLower(k.name)]:
			// Drawing: listed as unused.
		default:
			c := newColumn(-1, k.name)
			c.field, c.line, c.col = k.name, k.line, k.col
			c.numeric = k.numeric()
			c.figure = c.numeric && (b.tiesLayout || gephiFigures[normKey(k.name)])
			b.cols = append(b.cols, c)
			b.colKeys = append(b.colKeys, k)
			b.used[k] = true
		}
	}
	b.ek = map[string]*gkey{}
	edgeKey := func(as string, names ...string) {
		if k := b.keyNamed("edge", names...); k != nil {
			b.ek[as] = k
			b.used[k] = true
		}
	}
	edgeKey("weight", "weight")
	if b.tiesLayout {
		for _, n := range []string{"kind", "mutual", "tie_type", "since", "role", "bridge", "local_bridge", "local_bridge_span"} {
			edgeKey(n, n)
		}
		b.ek["type"] = b.ek["tie_type"]
	} else {
		edgeKey("type", "label", "edge label", "type", "kind", "relation", "tie type")
	}
	if b.tiesLayout {
		b.noteOnce("written by ties", Problem{Line: b.graphLine,
			Reason: "a file ties exported: read back as written (networks from group nodes, memberships from membership edges, the ego); the figures in it are computed again"})
	}
	if !b.defaultKnown && b.rep.Format == FormatGraphML {
		b.noteOnce("direction unknown", Problem{Line: b.graphLine,
			Reason: "the graph does not say whether its edges are directed (no edgedefault): an edge without its own directed= is read as directed"})
	}
}

// value returns a node's or edge's value of key k (its default when it has
// none), trimmed.
func value(vals map[string]string, k *gkey) string {
	if k == nil {
		return ""
	}
	v, ok := vals[k.id]
	if !ok && k.hasDef {
		v = k.def
	}
	return strings.TrimSpace(v)
}

// nodeValue is value for a node, by the key's id as the node wrote it.
func (b *graphBuilder) nodeValue(n *gnode, k *gkey) string {
	if k == nil {
		return ""
	}
	return value(n.vals, k)
}

func (b *graphBuilder) node(n *gnode) {
	b.start()
	b.rep.RowsRead++
	id := strings.TrimSpace(n.id)
	if id == "" {
		b.rep.skip("no id", Problem{Line: n.line, Column: n.col, Reason: "a node without an id: give every node an id"})
		return
	}
	if n.nested {
		b.noteOnce("nested node", Problem{Line: n.line, Column: n.col,
			Reason: "nodes inside nodes (a hierarchy): each is read as a person of the one network"})
	}
	label := strings.TrimSpace(n.label)
	if b.labelKey != nil {
		label = b.nodeValue(n, b.labelKey)
	}
	if b.tiesLayout && b.nodeValue(n, b.special["kind"]) == "group" {
		b.groupNode(n, id, label)
		return
	}
	name := label
	if name == id {
		name = "" // a label that repeats the id is no name
	}
	i, isNew := b.l.nw.AddPerson(strings.Clone(id), strings.Clone(name))
	slot, known := b.ps.slot(i, isNew, n.line)
	switch {
	case known:
		b.rep.skip("duplicate node", Problem{Line: n.line, Column: n.col,
			Reason: fmt.Sprintf("node %q repeats the node on line %d: not read; a graph file gives each node once", id, b.ps.lines[slot])})
		return
	case !isNew:
		b.rep.note("person read before", Problem{Line: n.line, Column: n.col,
			Reason: fmt.Sprintf("node %q is a person read from an earlier file: merged, its values filling gaps", id)})
		if name != "" && b.l.nw.People[i].Name == "" {
			b.l.nw.SetName(i, strings.Clone(name))
		}
	default:
		if prev, ok := b.cases.add(b.l.nw, id, n.line, &b.ps); ok {
			b.rep.note("ids differ only in case", Problem{Line: n.line, Column: n.col,
				Reason: fmt.Sprintf("id %q and id %q (%s) differ only in case: they are two people, since ids are case-sensitive; if they are one person, write the id the same way in every file", id, prev.id, prev.where())})
		}
	}
	for k, c := range b.cols {
		key := b.colKeys[k]
		v := b.nodeValue(n, key)
		if key.typ == "boolean" {
			v = boolText(v)
		}
		if v != "" && c.at(slot) == "" {
			c.set(slot, v)
		}
	}
	if b.tiesLayout && b.nodeValue(n, b.special["ego"]) == "true" {
		b.egoID = id
	}
	b.rep.Imported++
}

// boolText writes a boolean as GraphML and GEXF define it, true or false,
// whatever the writer's spelling (Python's True, 1); anything else as
// written.
func boolText(v string) string {
	switch strings.ToLower(v) {
	case "true", "1":
		return "true"
	case "false", "0":
		return "false"
	}
	return v
}

// groupNode reads a network written as a node by ties export --groups.
func (b *graphBuilder) groupNode(n *gnode, id, name string) {
	if name == "" {
		name = strings.TrimPrefix(id, "group:")
	}
	if _, dup := b.groups[id]; dup {
		b.rep.skip("duplicate node", Problem{Line: n.line, Column: n.col,
			Reason: fmt.Sprintf("node %q repeats a network read before: not read", id)})
		return
	}
	g := b.l.group(name, b.rep, n.line, n.col, "")
	b.groups[id] = g
	text := func(field string) string { return b.nodeValue(n, b.special[field]) }
	info := &graph.GroupInfo{Purpose: strings.Clone(text("group_purpose")), Organiser: strings.Clone(text("group_organiser")),
		Scope: strings.Clone(text("group_scope"))}
	has := info.Purpose != "" || info.Organiser != "" || info.Scope != ""
	if v := text("group_formal"); v != "" {
		if f, ok := yesNo[strings.ToLower(v)]; ok {
			info.Formal, has = &f, true
		}
	}
	for _, f := range []struct {
		field string
		dst   **float64
	}{{"group_fee", &info.Fee}, {"group_hours_per_month", &info.HoursPerMonth}} {
		if v := text(f.field); v != "" {
			limit, want := costBound(f.field)
			if x, amb, ok := readNumber(v); ok && x >= 0 && x <= limit {
				*f.dst, has = &x, true
				if amb && ambiguousKind(v) == "ambiguous comma" { // a program's "1.000" is 1
					b.rep.note(ambiguousKind(v), Problem{Line: n.line, Column: n.col, Field: f.field, Reason: commaNote(f.field, v, x)})
				}
			} else {
				b.rep.note("unreadable cell", Problem{Line: n.line, Column: n.col, Field: f.field,
					Reason: fmt.Sprintf("%s %q is not %s: left unknown", f.field, short(v), want)})
			}
		}
	}
	if has && b.l.nw.Groups[g].Info == nil {
		b.l.nw.Groups[g].Info = info
	}
	b.rep.Imported++
}

func (b *graphBuilder) edge(e *gedge) {
	b.start()
	b.rep.RowsRead++
	src, dst := strings.TrimSpace(e.source), strings.TrimSpace(e.target)
	if src == "" || dst == "" {
		b.rep.skip("no source or target", Problem{Line: e.line, Column: e.col,
			Reason: "an edge without a source or a target: not read"})
		return
	}
	if _, ok := b.resolve(src); !ok {
		b.pending = append(b.pending, e)
		return
	}
	if _, ok := b.resolve(dst); !ok {
		b.pending = append(b.pending, e)
		return
	}
	b.addEdge(e, false)
}

// resolve finds the person or network a node id names: a person index, or
// -1-g for network g.
func (b *graphBuilder) resolve(id string) (int, bool) {
	if g, ok := b.groups[id]; ok {
		return -1 - g, true
	}
	i, ok := b.l.nw.Index(id)
	return i, ok
}

// addEdge reads an edge whose ends are known, or, late, adds the people it
// names that no node declared.
func (b *graphBuilder) addEdge(e *gedge, late bool) {
	src, dst := strings.TrimSpace(e.source), strings.TrimSpace(e.target)
	if b.tiesLayout && value(e.vals, b.ek["kind"]) == "membership" {
		b.membership(e, src, dst, late)
		return
	}
	ends := [2]int{}
	for k, ref := range []string{src, dst} {
		i, ok := b.resolve(ref)
		if !ok && late {
			var err error
			if i, err = b.l.person(ref, b.rep, e.line, e.col, []string{"source", "target"}[k]); err != nil {
				b.fail(err)
				return
			}
			ok = true
		}
		if i < 0 {
			b.rep.skip("edge to a network", Problem{Line: e.line, Column: e.col,
				Reason: fmt.Sprintf("an edge of kind tie to the network node %q: ties join people; not read", ref)})
			return
		}
		ends[k] = i
	}
	if ends[0] == ends[1] {
		b.rep.skip("self-tie", Problem{Line: e.line, Column: e.col,
			Reason: fmt.Sprintf("an edge from %q to itself: self-ties are ignored", src)})
		return
	}
	w := 1.0
	raw, has := e.weight, e.hasWeight
	if k := b.ek["weight"]; !has && k != nil {
		if v, ok := e.vals[k.id]; ok || k.hasDef {
			raw, has = v, true
			if !ok {
				raw = k.def
			}
		}
	}
	if has && strings.TrimSpace(raw) != "" {
		v, ambiguous, ok := readNumber(raw)
		switch {
		case !ok || v <= 0 || math.IsInf(v, 0):
			b.rep.skip("bad weight", Problem{Line: e.line, Column: e.col, Field: "weight",
				Reason: fmt.Sprintf("weight %q is not a positive number: the edge is not read (a tie of weight 0 is no tie)", short(raw))})
			return
		case v > graph.MaxWeight:
			b.rep.skip("bad weight", Problem{Line: e.line, Column: e.col, Field: "weight",
				Reason: fmt.Sprintf("weight %q is larger than ties accepts (%g): the edge is not read; rescale the weights", short(raw), float64(graph.MaxWeight))})
			return
		}
		w = v
		if ambiguous && ambiguousKind(raw) == "ambiguous comma" { // a program's "1.000" is 1
			b.rep.note(ambiguousKind(raw), Problem{Line: e.line, Column: e.col, Field: "weight", Reason: commaNote("weight", raw, v)})
		}
	}
	var mutual bool
	var typ string
	var since graph.Date
	if b.tiesLayout {
		mutual = value(e.vals, b.ek["mutual"]) == "true"
		typ = value(e.vals, b.ek["tie_type"])
		if s := value(e.vals, b.ek["since"]); s != "" {
			d, err := graph.ParseISODate(s)
			if err != nil {
				b.rep.note("bad date", Problem{Line: e.line, Column: e.col, Field: "since",
					Reason: fmt.Sprintf("since %q is not a date YYYY-MM-DD: the tie is read without a date", short(s))})
			}
			since = d
		}
	} else {
		directed := e.directed == 1 || e.directed == -1 && b.directed
		mutual = !directed || e.mutual
		typ = strings.TrimSpace(e.label)
		if typ == "" {
			typ = value(e.vals, b.ek["type"])
		}
	}
	if b.l.opt.Undirected {
		mutual = true
	}
	if err := b.l.addTie(graph.Tie{From: ends[0], To: ends[1], Weight: w, Type: b.l.nw.AddTieType(typ), Since: since, Mutual: mutual}, b.rep, e.line); err != nil {
		b.rep.skip("bad tie", Problem{Line: e.line, Column: e.col, Reason: err.Error()})
		return
	}
	b.rep.Imported++
}

// membership reads a membership edge of a file ties wrote: a person to a
// network.
func (b *graphBuilder) membership(e *gedge, src, dst string, late bool) {
	g, ok := b.groups[dst]
	if !ok {
		b.rep.skip("no network", Problem{Line: e.line, Column: e.col, Field: "target",
			Reason: fmt.Sprintf("a membership edge to %q, which is no network node: not read", dst)})
		return
	}
	i, ok := b.resolve(src)
	if !ok && late {
		var err error
		if i, err = b.l.person(src, b.rep, e.line, e.col, "source"); err != nil {
			b.fail(err)
			return
		}
		ok = true
	}
	if !ok || i < 0 {
		b.rep.skip("no person", Problem{Line: e.line, Column: e.col, Field: "source",
			Reason: fmt.Sprintf("a membership edge from %q, which is no person: not read", src)})
		return
	}
	role := value(e.vals, b.ek["role"])
	if role != "" {
		if s, ok := b.roles[role]; ok {
			role = s
		} else {
			role = strings.Clone(role)
			b.roles[role] = role
		}
	}
	if !b.l.nw.AddMember(g, i, role) {
		b.rep.skip("duplicate membership", Problem{Line: e.line, Column: e.col,
			Reason: fmt.Sprintf("%q is already a member of %q: a membership counts once", src, b.l.nw.Groups[g].Name)})
		return
	}
	b.rep.Imported++
}

// failed is the first error that stops the import (--strict).
func (b *graphBuilder) fail(err error) {
	if b.l.graphErr == nil {
		b.l.graphErr = err
	}
}

// finish reads the edges that named nodes declared after them, makes the
// columns kept attributes, sets the ego, and lists what was not read.
func (b *graphBuilder) finish() error {
	b.start()
	for _, e := range b.pending {
		if b.l.graphErr != nil {
			b.rep.skip("not read after an error", Problem{Line: e.line, Reason: "not read: an earlier edge stopped the import"})
			continue
		}
		b.addEdge(e, true)
	}
	b.pending = nil
	if err := b.l.graphErr; err != nil {
		return err
	}
	keep := b.l.judgeColumns(b.rep, b.cols)
	b.l.applyColumns(keep, &b.ps)
	// Attributes ties derived, as ties marked them.
	for k, c := range b.cols {
		if !slices.Contains(keep, c) {
			continue
		}
		if m := derivedKeyDesc.FindStringSubmatch(b.colKeys[k].desc); m != nil {
			b.l.nw.SetDerived(c.name, m[1])
		}
		for _, m := range derivedMetaDesc.FindAllStringSubmatch(b.description, -1) {
			if m[1] == c.name && b.tiesLayout {
				b.l.nw.SetDerived(c.name, m[2])
			}
		}
	}
	if b.egoID != "" && b.l.opt.Ego == "" && !b.l.opt.NoEgo {
		if i, ok := b.l.nw.Index(b.egoID); ok {
			b.l.nw.Ego = i
		}
	}
	for _, k := range b.keyOrder {
		if !b.used[k] {
			domain := k.domain
			if domain == "" {
				domain = "all"
			}
			b.rep.UnusedColumns = append(b.rep.UnusedColumns, domain+":"+k.name)
		}
	}
	for _, v := range b.valued {
		b.noteUnread(v)
	}
	if len(b.rep.UnusedColumns) > 0 {
		b.rep.note("unused column", Problem{Line: b.graphLine,
			Reason: fmt.Sprintf("attributes not read by ties: %s", quoteList(b.rep.UnusedColumns, 200))})
	}
	return nil
}

// noteUnread notes a value that names an attribute the file does not
// declare for its element, or that the graph has and ties does not read
// there (of the graph's own values, only its ego).
func (b *graphBuilder) noteUnread(v valuedKey) {
	k := b.keyFor(v.domain, v.id)
	if k != nil && (v.domain != "graph" || normKey(k.name) == "ego") {
		return
	}
	on := map[string]string{"node": "a node", "edge": "an edge", "graph": "the graph"}[v.domain]
	switch {
	case v.id == "":
		b.rep.note("undeclared attribute", Problem{Line: v.line, Column: v.col,
			Reason: fmt.Sprintf("a value on %s names no attribute (no key=\"…\" or for=\"…\"): such values are not read; name the attribute it belongs to", on)})
		return
	case k != nil:
		// A graph value of a declared key: listed as unused with its key
		// unless nodes or edges read it.
		b.rep.note("graph value not read", Problem{Line: v.line, Column: v.col,
			Reason: fmt.Sprintf("the graph's value of %q is not read: of the graph's own values ties reads only the ego (a key named ego)", k.name)})
		return
	}
	b.rep.UnusedColumns = append(b.rep.UnusedColumns, v.domain+":"+v.id)
	what := "which the file never declares"
	if k, ok := b.keys[v.id]; ok {
		what = "which the file declares for " + k.domain + " only"
	} else if _, ok := b.keys["edge\x00"+v.id]; ok {
		what = "which the file declares for edge only"
	}
	how := fmt.Sprintf("declare it for %s (GraphML: <key id=%q for=%q attr.name=\"…\">; GEXF: <attribute id=%q title=\"…\"> in <attributes class=%q>)", v.domain, v.id, v.domain, v.id, v.domain)
	if v.domain == "graph" {
		how = "of the graph's own values ties reads only the ego (a key named ego)"
	}
	b.rep.note("undeclared attribute", Problem{Line: v.line, Column: v.col,
		Reason: fmt.Sprintf("a value of the attribute %q on %s, %s: its values are not read; %s", v.id, on, what, how)})
}

// unreadValue notes once per file a value read where ties keeps none: a
// node's value after its nested nodes or graph, a port's.
func (b *graphBuilder) unreadValue(where string, line, col int) {
	b.noteOnce("value not read "+where, Problem{Line: line, Column: col,
		Reason: fmt.Sprintf("a value %s is not read (ties keeps a node's values given before its nested nodes or graph); move it up", where)})
}

func (l *loader) notAGraph(in *input) error {
	return &Error{Path: in.path, Line: 1, Msg: "not a graph file: expected GraphML (<graphml>) or GEXF (<gexf>)",
		Hint: "give people with --people and ties with --ties, or export the graph as GraphML or GEXF"}
}
