package report

import (
	"strings"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
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
// are numbers.
func TestAnonymizerText(t *testing.T) {
	nw := graph.New()
	for _, p := range [][2]string{{"erik.s", "Erik Sandberg"}, {"2", "Two Person"}, {"me", "Karin Lindqvist"}} {
		nw.AddPerson(p[0], p[1])
	}
	r, err := analysis.Run(nw, analysis.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	a := newAnonymizer(r, true, "")
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
	if a.id("2") == "2" || a.id("erik.s") == "erik.s" {
		t.Error("id() does not pseudonymise every id")
	}
}
