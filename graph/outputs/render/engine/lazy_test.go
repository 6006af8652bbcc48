package engine

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestGraphvizLoadedOnFirstRender runs in a fresh process (this test
// binary again), where nothing has drawn yet: linking the engine does not
// load Graphviz, the first render does.
func TestGraphvizLoadedOnFirstRender(t *testing.T) {
	if os.Getenv("TIES_ENGINE_LAZY_CHILD") == "1" {
		if GraphvizLoaded() {
			t.Fatal("Graphviz loaded before any render")
		}
		var b strings.Builder
		if err := Render(context.Background(), []byte("graph { a -- b }"), "dot", "svg", &b, Options{}); err != nil {
			t.Fatal(err)
		}
		if !GraphvizLoaded() {
			t.Fatal("Graphviz not loaded after a render")
		}
		if !strings.Contains(b.String(), "<svg") {
			t.Fatalf("not an SVG: %.200s", b.String())
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestGraphvizLoadedOnFirstRender$", "-test.v")
	cmd.Env = append(os.Environ(), "TIES_ENGINE_LAZY_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS: TestGraphvizLoadedOnFirstRender") {
		t.Fatalf("child: %v\n%s", err, out)
	}
}
