package main

import (
	"strings"
	"testing"
)

// Organisations counted as groups (--org-as-group) are not called
// networks, and a group of one shows no diversity figure.
func TestAnalyzeGroupsTableNamesOrganisations(t *testing.T) {
	ios, out, _ := testIO()
	o := &analyzeOptions{IO: ios, Format: "table", analysisFlags: defaultAnalysisFlags(),
		Inputs: inputOptions{People: "../../testdata/contacts/linkedin_connections.csv", OrgAsGroup: "auto"}}
	if err := runAnalyze(o); err != nil {
		t.Fatal(err)
	}
	page := out.String()
	if strings.Contains(page, "Networks (memberships") || !strings.Contains(page, "Organisations as groups") {
		t.Errorf("groups section of a contact export:\n%s", page)
	}
	_, groups, _ := strings.Cut(page, "Organisations as groups")
	if !strings.Contains(groups, "  Nordvik Medical AB ") {
		t.Errorf("no Nordvik Medical AB among the groups:\n%s", groups)
	}
	for _, line := range strings.Split(groups, "\n") {
		if strings.HasPrefix(line, "  Nordvik Medical AB ") && (strings.Contains(line, "0.00") || !strings.Contains(line, "–")) {
			t.Errorf("a one-person organisation: %q", line)
		}
	}
	ios, out, _ = testIO()
	o = &analyzeOptions{IO: ios, Format: "table", analysisFlags: defaultAnalysisFlags(), Inputs: demoInputs(), fs: demoFS}
	if err := runAnalyze(o); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Networks (memberships: each network's members)") {
		t.Errorf("demo has no networks section")
	}
}

// The exporter of a contact export is "you": sentences about them agree.
func TestAnalyzeTableSpeaksToYou(t *testing.T) {
	ios, out, _ := testIO()
	o := &analyzeOptions{IO: ios, Format: "table", analysisFlags: defaultAnalysisFlags(),
		Inputs: inputOptions{People: "../../testdata/contacts/linkedin_connections.csv", OrgAsGroup: "auto",
			Memberships: writeFile(t, "m.csv", "person_id,network\nasa-oberg-12ab3c,Club A\nzeljko-simic,Club A\n")}}
	if err := runAnalyze(o); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(out.String()), " ")
	if !strings.Contains(text, "You lie on the most shortest paths between others (betweenness): news and ideas pass through you first") {
		t.Errorf("no sentence to you:\n%s", out)
	}
	if !strings.Contains(text, "Networks and organisations") || !strings.Contains(text, "(5 organisations with one person not listed)") || strings.Contains(text, "Nordvik Medical AB (organisation)") {
		t.Errorf("groups table of memberships and organisations:\n%s", out)
	}
	if strings.Contains(text, "you lies") {
		t.Errorf("you lies:\n%s", out)
	}
}

// inspect shows a category whose spaces make it another one quoted: "eng "
// beside eng.
func TestInspectQuotesSpacedValues(t *testing.T) {
	ios, out, _ := testIO()
	o := &inspectOptions{IO: ios, Format: "table", Inputs: inputOptions{People: writeFile(t, "p.csv", "id,name,team\na,A,eng\nb,B,\"eng \"\nc,C,Eng\n"), OrgAsGroup: "auto"}}
	if err := runInspect(o); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"    \"eng \"  1", "    eng     1", "    Eng     1"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
}

// two_mode.reach is [] for an ego who shares no network (sven.e is in
// none of the demo's) and absent without an ego (docs/analyze-json.md).
func TestTwoModeReachOfEgoWithoutNetworks(t *testing.T) {
	for _, tc := range []struct {
		ego, want string
		present   bool
	}{{"sven.e", `"reach":[]`, true}, {"", `"reach"`, false}} {
		ios, out, _ := testIO()
		in := demoTestdataInputs()
		in.Ego = tc.ego
		o := &analyzeOptions{IO: ios, Format: "json", analysisFlags: defaultAnalysisFlags(), Inputs: in}
		if err := runAnalyze(o); err != nil {
			t.Fatal(err)
		}
		compact := strings.Join(strings.Fields(out.String()), "")
		if strings.Contains(compact, tc.want) != tc.present {
			t.Errorf("ego %q: %s present %v, want %v", tc.ego, tc.want, !tc.present, tc.present)
		}
	}
}
