package main

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// With sampled betweenness the brokers table ranks people with their
// interval, and each interval holds the exact value.
func TestSampledBrokersShowTheirInterval(t *testing.T) {
	gen := "../../testdata/sets/gen300/"
	run := func(samples int) string {
		ios, out, _ := testIO()
		o := defaultAnalyzeOptions(ios)
		o.Inputs = inputOptions{People: gen + "people.csv", Ties: gen + "ties.csv"}
		o.BetweennessSamples = samples
		if err := runAnalyze(o); err != nil {
			t.Fatal(err)
		}
		s := out.String()
		// The brokers section only.
		from, to := strings.Index(s, "Top brokers"), strings.Index(s, "Bridges")
		if from < 0 || to < from {
			t.Fatalf("no brokers section:\n%s", s)
		}
		return s[from:to]
	}
	row := regexp.MustCompile(`(?m)^  (p\d+)\s+([0-9.]+)(?: \(([0-9.]+)–([0-9.]+)\))?\s`)
	exact := map[string]float64{}
	for _, m := range row.FindAllStringSubmatch(run(0), -1) {
		exact[m[1]], _ = strconv.ParseFloat(m[2], 64)
	}
	s := run(3000)
	if !strings.Contains(strings.Join(strings.Fields(s), " "), "Betweenness is estimated from 3,000 sampled pairs of people: with 95 % confidence") {
		t.Errorf("no word on the sampling:\n%s", s)
	}
	rows := row.FindAllStringSubmatch(s, -1)
	if len(rows) != topBrokersShown {
		t.Fatalf("%d broker rows:\n%s", len(rows), s)
	}
	for _, m := range rows {
		est, _ := strconv.ParseFloat(m[2], 64)
		lo, err1 := strconv.ParseFloat(m[3], 64)
		hi, err2 := strconv.ParseFloat(m[4], 64)
		if err1 != nil || err2 != nil || !(lo <= est && est <= hi) || est == 0 {
			t.Errorf("row %q: want an estimate inside its interval", m[0])
		}
		if x, ok := exact[m[1]]; ok && (x < lo-0.0005 || x > hi+0.0005) {
			t.Errorf("%s: exact %v outside the stated interval [%v, %v]", m[1], x, lo, hi)
		}
	}
}
