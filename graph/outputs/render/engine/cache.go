package engine

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// Graphviz is a WebAssembly module (about 6 MB of machine code once
// compiled): about 1 s to compile on this project's 2-core machines. ties
// builds with a copy of go-graphviz that compiles it on the first render
// rather than in a package init (internal/gographviz), so only commands
// that draw pay. wazero keeps the compiled code in $TMPDIR/go-graphviz
// (os.TempDir()), and with that cache warm the first render pays about
// 30 ms. go-graphviz chooses the folder and offers no setting for it; where
// $TMPDIR (or /tmp) is not writable, every drawing process silently pays
// the full compile. The workaround is to point TMPDIR at a writable folder
// before ties starts (docs/render.md).

// CompileCacheDir returns the folder where go-graphviz keeps its compiled
// WebAssembly, and an error saying how to fix it when that folder cannot be
// used (then every process that draws compiles Graphviz again, about 1 s).
// Commands can show the error as a hint.
func CompileCacheDir() (string, error) {
	tmp := os.TempDir()
	dir := filepath.Join(tmp, "go-graphviz")
	fi, err := os.Stat(dir)
	if err != nil {
		return dir, fmt.Errorf("graphviz compile cache %s cannot be created (%v): every start compiles Graphviz again (about 1 s); set %s to a writable folder", dir, err, tempDirVar(runtime.GOOS))
	}
	if !fi.IsDir() {
		return dir, fmt.Errorf("graphviz compile cache %s is not a folder: every start compiles Graphviz again (about 1 s); set %s to a writable folder", dir, tempDirVar(runtime.GOOS))
	}
	f, err := os.CreateTemp(dir, ".ties-probe-*")
	if err != nil {
		return dir, fmt.Errorf("graphviz compile cache %s is not writable (%v): starts compile Graphviz again unless it is already filled; set %s to a writable folder", dir, err, tempDirVar(runtime.GOOS))
	}
	name := f.Name()
	f.Close()
	os.Remove(name)
	return dir, nil
}

// tempDirVar is the environment variable that moves os.TempDir on goos:
// TMP on Windows (then TEMP), TMPDIR elsewhere.
func tempDirVar(goos string) string {
	if goos == "windows" {
		return "TMP"
	}
	return "TMPDIR"
}
