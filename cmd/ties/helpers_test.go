package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// demoDir is the demo data in the source tree, seen from cmd/ties.
const demoDir = "../../testdata/demo"

// testIO returns streams that write to buffers.
func testIO() (ioStreams, *bytes.Buffer, *bytes.Buffer) {
	out, errOut := &bytes.Buffer{}, &bytes.Buffer{}
	return ioStreams{Out: out, ErrOut: errOut}, out, errOut
}

// demoTestdataInputs names the demo files under testdata/demo.
func demoTestdataInputs() inputOptions {
	return inputOptions{
		People:      filepath.Join(demoDir, "people.csv"),
		Memberships: filepath.Join(demoDir, "memberships.csv"),
		Networks:    filepath.Join(demoDir, "networks.csv"),
		Ties:        filepath.Join(demoDir, "ties.csv"),
		Ego:         "me",
	}
}

// writeFile writes content to name in a fresh temporary folder and returns
// its path.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
