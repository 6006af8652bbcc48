package report

import (
	"bytes"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/outputs/words"
)

// The report's own figures are written in its language: the same digits,
// the Swedish way under Swedish.
func TestFiguresInLanguage(t *testing.T) {
	sv, err := words.NewIn("sv", nil)
	if err != nil {
		t.Fatal(err)
	}
	en, sw := figures{words.New(nil)}, figures{sv}
	const nb = "\u00a0"
	for _, c := range []struct {
		name   string
		f      func(figures) string
		en, sv string
	}{
		{"fmt2", func(f figures) string { return f.fmt2(0.118) }, "0.12", "0,12"},
		{"fmt3", func(f figures) string { return f.fmt3(0.5873) }, "0.587", "0,587"},
		{"balance", func(f figures) string { return f.fmtBalance(-0.2222) }, "-0.22", "−0,22"},
		{"balance plus", func(f figures) string { return f.fmtBalance(0.15) }, "+0.15", "+0,15"},
		{"amount", func(f figures) string { return f.fmtAmount(8250) }, "8,250", "8" + nb + "250"},
		{"amount decimals", func(f figures) string { return f.fmtAmount(1.5) }, "1.5", "1,5"},
		{"int", func(f figures) string { return f.fmtInt(2550) }, "2,550", "2" + nb + "550"},
		{"undefined", func(f figures) string { return f.fmt2(math.NaN()) }, dash, dash},
	} {
		if got := c.f(en); got != c.en {
			t.Errorf("%s, English: %q, want %q", c.name, got, c.en)
		}
		if got := c.f(sw); got != c.sv {
			t.Errorf("%s, Swedish: %q, want %q", c.name, got, c.sv)
		}
	}
}

// Data.Lang chooses the catalog: Swedish words, a Swedish date and
// <html lang="sv">; a language without a catalog is an error.
func TestReportLanguage(t *testing.T) {
	nw := graph.New()
	for _, p := range [][2]string{{"me", "Karin Lindqvist"}, {"a", "Anna"}, {"b", "Bo"}} {
		nw.AddPerson(p[0], p[1])
	}
	nw.Ego = 0
	r, err := analysis.Run(nw, analysis.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	d := Data{Analysis: r, Date: time.Date(2026, time.December, 1, 0, 0, 0, 0, time.UTC), Lang: "sv"}
	var b bytes.Buffer
	if err := HTML(&b, d); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, want := range []string{`<html lang="sv">`, "1 december 2026", "ger dina nätverk dig nya perspektiv?", "Så togs rapporten fram"} {
		if !strings.Contains(page, want) {
			t.Errorf("the Swedish report lacks %q", want)
		}
	}
	b.Reset()
	d.Lang = ""
	if err := Markdown(&b, d); err != nil || !strings.Contains(b.String(), "1 December 2026") {
		t.Errorf("the default is English: %v\n%.300s", err, b.String())
	}
	d.Lang = "de"
	if err := HTML(&b, d); err == nil {
		t.Error("a report in German was written")
	}
}
