package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Ids and network names that start with = + - @ are written with an
// apostrophe (against formula injection) and read back without it; marks
// beyond yes and no are read as the sheet means them, noted.
func TestTemplateRoundTripOfFormulaCharacters(t *testing.T) {
	dir := t.TempDir()
	people := filepath.Join(dir, "people.csv")
	if err := os.WriteFile(people, []byte("id,name,organization\nme,Me Self,\n-5,Minus Five,Acme\n+46701,Phone Guy,Beta\n=x,Eq,Gamma\n@al,At Al,Delta\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sheet := filepath.Join(dir, "sheet.csv")
	_, out, errOut := testIO()
	if code := execute([]string{"template", "memberships", "--people", people, "--ego", "me", "--network", "=1+1", "--out", sheet}, out, errOut); code != exitOK {
		t.Fatalf("template exit %d: %s", code, errOut)
	}
	b, _ := os.ReadFile(sheet)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	marks := map[string]string{"'-5": "x", "'+46701": "maybe", "'=x": "-", "'@al": "✓"}
	for k, line := range lines[1:] {
		cells := strings.Split(line, ",")
		if m, ok := marks[cells[0]]; ok {
			cells[len(cells)-1] = m
			lines[k+1] = strings.Join(cells, ",")
		}
	}
	if err := os.WriteFile(sheet, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, out, errOut = testIO()
	if code := execute([]string{"inspect", "--people", people, "--ego", "me", "--memberships", sheet, "--format", "json", "--strict"}, out, errOut); code != exitOK {
		t.Fatalf("inspect exit %d: %s", code, errOut)
	}
	var doc struct {
		Totals struct{ People, Memberships int } `json:"totals"`
		Files  []struct {
			Role          string         `json:"role"`
			NotesByReason map[string]int `json:"notes_by_reason"`
		} `json:"files"`
		Groups []struct {
			Name string `json:"name"`
		} `json:"groups"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	// me (marked by the template), -5 (x), +46701 (maybe, noted), @al (✓); =x said no.
	if doc.Totals.People != 5 || doc.Totals.Memberships != 4 {
		t.Errorf("people %d memberships %d, want 5 and 4:\n%s", doc.Totals.People, doc.Totals.Memberships, out)
	}
	for _, f := range doc.Files {
		if f.Role == "memberships" && (f.NotesByReason["mark read as member"] != 1 || f.NotesByReason["no membership"] != 1) {
			t.Errorf("memberships notes %v", f.NotesByReason)
		}
	}
	_, out, errOut = testIO()
	if code := execute([]string{"analyze", "--people", people, "--ego", "me", "--memberships", sheet, "--format", "json", "-q"}, out, errOut); code != exitOK {
		t.Fatalf("analyze exit %d: %s", code, errOut)
	}
	if !strings.Contains(out.String(), `"=1+1"`) || strings.Contains(out.String(), `'=1+1`) {
		t.Errorf("network name not read back as =1+1")
	}
}

// An id that starts with an apostrophe stays apart from the id the
// apostrophe would protect: "'-5" and "-5" are two people after the round
// trip through the sheet, each with their own memberships.
func TestTemplateRoundTripOfApostrophes(t *testing.T) {
	dir := t.TempDir()
	people := filepath.Join(dir, "people.csv")
	if err := os.WriteFile(people, []byte("id,name\nme,Me\n-5,Minus\n'-5,Quoted Minus\n'x,Quoted X\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sheet := filepath.Join(dir, "sheet.csv")
	_, out, errOut := testIO()
	if code := execute([]string{"template", "memberships", "--people", people, "--ego", "me", "--network", "Chess", "--out", sheet}, out, errOut); code != exitOK {
		t.Fatalf("template exit %d: %s", code, errOut)
	}
	b, _ := os.ReadFile(sheet)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	marked := 0
	for k, line := range lines[1:] {
		if cells := strings.Split(line, ","); cells[0] == "''-5" || cells[0] == "''x" {
			cells[len(cells)-1] = "x"
			lines[k+1] = strings.Join(cells, ",")
			marked++
		}
	}
	if marked != 2 {
		t.Fatalf("sheet does not write '-5 as ''-5 and 'x as ''x:\n%s", b)
	}
	if err := os.WriteFile(sheet, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, out, errOut = testIO()
	if code := execute([]string{"analyze", "--people", people, "--ego", "me", "--memberships", sheet, "--format", "json", "--strict", "-q"}, out, errOut); code != exitOK {
		t.Fatalf("analyze exit %d: %s", code, errOut)
	}
	var doc struct {
		Nodes struct {
			Degree map[string]float64 `json:"degree"`
		} `json:"nodes"`
		TwoMode struct {
			Groups map[string]struct {
				Members []string `json:"members"`
			} `json:"groups"`
		} `json:"two_mode"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if _, ok := doc.Nodes.Degree["'-5"]; len(doc.Nodes.Degree) != 4 || !ok {
		t.Errorf("people after the round trip %v, want 4 with '-5", doc.Nodes.Degree)
	}
	if m := doc.TwoMode.Groups["Chess"].Members; len(doc.TwoMode.Groups) != 1 || !slices.Equal(m, []string{"'-5", "'x", "me"}) {
		t.Errorf("groups %+v, want Chess with me, '-5 and 'x", doc.TwoMode.Groups)
	}
}
