package main

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

func evaluateDemo(t *testing.T, mod func(*evaluateOptions)) string {
	t.Helper()
	ios, out, _ := testIO()
	o := &evaluateOptions{IO: ios, Inputs: demoTestdataInputs(), analysisFlags: defaultAnalysisFlags(), Format: "table"}
	if mod != nil {
		mod(o)
	}
	if err := runEvaluate(o); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

func TestEvaluateTable(t *testing.T) {
	s := evaluateDemo(t, nil)
	for _, want := range []string{
		"Hisingen Chamber Lunch Club: LEAVE",
		"European MedTech Association: KEEP AND INVEST",
		"Product Circle Slack: KEEP AND INVEST",
		"Tech Women West Mentoring", "you give 20 and get 2 back",
	} {
		if !strings.Contains(strings.Join(strings.Fields(s), " "), want) {
			t.Errorf("evaluation lacks %q", want)
		}
	}
}

func TestEvaluateJSONAndCSV(t *testing.T) {
	s := evaluateDemo(t, func(o *evaluateOptions) { o.Format = "json"; o.Without = []string{"Hisingen Chamber Lunch Club"} })
	var got struct {
		SchemaVersion int              `json:"schema_version"`
		Ego           string           `json:"ego"`
		Networks      []map[string]any `json:"networks"`
		WhatIf        map[string]any   `json:"what_if"`
	}
	if err := json.Unmarshal([]byte(s), &got); err != nil {
		t.Fatalf("%v\n%s", err, s)
	}
	if got.SchemaVersion != 1 || got.Ego != "me" || len(got.Networks) != 7 || got.WhatIf == nil {
		t.Errorf("evaluate JSON: %+v", got)
	}
	if c, ok := got.WhatIf["contacts"].([]any); !ok || len(c) != 2 || !(c[1].(float64) <= c[0].(float64)) {
		t.Errorf("what if without the lunch club: contacts %v, want [before, after] with after <= before", got.WhatIf["contacts"])
	}
	s = evaluateDemo(t, func(o *evaluateOptions) { o.Format = "csv" })
	rows, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil || len(rows) != 8 || rows[0][0] != "network" {
		t.Fatalf("csv: %v, %d rows", err, len(rows))
	}
}

func TestEvaluateGoals(t *testing.T) {
	goals := writeFile(t, "goals.csv", "goal,attribute,value,target\ndiversity,country,,\ncontacts,profession,designer,2\nhours,,,12\n")
	s := evaluateDemo(t, func(o *evaluateOptions) { o.Goals = goals; o.Format = "json" })
	if !strings.Contains(s, `"goal_fit"`) || strings.Contains(s, `"goal_fit": null`) {
		t.Errorf("goal fit missing or null with a goals file")
	}
}

func TestEvaluateNeedsMemberships(t *testing.T) {
	ios, _, _ := testIO()
	in := demoTestdataInputs()
	in.Memberships = ""
	err := runEvaluate(&evaluateOptions{IO: ios, Inputs: in, analysisFlags: defaultAnalysisFlags(), Format: "table"})
	if err == nil || !strings.Contains(err.Error(), "--memberships") {
		t.Errorf("error = %v", err)
	}
}
