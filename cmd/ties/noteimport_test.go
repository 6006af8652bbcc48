package main

import (
	"strings"
	"testing"
)

// ties evaluate reads a people file strictly; --strict=false reads on, and
// says on standard error what it decided, as every command whose output
// does not say it; -q silences that.
func TestEvaluateStrictAndImportNote(t *testing.T) {
	people := writeFile(t, "people.csv", "id,name,team\nme,Me,a\nb,Bo,b\nc,Cy,c\n")
	members := writeFile(t, "memberships.csv", "person_id,network\nme,g\nb,g\nghost,g\nc,h\n")
	ties := writeFile(t, "ties.csv", "source,target\nme,b\nb,c\n")
	args := []string{"evaluate", "--people", people, "--memberships", members, "--ties", ties, "--ego", "me"}
	ios, out, errOut := testIO()
	if code := executeWith(args, ios); code != exitError || !strings.Contains(errOut.String(), `memberships.csv:4:1: "ghost" is not in the people file`) ||
		!strings.Contains(errOut.String(), "--strict=false") || out.Len() > 0 {
		t.Errorf("strict: exit %d, stderr %q, stdout %q", code, errOut, out)
	}
	ios, out, errOut = testIO()
	if code := executeWith(append(args, "--strict=false"), ios); code != exitOK || out.Len() == 0 ||
		!strings.Contains(errOut.String(), "ties: 1 decision noted (unknown person added 1); ties inspect with the same files lists them") {
		t.Errorf("not strict: exit %d, stderr %q", code, errOut)
	}
	ios, _, errOut = testIO()
	if code := executeWith(append(args, "--strict=false", "-q"), ios); code != exitOK || errOut.Len() > 0 {
		t.Errorf("quiet: exit %d, stderr %q", code, errOut)
	}
}

// A report without an ego says so in its headline, and warns.
func TestReportWithoutEgo(t *testing.T) {
	people := writeFile(t, "people.csv", "id,name,team\nme,Me,a\nb,Bo,b\nc,Cy,c\n")
	members := writeFile(t, "memberships.csv", "person_id,network\nme,g\nb,g\nc,h\n")
	ios, out, errOut := testIO()
	if code := executeWith([]string{"report", "--people", people, "--memberships", members, "--format", "md"}, ios); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out.String(), "No one is named as you (--ego)") || strings.Contains(out.String(), "You belong to none") ||
		!strings.Contains(errOut.String(), "no ego") {
		t.Errorf("report without ego:\n%s\nstderr %s", out.String()[:min(out.Len(), 600)], errOut)
	}
}
