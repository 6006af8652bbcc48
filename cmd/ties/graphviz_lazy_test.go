package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tiesnet/ties/graph/outputs/render/engine"
)

// TestGraphvizOnlyWhenDrawing runs commands in a fresh process each (this
// test binary again) and checks whether Graphviz was loaded: compiling its
// WebAssembly costs about 1 s on a first run (30 ms from wazero's cache),
// which only commands that draw should pay (issue 15).
func TestGraphvizOnlyWhenDrawing(t *testing.T) {
	if args := os.Getenv("TIES_GRAPHVIZ_CHILD"); args != "" {
		var out, errOut bytes.Buffer
		if code := execute(strings.Split(args, "\x1f"), &out, &errOut); code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut.String())
		}
		if engine.GraphvizLoaded() {
			t.Log("graphviz: loaded")
		} else {
			t.Log("graphviz: not loaded")
		}
		return
	}
	tmp := t.TempDir()
	people := filepath.Join(demoDir, "people.csv")
	ties := filepath.Join(demoDir, "ties.csv")
	memberships := filepath.Join(demoDir, "memberships.csv")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"inspect", "--people", people, "--ties", ties, "--memberships", memberships}, "not loaded"},
		{[]string{"analyze", "--people", people, "--ties", ties, "--format", "json", "--quiet"}, "not loaded"},
		{[]string{"version"}, "not loaded"},
		{[]string{"render", "--people", people, "--ties", ties, "--quiet", "--out", filepath.Join(tmp, "n.svg")}, "loaded"},
	} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestGraphvizOnlyWhenDrawing$", "-test.v")
		cmd.Env = append(os.Environ(), "TIES_GRAPHVIZ_CHILD="+strings.Join(c.args, "\x1f"))
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("ties %s: %v\n%s", c.args[0], err, out)
		}
		if !strings.Contains(string(out), "graphviz: "+c.want+"\n") {
			t.Errorf("ties %s: want Graphviz %s, got\n%s", c.args[0], c.want, out)
		}
	}
}
