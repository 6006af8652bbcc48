//go:build soak

// The soak tests run long and measure memory: go test -tags soak ./...

package engine

import (
	"bytes"
	"context"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// rssMB is the process's resident set size (Linux), or -1.
func rssMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return -1
}

// TestRepeatedRendersDoNotGrow renders 60 times through the one instance. A
// new go-graphviz instance per render grew to 1.7 GB over 60 PNG renders of
// 300 nodes; with one instance the process settles. The bound is loose:
// WebAssembly memory only grows (to the largest render's need), and Go's
// heap breathes.
func TestRepeatedRendersDoNotGrow(t *testing.T) {
	if testing.Short() {
		t.Skip("60 renders")
	}
	if rssMB() < 0 {
		t.Skip("no /proc/self/status")
	}
	dot := []byte(socialDOT(150, 7))
	var buf bytes.Buffer
	var after20 float64
	for i := range 60 {
		buf.Reset()
		f := []Format{PNG, SVG}[i%2]
		if err := Render(context.Background(), dot, SFDP, f, &buf, Options{MaxPixels: 2000}); err != nil {
			t.Fatal(err)
		}
		if i == 19 {
			runtime.GC()
			after20 = rssMB()
		}
	}
	runtime.GC()
	after60 := rssMB()
	t.Logf("RSS after 20 renders %.0f MB, after 60 %.0f MB", after20, after60)
	if after60-after20 > 150 {
		t.Errorf("RSS grew %.0f MB over 40 renders (%.0f → %.0f MB)", after60-after20, after20, after60)
	}
}
