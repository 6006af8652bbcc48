package report

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/finding"
	"github.com/tiesnet/ties/graph/outputs/words"
)

func TestSafeSVG(t *testing.T) {
	ok := `<?xml version="1.0"?><!DOCTYPE svg><svg xmlns="http://www.w3.org/2000/svg"><g class="node"><title>a</title><text>Åsa &amp; co</text></g></svg>`
	got, err := safeSVG([]byte(ok))
	if err != nil || !strings.HasPrefix(string(got), "<svg") || strings.Contains(string(got), "DOCTYPE") {
		t.Errorf("safeSVG(ok) = %q, %v", got, err)
	}
	for name, bad := range map[string]string{
		"script":        `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><g onload="x()"/></svg>`,
		"event handler": `<svg xmlns="http://www.w3.org/2000/svg"><g onmouseover="alert(1)"/></svg>`,
		"foreignObject": `<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div/></foreignObject></svg>`,
		"external link": `<svg xmlns="http://www.w3.org/2000/svg"><a href="https://evil.example/"><text>x</text></a></svg>`,
		"not XML":       `<svg><g></svg>`,
		"two roots":     `<svg></svg><svg></svg>`,
	} {
		got, err := safeSVG([]byte(bad))
		if err == nil && (strings.Contains(string(got), "<script") || strings.Contains(string(got), "onmouseover") ||
			strings.Contains(string(got), "onload") || strings.Contains(string(got), "evil.example") || strings.Contains(string(got), "foreignObject")) {
			t.Errorf("%s: kept %q", name, got)
		}
		if name != "script" && err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// Free text loses names and name-like ids, but keeps figures even when ids
// are numbers; the client stays "you".
func TestPeopleText(t *testing.T) {
	nw := graph.New()
	for _, p := range [][2]string{{"erik.s", "Erik Sandberg"}, {"2", "Two Person"}, {"me", "Karin Lindqvist"}} {
		nw.AddPerson(p[0], p[1])
	}
	nw.Ego = 2
	r, err := analysis.Run(nw, analysis.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	a := newPeople(r, true, "", "you")
	in := "Erik Sandberg (erik.s) and Karin Lindqvist broker; its main brokers: erik.s, 2; costs 2 h a month."
	out := a.text(in)
	for _, leak := range []string{"Erik", "Sandberg", "erik.s", "Karin", "Lindqvist"} {
		if strings.Contains(out, leak) {
			t.Errorf("%q leaks %q", out, leak)
		}
	}
	if !strings.Contains(out, "costs 2 h a month") || !strings.Contains(out, "Person ") {
		t.Errorf("figures or pseudonyms wrong: %q", out)
	}
	if a.Label(2) != "you" || a.Label(0) == "Erik Sandberg" || !strings.HasPrefix(a.Label(1), "Person ") {
		t.Errorf("labels: %q %q %q", a.Label(0), a.Label(1), a.Label(2))
	}
	named := newPeople(r, false, "", "you")
	if named.Label(0) != "Erik Sandberg" || named.ID(0) != "Erik Sandberg" || named.Label(2) != "you" {
		t.Errorf("names: %q %q %q", named.Label(0), named.ID(0), named.Label(2))
	}
	if got := named.capital("you, Erik Sandberg and Two Person lie on"); got != "You, Erik Sandberg and Two Person lie on" {
		t.Errorf("capital: %q", got)
	}
	if got := named.capital("young people"); got != "young people" {
		t.Errorf("capital changed another word: %q", got)
	}
}

// Two pictures with Graphviz's ids, inlined in one page, share no id; the
// references follow the ids; text is not touched; hover texts go.
func TestPrefixIDs(t *testing.T) {
	svg := `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" aria-labelledby="t">` +
		`<title id="t">ties ego me</title><defs><linearGradient id="l_1"/></defs>` +
		`<g id="graph0" class="graph"><g id="node1"><title>erik.s</title><a xlink:href="#node1" xlink:title="Erik (erik.s)">` +
		`<ellipse fill="url(#l_1)"/><text>id="node1" &amp; href="#x"</text></a></g></g></svg>`
	a, b := diagramSVG(svg, "d1-"), diagramSVG(svg, "d2-")
	for _, want := range []string{`id="d1-graph0"`, `id="d1-node1"`, `xlink:href="#d1-node1"`, `fill="url(#d1-l_1)"`, `<text>id="node1" &amp; href="#x"</text>`} {
		if !strings.Contains(a, want) {
			t.Errorf("lacks %s:\n%s", want, a)
		}
	}
	for _, gone := range []string{"<title>", "xlink:title", "erik.s"} {
		if strings.Contains(a, gone) {
			t.Errorf("keeps %s:\n%s", gone, a)
		}
	}
	ids := regexp.MustCompile(` id="([^"]*)"`)
	seen := map[string]bool{}
	for _, s := range []string{a, b} {
		for _, m := range ids.FindAllStringSubmatch(s, -1) {
			if seen[m[1]] {
				t.Errorf("id %q twice", m[1])
			}
			seen[m[1]] = true
		}
	}
	if _, err := safeSVG([]byte(a)); err != nil {
		t.Errorf("the rewritten picture is no longer a picture: %v", err)
	}
	// Our charts keep their titles and get the prefix on aria references.
	if c := prefixIDs(svg, "c-"); !strings.Contains(c, `aria-labelledby="c-t"`) || !strings.Contains(c, `<title id="c-t">`) {
		t.Errorf("prefixIDs: %s", c)
	}
}

// Every code the report prints has words in the catalog: the codes
// written in the package's source, and those it builds from a prefix
// (verdicts, advice, glossary terms, diagrams).
func TestEveryReportCodeHasWords(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	lit := regexp.MustCompile(`"(report\.[a-z0-9_.]*[a-z0-9_])"`)
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range lit.FindAllStringSubmatch(string(b), -1) {
			n++
			if !words.Has(finding.Code(m[1])) {
				t.Errorf("%s: %q has no words", f, m[1])
			}
		}
	}
	if n < 100 {
		t.Fatalf("found only %d codes: the pattern missed them", n)
	}
	var codes []string
	for _, v := range append(evaluate.Verdicts, "") {
		key := string(verdictTerm(v))[len(verdictPrefix):]
		codes = append(codes, "report.verdict."+key, "report.advice."+key)
	}
	for _, term := range allTerms() {
		for _, part := range []string{".name", ".text", ".source"} {
			codes = append(codes, "report.glossary."+string(term)+part)
		}
	}
	for _, v := range reportViews {
		codes = append(codes, "report.diagram."+string(v.view)+".title", "report.diagram."+string(v.view)+".caption")
	}
	for _, c := range codes {
		if !words.Has(finding.Code(c)) {
			t.Errorf("%q has no words", c)
		}
	}
}

// mdText keeps a name from making markup, a list or a table cell.
func TestMarkdownEscape(t *testing.T) {
	for in, want := range map[string]string{
		"# Heading":         `\# Heading`,
		"1. item":           `1\. item`,
		"- item":            `\- item`,
		"a | b":             `a \| b`,
		"<b>x</b>":          "&lt;b&gt;x&lt;/b&gt;",
		"[x](http://e)":     `\[x\](http://e)`,
		"_a_ *b*":           `\_a\_ \*b\*`,
		"balance -0.22 (a)": "balance -0.22 (a)",
	} {
		if got := mdText(in); got != want {
			t.Errorf("mdText(%q) = %q, want %q", in, got, want)
		}
	}
	if got := mdCell("-0.22"); got != "-0.22" {
		t.Errorf("mdCell: %q", got)
	}
}

// The cost chart draws at most a screenful of ticks whatever the hours:
// counting ticks by adding a step to a huge value never ends (hours of
// 1e308 once hung the report).
func TestCostChartHugeHours(t *testing.T) {
	m := &model{p: words.New(nil), fig: figures{words.New(nil)}, names: &people{}}
	for _, hours := range []float64{1e308, math.MaxFloat64, 12} {
		h := hours
		n := &evaluate.Network{Name: "g", Score: 3, Info: &graph.GroupInfo{HoursPerMonth: &h}}
		svg := fmt.Sprint(costChart(m, []*evaluate.Network{n}).SVG)
		if ticks := strings.Count(svg, `class="val"`); ticks < 4 || ticks > 42 {
			t.Errorf("hours %g: %d tick labels", hours, ticks)
		}
	}
}
