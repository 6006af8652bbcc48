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
