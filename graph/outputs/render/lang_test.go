package render

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/outputs/render/engine"
	"github.com/tiesnet/ties/graph/outputs/words"
)

const wordsDir = "../words/"

// catalogFile reads the map of codes to formats a catalog file of the
// words package declares (english_render.go, swedish_render.go), from its
// source: the package keeps its catalogs to itself.
func catalogFile(t *testing.T, name string) map[string]string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), wordsDir+name, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	var str func(e ast.Expr) (string, bool)
	str = func(e ast.Expr) (string, bool) {
		switch e := e.(type) {
		case *ast.BasicLit:
			s, err := strconv.Unquote(e.Value)
			return s, err == nil
		case *ast.BinaryExpr:
			a, ok1 := str(e.X)
			b, ok2 := str(e.Y)
			return a + b, ok1 && ok2 && e.Op == token.ADD
		}
		return "", false
	}
	ast.Inspect(f, func(n ast.Node) bool {
		kv, ok := n.(*ast.KeyValueExpr)
		if !ok {
			return true
		}
		k, ok1 := str(kv.Key)
		v, ok2 := str(kv.Value)
		if !ok1 || !ok2 {
			t.Errorf("%s: an entry that is not a string literal: %v", name, kv.Key)
			return false
		}
		if _, dup := out[k]; dup {
			t.Errorf("%s: %q twice", name, k)
		}
		out[k] = v
		return false
	})
	if len(out) < 100 {
		t.Fatalf("%s: found only %d codes: the parser missed them", name, len(out))
	}
	return out
}

var verb = regexp.MustCompile(`%(\[(\d+)\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// arity is how many arguments a format takes: its verbs in order, or the
// largest explicit index.
func arity(format string) int {
	n, next := 0, 0
	for _, m := range verb.FindAllStringSubmatch(format, -1) {
		if strings.HasSuffix(m[0], "%") {
			continue
		}
		if m[2] != "" {
			next, _ = strconv.Atoi(m[2])
		} else {
			next++
		}
		n = max(n, next)
	}
	return n
}

// sameInBoth are the codes whose words Swedish writes as English does:
// terms Swedish borrows.
var sameInBoth = map[string]bool{
	"render.groupmap.class.iqv":        true, // IQV
	"render.groupmap.class.people.one": true, // "1 person"
	// "1 person" is Swedish too.
	"render.communities.colour.people.one": true,
	"render.ring.count.one":                true,
	"render.colour.community.people.one":   true,
	"render.communities.tip.one":           true,
}

// Every code of the pictures has Swedish words taking the same arguments,
// and every code graph/outputs/render prints is in the English catalog (with its
// ".one" form where it counts).
func TestRenderWordsComplete(t *testing.T) {
	en, sv := catalogFile(t, "english_render.go"), catalogFile(t, "swedish_render.go")
	for c, f := range en {
		if !strings.HasPrefix(c, "render.") {
			t.Errorf("english_render.go: %q is not a render.* code", c)
		}
		s, ok := sv[c]
		if !ok {
			t.Errorf("%s has no Swedish words", c)
			continue
		}
		if arity(s) != arity(f) {
			t.Errorf("%s: Swedish %q takes %d arguments, English %q %d", c, s, arity(s), f, arity(f))
		}
		if s == f && !sameInBoth[c] && regexp.MustCompile(`\pL{3}`).MatchString(verb.ReplaceAllString(f, "")) {
			t.Errorf("%s: the Swedish words are the English %q", c, f)
		}
		if base, ok := strings.CutSuffix(c, ".one"); ok && (en[base] == "" || arity(en[base]) != arity(f)) {
			t.Errorf("%s: no plural %s with the same arguments", c, base)
		}
	}
	for c := range sv {
		if _, ok := en[c]; !ok {
			t.Errorf("swedish_render.go: %s is not an English code", c)
		}
	}
	// The codes graph/outputs/render prints.
	files, _ := filepath.Glob("*.go")
	used := 0
	lit := regexp.MustCompile(`(\.n\()?"(render\.[a-z0-9_.]+)"`)
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range lit.FindAllStringSubmatch(string(src), -1) {
			used++
			if _, ok := en[m[2]]; !ok {
				t.Errorf("%s prints %s, which has no English words", name, m[2])
			}
			if _, ok := en[m[2]+".one"]; m[1] != "" && !ok {
				t.Errorf("%s counts with %s, which has no .one form", name, m[2])
			}
		}
	}
	if used < 100 {
		t.Errorf("found only %d codes in graph/outputs/render", used)
	}
	// Verdicts are the report's words, in both languages.
	ensv := []wording{newWording(nil), newWording(swedishPrinter(t))}
	for _, v := range []evaluate.Verdict{"", evaluate.KeepAndInvest, evaluate.Keep, evaluate.ChangeHowYouTakePart,
		evaluate.Reconsider, evaluate.Leave, evaluate.ConsiderJoining, evaluate.NotWorthJoining} {
		e, s := ensv[0].verdict(v), ensv[1].verdict(v)
		if v != "" && e != string(v) {
			t.Errorf("verdict %q is worded %q in English", v, e)
		}
		if strings.HasPrefix(s, "[") || s == e {
			t.Errorf("verdict %q has no Swedish words: %q", v, s)
		}
	}
	if s := ensv[1].t("report.verdict.close_call", "x"); s == "x (close call)" {
		t.Errorf("close call has no Swedish words: %q", s)
	}
}

func swedishPrinter(t testing.TB) *words.Printer {
	t.Helper()
	p, err := words.NewIn("sv", nil)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// svgText is what an SVG shows a reader: its text and its tooltips.
func svgText(t *testing.T, svg []byte) string {
	t.Helper()
	var b strings.Builder
	inTitle := false
	d := xml.NewDecoder(bytes.NewReader(svg))
	d.Strict = false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok := tok.(type) {
		case xml.CharData:
			if inTitle {
				continue // Graphviz's <title> holds the DOT names of nodes and edges, not words
			}
			b.Write(tok)
			b.WriteByte('\n')
		case xml.EndElement:
			inTitle = false
		case xml.StartElement:
			inTitle = tok.Name.Local == "title"
			for _, a := range tok.Attr {
				if a.Name.Local == "title" {
					b.WriteString(a.Value)
					b.WriteByte('\n')
				}
			}
		}
	}
	return b.String()
}

// withoutData is text without what comes from the data (names, ids,
// attributes and their values, networks and their purposes, which the demo
// writes in English) and without the program's name (the graph's name,
// "ties network"; "ties evaluate"), each replaced by a line break.
func withoutData(text string, r *analysis.Result) string {
	nw := r.Network
	var data []string
	for _, p := range nw.People {
		data = append(data, p.ID, p.Name)
	}
	data = append(data, nw.Attributes...)
	for i := range nw.People {
		for a := range nw.Attributes {
			data = append(data, nw.Attr(i, a))
		}
	}
	for _, g := range nw.Groups {
		data = append(data, g.Name)
		if g.Info != nil {
			data = append(data, g.Info.Purpose)
		}
	}
	data = append(data, "ties network", "ties ego", "ties groups", "ties group map", "ties communities", "ties brings", "ties evaluate")
	var cut []string
	for _, d := range data {
		if d = words.OneLine(d); d != "" {
			cut = append(cut, d, labelText(d), tipText(d))
		}
	}
	// Longest first, so that a name is not cut by a shorter one inside it.
	slices.SortFunc(cut, func(a, b string) int { return len(b) - len(a) })
	for _, d := range cut {
		text = strings.ReplaceAll(text, d, "\n")
	}
	return text
}

// englishFragments are the words of the English render.* formats that a
// Swedish picture must not show: each format's text between its verbs and
// line breaks, when it has a word and the Swedish words of the same code
// do not hold it too (a term both languages use: IQV, community, E-I).
func englishFragments(t *testing.T) map[string]string {
	en, sv := catalogFile(t, "english_render.go"), catalogFile(t, "swedish_render.go")
	out := map[string]string{}
	for c, f := range en {
		for _, part := range verb.Split(f, -1) {
			for _, frag := range strings.Split(part, "\n") {
				frag = strings.TrimFunc(frag, func(r rune) bool { return !unicode.IsLetter(r) })
				letters := 0
				for _, r := range frag {
					if unicode.IsLetter(r) {
						letters++
					}
				}
				if letters < 3 || strings.Contains(sv[c], frag) {
					continue
				}
				out[frag] = c
			}
		}
	}
	return out
}

// A Swedish picture of every view of the demo, drawn one by one and
// grouped, with and without names, shows no English words of the
// catalog, no code without words and no format gone wrong.
func TestSwedishPictures(t *testing.T) {
	if testing.Short() {
		t.Skip("draws every view in Swedish")
	}
	r := demoResult(t)
	ev := demoEval(t)
	sv := swedishPrinter(t)
	frags := englishFragments(t)
	type run struct {
		name string
		opt  Options
	}
	var runs []run
	for _, v := range []View{ViewNetwork, ViewEgo, ViewGroups, ViewGroupMap, ViewCommunities} {
		runs = append(runs,
			run{string(v), Options{View: v, Evaluation: ev}},
			run{string(v) + " grouped", Options{View: v, CollapseAbove: 8, MaxCommunities: 3, Anonymize: true}},
			run{string(v) + " by community", Options{View: v, ColorBy: ColorCommunity, EgoGroups: "communities", Labels: -1}})
	}
	for _, network := range []string{demoNetwork, "Tech Women West Mentoring"} {
		runs = append(runs,
			run{"brings " + network, Options{View: ViewBrings, Network: network, Evaluation: ev}},
			run{"brings small " + network, Options{View: ViewBrings, Network: network, Evaluation: ev, Small: true}},
			run{"brings grouped " + network, Options{View: ViewBrings, Network: network, Evaluation: ev, CollapseAbove: 3, Anonymize: true}})
	}
	for _, x := range runs {
		t.Run(x.name, func(t *testing.T) {
			x.opt.Words = sv
			var buf bytes.Buffer
			if _, err := Render(context.Background(), r, x.opt, engine.SVG, &buf, engine.Options{}); err != nil {
				t.Fatal(err)
			}
			text := withoutData(svgText(t, buf.Bytes()), r)
			for _, bad := range []string{"%!", "[render.", "[report.", "[words."} {
				if strings.Contains(text, bad) {
					t.Errorf("shows %q", bad)
				}
			}
			var found []string
			for frag, code := range frags {
				re := regexp.MustCompile(`(^|[^\pL])` + regexp.QuoteMeta(frag) + `($|[^\pL])`)
				if re.MatchString(text) {
					found = append(found, strconv.Quote(frag)+" ("+code+")")
				}
			}
			slices.Sort(found)
			for _, f := range found {
				t.Errorf("shows English %s", f)
			}
		})
	}
}

// English pictures are worded as before: Options.Words nil and an English
// printer draw the same bytes.
func TestEnglishWordsUnchanged(t *testing.T) {
	r := demoResult(t)
	ev := demoEval(t)
	for _, v := range Views {
		opt := Options{View: v, Network: demoNetwork, Evaluation: ev}
		a := mustBuild(t, r, opt)
		opt.Words = words.New(nil)
		if b := mustBuild(t, r, opt); !bytes.Equal(a.DOT, b.DOT) {
			t.Errorf("%s: an English printer draws other bytes than none", v)
		}
	}
	if s := newWording(nil).t("render.legend"); s != "Legend" {
		t.Errorf("render.legend = %q", s)
	}
}

// A contact export's exporter, named "you", is addressed in the picture's
// language: "Ditt egonätverk", "du", never "kring you".
func TestPicturesAddressYou(t *testing.T) {
	nw := graph.New()
	me, _ := nw.AddPerson("me", graph.You)
	nw.Ego = me
	for _, id := range []string{"a", "b", "c"} {
		i, _ := nw.AddPerson(id, strings.ToUpper(id))
		nw.AddTie(graph.Tie{From: me, To: i, Weight: 1, Mutual: true})
	}
	nw.Normalize()
	r, err := analysis.Run(nw, analysis.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string]string{"sv": "Ditt egonätverk", "en": "Your ego network"} {
		p, err := words.NewIn(lang, nil)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if _, err := Render(context.Background(), r, Options{View: ViewEgo, Words: p}, engine.SVG, &buf, engine.Options{}); err != nil {
			t.Fatal(err)
		}
		text := svgText(t, buf.Bytes())
		if !strings.Contains(text, want) || lang == "sv" && strings.Contains(text, "you") {
			t.Errorf("%s: %s", lang, text)
		}
	}
}
