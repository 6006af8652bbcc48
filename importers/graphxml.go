package importers

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// GraphML and GEXF files hold a whole network: the people (nodes) with
// their attributes, the ties (edges) with weights and direction, and, in a
// file ties exported with --groups, the networks as nodes linked to their
// members. They are read with encoding/xml's streaming decoder, one element
// at a time, so a large file takes the memory of what it holds, not of its
// text; a file that is not well-formed XML is an error naming the line and
// column.
//
// What is read (docs/importing.md, "Graph files"):
//   - Nodes are people: the id is the node id, the name its label (GEXF's
//     label, GraphML's key named "label" or else "name"; a label equal to
//     the id is no name). Every other text or boolean attribute is a
//     categorical attribute; a number-typed attribute is a measure, not a
//     category, and is left out (--include-column brings it in).
//   - Edges are ties: weight (GEXF's weight, GraphML's key "weight"), the
//     kind of tie (a key or attribute named label, type, kind, relation or
//     tie_type), and the direction: each edge's own (GraphML directed=,
//     GEXF type=) or else the graph's default. An undirected or mutual edge
//     is a mutual tie, which says nothing about who gives to whom.
//   - A file ties wrote (its own layout: GEXF's creator "ties", or
//     GraphML's node keys kind and ego with edge keys kind and mutual) is
//     read back as it was written: group nodes are networks, membership
//     edges memberships, the ego is the ego, and the figures ties computed
//     are left out, as they are computed again.
//
// XML element positions are the line and column where the element starts
// (Problem.Column is then a character column, not a field number).

// Formats of a graph file.
const (
	FormatGraphML = "graphml"
	FormatGEXF    = "gexf"
)

// gkey is an attribute declaration: a GraphML <key>, a GEXF <attribute>.
type gkey struct {
	id, name string
	domain   string // node, edge, graph or all
	typ      string // as declared, lower case
	def      string
	hasDef   bool
	desc     string
	drawing  bool // yEd's graphics (yfiles.type)
	line     int
	col      int
}

// numeric reports whether the key's values are numbers.
func (k *gkey) numeric() bool {
	switch k.typ {
	case "int", "integer", "long", "float", "double", "short", "byte", "bigdecimal", "biginteger":
		return true
	}
	return false
}

// gnode is one node element as read.
type gnode struct {
	id, label string
	hasID     bool
	hasLabel  bool
	vals      map[string]string // key id → value
	line, col int
	nested    bool // inside another node (a hierarchy)
	emitted   bool // given to the builder already
}

// gedge is one edge element as read.
type gedge struct {
	id, source, target string
	hasSource          bool
	hasTarget          bool
	directed           int8 // -1 the graph's default, 0 no, 1 yes
	mutual             bool // GEXF type="mutual"
	weight, label      string
	hasWeight          bool
	vals               map[string]string
	line, col          int
}

// xmlReader wraps encoding/xml's decoder with positions.
type xmlReader struct {
	d         *xml.Decoder
	path      string
	line, col int // where the last token read starts
}

func newXMLReader(path string, r io.Reader) *xmlReader {
	d := xml.NewDecoder(r)
	// The input was decoded to UTF-8 already, whatever the declaration
	// says (encoding="UTF-16", "ISO-8859-1").
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	d.Entity = xml.HTMLEntity
	return &xmlReader{d: d, path: path, line: 1, col: 1}
}

// token returns the next token and records where it starts.
func (x *xmlReader) token() (xml.Token, error) {
	x.line, x.col = x.d.InputPos()
	tok, err := x.d.Token()
	if err != nil && err != io.EOF {
		return nil, x.syntaxError(err)
	}
	return tok, err
}

// syntaxError words an XML error with its line and column.
func (x *xmlReader) syntaxError(err error) error {
	line, col := x.d.InputPos()
	var se *xml.SyntaxError
	msg := err.Error()
	if errors.As(err, &se) {
		msg = se.Msg
		if se.Line > 0 && se.Line != line {
			line, col = se.Line, 0
		}
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		msg = "the file ends inside an element"
	}
	var ie *Error
	if errors.As(err, &ie) {
		return ie
	}
	return &Error{Path: x.path, Line: line, Column: col, Msg: "not well-formed XML: " + msg, Err: err,
		Hint: "the file is cut off or was changed by hand; export it again"}
}

// text reads the character data of the element just opened, up to its
// end, skipping any elements inside it.
func (x *xmlReader) text() (string, error) {
	var b strings.Builder
	for {
		tok, err := x.token()
		if err != nil {
			if err == io.EOF {
				return "", x.syntaxError(io.ErrUnexpectedEOF)
			}
			return "", err
		}
		switch t := tok.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.StartElement:
			if err := x.skip(); err != nil {
				return "", err
			}
		case xml.EndElement:
			return b.String(), nil
		}
	}
}

// skip reads past the end of the element just opened.
func (x *xmlReader) skip() error {
	if err := x.d.Skip(); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return x.syntaxError(err)
	}
	return nil
}

func xmlAttr(e xml.StartElement, name string) (string, bool) {
	for _, a := range e.Attr {
		if a.Name.Local == name && (a.Name.Space == "" || !strings.Contains(a.Name.Space, "/")) {
			return a.Value, true
		}
	}
	return "", false
}

// graphKind recognises a GraphML or GEXF file by its root element, within
// the first bytes of its decoded text; "" for anything else.
func graphKind(head []byte) string {
	h := string(head[:min(len(head), 8192)])
	h = strings.TrimLeft(h, " \t\r\n")
	if !strings.HasPrefix(h, "<") {
		return ""
	}
	// The root is the first element that is no declaration, comment or
	// processing instruction.
	for strings.HasPrefix(h, "<?") || strings.HasPrefix(h, "<!") {
		end := ">"
		if strings.HasPrefix(h, "<!--") {
			end = "-->"
		}
		i := strings.Index(h, end)
		if i < 0 {
			return ""
		}
		h = strings.TrimLeft(h[i+len(end):], " \t\r\n")
	}
	name := h[min(1, len(h)):]
	if i := strings.IndexAny(name, " \t\r\n/>"); i >= 0 {
		name = name[:i]
	}
	if i := strings.IndexByte(name, ':'); i >= 0 {
		name = name[i+1:]
	}
	switch strings.ToLower(name) {
	case "graphml":
		return FormatGraphML
	case "gexf":
		return FormatGEXF
	}
	return ""
}

// readGraph reads a GraphML or GEXF file named by any input flag.
func (l *loader) readGraph(role, kind string, in *input) error {
	rep := newFileReport(role, in.path)
	rep.Format, rep.Encoding = kind, in.enc
	l.rep.Files = append(l.rep.Files, rep)
	b := newGraphBuilder(l, rep)
	x := newXMLReader(in.path, in.stream())
	var err error
	if kind == FormatGraphML {
		err = readGraphML(x, b)
	} else {
		err = readGEXF(x, b)
	}
	if err != nil {
		return err
	}
	return b.finish()
}

// next reads the next token of a graph file with open elements still
// open; at the end of the file it reports done, with an error when some
// are.
func (x *xmlReader) next(open int) (tok xml.Token, done bool, err error) {
	tok, err = x.token()
	if err == io.EOF {
		if open > 0 {
			return nil, true, x.syntaxError(io.ErrUnexpectedEOF)
		}
		return nil, true, nil
	}
	return tok, false, err
}

// notGraphFile is the error of a file read as kind (GraphML, GEXF) whose
// root element is root.
func (x *xmlReader) notGraphFile(kind, root string) error {
	return &Error{Path: x.path, Line: x.line, Column: x.col, Msg: fmt.Sprintf("not a %s file: the root element is <%s>", kind, root),
		Hint: "give a GraphML (<graphml>) or GEXF (<gexf>) file"}
}

// innermost is the innermost open element of stack, or "".
func innermost(stack []string) string {
	if len(stack) == 0 {
		return ""
	}
	return stack[len(stack)-1]
}

// readGraphML streams a GraphML file into b.
func readGraphML(x *xmlReader, b *graphBuilder) error {
	var stack []string // open elements, by local name
	var node *gnode
	var edge *gedge
	seenGraph := false
	for {
		tok, done, err := x.next(len(stack))
		if done || err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name, parent := t.Name.Local, innermost(stack)
			switch {
			case name == "key" && parent == "graphml":
				k := graphMLKey(t, x.line, x.col)
				if err := readKeyBody(x, k); err != nil {
					return err
				}
				b.key(k)
				continue
			case name == "graph":
				directed, known := true, false
				if v, ok := xmlAttr(t, "edgedefault"); ok {
					directed, known = !strings.EqualFold(v, "undirected"), true
				}
				if !seenGraph {
					b.graph(directed, known, x.line, x.col)
					seenGraph = true
				} else {
					b.nestedGraph(directed, known, x.line)
				}
			case name == "node":
				if node != nil {
					// A node inside a node's graph: one more person, read
					// after its parent.
					b.node(node)
				}
				node = &gnode{line: x.line, col: x.col, nested: b.depth > 0}
				node.id, node.hasID = xmlAttr(t, "id")
				b.depth++
			case name == "edge":
				edge = graphMLEdge(t, x.line, x.col)
			case name == "hyperedge":
				b.hyperedge(x.line, x.col)
				if err := x.skip(); err != nil {
					return err
				}
				continue
			case name == "data":
				key, _ := xmlAttr(t, "key")
				line, col := x.line, x.col // text reads past them
				v, err := x.text()
				if err != nil {
					return err
				}
				graphMLData(b, node, edge, parent, key, v, line, col)
				continue
			case name == "graphml" && len(stack) == 0:
			case name == "desc" || name == "port" || name == "locator" || name == "endpoint":
				if name == "port" {
					b.noteOnce("port", Problem{Line: x.line, Column: x.col,
						Reason: "a port (a place on a node where edges attach) is not read, nor any value inside it: ties reads ties between nodes"})
				}
				if err := x.skip(); err != nil {
					return err
				}
				continue
			default:
				if len(stack) == 0 {
					return x.notGraphFile("GraphML", name)
				}
				// Anything else (another tool's extension): not read.
				if err := x.skip(); err != nil {
					return err
				}
				continue
			}
			stack = append(stack, name)
		case xml.EndElement:
			if len(stack) == 0 {
				continue
			}
			name := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			switch name {
			case "node":
				b.depth--
				if node != nil {
					b.node(node)
					node = nil
				}
			case "edge":
				if edge != nil {
					b.edge(edge)
					edge = nil
				}
			case "graph":
				if len(stack) > 0 && stack[len(stack)-1] == "node" {
					node = nil // its parent was read before its graph
				}
			}
		}
	}
}

// graphMLKey reads a GraphML <key>'s attributes: its id, domain, name
// and type, and whether it describes drawing (yFiles).
func graphMLKey(t xml.StartElement, line, col int) *gkey {
	k := &gkey{domain: "all", typ: "string", line: line, col: col}
	for _, a := range t.Attr {
		switch a.Name.Local {
		case "id":
			k.id = a.Value
		case "for":
			k.domain = strings.ToLower(a.Value)
		case "attr.name":
			k.name = a.Value
		case "attr.type":
			k.typ = strings.ToLower(a.Value)
		case "yfiles.type":
			k.drawing = true
		}
	}
	if k.name == "" {
		k.name = k.id
	}
	return k
}

// graphMLEdge reads a GraphML <edge>'s attributes: id, source, target and
// whether it is directed (-1: as the graph says).
func graphMLEdge(t xml.StartElement, line, col int) *gedge {
	edge := &gedge{line: line, col: col, directed: -1}
	edge.id, _ = xmlAttr(t, "id")
	edge.source, edge.hasSource = xmlAttr(t, "source")
	edge.target, edge.hasTarget = xmlAttr(t, "target")
	if v, ok := xmlAttr(t, "directed"); ok {
		edge.directed = 0
		if strings.EqualFold(strings.TrimSpace(v), "true") || strings.TrimSpace(v) == "1" {
			edge.directed = 1
		}
	}
	return edge
}

// graphMLData keeps a <data> value v of key: the open edge's, the open
// node's (when it is the node's own), or the graph's; line and col are
// where the <data> is.
func graphMLData(b *graphBuilder, node *gnode, edge *gedge, parent, key, v string, line, col int) {
	switch {
	case edge != nil:
		if edge.vals == nil {
			edge.vals = map[string]string{}
		}
		edge.vals[key] = v
		b.noteValue("edge", key, line, col)
	case node != nil && parent == "node":
		if node.vals == nil {
			node.vals = map[string]string{}
		}
		node.vals[key] = v
		b.noteValue("node", key, line, col)
	case parent == "graph":
		b.graphData(key, v)
		b.noteValue("graph", key, line, col)
	case parent == "node":
		b.unreadValue("after the node's nested graph", line, col)
	default:
		b.unreadValue("in <"+parent+">", line, col)
	}
}

// readKeyBody reads a GraphML <key>'s <default> and <desc>.
func readKeyBody(x *xmlReader, k *gkey) error {
	for {
		tok, err := x.token()
		if err != nil {
			if err == io.EOF {
				return x.syntaxError(io.ErrUnexpectedEOF)
			}
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			v, err := x.text()
			if err != nil {
				return err
			}
			switch t.Name.Local {
			case "default":
				k.def, k.hasDef = v, true
			case "desc":
				k.desc = strings.TrimSpace(v)
			}
		case xml.EndElement:
			return nil
		}
	}
}

// readGEXF streams a GEXF file (1.1, 1.2, 1.3) into b.
func readGEXF(x *xmlReader, b *graphBuilder) error {
	var stack []string
	var node *gnode
	var nodes []*gnode // open nodes, for a hierarchy
	var edge *gedge
	class := ""
	var attr *gkey
	for {
		tok, done, err := x.next(len(stack))
		if done || err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name, parent := t.Name.Local, innermost(stack)
			if t.Name.Space != "" && strings.Contains(t.Name.Space, "viz") {
				// Drawing (viz:color, viz:position, viz:size): not read.
				if err := x.skip(); err != nil {
					return err
				}
				continue
			}
			switch {
			case name == "gexf" && len(stack) == 0:
			case name == "meta":
			case parent == "meta" && (name == "creator" || name == "description"):
				v, err := x.text()
				if err != nil {
					return err
				}
				b.meta(name, v)
				continue
			case name == "graph":
				gexfGraph(b, t, x.line, x.col)
			case name == "attributes":
				class, _ = xmlAttr(t, "class")
				class = strings.ToLower(class)
			case name == "attribute" && parent == "attributes":
				attr = gexfAttribute(t, class, x.line, x.col)
			case name == "default" && parent == "attribute":
				v, err := x.text()
				if err != nil {
					return err
				}
				if attr != nil {
					attr.def, attr.hasDef = v, true
				}
				continue
			case name == "nodes" || name == "edges":
			case name == "node" && (parent == "nodes"):
				if node != nil {
					// A node inside a node (a hierarchy): the parent is read
					// first, as it stands.
					if !node.emitted {
						b.node(node)
						node.emitted = true
					}
					nodes = append(nodes, node)
				}
				node = gexfNode(t, x.line, x.col, len(nodes) > 0)
			case name == "edge" && parent == "edges":
				edge = gexfEdge(t, x.line, x.col)
			case name == "attvalues":
			case name == "attvalue" && parent == "attvalues":
				gexfAttvalue(b, t, node, edge, x.line, x.col)
			case len(stack) == 0:
				return x.notGraphFile("GEXF", name)
			default:
				// spells, parents, options, another tool's extension: not
				// read.
				if err := x.skip(); err != nil {
					return err
				}
				continue
			}
			stack = append(stack, name)
		case xml.EndElement:
			if len(stack) == 0 {
				continue
			}
			name := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			switch name {
			case "attribute":
				if attr != nil {
					b.key(attr)
					attr = nil
				}
			case "attributes":
				class = ""
			case "node":
				if node != nil && !node.emitted {
					b.node(node)
				}
				node = nil
				if n := len(nodes); n > 0 {
					node, nodes = nodes[n-1], nodes[:n-1]
				}
			case "edge":
				if edge != nil {
					b.edge(edge)
					edge = nil
				}
			}
		}
	}
}

// gexfGraph starts the graph of a GEXF <graph>: its default edge type
// (GEXF's default is undirected), and a dynamic graph reported.
func gexfGraph(b *graphBuilder, t xml.StartElement, line, col int) {
	directed, known := false, false
	if v, ok := xmlAttr(t, "defaultedgetype"); ok {
		directed, known = strings.EqualFold(v, "directed"), true
	}
	if v, _ := xmlAttr(t, "mode"); strings.EqualFold(v, "dynamic") {
		b.dynamic(line)
	}
	b.graph(directed, known, line, col)
}

// gexfNode reads a GEXF <node>'s id and label; nested is whether it stands
// inside another node (a hierarchy).
func gexfNode(t xml.StartElement, line, col int, nested bool) *gnode {
	node := &gnode{line: line, col: col, nested: nested}
	node.id, node.hasID = xmlAttr(t, "id")
	node.label, node.hasLabel = xmlAttr(t, "label")
	return node
}

// gexfAttribute reads a GEXF <attribute> of the class (node or edge) of
// its <attributes>: its id, title and type.
func gexfAttribute(t xml.StartElement, class string, line, col int) *gkey {
	attr := &gkey{domain: class, typ: "string", line: line, col: col}
	for _, a := range t.Attr {
		switch a.Name.Local {
		case "id":
			attr.id = a.Value
		case "title":
			attr.name = a.Value
		case "type":
			attr.typ = strings.ToLower(a.Value)
		}
	}
	if attr.name == "" {
		attr.name = attr.id
	}
	return attr
}

// gexfEdge reads a GEXF <edge>'s attributes: id, source, target, type
// (-1: as the graph says), weight and label (or kind).
func gexfEdge(t xml.StartElement, line, col int) *gedge {
	edge := &gedge{line: line, col: col, directed: -1}
	edge.id, _ = xmlAttr(t, "id")
	edge.source, edge.hasSource = xmlAttr(t, "source")
	edge.target, edge.hasTarget = xmlAttr(t, "target")
	if v, ok := xmlAttr(t, "type"); ok {
		switch strings.ToLower(strings.TrimSpace(v)) {
		case "directed":
			edge.directed = 1
		case "undirected":
			edge.directed = 0
		case "mutual":
			edge.directed, edge.mutual = 0, true
		}
	}
	edge.weight, edge.hasWeight = xmlAttr(t, "weight")
	edge.label, _ = xmlAttr(t, "label")
	if edge.label == "" {
		edge.label, _ = xmlAttr(t, "kind")
	}
	return edge
}

// gexfAttvalue keeps an <attvalue> of the open edge, or of the open node
// not yet read; a second value of one attribute (a dynamic graph's) is
// reported, not kept.
func gexfAttvalue(b *graphBuilder, t xml.StartElement, node *gnode, edge *gedge, line, col int) {
	key, ok := xmlAttr(t, "for")
	if !ok {
		key, _ = xmlAttr(t, "id") // GEXF 1.0
	}
	v, _ := xmlAttr(t, "value")
	var vals *map[string]string
	switch {
	case edge != nil:
		vals = &edge.vals
		b.noteValue("edge", key, line, col)
	case node != nil && !node.emitted:
		vals = &node.vals
		b.noteValue("node", key, line, col)
	}
	if vals == nil {
		where := "outside a node or edge"
		if node != nil {
			where = "after the node's nested nodes"
		}
		b.unreadValue(where, line, col)
		return
	}
	if *vals == nil {
		*vals = map[string]string{}
	}
	if _, dup := (*vals)[key]; dup {
		b.dynamicValue(line)
	} else {
		(*vals)[key] = v
	}
}

// derivedDesc is how ties marks a derived attribute: a GraphML key's
// description, a sentence of GEXF's description.
var (
	derivedKeyDesc  = regexp.MustCompile(`^derived by ties from (.+?) \(`)
	derivedMetaDesc = regexp.MustCompile(`The attribute (\S+) is derived by ties from (\S+?) \(`)
)
