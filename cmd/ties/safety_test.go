package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// copyDemo copies the demo files into a fresh folder and returns it.
func copyDemo(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"people.csv", "memberships.csv", "networks.csv", "ties.csv", "goals.csv"} {
		b, err := os.ReadFile(filepath.Join(demoDir, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func demoArgs(dir string) []string {
	return []string{"--people", filepath.Join(dir, "people.csv"), "--memberships", filepath.Join(dir, "memberships.csv"),
		"--networks", filepath.Join(dir, "networks.csv"), "--ties", filepath.Join(dir, "ties.csv"), "--ego", "me"}
}

// --out naming an input (directly, through a link, or as a Markdown
// report's diagram file) is refused with exit 1 and the input is untouched,
// on every command that writes a file.
func TestOutputNeverOverwritesAnInput(t *testing.T) {
	dir := copyDemo(t)
	link := filepath.Join(dir, "link.csv")
	if err := os.Symlink(filepath.Join(dir, "ties.csv"), link); err != nil {
		t.Fatal(err)
	}
	// A people file whose name is what a Markdown report's diagram would be
	// called.
	people, _ := os.ReadFile(filepath.Join(dir, "people.csv"))
	diag := filepath.Join(dir, "r-ego.svg")
	if err := os.WriteFile(diag, people, 0o644); err != nil {
		t.Fatal(err)
	}
	goals := filepath.Join(dir, "goals.csv")
	cases := []struct {
		name string
		args []string
		file string // the input that must stay as it was
	}{
		{"inspect", []string{"inspect", "--out", filepath.Join(dir, "people.csv")}, "people.csv"},
		{"analyze", []string{"analyze", "--format", "json", "--out", filepath.Join(dir, "memberships.csv")}, "memberships.csv"},
		{"export", []string{"export", "--format", "csv", "--out", filepath.Join(dir, "people.csv")}, "people.csv"},
		{"export through a link", []string{"export", "--format", "edges-csv", "--out", link}, "ties.csv"},
		{"render", []string{"render", "--format", "svg", "--out", filepath.Join(dir, "networks.csv")}, "networks.csv"},
		{"evaluate", []string{"evaluate", "--goals", goals, "--out", goals}, "goals.csv"},
		{"report", []string{"report", "--out", filepath.Join(dir, "ties.csv")}, "ties.csv"},
		{"report's diagram", []string{"report", "--format", "md", "--out", filepath.Join(dir, "r.md")}, "r-ego.svg"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before, err := os.ReadFile(filepath.Join(dir, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			args := append(tc.args, demoArgs(dir)...)
			if tc.name == "report's diagram" {
				args = append(tc.args, "--people", diag, "--memberships", filepath.Join(dir, "memberships.csv"), "--ego", "me")
			}
			_, out, errOut := testIO()
			code := execute(args, out, errOut)
			if code != exitError {
				t.Errorf("exit %d, want %d; stderr %s", code, exitError, errOut)
			}
			if !strings.Contains(errOut.String(), "ties never overwrites an input") {
				t.Errorf("stderr: %s", errOut)
			}
			after, _ := os.ReadFile(filepath.Join(dir, tc.file))
			if !bytes.Equal(before, after) {
				t.Errorf("%s was changed", tc.file)
			}
			leftovers(t, dir)
		})
	}
}

// leftovers fails when a hidden temporary output is left in dir.
func leftovers(t *testing.T, dir string) {
	t.Helper()
	es, _ := os.ReadDir(dir)
	for _, e := range es {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

// helperEnv makes the test binary act as a ties process that is writing an
// output when it is interrupted (TestInterruptRemovesOutput).
const helperEnv = "TIES_TEST_INTERRUPTED_WRITE"

func TestMain(m *testing.M) {
	if path := os.Getenv(helperEnv); path != "" {
		stop := installSignalCleanup(os.Stderr, os.Exit)
		defer stop()
		// Write part of the output, say so, and wait to be interrupted.
		err := writeStreamed(os.Stdout, path, func(w io.Writer) error {
			if _, err := w.Write(bytes.Repeat([]byte("x"), 1<<20)); err != nil {
				return err
			}
			fmt.Fprintln(os.Stdout, "writing")
			time.Sleep(time.Minute)
			return nil
		})
		fmt.Fprintln(os.Stderr, "not interrupted:", err)
		os.Exit(3)
	}
	os.Exit(m.Run())
}

// SIGINT and SIGTERM while an output is being written remove its temporary
// file, leave an older file at the path untouched, and exit 130 or 143.
func TestInterruptRemovesOutput(t *testing.T) {
	for _, tc := range []struct {
		sig  syscall.Signal
		code int
		word string
	}{{syscall.SIGINT, exitInterrupted, "interrupted"}, {syscall.SIGTERM, exitTerminated, "terminated"}} {
		t.Run(tc.word, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "result.json")
			if err := os.WriteFile(path, []byte("older result"), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), helperEnv+"="+path)
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			line, _ := bufio.NewReader(stdout).ReadString('\n')
			if line != "writing\n" {
				t.Fatalf("helper said %q; stderr %s", line, stderr.String())
			}
			// The temporary file exists while writing.
			es, _ := os.ReadDir(dir)
			if len(es) != 2 {
				t.Fatalf("while writing: %d files, want the older one and a temporary one", len(es))
			}
			if err := cmd.Process.Signal(tc.sig); err != nil {
				t.Fatal(err)
			}
			err = cmd.Wait()
			code := cmd.ProcessState.ExitCode()
			if code != tc.code {
				t.Errorf("exit %d (%v), want %d; stderr %s", code, err, tc.code, stderr.String())
			}
			if !strings.Contains(stderr.String(), "ties: "+tc.word+"; the unfinished output was removed") {
				t.Errorf("stderr: %s", stderr.String())
			}
			leftovers(t, dir)
			if b, _ := os.ReadFile(path); string(b) != "older result" {
				t.Errorf("older file changed: %q", b)
			}
		})
	}
}

// A Markdown report that fails at the end leaves the older report's
// diagrams as they were, removes its temporary files, and names the user's
// path, never a temporary one.
func TestReportFailureLeavesOlderFiles(t *testing.T) {
	dir := copyDemo(t)
	out := filepath.Join(dir, "report.md")
	if err := os.Mkdir(out, 0o755); err != nil { // the report itself cannot be renamed into place
		t.Fatal(err)
	}
	older := filepath.Join(dir, "report-ego.svg")
	if err := os.WriteFile(older, []byte("older diagram"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stdout, errOut := testIO()
	code := execute(append([]string{"report", "--format", "md", "--out", out}, demoArgs(dir)...), stdout, errOut)
	if code != exitError {
		t.Fatalf("exit %d; stderr %s", code, errOut)
	}
	if b, _ := os.ReadFile(older); string(b) != "older diagram" {
		t.Errorf("older diagram replaced")
	}
	if _, err := os.Stat(filepath.Join(dir, "report-groupmap.svg")); err == nil {
		t.Errorf("a diagram of the failed report was written")
	}
	if !strings.Contains(errOut.String(), "cannot write "+out) || strings.Contains(errOut.String(), ".report.md.") {
		t.Errorf("stderr: %s", errOut)
	}
	leftovers(t, dir)
}

// A people file with a header and no rows is an error, not an empty
// network reported as read.
func TestHeaderOnlyPeopleFile(t *testing.T) {
	p := writeFile(t, "people.csv", "id,name,country\n")
	for _, cmd := range []string{"inspect", "analyze"} {
		_, out, errOut := testIO()
		code := execute([]string{cmd, "--people", p}, out, errOut)
		if code != exitError || !strings.Contains(errOut.String(), "people.csv:1: the file has a header but no rows") {
			t.Errorf("%s: exit %d, stderr %s", cmd, code, errOut)
		}
		if strings.Contains(out.String(), "Every row was imported") || out.Len() > 0 {
			t.Errorf("%s: stdout %s", cmd, out)
		}
	}
}

// Flags are checked before any file is read (the people file here does not
// exist, so reading it would fail with exit 1), and the flags that name
// something in the data right after reading, before the analysis: all are
// usage errors (exit 2) with the help hint.
func TestFlagsValidatedBeforeReading(t *testing.T) {
	missing := []string{"--people", filepath.Join(t.TempDir(), "missing.csv")}
	dir := copyDemo(t)
	cases := []struct {
		args []string
		want string
	}{
		{append([]string{"render", "--view", "bogus"}, missing...), `--view "bogus"`},
		{append([]string{"render", "--layout", "bogus"}, missing...), `--layout "bogus"`},
		{append([]string{"render", "--size-by", "bogus"}, missing...), `--size-by "bogus"`},
		{append([]string{"render", "--max-pixels", "5"}, missing...), "--max-pixels 5"},
		{append([]string{"render", "--collapse-above", "-1"}, missing...), "--collapse-above -1"},
		{append([]string{"render", "--labels", "-2"}, missing...), "--labels -2"},
		{append([]string{"render", "--format", "pdf"}, missing...), `--format "pdf"`},
		{append([]string{"analyze", "--format", "xml"}, missing...), `--format "xml"`},
		{append([]string{"analyze", "--holes-model", "x"}, missing...), `--holes-model "x"`},
		{append([]string{"export", "--format", "xls"}, missing...), "--format"},
		{append([]string{"evaluate", "--format", "pdf"}, missing...), `--format "pdf"`},
		{append([]string{"report", "--format", "pdf"}, missing...), `--format "pdf"`},
		{append([]string{"inspect", "--format", "csv"}, missing...), `--format "csv"`},
		{append([]string{"analyze", "--resolution", "0"}, missing...), "--resolution 0"},
		// Checked against the data, before the analysis.
		{append([]string{"render", "--color-by", "nope"}, demoArgs(dir)...), `--color-by "nope": no such attribute`},
		{append([]string{"report", "--color-by", "nope"}, demoArgs(dir)...), `--color-by "nope": no such attribute`},
		{append([]string{"analyze", "--attr", "nope"}, demoArgs(dir)...), `--attr "nope": no such attribute`},
		{append([]string{"evaluate", "--without", "No Such Club"}, demoArgs(dir)...), `--without "No Such Club": no such network`},
		{[]string{"render", "--view", "ego", "--people", filepath.Join(dir, "people.csv")}, "--view ego needs an ego"},
	}
	for _, tc := range cases {
		_, out, errOut := testIO()
		code := execute(tc.args, out, errOut)
		if code != exitUsage {
			t.Errorf("%v: exit %d, want %d; stderr %s", tc.args[:3], code, exitUsage, errOut)
			continue
		}
		if !strings.Contains(errOut.String(), tc.want) || !strings.Contains(errOut.String(), "--help' for usage") {
			t.Errorf("%v: stderr %s", tc.args[:3], errOut)
		}
	}
}
