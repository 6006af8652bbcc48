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
)

func reportOfDemo(t *testing.T, format string, anonymize bool) string {
	t.Helper()
	ios, out, _ := testIO()
	o := &reportOptions{IO: ios, Inputs: demoInputs(), analysisFlags: defaultAnalysisFlags(), Format: format, Anonymize: anonymize, fs: demoFS}
	if err := runReport(o); err != nil {
		t.Fatal(err)
	}
	return out.String()
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
	chromium := "/usr/bin/chromium"
	if _, err := os.Stat(chromium); err != nil {
		t.Skip("chromium not installed: apt-get install chromium")
	}
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
