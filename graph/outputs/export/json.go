package export

import (
	"bufio"
	"strconv"
	"unicode/utf8"
)

// writeJSON writes NetworkX's node-link format, which
// networkx.node_link_graph (and json_graph in other tools) reads:
// {"directed", "multigraph", "graph", "nodes": [{"id", …}], "links":
// [{"source", "target", …}]}. Every node has every field of its kind,
// null when missing. node_link_graph knows no per-edge direction, so in a
// directed graph a mutual tie is two links, one each way, both with
// "mutual": true (as NetworkX reads a GEXF mutual edge). When that makes a
// pair of nodes appear twice (a mutual and a directed tie between the same
// people), the graph is a multigraph and links carry a "key".
func writeJSON(w *bufio.Writer, m *model) error {
	type link struct {
		e        int
		src, tgt int
	}
	links := make([]link, 0, len(m.edges))
	for e, ed := range m.edges {
		links = append(links, link{e, ed.src, ed.tgt})
		if m.undirectedEdge(e) {
			links = append(links, link{e, ed.tgt, ed.src})
		}
	}
	var keys []int
	if m.mixed {
		seen := make(map[[2]int]int, len(links))
		keys = make([]int, len(links))
		multi := false
		for k, l := range links {
			p := [2]int{l.src, l.tgt}
			keys[k] = seen[p]
			seen[p]++
			multi = multi || keys[k] > 0
		}
		if !multi {
			keys = nil
		}
	}
	w.WriteString(`{"directed": ` + strconv.FormatBool(m.directed))
	w.WriteString(`, "multigraph": ` + strconv.FormatBool(keys != nil))
	w.WriteString(`, "graph": {"name": "ties", "ego": `)
	if m.ego != "" {
		jsonString(w, m.ego)
	} else {
		w.WriteString("null")
	}
	if len(m.derived) > 0 {
		w.WriteString(`, "derived": {`)
		for k, d := range m.derived {
			if k > 0 {
				w.WriteString(", ")
			}
			jsonString(w, d[0])
			w.WriteString(": ")
			jsonString(w, d[1])
		}
		w.WriteString("}")
	}
	w.WriteString("},\n\"nodes\": [")
	for i, id := range m.ids {
		if i > 0 {
			w.WriteByte(',')
		}
		w.WriteString("\n{\"id\": ")
		jsonString(w, id)
		person := i < m.nPeople
		jsonFields(w, m.nodeFields, i, func(f field) bool { return f.of == groups && person || f.of == people && !person })
		w.WriteByte('}')
	}
	w.WriteString("\n],\n\"links\": [")
	for k, l := range links {
		if k > 0 {
			w.WriteByte(',')
		}
		w.WriteString("\n{\"source\": ")
		jsonString(w, m.ids[l.src])
		w.WriteString(", \"target\": ")
		jsonString(w, m.ids[l.tgt])
		if keys != nil {
			w.WriteString(`, "key": ` + strconv.Itoa(keys[k]))
		}
		tie := m.edges[l.e].tie >= 0
		jsonFields(w, m.edgeFields, l.e, func(f field) bool { return f.of == memberships && tie || f.of == ties && !tie })
		w.WriteByte('}')
	}
	w.WriteString("\n]}\n")
	return nil
}

func jsonValue(w *bufio.Writer, k kind, v value) {
	switch {
	case !v.ok:
		w.WriteString("null")
	case k == kString:
		jsonString(w, v.s)
	default:
		w.WriteString(v.text(k))
	}
}

const hex = "0123456789abcdef"

// jsonString writes s as a JSON string. Besides what JSON requires
// (quotes, backslashes, control characters) it escapes <, > and & like
// encoding/json, so the text is safe inside HTML, and U+2028 and U+2029
// for JavaScript; invalid UTF-8 becomes U+FFFD.
func jsonString(w *bufio.Writer, s string) {
	w.WriteByte('"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				w.WriteByte('\\')
				w.WriteByte(c)
			case c == '\n':
				w.WriteString(`\n`)
			case c == '\r':
				w.WriteString(`\r`)
			case c == '\t':
				w.WriteString(`\t`)
			case c < 0x20 || c == '<' || c == '>' || c == '&':
				w.WriteString(`\u00`)
				w.WriteByte(hex[c>>4])
				w.WriteByte(hex[c&0xF])
			default:
				w.WriteByte(c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			w.WriteString(`\ufffd`)
		case r == '\u2028' || r == '\u2029':
			w.WriteString(`\u202`)
			w.WriteByte(hex[r&0xF])
		default:
			w.WriteString(s[i : i+size])
		}
		i += size
	}
	w.WriteByte('"')
}

// jsonFields writes the fields of node or edge k as ", name: value", but
// those of the other kind of node or edge (other).
func jsonFields(w *bufio.Writer, fields []field, k int, other func(field) bool) {
	for _, f := range fields {
		v := f.at(k)
		if other(f) {
			continue
		}
		w.WriteString(", ")
		jsonString(w, f.name)
		w.WriteString(": ")
		jsonValue(w, f.kind, v)
	}
}
