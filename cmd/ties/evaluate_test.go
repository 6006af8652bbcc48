package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
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
		"Hisingen Chamber Lunch Club: CHANGE HOW YOU TAKE PART",
		"European MedTech Association: KEEP AND INVEST",
		"Product Circle Slack: KEEP",
		"Tech Women West Mentoring: CONSIDER JOINING", "you gave 20, received 2; balance +0.82",
		"Tied to you only through it: Bengt Ekholm (1 contact)",
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
	if got.SchemaVersion != 2 || got.Ego != "me" || len(got.Networks) != 7 || got.WhatIf == nil {
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

// Without memberships there is nothing to judge, and the output says so
// (the contract's edge case), rather than failing.
func TestEvaluateWithoutMemberships(t *testing.T) {
	s := evaluateDemo(t, func(o *evaluateOptions) { o.Inputs.Memberships, o.Inputs.Networks = "", "" })
	if !strings.Contains(strings.Join(strings.Fields(s), " "), "There are no networks to judge") {
		t.Errorf("output: %s", s)
	}
}

// A contact export alone (a star) with the networks of a few contacts: the
// reasons say what cannot be judged.
func TestEvaluateStarSaysWhatCannotBeJudged(t *testing.T) {
	people := writeFile(t, "Connections.csv", `First Name,Last Name,URL,Email Address,Company,Position,Connected On
Anna,Berg,,,Acme,Engineer,01 Jan 2024
Bo,Ek,,,Beta,Designer,02 Feb 2024
Cilla,Dahl,,,Acme,Nurse,03 Mar 2024
`)
	ms := writeFile(t, "memberships.csv", "person_id,network\nme,Club\nAnna Berg,Club\nBo Ek,Club\nCilla Dahl,Guild\n")
	ios, out, _ := testIO()
	o := &evaluateOptions{IO: ios, Inputs: inputOptions{People: people, Memberships: ms}, analysisFlags: defaultAnalysisFlags(), Format: "table"}
	if err := runEvaluate(o); err != nil {
		t.Fatal(err)
	}
	s := strings.Join(strings.Fields(out.String()), " ")
	for _, want := range []string{"no ties among your contacts (as in a contact export alone)", "(embeddedness 0.00; local bridges: 2 ties), but your data has no ties among your contacts, so these figures say nothing of how embedded your ties into it are",
		"the ties have no direction"} {
		if !strings.Contains(s, want) {
			t.Errorf("star: output lacks %q:\n%s", want, out)
		}
	}
}

// A goals file's bad rows are said on standard error with their line and
// column, by evaluate and by report alike: ties inspect does not read the
// goals file, so nothing else would list them. A contacts target above the
// number of people is such a row in both.
func TestGoalsFileProblemsListed(t *testing.T) {
	goals := writeFile(t, "goals.csv", "goal,attribute,value,target\ndiversity,country,,\nlunch,,,\ncontacts,profession,designer,5000\n")
	want := []string{
		`goals.csv: line 3, column 1 (goal): goal "lunch" is not one of diversity, contacts, hours, fee; the row was not read`,
		`goals.csv: line 4, column 4 (target): target "5000" is not a whole number of contacts from 1 to`,
	}
	ios, _, errOut := testIO()
	o := &evaluateOptions{IO: ios, Inputs: demoTestdataInputs(), analysisFlags: defaultAnalysisFlags(), Format: "table", Goals: goals}
	if err := runEvaluate(o); err != nil {
		t.Fatal(err)
	}
	ios2, _, errOut2 := testIO()
	r := &reportOptions{IO: ios2, Inputs: demoTestdataInputs(), analysisFlags: defaultAnalysisFlags(), Format: "md", Goals: goals}
	if err := runReport(r); err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string]string{"evaluate": errOut.String(), "report": errOut2.String()} {
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: standard error lacks %q:\n%s", name, w, got)
			}
		}
	}
}

// Over a budget, networks are reconsidered from the fewest people per hour
// up; each reason says its place: the first "the first to reconsider", the
// others how many come before them (three networks, scores 1, 2, 3 at 2,
// 2 and 6 hours: N1 0.5, N3 0.5 with the higher score, N2 1.0).
func TestBudgetReasonsSayTheirPlace(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"people.csv":      "id,name,dept\ne,Ego,X\na1,A1,Q\nb1,B1,Y\nb2,B2,Y\nc1,C1,X\nc2,C2,X\nc3,C3,X\n",
		"memberships.csv": "person_id,network\ne,N1\na1,N1\ne,N2\nb1,N2\nb2,N2\ne,N3\nc1,N3\nc2,N3\nc3,N3\n",
		"networks.csv":    "network,fee,hours_per_month\nN1,100,2\nN2,300,2\nN3,100,6\n",
		"ties.csv":        "source,target,weight\nc1,c2,1\n",
		"goals.csv":       "goal,attribute,value,target\nhours,,,1\n",
	}
	for name, s := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ios, out, _ := testIO()
	o := &evaluateOptions{IO: ios, analysisFlags: defaultAnalysisFlags(), Format: "json", Goals: filepath.Join(dir, "goals.csv"),
		Inputs: inputOptions{People: filepath.Join(dir, "people.csv"), Memberships: filepath.Join(dir, "memberships.csv"),
			Networks: filepath.Join(dir, "networks.csv"), Ties: filepath.Join(dir, "ties.csv"), Ego: "e"}}
	if err := runEvaluate(o); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Networks []struct {
			Network string   `json:"network"`
			Reasons []string `json:"reasons"`
		} `json:"networks"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"N1": "so it is the first to reconsider", "N3": "after 1 network bringing fewer", "N2": "after 2 networks bringing fewer"}
	for _, n := range doc.Networks {
		all := strings.Join(n.Reasons, " ")
		if !strings.Contains(all, want[n.Network]) {
			t.Errorf("%s: reasons %q lack %q", n.Network, n.Reasons, want[n.Network])
		}
	}
}

// A what-if must change the ego's networks: leaving one they are not in,
// joining one they are in, or leaving and joining the same one is a usage
// error; a network named twice counts once; the table names only the
// change asked for.
func TestWhatIfChecked(t *testing.T) {
	for _, tc := range []struct {
		without, with []string
		err           string
	}{
		{[]string{"Tech Women West Mentoring"}, nil, `--without "Tech Women West Mentoring": you are not in it`},
		{nil, []string{"Product Circle Slack"}, `--with "Product Circle Slack": you are in it already`},
		{[]string{"Product Circle Slack"}, []string{"Product Circle Slack"}, "leave it or join it, not both"},
	} {
		ios, _, _ := testIO()
		o := &evaluateOptions{IO: ios, Inputs: demoTestdataInputs(), analysisFlags: defaultAnalysisFlags(), Format: "table",
			Without: tc.without, With: tc.with}
		if err := runEvaluate(o); err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("without %q with %q: error %v, want %q", tc.without, tc.with, err, tc.err)
		}
	}
	s := evaluateDemo(t, func(o *evaluateOptions) {
		o.With = []string{"Tech Women West Mentoring", "Tech Women West Mentoring"}
	})
	if !strings.Contains(s, "  with Tech Women West Mentoring: people you reach") || strings.Contains(s, "without ,") {
		t.Errorf("what-if line:\n%s", s[strings.Index(s, "What if"):])
	}
	j := evaluateDemo(t, func(o *evaluateOptions) {
		o.Format, o.With = "json", []string{"Tech Women West Mentoring", "Tech Women West Mentoring"}
	})
	if strings.Count(j, `"Tech Women West Mentoring"`) > strings.Count(evaluateDemo(t, func(o *evaluateOptions) {
		o.Format, o.With = "json", []string{"Tech Women West Mentoring"}
	}), `"Tech Women West Mentoring"`) {
		t.Error("a network named twice in --with is listed twice")
	}
}

// Without any tie the reasons say there are none (not that they lack a
// direction), and an ego without contacts is told so rather than given
// the star note about ties among contacts they do not have.
func TestEvaluateWithoutTies(t *testing.T) {
	ios, out, _ := testIO()
	o := &evaluateOptions{IO: ios, analysisFlags: defaultAnalysisFlags(), Format: "table",
		Inputs: inputOptions{People: writeFile(t, "people.csv", "id,name,dept\ne,Ego,X\na,A,Y\nb,B,Z\n"),
			Memberships: writeFile(t, "memberships.csv", "person_id,network\ne,G\na,G\nb,H\n"), Ego: "e"}}
	if err := runEvaluate(o); err != nil {
		t.Fatal(err)
	}
	s := strings.Join(strings.Fields(out.String()), " ")
	for _, want := range []string{"You have no contacts in the data", "the data holds no ties"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	for _, bad := range []string{"no ties among your contacts", "the ties have no direction"} {
		if strings.Contains(s, bad) {
			t.Errorf("output says %q:\n%s", bad, out)
		}
	}
}

// An empty --ego (a script's unset variable) is a usage error, not a
// quiet switch to judging without an ego.
func TestEmptyEgoRefused(t *testing.T) {
	for _, cmd := range []string{"evaluate", "analyze", "report"} {
		_, out, errOut := testIO()
		code := execute([]string{cmd, "--people", demoTestdataInputs().People, "--ego", " "}, out, errOut)
		if code != exitUsage || !strings.Contains(errOut.String(), "the ego's id is empty") {
			t.Errorf("%s --ego ' ': exit %d, %s", cmd, code, errOut)
		}
	}
}

// With one goal the reasons say whether it is advanced, not "1 of your 1
// goals".
func TestOneGoalReason(t *testing.T) {
	goals := writeFile(t, "goals.csv", "goal,attribute,value,target\ndiversity,country,,\n")
	s := strings.Join(strings.Fields(evaluateDemo(t, func(o *evaluateOptions) { o.Goals = goals })), " ")
	if !strings.Contains(s, "It advances your goal.") || !strings.Contains(s, "It does not advance your goal.") || strings.Contains(s, "of your 1 goals") {
		t.Errorf("one goal's reasons:\n%s", s)
	}
}

// A diversity reason states a change its figures show: never "IQV 0.91
// without it, 0.91 with it".
func TestDiversityReasonsShowTheirChange(t *testing.T) {
	re := regexp.MustCompile(`IQV (\d\.\d\d) without it, (\d\.\d\d) with it`)
	for name, in := range map[string]inputOptions{"demo": demoTestdataInputs(), "gen300": gen300Inputs()} {
		ios, out, _ := testIO()
		o := &evaluateOptions{IO: ios, Inputs: in, analysisFlags: defaultAnalysisFlags(), Format: "json"}
		if err := runEvaluate(o); err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, m := range re.FindAllStringSubmatch(out.String(), -1) {
			n++
			if m[1] == m[2] {
				t.Errorf("%s: %q", name, m[0])
			}
		}
		if n == 0 {
			t.Errorf("%s: no diversity reason at all", name)
		}
	}
}
