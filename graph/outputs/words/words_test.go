package words

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/tiesnet/ties/graph/finding"
)

// declaredCodes reads the finding codes (constants of type finding.Code)
// and terms a package declares, from its source: a code added there without
// words here fails the test.
func declaredCodes(t *testing.T, dir string) (codes []finding.Code, terms []finding.Term) {
	t.Helper()
	fset := token.NewFileSet()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		{
			ast.Inspect(f, func(n ast.Node) bool {
				vs, ok := n.(*ast.ValueSpec)
				if !ok || vs.Type == nil || len(vs.Values) != len(vs.Names) {
					return true
				}
				sel, ok := vs.Type.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				for _, v := range vs.Values {
					lit, ok := v.(*ast.BasicLit)
					if !ok {
						continue
					}
					s, _ := strconv.Unquote(lit.Value)
					switch sel.Sel.Name {
					case "Code":
						codes = append(codes, finding.Code(s))
					case "Term":
						terms = append(terms, finding.Term(s))
					}
				}
				return true
			})
		}
	}
	return codes, terms
}

func TestEveryCodeHasWords(t *testing.T) {
	codes, terms := declaredCodes(t, "../../analysis")
	if len(codes) < 40 {
		t.Fatalf("found only %d codes in the analysis: the parser missed them", len(codes))
	}
	for _, c := range codes {
		if !Has(c) {
			t.Errorf("code %q has no English words", c)
		}
	}
	// Nouns are worded in both forms; other terms are their own English.
	for _, term := range terms {
		if _, ok := english.nouns[term]; !ok && english.terms[term] == "" && strings.HasPrefix(string(term), "noun") {
			t.Errorf("noun %q has no forms", term)
		}
	}
}

type ids []string

func (n ids) Label(i int) string { return n[i] + " (" + strconv.Itoa(i) + ")" }
func (n ids) ID(i int) string    { return n[i] }

func TestSentences(t *testing.T) {
	p := New(ids{"anna", "bo", "cilla"})
	cases := []struct {
		f    finding.Finding
		want string
	}{
		{finding.New("brokers.top", finding.People{0, 2}), "anna (0) and cilla (2) lie on the most shortest paths between others (betweenness): news and ideas pass through them first."},
		{finding.New("structure.network", finding.Count{N: 12, Noun: "tied pair"}, 3), "12 tied pairs, 3 of them among contacts: bridging measures can be computed."},
		{finding.New("structure.network", finding.Count{N: 1, Noun: "tied pair"}, 0), "1 tied pair, 0 of them among contacts"},
		{finding.New("two_mode.summary", finding.Count{N: 1, Noun: "network"}, finding.Count{N: 2, Noun: "membership"}, finding.Count{N: 1, Noun: "pair of people"}),
			"1 network, 2 memberships; 1 pair of people with at least one in common."},
		{finding.New("structure.star", finding.PersonID(1), 4), `This is a star: "bo" is tied to all 4 others`},
		{finding.New("no.such.code"), "[no.such.code]"},
	}
	for _, c := range cases {
		if got := p.Sentence(c.f); !strings.HasPrefix(got, c.want) {
			t.Errorf("%s: %q, want %q", c.f.Code, got, c.want)
		}
	}
	if got := p.Section([]finding.Finding{finding.New("bridges.bridge_one"), finding.New("bridges.components", 2)}); got !=
		"1 tie is a bridge: removing it cuts the network apart. The network falls into 2 separate parts." {
		t.Errorf("section: %q", got)
	}
	for parts, want := range map[string]string{"": "", "a": "a", "a|b": "a and b", "a|b|c": "a, b and c"} {
		var xs []string
		if parts != "" {
			xs = strings.Split(parts, "|")
		}
		if got := JoinAnd(xs); got != want {
			t.Errorf("JoinAnd(%q) = %q", xs, got)
		}
	}
}

// reader names person 0 "you", as the report names its client.
type reader struct{ ids }

func (r reader) Label(i int) string {
	if i == 0 {
		return "you"
	}
	return r.ids.Label(i)
}
func (r reader) IsReader(i int) bool { return i == 0 }

// A sentence about the reader takes the words for "you": "you lie …
// through you", never "you lies … through them"; a sentence about others
// keeps its own.
func TestSentencesForTheReader(t *testing.T) {
	namer := reader{ids{"me", "anna", "bo"}}
	sv, err := NewIn("sv", namer)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		p    *Printer
		f    finding.Finding
		want string
	}{
		{New(namer), finding.New("brokers.top_one", finding.People{0}),
			"You lie on the most shortest paths between others (betweenness): news and ideas pass through you first."},
		{New(namer), finding.New("brokers.top_one", finding.People{1}),
			"anna (1) lies on the most shortest paths between others (betweenness): news and ideas pass through them first."},
		{New(namer), finding.New("brokers.top", finding.People{0, 2}),
			"You and bo (2) lie on the most shortest paths between others (betweenness): news and ideas pass through you and them first."},
		{New(namer), finding.New("brokers.top", finding.People{1, 2}),
			"anna (1) and bo (2) lie on the most shortest paths between others (betweenness): news and ideas pass through them first."},
		// A namer that does not name a reader: the sentence about others.
		{New(namer.ids), finding.New("brokers.top_one", finding.People{0}),
			"me (0) lies on the most shortest paths between others (betweenness): news and ideas pass through them first."},
		{sv, finding.New("brokers.top_one", finding.People{0}),
			"You ligger på flest kortaste vägar mellan andra (mellanhandsposition, betweenness): nyheter och idéer passerar genom dig först."},
		// One person or more: the verb agrees.
		{New(namer), finding.New("reciprocity.takers_one", finding.Count{N: 1, Noun: "person"}, finding.People{1}),
			"1 person only takes (receives, never gives): anna (1)."},
		{New(namer), finding.New("reciprocity.takers", finding.Count{N: 2, Noun: "person"}, finding.People{1, 2}),
			"2 people only take (receive, never give): anna (1) and bo (2)."},
	}
	for _, c := range cases {
		if got := c.p.Sentence(c.f); got != c.want {
			t.Errorf("%s %s:\n got %q\nwant %q", c.p.Lang(), c.f.Code, got, c.want)
		}
	}
}
