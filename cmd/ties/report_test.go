package main

import (
	"bytes"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/tiesnet/ties/graph/outputs/report/reporttest"
)

func reportOfDemo(t *testing.T, format string, anonymize bool) string {
	t.Helper()
	return reportOf(t, &reportOptions{Inputs: demoInputs(), Goals: "demodata/goals.csv", Format: format, Anonymize: anonymize, fs: demoFS})
}

// reportOf runs a report with the default analysis flags and a fixed date
// and returns what it wrote.
func reportOf(t *testing.T, o *reportOptions) string {
	t.Helper()
	ios, out, _ := testIO()
	o.IO, o.analysisFlags = ios, defaultAnalysisFlags()
	o.date = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	if err := runReport(o); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// gen300Inputs are the generated 300-person set of the golden outputs.
func gen300Inputs() inputOptions {
	dir := "../../testdata/sets/gen300/"
	return inputOptions{People: dir + "people.csv", Memberships: dir + "memberships.csv", Ties: dir + "ties.csv", Ego: "p000136"}
}

var externalRef = regexp.MustCompile(`(?i)(src|href)\s*=\s*["']?\s*(https?:|//)`)

func TestReportDemoHTML(t *testing.T) {
	page := reportOfDemo(t, "html", false)
	dec := xml.NewDecoder(strings.NewReader(page))
	dec.Strict, dec.AutoClose, dec.Entity = false, xml.HTMLAutoClose, xml.HTMLEntity
	for {
		if _, err := dec.Token(); err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("the report does not parse: %v", err)
			}
			break
		}
	}
	for _, id := range []string{`id="summary"`, `id="next"`, `id="checklist"`, `id="evaluation"`, `id="charts"`, `id="brokers"`, `id="diagrams"`, "Välj dina nätverk med omsorg!", "<svg", "@media print"} {
		if !strings.Contains(page, id) {
			t.Errorf("report lacks %s", id)
		}
	}
	if m := externalRef.FindString(page); m != "" {
		t.Errorf("report requests something from outside: %s", m)
	}
}

func TestReportAnonymize(t *testing.T) {
	people, err := demoFS.ReadFile("demodata/people.csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"html", "md"} {
		page := reportOfDemo(t, format, true)
		for _, line := range strings.Split(string(people), "\n")[1:] {
			f := strings.Split(line, ",")
			if len(f) < 2 {
				continue
			}
			if strings.Contains(page, f[1]) {
				t.Errorf("%s: anonymized report names %q", format, f[1])
			}
			if len(f[0]) > 2 && strings.Contains(page, f[0]) {
				t.Errorf("%s: anonymized report has the id %q", format, f[0])
			}
		}
	}
}

func TestReportHostileNames(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	const s1, s2, n1 = `<script>alert(1)</script>`, `"><img src=x onerror=alert(1)>`, `</style><script>x</script>`
	in := inputOptions{
		People:      write("people.csv", "id,name,country\nme,Me,SE\na,\""+s1+"\",SE\nb,\""+strings.ReplaceAll(s2, `"`, `""`)+"\",DK\nc,Carl,NO\n"),
		Memberships: write("memberships.csv", "person_id,network\nme,\""+n1+"\"\na,\""+n1+"\"\nb,Other\nme,Other\nc,Other\n"),
		Ties:        write("ties.csv", "source,target\nme,a\na,b\nb,c\nme,c\n"),
		Ego:         "me",
	}
	for _, format := range []string{"html", "md"} {
		ios, out, _ := testIO()
		if err := runReport(&reportOptions{IO: ios, Inputs: in, analysisFlags: defaultAnalysisFlags(), Format: format}); err != nil {
			t.Fatal(err)
		}
		page := out.String()
		if format == "html" {
			// The page's own two scripts (the diagrams' data block and
			// interactive.js, graph/outputs/report) are the only ones: a name never
			// adds a third.
			if n := strings.Count(strings.ToLower(page), "<script"); n != 2 ||
				strings.Count(page, `<script type="application/json" id="ties-explore">`) != 1 || strings.Count(page, "<script>") != 1 {
				t.Errorf("the report holds %d <script> elements, want its own 2", n)
			}
			page = strings.Replace(page, `<script type="application/json" id="ties-explore">`, "", 1)
			page = strings.Replace(page, "<script>", "", 1)
		}
		for _, bad := range []string{s1, s2, n1, "<script", "<img"} {
			if strings.Contains(page, bad) {
				t.Errorf("%s report holds %q unescaped", format, bad)
			}
		}
		if format == "html" && !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") {
			t.Errorf("the hostile name is not shown escaped")
		}
	}
}

func TestReportDiagramsAreXML(t *testing.T) {
	page := reportOfDemo(t, "html", false)
	for _, m := range regexp.MustCompile(`(?s)<svg.*?</svg>`).FindAllString(page, -1) {
		if err := xml.NewDecoder(strings.NewReader(m)).Decode(new(struct{})); err != nil {
			t.Fatalf("an embedded SVG does not parse: %v", err)
		}
	}
}

func TestReportChromium(t *testing.T) {
	chromium := chromiumOrSkip(t)
	dir := t.TempDir()
	p := filepath.Join(dir, "report.html")
	if err := os.WriteFile(p, []byte(reportOfDemo(t, "html", false)), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir="+filepath.Join(dir, "profile"),
		"--enable-logging=stderr", "--v=0", "--dump-dom", "file://"+p)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.String())
	}
	for _, bad := range []string{"Uncaught", "ERROR:CONSOLE", "Failed to load resource", "net::ERR_", "Refused to"} {
		if strings.Contains(stderr.String(), bad) {
			t.Errorf("chromium reports %q:\n%s", bad, stderr.String())
		}
	}
	if !strings.Contains(stdout.String(), `id="evaluation"`) {
		t.Errorf("chromium's DOM lacks the evaluation section")
	}
}

// ties demo runs the whole chain: the analysis, each network judged, and
// the report written to a file.
func TestDemoWritesReport(t *testing.T) {
	ios, out, _ := testIO()
	path := filepath.Join(t.TempDir(), "report.html")
	if err := runDemo(&demoOptions{IO: ios, Format: "table", Report: path}); err != nil {
		t.Fatal(err)
	}
	s := strings.Join(strings.Fields(out.String()), " ")
	for _, want := range []string{"Top brokers", "Each network judged", "Hisingen Chamber Lunch Club: CHANGE HOW YOU TAKE PART", "The report for a client is in " + path} {
		if !strings.Contains(s, want) {
			t.Errorf("demo output lacks %q", want)
		}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "Välj dina nätverk med omsorg!") || !strings.Contains(string(b), "designer") {
		t.Error("the demo report lacks the checklist or the demo's goals")
	}
}

// Markdown links to its diagrams, written as SVG files beside it.
func TestReportMarkdownDiagrams(t *testing.T) {
	ios, _, _ := testIO()
	out := filepath.Join(t.TempDir(), "report.md")
	o := &reportOptions{IO: ios, Inputs: demoInputs(), analysisFlags: defaultAnalysisFlags(), Format: "md", Out: out, fs: demoFS}
	if err := runReport(o); err != nil {
		t.Fatal(err)
	}
	md, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, view := range []string{"ego", "groupmap", "network"} {
		name := "report-" + view + ".svg"
		if !strings.Contains(string(md), "]("+name+")") {
			t.Errorf("markdown does not link %s", name)
		}
		b, err := os.ReadFile(filepath.Join(filepath.Dir(out), name))
		if err != nil || !strings.Contains(string(b), "<svg") {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// page is a report as a reader sees it: the text outside the pictures, the
// text inside them, and every element id.
type page struct {
	text, svgText string
	ids           []string
}

// readPage parses an HTML report: text (not the style sheet), the hover
// texts and labels a browser shows (title, xlink:title, aria-label, alt),
// and the ids.
func readPage(t *testing.T, html string) page {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(html))
	dec.Strict, dec.AutoClose, dec.Entity = false, xml.HTMLAutoClose, xml.HTMLEntity
	var p page
	var text, svg strings.Builder
	inSVG, inStyle := 0, false
	for {
		tok, err := dec.Token()
		if err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("the report does not parse: %v", err)
			}
			break
		}
		switch x := tok.(type) {
		case xml.StartElement:
			switch x.Name.Local {
			case "svg":
				inSVG++
			case "style":
				inStyle = true
			}
			for _, a := range x.Attr {
				switch a.Name.Local {
				case "id":
					p.ids = append(p.ids, a.Value)
				case "title", "aria-label", "alt":
					if inSVG > 0 {
						svg.WriteString(" " + a.Value + " ")
					} else {
						text.WriteString(" " + a.Value + " ")
					}
				}
			}
		case xml.EndElement:
			switch x.Name.Local {
			case "svg":
				inSVG--
			case "style":
				inStyle = false
			}
		case xml.CharData:
			switch {
			case inStyle:
			case inSVG > 0:
				svg.Write(x)
				svg.WriteByte(' ')
			default:
				text.Write(x)
			}
		}
	}
	p.text, p.svgText = text.String(), svg.String()
	return p
}

// peopleOf reads a people file: id → name.
func peopleOf(t *testing.T, b []byte) map[string]string {
	t.Helper()
	out := map[string]string{}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	head := strings.Split(lines[0], ",")
	name := -1
	for k, h := range head {
		if h == "name" {
			name = k
		}
	}
	for _, l := range lines[1:] {
		f := strings.Split(l, ",")
		out[f[0]] = ""
		if name >= 0 && name < len(f) {
			out[f[0]] = f[name]
		}
	}
	return out
}

// word finds s standing alone, not inside a longer name or id.
func word(s string) *regexp.Regexp {
	return regexp.MustCompile(`(^|[^\p{L}\p{N}_.@-])` + regexp.QuoteMeta(s) + `($|[^\p{L}\p{N}_@-])`)
}

// People are named by name wherever the data knows a name (in tables,
// findings, reasons, and in the pictures' labels and hover texts); the
// client is "you"; where the data has no name the id is the name, never
// "id (id)".
func TestReportNamesNotIDs(t *testing.T) {
	demoPeople, err := demoFS.ReadFile("demodata/people.csv")
	if err != nil {
		t.Fatal(err)
	}
	genPeople, err := os.ReadFile("../../testdata/sets/gen300/people.csv")
	if err != nil {
		t.Fatal(err)
	}
	sets := []struct {
		name   string
		people map[string]string
		run    func(format string) string
		ego    string
	}{
		{"demo", peopleOf(t, demoPeople), func(f string) string { return reportOfDemo(t, f, false) }, "me"},
		{"gen300", peopleOf(t, genPeople), func(f string) string {
			return reportOf(t, &reportOptions{Inputs: gen300Inputs(), Format: f})
		}, "p000136"},
	}
	for _, set := range sets {
		html := set.run("html")
		p := readPage(t, html)
		md := set.run("md")
		named := 0
		for id, name := range set.people {
			if name == "" || name == id {
				continue
			}
			named++
			for where, text := range map[string]string{"text": p.text, "pictures": p.svgText, "markdown": md} {
				if loc := word(id).FindStringIndex(text); loc != nil {
					t.Errorf("%s %s: the id %q of %s appears: …%s…", set.name, where, id, name, text[max(loc[0]-60, 0):min(loc[1]+60, len(text))])
				}
			}
		}
		if set.name == "demo" {
			if named < 40 {
				t.Fatalf("demo: only %d named people read", named)
			}
			for _, want := range []string{"Priya Raghunathan", "Agnieszka Wiśniewska", "You, Priya Raghunathan and Chidi Okafor lie on the most shortest paths"} {
				if !strings.Contains(p.text, want) || !strings.Contains(md, want) {
					t.Errorf("demo: %q missing", want)
				}
			}
			if !regexp.MustCompile(`<td>You</td>`).MatchString(html) {
				t.Error("demo: the client is not You in the brokers table")
			}
		}
		// Where the data has no name, the id is the name: never "id (id)".
		if m := regexp.MustCompile(`\b(p\d{6}) \(p\d{6}\)`).FindString(p.text + md); m != "" {
			t.Errorf("%s: %q", set.name, m)
		}
		// The client is "you" in the text, never their id.
		if loc := word(set.ego).FindStringIndex(p.text); loc != nil {
			t.Errorf("%s: the client's id %q appears: …%s…", set.name, set.ego, p.text[max(loc[0]-60, 0):min(loc[1]+60, len(p.text))])
		}
		if set.name == "gen300" && !strings.Contains(p.text, "p000051") {
			t.Error("gen300: the top broker p000051 (no name in the data) is not named by its id")
		}
	}
}

// --client puts the client's name in the title; without it the ego's name
// does, when the data gives one; anonymised, the ego's name never appears.
func TestReportClientTitle(t *testing.T) {
	for _, c := range []struct {
		o    reportOptions
		want string
	}{
		{reportOptions{Client: "Acme <AB> & Co"}, "<title>Acme &lt;AB&gt; &amp; Co: do your networks bring you new perspectives?</title>"},
		{reportOptions{}, "<title>Karin Lindqvist: do your networks bring you new perspectives?</title>"},
		{reportOptions{Anonymize: true}, "<title>Do your networks bring you new perspectives?</title>"},
	} {
		o := c.o
		o.Inputs, o.Format, o.fs = demoInputs(), "html", demoFS
		html := reportOf(t, &o)
		if !strings.Contains(html, c.want) {
			t.Errorf("%+v: lacks %s", c.o, c.want)
		}
		o.Format = "md"
		md := reportOf(t, &o)
		title := strings.TrimSuffix(strings.TrimPrefix(c.want, "<title>"), "</title>")
		title = strings.NewReplacer("&lt;", "&lt;", "&gt;", "&gt;").Replace(title)
		if !strings.HasPrefix(md, "# "+title+"\n") {
			t.Errorf("%+v: markdown starts %q", c.o, md[:min(len(md), 90)])
		}
		if c.o.Anonymize && strings.Contains(html+md, "Lindqvist") {
			t.Error("the anonymised report names the client")
		}
	}
}

// The glossary explains, with its source, each measure the report shows,
// and only those; the report points to no repository file.
func TestReportGlossary(t *testing.T) {
	html := reportOfDemo(t, "html", false)
	k := strings.Index(html, `id="glossary"`)
	if k < 0 {
		t.Fatal(`no section id="glossary"`)
	}
	g := html[k:]
	for _, want := range []string{
		"Betweenness", "Freeman 1977", "Constraint", "Burt", "Effective size", "Local bridge", "Granovetter",
		"Easley and Kleinberg", "E-I index", "Krackhardt and Stern 1988", "IQV", "Blau 1977", "Agresti and Agresti 1978",
		"Herfindahl index", "Held only here", "New to you", "Their contacts", "Overlap", "Jaccard", "Diversity gain",
		"Reagans and McEvily 2003", "Embeddedness", "Uzzi 1997", "Give and take", "Communities and modularity",
		"Blondel et al. 2008", "Reciprocity", "Keep and invest", "Change how you take part", "Consider joining",
	} {
		if !strings.Contains(g, want) {
			t.Errorf("the glossary lacks %q", want)
		}
	}
	// Only what the report uses: the demo has no job titles, no verdict
	// "leave"; gen300 has no organisations.
	for _, absent := range []string{"Function and seniority", "<dt>Leave</dt>", "Likely colleagues"} {
		if strings.Contains(g, absent) {
			t.Errorf("the demo's glossary explains %q, which the report does not show", absent)
		}
	}
	gen := reportOf(t, &reportOptions{Inputs: gen300Inputs(), Format: "html"})
	if strings.Contains(gen, "Herfindahl") {
		t.Error("gen300's report explains the Herfindahl index, which it does not show")
	}
	md := reportOfDemo(t, "md", false)
	for _, s := range []string{html, md, gen} {
		if m := regexp.MustCompile(`docs/|\.md\b|graph/|testdata`).FindString(s); m != "" {
			t.Errorf("the report points to a repository file: %q", m)
		}
	}
	if !strings.Contains(md, "## Glossary") || !strings.Contains(md, "**Betweenness**") {
		t.Error("the Markdown report lacks the glossary")
	}
	for _, want := range []string{`id="methods"`, "Louvain method (resolution 1, seed 1", "41 people, 97 tied pairs and 57 memberships in 7 networks"} {
		if !strings.Contains(html, want) {
			t.Errorf("the methods note lacks %q", want)
		}
	}
}

// No two elements share an id, though every picture is drawn by Graphviz
// with the same ids; references follow the prefixed ids.
func TestReportUniqueIDs(t *testing.T) {
	for name, html := range map[string]string{
		"demo":   reportOfDemo(t, "html", false),
		"gen300": reportOf(t, &reportOptions{Inputs: gen300Inputs(), Format: "html"}),
	} {
		p := readPage(t, html)
		seen := map[string]int{}
		for _, id := range p.ids {
			seen[id]++
		}
		for id, n := range seen {
			if n > 1 {
				t.Errorf("%s: id %q %d times", name, id, n)
			}
		}
		if len(p.ids) < 100 || strings.Count(html, "<svg") < 8 {
			t.Errorf("%s: %d ids, %d pictures: the pictures are missing", name, len(p.ids), strings.Count(html, "<svg"))
		}
		for _, m := range regexp.MustCompile(`(?:href="#|url\(#)([^")]+)`).FindAllStringSubmatch(html, -1) {
			if strings.HasPrefix(m[1], "n") {
				continue // the network anchors
			}
			if seen[m[1]] == 0 {
				t.Errorf("%s: a reference to #%s, which no element has", name, m[1])
			}
		}
	}
}

// One figure, one value: what the tables show, the reasons, the summary
// and the charts say alike, to the digit.
func TestReportFiguresAgree(t *testing.T) {
	md := reportOfDemo(t, "md", false)
	html := reportOfDemo(t, "html", false)
	section := func(s, from, to string) string {
		i := strings.Index(s, from)
		if i < 0 {
			t.Fatalf("no %q", from)
		}
		j := strings.Index(s[i+len(from):], to)
		if j < 0 {
			return s[i:]
		}
		return s[i : i+len(from)+j]
	}
	cells := func(line string) []string {
		f := strings.Split(strings.Trim(line, "| "), " | ")
		for k := range f {
			f[k] = strings.ReplaceAll(f[k], `\`, "")
		}
		return f
	}
	judged := section(md, "## Each network judged", "## Välj")
	rows := 0
	for _, line := range strings.Split(section(judged, "| Network |", "\n\n"), "\n")[2:] {
		c := cells(line)
		if len(c) != 9 {
			t.Fatalf("row %q", line)
		}
		rows++
		name := strings.TrimSuffix(c[0], " (not a member)")
		reasons := section(judged, "### "+name+":", "\n### ")
		members, held, score, overlap, balance := c[1], c[2], c[5], c[6], c[7]
		if !regexp.MustCompile(`Members you know: \d+ of `+members+`;`).MatchString(reasons) && !strings.HasSuffix(c[0], "(not a member)") {
			t.Errorf("%s: %s members in the table, not in the reasons:\n%s", name, members, reasons)
		}
		if held != "0" && !regexp.MustCompile(`\(`+held+` contacts?\)`).MatchString(reasons) {
			t.Errorf("%s: %s held only here in the table, not in the reasons", name, held)
		}
		if m := regexp.MustCompile(`(\d+) (?:people|person) reached only through it\)`).FindStringSubmatch(reasons); m != nil && m[1] != score {
			t.Errorf("%s: score %s in the table, %s in the reasons", name, score, m[1])
		}
		if m := regexp.MustCompile(`\(overlap ([0-9.]+)\)`).FindStringSubmatch(reasons); m != nil && m[1] != overlap {
			t.Errorf("%s: overlap %s in the table, %s in the reasons", name, overlap, m[1])
		}
		if !strings.Contains(reasons, "balance "+balance+")") {
			t.Errorf("%s: give and take %s in the table, not in the reasons:\n%s", name, balance, reasons)
		}
	}
	if rows != 7 {
		t.Errorf("%d networks in the table, want 7", rows)
	}
	// The cost table against the reasons.
	for _, line := range strings.Split(section(md, "| Network | Hours a month |", "\n\n"), "\n")[2:] {
		c := cells(line)
		reasons := section(judged, "### "+c[0]+":", "\n### ")
		hours, fee, perHour := c[1], c[2], c[4]
		if hours != "–" && hours != "0" && !strings.Contains(reasons, "It takes "+hours+" h a month: "+perHour+" people") {
			t.Errorf("%s: %s hours and %s per hour in the table, not in the reasons:\n%s", c[0], hours, perHour, reasons)
		}
		if fee != "–" && fee != "0" && !strings.Contains(reasons, "Its fee is "+fee+" a year") {
			t.Errorf("%s: fee %s in the table, not in the reasons", c[0], fee)
		}
	}
	for _, pair := range [][2]string{
		{"You belong to 6 networks, for 20 hours a month and 8,250 a year in fees.", "Your networks take 20 hours a month and 8,250 a year in fees."},
		{"| 41 | 97 | 8 | 0.41 | 0.118 | 0.36 |", "(reciprocity 0.36;"},
		{"97 tied pairs, 74 of them among contacts", "41 people, 97 tied pairs and 57 memberships"},
		{"| All kinds | 46 | 37 | +0.11 |", "giving and receiving are in balance (+0.11)"},
		{"| You | 0.587 | 0.12 | 23 |", "Your constraint is 0.12"},
		{"At most 20 hours a month on networks", "for 20 hours a month"},
	} {
		for _, s := range pair {
			if !strings.Contains(md, strings.ReplaceAll(s, "+", "+")) {
				t.Errorf("markdown lacks %q", s)
			}
		}
	}
	// Each network's bar in the diversity chart reads as its reason (a
	// gain below 0.005 has no reason).
	labels := regexp.MustCompile(`class="val">([+-][0-9.]+) ([^<(]+) \(([0-9.]+\x{a0}→\x{a0}[0-9.]+)\)</text>`).FindAllStringSubmatch(html, -1)
	if len(labels) != 7 {
		t.Fatalf("%d diversity labels, want 7", len(labels))
	}
	reasons := section(html, `id="n1"`, `id="checklist"`)
	for _, l := range labels {
		item := l[2] + " (" + l[3] + ")"
		if l[1] != "+0.00" && !strings.Contains(reasons, item) {
			t.Errorf("the chart's %s %q is in no reason", l[1], item)
		}
	}
}

// chromiumOrSkip returns Chromium's path (CI installs it: .ci/run). It
// skips without Chromium, unless TIES_REQUIRE_BROWSER=1 (as in CI) makes
// that a failure.
func chromiumOrSkip(t *testing.T) string {
	t.Helper()
	const chromium = "/usr/bin/chromium"
	if _, err := os.Stat(chromium); err != nil {
		if os.Getenv("TIES_REQUIRE_BROWSER") == "1" {
			t.Fatal("TIES_REQUIRE_BROWSER=1 but chromium is not installed: apt-get install chromium")
		}
		t.Skip("chromium not installed: apt-get install chromium")
	}
	return chromium
}

// runChromium runs headless Chromium on a file with extra flags and
// returns its standard output.
func runChromium(t *testing.T, dir string, file string, flags ...string) string {
	t.Helper()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
		"--user-data-dir=" + filepath.Join(dir, "profile")}, flags...)
	args = append(args, "file://"+file)
	cmd := exec.Command(chromiumOrSkip(t), args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.String())
	}
	return stdout.String()
}

// pdfPages counts the pages of a PDF that Chromium wrote (Skia writes one
// uncompressed /Type /Page dictionary per page).
func pdfPages(t *testing.T, path string) int {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return len(regexp.MustCompile(`/Type\s*/Page\b[^s]`).FindAll(b, -1))
}

// The demo report prints on at most 10 A4 pages (Chromium's print to PDF,
// as a consultant would print it).
func TestReportPrintsOnTenPages(t *testing.T) {
	chromiumOrSkip(t)
	dir := t.TempDir()
	p := filepath.Join(dir, "report.html")
	if err := os.WriteFile(p, []byte(reportOfDemo(t, "html", false)), 0o644); err != nil {
		t.Fatal(err)
	}
	pdf := filepath.Join(dir, "report.pdf")
	runChromium(t, dir, p, "--no-pdf-header-footer", "--print-to-pdf="+pdf)
	n := pdfPages(t, pdf)
	if n < 4 || n > 10 {
		t.Errorf("the demo report prints on %d A4 pages, want at most 10 (and more than a few: the count is wrong otherwise)", n)
	}
	t.Logf("%d pages", n)
}

// layoutCheck is evaluated in a report's page (by DevTools, which the
// page's Content-Security-Policy does not bind): it measures, after layout,
// every table against its column, every cell's content against the cell,
// every verdict badge (one line, inside its cell) and every word of a
// header or badge (one piece: not broken), and returns the problems, or
// "ok".
const layoutCheck = `(function () {
  var bad = [];
  function say(kind, el, extra) { bad.push(kind + ': ' + (el.textContent || '').trim().slice(0, 60) + (extra ? ' ' + extra : '')); }
  document.querySelectorAll('table').forEach(function (tb) {
    var box = tb.parentElement.getBoundingClientRect(), r = tb.getBoundingClientRect();
    if (r.right > box.right + 0.5 || r.left < box.left - 0.5) say('table wider than its column', tb, r.width + ' > ' + box.width);
    tb.querySelectorAll('th,td').forEach(function (c) {
      if (c.scrollWidth > c.clientWidth + 1) say('cell content overflows', c, c.scrollWidth + ' > ' + c.clientWidth);
    });
  });
  document.querySelectorAll('.badge').forEach(function (b) {
    if (b.getClientRects().length !== 1) say('badge broken across lines', b);
    var cell = b.closest('td,th,h3,p');
    if (cell) {
      var c = cell.getBoundingClientRect(), r = b.getBoundingClientRect();
      if (r.right > c.right + 0.5) say('badge outside its cell', b, r.right + ' > ' + c.right);
    }
  });
  document.querySelectorAll('th,.badge').forEach(function (el) {
    var walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (var n = walk.nextNode(); n; n = walk.nextNode()) {
      var re = /\S+/g, m;
      while ((m = re.exec(n.data))) {
        var rg = document.createRange();
        rg.setStart(n, m.index); rg.setEnd(n, m.index + m[0].length);
        var lines = {};
        Array.prototype.forEach.call(rg.getClientRects(), function (q) { if (q.width > 0) lines[Math.round(q.top)] = 1; });
        if (Object.keys(lines).length > 1) say('word broken', el, m[0]);
      }
    }
  });
  return bad.length ? bad.join(' | ') : 'ok';
})()`

// checkLayout opens a report in a tab of browser b at a window width,
// with the print styles applied on screen when print is set (at the width
// of an A4 page's printable area), and returns the problems layoutCheck
// found.
func checkLayout(t *testing.T, b *reporttest.Browser, name, html string, width int, print bool) string {
	t.Helper()
	if print {
		html = strings.Replace(html, "@media print{", "@media all{", 1)
	}
	return reporttest.Eval[string](b.Open(t, name, html, width, 1200), layoutCheck)
}

// Tables fit their column on a 1280 px screen and on an A4 page: names
// wrap, numbers and verdict badges stay whole, no header or badge breaks
// inside a word; also with a network whose name is one 70-letter word and
// people with long names.
func TestReportTablesFit(t *testing.T) {
	reporttest.Available(t)
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	long := "Göteborgsregionensnäringslivsutvecklingsföreningensmedlemsnätverksgrupp"
	in := inputOptions{
		People: write("people.csv", "id,name,country\nme,Me Myself,SE\na,Alexandra Konstantinopoulou-Vandenberghe,GR\n"+
			"b,Bartholomew Featherstonehaugh-Cholmondeley,UK\nc,Carl,NO\nd,Dora,DK\ne,Eva,FI\n"),
		Memberships: write("memberships.csv", "person_id,network\nme,"+long+"\na,"+long+"\nb,"+long+"\nme,Club\nc,Club\nd,Club\ne,Other\nb,Other\n"),
		Ties:        write("ties.csv", "source,target\nme,a\na,b\nme,c\nc,d\nme,d\nme,e\n"),
		Ego:         "me",
	}
	reports := map[string]string{
		"linkedin":   reportOf(t, &reportOptions{Inputs: inputOptions{People: "../../testdata/linkedin/archive.zip"}, Format: "html"}),
		"demo":       reportOfDemo(t, "html", false),
		"long names": reportOf(t, &reportOptions{Inputs: in, Format: "html"}),
		"gen300":     reportOf(t, &reportOptions{Inputs: gen300Inputs(), Format: "html"}),
	}
	b := reporttest.Start(t)
	for name, html := range reports {
		if got := checkLayout(t, b, name, html, 1280, false); got != "ok" {
			t.Errorf("%s at 1280 px: %s", name, got)
		}
		// A4: 210 mm less the page's margins (12 mm each side) at 96 px to
		// the inch.
		if got := checkLayout(t, b, name+" (A4)", html, 703, true); got != "ok" {
			t.Errorf("%s printed on A4: %s", name, got)
		}
	}
}

// Anonymised, one person has one pseudonym in the tables, the reasons and
// the pictures, and the client stays "you".
func TestReportAnonymizeConsistent(t *testing.T) {
	html := reportOfDemo(t, "html", true)
	p := readPage(t, html)
	rows := regexp.MustCompile(`<tr><td>(Person [2-9A-Z]{4,})</td><td class="n">`).FindAllStringSubmatch(html, -1)
	if len(rows) < 5 || !strings.Contains(html, "<td>You</td>") {
		t.Fatalf("the brokers table: %d pseudonyms, You: %v", len(rows), strings.Contains(html, "<td>You</td>"))
	}
	// The top brokers are labelled in the network picture and named in the
	// findings under the same pseudonym.
	top := rows[0][1]
	if !strings.Contains(p.svgText, top) {
		t.Errorf("%s (the top broker in the table) is not in the pictures", top)
	}
	if !strings.Contains(p.text, "You, "+top) {
		t.Errorf("the brokers finding does not name %s", top)
	}
	held := regexp.MustCompile(`Tied to you only through it: (Person [2-9A-Z]{4,})`).FindStringSubmatch(p.text)
	if held == nil || !strings.Contains(p.svgText, held[1]) {
		t.Errorf("a person held only here is not under the same pseudonym in the brings pictures: %v", held)
	}
}

// ties demo --lang sv writes the demo report in Swedish; the analysis it
// prints stays English (analyze has no Swedish catalog yet).
func TestDemoWritesSwedishReport(t *testing.T) {
	ios, _, _ := testIO()
	path := filepath.Join(t.TempDir(), "rapport.html")
	if err := runDemo(&demoOptions{IO: ios, Format: "table", Report: path, Lang: "sv"}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{`<html lang="sv">`, demoReportTitle["sv"]} {
		if !strings.Contains(s, want) {
			t.Errorf("the Swedish demo report lacks %q", want)
		}
	}
	if strings.Contains(s, demoReportTitle["en"]) {
		t.Error("the Swedish demo report has the English title")
	}
	if err := runDemo(&demoOptions{IO: ios, Format: "table", Report: path, Lang: "de"}); err == nil {
		t.Error("no error for --lang de")
	}
}

// Without an ego the verdict table shows the population's figures
// (evaluate's population mode), not an ego's zeros, and nothing speaks to
// a "you" who is not there.
func TestReportWithoutEgoDescribesPopulation(t *testing.T) {
	in := demoTestdataInputs()
	in.Ego = ""
	md := reportOf(t, &reportOptions{Inputs: in, Format: "md"})
	for _, want := range []string{"| Network | Members | Without ties | Bridging | E-I index | Overlap | Most like | Verdict |",
		"| West Sweden Business Forum | 10 | 0 | 10 | -0.05 | 0.73 | Hisingen Chamber Lunch Club | for everyone |"} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	for _, bad := range []string{"Held only here", "besides you", "(not a member)"} {
		if strings.Contains(md, bad) {
			t.Errorf("report without an ego says %q", bad)
		}
	}
}

// Networks the budget sets aside still bring people: the headline does not
// count them among those that bring nothing.
func TestReportHeadlineWithBudget(t *testing.T) {
	goals := writeFile(t, "goals.csv", "goal,attribute,value,target\nhours,,,12\nfee,,,5000\n")
	md := reportOf(t, &reportOptions{Inputs: demoTestdataInputs(), Goals: goals, Format: "md"})
	if !strings.Contains(md, "**Yes: your networks bring you new perspectives, but together they take more than your budget: 2 to reconsider.**") {
		t.Errorf("headline: %s", md[:min(len(md), 600)])
	}
}

// No section is a heading alone: without any cost, step 4 of the checklist
// says what to add.
func TestReportCostStepNeverEmpty(t *testing.T) {
	md := reportOf(t, &reportOptions{Inputs: inputOptions{People: "../../testdata/contacts/google_contacts.csv"}, Format: "md"})
	i := strings.Index(md, "### 4\\. Weigh time and fees")
	if i < 0 || !strings.Contains(md[i:], "No hours or fees are known for these networks") {
		t.Errorf("step 4 without content")
	}
}

// Without any attribute value, "Who you know" says so instead of showing a
// table header alone.
func TestReportContactsWithoutValues(t *testing.T) {
	in := inputOptions{People: writeFile(t, "p.csv", "id,name\nme,Me\na,A\nb,B\n"), Ties: writeFile(t, "t.csv", "source,target\nme,a\nme,b\n"), Ego: "me"}
	for _, format := range []string{"md", "html"} {
		s := reportOf(t, &reportOptions{Inputs: in, Format: format})
		if !strings.Contains(s, "No one here has a value for any attribute") || strings.Contains(s, "| Attribute |") {
			t.Errorf("%s: who you know without values", format)
		}
	}
}

// One person is "the one person", not "the 1 person".
func TestReportOnePerson(t *testing.T) {
	md := reportOf(t, &reportOptions{Inputs: inputOptions{People: writeFile(t, "p.csv", "id,name,country\na,Ann,SE\n")}, Format: "md"})
	if strings.Contains(md, "the 1 person") || !strings.Contains(md, "the one person") {
		t.Errorf("one person: %s", md[:min(len(md), 400)])
	}
}
