package main

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// timeDir holds two LinkedIn exports a year apart (testdata/time/README.md
// works out every figure by hand).
const timeDir = "../../testdata/time"

func timeOptions(format string) *compareOptions {
	ios, _, _ := testIO()
	return &compareOptions{IO: ios, Format: format, Before: filepath.Join(timeDir, "Connections-2025.csv"),
		Inputs: inputOptions{People: filepath.Join(timeDir, "Connections-2026.csv"), Memberships: filepath.Join(timeDir, "memberships.csv"), NoDerive: true}}
}

func runCompareTo(t *testing.T, opts *compareOptions) string {
	t.Helper()
	ios, out, errOut := testIO()
	opts.IO = ios
	if err := runCompare(opts); err != nil {
		t.Fatalf("%v (%s)", err, errOut)
	}
	return out.String()
}

// The command line reaches the options.
func TestCompareFlags(t *testing.T) {
	ios, _, _ := testIO()
	var got *compareOptions
	cmd := newCmdCompare(ios, func(o *compareOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"--before", "old.csv", "--people", "new.csv", "--before-ties", "old-ties.csv", "--memberships", "m.csv",
		"-a", "organization", "--format", "json", "--out", "c.json", "-q"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.Before != "old.csv" || got.Inputs.People != "new.csv" || got.BeforeTies != "old-ties.csv" || got.Inputs.Memberships != "m.csv" ||
		!reflect.DeepEqual(got.Attributes, []string{"organization"}) || got.Format != "json" || got.Out != "c.json" || !got.IO.Quiet {
		t.Errorf("options %+v", got)
	}
}

// Every figure of testdata/time, exactly.
func TestCompareTwoExports(t *testing.T) {
	var doc struct {
		SchemaVersion int            `json:"schema_version"`
		Contacts      map[string]int `json:"contacts"`
		Changed       map[string]int `json:"changed"`
		Diversity     map[string]struct {
			Before, After float64
			K             int
		} `json:"diversity"`
		EffectiveSize map[string]*float64 `json:"effective_size"`
		Constraint    map[string]*float64 `json:"constraint"`
		TieChurn      float64             `json:"tie_churn"`
		Networks      []struct {
			Network     string
			Added       int
			AddedPeople []string `json:"added_people"`
		} `json:"networks"`
		People   map[string][]string `json:"people"`
		Findings []string            `json:"findings"`
	}
	if err := json.Unmarshal([]byte(runCompareTo(t, timeOptions("json"))), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.SchemaVersion != 1 {
		t.Errorf("schema_version %d", doc.SchemaVersion)
	}
	if want := map[string]int{"before": 4, "after": 6, "added": 3, "dropped": 1, "kept": 3, "rematched": 1}; !reflect.DeepEqual(doc.Contacts, want) {
		t.Errorf("contacts %v, want %v", doc.Contacts, want)
	}
	if want := map[string]int{"organization": 1, "position": 1}; !reflect.DeepEqual(doc.Changed, want) {
		t.Errorf("changed %v, want %v", doc.Changed, want)
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-12 }
	if o := doc.Diversity["organization"]; !near(o.Before, 0.75) || !near(o.After, 1) || o.K != 6 {
		t.Errorf("organization diversity %+v", o)
	}
	if p := doc.Diversity["position"]; !near(p.Before, 0.9) || !near(p.After, 0.8) || p.K != 6 {
		t.Errorf("position diversity %+v", p)
	}
	if !near(doc.TieChurn, 4.0/7) {
		t.Errorf("churn %v, want 4/7", doc.TieChurn)
	}
	for _, ba := range []map[string]*float64{doc.EffectiveSize, doc.Constraint} {
		if len(ba) != 2 || ba["before"] != nil || ba["after"] != nil {
			t.Errorf("brokerage without ties among contacts: %v, want nulls", ba)
		}
	}
	if len(doc.Networks) != 2 || doc.Networks[0].Network != "Nordic Design Guild" || doc.Networks[0].Added != 2 ||
		!reflect.DeepEqual(doc.Networks[0].AddedPeople, []string{"Ed Gran", "Fa Holm"}) || doc.Networks[1].Added != 1 {
		t.Errorf("networks %+v", doc.Networks)
	}
	if want := map[string][]string{"added": {"Ed Gran", "Fa Holm", "Gu Ivarsson"}, "dropped": {"Di Falk"}, "rematched": {"Cy Dahl"}}; !reflect.DeepEqual(doc.People, want) {
		t.Errorf("people %v, want %v", doc.People, want)
	}
	if want := "You added 3 contacts and dropped 1; your contacts are now more varied by organization (IQV 0.75 → 1.00), mostly through Nordic Design Guild."; doc.Findings[0] != want {
		t.Errorf("first finding %q, want %q", doc.Findings[0], want)
	}

	table := runCompareTo(t, timeOptions("table"))
	if !strings.HasPrefix(table, "  You added 3 contacts and dropped 1;") {
		t.Errorf("the table does not start with the sentences:\n%s", table)
	}
	// Every cell under a heading holds something: the contacts' row is
	// named.
	for _, want := range []string{`organization\s+1\s+0\.75\s+1\.00`, `position\s+1\s+0\.90\s+0\.80`,
		`CONTACTS\s+BEFORE\s+AFTER\s+ADDED\s+DROPPED\s+KEPT\s+REMATCHED\s+CHURN\n\s+yours\s+4\s+6\s+3\s+1\s+3\s+1\s+0\.57\n`, `Nordic Design Guild\s+2`} {
		if !regexp.MustCompile(want).MatchString(table) {
			t.Errorf("the table has no %q:\n%s", want, table)
		}
	}

	csvOut := runCompareTo(t, timeOptions("csv"))
	for _, want := range []string{"measure,key,before,after,value\n", "contacts,,4,6,\n", "contacts.added,,,,3\n", "contacts.rematched,,,,1\n",
		"tie_churn,,,,0.5714285714285714\n", "changed,organization,,,1\n", "diversity,organization,0.75,1,\n", "network.added,Nordic Design Guild,,,2\n",
		"effective_size,,,,\n"} {
		if !strings.Contains(csvOut, want) {
			t.Errorf("the CSV has no %q:\n%s", want, csvOut)
		}
	}
}

// Without matching by name and Connected On, Cy's new profile address
// would read as one contact dropped and one added: compare the same
// exports with Cy's date changed in the newer one.
func TestCompareRematchNeedsTheDay(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(timeDir, "Connections-2026.csv"))
	if err != nil {
		t.Fatal(err)
	}
	newer := writeFile(t, "Connections.csv", strings.Replace(string(b), "07 Mar 2022", "08 Mar 2022", 1))
	opts := timeOptions("csv")
	opts.Inputs.People = newer
	out := runCompareTo(t, opts)
	for _, want := range []string{"contacts.added,,,,4\n", "contacts.dropped,,,,2\n", "contacts.kept,,,,2\n", "contacts.rematched,,,,0\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q:\n%s", want, out)
		}
	}
}

// Two exports of different kinds have ids that cannot match: a usage
// error, as are a missing --before and an attribute one export lacks.
func TestCompareUsageErrors(t *testing.T) {
	people := writeFile(t, "people.csv", "id,name,organization\nann-berg,Ann Berg,Acme\n")
	for name, set := range map[string]func(*compareOptions){
		"kinds":     func(o *compareOptions) { o.Before = people },
		"no before": func(o *compareOptions) { o.Before = "" },
		"attribute": func(o *compareOptions) { o.Attributes = []string{"country"} },
		"format":    func(o *compareOptions) { o.Format = "xml" },
	} {
		opts := timeOptions("table")
		set(opts)
		err := runCompare(opts)
		var ue *usageError
		if !errors.As(err, &ue) {
			t.Errorf("%s: %v, want a usage error", name, err)
		}
	}
}

// The evaluation of the newer export says what Nordic Design Guild brought
// since the ego joined it (testdata/time/README.md).
func TestEvaluateSinceJoining(t *testing.T) {
	ios, out, errOut := testIO()
	opts := &evaluateOptions{IO: ios, Format: "json", Inputs: timeOptions("").Inputs, analysisFlags: defaultAnalysisFlags()}
	if err := runEvaluate(opts); err != nil {
		t.Fatalf("%v (%s)", err, errOut)
	}
	var doc struct {
		Networks []struct {
			Network string
			Joined  *string
			Since   *int     `json:"contacts_since_joining"`
			PerYear *float64 `json:"contacts_per_year_since_joining"`
			People  []string `json:"contacts_since_joining_people"`
			Reasons []string
		}
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, n := range doc.Networks {
		switch n.Network {
		case "Nordic Design Guild":
			seen++
			if n.Joined == nil || *n.Joined != "2024-03-01" || n.Since == nil || *n.Since != 2 || n.PerYear == nil ||
				math.Abs(*n.PerYear-2*365.2425/690) > 1e-12 || !reflect.DeepEqual(n.People, []string{"Ed Gran", "Fa Holm"}) {
				t.Errorf("Guild: %+v", n)
			}
			if want := "Since you joined in March 2024, you connected with 2 of its members (1.1 a year)."; !slices.Contains(n.Reasons, want) {
				t.Errorf("Guild's reasons lack %q: %q", want, n.Reasons)
			}
		case "Alumni Club":
			seen++
			if n.Joined != nil || n.Since != nil || n.PerYear != nil || n.People != nil {
				t.Errorf("Alumni Club (the ego's since unknown): %+v", n)
			}
		}
	}
	if seen != 2 {
		t.Errorf("networks %+v", doc.Networks)
	}
}

// Every key ties compare writes is named in docs/time.md (attribute and
// network names are data, not keys).
func TestCompareJSONDocumented(t *testing.T) {
	doc, err := os.ReadFile("../../docs/time.md")
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(runCompareTo(t, timeOptions("json"))), &got); err != nil {
		t.Fatal(err)
	}
	byData := map[string]bool{"changed": true, "diversity": true}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, v := range x {
				p := k
				if path != "" {
					p = path + "." + k
				}
				if !byData[path] && !strings.Contains(string(doc), "`"+p+"`") && !strings.Contains(string(doc), "`"+k+"`") {
					t.Errorf("docs/time.md does not name %q", p)
				}
				walk(p, v)
			}
		case []any:
			for _, v := range x {
				walk(path+"[]", v)
			}
		}
	}
	walk("", got)
}

// ties report --before adds "What changed", and its timeline stacks each
// year's contacts by the network shared with the ego (testdata/time).
func TestReportWhatChanged(t *testing.T) {
	inputs := timeOptions("").Inputs
	before := filepath.Join(timeDir, "Connections-2025.csv")
	md := reportOf(t, &reportOptions{Inputs: inputs, Before: before, Format: "md"})
	for _, want := range []string{
		"| 2020 | 1 | Nordic Design Guild 1 |\n", // Ann, a member of the Guild, before the ego joined it
		"| 2021 | 1 | Alumni Club 1 |\n",
		"| 2022 | 1 | No shared network 1 |\n", // Cy
		"| 2023 | 0 |  |\n",
		"| 2024 | 1 | Nordic Design Guild 1 |\n",
		"| 2026 | 1 | Alumni Club 1 |\n",
		"## What changed since your last export\n",
		"- You added 3 contacts and dropped 1; your contacts are now more varied by organization (IQV 0.75 → 1.00), mostly through Nordic Design Guild.\n",
		"| Figure | Before | Now |\n",
		"| Contacts | 4 | 6 |\n",
		"| Diversity by organization (IQV) | 0.75 | 1.00 |\n",
		"| Diversity by position (IQV) | 0.90 | 0.80 |\n",
		"Compared with your earlier export, contact by contact:\n",
		// One contact a year: no year has the most.
		"6 of your 6 connections have a date, from 2020 to 2026.\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the report has no %q", want)
		}
	}
	// No empty heading, no path into the documentation, no "most" of a
	// tie.
	for _, not := range []string{"| |", "docs/", "began in"} {
		if strings.Contains(md, not) {
			t.Errorf("the report holds %q", not)
		}
	}
	html := reportOf(t, &reportOptions{Inputs: inputs, Before: before, Format: "html"})
	if !strings.Contains(html, `<section id="changed">`) || !strings.Contains(html, `<title>2024 · Nordic Design Guild: 1</title>`) {
		t.Errorf("the HTML report lacks the section or the timeline's segments")
	}
	if !strings.Contains(html, `<th scope="col">Figure</th>`) || strings.Contains(html, `<th scope="col"></th>`) || strings.Contains(html, "docs/") {
		t.Errorf("the HTML table of what changed has an empty heading, or the page a path into the documentation")
	}
	// In Swedish, every word of both from the catalog.
	phrases, lone := englishFragments()
	data := inputText(t, inputs)
	for _, format := range []string{"html", "md"} {
		page := reportOf(t, &reportOptions{Inputs: inputs, Before: before, Format: format, Lang: "sv"})
		text := readerText(page, format)
		for _, want := range []string{"Vad som ändrats sedan din förra export", "Du lade till 3 kontakter och tappade 1", "Inget gemensamt nätverk", "Mått"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: no %q", format, want)
			}
		}
		for _, p := range phrases {
			if k := strings.Index(text, p); k >= 0 && !strings.Contains(data, p) {
				t.Errorf("%s: English in the Swedish report: %q in …%s…", format, p, around(text, k, len(p)))
			}
		}
		for _, w := range lone {
			if wordIn(text, w) && !wordIn(data, w) {
				t.Errorf("%s: English word in the Swedish report: %q", format, w)
			}
		}
	}
}
