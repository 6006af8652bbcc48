package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tiesnet/ties/graph/outputs/report/reporttest"
)

// The report explored in a real browser: Debian's Chromium, headless,
// driven through the DevTools protocol (graph/outputs/report/reporttest), one browser
// and a tab for each report (the demo with its goals, in English and in
// Swedish, gen300, a LinkedIn export, the demo anonymised), at 1280 × 900
// px. Each page must load without
// a console error, every diagram's script must have run, tables must fit,
// diagram text must be 11 px at least and labels must not overlap; pointing
// at a person lights their ties and shows their card, search finds a person
// by name, a filter dims the others and a network's click lights its
// members (reporttest.CheckReport). TIES_BROWSER_SHOTS=DIR keeps a
// screenshot of every step. The 3 000-person report is checked in
// graph/outputs/report (it is built from graph/internal/socialgen).
func TestReportInBrowser(t *testing.T) {
	reporttest.Available(t)
	start := time.Now()
	b := reporttest.Start(t)
	shots := os.Getenv("TIES_BROWSER_SHOTS")
	demoPeople, err := demoFS.ReadFile("demodata/people.csv")
	if err != nil {
		t.Fatal(err)
	}
	reports := []struct {
		name string
		html func(t *testing.T) string
	}{
		{"demo", func(t *testing.T) string {
			return reportOf(t, &reportOptions{Inputs: demoInputs(), Goals: "demodata/goals.csv", Format: "html", Lang: "en", fs: demoFS})
		}},
		{"demo-sv", func(t *testing.T) string {
			return reportOf(t, &reportOptions{Inputs: demoInputs(), Goals: "demodata/goals.csv", Format: "html", Lang: "sv", fs: demoFS})
		}},
		{"gen300", func(t *testing.T) string {
			return reportOf(t, &reportOptions{Inputs: gen300Inputs(), Format: "html", Lang: "en"})
		}},
		{"linkedin", func(t *testing.T) string {
			return reportOf(t, &reportOptions{Inputs: inputOptions{People: "../../testdata/linkedin/archive.zip"}, Format: "html", Lang: "en"})
		}},
		{"demo-anonymized", func(t *testing.T) string {
			return reportOf(t, &reportOptions{Inputs: demoInputs(), Goals: "demodata/goals.csv", Format: "html", Lang: "en", Anonymize: true, fs: demoFS})
		}},
	}
	for _, r := range reports {
		t.Run(r.name, func(t *testing.T) {
			t.Parallel()
			p := b.Open(t, r.name, r.html(t), 1280, 900)
			reporttest.CheckReport(t, p, shots)
			if r.name != "demo-anonymized" {
				return
			}
			// What the script wrote into the page (names on the nodes, the
			// card, the lists) names nobody and shows no id either.
			dom := reporttest.Eval[string](p, `document.documentElement.outerHTML`)
			for id, name := range peopleOf(t, demoPeople) {
				if name != "" && strings.Contains(dom, name) {
					t.Errorf("the anonymised page names %q after exploring", name)
				}
				if len(id) > 2 && strings.Contains(dom, id) {
					t.Errorf("the anonymised page holds the id %q after exploring", id)
				}
			}
		})
	}
	t.Cleanup(func() { t.Logf("the browser tests took %v", time.Since(start).Round(time.Millisecond)) })
}

// A name of 3 000 characters without a space (a person's and a
// network's) wraps inside its section at 1280 px: no element of the page
// reaches past the section (the card) that holds it, and the page does
// not scroll sideways.
func TestReportLongNamesInBrowser(t *testing.T) {
	reporttest.Available(t)
	dir := t.TempDir()
	long := strings.Repeat("Wolfeschlegelsteinhausenbergerdorff", 86)[:3000]
	net := string([]rune(strings.Repeat("Förbundet", 334))[:3000])
	write := func(name, s string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	people := write("people.csv", "id,name,function,organisation\nme,Ann "+long+",design,"+long+"\na,"+long+",research,"+long+
		"\nb,Bo,data,Acme\nc,Cy,engineering,Acme\nd,Di,research,Beta\ne,Ed,data,Beta\n")
	ties := write("ties.csv", "source,target\nme,a\na,b\na,c\nb,c\nme,d\nd,e\nme,b\n")
	memberships := write("memberships.csv", "person_id,network\nme,"+net+"\na,"+net+"\nd,"+net+"\ne,Other\nme,Other\n")
	html := reportOf(t, &reportOptions{Inputs: inputOptions{People: people, Ties: ties, Memberships: memberships, Ego: "me"},
		Format: "html", Lang: "en"})
	b := reporttest.Start(t)
	p := b.Open(t, "long-names", html, 1280, 900)
	bad := reporttest.Eval[[]string](p, `(function () {
  var bad = [];
  document.querySelectorAll('main > header, main section').forEach(function (s) {
    var box = s.getBoundingClientRect();
    // Every run of text, measured as drawn (a word too long for its
    // box overflows the box, not the box's size).
    var w = document.createTreeWalker(s, NodeFilter.SHOW_TEXT), n, range = document.createRange();
    while ((n = w.nextNode())) {
      if (!/\S/.test(n.textContent) || n.parentElement.closest('svg')) continue;
      range.selectNodeContents(n);
      var r = range.getBoundingClientRect();
      if (r.width > 0 && r.right > box.right + 0.5 && bad.length < 12) bad.push(n.parentElement.tagName + ': ' + r.right.toFixed(0) + ' > ' + box.right.toFixed(0) + ' ' + n.textContent.trim().slice(0, 40));
    }
  });
  if (document.documentElement.scrollWidth > innerWidth + 1) bad.push('the page scrolls sideways: ' + document.documentElement.scrollWidth);
  return bad;
})()`)
	for _, s := range bad {
		t.Error(s)
	}
	if !strings.Contains(html, long) {
		t.Error("the report does not show the long name")
	}
}
