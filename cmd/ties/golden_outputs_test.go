package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The golden outputs are every command's output on the demo and on a
// generated 300-person set with memberships (testdata/sets/gen300), byte
// for byte. They pin down what a refactoring must not change; a change that
// means to change an output regenerates them with
//
//	go test ./cmd/ties -run TestGoldenOutputs -update
//
// and the diff of testdata/outputs shows, and the commit says, what changed.
var update = flag.Bool("update", false, "rewrite the golden outputs in testdata/outputs")

// goldenSet is one input set and the flags that read it.
type goldenSet struct {
	name  string
	input []string // input flags
	goals string
	// brings are the networks drawn by the brings view: one the ego is in
	// and one it is not.
	brings []string
}

func goldenSets() []goldenSet {
	demo := "../../testdata/demo/"
	gen := "../../testdata/sets/gen300/"
	return []goldenSet{
		{"demo", []string{"--people", demo + "people.csv", "--memberships", demo + "memberships.csv",
			"--networks", demo + "networks.csv", "--ties", demo + "ties.csv", "--ego", "me"}, demo + "goals.csv",
			[]string{"European MedTech Association", "Tech Women West Mentoring"}},
		{"gen300", []string{"--people", gen + "people.csv", "--memberships", gen + "memberships.csv",
			"--ties", gen + "ties.csv", "--ego", "p000136"}, "", []string{"g00003", "g00006"}},
	}
}

// goldenRun is one command whose output is compared: written to stdout, or
// with out set, to that file (and files beside it) in a scratch folder.
type goldenRun struct {
	file string // the golden file's name
	args []string
}

func goldenRuns(s goldenSet) []goldenRun {
	var runs []goldenRun
	add := func(file string, args ...string) { runs = append(runs, goldenRun{file, args}) }
	add("inspect.txt", "inspect")
	add("inspect.json", "inspect", "--format", "json")
	add("analyze.txt", "analyze")
	add("analyze.json", "analyze", "--format", "json")
	add("analyze.csv", "analyze", "--format", "csv")
	ev := []string{"evaluate"}
	if s.goals != "" {
		ev = append(ev, "--goals", s.goals)
	}
	add("evaluate.txt", ev...)
	add("evaluate.json", append(slices.Clone(ev), "--format", "json")...)
	add("evaluate.csv", append(slices.Clone(ev), "--format", "csv")...)
	for _, f := range []string{"graphml", "gexf", "json", "csv", "edges-csv"} {
		add("export."+f, "export", "--format", f, "--groups")
	}
	for _, v := range []string{"network", "ego", "groups", "groupmap", "communities"} {
		for _, f := range []string{"svg", "dot"} {
			add("render-"+v+"."+f, "render", "--view", v, "--format", f)
		}
	}
	for k, network := range s.brings {
		args := []string{"render", "--view", "brings", "--network", network, "--format", "svg"}
		if s.goals != "" {
			args = append(args, "--goals", s.goals)
		}
		add(fmt.Sprintf("render-brings-%d.svg", k+1), args...)
	}
	rep := []string{"report", "--date", "2026-12-01"}
	if s.goals != "" {
		rep = append(rep, "--goals", s.goals)
	}
	add("report.html", rep...)
	add("report.md", append(slices.Clone(rep), "--format", "md", "--out", "report.md")...)
	if s.name == "demo" {
		// The report in Swedish (--lang sv): every word from the Swedish
		// catalog, every figure and date the Swedish way.
		add("report.sv.html", append(slices.Clone(rep), "--lang", "sv")...)
	}
	return runs
}

func TestGoldenOutputs(t *testing.T) {
	if testing.Short() {
		t.Skip("the golden outputs draw every view of two sets (about 20 s)")
	}
	for _, set := range goldenSets() {
		dir := filepath.Join("../../testdata/outputs", set.name)
		t.Run(set.name, func(t *testing.T) {
			for _, run := range goldenRuns(set) {
				got := goldenOutput(t, set, run)
				for name, b := range got {
					compareGolden(t, filepath.Join(dir, name), b)
				}
			}
		})
	}
}

// goldenOutput runs one command and returns its outputs by golden file
// name.
func goldenOutput(t *testing.T, set goldenSet, run goldenRun) map[string][]byte {
	t.Helper()
	scratch := t.TempDir()
	args := slices.Clone(run.args)
	if k := slices.Index(args, "--out"); k >= 0 {
		args[k+1] = filepath.Join(scratch, args[k+1])
	}
	args = append(args, set.input...)
	_, out, errOut := testIO()
	if code := execute(args, out, errOut); code != exitOK {
		t.Fatalf("%v: exit %d: %s", run.args, code, errOut)
	}
	got := map[string][]byte{}
	if !slices.Contains(args, "--out") {
		got[run.file] = out.Bytes()
		return got
	}
	es, err := os.ReadDir(scratch)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		b, err := os.ReadFile(filepath.Join(scratch, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		got[e.Name()] = b
	}
	return got
}

func compareGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("%s: %v (run with -update to write it)", path, err)
		return
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden output:\n%s", path, firstDiff(want, got))
	}
}

// firstDiff shows the first line that differs.
func firstDiff(want, got []byte) string {
	w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for k := 0; k < max(len(w), len(g)); k++ {
		var a, b string
		if k < len(w) {
			a = w[k]
		}
		if k < len(g) {
			b = g[k]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n  want %.300q\n  got  %.300q", k+1, a, b)
		}
	}
	return "same lines, different bytes"
}
