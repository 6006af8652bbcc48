package main

import (
	"fmt"
	"os"
	"path/filepath"
)

// demoReportTarget decides where ties demo writes its report before anything
// is printed, so that the demo never fails after showing the analysis. It
// tries path; when path is the default (the user named no --report) and the
// folder cannot be written, it tries the same name in tmpDir and says so in
// note; when neither can be written, target is empty and note says why. A
// --report the user named that cannot be written is an error, before the
// analysis is printed.
func demoReportTarget(path string, named bool, tmpDir string) (target, note string, err error) {
	werr := probeWritable(path)
	if werr == nil {
		return path, "", nil
	}
	if named {
		return "", "", fmt.Errorf("--report %s: cannot write the report there (%v): name a file in a folder you can write, or --report \"\" for none", path, unwrapPath(werr))
	}
	alt := filepath.Join(tmpDir, filepath.Base(path))
	if aerr := probeWritable(alt); aerr == nil {
		return alt, fmt.Sprintf("ties: cannot write %s in this folder (%v); the report goes to %s instead", path, unwrapPath(werr), alt), nil
	}
	return "", fmt.Sprintf("ties: cannot write the report to %s (%v) nor to %s; the analysis is complete, only the report is missing (--report FILE names another place)", path, unwrapPath(werr), alt), nil
}

// probeWritable tells whether path can be created or written, leaving an
// existing file as it was and removing one it had to create.
func probeWritable(path string) error {
	_, statErr := os.Stat(path)
	existed := statErr == nil
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if !existed {
		return os.Remove(path)
	}
	return nil
}
