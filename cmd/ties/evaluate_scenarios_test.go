package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const scenarioDir = "../../testdata/evaluate"

// scenarios lists the folders of testdata/evaluate that hold a scenario.
func scenarios(t *testing.T) []string {
	t.Helper()
	es, err := os.ReadDir(scenarioDir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		if _, err := os.Stat(filepath.Join(scenarioDir, e.Name(), "args")); e.IsDir() && err == nil {
			out = append(out, e.Name())
		}
	}
	if len(out) < 7 {
		t.Fatalf("only %d scenarios in %s", len(out), scenarioDir)
	}
	return out
}

// scenarioArgs are the command-line arguments that read a scenario folder.
func scenarioArgs(t *testing.T, dir string) []string {
	t.Helper()
	args := []string{"evaluate", "--format", "json"}
	for _, f := range []struct{ flag, file string }{{"--people", "people.csv"}, {"--memberships", "memberships.csv"},
		{"--networks", "networks.csv"}, {"--ties", "ties.csv"}, {"--goals", "goals.csv"}} {
		if _, err := os.Stat(filepath.Join(dir, f.file)); err == nil {
			args = append(args, f.flag, filepath.Join(dir, f.file))
		}
	}
	extra, err := os.ReadFile(filepath.Join(dir, "args"))
	if err != nil {
		t.Fatal(err)
	}
	return append(args, strings.Fields(string(extra))...)
}

// evaluateScenario runs ties evaluate on a scenario and returns the JSON.
func evaluateScenario(t *testing.T, dir string) map[string]any {
	t.Helper()
	_, out, errOut := testIO()
	if code := execute(scenarioArgs(t, dir), out, errOut); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc map[string]any
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// namesByID maps the scenario's person ids to the names the JSON uses.
func namesByID(t *testing.T, dir string) map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "people.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	idCol, nameCol := slices.Index(rows[0], "id"), slices.Index(rows[0], "name")
	out := map[string]string{}
	for _, r := range rows[1:] {
		out[r[idCol]] = r[idCol]
		if nameCol >= 0 && r[nameCol] != "" {
			out[r[idCol]] = r[nameCol]
		}
	}
	return out
}

// networksByName indexes a document's networks by name.
func networksByName(doc map[string]any) (map[string]map[string]any, []string) {
	out := map[string]map[string]any{}
	var order []string
	for _, n := range doc["networks"].([]any) {
		m := n.(map[string]any)
		name := m["network"].(string)
		out[name] = m
		order = append(order, name)
	}
	return out, order
}

// agree compares want (a value from the reference or from expected.json)
// with got: numbers to 1e-9, lists of people ids against names.
func agree(path string, want, got any, names map[string]string) []string {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return []string{fmt.Sprintf("%s: %v, want an object %v", path, got, want)}
		}
		var diffs []string
		for k, v := range w {
			gv, ok := g[k]
			if !ok {
				diffs = append(diffs, fmt.Sprintf("%s.%s missing", path, k))
				continue
			}
			diffs = append(diffs, agree(path+"."+k, v, gv, names)...)
		}
		return diffs
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			return []string{fmt.Sprintf("%s: %v, want %v", path, got, want)}
		}
		if strings.HasSuffix(path, "_people") {
			var ws, gs []string
			for k := range w {
				ws = append(ws, names[w[k].(string)])
				gs = append(gs, g[k].(string))
			}
			slices.Sort(ws)
			slices.Sort(gs)
			if !slices.Equal(ws, gs) {
				return []string{fmt.Sprintf("%s: %v, want %v", path, gs, ws)}
			}
			return nil
		}
		var diffs []string
		for k := range w {
			diffs = append(diffs, agree(fmt.Sprintf("%s[%d]", path, k), w[k], g[k], names)...)
		}
		return diffs
	case float64:
		g, ok := got.(float64)
		if !ok || math.Abs(g-w) > 1e-9*math.Max(1, math.Abs(w)) {
			return []string{fmt.Sprintf("%s = %v, want %v", path, got, want)}
		}
		return nil
	default:
		if fmt.Sprint(got) != fmt.Sprint(want) {
			return []string{fmt.Sprintf("%s = %v, want %v", path, got, want)}
		}
		return nil
	}
}

// Every scenario's figures and verdicts are what its construction says
// (expected.json, derived by hand in the scenario's README).
func TestEvaluateScenariosByConstruction(t *testing.T) {
	for _, name := range scenarios(t) {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(scenarioDir, name)
			b, err := os.ReadFile(filepath.Join(dir, "expected.json"))
			if err != nil {
				t.Fatal(err)
			}
			var want struct {
				Ego      any                       `json:"ego"`
				Order    []string                  `json:"order"`
				Networks map[string]map[string]any `json:"networks"`
			}
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			doc := evaluateScenario(t, dir)
			got, order := networksByName(doc)
			names := namesByID(t, dir)
			if fmt.Sprint(doc["ego"]) != fmt.Sprint(want.Ego) {
				t.Errorf("ego %v, want %v", doc["ego"], want.Ego)
			}
			if want.Order != nil && !slices.Equal(order, want.Order) {
				t.Errorf("order %q, want %q", order, want.Order)
			}
			n := 0
			for net, figs := range want.Networks {
				g, ok := got[net]
				if !ok {
					t.Errorf("network %q missing", net)
					continue
				}
				if absent, ok := figs["_absent"].([]any); ok {
					for _, k := range absent {
						if _, there := g[k.(string)]; there {
							t.Errorf("%s: key %q must not be written", net, k)
						}
					}
					delete(figs, "_absent")
				}
				for _, d := range agree(net, figs, g, names) {
					t.Error(d)
				}
				n += len(figs)
			}
			if n == 0 {
				t.Error("no figure compared")
			}
		})
	}
}

// An independent implementation of docs/spec/evaluate.md, written from the
// contract and not from the Go code (testdata/evaluate/reference.py),
// computes every figure of every scenario; ties must agree to 1e-9.
// Without Python the test is skipped, unless TIES_REQUIRE_PYTHON is set
// (as .ci/run sets it).
func TestEvaluateMatchesReference(t *testing.T) {
	python := "/usr/bin/python3"
	if _, err := os.Stat(python); err != nil {
		if os.Getenv("TIES_REQUIRE_PYTHON") != "" {
			t.Fatalf("%s is missing and TIES_REQUIRE_PYTHON is set", python)
		}
		t.Skipf("no %s: the independent check of evaluate is skipped", python)
	}
	for _, name := range scenarios(t) {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(scenarioDir, name)
			out, err := exec.Command(python, filepath.Join(scenarioDir, "reference.py"), dir).Output()
			if err != nil {
				t.Fatalf("reference.py: %v", err)
			}
			var ref map[string]any
			if err := json.Unmarshal(out, &ref); err != nil {
				t.Fatal(err)
			}
			doc := evaluateScenario(t, dir)
			got, order := networksByName(doc)
			want, wantOrder := networksByName(ref)
			if !slices.Equal(order, wantOrder) {
				t.Errorf("order %q, reference %q", order, wantOrder)
			}
			names := namesByID(t, dir)
			compared := 0
			for net, figs := range want {
				g, ok := got[net]
				if !ok {
					t.Errorf("network %q missing", net)
					continue
				}
				for _, d := range agree(net, figs, g, names) {
					t.Error(d)
				}
				// Keys ties writes that the reference does not: only the
				// documented extras.
				for k := range g {
					if _, ok := figs[k]; !ok && !slices.Contains(extraKeys, k) {
						t.Errorf("%s: key %q is neither the contract's nor a documented extra", net, k)
					}
				}
				compared += len(figs)
			}
			if compared == 0 {
				t.Error("nothing compared")
			}
		})
	}
}

// extraKeys are the keys ties writes beyond the contract's (docs/evaluate.md).
var extraKeys = []string{"reasons", "rule", "members_without_ties_people", "bridging_members_people", "goal_fit", "hours_per_month", "fee_per_year", "held_only_here_people",
	"new_to_ego_people", "constraint_with", "constraint_without", "iqv_with", "iqv_without",
	"n_members_listed", "n_members_total", "members_partial",
	"joined", "contacts_since_joining", "contacts_per_year_since_joining", "contacts_since_joining_people"}
