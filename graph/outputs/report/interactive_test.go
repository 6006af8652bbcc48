package report

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/importers"
)

// reportOfFiles is the HTML report of a data set read from files, as ties
// report writes it (analysis, evaluation, pictures).
func reportOfFiles(t *testing.T, o importers.Options, anonymize bool) string {
	t.Helper()
	nw, _, err := importers.Load(o)
	if err != nil {
		t.Fatal(err)
	}
	r, err := analysis.Run(nw, analysis.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	d := Data{Date: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), Analysis: r, Anonymize: anonymize}
	if nw.Memberships() > 0 {
		if d.Evaluation, err = evaluate.Evaluate(r, evaluate.Options{}); err != nil {
			t.Fatal(err)
		}
	}
	d.Diagrams = Pictures(context.Background(), r, d.Evaluation, PictureOptions{Anonymize: anonymize,
		Warn: func(what string, err error) { t.Errorf("%s left out: %v", what, err) }})
	var b bytes.Buffer
	if err := HTML(&b, d); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func demoOptions() importers.Options {
	dir := "../../../testdata/demo/"
	return importers.Options{People: dir + "people.csv", Memberships: dir + "memberships.csv", Networks: dir + "networks.csv", Ties: dir + "ties.csv", Ego: "me"}
}

var (
	exploreBlock = regexp.MustCompile(`(?s)<script type="application/json" id="ties-explore">(.*?)</script>`)
	pageScript   = regexp.MustCompile(`(?s)<script>(.*?)</script>`)
)

// exploreOf reads a page's JSON block.
func exploreOf(t *testing.T, page string) explore {
	t.Helper()
	m := exploreBlock.FindStringSubmatch(page)
	if m == nil {
		t.Fatal("the page has no block for its diagrams")
	}
	var x explore
	if err := json.Unmarshal([]byte(m[1]), &x); err != nil {
		t.Fatalf("the block does not parse: %v", err)
	}
	return x
}

// The page carries the script as it is embedded, allowed by its hash and by
// nothing else, and the JSON block it reads; every person, name label,
// network and line of the pictures is annotated.
func TestExploreDemo(t *testing.T) {
	page := reportOfFiles(t, demoOptions(), false)
	if n := strings.Count(page, "<script"); n != 2 {
		t.Errorf("%d <script> elements, want 2 (the block and the script)", n)
	}
	m := pageScript.FindStringSubmatch(page)
	if m == nil || m[1] != interactiveScript || !strings.Contains(m[1], interactiveJS) {
		t.Fatal("the page's script is not interactive.js as embedded")
	}
	h := sha256.Sum256([]byte(m[1]))
	csp := `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-` + base64.StdEncoding.EncodeToString(h[:]) + `'"`
	if !strings.Contains(page, csp) {
		t.Errorf("the policy is not %s", csp)
	}
	x := exploreOf(t, page)
	for key, s := range x.UI {
		if s == "" || strings.HasPrefix(s, "[") {
			t.Errorf("ui %s: %q (a code with no words)", key, s)
		}
	}
	if len(x.UI) != len(uiCodes) || len(x.Measures) != 4 || len(x.Attrs) != 5 {
		t.Errorf("%d words, %d measures, %d attributes", len(x.UI), len(x.Measures), len(x.Attrs))
	}
	// Every person node, name label, network node and line is annotated.
	for _, c := range []struct {
		what string
		re   string
	}{
		{"person", `<g id="[^"]*" class="node person[^"]*"( data-p="\d+")?>`},
		{"label", `<g id="[^"]*" class="node label"( data-l="\d+")?>`},
		{"network", `<g id="[^"]*" class="node group(?: member| not-member)?"( data-g="\d+")?>`},
		{"line", `<g id="[^"]*" class="edge[^"]*"( data-e="[pgx]\d* [pgx]\d*")?>`},
	} {
		all := regexp.MustCompile(c.re).FindAllStringSubmatch(page, -1)
		if len(all) == 0 {
			t.Errorf("no %s in the pictures", c.what)
		}
		for _, a := range all {
			if a[1] == "" {
				t.Errorf("a %s without its data: %s", c.what, a[0])
				break
			}
		}
	}
	if n := strings.Count(page, `data-g="`); n != 13 {
		t.Errorf("%d network nodes annotated, want 13 (7 in the group map, 6 hubs in the ego view)", n)
	}
	if regexp.MustCompile(`data-e="[^"]*x`).MatchString(page) {
		t.Error("a line of the demo joins something that is neither a person nor a network")
	}
	drawn := map[string]bool{}
	for _, m := range regexp.MustCompile(`data-p="(\d+)"`).FindAllStringSubmatch(page, -1) {
		drawn[m[1]] = true
	}
	if len(drawn) != len(x.People) || len(x.People) != 41 {
		t.Errorf("%d people in the block, %d drawn, want 41", len(x.People), len(drawn))
	}
	var names []string
	for _, p := range x.People {
		names = append(names, p.Name)
		if len(p.Attrs) != len(x.Attrs) || len(p.Measures) != len(x.Measures) {
			t.Errorf("%s: %d attributes, %d measures", p.Name, len(p.Attrs), len(p.Measures))
		}
	}
	all := strings.Join(names, "|")
	for _, want := range []string{"You", "Priya Raghunathan", "Agnieszka Wiśniewska", "Siobhán O'Neil"} {
		if !strings.Contains(all, want) {
			t.Errorf("the block does not name %s", want)
		}
	}
	if !x.People[0].Ego || x.People[0].Name != "You" {
		t.Errorf("the client is %+v", x.People[0])
	}
	// Names, never the ids the data gives alongside them.
	block := exploreBlock.FindStringSubmatch(page)[1]
	for _, id := range []string{"erik.s", "priya.r", "agnieszka.w", "siobhan-o", "\"me\""} {
		if strings.Contains(block, id) {
			t.Errorf("the block holds the id %s", id)
		}
	}
	var hubs int
	for _, n := range x.Networks {
		if n.Total > 0 && len(n.Members) > 0 {
			hubs++
		}
	}
	if len(x.Networks) != 7 || hubs != 7 {
		t.Errorf("%d networks in the block, %d with members drawn", len(x.Networks), hubs)
	}
}

// Anonymised, neither the block nor any attribute the script reads names a
// person or holds an id; the client is "You".
func TestExploreAnonymized(t *testing.T) {
	page := reportOfFiles(t, demoOptions(), true)
	x := exploreOf(t, page)
	people, err := os.ReadFile("../../../testdata/demo/people.csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(people)), "\n")[1:] {
		f := strings.Split(line, ",")
		if strings.Contains(page, f[1]) {
			t.Errorf("the anonymised page names %s", f[1])
		}
		if len(f[0]) > 2 && strings.Contains(page, f[0]) {
			t.Errorf("the anonymised page holds the id %s", f[0])
		}
	}
	pseudonym := regexp.MustCompile(`^Person [2-9A-Z]{4,}$`)
	for _, p := range x.People {
		if !p.Ego && !pseudonym.MatchString(p.Name) {
			t.Errorf("%q is not a pseudonym", p.Name)
		}
	}
	if !x.People[0].Ego || x.People[0].Name != "You" {
		t.Errorf("the client is %+v", x.People[0])
	}
	if n := strings.Count(page, `data-p="`); n < 100 {
		t.Errorf("only %d person nodes annotated", n)
	}
}

// A name, a network or a value that is markup stays text: the block escapes
// it (no "</script" or "<!--" can end or bend the element) and reads back
// as it was.
func TestExploreHostileNames(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	const name, network, value = `</script><script>alert(1)</script>`, `</SCRIPT ><!--x`, `<img src=x onerror=alert(2)>`
	o := importers.Options{
		People:      write("people.csv", "id,name,country\nme,Me,SE\na,\""+name+"\",\""+value+"\"\nb,Bo,DK\nc,Carl,NO\n"),
		Memberships: write("memberships.csv", "person_id,network\nme,\""+network+"\"\na,\""+network+"\"\nb,Other\nme,Other\nc,Other\n"),
		Ties:        write("ties.csv", "source,target\nme,a\na,b\nb,c\nme,c\n"),
		Ego:         "me",
	}
	page := reportOfFiles(t, o, false)
	if n := strings.Count(strings.ToLower(page), "<script"); n != 2 {
		t.Errorf("%d <script> elements, want 2", n)
	}
	block := exploreBlock.FindStringSubmatch(page)
	if block == nil {
		t.Fatal("no block")
	}
	for _, bad := range []string{"</", "<!--", "<img", "<script"} {
		if strings.Contains(strings.ToLower(block[1]), bad) {
			t.Errorf("the block holds %q", bad)
		}
	}
	x := exploreOf(t, page)
	var gotName, gotValue, gotNetwork bool
	for _, p := range x.People {
		gotName = gotName || p.Name == name
		gotValue = gotValue || len(p.Attrs) > 0 && p.Attrs[0] == value
	}
	for _, n := range x.Networks {
		gotNetwork = gotNetwork || n.Name == network
	}
	if !gotName || !gotValue || !gotNetwork {
		t.Errorf("the block does not read back the names as written: name %v, value %v, network %v", gotName, gotValue, gotNetwork)
	}
}

// The script is written for the report: it requests nothing, writes no
// markup, evaluates no string, and nothing in it can end its element.
func TestInteractiveScript(t *testing.T) {
	if strings.Contains(interactiveJS, "]]>") {
		t.Error("interactive.js holds ]]>, which would end its CDATA section")
	}
	for _, bad := range []string{"</script", "<!--", "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "Function(",
		"fetch(", "XMLHttpRequest", "import(", "http:", "https:", "//cdn", "setAttribute('on", "localStorage", "sendBeacon", "WebSocket"} {
		if strings.Contains(strings.ReplaceAll(interactiveJS, "'http://www.w3.org/2000/svg'", ""), bad) {
			t.Errorf("interactive.js holds %q", bad)
		}
	}
	// Every word the script shows comes from the block.
	for _, c := range uiCodes {
		if !strings.Contains(interactiveJS, "ui."+c.key) {
			t.Errorf("the word %s (%s) is never shown", c.key, c.code)
		}
	}
}

func TestAnnotateParts(t *testing.T) {
	nodes := map[string]*svgElem{"a--b": {title: "a--b"}, "c": {title: "c"}, "a": {title: "a"}}
	for title, want := range map[string][2]string{
		"a--b--c": {"a--b", "c"},
		"a->c":    {"a", "c"},
		"a--b--x": {"", ""},
		"c--a--b": {"c", "a--b"},
	} {
		a, b := splitEdgeTitle(title, nodes)
		got := [2]string{}
		if a != nil {
			got = [2]string{a.title, b.title}
		}
		if got != want {
			t.Errorf("splitEdgeTitle(%q) = %v, want %v", title, got, want)
		}
	}
	long := strings.Repeat("x", 130)
	if n := dotNodeName(long); len(n) > 120+len("…") || !strings.HasPrefix(n, strings.Repeat("x", 108)+"…") {
		t.Errorf("dotNodeName: %q", n)
	}
}
