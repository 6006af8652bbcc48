package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const linkedInSample = "../../testdata/contacts/linkedin_connections.csv"

// The memberships sheet lists the ego (marked) and every contact; filled
// in and given back with --memberships, its marks are the memberships.
func TestTemplateMembershipsRoundTrip(t *testing.T) {
	dir := t.TempDir()
	sheet := filepath.Join(dir, "memberships.csv")
	_, out, errOut := testIO()
	code := execute([]string{"template", "memberships", "--people", linkedInSample, "--network", "Product Circle",
		"--network", "=Nordic Guild", "--out", sheet}, out, errOut)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	b, err := os.ReadFile(sheet)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if lines[0] != "person_id,name,organization,Product Circle,'=Nordic Guild" {
		t.Errorf("header %q (a cell starting with = is escaped)", lines[0])
	}
	if !strings.HasPrefix(lines[1], "me,you,") || !strings.HasSuffix(lines[1], ",x,x") {
		t.Errorf("ego row %q: the ego first, marked in every network", lines[1])
	}
	// Mark the first two contacts in Product Circle and write "no" for the
	// third: read as not a member, and noted.
	for k := 2; k <= 4; k++ {
		cells := strings.Split(lines[k], ",")
		switch k {
		case 4:
			cells[len(cells)-2] = "nej"
		default:
			cells[len(cells)-2] = "x"
		}
		lines[k] = strings.Join(cells, ",")
	}
	if err := os.WriteFile(sheet, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, out, errOut = testIO()
	code = execute([]string{"inspect", "--people", linkedInSample, "--memberships", sheet, "--format", "json"}, out, errOut)
	if code != exitOK {
		t.Fatalf("inspect exit %d: %s", code, errOut)
	}
	s := out.String()
	for _, want := range []string{`"format": "memberships-wide"`, `"memberships": 4`, `"no membership": 1`} {
		if !strings.Contains(s, want) {
			t.Errorf("inspect of the filled sheet lacks %s", want)
		}
	}
}

func TestTemplateUsage(t *testing.T) {
	for _, args := range [][]string{
		{"template"},
		{"template", "goals", "--people", linkedInSample},
		{"template", "memberships"},
		{"template", "memberships", "--people", linkedInSample, "--network", "name"},
		{"template", "memberships", "--people", linkedInSample, "--network", "A", "--network", "A"},
	} {
		_, out, errOut := testIO()
		if code := execute(args, out, errOut); code != exitUsage {
			t.Errorf("%v: exit %d, want %d: %s", args, code, exitUsage, errOut)
		}
	}
}
