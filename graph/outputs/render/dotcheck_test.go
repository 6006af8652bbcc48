package render

import (
	"fmt"
	"strings"
	"testing"
)

// dotGraph is what checkDOT read from DOT text: enough structure to test
// the views without Graphviz.
type dotGraph struct {
	name      string
	graphAttr map[string]string
	nodes     map[string]map[string]string // node name -> attributes
	order     []string                     // node names in order
	edges     []dotEdge
}

type dotEdge struct {
	a, b  string
	attrs map[string]string
}

// checkDOT parses the subset of DOT the views write: one undirected graph
// of `graph [...]`, `node [...]`, `edge [...]`, node and edge statements,
// quoted strings with \" escapes, and HTML-like <...> values. It fails on
// anything else, on an unterminated string, a raw newline or control
// character inside a quoted string, or a node declared twice, so an
// escaping bug shows as a parse error or a wrong node count.
func checkDOT(t testing.TB, src []byte) *dotGraph {
	t.Helper()
	g, err := parseDOT(string(src))
	if err != nil {
		t.Fatalf("DOT does not parse: %v\n%s", err, head(src, 2000))
	}
	return g
}

func head(b []byte, n int) string {
	if len(b) > n {
		return string(b[:n]) + "…"
	}
	return string(b)
}

type dotLexer struct {
	s   string
	pos int
}

// token returns the next token: a word, a quoted string (unquoted, with
// \" turned into "), an HTML value (with its < >), or punctuation.
func (l *dotLexer) token() (string, bool, error) {
	for l.pos < len(l.s) && strings.ContainsRune(" \t\n", rune(l.s[l.pos])) {
		l.pos++
	}
	if l.pos >= len(l.s) {
		return "", false, nil
	}
	c := l.s[l.pos]
	switch {
	case c == '"':
		var b strings.Builder
		for i := l.pos + 1; i < len(l.s); i++ {
			switch ch := l.s[i]; {
			case ch == '\\' && i+1 < len(l.s):
				if l.s[i+1] == '"' {
					b.WriteByte('"')
				} else {
					b.WriteByte('\\')
					b.WriteByte(l.s[i+1])
				}
				i++
			case ch == '"':
				l.pos = i + 1
				return b.String(), true, nil
			case ch < 0x20:
				return "", false, fmt.Errorf("control character %q in a quoted string at %d", ch, i)
			default:
				b.WriteByte(ch)
			}
		}
		return "", false, fmt.Errorf("unterminated string at %d", l.pos)
	case c == '<':
		depth := 0
		for i := l.pos; i < len(l.s); i++ {
			switch l.s[i] {
			case '<':
				depth++
			case '>':
				depth--
				if depth == 0 {
					tok := l.s[l.pos : i+1]
					l.pos = i + 1
					return tok, true, nil
				}
			}
		}
		return "", false, fmt.Errorf("unterminated HTML value at %d", l.pos)
	case strings.ContainsRune("{}[];=,", rune(c)):
		l.pos++
		return string(c), false, nil
	case c == '-' && strings.HasPrefix(l.s[l.pos:], "--"):
		l.pos += 2
		return "--", false, nil
	}
	start := l.pos
	for l.pos < len(l.s) && !strings.ContainsRune(" \t\n{}[];=,\"<", rune(l.s[l.pos])) {
		if strings.HasPrefix(l.s[l.pos:], "--") {
			break
		}
		l.pos++
	}
	if l.pos == start {
		return "", false, fmt.Errorf("unexpected %q at %d", c, start)
	}
	return l.s[start:l.pos], false, nil
}

func parseDOT(src string) (*dotGraph, error) {
	l := &dotLexer{s: src}
	var toks []string
	var quoted []bool
	for {
		tok, q, err := l.token()
		if err != nil {
			return nil, err
		}
		if tok == "" && !q {
			break
		}
		toks = append(toks, tok)
		quoted = append(quoted, q)
	}
	if len(toks) < 4 || toks[0] != "graph" || toks[2] != "{" || toks[len(toks)-1] != "}" {
		return nil, fmt.Errorf("not `graph NAME { … }`")
	}
	g := &dotGraph{name: toks[1], graphAttr: map[string]string{}, nodes: map[string]map[string]string{}}
	i := 3
	attrs := func() (map[string]string, error) {
		m := map[string]string{}
		if i >= len(toks)-1 || toks[i] != "[" || quoted[i] {
			return m, nil
		}
		i++
		for toks[i] != "]" || quoted[i] {
			if i+3 >= len(toks) || toks[i+1] != "=" {
				return nil, fmt.Errorf("bad attribute near %q", toks[i])
			}
			m[toks[i]] = toks[i+2]
			i += 3
			if toks[i] == "," && !quoted[i] {
				i++
			}
		}
		i++
		return m, nil
	}
	for i < len(toks)-1 {
		name := toks[i]
		i++
		switch {
		case !quoted[i-1] && (name == "graph" || name == "node" || name == "edge"):
			m, err := attrs()
			if err != nil {
				return nil, err
			}
			if name == "graph" {
				for k, v := range m {
					g.graphAttr[k] = v
				}
			}
		case toks[i] == "--" && !quoted[i]:
			b := toks[i+1]
			i += 2
			m, err := attrs()
			if err != nil {
				return nil, err
			}
			for _, n := range []string{name, b} {
				if g.nodes[n] == nil {
					return nil, fmt.Errorf("edge to undeclared node %q", n)
				}
			}
			g.edges = append(g.edges, dotEdge{name, b, m})
		default:
			m, err := attrs()
			if err != nil {
				return nil, err
			}
			if g.nodes[name] != nil {
				return nil, fmt.Errorf("node %q declared twice", name)
			}
			g.nodes[name] = m
			g.order = append(g.order, name)
		}
		if toks[i] != ";" || quoted[i] {
			return nil, fmt.Errorf("missing ; after %q (got %q)", name, toks[i])
		}
		i++
	}
	return g, nil
}

// withClass returns the nodes whose class attribute has word c.
func (g *dotGraph) withClass(c string) []string {
	var out []string
	for _, n := range g.order {
		if hasWord(g.nodes[n]["class"], c) {
			out = append(out, n)
		}
	}
	return out
}

func (g *dotGraph) edgesWithClass(c string) []dotEdge {
	var out []dotEdge
	for _, e := range g.edges {
		if hasWord(e.attrs["class"], c) {
			out = append(out, e)
		}
	}
	return out
}

func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}

func TestParseDOTRejects(t *testing.T) {
	for _, src := range []string{
		"graph g { \"a [x=1]; }",
		"graph g { \"a\nb\"; }",
		"graph g { a; a; }",
		"graph g { a -- b; }",
		"graph g { a [label=\"x\"] }",
	} {
		if _, err := parseDOT(src); err == nil {
			t.Errorf("parseDOT(%q) succeeded", src)
		}
	}
	g, err := parseDOT("graph \"g\" {\n  graph [label=<<b>x</b>>];\n  \"a\\\"b\" [label=\"q\"];\n  c;\n  \"a\\\"b\" -- c [class=\"tie bridge\"];\n}\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(g.nodes) != 2 || g.nodes[`a"b`]["label"] != "q" || len(g.edgesWithClass("bridge")) != 1 {
		t.Errorf("parsed %+v", g)
	}
}
