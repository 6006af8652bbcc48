package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The demo built into the binary must be the demo in testdata/demo, which
// users copy and tests read.
func TestDemoDataMatchesTestdata(t *testing.T) {
	const fix = "copy them again, from the repository root: cp testdata/demo/*.csv cmd/ties/demodata/"
	src, err := filepath.Glob(filepath.Join(demoDir, "*.csv"))
	if err != nil || len(src) == 0 {
		t.Fatalf("no CSV files in %s: %v", demoDir, err)
	}
	var want []string
	for _, p := range src {
		name := filepath.Base(p)
		want = append(want, name)
		orig, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		embedded, err := demoFS.ReadFile(path.Join("demodata", name))
		if err != nil {
			t.Errorf("cmd/ties/demodata/%s is missing: %s", name, fix)
			continue
		}
		if !bytes.Equal(orig, embedded) {
			t.Errorf("cmd/ties/demodata/%s differs from testdata/demo/%s: %s", name, name, fix)
		}
	}
	entries, err := fs.ReadDir(demoFS, "demodata")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !slices.Contains(want, e.Name()) {
			t.Errorf("cmd/ties/demodata/%s is not in testdata/demo: remove it, or add it to testdata/demo too", e.Name())
		}
	}
	for _, name := range []string{"people.csv", "memberships.csv", "networks.csv", "ties.csv"} {
		if !slices.Contains(want, name) {
			t.Errorf("testdata/demo/%s is missing", name)
		}
	}
}

func TestDemoInspectTable(t *testing.T) {
	ios, out, errOut := testIO()
	if err := runDemo(&demoOptions{IO: ios, Format: "table", Inspect: true}); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	if !strings.HasPrefix(s, "Demo data:") {
		t.Errorf("the demo does not say what it is:\n%s", s)
	}
	for _, want := range []string{"demodata/people.csv", "ego          me: Karin Lindqvist", "sven.e", "shape           network"} {
		if !strings.Contains(s, want) {
			t.Errorf("demo lacks %q:\n%s", want, s)
		}
	}
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	tail := strings.Join(lines[len(lines)-6:], "\n")
	if !strings.HasPrefix(tail, "LinkedIn export") || !strings.Contains(tail, "ties analyze --people") {
		t.Errorf("the demo does not end with what to do next:\n%s", tail)
	}
	if errOut.Len() > 0 {
		t.Errorf("stderr: %s", errOut)
	}
}

func TestDemoInspectJSON(t *testing.T) {
	ios, out, _ := testIO()
	if err := runDemo(&demoOptions{IO: ios, Format: "json", Inspect: true}); err != nil {
		t.Fatal(err)
	}
	var got inspectJSON
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("demo --format json is not JSON: %v\n%s", err, out)
	}
	if got.SchemaVersion != 2 || got.Totals.People != 41 || got.Totals.Ties != 118 || got.Totals.Groups != 7 ||
		got.Totals.Memberships != 57 || got.Ego == nil || *got.Ego != "me" || got.Structure.Shape != "network" {
		t.Errorf("demo JSON = %+v", got)
	}
	if got.Files[0].Path != "demodata/people.csv" {
		t.Errorf("first file = %q", got.Files[0].Path)
	}
}

// The demo and inspect on testdata/demo report the same, apart from paths.
func TestDemoEqualsInspectOfTestdata(t *testing.T) {
	ios, demo, _ := testIO()
	if err := runDemo(&demoOptions{IO: ios, Format: "json", Inspect: true}); err != nil {
		t.Fatal(err)
	}
	ios2, insp, _ := testIO()
	if err := runInspect(&inspectOptions{IO: ios2, Inputs: demoTestdataInputs(), Format: "json"}); err != nil {
		t.Fatal(err)
	}
	a := strings.ReplaceAll(demo.String(), `"demodata/`, `"`)
	b := strings.ReplaceAll(insp.String(), `"`+demoDir+`/`, `"`)
	if a != b {
		t.Errorf("demo and inspect of testdata/demo differ:\n%s\n---\n%s", a, b)
	}
}

func TestDemoBadFormat(t *testing.T) {
	ios, _, _ := testIO()
	if err := runDemo(&demoOptions{IO: ios, Format: "xml"}); err == nil {
		t.Error("no error for --format xml")
	}
	if err := runDemo(&demoOptions{IO: ios, Format: "csv", Inspect: true}); err == nil {
		t.Error("no error for --inspect --format csv")
	}
}

// The demo's title counts what its analysis finds: 40 people besides the
// ego, 23 of them her contacts.
func TestDemoTitleCountsAgree(t *testing.T) {
	ios, out, _ := testIO()
	if code := executeWith([]string{"demo", "--report", ""}, ios); code != exitOK {
		t.Fatalf("exit %d", code)
	}
	text := strings.Join(strings.Fields(out.String()), " ")
	for _, want := range []string{"40 other invented people (23 of them her contacts)", "Read 4 files: 41 people", "You have 23 contacts;"} {
		if !strings.Contains(text, want) {
			t.Errorf("demo output lacks %q", want)
		}
	}
}
